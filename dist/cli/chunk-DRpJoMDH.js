import { createRequire } from 'node:module';
import { m as LEVELS } from './core-Cp4Gwmxr.js';

const require$1 = createRequire(import.meta.url);

// src/report/documents.ts
var ReportDocumentError = class extends Error {
  name = "ReportDocumentError";
};
function familyOf(ruleId) {
  const dash = ruleId.indexOf("-");
  return dash > 0 ? ruleId.slice(0, dash) : ruleId;
}
function sweepFinding(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    resource: f.resource,
    fingerprint: f.fingerprint,
    suppressed: f.suppression !== void 0,
    ...f.suppression ? { justification: f.suppression.justification } : {}
  };
}
function baseName(folder) {
  const parts = folder.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? ".";
}
function uniqueNames(items) {
  const seen = /* @__PURE__ */ new Map();
  return items.map((item) => {
    const n = (seen.get(item.name) ?? 0) + 1;
    seen.set(item.name, n);
    return n === 1 ? item : { ...item, name: `${item.name}~${n}` };
  });
}
function summarizeRepositories(repositories) {
  const s = { repositories: repositories.length, scanned: 0, cached: 0, failed: 0, filesScanned: 0, findings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const r of repositories) {
    s[r.status]++;
    s.filesScanned += r.filesScanned;
    for (const f of r.findings) {
      if (f.suppressed) s.suppressed++;
      else {
        s.findings++;
        if (f.level === "error") s.errors++;
        else if (f.level === "warning") s.warnings++;
        else s.notes++;
      }
    }
  }
  return s;
}
function rulesOf(repositories, known) {
  const byId = new Map(known.map((r) => [r.id, r]));
  const out = /* @__PURE__ */ new Map();
  for (const r of repositories) {
    for (const f of r.findings) {
      if (out.has(f.ruleId)) continue;
      out.set(f.ruleId, byId.get(f.ruleId) ?? { id: f.ruleId, title: f.ruleId, level: f.level, family: familyOf(f.ruleId) });
    }
  }
  return [...out.values()].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function sweepRules(rules) {
  return rules.map((r) => ({ id: r.id, title: r.title, level: r.level, family: familyOf(r.id), ...r.helpUri ? { helpUri: r.helpUri } : {} }));
}
function sweepDocument(tool, createdAt, repositories, rules) {
  const repos = uniqueNames(repositories);
  return { kind: "driftless-sweep", schemaVersion: 1, tool, createdAt, repositories: repos, rules: rulesOf(repos, rules), summary: summarizeRepositories(repos) };
}
function documentFromRuns(runs, rules, tool, createdAt) {
  const repositories = runs.map((run) => {
    const path = (run.prefix ?? "").replace(/\/$/, "") || ".";
    return {
      name: baseName(run.root),
      path,
      status: "scanned",
      ...run.provenance?.revisionId ? { commit: run.provenance.revisionId } : {},
      ...run.provenance?.branch ? { branch: run.provenance.branch } : {},
      ...run.provenance?.repositoryUri ? { remoteUrl: run.provenance.repositoryUri } : {},
      filesScanned: run.filesScanned,
      findings: run.findings.map(sweepFinding)
    };
  });
  return sweepDocument(tool, createdAt, repositories, sweepRules(rules));
}
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseReportDocument(text, shownAs, modifiedAt) {
  let doc;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 65279 ? text.slice(1) : text);
  } catch (error) {
    throw new ReportDocumentError(`${shownAs}: not JSON (${error.message}); give a report written by driftless scan --format json or driftless sweep (sweep.json)`);
  }
  if (!isObject(doc)) throw new ReportDocumentError(`${shownAs}: not a driftless JSON report (expected an object with "findings", or a sweep's sweep.json)`);
  if (doc.kind === "driftless-sweep") return checkedSweep(doc, shownAs);
  if (!Array.isArray(doc.findings) || !isObject(doc.summary)) {
    throw new ReportDocumentError(`${shownAs}: not a driftless JSON report (no "findings" list and "summary"); give a report written by driftless scan --format json or driftless sweep (sweep.json)`);
  }
  return fromScanJson(doc, shownAs, modifiedAt ?? (/* @__PURE__ */ new Date(0)).toISOString());
}
function checkedSweep(doc, shownAs) {
  if (doc.schemaVersion !== 1) throw new ReportDocumentError(`${shownAs}: sweep document schemaVersion ${JSON.stringify(doc.schemaVersion)} is not one this driftless reads (1); rerun the sweep with this version`);
  if (!Array.isArray(doc.repositories)) throw new ReportDocumentError(`${shownAs}: sweep document without a "repositories" list`);
  const repositories = doc.repositories.map((r, i) => {
    if (!isObject(r) || typeof r.name !== "string" || r.name === "" || !Array.isArray(r.findings) || !["scanned", "cached", "failed"].includes(r.status)) {
      throw new ReportDocumentError(`${shownAs}: repositories[${i}] needs "name", "status" (scanned, cached or failed) and "findings"`);
    }
    const text = (key) => typeof r[key] === "string" && r[key] !== "" ? { [key]: r[key] } : {};
    const reports = isObject(r.reports) ? { ...typeof r.reports.sarif === "string" ? { sarif: r.reports.sarif } : {}, ...typeof r.reports.json === "string" ? { json: r.reports.json } : {} } : void 0;
    return {
      name: r.name,
      path: typeof r.path === "string" ? r.path : ".",
      ...text("root"),
      status: r.status,
      ...text("reason"),
      ...text("commit"),
      ...text("branch"),
      ...text("remoteUrl"),
      filesScanned: typeof r.filesScanned === "number" && r.filesScanned >= 0 ? r.filesScanned : 0,
      ...reports ? { reports } : {},
      ...typeof r.durationMs === "number" ? { durationMs: r.durationMs } : {},
      findings: r.findings.map((f, j) => readFinding(f, `${shownAs}: repositories[${i}].findings[${j}]`))
    };
  });
  const rules = (Array.isArray(doc.rules) ? doc.rules : []).filter(
    (r) => isObject(r) && typeof r.id === "string" && LEVELS.includes(r.level)
  ).map((r) => ({
    id: r.id,
    title: typeof r.title === "string" ? r.title : r.id,
    level: r.level,
    family: typeof r.family === "string" ? r.family : familyOf(r.id),
    ...typeof r.helpUri === "string" ? { helpUri: r.helpUri } : {}
  }));
  const createdAt = typeof doc.createdAt === "string" && !Number.isNaN(Date.parse(doc.createdAt)) ? doc.createdAt : void 0;
  if (createdAt === void 0) throw new ReportDocumentError(`${shownAs}: sweep document without a "createdAt" time (ISO 8601)`);
  return sweepDocument(typeof doc.tool === "string" ? doc.tool : "driftless", createdAt, repositories, rules);
}
function readFinding(f, where) {
  if (!isObject(f) || typeof f.ruleId !== "string" || typeof f.file !== "string" || typeof f.fingerprint !== "string" || !LEVELS.includes(f.level) || !isPosition(f.line)) {
    throw new ReportDocumentError(`${where} needs "ruleId", "level" (error, warning or note), "file", "line" (a whole number from 1) and "fingerprint"`);
  }
  for (const key of ["message", "resource", "justification"]) {
    if (f[key] !== void 0 && f[key] !== null && typeof f[key] !== "string") throw new ReportDocumentError(`${where}: "${key}" must be text, not ${JSON.stringify(f[key]).slice(0, 40)}`);
  }
  const suppressed = f.suppressed === true;
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: typeof f.message === "string" ? f.message : "",
    file: f.file,
    line: f.line,
    column: isPosition(f.column) ? f.column : 1,
    resource: typeof f.resource === "string" ? f.resource : "",
    fingerprint: f.fingerprint,
    suppressed,
    ...suppressed && typeof f.justification === "string" ? { justification: f.justification } : {}
  };
}
function isPosition(n) {
  return typeof n === "number" && Number.isInteger(n) && n >= 1;
}
function fromScanJson(doc, shownAs, createdAt) {
  const findings = doc.findings.map((f, i) => {
    const where = `${shownAs}: findings[${i}]`;
    if (!isObject(f) || !isObject(f.range) || !isObject(f.range.start)) throw new ReportDocumentError(`${where} needs "range" with "start"`);
    const start = f.range.start;
    const suppression = isObject(f.suppression) ? f.suppression : void 0;
    return readFinding({ ...f, line: start.line, column: start.column, suppressed: suppression !== void 0, justification: suppression?.justification }, where);
  });
  const fileName = baseName(shownAs).replace(/\.json$/i, "").replace(/\.driftless$/i, "") || "repository";
  const entries = Array.isArray(doc.repositories) ? doc.repositories.filter(isObject) : [];
  if (entries.length === 0) {
    const filesScanned = typeof doc.filesScanned === "number" ? doc.filesScanned : 0;
    return sweepDocument(String(doc.version ?? "driftless"), createdAt, [{ name: fileName, path: ".", status: "scanned", filesScanned, findings }], []);
  }
  const prefixes = entries.map((e) => typeof e.prefix === "string" ? e.prefix : "");
  const repositories = entries.map((e, i) => {
    const prefix = prefixes[i];
    const own = findings.filter((f) => f.file.startsWith(prefix) && !prefixes.some((p) => p.length > prefix.length && f.file.startsWith(p)));
    const name = typeof e.name === "string" && e.name && entries.length > 1 ? e.name : entries.length === 1 ? fileName : `${fileName}-${i + 1}`;
    return {
      name,
      path: prefix.replace(/\/$/, "") || ".",
      status: "scanned",
      ...typeof e.commit === "string" ? { commit: e.commit } : {},
      ...typeof e.branch === "string" ? { branch: e.branch } : {},
      ...typeof e.uri === "string" ? { remoteUrl: e.uri } : {},
      filesScanned: typeof e.filesScanned === "number" ? e.filesScanned : 0,
      findings: own.map((f) => ({ ...f, file: f.file.slice(prefix.length) }))
    };
  });
  return sweepDocument(String(doc.version ?? "driftless"), createdAt, repositories, []);
}
function mergeDocuments(docs, tool, createdAt) {
  return sweepDocument(
    tool,
    createdAt,
    docs.flatMap((d) => d.repositories),
    docs.flatMap((d) => d.rules)
  );
}
function sameRemote(a, b) {
  const plain = (url) => url.toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "");
  return plain(a) === plain(b);
}
function ownValue(record, key) {
  return record !== void 0 && Object.hasOwn(record, key) ? record[key] : void 0;
}
function counts(findings) {
  const m = /* @__PURE__ */ new Map();
  for (const f of findings) if (!f.suppressed) m.set(f.fingerprint, (m.get(f.fingerprint) ?? 0) + 1);
  return m;
}
function compareDocuments(current, previous) {
  const before = new Map(previous.repositories.map((r) => [r.name, r]));
  const [only, previousOnly] = [current.repositories[0], previous.repositories[0]];
  if (current.repositories.length === 1 && previous.repositories.length === 1 && only && previousOnly && (only.remoteUrl === void 0 || previousOnly.remoteUrl === void 0 || sameRemote(only.remoteUrl, previousOnly.remoteUrl))) {
    before.set(only.name, previousOnly);
  }
  const newFingerprints = /* @__PURE__ */ Object.create(null);
  const comparison = { previousCreatedAt: previous.createdAt, new: 0, fixed: 0, open: 0, repositories: [], fixedFindings: [], newFingerprints };
  const byPath = new Map(previous.repositories.filter((r) => !current.repositories.some((c) => c.name === r.name)).map((r) => [r.path, r]));
  for (const repo of current.repositories) {
    const old = before.get(repo.name) ?? byPath.get(repo.path);
    const row = { name: repo.name, new: 0, fixed: 0, open: 0 };
    if (repo.status === "failed") {
      comparison.repositories.push(row);
      continue;
    }
    const left = counts(old?.findings ?? []);
    const fresh = [];
    for (const f of repo.findings) {
      if (f.suppressed) continue;
      const n = left.get(f.fingerprint) ?? 0;
      if (n > 0) {
        left.set(f.fingerprint, n - 1);
        row.open++;
      } else {
        row.new++;
        fresh.push(f.fingerprint);
      }
    }
    if (old && old.status !== "failed") {
      for (const f of old.findings) {
        const n = left.get(f.fingerprint) ?? 0;
        if (f.suppressed || n === 0) continue;
        left.set(f.fingerprint, n - 1);
        row.fixed++;
        comparison.fixedFindings.push({ ...f, repository: repo.name });
      }
    }
    if (fresh.length > 0) comparison.newFingerprints[repo.name] = fresh;
    comparison.new += row.new;
    comparison.fixed += row.fixed;
    comparison.open += row.open;
    comparison.repositories.push(row);
  }
  return { ...current, comparison };
}

export { ReportDocumentError as R, sweepDocument as a, sweepFinding as b, compareDocuments as c, documentFromRuns as d, sweepRules as e, familyOf as f, mergeDocuments as m, ownValue as o, parseReportDocument as p, summarizeRepositories as s, uniqueNames as u };
