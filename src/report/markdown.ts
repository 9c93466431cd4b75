/**
 * GitHub-flavoured markdown for a workflow's job summary (`$GITHUB_STEP_SUMMARY`): a heading,
 * counts per rule family and level, then the findings, most severe first, each with its
 * `file:line` linked to the scanned commit on GitHub when the run knows it.
 *
 * GitHub limits one step's summary to 1 MiB ("Adding a job summary", GitHub Actions
 * documentation), so the list is capped at MAX_LISTED findings and MAX_BYTES of text and says how
 * many were left out; the SARIF and JSON reports carry them all.
 */
import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding, Level } from "../model/finding.js";
import { LEVELS, levelRank } from "../model/finding.js";
import { summarize, type ReportOptions, type ReportRun } from "./context.js";
import { encodeUriPath } from "./sarif.js";

/** At most this many findings are listed; the counts table covers them all. */
export const MAX_LISTED = 500;
/** Text budget for the whole summary, below GitHub's 1 MiB per step with room for other steps' output. */
export const MAX_BYTES = 900 * 1024;
/** A message longer than this (UTF-16 code units) is cut, so one finding cannot eat the budget. */
const MAX_MESSAGE = 1000;
/** Related locations listed per finding. */
const MAX_RELATED = 5;

/** The built-in families in the catalog's order (RULES.md); custom prefixes follow alphabetically. */
export const FAMILIES: readonly string[] = ["PIN", "RNP", "DRF", "ACC", "ART", "DAT", "CHG", "IAC"];

const LEVEL_HEADING: Record<Level, string> = { error: "Errors", warning: "Warnings", note: "Notes" };
const LEVEL_COLUMN: Record<Level, string> = { error: "Error", warning: "Warning", note: "Note" };

/**
 * One line of printable text: line breaks become spaces, and other control characters (an ANSI
 * escape in a message, a NUL in a path) become a visible `\u{1b}` instead of vanishing or
 * garbling the page.
 */
