import { createRequire } from 'node:module';
import { e as encodeUriPath } from './chunk-lZAL_WNU.js';
import { m as LEVELS, I as summarize, n as levelRank } from './core-Cp4Gwmxr.js';

const require$1 = createRequire(import.meta.url);

// src/report/markdown.ts
var MAX_LISTED = 500;
var MAX_BYTES = 900 * 1024;
var MAX_MESSAGE = 1e3;
var MAX_RELATED = 5;
var FAMILIES = ["PIN", "RNP", "DRF", "ACC", "ART", "DAT", "CHG", "IAC"];
var LEVEL_HEADING = { error: "Errors", warning: "Warnings", note: "Notes" };
var LEVEL_COLUMN = { error: "Error", warning: "Warning", note: "Note" };
function printable(text) {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
function escapeMarkdown(text) {
  return printable(text).replace(/[\\`*_{}[\]<>()#!|~@&$:^]/g, (c) => `\\${c}`);
}
function codeSpan(text) {
  const flat = printable(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function githubBlobBase(run) {
  const provenance = run.provenance;
  if (!provenance?.revisionId || provenance.repositoryUri === void 0 || !/^[0-9a-f]{40}$/i.test(provenance.revisionId)) return void 0;
  let url;
  try {
    url = new URL(provenance.repositoryUri);
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" || url.hostname !== "github.com" || url.username || url.password) return void 0;
  const parts = url.pathname.replace(/\.git$/, "").split("/").filter(Boolean);
  if (parts.length !== 2 || !parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p))) return void 0;
  return `https://github.com/${parts[0]}/${parts[1]}/blob/${provenance.revisionId}`;
}
function locationText(run, file, line) {
  const shown = codeSpan(`${run.prefix ?? ""}${file}:${line}`);
  const base = githubBlobBase(run);
  return base ? `[${shown}](${base}/${encodeUriPath(file)}#L${Math.max(1, line)})` : shown;
}
function ruleText(ruleId, rule) {
  const id = `**${escapeMarkdown(ruleId)}**`;
  const uri = rule?.helpUri;
  if (!uri || !/^https?:\/\//i.test(uri)) return id;
  const target = encodeURI(uri).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${id}](${target})`;
}
function cut(text, max) {
  return text.length <= max ? text : `${text.slice(0, max)}\u2026`;
}
function familyOf(ruleId) {
  const dash = ruleId.indexOf("-");
  return dash > 0 ? ruleId.slice(0, dash) : ruleId;
}
function countsTable(findings) {
  const empty = () => ({ error: 0, warning: 0, note: 0, suppressed: 0 });
  const rows = new Map(FAMILIES.map((f) => [f, empty()]));
  for (const finding of findings) {
    const family = familyOf(finding.ruleId);
    let row = rows.get(family);
    if (!row) rows.set(family, row = empty());
    if (finding.suppression) row.suppressed++;
    else row[finding.level]++;
  }
  const custom = [...rows.keys()].filter((f) => !FAMILIES.includes(f)).sort();
  const total = empty();
  const lines = [
    `| Family | ${LEVELS.map((l) => LEVEL_COLUMN[l]).join(" | ")} | Total | Suppressed |`,
    `| --- | ${LEVELS.map(() => "---:").join(" | ")} | ---: | ---: |`
  ];
  for (const family of [...FAMILIES, ...custom]) {
    const row = rows.get(family);
    for (const level of LEVELS) total[level] += row[level];
    total.suppressed += row.suppressed;
    const sum2 = LEVELS.reduce((n, l) => n + row[l], 0);
    lines.push(`| ${escapeMarkdown(family)} | ${LEVELS.map((l) => row[l]).join(" | ")} | ${sum2} | ${row.suppressed} |`);
  }
  const sum = LEVELS.reduce((n, l) => n + total[l], 0);
  lines.push(`| **Total** | ${LEVELS.map((l) => `**${total[l]}**`).join(" | ")} | **${sum}** | **${total.suppressed}** |`);
  return lines;
}
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function toMarkdown(runs, rules, options) {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const entries = runs.flatMap((run) => run.findings.map((finding) => ({ run, finding })));
  const all = entries.map((e) => e.finding);
  const summary = summarize(all);
  const filesScanned = runs.reduce((n, r) => n + r.filesScanned, 0);
  const out = ["## driftless", ""];
  const verdict = summary.findings === 0 ? "**No findings.**" : `**${plural(summary.findings, "finding")}**: ${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.notes, "note")}.`;
  const scope = runs.length > 1 ? ` in ${runs.length} repositories` : "";
  const baselined = runs.reduce((n, r) => n + (r.baselined ?? 0), 0);
  const held = runs.some((r) => r.baselined !== void 0) ? `; ${baselined} in baseline` : "";
  out.push(`${verdict} ${plural(filesScanned, "file")} scanned${scope}; ${summary.suppressed} suppressed${held}. driftless ${escapeMarkdown(options.toolVersion)}.`, "");
  out.push(...countsTable(all), "");
  const open = entries.filter((e) => !e.finding.suppression).sort(
    (a, b) => levelRank(b.finding.level) - levelRank(a.finding.level) || Number(ruleById.get(b.finding.ruleId)?.securitySeverity ?? 0) - Number(ruleById.get(a.finding.ruleId)?.securitySeverity ?? 0) || compare(`${a.run.prefix ?? ""}${a.finding.file}`, `${b.run.prefix ?? ""}${b.finding.file}`) || a.finding.range.start.line - b.finding.range.start.line || a.finding.range.start.column - b.finding.range.start.column || compare(a.finding.ruleId, b.finding.ruleId)
  );
  let bytes = out.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);
  let listed = 0;
  let level;
  for (const { run, finding } of open) {
    if (listed >= MAX_LISTED) break;
    const lines = [];
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
  return `${out.join("\n").trimEnd()}
`;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export { FAMILIES as F, MAX_BYTES as M, MAX_LISTED as a, codeSpan as c, escapeMarkdown as e, familyOf as f, toMarkdown as t };
