/**
 * The charts' figures, made on the server side from the report's view and handed to the page as
 * JSON: the browser script only draws them, so what a chart shows is decided (and tested) here.
 * Suppressed findings count in no chart; failed repositories appear in none (they have no findings).
 */
import { LEVELS } from "../../model/finding.js";
import { CHANGE_COLOURS, familyColours, LEVEL_COLOURS, TOTAL_COLOUR } from "./colours.js";
import type { RepositoryView, ReportView } from "./view.js";

/** One series of a bar chart: a colour for all bars, or one per bar. */
export interface ChartSeries {
  label: string;
  data: number[];
  colour: string | string[];
}

/** A bar chart as the browser script draws it. */
export interface ChartSpec {
  /** The canvas's id. */
  id: string;
  title: string;
  /** What the chart shows, for its caption and the canvas's accessible name. */
  description: string;
  /** The table holding the same figures, for the page without JavaScript: an element id. */
  table: string;
  labels: string[];
  /** Longer names of the labels, for tooltips (a rule's title). */
  tooltips?: string[];
  series: ChartSeries[];
  /** Bars along the y axis, labels on the left (long repository names stay readable). */
  horizontal: boolean;
  stacked: boolean;
}

/** At most this many repositories in a per-repository chart: those with the most findings. */
export const MAX_CHART_REPOSITORIES = 30;
/** Bars in the top rules and top repositories charts. */
export const TOP = 10;

const LEVEL_LABEL = { error: "Errors", warning: "Warnings", note: "Notes" } as const;

/**
 * The repositories a per-repository chart shows, in document order: all that were not failed, or
 * when there are more than MAX_CHART_REPOSITORIES the ones with the most findings (`weight`).
 */
function chartRepositories(view: ReportView, weight: (r: RepositoryView) => number): RepositoryView[] {
  const candidates = view.repositories.filter((r) => r.repository.status !== "failed");
  if (candidates.length <= MAX_CHART_REPOSITORIES) return candidates;
  const kept = new Set([...candidates].sort((a, b) => weight(b) - weight(a)).slice(0, MAX_CHART_REPOSITORIES));
  return candidates.filter((r) => kept.has(r));
}

/** "per repository", or which of them when the chart left some out. */
function repositoriesNote(shown: number, view: ReportView, what: string): string {
  const total = view.repositories.filter((r) => r.repository.status !== "failed").length;
  return shown < total ? `the ${shown} repositories with the most ${what} of ${total}` : "per repository";
}

/**
 * Whether the document has at most one repository with results (a scan of one root): charts
 * "per repository" would then be one bar, so they show the parts side by side instead.
 */
function singleRepository(view: ReportView): boolean {
  return view.repositories.filter((r) => r.repository.status !== "failed").length <= 1;
}

function byFamily(view: ReportView): ChartSpec {
  const repos = chartRepositories(view, (r) => r.counts.findings);
  const colours = familyColours(view.families);
  const counts = new Map<string, Map<string, number>>(repos.map((r) => [r.repository.name, new Map()]));
  for (const f of view.findings) {
    if (f.finding.suppressed) continue;
    const row = counts.get(f.repository.name);
    row?.set(f.family, (row.get(f.family) ?? 0) + 1);
  }
  if (singleRepository(view)) {
    const row = repos[0] ? counts.get(repos[0].repository.name)! : new Map<string, number>();
    return {
      id: "chart-family",
      title: "Findings by family",
      description: "Findings by rule family",
      table: "rules",
      labels: view.families,
      series: [{ label: "Findings", data: view.families.map((f) => row.get(f) ?? 0), colour: colours }],
      horizontal: true,
      stacked: false,
    };
  }
  return {
    id: "chart-family",
    title: "Findings by family",
    description: `Findings by rule family, ${repositoriesNote(repos.length, view, "findings")}`,
    table: "repositories",
    labels: repos.map((r) => r.repository.name),
    series: view.families.map((family, i) => ({ label: family, data: repos.map((r) => counts.get(r.repository.name)!.get(family) ?? 0), colour: colours[i]! })),
    horizontal: true,
    stacked: true,
  };
}

