/**
 * `driftless sweep`: many repositories in one run, each scanned as its own root with its own
 * `.driftless.yaml` by `driftless scan` in a child process (the one pipeline; a crash or a
 * runaway repository costs only its own result), a bounded number at a time. Writes per
 * repository SARIF and JSON, one aggregate (`sweep.json`) and an HTML report, and keeps a cache
 * keyed by each repository's HEAD commit and configuration so that a second sweep rescans only
 * what changed (and an interrupted one resumes).
 */
import { execFile, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from "node:fs";
import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { levelRank } from "../model/finding.js";
import type { SweepRepository, SweepRule } from "../model/sweep.js";
import { compareDocuments, parseReportDocument, sweepDocument, sweepRules } from "../report/documents.js";
import { flag, listOption, parseArgs, stringOption, type OptionSpec } from "./args.js";
import { CONFIG_FILE_NAME, loadConfig } from "./config.js";
import { CliError, EXIT_FINDINGS, EXIT_OK, makeFolder, type Io } from "./io.js";
import { gitHead, type GitHead } from "./provenance.js";
import { linkBaseFrom, linkTemplateOption, readReportFile } from "./report.js";
import { FAIL_ON, idList, parseByteSize, settingError, type FailOn } from "./scan.js";
import { todayUtc } from "../suppress/ignore.js";
import { toolVersion } from "./version.js";

const SWEEP_OPTIONS: Record<string, OptionSpec> = {
  help: { value: false },
  "output-dir": { value: true },
  concurrency: { value: true },
  timeout: { value: true },
  "no-cache": { value: false },
  compare: { value: true },
  "link-template": { value: true },
  "fail-on": { value: true, choices: FAIL_ON },
  strict: { value: false },
  quiet: { value: false },
  // Passed to every repository's scan.
  rules: { value: true, repeatable: true },
  rule: { value: true, repeatable: true },
  "skip-rule": { value: true, repeatable: true },
  exclude: { value: true, repeatable: true },
  "max-file-size": { value: true },
  "report-unknown": { value: false },
  "no-inline-suppressions": { value: false },
};

/** The launcher the child scans run: the package's own (../../bin from src/cli and dist/cli). */
const CLI_BIN = fileURLToPath(new URL("../../bin/driftless.js", import.meta.url));

/** Where the sweep keeps what it needs to skip unchanged repositories, inside --output-dir. */
export const SWEEP_CACHE_FILE = ".driftless-sweep-cache.json";
/** The aggregate and the HTML report, inside --output-dir. */
export const SWEEP_AGGREGATE_FILE = "sweep.json";
export const SWEEP_HTML_FILE = "report.html";
/** Per-repository reports, inside --output-dir. */
export const SWEEP_REPORTS_FOLDER = "repositories";

/**
 * A repository to sweep: its folder (absolute, symbolic links resolved), how the user gave it,
 * its unique name, and the file name (without extension) of its reports, which depends only on
 * its folder and its name's collisions, never on the order of the listing.
 */
export interface SweepTarget {
  absolutePath: string;
  shownAs: string;
  name: string;
  stem: string;
}

/**
 * What the cache knows of a repository's last sweep, by its absolute path: the key it was
 * scanned under and its reports with their SHA-256, so that a report another repository
 * overwrote since (or one edited by hand) is never taken for this one's.
 */
interface CacheEntry {
  key: string;
  reports: { sarif: string; json: string };
  sha256: { sarif: string; json: string };
  /**
   * The last day (YYYY-MM-DD, UTC) the reports hold: the earliest `expires` of a suppression
   * they applied. The next day that suppression has expired and its findings are reported again,
   * at the same commit: the repository is scanned again.
   */
  until?: string;
}

interface CacheFile {
  schemaVersion: 2;
  entries: Record<string, CacheEntry>;
}

/**
 * The repositories a sweep covers. A folder: each subfolder not starting with `.`, by name (the
 * output folder and folders inside it left out); a file: one path per line, relative to the
 * file's folder, blank lines and lines starting with `#` skipped (a `#` elsewhere is part of the
 * path). A folder given twice (also through a symbolic link) is swept once. Names are the
 * folders' names (repositoryNames for folders that share one); stems see reportStems.
 * @throws CliError when the input is missing, is itself a repository, or lists nothing
 */
export function sweepTargets(input: string, cwd: string, outputDir: string): SweepTarget[] {
  const absolute = resolve(cwd, input);
  const { info, problem } = statOf(absolute);
  if (!info) throw new CliError(`sweep: ${input} ${problem === "ENOENT" ? "not found" : `cannot be read (${problem})`}; give a folder whose subfolders are repositories, or a file listing repository paths (one per line)`);
  let entries: { absolutePath: string; shownAs: string }[];
  if (info.isDirectory()) {
    if (existsSync(join(absolute, ".git"))) {
      throw new CliError(`sweep: ${input} is a git repository itself; give the folder that holds the repositories (or a file listing them), or scan this one with driftless scan ${input}`);
    }
    entries = readdirSync(absolute, { withFileTypes: true })
      // A symbolic link counts unless it leads to something other than a folder: a dangling or
      // looping one is recorded as failed rather than skipped unseen.
      .filter((d) => !d.name.startsWith(".") && (d.isDirectory() || (d.isSymbolicLink() && statOf(join(absolute, d.name)).info?.isDirectory() !== false)))
      .map((d) => join(absolute, d.name))
      // The output folder is no repository, nor is anything in it (its reports folder, when the
      // output goes into the swept folder itself).
      .filter((p) => !(within(p, outputDir) && !within(absolute, outputDir)) && p !== join(outputDir, SWEEP_REPORTS_FOLDER))
      .sort()
      .map((p) => ({ absolutePath: p, shownAs: shown(cwd, p) }));
  } else {
    const base = dirname(absolute);
    entries = readFileSync(absolute, "utf8")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== "" && !line.startsWith("#"))
      .map((line) => ({ absolutePath: resolve(base, line), shownAs: line }));
  }
  if (entries.length === 0) throw new CliError(`sweep: ${input} holds no repositories (${info.isDirectory() ? "no subfolders" : "no paths listed"})`);
  const seen = new Set<string>();
  const distinct = entries
    .map((e) => ({ ...e, absolutePath: realOrSelf(e.absolutePath) }))
    .filter((e) => !seen.has(e.absolutePath) && seen.add(e.absolutePath));
  return reportStems(repositoryNames(distinct));
}

