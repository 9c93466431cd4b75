/**
 * The suppression stage (after evaluation, before baselines): marks the findings that inline
 * suppressions and configured `ignore:` entries accept, and reports every suppression that is not
 * sound as a finding of IAC-001 at the suppression: no reason, an unknown rule ID, a bad
 * directive, an expiry in the past, or nothing to suppress. A suppression that is not sound (no
 * reason, malformed, expired) suppresses nothing.
 */
import type { Finding, Level, Suppression } from "../model/finding.js";
import type { Range } from "../model/position.js";
import type { Resource, SourceNode } from "../model/resource.js";
import { fingerprint } from "../engine/fingerprint.js";
import { ignoreMatcher, isExpired, type GlobMatcher, type IgnoreEntry } from "./ignore.js";
import type { InlineSuppression } from "./inline.js";

export const SUPPRESSION_RULE_ID = "IAC-001";

export interface SuppressOptions {
  /** Inline suppressions of the scanned files (none when inline suppressions are off). */
  inline: readonly InlineSuppression[];
  /** `ignore:` entries of the configuration, and its repository path (where IAC-001 points). */
  ignores: readonly IgnoreEntry[];
  /** Compiles the entries' `paths`: required when an entry has some. */
  glob?: GlobMatcher;
  configFile?: string;
  /** The scan's records: a suppression above a block covers the block, one above a module call what the call causes. */
  records: readonly Resource[];
  /** Every rule ID of the pack (enabled or not), and those that ran. */
  known: ReadonlySet<string>;
  ran: ReadonlySet<string>;
  /** YYYY-MM-DD. */
  today: string;
  /** The level of IAC-001 in this scan; undefined when it does not run (then nothing is reported). */
  level: Level | undefined;
  /** Files whose suppressions are judged (a scan of named files judges only theirs). */
  inScope?: (file: string) => boolean;
}

interface Scope {
  file: string;
  /** Findings starting on these lines of `file`. */
  fromLine: number;
  toLine: number;
  /** Findings whose resource is this address or below it (a module call, a CloudFormation resource). */
  resourcePrefix?: string;
  /** Findings caused elsewhere by a value written in these lines (a module argument). */
  viaRelated: boolean;
}

/** Returns the findings with `suppression` set where accepted, plus the IAC-001 findings. */
export function applySuppressions(findings: readonly Finding[], options: SuppressOptions): Finding[] {
  const out = findings.map((f) => f);
  const problems: Finding[] = [];
  const report = (file: string, line: number, column: number, key: string, message: string): void => {
    if (options.level === undefined) return;
    problems.push({
      ruleId: SUPPRESSION_RULE_ID,
      level: options.level,
      message,
      file,
      range: { start: { line, column }, end: { line, column: column + 1 } },
      resource: "",
      path: key,
      fingerprint: fingerprint(SUPPRESSION_RULE_ID, file, "", key),
    });
  };
  const suppress = (index: number, suppression: Suppression): void => {
    if (!out[index]!.suppression) out[index] = { ...out[index]!, suppression };
  };
  const byFile = recordsByFile(options.records);

  for (const s of options.inline) {
    if (options.inScope && !options.inScope(s.file)) continue;
    const where = `${s.file}:${s.line}`;
    const key = `inline:${s.target.kind === "resource" ? s.target.name : ""}:${s.ids.join(",")}:${s.reason}`;
    if (s.problem) {
      report(s.file, s.line, s.column, key, `Suppression at ${where} ${s.problem}.`);
      continue;
    }
    for (const id of s.ids.filter((x) => x === "IAC-000" || x === SUPPRESSION_RULE_ID)) {
      report(s.file, s.line, s.column, `${key}:own:${id}`, `Suppression at ${where} names ${id}, which cannot be suppressed: ${id === "IAC-000" ? "exclude a file driftless cannot read (--exclude or exclude: in .driftless.yaml)" : "fix or remove the suppression it reports"}.`);
    }
    const unknown = s.ids.filter((id) => !options.known.has(id));
    for (const id of unknown) report(s.file, s.line, s.column, `${key}:unknown:${id}`, `Suppression at ${where} names ${id}, which is not a rule ID (driftless rules lists them); it suppresses nothing for it.`);
    if (!s.reason) {
      const how = s.target.kind === "resource" ? "Add reason: to the Metadata.driftless.ignore entry" : `Say why after "--": driftless:ignore ${s.ids.join(",")} -- reason`;
      report(s.file, s.line, s.column, key, `Suppression of ${s.ids.join(", ")} at ${where} gives no reason, so it is not applied. ${how}.`);
      continue;
    }
    if (isExpired(s.expires, options.today)) {
      report(s.file, s.line, s.column, key, `Suppression of ${s.ids.join(", ")} at ${where} expired on ${s.expires}, so the findings it covered are reported again. Fix them, or renew the suppression with a new date and reason.`);
      continue;
    }
    const scope = scopeOf(s, byFile.get(s.file) ?? []);
    const ids = new Set(s.ids.filter((id) => id !== "IAC-000" && id !== SUPPRESSION_RULE_ID));
    const used = new Set<string>();
    findings.forEach((f, i) => {
      if (!ids.has(f.ruleId) || !inScope(f, scope)) return;
      used.add(f.ruleId);
      suppress(i, { kind: "inSource", justification: s.reason, ...(s.expires ? { expires: s.expires } : {}), file: s.file, line: s.line });
    });
    // Only rules that ran can be judged (not one left out by --rule or disabled).
    const unused = [...ids].filter((id) => options.ran.has(id) && !used.has(id));
    if (used.size === 0 && unused.length > 0 && unused.length === [...ids].filter((id) => options.known.has(id)).length) {
      report(s.file, s.line, s.column, `${key}:unused`, `Suppression of ${s.ids.join(", ")} at ${where} matches no finding here; remove it.`);
    } else {
      for (const id of unused) report(s.file, s.line, s.column, `${key}:unused:${id}`, `Suppression of ${s.ids.join(", ")} at ${where} suppresses nothing for ${id}; remove ${id} from it.`);
    }
  }

  if (options.configFile !== undefined) {
    const config = options.configFile;
    for (const entry of options.ignores) {
      const where = `${config}:${entry.line}`;
      const key = `ignore:${entry.index}:${(entry.rules ?? []).join(",")}:${entry.resource ?? ""}:${entry.fingerprint ?? ""}`;
      const name = `ignore[${entry.index}]${entry.rules ? ` (${entry.rules.join(", ")})` : ""}`;
      const unknown = (entry.rules ?? []).filter((id) => !options.known.has(id));
      for (const id of unknown) report(config, entry.line, 1, `${key}:unknown:${id}`, `${name} at ${where} names ${id}, which is not a rule ID (driftless rules lists them).`);
      if (!entry.reason.trim()) {
        report(config, entry.line, 1, key, `${name} at ${where} gives no reason, so it is not applied. Add reason: with why the findings are accepted.`);
        continue;
      }
      if (isExpired(entry.expires, options.today)) {
        report(config, entry.line, 1, key, `${name} at ${where} expired on ${entry.expires}, so the findings it covered are reported again. Fix them, or renew the entry with a new date and reason.`);
        continue;
      }
      const matches = ignoreMatcher(entry, options.glob);
      let matched = false;
      findings.forEach((f, i) => {
        if (f.ruleId === SUPPRESSION_RULE_ID || !matches(f)) return;
        matched = true;
        suppress(i, { kind: "external", justification: entry.reason.trim(), ...(entry.expires ? { expires: entry.expires } : {}), file: config, line: entry.line });
      });
      const rules = entry.rules ?? [];
      const judged = rules.length === 0 || rules.every((id) => options.ran.has(id) || !options.known.has(id));
      // A scan of some files (a pre-commit hook's staged ones) cannot tell whether an entry
      // matches elsewhere: only a whole scan judges entries as unused.
      if (!matched && judged && !options.inScope) {
        report(config, entry.line, 1, `${key}:unused`, `${name} at ${where} matches no finding; remove it.`);
      }
    }
  }
  return [...out, ...problems];
}

