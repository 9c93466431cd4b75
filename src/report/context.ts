import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding } from "../model/finding.js";
import { levelRank } from "../model/finding.js";
import type { Range } from "../model/position.js";
import type { SweepDocument } from "../model/sweep.js";

/** A problem that is not a finding (e.g. output truncated), for SARIF tool notifications. */
export interface ToolNotification {
  level: "error" | "warning" | "note";
  message: string;
  /** The file it is about, relative to the run's root. */
  file?: string;
  range?: Range;
  /** The file was not analysed at all; `reason` says why (the text report lists these). */
  notScanned?: true;
  reason?: string;
}

/** Where a run's repository lives in version control (SARIF `versionControlProvenance`). */
export interface Provenance {
  /** The remote's URL (`https://github.com/acme/infra`), without credentials; absent without a network remote. */
  repositoryUri?: string;
  /** The commit scanned (40 hex digits). */
  revisionId?: string;
  /** The branch checked out (`refs/heads/main`). */
  branch?: string;
}

/**
 * One repository root's results. A scan of several repositories (`scan repoA repoB`) has one run
 * per root; each run's finding paths are relative to its own root.
 */
export interface ReportRun {
  /** Absolute repository root; finding paths are relative to it. */
  root: string;
  /**
   * How reports that list all runs together (text, JSON, markdown, JUnit) show this root's
   * paths: "" for a single root, else the root relative to the working directory with a
   * trailing slash (`../other-repo/`).
   */
  prefix?: string;
  findings: readonly Finding[];
  /** Files analysed under this root. */
  filesScanned: number;
  /** Non-finding problems (a file skipped or refused) as tool execution notifications. */
  notifications?: ToolNotification[];
  provenance?: Provenance;
  /** With a baseline: how many findings it held (left out of `findings`). */
  baselined?: number;
}

/** What reporters need to know about the whole invocation. */
export interface ReportOptions {
  toolVersion: string;
  /** Include suppressed findings (SARIF: with `suppressions`). Default false. */
  includeSuppressed?: boolean;
  /** ANSI colours in text output (the CLI decides). */
  color?: boolean;
  /** Text: only the findings, no summary line. */
  quiet?: boolean;
  /** SARIF `automationDetails.id` prefix (`--category`), so uploads of several analyses stay apart. */
  category?: string;
  /** HTML: when the report was made (ISO 8601 UTC); the CLI passes the time of the run. */
  createdAt?: string;
  /** HTML: a previous JSON report to compare with (`--compare`): new, fixed and still open findings. */
  previous?: SweepDocument;
  /**
   * HTML: each finding's link (`--link-template`), with `{repository}`, `{remote}`, `{commit}`,
   * `{branch}`, `{file}`, `{line}` and `{column}` replaced; a finding whose repository lacks a
   * value the template names gets the plain link instead.
   */
  linkTemplate?: string;
  /**
   * HTML: the plain links' start per repository name: the path from the report's folder to that
   * repository's root, with `/` and a trailing slash (`../infra/`); "" or absent: paths as they are.
   */
  linkBase?: Readonly<Record<string, string>>;
}

/**
 * All runs' findings in one list, paths shown with each run's prefix (for reports that list
 * everything together), and the total number of files scanned.
 */
export function mergeRuns(runs: readonly ReportRun[]): { findings: Finding[]; filesScanned: number } {
  const findings: Finding[] = [];
  let filesScanned = 0;
  for (const run of runs) {
    filesScanned += run.filesScanned;
    const prefix = run.prefix ?? "";
    for (const f of run.findings) {
      if (!prefix) {
        findings.push(f);
        continue;
      }
      findings.push({
        ...f,
        file: prefix + f.file,
        ...(f.related ? { related: f.related.map((r) => ({ ...r, file: prefix + r.file })) } : {}),
        ...(f.suppression ? { suppression: { ...f.suppression, file: prefix + f.suppression.file } } : {}),
      });
    }
  }
  return { findings, filesScanned };
}

/** The findings a report shows: suppressed ones only on request. */
export function visibleFindings(findings: readonly Finding[], includeSuppressed = false): Finding[] {
  return includeSuppressed ? [...findings] : findings.filter((f) => !f.suppression);
}

export interface Summary {
  findings: number;
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
}

export function summarize(findings: readonly Finding[]): Summary {
  const summary: Summary = { findings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) {
      summary.suppressed++;
      continue;
    }
    summary.findings++;
    if (finding.level === "error") summary.errors++;
    else if (finding.level === "warning") summary.warnings++;
    else summary.notes++;
  }
  return summary;
}

/**
 * Rule metadata for every rule id among the findings, plus the rules that ran, in a stable order.
 * The pipeline always passes the pack (IAC-000 included); a finding whose rule is missing still
 * gets a minimal descriptor so that SARIF stays valid.
 */
export function rulesForReport(findings: readonly Finding[], rules: readonly RuleMeta[]): RuleMeta[] {
  const byId = new Map<string, RuleMeta>();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  for (const finding of findings) {
    if (byId.has(finding.ruleId)) continue;
    byId.set(finding.ruleId, placeholderRule(finding));
  }
  return [...byId.values()];
}

function placeholderRule(finding: Finding): RuleMeta {
  return {
    id: finding.ruleId,
    title: finding.ruleId,
    level: finding.level,
    securitySeverity: "5.0",
    precision: "high",
    tags: [],
    formats: [],
    enabled: true,
    description: `Rule ${finding.ruleId}.`,
    remediation: "",
    examples: {},
    references: [],
    sourceFile: "(unknown)",
  };
}

export { levelRank };