/**
 * A file's stat, or the error code that stopped it (ENOENT, ELOOP, ENOTDIR, EACCES...): a
 * listing may name anything, and one bad entry must not stop the sweep.
 */
function statOf(path: string): { info?: Stats; problem?: string } {
  try {
    return { info: statSync(path) };
  } catch (error) {
    return { problem: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
  }
}

/**
 * Repository names: the folder's name, or, for folders that share it, the shortest ending of
 * each one's path that no other has (`team-a/infra`, `team-b/infra`; the whole path when one
 * ends another). A name depends on the set of folders, never on their order, and one made
 * longer holds a `/`, so it cannot be another folder's name.
 */
function repositoryNames<T extends { absolutePath: string }>(items: T[]): (T & { name: string })[] {
  const segments = items.map((i) => i.absolutePath.split(sep).filter(Boolean));
  const suffix = (i: number, k: number): string => {
    const parts = segments[i]!;
    return k >= parts.length ? items[i]!.absolutePath : parts.slice(parts.length - k).join("/");
  };
  return items.map((item, i) => {
    const longest = Math.max(1, segments[i]!.length);
    let k = 1;
    while (k < longest && items.some((_, j) => j !== i && suffix(j, k) === suffix(i, k))) k++;
    const unique = !items.some((_, j) => j !== i && suffix(j, k) === suffix(i, k));
    return { ...item, name: (unique ? suffix(i, k) : item.absolutePath) || "repository" };
  });
}

/** Whether `path` is `folder` or inside it. */
function within(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** The real path of a folder (symbolic links resolved), or the path itself when it does not exist. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Report file stems: a repository's folder name as a file name (reportFileStem), with the first
 * 8 hex digits of its absolute path's SHA-256 added when the name changed on the way (`日本` →
 * `__-1a2b3c4d`), is a device name on Windows (`CON`, `nul.txt`) or another repository's stem is the same but for case (two folders named
 * `infra`, or `Infra` and `infra` on a case-insensitive disk). A stem depends on its folder
 * and on which other folders share its name, never on the listing's order.
 */
