/**
 * The page around the tables and charts: head with its Content-Security-Policy, the header with
 * the totals, the sections in order (charts, repositories, rules, findings with their filter,
 * fixed findings), and the inline scripts at the end of the body.
 */
import type { Level } from "../../model/finding.js";
import { LEVELS } from "../../model/finding.js";
import type { ChartSpec } from "./charts.js";
import { escapeHtml, inlineScript, jsonForScript } from "./escape.js";
import { stylesheet } from "./style.js";
import { findingsTable, fixedTable, repositoriesTable, rulesTable, TABLE_ROW_LIMIT } from "./tables.js";
import type { ReportView } from "./view.js";

/**
 * The page's policy: nothing may be fetched (no default, no connect, no fonts, no frames), scripts
 * and styles only inline, images only as data: URLs, and no `<base>` or form submission that
 * could send anything away. With it the page provably works, and leaks nothing, offline.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** What the page needs beside the view: the charts' figures and the scripts' sources. */
export interface PageParts {
  charts: readonly ChartSpec[];
  /** Chart.js's UMD build (chart-source.ts). */
  chartJs: string;
  /** The page's own script (client.ts). */
  client: string;
  /** How links were made, for the note under the findings: the template, when one was given. */
  linkTemplate?: string;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString("en")} ${n === 1 ? word : many}`;
}

/** `2024-05-01T12:00:00.000Z` → `2024-05-01 12:00 UTC`; anything else as it is. */
export function displayTime(iso: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d)(?::\d\d(?:\.\d+)?)?Z$/.exec(iso);
  return m ? `${m[1]} ${m[2]} UTC` : iso;
}

function time(iso: string): string {
  return `<time datetime="${escapeHtml(iso)}">${escapeHtml(displayTime(iso))}</time>`;
}

function total(label: string, value: number, className: string, sub = ""): string {
  return `<div class="total-${className}"><dt>${escapeHtml(label)}</dt><dd>${value}${sub ? ` <span class="sub">${escapeHtml(sub)}</span>` : ""}</dd></div>`;
}

function header(view: ReportView): string {
  const doc = view.document;
  const s = doc.summary;
  const c = doc.comparison;
  const failed = view.repositories.filter((r) => r.repository.status === "failed");
  const totals = [
    total("Repositories", s.repositories, "repositories", `${s.scanned} scanned, ${s.cached} cached, ${s.failed} failed`),
    total("Files scanned", s.filesScanned, "files"),
    total("Findings", s.findings, "findings"),
    total("Errors", s.errors, "error"),
    total("Warnings", s.warnings, "warning"),
    total("Notes", s.notes, "note"),
    total("Suppressed", s.suppressed, "suppressed"),
    ...(c ? [total("New", c.new, "new"), total("Fixed", c.fixed, "fixed"), total("Still open", c.open, "open")] : []),
  ];
  const alert =
    failed.length > 0
      ? `<p class="alert" role="alert">${escapeHtml(plural(failed.length, "repository", "repositories"))} could not be scanned: ${failed.map((r) => `<b>${escapeHtml(r.repository.name)}</b>`).join(", ")}. Their findings are unknown; the <a href="#repositories">repositories table</a> says why.</p>`
      : "";
  return [
    "<header>",
    "<h1>driftless report</h1>",
    `<p class="meta">Made by ${escapeHtml(doc.tool)} on ${time(doc.createdAt)}${c ? `, compared with the report of ${time(c.previousCreatedAt)}` : ""}.</p>`,
    `<dl class="totals">${totals.join("")}</dl>`,
    alert,
    "</header>",
  ].join("\n");
}

function nav(view: ReportView): string {
  const links = [["charts", "Charts"], ["repositories-section", "Repositories"], ["rules-section", "Rules"], ["findings-section", "Findings"], ...(view.compared ? [["fixed-section", "Fixed"]] : [])];
  return `<nav aria-label="Sections">${links.map(([id, label]) => `<a href="#${id}">${label}</a>`).join("")}</nav>`;
}

/** Pixel height of a chart's box: enough for every label's bars, plus axes and legend. */
function chartHeight(spec: ChartSpec): number {
  if (!spec.horizontal) return 260;
  const perLabel = spec.stacked || spec.series.length === 1 ? 26 : 10 * spec.series.length + 12;
  return Math.max(160, spec.labels.length * perLabel + (spec.series.length > 1 ? 70 : 40));
}

const TABLE_NAME: Readonly<Record<string, string>> = { repositories: "repositories table", rules: "rules table" };

function figure(spec: ChartSpec): string {
  const tableLink = `<a href="#${spec.table}-section">${TABLE_NAME[spec.table] ?? "tables"}</a>`;
  const body =
    spec.series.every((s) => s.data.every((n) => n === 0))
      ? `<p class="note">Nothing to draw: no findings.</p>`
      : `<div class="chart-box" style="height: ${chartHeight(spec)}px"><canvas id="${spec.id}" role="img" aria-label="${escapeHtml(spec.description)}"></canvas></div>` +
        `\n<noscript><p class="note">This chart needs JavaScript; the ${tableLink} holds the same figures.</p></noscript>`;
  return `<figure><figcaption>${escapeHtml(spec.title)}<span>${escapeHtml(spec.description)}</span></figcaption>\n${body}\n</figure>`;
}

function options(values: readonly (readonly [string, string])[], all: string): string {
  return [`<option value="">${escapeHtml(all)}</option>`, ...values.map(([value, label]) => `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`)].join("");
}

/** The findings filter: hidden until the script shows it (it does nothing without the script). */
function filters(view: ReportView): string {
  const repos = view.repositories.filter((r) => r.repository.findings.length > 0).map((r) => [r.repository.name, r.repository.name] as const);
  const rules = view.rules.map((r) => [r.rule.id, r.rule.title === r.rule.id ? r.rule.id : `${r.rule.id}: ${r.rule.title}`] as const);
  const levels = LEVELS.filter((l: Level) => view.findings.some((f) => f.finding.level === l)).map((l) => [l, l] as const);
  const families = view.families.map((f) => [f, f] as const);
  const states: (readonly [string, string])[] = [["active", "Not suppressed"], ...(view.compared ? [["new", "New"] as const, ["open", "Still open"] as const] : []), ["suppressed", "Suppressed"]];
  const select = (name: string, label: string, values: readonly (readonly [string, string])[], all: string): string =>
    `<label>${label}<select name="${name}">${options(values, all)}</select></label>`;
  return [
    `<form id="filters" class="filters" hidden role="search" aria-label="Filter findings">`,
    `<label>Search<input type="search" name="q" placeholder="message, file, resource..." autocomplete="off"></label>`,
    select("repository", "Repository", repos, "All repositories"),
    select("rule", "Rule", rules, "All rules"),
    select("level", "Level", levels, "All levels"),
    select("family", "Family", families, "All families"),
    select("state", "State", states, "All"),
    `<button type="reset">Clear</button>`,
    `<output id="finding-count" class="count" aria-live="polite">${plural(Math.min(view.findings.length, TABLE_ROW_LIMIT), "finding")}${view.findings.length > TABLE_ROW_LIMIT ? ` listed (the ${TABLE_ROW_LIMIT.toLocaleString("en")} most severe of ${view.findings.length.toLocaleString("en")})` : ""}</output>`,
    `</form>`,
  ].join("\n");
}

function linkNote(view: ReportView, parts: PageParts): string {
  const n = view.findings.length;
  const notes: string[] = [];
  if (parts.linkTemplate !== undefined && n > 0) {
    notes.push(
      view.templatedLinks === n
        ? `Locations link through the link template.`
        : `Locations link through the link template for ${view.templatedLinks} of ${plural(n, "finding")}; the others link to the file itself, because their repository lacks a value the template names or the address made was not an http(s) or relative one.`,
    );
  } else if (n > 0) {
    notes.push("Locations link to the files, relative to this report's folder.");
  }
  if (view.unlinked > 0) notes.push(`${plural(view.unlinked, "location")} had no safe address and ${view.unlinked === 1 ? "is" : "are"} shown as text.`);
  return notes.length > 0 ? `<p class="note">${escapeHtml(notes.join(" "))}</p>` : "";
}

/** Said above a table that lists only the first TABLE_ROW_LIMIT of its rows. */
function limitNote(total: number, what: string): string {
  if (total <= TABLE_ROW_LIMIT) return "";
  return `\n<p class="alert">This table lists the ${TABLE_ROW_LIMIT.toLocaleString("en")} most severe of the ${total.toLocaleString("en")} ${what} (sorting and filtering work on those); the counts and charts cover them all, and the JSON report (sweep.json, or each repository's) holds every one.</p>`;
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${title}</h2>\n${body}\n</section>`;
}

/** The page's title: what it holds in a few words (a browser tab or a bookmark shows it). */
function title(view: ReportView): string {
  const s = view.document.summary;
  const where = view.repositories.length === 1 ? view.repositories[0]!.repository.name : plural(s.repositories, "repository", "repositories");
  return `driftless report: ${plural(s.findings, "finding")} in ${where}`;
}

/**
 * The whole page. Every text from the document is escaped (escape.ts); the charts' figures go in
 * as JSON; scripts are inlined (and refused when they could end their element early).
 * @throws InlineScriptError when a script holds `</script` or `<!--`
 */
export function renderPage(view: ReportView, parts: PageParts): string {
  const suppressed = view.findings.filter((f) => f.state === "suppressed").length;
  const findingsIntro =
    `<p class="hint">Most severe first. Click a column's header to sort by it` +
    (suppressed > 0 ? `; suppressed findings are listed too, marked and greyed (the State filter hides them)` : "") +
    ".</p>" +
    limitNote(view.findings.length, "findings");
  const sections = [
    section(
      "charts",
      "Charts",
      `<noscript><p class="note">The charts need JavaScript, which is off; the tables below hold every figure they show.</p></noscript>\n<div class="charts">\n${parts.charts.map(figure).join("\n")}\n</div>`,
    ),
    section("repositories-section", "Repositories", repositoriesTable(view)),
    section("rules-section", "Rules", rulesTable(view)),
    section("findings-section", `Findings (${view.findings.length - suppressed}${suppressed > 0 ? `, and ${suppressed} suppressed` : ""})`, `${findingsIntro}\n${filters(view)}\n${findingsTable(view)}\n${linkNote(view, parts)}`),
    ...(view.compared
      ? [section("fixed-section", `Fixed since the previous report (${view.fixed.length})`, `<p class="hint">Findings of the previous report that are gone, where they were then.</p>${limitNote(view.fixed.length, "fixed findings")}\n${fixedTable(view)}`)]
      : []),
  ];
  const chartVersion = /Chart\.js v(\d[\w.-]*)/.exec(parts.chartJs)?.[1];
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeHtml(view.document.tool)}">`,
    `<title>${escapeHtml(title(view))}</title>`,
    `<style>${stylesheet()}</style>`,
    "<noscript><style>.chart-box { display: none; }</style></noscript>",
    "</head>",
    "<body>",
    header(view),
    nav(view),
    "<main>",
    ...sections,
    "</main>",
    `<footer>Made by ${escapeHtml(view.document.tool)}. This page loads nothing: its Content-Security-Policy forbids every fetch, so it reads the same offline. ` +
      `Charts drawn by Chart.js${chartVersion ? ` ${escapeHtml(chartVersion)}` : ""} (MIT licence), inlined below.</footer>`,
    `<script type="application/json" id="report-data">${jsonForScript({ charts: parts.charts })}</script>`,
    `<script>${inlineScript(parts.chartJs, "Chart.js")}</script>`,
    `<script>${inlineScript(parts.client, "The report's script")}</script>`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
