/**
 * One Terraform file → its syntax tree: `.tf` with our own parser (exact positions), HashiCorp's
 * parser as the syntax authority when ours fails; `.tf.json` and `.tfvars.json` through json.ts;
 * `.tfvars` as HCL attributes. Problems are diagnostics; what parsed before a syntax error is kept.
 *
 * A U+FEFF (BOM) left at the start of the text is treated as whitespace; it is not stripped,
 * so columns on line 1 count it (the reader normally removes it before we see the text).
 */
import { LineIndex } from "../../model/position.js";
import type { Diagnostic } from "../../model/resource.js";
import type { SourceFile } from "../source.js";
import type { Body } from "./ast.js";
import type { SourceText } from "./evaluate.js";
import { checkSyntax } from "./hcl2json.js";
import { LONE_CR } from "./lexer.js";
import { parseTerraformJson, parseVariablesJson } from "./json.js";
import { parseHcl } from "./parser.js";

export interface ParsedFile extends SourceText {
  absolutePath: string;
  body: Body;
}

/** Parses a configuration or variables file; `diagnostics` receives its problems. */
export async function parseFile(file: SourceFile, diagnostics: Diagnostic[]): Promise<ParsedFile> {
  const lower = file.path.toLowerCase();
  const json = lower.endsWith(".tf.json") || lower.endsWith(".tfvars.json");
  // Native syntax breaks lines only at LF and CRLF (HCL); JSON files count a lone CR, as JSON
  // editors and the CloudFormation scanner do.
  const lines = new LineIndex(file.text, { loneCr: json });
  const base = { path: file.path, absolutePath: file.absolutePath, text: file.text, lines };
  if (json) {
    const parsed = lower.endsWith(".tf.json") ? parseTerraformJson(file.path, file.text, lines) : parseVariablesJson(file.path, file.text, lines);
    diagnostics.push(...parsed.diagnostics);
    return { ...base, body: parsed.body };
  }
  return { ...base, body: await parseNative(file, lines, diagnostics) };
}

async function parseNative(file: SourceFile, lines: LineIndex, diagnostics: Diagnostic[]): Promise<Body> {
  const outcome = parseHcl(file.text);
  if (!outcome.error) return outcome.body;
  const err = outcome.error;
  const ours = lines.positionAt(err.offset);
  const verdict = err.limit ? { ok: "unavailable" as const, message: "" } : await checkSyntax(file.path, file.text, lines);
  if (verdict.ok === true) {
    // Valid HCL that our parser cannot read: a gap in driftless, not in the file.
    diagnostics.push({
      file: file.path,
      range: lines.rangeOf(err.offset, Math.max(err.endOffset, err.offset)),
      severity: "warning",
      message: `driftless could not read this construct (${file.path}:${ours.line}:${ours.column}): ${err.message}. The file is valid HCL; blocks around this point may be incomplete or missing from the scan`,
    });
    return outcome.body;
  }
  if (verdict.ok === false && verdict.range) {
    // HashiCorp's "Invalid character" does not say which; at a lone CR, ours does.
    const atLoneCr = file.text.charCodeAt(lines.offsetAt(verdict.range.start)) === 13 && file.text.charCodeAt(lines.offsetAt(verdict.range.start) + 1) !== 10;
    diagnostics.push({ file: file.path, range: verdict.range, severity: "error", message: atLoneCr ? LONE_CR : verdict.message });
  } else {
    diagnostics.push({
      file: file.path,
      range: lines.rangeOf(err.offset, Math.max(err.endOffset, err.offset)),
      severity: "error",
      message: verdict.message ? `${err.message} (${verdict.message})` : err.message,
    });
  }
  return { ...outcome.body, items: outcome.body.items.filter((i) => i.end <= err.offset) };
}