function inScope(f: Finding, scope: Scope): boolean {
  if (scope.resourcePrefix !== undefined) {
    const p = scope.resourcePrefix;
    if (f.resource === p || f.resource.startsWith(`${p}.`) || f.resource.startsWith(`${p}[`)) {
      // A CloudFormation resource's own findings are in its template; a module call's anywhere.
      if (f.file === scope.file || p.startsWith("module.") || p.includes(".module.")) return true;
    }
  }
  const within = (file: string, r: Range): boolean => file === scope.file && r.start.line >= scope.fromLine && r.start.line <= scope.toLine;
  if (within(f.file, f.range)) return true;
  // The finding is about an enclosing element (an ingress block) and the suppression sits on a
  // line inside it (its cidr_blocks): that element's finding is what the line causes.
  if (f.file === scope.file && f.range.start.line < scope.fromLine && f.range.end.line >= scope.toLine) return true;
  return scope.viaRelated && f.file !== scope.file && (f.related ?? []).some((r) => within(r.file, r.range));
}

function recordsByFile(records: readonly Resource[]): Map<string, Resource[]> {
  const map = new Map<string, Resource[]>();
  for (const r of records) {
    if (r.kind === "fact") continue;
    const list = map.get(r.file);
    if (list) list.push(r);
    else map.set(r.file, [r]);
  }
  return map;
}

/** What a suppression covers: see InlineSuppression.target. */
function scopeOf(s: InlineSuppression, records: readonly Resource[]): Scope {
  if (s.target.kind === "resource") {
    const name = s.target.name;
    const range = records.find((r) => r.name === name && r.kind === "resource")?.range;
    return { file: s.file, fromLine: range?.start.line ?? s.line, toLine: range?.end.line ?? s.line, resourcePrefix: name, viaRelated: false };
  }
  const line = s.target.line;
  if (!s.target.trailing) {
    // A block that starts on the line: the whole block (and, for a module call, what it causes).
    const block = records.find((r) => r.header.start.line === line || r.range.start.line === line);
    if (block) {
      const scope: Scope = { file: s.file, fromLine: block.range.start.line, toLine: block.range.end.line, viaRelated: true };
      if (block.kind === "module") scope.resourcePrefix = block.name;
      return scope;
    }
  }
  // An attribute or nested block that starts on the line: all of it.
  let end = line;
  for (const r of records) {
    const node = nodeStartingAt(r.source, line);
    if (node) end = Math.max(end, node.range!.end.line);
  }
  return { file: s.file, fromLine: line, toLine: end, viaRelated: true };
}

function nodeStartingAt(node: SourceNode | undefined, line: number, depth = 0): SourceNode | undefined {
  if (!node || depth > 64) return undefined;
  for (const child of Object.values(node.children ?? {})) {
    if (child.range && child.range.start.line === line) return child;
    if (child.range && (child.range.start.line > line || child.range.end.line < line)) continue;
    const inner = nodeStartingAt(child, line, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}