function reportStems(targets: Omit<SweepTarget, "stem">[]): SweepTarget[] {
  const plain = targets.map((t) => reportFileStem(basename(t.absolutePath) || "repository"));
  const folded = new Map<string, number>();
  for (const stem of plain) folded.set(stem.toLowerCase(), (folded.get(stem.toLowerCase()) ?? 0) + 1);
  return targets.map((t, i) => {
    const stem = plain[i]!;
    // Names Windows keeps for devices (CON, nul.txt, COM1) are no file names there.
    const lossless = stem === basename(t.absolutePath) && !/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i.test(stem);
    return { ...t, stem: lossless && folded.get(stem.toLowerCase()) === 1 ? stem : `${stem}-${createHash("sha256").update(t.absolutePath).digest("hex").slice(0, 8)}` };
  });
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
function shown(cwd: string, absolute: string): string {
  const rel = relative(cwd, absolute);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? absolute : rel;
}

/**
 * A repository name as a file name: characters outside `[A-Za-z0-9._~-]` become `_`, a leading
 * `.` too, and it is cut to 200 characters (file names stop at 255 bytes).
 */
export function reportFileStem(name: string): string {
  return name.replace(/[^A-Za-z0-9._~-]/g, "_").replace(/^\.+/, "_").slice(0, 200);
}

/** A positive whole number option, or its default. */
function positiveInt(parsed: ReturnType<typeof parseArgs>, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const text = stringOption(parsed, name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) throw new CliError(`invalid value for --${name}: ${JSON.stringify(text)} (expected a whole number from 1${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""})`);
  return Number(text);
}

/** Node's timers stop at 2^31 - 1 ms (a longer one fires at once): --timeout's largest value, about 24 days. */
const MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

/**
 * SHA-256 of a folder's files (a custom rule pack), by relative name and content; a folder that
 * is missing or unreadable has a digest of its own (the scan will say what is wrong with it).
 */
function folderDigest(dir: string): string {
  const hash = createHash("sha256");
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update("\0");
    }
  };
  try {
    walk(dir);
  } catch (error) {
    hash.update(`(unreadable: ${(error as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return hash.digest("hex");
}

/**
 * The cache key of a repository: the tool's version, HEAD's commit, the origin remote (the
 * SARIF's provenance), the bytes of its configuration file and the content of the custom rule
 * folders it names (inside the repository or not), and the sweep's scan options (custom rule
 * folders by content). Undefined without a commit (nothing to key on: always scanned).
 */
async function cacheKey(head: GitHead, root: string, scanArgs: readonly string[], ruleDigests: readonly string[]): Promise<string | undefined> {
  if (!head.revisionId) return undefined;
  const config = join(root, CONFIG_FILE_NAME);
  const hash = createHash("sha256");
  hash.update(`${toolVersion()}\0${head.revisionId}\0${head.remoteUrl ?? ""}\0`);
  if (existsSync(config)) {
    hash.update(readFileSync(config));
    try {
      for (const dir of (await loadConfig(config)).customRules) hash.update(`\0${dir}\0${folderDigest(dir)}`);
    } catch {
      // A configuration that does not load fails the scan, which is never cached.
    }
  } else hash.update("(no configuration)");
  hash.update(`\0${JSON.stringify(scanArgs)}\0${ruleDigests.join(",")}`);
  return hash.digest("hex");
}

async function readCache(file: string): Promise<CacheFile> {
  try {
    const doc = JSON.parse(await readFile(file, "utf8")) as CacheFile;
    if (doc.schemaVersion === 2 && typeof doc.entries === "object" && doc.entries !== null) return { schemaVersion: 2, entries: Object.assign(Object.create(null) as Record<string, CacheEntry>, doc.entries) };
  } catch {
    // Missing or damaged (or an earlier version's): start afresh (every repository is scanned).
  }
  return emptyCache();
}

function emptyCache(): CacheFile {
  return { schemaVersion: 2, entries: Object.create(null) as Record<string, CacheEntry> };
}

/** SHA-256 of a file's bytes, or undefined when it cannot be read. */
async function fileDigest(file: string): Promise<string | undefined> {
  try {
    return createHash("sha256").update(await readFile(file)).digest("hex");
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so an interrupted sweep never leaves half a file. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new CliError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); the output folder must stay writable during the sweep`);
  }
}