function printable(text: string): string {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/**
 * Backslash-escapes every character GitHub's markdown could read as syntax inside running text
 * (never at a line start, where `-`, `+`, `=` and digits would matter too): CommonMark's
 * emphasis, code, links, HTML and entities, GFM's table pipes and strikethrough, GitHub's
 * `@mention`, `#123` references, `$math$` and `:emoji:`. Any ASCII punctuation may be
 * backslash-escaped (CommonMark 0.31 §2.4). The result is one line (see printable).
 */
export function escapeMarkdown(text: string): string {
  return printable(text).replace(/[\\`*_{}[\]<>()#!|~@&$:^]/g, (c) => `\\${c}`);
}

/**
 * A code span that shows `text` literally, whatever backticks it holds: the fence is one
 * backtick longer than the longest run inside, padded with spaces when the text touches a
 * backtick (CommonMark 0.31 §6.1). Not for table cells: there a pipe would need `\|`, which a
 * code span outside a table shows literally.
 */
export function codeSpan(text: string): string {
  const flat = printable(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** `https://github.com/OWNER/REPO` of a run whose provenance is on github.com with a commit, else undefined. */
function githubBlobBase(run: ReportRun): string | undefined {
  const provenance = run.provenance;
  if (!provenance?.revisionId || provenance.repositoryUri === undefined || !/^[0-9a-f]{40}$/i.test(provenance.revisionId)) return undefined;
  let url: URL;
  try {
    url = new URL(provenance.repositoryUri);
  } catch {
    return undefined;
  }
  if (url.protocol !== "https:" || url.hostname !== "github.com" || url.username || url.password) return undefined;
  const parts = url.pathname.replace(/\.git$/, "").split("/").filter(Boolean);
  if (parts.length !== 2 || !parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p))) return undefined;
  return `https://github.com/${parts[0]}/${parts[1]}/blob/${provenance.revisionId}`;
}

/**
 * `file:line` of one location: a link to the line on GitHub when the run's commit is known
 * (`https://github.com/OWNER/REPO/blob/SHA/PATH#L10`), else the path as code, never a link
 * that would lead nowhere. `file` is relative to the run's root; the text shows the run's prefix.
 */
function locationText(run: ReportRun, file: string, line: number): string {
  const shown = codeSpan(`${run.prefix ?? ""}${file}:${line}`);
  const base = githubBlobBase(run);
  return base ? `[${shown}](${base}/${encodeUriPath(file)}#L${Math.max(1, line)})` : shown;
}

/** The rule ID in bold, linked to its documentation when it has an http(s) help URI. */
function ruleText(ruleId: string, rule: RuleMeta | undefined): string {
  const id = `**${escapeMarkdown(ruleId)}**`;
  const uri = rule?.helpUri;
  if (!uri || !/^https?:\/\//i.test(uri)) return id;
  // encodeURI leaves `(` and `)`, which would end the link destination early.
  const target = encodeURI(uri).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${id}](${target})`;
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/** A rule ID's family: the part before the first `-` (`PIN-005` → `PIN`). */
export function familyOf(ruleId: string): string {
  const dash = ruleId.indexOf("-");
  return dash > 0 ? ruleId.slice(0, dash) : ruleId;
}

interface Entry {
  run: ReportRun;
  finding: Finding;
}

function countsTable(findings: readonly Finding[]): string[] {
  type Row = Record<Level, number> & { suppressed: number };
  const empty = (): Row => ({ error: 0, warning: 0, note: 0, suppressed: 0 });
  const rows = new Map<string, Row>(FAMILIES.map((f) => [f, empty()]));
  for (const finding of findings) {
    const family = familyOf(finding.ruleId);
    let row = rows.get(family);
    if (!row) rows.set(family, (row = empty()));
    if (finding.suppression) row.suppressed++;
    else row[finding.level]++;
  }
  const custom = [...rows.keys()].filter((f) => !FAMILIES.includes(f)).sort();
  const total = empty();
  const lines = [
    `| Family | ${LEVELS.map((l) => LEVEL_COLUMN[l]).join(" | ")} | Total | Suppressed |`,
    `| --- | ${LEVELS.map(() => "---:").join(" | ")} | ---: | ---: |`,
  ];
  for (const family of [...FAMILIES, ...custom]) {
    const row = rows.get(family)!;
    for (const level of LEVELS) total[level] += row[level];
    total.suppressed += row.suppressed;
    const sum = LEVELS.reduce((n, l) => n + row[l], 0);
    lines.push(`| ${escapeMarkdown(family)} | ${LEVELS.map((l) => row[l]).join(" | ")} | ${sum} | ${row.suppressed} |`);
  }
  const sum = LEVELS.reduce((n, l) => n + total[l], 0);
  lines.push(`| **Total** | ${LEVELS.map((l) => `**${total[l]}**`).join(" | ")} | **${sum}** | **${total.suppressed}** |`);
  return lines;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/**
 * The report: `## driftless` with a one-line verdict, files scanned and suppressed count, the
 * family × level table (the seven built-in families always, custom ones when they have
 * findings), then `### Errors (n)` / `### Warnings (n)` / `### Notes (n)` lists. Each item is
 * `- LOCATION RULE message`, with up to five related locations under it. Suppressed findings are
 * counted, not listed. Findings are ordered by level, then security-severity, then path and line.
 */
export function toMarkdown(runs: readonly ReportRun[], rules: readonly RuleMeta[], options: ReportOptions): string {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const entries: Entry[] = runs.flatMap((run) => run.findings.map((finding) => ({ run, finding })));
  const all = entries.map((e) => e.finding);
  const summary = summarize(all);
  const filesScanned = runs.reduce((n, r) => n + r.filesScanned, 0);

  const out: string[] = ["## driftless", ""];
  const verdict =
    summary.findings === 0
      ? "**No findings.**"
      : `**${plural(summary.findings, "finding")}**: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notes, "note")}.`;
  const scope = runs.length > 1 ? ` in ${runs.length} repositories` : "";
  const baselined = runs.reduce((n, r) => n + (r.baselined ?? 0), 0);
  const held = runs.some((r) => r.baselined !== undefined) ? `; ${baselined} in baseline` : "";
  out.push(`${verdict} ${plural(filesScanned, "file")} scanned${scope}; ${summary.suppressed} suppressed${held}. driftless ${escapeMarkdown(options.toolVersion)}.`, "");
  out.push(...countsTable(all), "");

  const open = entries
    .filter((e) => !e.finding.suppression)
    .sort(
      (a, b) =>
        levelRank(b.finding.level) - levelRank(a.finding.level) ||
        Number(ruleById.get(b.finding.ruleId)?.securitySeverity ?? 0) - Number(ruleById.get(a.finding.ruleId)?.securitySeverity ?? 0) ||
        compare(`${a.run.prefix ?? ""}${a.finding.file}`, `${b.run.prefix ?? ""}${b.finding.file}`) ||
        a.finding.range.start.line - b.finding.range.start.line ||
        a.finding.range.start.column - b.finding.range.start.column ||
        compare(a.finding.ruleId, b.finding.ruleId),
    );

  let bytes = out.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);
  let listed = 0;
  let level: Level | undefined;
  for (const { run, finding } of open) {
    if (listed >= MAX_LISTED) break;
    const lines: string[] = [];
    if (finding.level !== level) {
      level = finding.level;
      const count = open.filter((e) => e.finding.level === level).length;
      if (listed > 0) lines.push("");
      lines.push(`### ${LEVEL_HEADING[level]} (${count})`, "");
    }
    lines.push(`- ${locationText(run, finding.file, finding.range.start.line)} ${ruleText(finding.ruleId, ruleById.get(finding.ruleId))} ${escapeMarkdown(cut(finding.message, MAX_MESSAGE))}`);
    const related = finding.related ?? [];
    for (const r of related.slice(0, MAX_RELATED)) {
      lines.push(`  - ${locationText(run, r.file, r.range.start.line)} ${escapeMarkdown(cut(r.message, MAX_MESSAGE))}`);
    }
    if (related.length > MAX_RELATED) lines.push(`  - and ${related.length - MAX_RELATED} more related locations`);
    const size = lines.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);
    if (bytes + size > MAX_BYTES) break;
    bytes += size;
    out.push(...lines);
    listed++;
  }
  if (listed < open.length) {
    out.push("", `_${open.length - listed} more ${open.length - listed === 1 ? "finding is" : "findings are"} not listed here (the list stops at the ${listed} most severe); the SARIF and JSON reports have them all._`);
  }
  return `${out.join("\n").trimEnd()}\n`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
