/**
 * Inline suppressions: `driftless:ignore ID[,ID…] [expires=YYYY-MM-DD] -- reason` in a comment
 * (HCL, YAML, TypeScript), and CloudFormation's `Metadata: { driftless: { ignore: [ { id,
 * reason, expires } ] } }` on a resource (JSON and YAML). See DESIGN.md, "Suppressions".
 */
import type { Resource } from "../model/resource.js";
import { locate } from "../model/resource.js";
import { LineIndex } from "../model/position.js";
import { isValueMap, type Value } from "../model/value.js";
import { commentSyntax, findComments } from "./comments.js";

import { MARKER } from "./marker.js";
import { isCalendarDate } from "./ignore.js";

export { MARKER };

export interface InlineSuppression {
  /** Repository path of the file it is written in. */
  file: string;
  /** Where it is written: the comment, or the Metadata entry. */
  line: number;
  column: number;
  ids: string[];
  /** Empty when none was given. */
  reason: string;
  expires?: string;
  /** Malformed (no rule ID, a bad expiry date): said in IAC-001; a malformed suppression never applies. */
  problem?: string;
  /**
   * What it applies to: a comment on its own line, to the block or attribute that starts on the
   * next line of code; a comment after code, to that line; CloudFormation Metadata, to its
   * resource (by logical ID).
   */
  target: { kind: "line"; line: number; trailing: boolean } | { kind: "resource"; name: string };
}

const ID = /^[A-Z][A-Z0-9]*-\d{3}$/;


/** Parses the text after the marker: `PIN-005,ART-004 expires=2027-01-31 -- reason`. */
export function parseDirective(body: string): Pick<InlineSuppression, "ids" | "reason" | "expires" | "problem"> {
  const dash = body.indexOf("--");
  const head = (dash >= 0 ? body.slice(0, dash) : body).trim();
  const reason = dash >= 0 ? body.slice(dash + 2).replace(/\*\/\s*$/, "").trim() : "";
  // After "--" everything is the reason: an expiry written there would silently never apply.
  const lateExpiry = /(^|\s)expires=\S*/i.exec(reason);
  const ids: string[] = [];
  let expires: string | undefined;
  let problem: string | undefined;
  for (const word of head.split(/[\s,]+/).filter(Boolean)) {
    const exp = /^expires=(.*)$/i.exec(word);
    if (exp) {
      expires = exp[1]!;
      if (!isCalendarDate(expires)) problem = `expires=${expires} is not a date; write expires=YYYY-MM-DD`;
    } else if (ID.test(word)) ids.push(word);
    else problem ??= `"${word}" is not a rule ID; write driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason`;
  }
  if (ids.length === 0) problem ??= "names no rule; write driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason";
  if (lateExpiry) problem ??= `has ${lateExpiry[0].trim()} after "--", where it is part of the reason and never applies; write it before "--"`;
  if (reason.includes("driftless:ignore")) problem ??= "holds a second driftless:ignore in its reason; write one suppression per comment";
  return { ids, reason, ...(expires !== undefined ? { expires } : {}), ...(problem ? { problem } : {}) };
}

/** The suppression comments of one file (empty when it has none). */
export function commentSuppressions(path: string, text: string): InlineSuppression[] {
  if (!text.includes(MARKER)) return [];
  const out: InlineSuppression[] = [];
  const comments = findComments(commentSyntax(path, text), text);
  const codeLines = nextCodeLine(text, comments);
  for (const comment of comments) {
    const at = comment.text.indexOf(MARKER);
    if (at < 0) continue;
    // Only a directive that starts the comment (after JSDoc's `*` decoration): prose that
    // mentions the marker is not one.
    if (comment.text.slice(0, at).replace(/[\s*]/g, "") !== "") continue;
    const directive = parseDirective(comment.text.slice(at + MARKER.length).replace(/\s*\n\s*\*(?!\/)/g, " "));
    out.push({
      file: path,
      line: comment.line,
      column: comment.column,
      ...directive,
      target: comment.trailing ? { kind: "line", line: comment.line, trailing: true } : { kind: "line", line: codeLines(comment.endLine), trailing: false },
    });
  }
  return out;
}