interface ChildResult {
  code: number | null;
  signal: string | null;
  stderr: string;
  timedOut: boolean;
  error?: string;
}

/** Child scans running now: stopped with the sweep when it is interrupted (stopChildrenOnSignal). */
const running = new Set<ChildProcess>();

/**
 * While `work` runs, SIGINT, SIGTERM and SIGHUP stop every child scan first and then end this
 * process as the signal would (exit 128 + its number): an interrupted sweep leaves no scan
 * running on, and the cache keeps what finished.
 */
async function stopChildrenOnSignal<T>(work: () => Promise<T>): Promise<T> {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
  const handler = (signal: NodeJS.Signals): void => {
    for (const child of running) child.kill("SIGKILL");
    for (const s of signals) process.off(s, handler);
    process.kill(process.pid, signal);
  };
  for (const s of signals) process.on(s, handler);
  try {
    return await work();
  } finally {
    for (const s of signals) process.off(s, handler);
  }
}

function runChild(args: string[], cwd: string, timeoutMs: number, env: Record<string, string | undefined>): Promise<ChildResult> {
  return new Promise((done) => {
    const child = execFile(process.execPath, [CLI_BIN, ...args], { cwd, env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0" }, timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 16 << 20 }, (error, _stdout, stderr) => {
      running.delete(child);
      const e = error as (NodeJS.ErrnoException & { code?: number | string; signal?: string; killed?: boolean }) | null;
      done({
        code: e ? (typeof e.code === "number" ? e.code : null) : 0,
        signal: e?.signal ?? null,
        stderr: String(stderr),
        timedOut: e?.killed === true && e.signal === "SIGKILL",
        ...(e && typeof e.code === "string" ? { error: e.message } : {}),
      });
    });
    running.add(child);
  });
}

/** The line a failed child said last about itself, without the `driftless: ` lead. */
function lastWords(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => l.startsWith("driftless: ")) ?? lines[0] ?? "";
  return line.replace(/^driftless: /, "").slice(0, 500);
}

/**
 * A scan's JSON report the sweep wrote, read once: the repository it describes, the SHA-256 of
 * its bytes (the cache's check), and the earliest `expires` date of the suppressions it applied
 * (the cache entry's `until`).
 * @throws when it cannot be read or is no driftless report
 */
