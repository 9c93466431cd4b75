/**
 * The baseline stage (after suppression, before reporting): a file of accepted findings, so a
 * repository with a backlog can adopt driftless and fail only on what is new.
 *
 * An entry matches a finding on its key: the repository root (relative to the baseline file's
 * folder), the file, the fingerprint (rule + file + resource address, which names the module
 * instance, + attribute path; no line numbers) and the value digest (every value the rule looked
 * at: the offending value, the whole element, the values its conditions read). So a finding
 * stays matched when lines are inserted above it or another resource is renamed, and is new when
 * what it is about changes (a wider port range, another tag) or it moves to another file. Entries
 * count: two identical entries hold at most two current findings. Parse errors (IAC-000) and
 * suppression problems (IAC-001) are never held, and suppressed findings are never written:
 * those stay visible. Writing and updating touch only the entries of the files the scan
 * reports on; the other entries are kept as they are.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { parseTree, printParseErrorCode, type Node, type ParseError } from "jsonc-parser";
import { fingerprint, NO_VALUE_DIGEST } from "../engine/fingerprint.js";
import type { Finding } from "../model/finding.js";
import { SUPPRESSION_RULE_ID } from "./apply.js";

/**
 * The version of the file format this code reads and writes. 2: value digests cover everything
 * a rule looked at (1 covered the located value only), and `root` is relative to the baseline
 * file's folder whatever the number of roots scanned.
 */
export const BASELINE_VERSION = 2;
const TOOL = "driftless";
/** IAC-000 (a file that could not be parsed) and IAC-001 (a suppression problem) must stay visible. */
const NEVER_BASELINED = new Set(["IAC-000", SUPPRESSION_RULE_ID]);

/**
 * One accepted finding. `root`, `file`, `fingerprint` and `valueDigest` are the key; `ruleId`,
 * `resource`, `path` and `message` are for people reading the file in review.
 */
export interface BaselineEntry {
  /**
   * The finding's repository root relative to the baseline file's folder (`..`, `../repoB`,
   * forward slashes), so one repository's entry never holds another's finding and the key does
   * not depend on which roots a scan covers; absent (or `.` when read) for the baseline's own
   * folder, the usual case of a baseline at the repository root.
   */
  root?: string;
  /** Repository-relative path (forward slashes), as findings carry it. */
  file: string;
  ruleId: string;
  resource: string;
  path: string;
  /** `Finding.fingerprint` (32 hex digits; a `-N` suffix that tells duplicates apart is ignored when matching). */
  fingerprint: string;
  /** `Finding.valueDigest`: 16 hex digits, or `none`. */
  valueDigest: string;
  message: string;
}

/** A baseline file that is missing, unreadable, not a driftless baseline, or cannot be written. */
export class BaselineError extends Error {
  override name = "BaselineError";
  /**
   * @param foreign the file is not a driftless baseline at all (not JSON, no `"tool": "driftless"`):
   *   never overwritten
   * @param detail `FILE:LINE: what is wrong`, without the advice
   */
  constructor(
    message: string,
    readonly foreign = false,
    readonly detail = message,
  ) {
    super(message);
  }
}

/**
 * The `root` of the entries of the repository root `root` in the baseline file `file` (both
 * absolute): the root relative to the file's folder, forward slashes, "" for that folder.
 */
export function baselineRootKey(file: string, root: string): string {
  const rel = relative(dirname(file), root).split(sep).join("/");
  return rel === "." ? "" : rel;
}

/** True for the findings a baseline may hold: unsuppressed, and not IAC-000 or IAC-001. */
export function isBaselinable(finding: Finding): boolean {
  return !finding.suppression && !NEVER_BASELINED.has(finding.ruleId);
}

/** The entry that accepts `finding` of the repository root `root` (see `baselineRootKey`). */
export function baselineEntry(finding: Finding, root = ""): BaselineEntry {
  return {
    ...(root ? { root } : {}),
    file: finding.file,
    ruleId: finding.ruleId,
    resource: finding.resource,
    path: finding.path,
    fingerprint: finding.fingerprint,
    valueDigest: finding.valueDigest ?? NO_VALUE_DIGEST,
    message: finding.message,
  };
}

/**
 * What an entry and a finding must share. `dedupe` numbers findings that share a fingerprint
 * (`…-1`) in the order they were found, which another finding's fix can shift: the count of
 * entries per key does that job here instead.
 */
function keyOf(root: string, file: string, fingerprint: string, digest: string): string {
  return [root, file, fingerprint.replace(/-\d+$/, ""), digest].join("\u0000");
}

function entryKey(entry: BaselineEntry): string {
  return keyOf(entry.root ?? "", entry.file, entry.fingerprint, entry.valueDigest);
}

