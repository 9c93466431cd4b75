import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding } from "../model/finding.js";
import type { Range } from "../model/position.js";
import { mergeRuns, summarize, type ReportOptions, type ReportRun } from "./context.js";

function rangeJson(r: Range) {
  return { start: { line: r.start.line, column: r.start.column }, end: { line: r.end.line, column: r.end.column } };
}

/** One finding with a fixed key order, so output diffs cleanly between runs. */
function findingJson(f: Finding) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.file,
    range: rangeJson(f.range),
    resource: f.resource,
    path: f.path,
    fingerprint: f.fingerprint,
    unknownValue: f.unknownValue === true,
    related: (f.related ?? []).map((r) => ({ file: r.file, range: rangeJson(r.range), message: r.message })),
    suppression: f.suppression
      ? {
          kind: f.suppression.kind,
          justification: f.suppression.justification,
          expires: f.suppression.expires ?? null,
          file: f.suppression.file,
          line: f.suppression.line,
        }
      : null,
  };
}

/** Each root scanned: how its paths are prefixed, its folder's name, and where it lives in git. */
function repositoryJson(run: ReportRun) {
  const parts = run.root.split(/[\\/]+/).filter(Boolean);
  return {
    name: parts[parts.length - 1] ?? ".",
    prefix: run.prefix ?? "",
    filesScanned: run.filesScanned,
    uri: run.provenance?.repositoryUri ?? null,
    commit: run.provenance?.revisionId ?? null,
    branch: run.provenance?.branch ?? null,
  };
}

/**
 * Machine output: `{ version, filesScanned, findings, summary, repositories }`. All findings are included
 * (except those a baseline held: `summary.baselined` counts them when a baseline was given);
 * suppressed ones carry `suppression` and are not counted in the summary's totals. With several
 * repository roots, each finding's paths carry its root's prefix (relative to the working
 * directory); `repositories` lists the roots (`{ name, prefix, filesScanned, uri, commit, branch }`,
 * null where git tells nothing), so `driftless report merge` can tell them apart.
 */
export function toJson(runs: readonly ReportRun[], _rules: readonly RuleMeta[], context: ReportOptions): string {
  const { findings, filesScanned } = mergeRuns(runs);
  const s = summarize(findings);
  const doc = {
    version: context.toolVersion,
    filesScanned,
    findings: findings.map(findingJson),
    summary: {
      findings: s.findings,
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      suppressed: s.suppressed,
      // Only with a baseline: how many findings it held (they are not in `findings`).
      ...(runs.some((r) => r.baselined !== undefined) ? { baselined: runs.reduce((n, r) => n + (r.baselined ?? 0), 0) } : {}),
    },
    repositories: runs.map(repositoryJson),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
