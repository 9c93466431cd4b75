import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding } from "../model/finding.js";
import { levelRank } from "../model/finding.js";

/** A problem that is not a finding (e.g. output truncated), for SARIF tool notifications. */
export interface ToolNotification {
  level: "error" | "warning" | "note";
  message: string;
}

/** What reporters need to know about the run besides findings and rules. */
export interface ReportContext {
  /** Absolute repository root; finding paths are relative to it. */
  root: string;
  toolVersion: string;
  filesScanned: number;
  /** Include suppressed findings (SARIF: with `suppressions`). Default false. */
  includeSuppressed?: boolean;
  /** Non-finding problems to report as tool execution notifications. */
  notifications?: ToolNotification[];
  /** ANSI colours in text output (the CLI decides: TTY and no NO_COLOR). */
  color?: boolean;
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
