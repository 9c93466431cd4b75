/**
 * The report's stylesheet: system fonts, plain tables, badges in the level colours (colours.ts),
 * and a print layout. Nothing is loaded from elsewhere (the page's CSP forbids it).
 */
import { CHANGE_COLOURS, LEVEL_COLOURS } from "./colours.js";

/** The text of the page's `<style>` element. */
export function stylesheet(): string {
  return `
:root {
  --error: ${LEVEL_COLOURS.error}; --warning: ${LEVEL_COLOURS.warning}; --note: ${LEVEL_COLOURS.note};
  --new: ${CHANGE_COLOURS.new}; --fixed: ${CHANGE_COLOURS.fixed}; --open: ${CHANGE_COLOURS.open};
  --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --band: #f6f8fa;
  color-scheme: light;
}
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: #fff; }
header, main, nav, footer { max-width: 1400px; margin: 0 auto; padding: 0 24px; }
header { padding-top: 20px; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
.meta, .hint, .note { color: var(--muted); margin: 4px 0; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
a { color: #0b5cad; }
nav { margin-top: 10px; }
nav a { margin-right: 14px; }
.totals { display: flex; flex-wrap: wrap; gap: 10px; margin: 14px 0 4px; padding: 0; }
.totals div { border: 1px solid var(--line); border-radius: 6px; padding: 6px 12px; min-width: 92px; background: var(--band); }
.totals dt { color: var(--muted); font-size: 12px; }
.totals dd { margin: 0; font-size: 22px; font-weight: 600; }
.totals .sub { font-size: 12px; font-weight: normal; color: var(--muted); }
.totals .total-error dd { color: var(--error); }
.totals .total-warning dd { color: #9a6700; }
.totals .total-note dd { color: var(--note); }
.totals .total-new dd { color: var(--new); }
.totals .total-fixed dd { color: var(--fixed); }
.alert { border-left: 4px solid var(--error); background: #fff5f5; padding: 6px 12px; margin: 10px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(440px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; }
figcaption { font-weight: 600; }
figcaption span { display: block; font-weight: normal; color: var(--muted); font-size: 12px; }
.chart-box { position: relative; margin-top: 8px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 13px; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--band); position: sticky; top: 0; white-space: nowrap; }
th button { font: inherit; font-weight: 600; border: 0; background: none; padding: 0; cursor: pointer; color: inherit; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort="ascending"] button::after { content: " \\2191"; color: var(--fg); }
th[aria-sort="descending"] button::after { content: " \\2193"; color: var(--fg); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #afb8c1; }
tbody tr:hover { background: #f6f8fa; }
td.message { min-width: 280px; overflow-wrap: anywhere; }
td.file { min-width: 14em; overflow-wrap: anywhere; }
td.resource { min-width: 10em; overflow-wrap: anywhere; }
td code { white-space: nowrap; }
td.commit { white-space: nowrap; }
.badge { display: inline-block; padding: 0 6px; border-radius: 10px; font-size: 12px; border: 1px solid; white-space: nowrap; }
.level-error { color: #a40e26; border-color: var(--error); background: #ffebe9; }
.level-warning { color: #7d4e00; border-color: var(--warning); background: #fff8c5; }
.level-note { color: #0a4a9e; border-color: var(--note); background: #ddf4ff; }
.state-new { color: #fff; border-color: var(--new); background: var(--new); }
.state-open { color: var(--muted); border-color: var(--open); }
.state-suppressed { color: var(--muted); border-color: var(--line); background: var(--band); }
.status-failed { color: #a40e26; border-color: var(--error); }
.status-cached { color: var(--muted); border-color: var(--line); }
.status-scanned { color: #1a7f37; border-color: var(--fixed); }
tr.suppressed td { color: var(--muted); }
.filters { display: flex; flex-wrap: wrap; gap: 8px 14px; align-items: end; margin: 8px 0 10px; padding: 10px; background: var(--band); border: 1px solid var(--line); border-radius: 6px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.filters input, .filters select { font: inherit; padding: 3px 6px; border: 1px solid var(--line); border-radius: 4px; background: #fff; max-width: 240px; }
.filters input[type="search"] { width: 260px; }
.count { font-weight: 600; margin-left: auto; align-self: center; }
footer { color: var(--muted); font-size: 12px; margin-top: 32px; padding-bottom: 24px; }
@media print {
  nav, .filters, th button::after { display: none; }
  .charts { display: block; }
  figure { break-inside: avoid; margin-bottom: 12px; }
  th { position: static; }
}
`;
}