async function readJsonReport(jsonFile: string): Promise<{ repository: Pick<SweepRepository, "filesScanned" | "findings">; sha256: string; until?: string }> {
  const bytes = await readFile(jsonFile);
  const text = bytes.toString("utf8");
  const repo = parseReportDocument(text, jsonFile).repositories[0];
  const raw = JSON.parse(text) as { findings?: { suppression?: { expires?: unknown } | null }[] };
  const until = (raw.findings ?? [])
    .map((f) => f.suppression?.expires)
    .filter((d): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()[0];
  return {
    repository: { filesScanned: repo?.filesScanned ?? 0, findings: repo?.findings ?? [] },
    sha256: createHash("sha256").update(bytes).digest("hex"),
    ...(until ? { until } : {}),
  };
}

/** Progress as the sweep goes: a bar on a terminal, one line per repository otherwise. */
interface Progress {
  done(repo: SweepRepository, index: number): void;
  stop(): void;
}

async function progressFor(io: Io, total: number, quiet: boolean): Promise<Progress> {
  let findings = 0;
  const count = (repo: SweepRepository): number => repo.findings.filter((f) => !f.suppressed).length;
  if (quiet) return { done: () => undefined, stop: () => undefined };
  if (io.stderr.isTTY) {
    const { default: cliProgress } = await import("cli-progress");
    const bar = new cliProgress.SingleBar(
      {
        stream: io.stderr as NodeJS.WritableStream,
        format: "sweep {bar} {value}/{total} repositories | {findings} findings | {failed} failed | {eta_formatted} left | {last}",
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 8,
      },
      cliProgress.Presets.shades_classic,
    );
    let failed = 0;
    bar.start(total, 0, { findings: 0, failed: 0, last: "" });
    return {
      done(repo) {
        findings += count(repo);
        if (repo.status === "failed") failed++;
        bar.increment({ findings, failed, last: repo.name });
      },
      stop: () => bar.stop(),
    };
  }
  let finished = 0;
  return {
    done(repo) {
      finished++;
      findings += count(repo);
      const what =
        repo.status === "failed"
          ? `failed: ${repo.reason}`
          : `${count(repo)} finding${count(repo) === 1 ? "" : "s"}${repo.status === "cached" ? " (unchanged since the last sweep)" : ` in ${((repo.durationMs ?? 0) / 1000).toFixed(1)} s`}`;
      io.stderr.write(`driftless: sweep [${finished}/${total}] ${repo.name}: ${what}\n`);
    },
    stop: () => undefined,
  };
}

/** Runs `work` over the items with at most `limit` at a time; resolves when all are done. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index]!, index);
    }
  });
  await Promise.all(lanes);
}

/** `driftless sweep <folder | listing> --output-dir DIR`. */
export async function sweepCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, SWEEP_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write((await import("./help.js")).commandHelp("sweep"));
    return EXIT_OK;
  }
  if (parsed.positionals.length !== 1) {
    throw new CliError("sweep takes one folder of repositories or one file listing repository paths, and --output-dir DIR (see driftless --help)");
  }
  const outputOption = stringOption(parsed, "output-dir");
  if (outputOption === undefined) throw new CliError("sweep needs --output-dir DIR: where each repository's SARIF and JSON, sweep.json and report.html are written");
  const outputDir = resolve(io.cwd, outputOption);
  const targets = sweepTargets(parsed.positionals[0]!, io.cwd, outputDir);
  const concurrency = positiveInt(parsed, "concurrency", Math.max(1, availableParallelism()));
  const timeoutMs = positiveInt(parsed, "timeout", 600, MAX_TIMEOUT_SECONDS) * 1000;
  const failOn = (stringOption(parsed, "fail-on") ?? "none") as FailOn;
  const quiet = flag(parsed, "quiet");
  const compare = stringOption(parsed, "compare");
  // Read before anything is written: --compare may name this output folder's own sweep.json.
  const previous = compare === undefined ? undefined : await readReportFile(compare, io.cwd, "--compare ");
  const linkTemplate = linkTemplateOption(parsed);

  const ruleDirs = listOption(parsed, "rules").map((d) => resolve(io.cwd, d));
  for (const [i, dir] of ruleDirs.entries()) if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`--rules ${listOption(parsed, "rules")[i]} is not a folder`);
  const maxFileSize = stringOption(parsed, "max-file-size");
  if (maxFileSize !== undefined) parseByteSize(maxFileSize);
  // Checked once here: a bad pass-through option would otherwise fail every repository.
  const rules = await packRules(ruleDirs, idList(listOption(parsed, "rule")), idList(listOption(parsed, "skip-rule")));
  const scanArgs: string[] = [
    ...ruleDirs.flatMap((d) => ["--rules", d]),
    ...listOption(parsed, "rule").flatMap((r) => ["--rule", r]),
    ...listOption(parsed, "skip-rule").flatMap((r) => ["--skip-rule", r]),
    ...listOption(parsed, "exclude").flatMap((g) => ["--exclude", g]),
    ...(stringOption(parsed, "max-file-size") !== undefined ? ["--max-file-size", stringOption(parsed, "max-file-size")!] : []),
    ...(flag(parsed, "report-unknown") ? ["--report-unknown"] : []),
    ...(flag(parsed, "no-inline-suppressions") ? ["--no-inline-suppressions"] : []),
  ];
  const ruleDigests = ruleDirs.map(folderDigest);

  const reportsDir = join(outputDir, SWEEP_REPORTS_FOLDER);
  // Made, and written to once, before any scan: a folder that cannot be written (read-only, a
  // file in the way) is said now, with the system's own reason, not after an hour of scanning.
  try {
    await makeFolder(reportsDir);
    const probe = join(reportsDir, `.driftless-probe.${process.pid}`);
    await writeFile(probe, "");
    await rm(probe, { force: true });
  } catch (error) {
    throw new CliError(`--output-dir ${outputOption}: cannot write there (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); give a folder you can write to`);
  }
  const cacheFile = join(outputDir, SWEEP_CACHE_FILE);
  const cache = flag(parsed, "no-cache") ? emptyCache() : await readCache(cacheFile);
  // Cache writes one after another, each a whole file: an interrupted sweep keeps what finished.
  let cacheWrites = Promise.resolve();
  const saveCache = (): Promise<void> => (cacheWrites = cacheWrites.then(() => writeAtomically(cacheFile, `${JSON.stringify(cache, null, 2)}\n`)));

  const today = todayUtc(io.env);
  const progress = await progressFor(io, targets.length, quiet);
  const results: SweepRepository[] = new Array(targets.length);
  await stopChildrenOnSignal(() =>
    eachLimited(targets, concurrency, async (target, index) => {
      const { repository: repo, cacheEntry } = await sweepOne(target, { outputDir, today, cache, scanArgs, ruleDigests, timeoutMs, env: io.env });
      results[index] = repo;
      if (cacheEntry) cache.entries[target.absolutePath] = cacheEntry;
      else delete cache.entries[target.absolutePath];
      await saveCache();
      progress.done(repo, index);
    }),
  );
  progress.stop();
  await cacheWrites;
  await removeStaleReports(reportsDir, results);

  let doc = sweepDocument(`driftless ${toolVersion()}`, new Date().toISOString(), results, rules);
  if (previous) doc = compareDocuments(doc, previous);
  await writeAtomically(join(outputDir, SWEEP_AGGREGATE_FILE), `${JSON.stringify(doc, null, 2)}\n`);
  const { renderHtml } = await import("../report/html.js");
  // Keyed by the document's names (in the targets' order), which are the names the page shows.
  const linkBase = Object.fromEntries(targets.map((t, i) => [doc.repositories[i]?.name ?? t.name, linkBaseFrom(outputDir, t.absolutePath)]));
  await writeAtomically(join(outputDir, SWEEP_HTML_FILE), renderHtml(doc, { linkBase, ...(linkTemplate !== undefined ? { linkTemplate } : {}) }));

  const s = doc.summary;
  const shownDir = shown(io.cwd, outputDir);
  io.stdout.write(
    `driftless sweep: ${s.repositories} repositor${s.repositories === 1 ? "y" : "ies"} (${s.scanned} scanned, ${s.cached} unchanged since the last sweep, ${s.failed} failed): ` +
      `${s.findings} finding${s.findings === 1 ? "" : "s"} (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}, ${s.notes} note${s.notes === 1 ? "" : "s"})` +
      `${doc.comparison ? `; since ${compare} (${doc.comparison.previousCreatedAt}): ${doc.comparison.new} new, ${doc.comparison.fixed} fixed, ${doc.comparison.open} still open` : ""}\n` +
      `reports: ${join(shownDir, SWEEP_AGGREGATE_FILE)}, ${join(shownDir, SWEEP_HTML_FILE)}, ${join(shownDir, SWEEP_REPORTS_FOLDER)}/<repository>.sarif and .json\n`,
  );
  const failures = doc.repositories.filter((x) => x.status === "failed");
  for (const r of failures) io.stdout.write(`failed: ${r.name} (${r.path}): ${r.reason}\n`);
  if (flag(parsed, "strict") && failures.length > 0) return EXIT_FINDINGS;
  if (failOn === "none") return EXIT_OK;
  const threshold = levelRank(failOn);
  return doc.repositories.some((r) => r.findings.some((f) => !f.suppressed && levelRank(f.level) >= threshold)) ? EXIT_FINDINGS : EXIT_OK;
}