export interface BaselineMatch {
  /** The findings the baseline does not hold, in their order. */
  findings: Finding[];
  /** How many findings the baseline held. */
  baselined: number;
  /** The entries that held a finding (as stored): what `--update-baseline` keeps. */
  matched: BaselineEntry[];
}

/**
 * Drops from `findings` (one repository root's, `root` as in `baselineEntry`) those the entries
 * of that root hold. Each entry holds at most one finding; suppressed findings, IAC-000 and
 * IAC-001 are never held.
 */
export function applyBaseline(findings: readonly Finding[], entries: readonly BaselineEntry[], root = ""): BaselineMatch {
  const pool = new Map<string, BaselineEntry[]>();
  for (const entry of entries) {
    if ((entry.root ?? "") !== root) continue;
    const key = entryKey(entry);
    const list = pool.get(key);
    if (list) list.push(entry);
    else pool.set(key, [entry]);
  }
  const out: Finding[] = [];
  const matched: BaselineEntry[] = [];
  for (const finding of findings) {
    const entry = isBaselinable(finding) ? pool.get(keyOf(root, finding.file, finding.fingerprint, finding.valueDigest ?? NO_VALUE_DIGEST))?.shift() : undefined;
    if (entry) matched.push(entry);
    else out.push(finding);
  }
  return { findings: out, baselined: matched.length, matched };
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  for (const k of ["root", "file", "ruleId", "resource", "path", "fingerprint", "valueDigest", "message"] as const) {
    const x = a[k] ?? "";
    const y = b[k] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The file's text: `{ "version": 2, "tool": "driftless", "findings": [...] }`, entries sorted
 * and their keys in a fixed order, two-space indentation and a final newline, so the same
 * findings always give the same bytes and a change reads as a small diff.
 */
export function formatBaseline(entries: readonly BaselineEntry[]): string {
  const findings = [...entries].sort(compareEntries).map((e) => ({
    ...(e.root ? { root: e.root } : {}),
    file: e.file,
    ruleId: e.ruleId,
    resource: e.resource,
    path: e.path,
    fingerprint: e.fingerprint,
    valueDigest: e.valueDigest,
    message: e.message,
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: TOOL, findings }, null, 2)}\n`;
}

const ENTRY_FIELDS: Record<keyof BaselineEntry, { optional?: boolean; pattern?: RegExp; expected?: string }> = {
  root: { optional: true },
  file: {},
  ruleId: { pattern: /^\S+$/, expected: "a rule ID" },
  resource: {},
  path: {},
  fingerprint: { pattern: /^[0-9a-f]{32}(-\d+)?$/, expected: "32 hex digits" },
  valueDigest: { pattern: /^(?:[0-9a-f]{16}|none)$/, expected: '16 hex digits or "none"' },
  message: {},
};

/** Deeper than a baseline ever is (object → list → entry): refused before the recursive parser sees it. */
function tooDeep(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > 3) return i;
    } else if (c === "}" || c === "]") depth--;
  }
  return -1;
}

/**
 * Reads a baseline's text. `shownAs` names the file in errors. Throws `BaselineError`
 * (`baseline.json:7: findings[2].valueDigest: expected 16 hex digits or "none"; …`) when the
 * text is not JSON, not a driftless baseline, of another version, or an entry is malformed or
 * is an IAC-000/IAC-001 finding.
 */
export function parseBaseline(text: string, shownAs: string): BaselineEntry[] {
  const source = text.replace(/^\uFEFF/, "");
  const lineOf = (offset: number): number => {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
    return line;
  };
  // A file of something else (a SARIF report, a template) must not be overwritten on our advice.
  const FOREIGN = "give the file that --write-baseline wrote";
  const fail = (offset: number, what: string, todo = `write it again with --write-baseline ${shownAs}`): never => {
    const detail = `${shownAs}:${lineOf(offset)}: ${what}`;
    throw new BaselineError(`${detail}; ${todo}`, todo === FOREIGN, detail);
  };
  const foreign = FOREIGN;
  const deep = tooDeep(source);
  if (deep >= 0) fail(deep, "not a driftless baseline (nested deeper than one)", foreign);
  const errors: ParseError[] = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const what = e ? printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "empty file";
    fail(e?.offset ?? 0, `not valid JSON (${what})`, foreign);
  }
  const doc = root!;
  const prop = (node: Node, name: string): Node | undefined => node.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
  const tool = doc.type === "object" ? prop(doc, "tool") : undefined;
  if (tool?.value !== TOOL) fail(tool?.offset ?? doc.offset, `not a driftless baseline (it has no "tool": "${TOOL}")`, foreign);
  const version = prop(doc, "version");
  if (version?.value === 1) {
    fail(version.offset, `baseline version 1 was written by an earlier driftless whose value digests covered less of each finding (this one reads version ${BASELINE_VERSION})`);
  }
  if (version?.value !== BASELINE_VERSION) {
    const v = version ? JSON.stringify(version.value) : "none";
    fail(version?.offset ?? doc.offset, `baseline version ${v} is not one this driftless reads (${BASELINE_VERSION})`);
  }
  const list = prop(doc, "findings");
  if (list?.type !== "array") fail(list?.offset ?? doc.offset, `"findings" must be a list`);
  for (const p of doc.children ?? []) {
    const name = String(p.children?.[0]?.value);
    if (!["version", "tool", "findings"].includes(name)) fail(p.offset, `unknown key "${name}"`);
  }
  return (list!.children ?? []).map((node, i) => {
    if (node.type !== "object") fail(node.offset, `findings[${i}] must be an object`);
    const entry: Record<string, string> = {};
    for (const p of node.children ?? []) {
      const name = String(p.children?.[0]?.value);
      const value = p.children?.[1];
      const spec = ENTRY_FIELDS[name as keyof BaselineEntry];
      if (!spec) fail(p.offset, `findings[${i}]: unknown key "${name}"`);
      if (value?.type !== "string") fail(p.offset, `findings[${i}].${name}: expected a string`);
      if (spec!.pattern && !spec!.pattern.test(value!.value as string)) fail(p.offset, `findings[${i}].${name}: expected ${spec!.expected}`);
      entry[name] = value!.value as string;
    }
    for (const [name, spec] of Object.entries(ENTRY_FIELDS)) {
      if (!spec.optional && entry[name] === undefined) fail(node.offset, `findings[${i}]: "${name}" is missing`);
    }
    if (NEVER_BASELINED.has(entry.ruleId!)) fail(node.offset, `findings[${i}]: ${entry.ruleId} findings cannot be baselined (they must stay visible)`);
    // The readable fields must say what the key holds: an entry whose rule was edited by hand
    // would otherwise go on holding the finding it was written for.
    if (entry.fingerprint!.replace(/-\d+$/, "") !== fingerprint(entry.ruleId!, entry.file!, entry.resource!, entry.path!)) {
      fail(node.offset, `findings[${i}]: its fingerprint is not the one of its ruleId, file, resource and path (was the entry edited?)`);
    }
    if (entry.root === "." || entry.root === "") delete entry.root;
    return entry as unknown as BaselineEntry;
  });
}

/** Reads and validates a baseline file (absolute path); a missing file is a `BaselineError`. */
export async function readBaseline(file: string, shownAs: string, flag: string): Promise<BaselineEntry[]> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new BaselineError(`${flag} not found: ${shownAs}; create it with --write-baseline ${shownAs}`);
    throw new BaselineError(`cannot read ${flag} ${shownAs}: ${(error as Error).message}`);
  }
  return parseBaseline(text, shownAs);
}

/** Writes a baseline file (absolute path), creating its folders. */
export async function writeBaseline(file: string, entries: readonly BaselineEntry[], shownAs: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, formatBaseline(entries), "utf8");
  } catch (error) {
    throw new BaselineError(`cannot write the baseline ${shownAs}: ${(error as Error).message}`);
  }
}

/** What the command line asks of baselines. */
export interface BaselineRequest {
  /** `compare`: --baseline; `write`: --write-baseline; `update`: --update-baseline. */
  mode: "compare" | "write" | "update";
  /** Absolute path. */
  file: string;
  /** The path as given, for messages. */
  shownAs: string;
}

/**
 * The request from the three options (paths relative to `cwd`), or undefined when none is
 * given. More than one is a `BaselineError`: --update-baseline already compares with the file
 * it updates, and writing a baseline while comparing with another mixes two questions.
 */
export function baselineRequest(options: { baseline?: string | undefined; write?: string | undefined; update?: string | undefined }, cwd: string): BaselineRequest | undefined {
  const given = (
    [
      ["compare", "--baseline", options.baseline],
      ["write", "--write-baseline", options.write],
      ["update", "--update-baseline", options.update],
    ] as const
  ).filter(([, , v]) => v !== undefined);
  if (given.length > 1) {
    throw new BaselineError(
      `${given.map(([, f]) => f).join(" and ")} cannot be combined: give one (--update-baseline FILE compares with FILE too, then drops from it what no longer occurs)`,
    );
  }
  const [only] = given;
  if (!only) return undefined;
  const value = only[2]!;
  if (value === "" || value === "-") throw new BaselineError(`${only[1]} needs a file name`);
  return { mode: only[0], file: resolve(cwd, value), shownAs: value };
}

/** One repository root's findings, and its key (see `baselineRootKey`). */
export interface BaselineRun {
  root: string;
  findings: readonly Finding[];
  /**
   * Whether this scan reports the findings of a file (repository path) of the root, also one that
   * no longer exists (`ScanOutcome.reports`); absent: every file. Writing and updating change
   * only these files' entries.
   */
  covers?: (file: string) => boolean;
}

export interface BaselineOutcome {
  /** Per run, in order: the findings to report, and how many the baseline held (compare and update). */
  runs: { findings: readonly Finding[]; baselined?: number }[];
  /** Findings `write` accepted: reported as usual, but not failures. */
  accepted: ReadonlySet<Finding>;
  /** One line for stderr: what was written. */
  note?: string;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** True when one of `runs` reports on the entry's file: the scan speaks for it. */
function coveredBy(runs: readonly BaselineRun[]): (entry: BaselineEntry) => boolean {
  return (entry) => {
    const run = runs.find((r) => r.root === (entry.root ?? ""));
    return run !== undefined && (run.covers?.(entry.file) ?? true);
  };
}

/**
 * The entries already in the file `--write-baseline` writes: none when it does not exist or is
 * empty; none either when it is a driftless baseline this version cannot read (writing it again
 * is the advice for that), with `replaced` set. A file that is not a driftless baseline at all
 * is a `BaselineError`: it is never overwritten.
 */
async function existingEntries(request: BaselineRequest): Promise<{ entries: BaselineEntry[]; replaced: boolean }> {
  let text: string;
  try {
    text = await readFile(request.file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { entries: [], replaced: false };
    throw new BaselineError(`cannot read --write-baseline ${request.shownAs}: ${(error as Error).message}`);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { entries: [], replaced: false };
  try {
    return { entries: parseBaseline(text, request.shownAs), replaced: false };
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    if (error.foreign) {
      throw new BaselineError(`--write-baseline ${request.shownAs} is not a driftless baseline (${error.detail}), so it is left as it is; give another file, or remove it first`, true);
    }
    return { entries: [], replaced: true };
  }
}

/**
 * Runs the stage. `compare`: reads the file, drops the findings it holds. `update`: the same,
 * then writes back the entries that held a finding and those of files no run reports on (a scan
 * of some files, of other roots); new findings are not added (they are reported). `write`:
 * replaces the entries of the files the runs report on with every finding a baseline may hold,
 * keeps the file's other entries, reports everything, and marks the findings as accepted.
 * Throws `BaselineError`.
 */
export async function baselineStage(request: BaselineRequest, runs: readonly BaselineRun[]): Promise<BaselineOutcome> {
  const flag = request.mode === "update" ? "--update-baseline" : "--baseline";
  const covered = coveredBy(runs);
  if (request.mode === "write") {
    const existing = await existingEntries(request);
    const kept = existing.entries.filter((e) => !covered(e));
    const written: BaselineEntry[] = [];
    const accepted = new Set<Finding>();
    for (const run of runs) {
      const baselinable = run.findings.filter(isBaselinable);
      for (const f of baselinable) accepted.add(f);
      // A finding reported from a file the scan does not speak for (caused by a named file) may
      // already be held by a kept entry: one entry per finding.
      for (const f of applyBaseline(baselinable, kept, run.root).findings) written.push(baselineEntry(f, run.root));
    }
    await writeBaseline(request.file, [...kept, ...written], request.shownAs);
    let note = `wrote ${plural(written.length, "finding", "findings")} to the baseline ${request.shownAs}`;
    if (kept.length > 0) note += `, and kept its ${plural(kept.length, "entry", "entries")} for files this scan does not report on`;
    if (existing.replaced) note += " (it held a baseline this driftless cannot read, now replaced)";
    return { runs: runs.map((r) => ({ findings: r.findings })), accepted, note };
  }
  const entries = await readBaseline(request.file, request.shownAs, flag);
  const matches = runs.map((run) => applyBaseline(run.findings, entries, run.root));
  const out: BaselineOutcome = { runs: matches.map((m) => ({ findings: m.findings, baselined: m.baselined })), accepted: new Set() };
  if (request.mode === "update") {
    const matched = new Set(matches.flatMap((m) => m.matched));
    const others = entries.filter((e) => !matched.has(e) && !covered(e));
    const kept = entries.filter((e) => matched.has(e) || !covered(e));
    await writeBaseline(request.file, kept, request.shownAs);
    const dropped = entries.length - kept.length;
    const aside = others.length > 0 ? ` (${others.length} for files this scan does not report on)` : "";
    out.note = `updated the baseline ${request.shownAs}: kept ${kept.length}${aside}, dropped ${dropped} that no longer occur${dropped === 1 ? "s" : ""}`;
  }
  return out;
}
