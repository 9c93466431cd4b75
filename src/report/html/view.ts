/**
 * What the HTML report shows, worked out once from a sweep document: per repository and per rule
 * counts, each finding's family, link and state against a previous report, in the order the
 * tables list them. The markup and the charts read this and compute nothing of their own, so the
 * tables and the charts cannot disagree.
 */
import type { Level } from "../../model/finding.js";
import { levelRank } from "../../model/finding.js";
import type { SweepDocument, SweepFinding, SweepRepository, SweepRule } from "../../model/sweep.js";
import { familyOf, ownValue } from "../documents.js";
import { FAMILIES } from "../markdown.js";
import { findingLink, type FindingLink, type LinkOptions } from "./links.js";

/**
 * A finding's state: `new` or `open` (still there) against a previous report, `active` when there
 * is no comparison, `suppressed` either way (suppressed findings take no part in a comparison).
 */
export type FindingState = "new" | "open" | "active" | "suppressed";

/** A finding as its table row shows it. */
export interface FindingView {
  repository: SweepRepository;
  finding: SweepFinding;
  family: string;
  state: FindingState;
  link: FindingLink;
}

/** Counts of a repository's findings; suppressed ones count only in `suppressed`. */
export interface Counts {
  findings: number;
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
}

/** A repository with its counts and, when compared, its new, fixed and still open findings. */
export interface RepositoryView {
  repository: SweepRepository;
  counts: Counts;
  change?: { new: number; fixed: number; open: number };
}

/** A rule with how many findings (not suppressed) and suppressed findings it has. */
export interface RuleView {
  rule: SweepRule;
  findings: number;
  suppressed: number;
}

/** Everything the page shows (see the module comment). */
export interface ReportView {
  document: SweepDocument;
  compared: boolean;
  repositories: RepositoryView[];
  /** In id order, as the document lists them. */
  rules: RuleView[];
  /** Families of the rules, the catalog's first (markdown.ts FAMILIES), then others alphabetically. */
  families: string[];
  /** Most severe first, then by repository (document order), file, line, column and rule. */
  findings: FindingView[];
  /** The previous report's findings that are gone, ordered as `findings`. */
  fixed: (SweepFinding & { repository: string })[];
  /** How many finding links the link template made (the others are plain links or none). */
  templatedLinks: number;
  /** Links of findings that have no safe address (shown as text). */
  unlinked: number;
}

const LEVEL_KEY: Readonly<Record<Level, keyof Counts>> = { error: "errors", warning: "warnings", note: "notes" };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts over findings, suppressed ones only in `suppressed`. */
function countFindings(findings: readonly SweepFinding[]): Counts {
  const counts: Counts = { findings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else {
      counts.findings++;
      counts[LEVEL_KEY[f.level]]++;
    }
  }
  return counts;
}

/**
 * Each finding's state in one repository. The comparison lists the new findings' fingerprints as
 * a multiset; compareDocuments matched a fingerprint's earlier findings (in document order) with
 * the previous ones and called the rest new, so the last `k` of a fingerprint's findings are new.
 */
function states(repo: SweepRepository, doc: SweepDocument): FindingState[] {
  if (!doc.comparison) return repo.findings.map((f) => (f.suppressed ? "suppressed" : "active"));
  const newCount = new Map<string, number>();
  for (const fp of ownValue(doc.comparison.newFingerprints, repo.name) ?? []) newCount.set(fp, (newCount.get(fp) ?? 0) + 1);
  const total = new Map<string, number>();
  for (const f of repo.findings) if (!f.suppressed) total.set(f.fingerprint, (total.get(f.fingerprint) ?? 0) + 1);
  const seen = new Map<string, number>();
  return repo.findings.map((f) => {
    if (f.suppressed) return "suppressed";
    const index = seen.get(f.fingerprint) ?? 0;
    seen.set(f.fingerprint, index + 1);
    return index >= total.get(f.fingerprint)! - (newCount.get(f.fingerprint) ?? 0) ? "new" : "open";
  });
}

/** Findings' order: most severe first, then repository (by its index), file, line, column, rule. */
function byPosition(repoIndex: ReadonlyMap<string, number>) {
  return (a: { level: Level; repository: string; file: string; line: number; column: number; ruleId: string }, b: typeof a): number =>
    levelRank(b.level) - levelRank(a.level) ||
    (repoIndex.get(a.repository) ?? 0) - (repoIndex.get(b.repository) ?? 0) ||
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.ruleId, b.ruleId);
}

/** The page's view of a document; `options` decide the findings' links (see findingLink). */
export function reportView(doc: SweepDocument, options: LinkOptions): ReportView {
  const ruleById = new Map(doc.rules.map((r) => [r.id, r]));
  const repoIndex = new Map(doc.repositories.map((r, i) => [r.name, i]));
  const changeOf = new Map((doc.comparison?.repositories ?? []).map((r) => [r.name, r]));

  const repositories = doc.repositories.map((repository): RepositoryView => {
    const change = changeOf.get(repository.name);
    const view: RepositoryView = { repository, counts: countFindings(repository.findings) };
    if (doc.comparison) view.change = { new: change?.new ?? 0, fixed: change?.fixed ?? 0, open: change?.open ?? 0 };
    return view;
  });

  let templatedLinks = 0;
  let unlinked = 0;
  const findings: FindingView[] = [];
  for (const repository of doc.repositories) {
    const state = states(repository, doc);
    repository.findings.forEach((finding, i) => {
      const link = findingLink(repository, finding, options);
      if (link.templated) templatedLinks++;
      if (link.href === undefined) unlinked++;
      findings.push({ repository, finding, family: ruleById.get(finding.ruleId)?.family ?? familyOf(finding.ruleId), state: state[i]!, link });
    });
  }
  const order = byPosition(repoIndex);
  findings.sort((a, b) => order({ ...a.finding, repository: a.repository.name }, { ...b.finding, repository: b.repository.name }));

  const perRule = new Map<string, RuleView>(doc.rules.map((rule) => [rule.id, { rule, findings: 0, suppressed: 0 }]));
  for (const { finding } of findings) {
    let view = perRule.get(finding.ruleId);
    if (!view) {
      view = { rule: { id: finding.ruleId, title: finding.ruleId, level: finding.level, family: familyOf(finding.ruleId) }, findings: 0, suppressed: 0 };
      perRule.set(finding.ruleId, view);
    }
    if (finding.suppressed) view.suppressed++;
    else view.findings++;
  }
  const rules = [...perRule.values()].sort((a, b) => compareText(a.rule.id, b.rule.id));

  const present = new Set(rules.map((r) => r.rule.family));
  const families = [...FAMILIES.filter((f) => present.has(f)), ...[...present].filter((f) => !FAMILIES.includes(f)).sort(compareText)];

  const fixed = [...(doc.comparison?.fixedFindings ?? [])].sort(order);

  return { document: doc, compared: doc.comparison !== undefined, repositories, rules, families, findings, fixed, templatedLinks, unlinked };
}