/** For a comment ending on line L: the next line holding code (not blank, not only comments). */
function nextCodeLine(text: string, comments: { line: number; endLine: number; trailing: boolean }[]): (line: number) => number {
  const lines = new LineIndex(text);
  const commentOnly = new Set<number>();
  for (const c of comments) if (!c.trailing) for (let l = c.line; l <= c.endLine; l++) commentOnly.add(l);
  return (after) => {
    for (let l = after + 1; l <= lines.lineCount; l++) {
      if (lines.lineText(l).trim() === "" || commentOnly.has(l)) continue;
      return l;
    }
    return after + 1;
  };
}

/** CloudFormation `Metadata.driftless.ignore` entries of a template's resources. */
export function metadataSuppressions(records: readonly Resource[]): InlineSuppression[] {
  const out: InlineSuppression[] = [];
  for (const r of records) {
    if (r.format !== "cloudformation" || r.kind !== "resource") continue;
    const metadata = r.options.metadata;
    const driftless = isValueMap(metadata) ? metadata.driftless : undefined;
    if (driftless === undefined) continue;
    const at = locate(r, ["options", "metadata", "driftless"]);
    if (!isValueMap(driftless) || driftless.ignore === undefined || Object.keys(driftless).some((k) => k !== "ignore")) {
      const key = isValueMap(driftless) ? Object.keys(driftless).find((k) => k !== "ignore") : undefined;
      out.push({
        file: r.file,
        line: at.start.line,
        column: at.start.column,
        ids: [],
        reason: "",
        problem: key !== undefined ? `has the unknown key ${JSON.stringify(key)} under Metadata.driftless (it holds ignore: a list of { id, reason, expires })` : "holds no ignore list: write Metadata.driftless.ignore as a list of { id, reason, expires }",
        target: { kind: "resource", name: r.name },
      });
      if (!isValueMap(driftless) || driftless.ignore === undefined) continue;
    }
    const list: Value[] = Array.isArray(driftless.ignore) ? driftless.ignore : [driftless.ignore];
    list.forEach((entry, i) => {
      const where = locate(r, ["options", "metadata", "driftless", "ignore", i]);
      const base = { file: r.file, line: where.start.line, column: where.start.column, target: { kind: "resource" as const, name: r.name } };
      if (!isValueMap(entry)) {
        out.push({ ...base, ids: [], reason: "", problem: "is not a map: each Metadata.driftless.ignore entry holds id, reason and optional expires" });
        return;
      }
      const ids = [entry.id ?? entry.ids].flat().filter((x): x is string => typeof x === "string");
      const bad = ids.find((id) => !ID.test(id));
      const expires = typeof entry.expires === "string" ? entry.expires : entry.expires instanceof Date ? (entry.expires as Date).toISOString().slice(0, 10) : entry.expires === undefined ? undefined : String(entry.expires);
      let problem: string | undefined;
      // A misspelt key (`expire:`) would otherwise make a suppression that never expires.
      const unknownKey = Object.keys(entry).find((k) => !["id", "ids", "reason", "expires"].includes(k));
      if (unknownKey !== undefined) problem = `has the unknown key ${JSON.stringify(unknownKey)} (an entry holds id, reason and expires), so it is not applied`;
      else if (ids.length === 0) problem = "names no rule; give id: RULE-ID";
      else if (bad) problem = `"${bad}" is not a rule ID`;
      if (expires !== undefined && !isCalendarDate(expires)) problem ??= `expires ${expires} is not a date (YYYY-MM-DD)`;
      out.push({
        ...base,
        ids: ids.filter((id) => ID.test(id)),
        reason: typeof entry.reason === "string" ? entry.reason.trim() : "",
        ...(expires !== undefined ? { expires } : {}),
        ...(problem ? { problem } : {}),
      });
    });
  }
  return out;
}
