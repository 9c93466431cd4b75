/**
 * The Terraform scanner: `.tf` (HCL native syntax, our own parser with exact positions, with
 * HashiCorp's parser as the syntax authority when ours fails) and `.tf.json`.
 *
 * A U+FEFF (BOM) left at the start of the text is treated as whitespace; it is not stripped,
 * so columns on line 1 count it (discovery normally removes it before we see the text).
 */
import { LineIndex } from "../../model/position.js";
import type { Diagnostic, Resource, ScanResult } from "../../model/resource.js";
import type { Reader, ScanOptions, SourceFile, TerraformUnit } from "../source.js";
import { checkSyntax } from "./hcl2json.js";
import { scanJson } from "./json.js";
import { parseHcl } from "./parser.js";
import { RecordBuilder } from "./records.js";

export async function scanTerraformFile(file: SourceFile): Promise<ScanResult> {
  const lines = new LineIndex(file.text);
  if (file.path.endsWith(".tf.json")) return scanJson(file.path, file.text, lines);
  return scanHcl(file, lines);
}

async function scanHcl(file: SourceFile, lines: LineIndex): Promise<ScanResult> {
  const diagnostics: Diagnostic[] = [];
  const outcome = parseHcl(file.text);
  const builder = new RecordBuilder(file.path, file.text, lines, diagnostics);
  if (!outcome.error) return { resources: builder.build(outcome.body), diagnostics };

  const err = outcome.error;
  const ours = lines.positionAt(err.offset);
  const verdict = err.limit ? { ok: "unavailable" as const, message: "" } : await checkSyntax(file.path, file.text, lines);
  if (verdict.ok === true) {
    // Valid HCL that our parser cannot read: a gap in driftless, not in the file.
    const resources = builder.build(outcome.body);
    diagnostics.push({
      file: file.path,
      range: lines.rangeOf(err.offset, Math.max(err.endOffset, err.offset)),
      severity: "warning",
      message: `driftless could not read this construct (${file.path}:${ours.line}:${ours.column}): ${err.message}. The file is valid HCL; blocks around this point may be incomplete or missing from the scan`,
    });
    return { resources, diagnostics };
  }
  const recovered: Resource[] = builder.build({ ...outcome.body, items: outcome.body.items.filter((i) => i.end <= err.offset) });
  if (verdict.ok === false && verdict.range) {
    diagnostics.push({ file: file.path, range: verdict.range, severity: "error", message: verdict.message });
  } else {
    diagnostics.push({
      file: file.path,
      range: lines.rangeOf(err.offset, Math.max(err.endOffset, err.offset)),
      severity: "error",
      message: verdict.message ? `${err.message} (${verdict.message})` : err.message,
    });
  }
  return { resources: recovered, diagnostics };
}

export async function scanTerraform(units: readonly TerraformUnit[], reader: Reader, _options: ScanOptions = {}): Promise<ScanResult> {
  const result: ScanResult = { resources: [], diagnostics: [] };
  for (const unit of units) {
    for (const file of unit.files) {
      const read = reader.read(file.absolutePath);
      if (!read.file) {
        result.diagnostics.push(read.diagnostic);
        continue;
      }
      const scanned = await scanTerraformFile(read.file);
      result.resources.push(...scanned.resources);
      result.diagnostics.push(...scanned.diagnostics);
    }
  }
  return result;
}