/**
 * Removes the reports folder's `.sarif` and `.json` files that no repository of this sweep owns
 * (a repository no longer swept, a stem that changed): left there, they would be uploaded or
 * merged as if current. Other files, and folders, are left alone.
 */
async function removeStaleReports(reportsDir: string, results: readonly SweepRepository[]): Promise<void> {
  const owned = new Set(results.flatMap((r) => [r.reports?.sarif, r.reports?.json]).filter((f): f is string => f !== undefined).map((f) => basename(f)));
  for (const entry of await readdir(reportsDir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isFile() && /\.(sarif|json)$/.test(entry.name) && !owned.has(entry.name)) await rm(join(reportsDir, entry.name), { force: true }).catch(() => undefined);
  }
}

/**
 * Titles and families of the rules for the aggregate: the built-in pack and the --rules folders
 * (rules a repository's own configuration adds are shown by id). `--rule` and `--skip-rule` are
 * checked against them, as a scan would.
 * @throws CliError for a rule folder that does not load, or an id that names no rule
 */
async function packRules(ruleDirs: string[], only: string[], skip: string[]): Promise<SweepRule[]> {
  const { loadRules } = await import("../engine/index.js");
  const { configureRules, RuleSettingError } = await import("../engine/configure.js");
  const pack = await loadRules(ruleDirs.length ? { extraDirs: ruleDirs } : {});
  try {
    configureRules(pack, { rules: {}, only, skip });
  } catch (error) {
    if (error instanceof RuleSettingError) throw new CliError(`${settingError(error, undefined, undefined).message} (a sweep checks its options against the built-in rules and --rules folders; a rule a repository's own configuration adds cannot be named here)`);
    throw error;
  }
  return sweepRules(pack);
}

