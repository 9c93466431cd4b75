import { createRequire } from 'node:module';
import { G as mergeRuns, I as summarize } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

// src/report/json.ts
function rangeJson(r) {
  return { start: { line: r.start.line, column: r.start.column }, end: { line: r.end.line, column: r.end.column } };
}
function findingJson(f) {
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
    suppression: f.suppression ? {
      kind: f.suppression.kind,
      justification: f.suppression.justification,
      expires: f.suppression.expires ?? null,
      file: f.suppression.file,
      line: f.suppression.line
    } : null
  };
}
function repositoryJson(run) {
  const parts = run.root.split(/[\\/]+/).filter(Boolean);
  return {
    name: parts[parts.length - 1] ?? ".",
    prefix: run.prefix ?? "",
    filesScanned: run.filesScanned,
    uri: run.provenance?.repositoryUri ?? null,
    commit: run.provenance?.revisionId ?? null,
    branch: run.provenance?.branch ?? null
  };
}
function toJson(runs, _rules, context) {
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
      ...runs.some((r) => r.baselined !== void 0) ? { baselined: runs.reduce((n, r) => n + (r.baselined ?? 0), 0) } : {}
    },
    repositories: runs.map(repositoryJson)
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

export { toJson };
