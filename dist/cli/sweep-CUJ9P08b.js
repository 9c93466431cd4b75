import { createRequire } from 'node:module';
import { b as readReportFile, a as linkTemplateOption, l as linkBaseFrom } from './chunk-CdQj8ULH.js';
import './chunk-C6_0oI_1.js';
import { p as parseReportDocument, a as sweepDocument, c as compareDocuments, e as sweepRules } from './chunk-DRpJoMDH.js';
import { ac as FAIL_ON, C as CliError, w as stringOption, y as CONFIG_FILE_NAME, K as toolVersion, ad as loadConfig, o as parseArgs, q as flag, t as EXIT_OK, a8 as listOption, ae as parseByteSize, af as idList, z as makeFolder, ag as todayUtc, ah as EXIT_FINDINGS, n as levelRank, ai as settingError, aj as gitHead } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, realpathSync } from 'node:fs';
import { readFile, writeFile, rename, rm, readdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve, join, dirname, sep, relative, isAbsolute, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

const require$1 = createRequire(import.meta.url);
var SWEEP_OPTIONS = {
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
  "no-inline-suppressions": { value: false }
};
var CLI_BIN = fileURLToPath(new URL("../../bin/driftless.js", import.meta.url));
var SWEEP_CACHE_FILE = ".driftless-sweep-cache.json";
var SWEEP_AGGREGATE_FILE = "sweep.json";
var SWEEP_HTML_FILE = "report.html";
var SWEEP_REPORTS_FOLDER = "repositories";
function sweepTargets(input, cwd, outputDir) {
  const absolute = resolve(cwd, input);
  const { info, problem } = statOf(absolute);
  if (!info) throw new CliError(`sweep: ${input} ${problem === "ENOENT" ? "not found" : `cannot be read (${problem})`}; give a folder whose subfolders are repositories, or a file listing repository paths (one per line)`);
  let entries;
  if (info.isDirectory()) {
    if (existsSync(join(absolute, ".git"))) {
      throw new CliError(`sweep: ${input} is a git repository itself; give the folder that holds the repositories (or a file listing them), or scan this one with driftless scan ${input}`);
    }
    entries = readdirSync(absolute, { withFileTypes: true }).filter((d) => !d.name.startsWith(".") && (d.isDirectory() || d.isSymbolicLink() && statOf(join(absolute, d.name)).info?.isDirectory() !== false)).map((d) => join(absolute, d.name)).filter((p) => !(within(p, outputDir) && !within(absolute, outputDir)) && p !== join(outputDir, SWEEP_REPORTS_FOLDER)).sort().map((p) => ({ absolutePath: p, shownAs: shown(cwd, p) }));
  } else {
    const base = dirname(absolute);
    entries = readFileSync(absolute, "utf8").split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#")).map((line) => ({ absolutePath: resolve(base, line), shownAs: line }));
  }
  if (entries.length === 0) throw new CliError(`sweep: ${input} holds no repositories (${info.isDirectory() ? "no subfolders" : "no paths listed"})`);
  const seen = /* @__PURE__ */ new Set();
  const distinct = entries.map((e) => ({ ...e, absolutePath: realOrSelf(e.absolutePath) })).filter((e) => !seen.has(e.absolutePath) && seen.add(e.absolutePath));
  return reportStems(repositoryNames(distinct));
}
function statOf(path) {
  try {
    return { info: statSync(path) };
  } catch (error) {
    return { problem: error.code ?? error.message };
  }
}
function repositoryNames(items) {
  const segments = items.map((i) => i.absolutePath.split(sep).filter(Boolean));
  const suffix = (i, k) => {
    const parts = segments[i];
    return k >= parts.length ? items[i].absolutePath : parts.slice(parts.length - k).join("/");
  };
  return items.map((item, i) => {
    const longest = Math.max(1, segments[i].length);
    let k = 1;
    while (k < longest && items.some((_, j) => j !== i && suffix(j, k) === suffix(i, k))) k++;
    const unique = !items.some((_, j) => j !== i && suffix(j, k) === suffix(i, k));
    return { ...item, name: (unique ? suffix(i, k) : item.absolutePath) || "repository" };
  });
}
function within(path, folder) {
  const rel = relative(folder, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function realOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function reportStems(targets) {
  const plain = targets.map((t) => reportFileStem(basename(t.absolutePath) || "repository"));
  const folded = /* @__PURE__ */ new Map();
  for (const stem of plain) folded.set(stem.toLowerCase(), (folded.get(stem.toLowerCase()) ?? 0) + 1);
  return targets.map((t, i) => {
    const stem = plain[i];
    const lossless = stem === basename(t.absolutePath) && !/^(con|prn|aux|nul|com[0-9\u{b9}\u{b2}\u{b3}]|lpt[0-9\u{b9}\u{b2}\u{b3}])(\.|$)/i.test(stem);
    return { ...t, stem: lossless && folded.get(stem.toLowerCase()) === 1 ? stem : `${stem}-${createHash("sha256").update(t.absolutePath).digest("hex").slice(0, 8)}` };
  });
}
function shown(cwd, absolute) {
  const rel = relative(cwd, absolute);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? absolute : rel;
}
function reportFileStem(name) {
  return name.replace(/[^A-Za-z0-9._~-]/g, "_").replace(/^\.+/, "_").slice(0, 200);
}
function positiveInt(parsed, name, fallback, max = Number.MAX_SAFE_INTEGER) {
  const text = stringOption(parsed, name);
  if (text === void 0) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max) throw new CliError(`invalid value for --${name}: ${JSON.stringify(text)} (expected a whole number from 1${max < Number.MAX_SAFE_INTEGER ? ` to ${max}` : ""})`);
  return Number(text);
}
var MAX_TIMEOUT_SECONDS = Math.floor((2 ** 31 - 1) / 1e3);
function folderDigest(dir) {
  const hash = createHash("sha256");
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const file = join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.isFile()) hash.update(`${relative(dir, file)}\0`).update(readFileSync(file)).update("\0");
    }
  };
  try {
    walk(dir);
  } catch (error) {
    hash.update(`(unreadable: ${error.code ?? "error"})`);
  }
  return hash.digest("hex");
}
async function cacheKey(head, root, scanArgs, ruleDigests) {
  if (!head.revisionId) return void 0;
  const config = join(root, CONFIG_FILE_NAME);
  const hash = createHash("sha256");
  hash.update(`${toolVersion()}\0${head.revisionId}\0${head.remoteUrl ?? ""}\0`);
  if (existsSync(config)) {
    hash.update(readFileSync(config));
    try {
      for (const dir of (await loadConfig(config)).customRules) hash.update(`\0${dir}\0${folderDigest(dir)}`);
    } catch {
    }
  } else hash.update("(no configuration)");
  hash.update(`\0${JSON.stringify(scanArgs)}\0${ruleDigests.join(",")}`);
  return hash.digest("hex");
}
async function readCache(file) {
  try {
    const doc = JSON.parse(await readFile(file, "utf8"));
    if (doc.schemaVersion === 2 && typeof doc.entries === "object" && doc.entries !== null) return { schemaVersion: 2, entries: Object.assign(/* @__PURE__ */ Object.create(null), doc.entries) };
  } catch {
  }
  return emptyCache();
}
function emptyCache() {
  return { schemaVersion: 2, entries: /* @__PURE__ */ Object.create(null) };
}
async function fileDigest(file) {
  try {
    return createHash("sha256").update(await readFile(file)).digest("hex");
  } catch {
    return void 0;
  }
}
async function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, text, "utf8");
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => void 0);
    throw new CliError(`cannot write ${file} (${error.code ?? error.message}); the output folder must stay writable during the sweep`);
  }
}
var running = /* @__PURE__ */ new Set();
async function stopChildrenOnSignal(work) {
  const signals = ["SIGINT", "SIGTERM", "SIGHUP"];
  const handler = (signal) => {
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
function runChild(args, cwd, timeoutMs, env) {
  return new Promise((done) => {
    const child = execFile(process.execPath, [CLI_BIN, ...args], { cwd, env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0" }, timeout: timeoutMs, killSignal: "SIGKILL", maxBuffer: 16 << 20 }, (error, _stdout, stderr) => {
      running.delete(child);
      const e = error;
      done({
        code: e ? typeof e.code === "number" ? e.code : null : 0,
        signal: e?.signal ?? null,
        stderr: String(stderr),
        timedOut: e?.killed === true && e.signal === "SIGKILL",
        ...e && typeof e.code === "string" ? { error: e.message } : {}
      });
    });
    running.add(child);
  });
}
function lastWords(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => l.startsWith("driftless: ")) ?? lines[0] ?? "";
  return line.replace(/^driftless: /, "").slice(0, 500);
}
async function readJsonReport(jsonFile) {
  const bytes = await readFile(jsonFile);
  const text = bytes.toString("utf8");
  const repo = parseReportDocument(text, jsonFile).repositories[0];
  const raw = JSON.parse(text);
  const until = (raw.findings ?? []).map((f) => f.suppression?.expires).filter((d) => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d)).sort()[0];
  return {
    repository: { filesScanned: repo?.filesScanned ?? 0, findings: repo?.findings ?? [] },
    sha256: createHash("sha256").update(bytes).digest("hex"),
    ...until ? { until } : {}
  };
}
async function progressFor(io, total, quiet) {
  let findings = 0;
  const count = (repo) => repo.findings.filter((f) => !f.suppressed).length;
  if (quiet) return { done: () => void 0, stop: () => void 0 };
  if (io.stderr.isTTY) {
    const { default: cliProgress } = await import('./cli-progress-BCTDIY6K.js');
    const bar = new cliProgress.SingleBar(
      {
        stream: io.stderr,
        format: "sweep {bar} {value}/{total} repositories | {findings} findings | {failed} failed | {eta_formatted} left | {last}",
        hideCursor: true,
        clearOnComplete: false,
        etaBuffer: 8
      },
      cliProgress.Presets.shades_classic
    );
    let failed = 0;
    bar.start(total, 0, { findings: 0, failed: 0, last: "" });
    return {
      done(repo) {
        findings += count(repo);
        if (repo.status === "failed") failed++;
        bar.increment({ findings, failed, last: repo.name });
      },
      stop: () => bar.stop()
    };
  }
  let finished = 0;
  return {
    done(repo) {
      finished++;
      findings += count(repo);
      const what = repo.status === "failed" ? `failed: ${repo.reason}` : `${count(repo)} finding${count(repo) === 1 ? "" : "s"}${repo.status === "cached" ? " (unchanged since the last sweep)" : ` in ${((repo.durationMs ?? 0) / 1e3).toFixed(1)} s`}`;
      io.stderr.write(`driftless: sweep [${finished}/${total}] ${repo.name}: ${what}
`);
    },
    stop: () => void 0
  };
}
async function eachLimited(items, limit, work) {
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index], index);
    }
  });
  await Promise.all(lanes);
}
async function sweepCommand(argv, io) {
  const parsed = parseArgs(argv, SWEEP_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write((await import('./help-D9YwP4Se.js')).commandHelp("sweep"));
    return EXIT_OK;
  }
  if (parsed.positionals.length !== 1) {
    throw new CliError("sweep takes one folder of repositories or one file listing repository paths, and --output-dir DIR (see driftless --help)");
  }
  const outputOption = stringOption(parsed, "output-dir");
  if (outputOption === void 0) throw new CliError("sweep needs --output-dir DIR: where each repository's SARIF and JSON, sweep.json and report.html are written");
  const outputDir = resolve(io.cwd, outputOption);
  const targets = sweepTargets(parsed.positionals[0], io.cwd, outputDir);
  const concurrency = positiveInt(parsed, "concurrency", Math.max(1, availableParallelism()));
  const timeoutMs = positiveInt(parsed, "timeout", 600, MAX_TIMEOUT_SECONDS) * 1e3;
  const failOn = stringOption(parsed, "fail-on") ?? "none";
  const quiet = flag(parsed, "quiet");
  const compare = stringOption(parsed, "compare");
  const previous = compare === void 0 ? void 0 : await readReportFile(compare, io.cwd, "--compare ");
  const linkTemplate = linkTemplateOption(parsed);
  const ruleDirs = listOption(parsed, "rules").map((d) => resolve(io.cwd, d));
  for (const [i, dir] of ruleDirs.entries()) if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`--rules ${listOption(parsed, "rules")[i]} is not a folder`);
  const maxFileSize = stringOption(parsed, "max-file-size");
  if (maxFileSize !== void 0) parseByteSize(maxFileSize);
  const rules = await packRules(ruleDirs, idList(listOption(parsed, "rule")), idList(listOption(parsed, "skip-rule")));
  const scanArgs = [
    ...ruleDirs.flatMap((d) => ["--rules", d]),
    ...listOption(parsed, "rule").flatMap((r) => ["--rule", r]),
    ...listOption(parsed, "skip-rule").flatMap((r) => ["--skip-rule", r]),
    ...listOption(parsed, "exclude").flatMap((g) => ["--exclude", g]),
    ...stringOption(parsed, "max-file-size") !== void 0 ? ["--max-file-size", stringOption(parsed, "max-file-size")] : [],
    ...flag(parsed, "report-unknown") ? ["--report-unknown"] : [],
    ...flag(parsed, "no-inline-suppressions") ? ["--no-inline-suppressions"] : []
  ];
  const ruleDigests = ruleDirs.map(folderDigest);
  const reportsDir = join(outputDir, SWEEP_REPORTS_FOLDER);
  try {
    await makeFolder(reportsDir);
    const probe = join(reportsDir, `.driftless-probe.${process.pid}`);
    await writeFile(probe, "");
    await rm(probe, { force: true });
  } catch (error) {
    throw new CliError(`--output-dir ${outputOption}: cannot write there (${error.code ?? error.message}); give a folder you can write to`);
  }
  const cacheFile = join(outputDir, SWEEP_CACHE_FILE);
  const cache = flag(parsed, "no-cache") ? emptyCache() : await readCache(cacheFile);
  let cacheWrites = Promise.resolve();
  const saveCache = () => cacheWrites = cacheWrites.then(() => writeAtomically(cacheFile, `${JSON.stringify(cache, null, 2)}
`));
  const today = todayUtc(io.env);
  const progress = await progressFor(io, targets.length, quiet);
  const results = new Array(targets.length);
  await stopChildrenOnSignal(
    () => eachLimited(targets, concurrency, async (target, index) => {
      const { repository: repo, cacheEntry } = await sweepOne(target, { outputDir, today, cache, scanArgs, ruleDigests, timeoutMs, env: io.env });
      results[index] = repo;
      if (cacheEntry) cache.entries[target.absolutePath] = cacheEntry;
      else delete cache.entries[target.absolutePath];
      await saveCache();
      progress.done(repo, index);
    })
  );
  progress.stop();
  await cacheWrites;
  await removeStaleReports(reportsDir, results);
  let doc = sweepDocument(`driftless ${toolVersion()}`, (/* @__PURE__ */ new Date()).toISOString(), results, rules);
  if (previous) doc = compareDocuments(doc, previous);
  await writeAtomically(join(outputDir, SWEEP_AGGREGATE_FILE), `${JSON.stringify(doc, null, 2)}
`);
  const { renderHtml } = await import('./html-BUtfiokL.js');
  const linkBase = Object.fromEntries(targets.map((t, i) => [doc.repositories[i]?.name ?? t.name, linkBaseFrom(outputDir, t.absolutePath)]));
  await writeAtomically(join(outputDir, SWEEP_HTML_FILE), renderHtml(doc, { linkBase, ...linkTemplate !== void 0 ? { linkTemplate } : {} }));
  const s = doc.summary;
  const shownDir = shown(io.cwd, outputDir);
  io.stdout.write(
    `driftless sweep: ${s.repositories} repositor${s.repositories === 1 ? "y" : "ies"} (${s.scanned} scanned, ${s.cached} unchanged since the last sweep, ${s.failed} failed): ${s.findings} finding${s.findings === 1 ? "" : "s"} (${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}, ${s.notes} note${s.notes === 1 ? "" : "s"})${doc.comparison ? `; since ${compare} (${doc.comparison.previousCreatedAt}): ${doc.comparison.new} new, ${doc.comparison.fixed} fixed, ${doc.comparison.open} still open` : ""}
reports: ${join(shownDir, SWEEP_AGGREGATE_FILE)}, ${join(shownDir, SWEEP_HTML_FILE)}, ${join(shownDir, SWEEP_REPORTS_FOLDER)}/<repository>.sarif and .json
`
  );
  const failures = doc.repositories.filter((x) => x.status === "failed");
  for (const r of failures) io.stdout.write(`failed: ${r.name} (${r.path}): ${r.reason}
`);
  if (flag(parsed, "strict") && failures.length > 0) return EXIT_FINDINGS;
  if (failOn === "none") return EXIT_OK;
  const threshold = levelRank(failOn);
  return doc.repositories.some((r) => r.findings.some((f) => !f.suppressed && levelRank(f.level) >= threshold)) ? EXIT_FINDINGS : EXIT_OK;
}
async function removeStaleReports(reportsDir, results) {
  const owned = new Set(results.flatMap((r) => [r.reports?.sarif, r.reports?.json]).filter((f) => f !== void 0).map((f) => basename(f)));
  for (const entry of await readdir(reportsDir, { withFileTypes: true }).catch(() => [])) {
    if (entry.isFile() && /\.(sarif|json)$/.test(entry.name) && !owned.has(entry.name)) await rm(join(reportsDir, entry.name), { force: true }).catch(() => void 0);
  }
}
async function packRules(ruleDirs, only, skip) {
  const { loadRules } = await import('./engine-CVe__0Rg.js');
  const { configureRules, RuleSettingError } = await import('./configure-C9xcSfrK.js');
  const pack = await loadRules(ruleDirs.length ? { extraDirs: ruleDirs } : {});
  try {
    configureRules(pack, { rules: {}, only, skip });
  } catch (error) {
    if (error instanceof RuleSettingError) throw new CliError(`${settingError(error, void 0, void 0).message} (a sweep checks its options against the built-in rules and --rules folders; a rule a repository's own configuration adds cannot be named here)`);
    throw error;
  }
  return sweepRules(pack);
}
async function sweepOne(target, ctx) {
  const base = { name: target.name, path: target.shownAs, root: relative(ctx.outputDir, target.absolutePath).split(sep).join("/") || "." };
  const failed = (reason, extra = {}) => ({ repository: { ...base, status: "failed", reason, filesScanned: 0, findings: [], ...extra } });
  const { info, problem } = statOf(target.absolutePath);
  if (!info) return failed(problem === "ENOENT" ? "not found: the listing names a folder that does not exist (or a symbolic link to none)" : `cannot be read (${problem}): ${problem === "ELOOP" ? "a symbolic link that leads to itself" : problem === "ENOTDIR" ? "a path through something that is not a folder" : "check the path and its permissions"}`);
  if (!info.isDirectory()) return failed("not a folder: sweep scans repository folders");
  try {
    readdirSync(target.absolutePath);
  } catch (error) {
    return failed(`cannot read the folder (${error.code ?? error.message})`);
  }
  const head = gitHead(target.absolutePath);
  if (!head) return failed("not a git repository (no .git): sweep scans git checkouts, whose HEAD keys its cache; clone it, or run driftless scan on the folder");
  const git = {
    ...head.revisionId ? { commit: head.revisionId } : {},
    ...head.branch ? { branch: head.branch } : {},
    ...head.remoteUrl ? { remoteUrl: head.remoteUrl } : {}
  };
  const reports = { sarif: `${SWEEP_REPORTS_FOLDER}/${target.stem}.sarif`, json: `${SWEEP_REPORTS_FOLDER}/${target.stem}.json` };
  const sarifFile = join(ctx.outputDir, reports.sarif);
  const jsonFile = join(ctx.outputDir, reports.json);
  const key = await cacheKey(head, target.absolutePath, ctx.scanArgs, ctx.ruleDigests);
  const entry = Object.hasOwn(ctx.cache.entries, target.absolutePath) ? ctx.cache.entries[target.absolutePath] : void 0;
  if (key && entry?.key === key && entry.reports.sarif === reports.sarif && entry.reports.json === reports.json && (entry.until === void 0 || ctx.today <= entry.until)) {
    const report = await readJsonReport(jsonFile).catch(() => void 0);
    if (report?.sha256 === entry.sha256.json && await fileDigest(sarifFile) === entry.sha256.sarif) {
      return { repository: { ...base, status: "cached", ...git, ...report.repository, reports, durationMs: 0 }, cacheEntry: entry };
    }
  }
  const started = performance.now();
  const args = ["scan", ".", "--root", ".", "--format", "sarif", "--output", sarifFile, "--format", "json", "--output", jsonFile, "--fail-on", "none", "--quiet", ...ctx.scanArgs];
  const child = await runChild(args, target.absolutePath, ctx.timeoutMs, ctx.env);
  const durationMs = Math.round(performance.now() - started);
  const drop = async () => {
    await rm(sarifFile, { force: true }).catch(() => void 0);
    await rm(jsonFile, { force: true }).catch(() => void 0);
  };
  if (child.timedOut) {
    await drop();
    return failed(`the scan took longer than ${ctx.timeoutMs / 1e3} s and was stopped; raise --timeout`, { ...git, durationMs });
  }
  if (child.code === 0) {
    try {
      const report = await readJsonReport(jsonFile);
      const repository = { ...base, status: "scanned", ...git, ...report.repository, reports, durationMs };
      const sarif = await fileDigest(sarifFile);
      return { repository, ...key && sarif ? { cacheEntry: { key, reports, sha256: { sarif, json: report.sha256 }, ...report.until ? { until: report.until } : {} } } : {} };
    } catch (error) {
      await drop();
      return failed(`its JSON report could not be read back (${error.message})`, { ...git, durationMs });
    }
  }
  await drop();
  const said = lastWords(child.stderr);
  if (child.code === 2) return failed(said || "the scan refused its input (exit 2)", { ...git, durationMs });
  if (child.code === 3) return failed(`driftless crashed scanning it (please report it): ${said}`, { ...git, durationMs });
  return failed(`the scan ended abnormally (${child.error ?? (child.signal ? `signal ${child.signal}` : `exit ${child.code}`)})${said ? `: ${said}` : ""}`, { ...git, durationMs });
}

export { SWEEP_AGGREGATE_FILE, SWEEP_CACHE_FILE, SWEEP_HTML_FILE, SWEEP_REPORTS_FOLDER, reportFileStem, sweepCommand, sweepTargets };
