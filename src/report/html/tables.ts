/**
 * The report's tables, rendered on the server side so the page reads fully without JavaScript:
 * repositories, rules, findings and (when compared) fixed findings. The browser script adds
 * sorting and filtering on top; for that a cell may carry `data-sort` (the value it sorts by,
 * when that is not its text), a numeric column's header `data-type="number"`, and each finding
 * row its repository, rule, level, family and state as `data-*` attributes.
 */
import type { Level } from "../../model/finding.js";
import { levelRank } from "../../model/finding.js";
import type { SweepFinding } from "../../model/sweep.js";
import { clip, escapeHtml } from "./escape.js";
import { encodePath, isSafeHref } from "./links.js";
import type { FindingState, FindingView, ReportView } from "./view.js";

/**
 * The most rows the findings and fixed tables list (the most severe first). A browser takes
 * seconds to lay out and sort tens of thousands of rows, and the page grows by about 600 bytes a
 * row; the counts and the charts still cover every finding, and the JSON reports hold them all.
 */
export const TABLE_ROW_LIMIT = 5000;

interface Column {
  label: string;
  numeric?: boolean;
  /** What the column means, as the header's tooltip. */
  title?: string;
}

const STATE_LABEL: Readonly<Record<FindingState, string>> = { new: "new", open: "open", active: "", suppressed: "suppressed" };
const STATUS_TITLE = { scanned: "Scanned in this run", cached: "Taken from the cache: HEAD and configuration unchanged since the last scan", failed: "Not scanned: see the reason" } as const;

/**
 * A table with a header row; `empty` is the one row shown when there are no rows. `scroll` puts
 * it in a box that scrolls sideways on a narrow screen; the findings table goes without, since a
 * scrolling box would stop its header from sticking to the top of the window.
 */
