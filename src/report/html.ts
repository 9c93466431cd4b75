/**
 * The HTML report (`--format html`): one self-contained page for a security team to read a scan or
 * a sweep of many repositories, offline. Totals, charts (Chart.js, inlined), and tables of
 * repositories, rules and findings rendered on the server side, so the page reads without
 * JavaScript; with it, the tables sort and the findings filter. Against a previous report it
 * shows what is new, fixed and still open.
 *
 * The parts live in html/: view.ts works out what is shown, charts.ts the charts' figures,
 * tables.ts and page.ts the markup, links.ts the findings' links, escape.ts the escaping.
 */
import type { RuleMeta } from "../model/rule-meta.js";
import type { SweepDocument } from "../model/sweep.js";
import type { ReportOptions, ReportRun } from "./context.js";
import { compareDocuments, documentFromRuns } from "./documents.js";
import { chartJsSource } from "./html/chart-source.js";
import { chartSpecs } from "./html/charts.js";
import { CLIENT_SCRIPT } from "./html/client.js";
import type { LinkOptions } from "./html/links.js";
import { renderPage } from "./html/page.js";
import { reportView } from "./html/view.js";

/**
 * The page for a sweep document (see SweepDocument; a comparison, when it has one, adds the new,
 * fixed and still open parts). Deterministic: the same document and options give the same bytes
 * (the time shown is the document's `createdAt`).
 * @param options `linkTemplate` and `linkBase` decide the findings' links (html/links.ts)
 * @throws InlineScriptError if Chart.js's source ever holds `</script` or `<!--`
 */
export function renderHtml(doc: SweepDocument, options: LinkOptions): string {
  const view = reportView(doc, options);
  return renderPage(view, {
    charts: chartSpecs(view),
    chartJs: chartJsSource(),
    client: CLIENT_SCRIPT,
    ...(options.linkTemplate !== undefined ? { linkTemplate: options.linkTemplate } : {}),
  });
}

/**
 * The HTML reporter: the runs as a sweep document (one repository per root, suppressed findings
 * included and marked), made at `options.createdAt` (the epoch when absent, so output never
 * depends on the clock), compared with `options.previous` when given.
 */
export function toHtml(runs: readonly ReportRun[], rules: readonly RuleMeta[], options: ReportOptions): string {
  const doc = documentFromRuns(runs, rules, `driftless ${options.toolVersion}`, options.createdAt ?? new Date(0).toISOString());
  const compared = options.previous ? compareDocuments(doc, options.previous) : doc;
  return renderHtml(compared, {
    ...(options.linkTemplate !== undefined ? { linkTemplate: options.linkTemplate } : {}),
    ...(options.linkBase !== undefined ? { linkBase: options.linkBase } : {}),
  });
}
