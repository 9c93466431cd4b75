/**
 * Sweep documents (src/model/sweep.ts): made from a scan's runs, read from JSON reports (a
 * scan's `--format json` or a sweep's aggregate), merged, and compared with a previous one.
 */
import type { Finding } from "../model/finding.js";
import { LEVELS, type Level } from "../model/finding.js";
import type { RuleMeta } from "../model/rule-meta.js";
import type { SweepComparison, SweepDocument, SweepFinding, SweepRepository, SweepRule, SweepSummary } from "../model/sweep.js";
import type { ReportRun } from "./context.js";

/** A JSON report that cannot be read as one; the message names the file and what is wrong. */
export class ReportDocumentError extends Error {
  override name = "ReportDocumentError";
}

/** The catalog family of a rule id: its prefix before the first `-` (`PIN-005` → `PIN`). */
export function familyOf(ruleId: string): string {
  const dash = ruleId.indexOf("-");
  return dash > 0 ? ruleId.slice(0, dash) : ruleId;
}

/** A finding as a sweep document holds it. */
export function sweepFinding(f: Finding): SweepFinding {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.file,
    line: f.range.start.line,
    column: f.range.start.column,
    resource: f.resource,
    fingerprint: f.fingerprint,
    suppressed: f.suppression !== undefined,
    ...(f.suppression ? { justification: f.suppression.justification } : {}),
  };
}

/** The last path segment of a folder (`/src/acme/infra/` → `infra`), `.` for none. */
function baseName(folder: string): string {
  const parts = folder.split(/[\\/]+/).filter(Boolean);
  return parts[parts.length - 1] ?? ".";
}

/** Names made unique in order: a repeat gets `~2`, `~3`, … */
export function uniqueNames<T extends { name: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.name) ?? 0) + 1;
    seen.set(item.name, n);
    return n === 1 ? item : { ...item, name: `${item.name}~${n}` };
  });
}