interface SweepContext {
  outputDir: string;
  /** YYYY-MM-DD, UTC, as the scans see it (todayUtc: DRIFTLESS_TODAY when set). */
  today: string;
  cache: CacheFile;
  scanArgs: string[];
  ruleDigests: string[];
  timeoutMs: number;
  env: Record<string, string | undefined>;
}

/** A repository's outcome, and what the cache is to keep of it (undefined: forget it). */
interface SweptOne {
  repository: SweepRepository;
  cacheEntry?: CacheEntry;
}

/** One repository: from the cache when HEAD and configuration are unchanged, else scanned. */
async function sweepOne(target: SweepTarget, ctx: SweepContext): Promise<SweptOne> {
  const base = { name: target.name, path: target.shownAs, root: relative(ctx.outputDir, target.absolutePath).split(sep).join("/") || "." };
  const failed = (reason: string, extra: Partial<SweepRepository> = {}): SweptOne => ({ repository: { ...base, status: "failed", reason, filesScanned: 0, findings: [], ...extra } });
  const { info, problem } = statOf(target.absolutePath);
  if (!info) return failed(problem === "ENOENT" ? "not found: the listing names a folder that does not exist (or a symbolic link to none)" : `cannot be read (${problem}): ${problem === "ELOOP" ? "a symbolic link that leads to itself" : problem === "ENOTDIR" ? "a path through something that is not a folder" : "check the path and its permissions"}`);
  if (!info.isDirectory()) return failed("not a folder: sweep scans repository folders");
  try {
    readdirSync(target.absolutePath);
  } catch (error) {
    return failed(`cannot read the folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const head = gitHead(target.absolutePath);
  if (!head) return failed("not a git repository (no .git): sweep scans git checkouts, whose HEAD keys its cache; clone it, or run driftless scan on the folder");
  const git = {
    ...(head.revisionId ? { commit: head.revisionId } : {}),
    ...(head.branch ? { branch: head.branch } : {}),
    ...(head.remoteUrl ? { remoteUrl: head.remoteUrl } : {}),
  };
  const reports = { sarif: `${SWEEP_REPORTS_FOLDER}/${target.stem}.sarif`, json: `${SWEEP_REPORTS_FOLDER}/${target.stem}.json` };
  const sarifFile = join(ctx.outputDir, reports.sarif);
  const jsonFile = join(ctx.outputDir, reports.json);
  const key = await cacheKey(head, target.absolutePath, ctx.scanArgs, ctx.ruleDigests);
  const entry = Object.hasOwn(ctx.cache.entries, target.absolutePath) ? ctx.cache.entries[target.absolutePath] : undefined;
  if (key && entry?.key === key && entry.reports.sarif === reports.sarif && entry.reports.json === reports.json && (entry.until === undefined || ctx.today <= entry.until)) {
    const report = await readJsonReport(jsonFile).catch(() => undefined);
    if (report?.sha256 === entry.sha256.json && (await fileDigest(sarifFile)) === entry.sha256.sarif) {
      return { repository: { ...base, status: "cached", ...git, ...report.repository, reports, durationMs: 0 }, cacheEntry: entry };
    }
  }
  const started = performance.now();
  const args = ["scan", ".", "--root", ".", "--format", "sarif", "--output", sarifFile, "--format", "json", "--output", jsonFile, "--fail-on", "none", "--quiet", ...ctx.scanArgs];
  const child = await runChild(args, target.absolutePath, ctx.timeoutMs, ctx.env);
  const durationMs = Math.round(performance.now() - started);
  // A report that was not written leaves nothing behind; what stands in its place and cannot be
  // removed (a folder of that name) was the scan's reason to fail, said by it.
  const drop = async (): Promise<void> => {
    await rm(sarifFile, { force: true }).catch(() => undefined);
    await rm(jsonFile, { force: true }).catch(() => undefined);
  };
  if (child.timedOut) {
    await drop();
    return failed(`the scan took longer than ${ctx.timeoutMs / 1000} s and was stopped; raise --timeout`, { ...git, durationMs });
  }
  if (child.code === 0) {
    try {
      const report = await readJsonReport(jsonFile);
      const repository: SweepRepository = { ...base, status: "scanned", ...git, ...report.repository, reports, durationMs };
      const sarif = await fileDigest(sarifFile);
      return { repository, ...(key && sarif ? { cacheEntry: { key, reports, sha256: { sarif, json: report.sha256 }, ...(report.until ? { until: report.until } : {}) } } : {}) };
    } catch (error) {
      await drop();
      return failed(`its JSON report could not be read back (${(error as Error).message})`, { ...git, durationMs });
    }
  }
  await drop();
  const said = lastWords(child.stderr);
  if (child.code === 2) return failed(said || "the scan refused its input (exit 2)", { ...git, durationMs });
  if (child.code === 3) return failed(`driftless crashed scanning it (please report it): ${said}`, { ...git, durationMs });
  return failed(`the scan ended abnormally (${child.error ?? (child.signal ? `signal ${child.signal}` : `exit ${child.code}`)})${said ? `: ${said}` : ""}`, { ...git, durationMs });
}
