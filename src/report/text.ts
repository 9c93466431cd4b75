import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding, Level } from "../model/finding.js";
import { mergeRuns, summarize, visibleFindings, type ReportOptions, type ReportRun } from "./context.js";

const ANSI = { reset: "\u001b[0m", bold: "\u001b[1m", dim: "\u001b[2m", red: "\u001b[31m", yellow: "\u001b[33m", cyan: "\u001b[36m" };
const LEVEL_COLOUR: Record<Level, string> = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** The last line of text output; `baselined`: how many findings a baseline held (not in `findings`). */
export function summaryLine(findings: readonly Finding[], filesScanned: number, baselined = 0): string {
  const s = summarize(findings);
  const files = `${plural(filesScanned, "file")} scanned`;
  const suppressed = (s.suppressed ? ` (${s.suppressed} suppressed)` : "") + (baselined ? ` (${baselined} in baseline)` : "");
  if (s.findings === 0) return `No findings in ${files}${suppressed}`;
  return `${plural(s.findings, "finding")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")}) in ${files}${suppressed}`;
}

/**
 * Human output: findings grouped by file (files in order, findings by position), one line each,
 * `path:line:col  LEVEL  RULE  message`, then a summary line.
 */
export function toText(runs: readonly ReportRun[], _rules: readonly RuleMeta[], context: ReportOptions): string {
  const { findings, filesScanned } = mergeRuns(runs);
  const colour = context.color === true;
  const paint = (code: string, s: string): string => (colour ? `${code}${s}${ANSI.reset}` : s);
  const shown = visibleFindings(findings, context.includeSuppressed);
  const groups = new Map<string, Finding[]>();
  for (const finding of shown) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  const lines: string[] = [];
  for (const file of [...groups.keys()].sort()) {
    const group = groups.get(file)!.sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
    );
    for (const f of group) {
      const where = paint(ANSI.bold, `${f.file}:${f.range.start.line}:${f.range.start.column}`);
      const level = paint(LEVEL_COLOUR[f.level], f.level.toUpperCase().padEnd(7));
      const rule = paint(ANSI.dim, f.ruleId);
      const note = f.suppression ? ` [suppressed: ${f.suppression.justification}]` : "";
      lines.push(`${where}  ${level}  ${rule}  ${f.message}${note}`);
      for (const related of f.related ?? []) {
        lines.push(paint(ANSI.dim, `    ${related.file}:${related.range.start.line}:${related.range.start.column}  ${related.message}`));
      }
    }
    lines.push("");
  }
  if (context.quiet) return lines.length ? `${lines.join("\n")}\n` : "";
  // Files that were not analysed at all, with why: a clean summary must not hide them.
  const skipped = runs.flatMap((run) => (run.notifications ?? []).filter((n) => n.notScanned && n.file !== undefined).map((n) => ({ file: `${run.prefix ?? ""}${n.file}`, reason: n.reason ?? n.message })));
  if (skipped.length > 0) {
    lines.push(paint(ANSI.bold, `Not scanned (${plural(skipped.length, "file")}):`));
    for (const s of skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) lines.push(`  ${s.file}: ${s.reason.replace(/^not scanned: /, "")}`);
    lines.push("");
  }
  lines.push(summaryLine(findings, filesScanned, runs.reduce((n, r) => n + (r.baselined ?? 0), 0)));
  return `${lines.join("\n")}\n`;
}