/** Totals over the repositories (suppressed findings count only in `suppressed`). */
export function summarizeRepositories(repositories: readonly SweepRepository[]): SweepSummary {
  const s: SweepSummary = { repositories: repositories.length, scanned: 0, cached: 0, failed: 0, filesScanned: 0, findings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
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

/** Rules of every finding, from the metadata given (else a bare entry), in id order. */
function rulesOf(repositories: readonly SweepRepository[], known: readonly SweepRule[]): SweepRule[] {
  const byId = new Map(known.map((r) => [r.id, r]));
  const out = new Map<string, SweepRule>();
  for (const r of repositories) {
    for (const f of r.findings) {
      if (out.has(f.ruleId)) continue;
      out.set(f.ruleId, byId.get(f.ruleId) ?? { id: f.ruleId, title: f.ruleId, level: f.level, family: familyOf(f.ruleId) });
    }
  }
  return [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rule metadata as a sweep document holds it. */
export function sweepRules(rules: readonly RuleMeta[]): SweepRule[] {
  return rules.map((r) => ({ id: r.id, title: r.title, level: r.level, family: familyOf(r.id), ...(r.helpUri ? { helpUri: r.helpUri } : {}) }));
}

/** A document over repositories, with its rules and summary made from them. */
export function sweepDocument(tool: string, createdAt: string, repositories: SweepRepository[], rules: readonly SweepRule[]): SweepDocument {
  const repos = uniqueNames(repositories);
  return { kind: "driftless-sweep", schemaVersion: 1, tool, createdAt, repositories: repos, rules: rulesOf(repos, rules), summary: summarizeRepositories(repos) };
}

/**
 * One scan's runs as a document: a repository per root, named after its folder, its path the
 * root relative to the working directory as the run's prefix shows it (`.` for a single root).
 */
export function documentFromRuns(runs: readonly ReportRun[], rules: readonly RuleMeta[], tool: string, createdAt: string): SweepDocument {
  const repositories = runs.map((run): SweepRepository => {
    const path = (run.prefix ?? "").replace(/\/$/, "") || ".";
    return {
      name: baseName(run.root),
      path,
      status: "scanned",
      ...(run.provenance?.revisionId ? { commit: run.provenance.revisionId } : {}),
      ...(run.provenance?.branch ? { branch: run.provenance.branch } : {}),
      ...(run.provenance?.repositoryUri ? { remoteUrl: run.provenance.repositoryUri } : {}),
      filesScanned: run.filesScanned,
      findings: run.findings.map(sweepFinding),
    };
  });
  return sweepDocument(tool, createdAt, repositories, sweepRules(rules));
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Reads a JSON report: a sweep's aggregate (`kind: "driftless-sweep"`) or a scan's `--format json`
 * output, whose repositories are named by its `repositories` entries or, for reports written
 * before them, by the file's name (`acme-infra.json` → `acme-infra`).
 * @param shownAs the file as the user named it, for messages and the fallback name
 * @param modifiedAt the file's modification time (ISO 8601), the time of a scan's report, which
 *   records none (a sweep document has its `createdAt`); the epoch when not given
 * @throws ReportDocumentError naming the file and what is missing
 */
export function parseReportDocument(text: string, shownAs: string, modifiedAt?: string): SweepDocument {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ReportDocumentError(`${shownAs}: not JSON (${(error as Error).message}); give a report written by driftless scan --format json or driftless sweep (sweep.json)`);
  }
  if (!isObject(doc)) throw new ReportDocumentError(`${shownAs}: not a driftless JSON report (expected an object with "findings", or a sweep's sweep.json)`);
  if (doc.kind === "driftless-sweep") return checkedSweep(doc, shownAs);
  if (!Array.isArray(doc.findings) || !isObject(doc.summary)) {
    throw new ReportDocumentError(`${shownAs}: not a driftless JSON report (no "findings" list and "summary"); give a report written by driftless scan --format json or driftless sweep (sweep.json)`);
  }
  return fromScanJson(doc, shownAs, modifiedAt ?? new Date(0).toISOString());
}

/**
 * A sweep document read back, checked and rebuilt from its parts: every field the report reads
 * is of its type (optional text left out when it is not text, a missing message or resource
 * read as empty, a missing column as 1), and the rules and summary are made again from the
 * repositories, so a hand-edited file cannot disagree with itself.
 */
function checkedSweep(doc: Json, shownAs: string): SweepDocument {
  if (doc.schemaVersion !== 1) throw new ReportDocumentError(`${shownAs}: sweep document schemaVersion ${JSON.stringify(doc.schemaVersion)} is not one this driftless reads (1); rerun the sweep with this version`);
  if (!Array.isArray(doc.repositories)) throw new ReportDocumentError(`${shownAs}: sweep document without a "repositories" list`);
  const repositories = doc.repositories.map((r, i): SweepRepository => {
    if (!isObject(r) || typeof r.name !== "string" || r.name === "" || !Array.isArray(r.findings) || !["scanned", "cached", "failed"].includes(r.status as string)) {
      throw new ReportDocumentError(`${shownAs}: repositories[${i}] needs "name", "status" (scanned, cached or failed) and "findings"`);
    }
    const text = (key: string): { [k: string]: string } => (typeof r[key] === "string" && r[key] !== "" ? { [key]: r[key] } : {});
    const reports = isObject(r.reports) ? { ...(typeof r.reports.sarif === "string" ? { sarif: r.reports.sarif } : {}), ...(typeof r.reports.json === "string" ? { json: r.reports.json } : {}) } : undefined;
    return {
      name: r.name,
      path: typeof r.path === "string" ? r.path : ".",
      ...text("root"),
      status: r.status as SweepRepository["status"],
      ...text("reason"),
      ...text("commit"),
      ...text("branch"),
      ...text("remoteUrl"),
      filesScanned: typeof r.filesScanned === "number" && r.filesScanned >= 0 ? r.filesScanned : 0,
      ...(reports ? { reports } : {}),
      ...(typeof r.durationMs === "number" ? { durationMs: r.durationMs } : {}),
      findings: (r.findings as unknown[]).map((f, j) => readFinding(f, `${shownAs}: repositories[${i}].findings[${j}]`)),
    };
  });
  const rules = (Array.isArray(doc.rules) ? doc.rules : []).filter(
    (r): r is Json => isObject(r) && typeof r.id === "string" && LEVELS.includes(r.level as Level),
  ).map((r): SweepRule => ({
    id: r.id as string,
    title: typeof r.title === "string" ? r.title : (r.id as string),
    level: r.level as Level,
    family: typeof r.family === "string" ? r.family : familyOf(r.id as string),
    ...(typeof r.helpUri === "string" ? { helpUri: r.helpUri } : {}),
  }));
  const createdAt = typeof doc.createdAt === "string" && !Number.isNaN(Date.parse(doc.createdAt)) ? doc.createdAt : undefined;
  if (createdAt === undefined) throw new ReportDocumentError(`${shownAs}: sweep document without a "createdAt" time (ISO 8601)`);
  return sweepDocument(typeof doc.tool === "string" ? doc.tool : "driftless", createdAt, repositories, rules);
}

/** A finding of a sweep document or a scan's JSON report, with its optional parts filled in. */
function readFinding(f: unknown, where: string): SweepFinding {
  if (!isObject(f) || typeof f.ruleId !== "string" || typeof f.file !== "string" || typeof f.fingerprint !== "string" || !LEVELS.includes(f.level as Level) || !isPosition(f.line)) {
    throw new ReportDocumentError(`${where} needs "ruleId", "level" (error, warning or note), "file", "line" (a whole number from 1) and "fingerprint"`);
  }
  for (const key of ["message", "resource", "justification"] as const) {
    if (f[key] !== undefined && f[key] !== null && typeof f[key] !== "string") throw new ReportDocumentError(`${where}: "${key}" must be text, not ${JSON.stringify(f[key]).slice(0, 40)}`);
  }
  const suppressed = f.suppressed === true;
  return {
    ruleId: f.ruleId,
    level: f.level as Level,
    message: typeof f.message === "string" ? f.message : "",
    file: f.file,
    line: f.line,
    column: isPosition(f.column) ? f.column : 1,
    resource: typeof f.resource === "string" ? f.resource : "",
    fingerprint: f.fingerprint,
    suppressed,
    ...(suppressed && typeof f.justification === "string" ? { justification: f.justification } : {}),
  };
}

function isPosition(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= 1;
}

function fromScanJson(doc: Json, shownAs: string, createdAt: string): SweepDocument {
  const findings = (doc.findings as unknown[]).map((f, i): SweepFinding => {
    const where = `${shownAs}: findings[${i}]`;
    if (!isObject(f) || !isObject(f.range) || !isObject(f.range.start)) throw new ReportDocumentError(`${where} needs "range" with "start"`);
    const start = f.range.start as Json;
    const suppression = isObject(f.suppression) ? f.suppression : undefined;
    return readFinding({ ...f, line: start.line, column: start.column, suppressed: suppression !== undefined, justification: suppression?.justification }, where);
  });
  const fileName = baseName(shownAs).replace(/\.json$/i, "").replace(/\.driftless$/i, "") || "repository";
  const entries = Array.isArray(doc.repositories) ? doc.repositories.filter(isObject) : [];
  if (entries.length === 0) {
    const filesScanned = typeof doc.filesScanned === "number" ? doc.filesScanned : 0;
    return sweepDocument(String(doc.version ?? "driftless"), createdAt, [{ name: fileName, path: ".", status: "scanned", filesScanned, findings }], []);
  }
  // Several roots: each finding's path starts with its root's prefix (the longest that matches).
  const prefixes = entries.map((e) => (typeof e.prefix === "string" ? e.prefix : ""));
  const repositories = entries.map((e, i): SweepRepository => {
    const prefix = prefixes[i]!;
    const own = findings.filter((f) => f.file.startsWith(prefix) && !prefixes.some((p) => p.length > prefix.length && f.file.startsWith(p)));
    const name = typeof e.name === "string" && e.name && entries.length > 1 ? e.name : entries.length === 1 ? fileName : `${fileName}-${i + 1}`;
    return {
      name,
      path: prefix.replace(/\/$/, "") || ".",
      status: "scanned",
      ...(typeof e.commit === "string" ? { commit: e.commit } : {}),
      ...(typeof e.branch === "string" ? { branch: e.branch } : {}),
      ...(typeof e.uri === "string" ? { remoteUrl: e.uri } : {}),
      filesScanned: typeof e.filesScanned === "number" ? e.filesScanned : 0,
      findings: own.map((f) => ({ ...f, file: f.file.slice(prefix.length) })),
    };
  });
  return sweepDocument(String(doc.version ?? "driftless"), createdAt, repositories, []);
}

/** Documents side by side as one (repository names made unique; rules from all of them). */
export function mergeDocuments(docs: readonly SweepDocument[], tool: string, createdAt: string): SweepDocument {
  return sweepDocument(
    tool,
    createdAt,
    docs.flatMap((d) => d.repositories),
    docs.flatMap((d) => d.rules),
  );
}

/** Whether two remotes' web addresses name one repository (case and a `.git` ending aside). */
function sameRemote(a: string, b: string): boolean {
  const plain = (url: string): string => url.toLowerCase().replace(/\/+$/, "").replace(/\.git$/, "");
  return plain(a) === plain(b);
}

/**
 * `record[key]` when the record itself has that key: keys that are repository names may be
 * `constructor` or `toString`, which a plain lookup finds on Object.prototype.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Counts of each fingerprint among the findings that are not suppressed. */
function counts(findings: readonly SweepFinding[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const f of findings) if (!f.suppressed) m.set(f.fingerprint, (m.get(f.fingerprint) ?? 0) + 1);
  return m;
}

/**
 * `current` with its comparison against `previous` (see SweepComparison for the rules).
 * Repositories are matched by name, else by path (a previous repository of another name that
 * no current one has), and a report of one repository is compared with a previous report of
 * one repository whatever their names, unless their remotes differ.
 */
export function compareDocuments(current: SweepDocument, previous: SweepDocument): SweepDocument {
  const before = new Map(previous.repositories.map((r) => [r.name, r]));
  // One repository against one: the same, whatever each report was named after (a scan's JSON
  // report takes its file's name, a scan's HTML report its folder's), unless their remotes say
  // they are different repositories.
  const [only, previousOnly] = [current.repositories[0], previous.repositories[0]];
  if (current.repositories.length === 1 && previous.repositories.length === 1 && only && previousOnly && (only.remoteUrl === undefined || previousOnly.remoteUrl === undefined || sameRemote(only.remoteUrl, previousOnly.remoteUrl))) {
    before.set(only.name, previousOnly);
  }
  // Keys are repository names, which may be `constructor` or `__proto__`: no prototype.
  const newFingerprints: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const comparison: SweepComparison = { previousCreatedAt: previous.createdAt, new: 0, fixed: 0, open: 0, repositories: [], fixedFindings: [], newFingerprints };
  // A repository whose name changed (a second folder of the same name made both longer) is
  // still the one at the same path.
  const byPath = new Map(previous.repositories.filter((r) => !current.repositories.some((c) => c.name === r.name)).map((r) => [r.path, r]));
  for (const repo of current.repositories) {
    const old = before.get(repo.name) ?? byPath.get(repo.path);
    const row = { name: repo.name, new: 0, fixed: 0, open: 0 };
    if (repo.status === "failed") {
      comparison.repositories.push(row);
      continue;
    }
    const left = counts(old?.findings ?? []);
    const fresh: string[] = [];
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