function byLevel(view: ReportView): ChartSpec {
  const repos = chartRepositories(view, (r) => r.counts.findings);
  const key = { error: "errors", warning: "warnings", note: "notes" } as const;
  if (singleRepository(view)) {
    const counts = repos[0]?.counts;
    return {
      id: "chart-level",
      title: "Findings by level",
      description: "Findings by level",
      table: "repositories",
      labels: LEVELS.map((level) => LEVEL_LABEL[level]),
      series: [{ label: "Findings", data: LEVELS.map((level) => counts?.[key[level]] ?? 0), colour: LEVELS.map((level) => LEVEL_COLOURS[level]) }],
      horizontal: true,
      stacked: false,
    };
  }
  return {
    id: "chart-level",
    title: "Findings by level",
    description: `Findings by level, ${repositoriesNote(repos.length, view, "findings")}`,
    table: "repositories",
    labels: repos.map((r) => r.repository.name),
    series: LEVELS.map((level) => ({ label: LEVEL_LABEL[level], data: repos.map((r) => r.counts[key[level]]), colour: LEVEL_COLOURS[level] })),
    horizontal: true,
    stacked: true,
  };
}

function topRules(view: ReportView): ChartSpec {
  const top = view.rules.filter((r) => r.findings > 0).sort((a, b) => b.findings - a.findings || (a.rule.id < b.rule.id ? -1 : 1)).slice(0, TOP);
  return {
    id: "chart-rules",
    title: "Top rules",
    description: `The rules with the most findings (up to ${TOP}), coloured by level`,
    table: "rules",
    labels: top.map((r) => r.rule.id),
    tooltips: top.map((r) => r.rule.title),
    series: [{ label: "Findings", data: top.map((r) => r.findings), colour: top.map((r) => LEVEL_COLOURS[r.rule.level]) }],
    horizontal: true,
    stacked: false,
  };
}

function topRepositories(view: ReportView): ChartSpec {
  const top = view.repositories
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.counts.findings > 0)
    .sort((a, b) => b.r.counts.findings - a.r.counts.findings || b.r.counts.errors - a.r.counts.errors || a.i - b.i)
    .slice(0, TOP)
    .map(({ r }) => r);
  return {
    id: "chart-repositories",
    title: "Top repositories",
    description: `The repositories with the most findings (up to ${TOP})`,
    table: "repositories",
    labels: top.map((r) => r.repository.name),
    series: [{ label: "Findings", data: top.map((r) => r.counts.findings), colour: TOTAL_COLOUR }],
    horizontal: true,
    stacked: false,
  };
}

/** Previous report against this one: what stayed, what went and what came. */
function changeTotal(view: ReportView): ChartSpec {
  const c = view.document.comparison!;
  return {
    id: "chart-change",
    title: "Since the previous report",
    description: "Findings of the previous report and of this one: still open, fixed and new",
    table: "repositories",
    labels: ["Previous report", "This report"],
    series: [
      { label: "Still open", data: [c.open, c.open], colour: CHANGE_COLOURS.open },
      { label: "Fixed", data: [c.fixed, 0], colour: CHANGE_COLOURS.fixed },
      { label: "New", data: [0, c.new], colour: CHANGE_COLOURS.new },
    ],
    horizontal: false,
    stacked: true,
  };
}

function changePerRepository(view: ReportView): ChartSpec {
  const size = (r: RepositoryView): number => (r.change ? r.change.new + r.change.fixed + r.change.open : 0);
  const repos = chartRepositories(view, size);
  return {
    id: "chart-change-repositories",
    title: "New, fixed and still open",
    description: `New, fixed and still open findings, ${repositoriesNote(repos.length, view, "changes")}`,
    table: "repositories",
    labels: repos.map((r) => r.repository.name),
    series: (["new", "fixed", "open"] as const).map((k) => ({ label: k === "open" ? "Still open" : k === "new" ? "New" : "Fixed", data: repos.map((r) => r.change?.[k] ?? 0), colour: CHANGE_COLOURS[k] })),
    horizontal: true,
    stacked: false,
  };
}

/**
 * The page's charts in the order shown: by family, by level, top rules, top repositories, and
 * when compared the change in total and per repository. With a single repository the
 * per-repository charts compare families and levels instead, and the top repositories and
 * per-repository change are left out (one bar each, repeating the others).
 */
export function chartSpecs(view: ReportView): ChartSpec[] {
  const several = !singleRepository(view);
  return [
    byFamily(view),
    byLevel(view),
    topRules(view),
    ...(several ? [topRepositories(view)] : []),
    ...(view.compared ? [changeTotal(view), ...(several ? [changePerRepository(view)] : [])] : []),
  ];
}