function table(id: string, columns: readonly Column[], rows: readonly string[], empty: string, label: string, scroll = true, total = rows.length): string {
  const head = columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num" data-type="number"' : ""}${c.title ? ` title="${escapeHtml(c.title)}"` : ""}>${escapeHtml(c.label)}</th>`)
    .join("");
  const body = rows.length > 0 ? rows.join("\n") : `<tr class="empty"><td colspan="${columns.length}">${escapeHtml(empty)}</td></tr>`;
  const markup = `<table id="${id}" class="sortable" aria-label="${escapeHtml(label)}"${total > rows.length ? ` data-total="${total}"` : ""}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  return scroll ? `<div class="scroll">${markup}</div>` : markup;
}

/** A number cell; zeros are greyed so the figures that matter stand out. */
function num(n: number): string {
  return `<td class="num${n === 0 ? " zero" : ""}">${n}</td>`;
}

function levelBadge(level: Level): string {
  return `<span class="badge level-${level}">${level}</span>`;
}

/** A level cell that sorts most severe first when sorted descending. */
function levelCell(level: Level): string {
  return `<td data-sort="${levelRank(level)}">${levelBadge(level)}</td>`;
}

/** A file position's sort key: the path, then the line as a fixed-width number (line 9 before 10 in any collation). */
function positionKey(f: SweepFinding): string {
  return `${clip(f.file)}:${String(f.line).padStart(9, "0")}`;
}

/** `infra/main.tf:12` as markup: long paths wrap after a `/` rather than inside a name. */
function positionMarkup(f: SweepFinding): string {
  return escapeHtml(`${clip(f.file)}:${f.line}`).replace(/\//g, "/<wbr>");
}

/** The repositories with their status, commit and counts; the comparison's columns when compared. */
export function repositoriesTable(view: ReportView): string {
  const withReports = view.repositories.some((r) => r.repository.reports?.sarif || r.repository.reports?.json);
  const columns: Column[] = [
    { label: "Repository" },
    { label: "Status" },
    { label: "Failure reason" },
    { label: "Commit" },
    { label: "Files", numeric: true, title: "Files scanned" },
    { label: "Errors", numeric: true },
    { label: "Warnings", numeric: true },
    { label: "Notes", numeric: true },
    { label: "Suppressed", numeric: true },
    ...(view.compared ? [
      { label: "New", numeric: true, title: "Findings not in the previous report" },
      { label: "Fixed", numeric: true, title: "Findings of the previous report that are gone" },
      { label: "Still open", numeric: true, title: "Findings in both reports" },
    ] : []),
    ...(withReports ? [{ label: "Reports" }] : []),
  ];
  const rows = view.repositories.map(({ repository: r, counts, change }) => {
    const where = [r.path, r.remoteUrl].filter((s): s is string => Boolean(s)).join("\n");
    const branch = r.branch?.replace(/^refs\/heads\//, "");
    const commit = r.commit ? `<code title="${escapeHtml(r.commit)}">${escapeHtml(r.commit.slice(0, 7))}</code>${branch ? ` <span class="note">on ${escapeHtml(branch)}</span>` : ""}` : branch ? escapeHtml(branch) : "";
    const reports = (["sarif", "json"] as const)
      .flatMap((kind) => {
        const file = r.reports?.[kind];
        if (!file) return [];
        const href = encodePath(file);
        return [isSafeHref(href) ? `<a href="${escapeHtml(href)}">${kind.toUpperCase()}</a>` : kind.toUpperCase()];
      })
      .join(" ");
    return [
      `<tr data-repository="${escapeHtml(r.name)}">`,
      `<td title="${escapeHtml(where)}">${escapeHtml(r.name)}</td>`,
      `<td><span class="badge status-${r.status}" title="${STATUS_TITLE[r.status]}">${r.status}</span></td>`,
      `<td class="reason">${escapeHtml(clip(r.reason ?? ""))}</td>`,
      `<td class="commit">${commit}</td>`,
      num(r.filesScanned),
      num(counts.errors),
      num(counts.warnings),
      num(counts.notes),
      num(counts.suppressed),
      ...(change ? [num(change.new), num(change.fixed), num(change.open)] : []),
      ...(withReports ? [`<td>${reports}</td>`] : []),
      "</tr>",
    ].join("");
  });
  return table("repositories", columns, rows, "No repositories.", "Repositories");
}

/** The rules that have findings, with their counts. */
export function rulesTable(view: ReportView): string {
  const columns: Column[] = [
    { label: "Rule" },
    { label: "Title" },
    { label: "Family" },
    { label: "Level" },
    { label: "Findings", numeric: true, title: "Findings not suppressed" },
    { label: "Suppressed", numeric: true },
  ];
  const rows = view.rules.map(
    ({ rule, findings, suppressed }) =>
      `<tr data-rule="${escapeHtml(rule.id)}"><td><code>${escapeHtml(rule.id)}</code></td><td>${escapeHtml(rule.title)}</td><td>${escapeHtml(rule.family)}</td>${levelCell(rule.level)}${num(findings)}${num(suppressed)}</tr>`,
  );
  return table("rules", columns, rows, "No rules with findings.", "Rules");
}

/** The finding's location cell: a link when it has a safe address, else the text. */
function locationCell(v: FindingView): string {
  const f = v.finding;
  const text = positionMarkup(f);
  const title = escapeHtml(`${clip(f.file)}, line ${f.line}, column ${f.column}`);
  const inner = v.link.href === undefined ? text : `<a href="${escapeHtml(v.link.href)}">${text}</a>`;
  return `<td class="file mono" data-sort="${escapeHtml(positionKey(f))}" title="${title}">${inner}</td>`;
}

/** Whether the findings table needs a state column: with a comparison, or with suppressed findings. */
function hasStateColumn(view: ReportView): boolean {
  return view.compared || view.findings.some((f) => f.state === "suppressed");
}

/** Every finding, suppressed ones marked (row class `suppressed`, state badge, justification). */
export function findingsTable(view: ReportView): string {
  const stateColumn = hasStateColumn(view);
  const columns: Column[] = [
    { label: "Repository" },
    { label: "Rule" },
    { label: "Level" },
    { label: "Location" },
    { label: "Resource" },
    { label: "Message" },
    ...(stateColumn ? [{ label: "State", title: view.compared ? "new: not in the previous report; open: in both" : "suppressed: accepted in the code or the configuration" }] : []),
  ];
  const rows = view.findings.slice(0, TABLE_ROW_LIMIT).map((v) => {
    const f = v.finding;
    const label = STATE_LABEL[v.state];
    const justification = f.suppressed ? `<div class="note">Suppressed${f.justification ? `: ${escapeHtml(clip(f.justification))}` : ""}</div>` : "";
    return [
      `<tr data-repository="${escapeHtml(v.repository.name)}" data-rule="${escapeHtml(f.ruleId)}" data-level="${f.level}" data-family="${escapeHtml(v.family)}" data-state="${v.state}"${f.suppressed ? ' class="suppressed"' : ""}>`,
      `<td>${escapeHtml(v.repository.name)}</td>`,
      `<td><code>${escapeHtml(f.ruleId)}</code></td>`,
      levelCell(f.level),
      locationCell(v),
      `<td class="resource mono">${escapeHtml(clip(f.resource))}</td>`,
      `<td class="message">${escapeHtml(clip(f.message))}${justification}</td>`,
      ...(stateColumn ? [`<td>${label ? `<span class="badge state-${v.state}">${label}</span>` : ""}</td>`] : []),
      "</tr>",
    ].join("");
  });
  return table("findings", columns, rows, "No findings.", "Findings", false, view.findings.length);
}

/** The previous report's findings that are gone; their locations are old, so they are not links. */
export function fixedTable(view: ReportView): string {
  const columns: Column[] = [{ label: "Repository" }, { label: "Rule" }, { label: "Level" }, { label: "Location (previous report)" }, { label: "Resource" }, { label: "Message" }];
  const rows = view.fixed.slice(0, TABLE_ROW_LIMIT).map(
    (f) =>
      `<tr data-repository="${escapeHtml(f.repository)}" data-rule="${escapeHtml(f.ruleId)}"><td>${escapeHtml(f.repository)}</td><td><code>${escapeHtml(f.ruleId)}</code></td>${levelCell(f.level)}` +
      `<td class="file mono" data-sort="${escapeHtml(positionKey(f))}">${positionMarkup(f)}</td><td class="resource mono">${escapeHtml(clip(f.resource))}</td><td class="message">${escapeHtml(clip(f.message))}</td></tr>`,
  );
  return table("fixed", columns, rows, "Nothing was fixed since the previous report.", "Fixed findings", true, view.fixed.length);
}
