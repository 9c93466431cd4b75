// `npm run bench`: throughput, peak memory and cold start of the built CLI (dist/), on generated
// corpora (100, 1,000 and 10,000 mixed files; a multi-module Terraform repository), on the
// repository's fixtures, and, when present on this machine, on snapshots of real repositories
// under /tmp/repos; plus parse-only floors (our HCL parser alone, hcl2json alone) and one-file
// cold scans per format against a bare `node -e ''`. A harness, not a timed test: it prints one
// table and writes bench/results.json (machine info and every row's numbers).
//
// Environment: BENCH_SIZES (default "100,1000,10000"), BENCH_RUNS (cold-start runs per format,
// default 11), BENCH_SCAN_RUNS (runs of each scan, default 3: the median is reported; this
// machine's times wander by 10-20 % from one run to the next), BENCH_HCL2JSON=0 skips hcl2json floors (the slowest part: ~6 ms per file),
// BENCH_SNAPSHOTS (default /tmp/repos; "" to skip).
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { generateCorpus, generatePulumiProject, generateTerraformRepo } from "./corpus.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? "100,1000,10000").split(",").filter(Boolean).map(Number);
const coldRuns = Number(process.env.BENCH_RUNS ?? 11);
const scanRuns = Math.max(1, Number(process.env.BENCH_SCAN_RUNS ?? 3));
const withHcl2json = process.env.BENCH_HCL2JSON !== "0";
const snapshotRoot = process.env.BENCH_SNAPSHOTS ?? "/tmp/repos";
const benchStarted = performance.now();

/**
 * A scan in a fresh process (bench/measure.mjs), BENCH_SCAN_RUNS times: the run of median time
 * ({ ms, files, findings, maxRssMb }), with the highest peak memory of all runs.
 */
function measure(target, root) {
  const runs = Array.from({ length: scanRuns }, () =>
    JSON.parse(execFileSync(process.execPath, [path.join(repo, "bench/measure.mjs"), target, root], { encoding: "utf8", maxBuffer: 64 << 20 })),
  );
  const middle = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
  return { ...middle, maxRssMb: Math.max(...runs.map((r) => r.maxRssMb)) };
}

/** Parse-only floors on the .tf files under dir (bench/floors.ts under tsx). */
function floors(dir) {
  const args = ["--import", "tsx", path.join(repo, "bench/floors.ts"), dir];
  if (!withHcl2json) args.push("--no-hcl2json");
  return JSON.parse(execFileSync(process.execPath, args, { cwd: repo, encoding: "utf8", maxBuffer: 64 << 20 }));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function timeProcess(args) {
  const t = performance.now();
  try {
    execFileSync(process.execPath, args, { stdio: "ignore" });
  } catch {
    // a scan with findings may exit non-zero; the time still counts
  }
  return performance.now() - t;
}

/**
 * Median wall time (ms) of a bare `node -e ''` and of the CLI scanning one small file per format.
 * Runs are interleaved (one of each per round) so drift in machine load hits all alike.
 */
function coldStarts(files) {
  const times = { node: [], ...Object.fromEntries(Object.keys(files).map((k) => [k, []])) };
  for (let round = 0; round < coldRuns; round++) {
    times.node.push(timeProcess(["-e", ""]));
    for (const [format, file] of Object.entries(files)) {
      times[format].push(timeProcess([path.join(repo, "bin/driftless.js"), "scan", file, "--fail-on", "none"]));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

const rows = [];
/** Adds a result row; numbers stay numbers in results.json, the table formats them. */
function row(scenario, { files = null, lines = null, findings = null, ms, maxRssMb = null, ratio = null, ratioOf = null }) {
  rows.push({
    scenario,
    files,
    lines,
    findings,
    ms,
    msPerFile: files ? ms / files : null,
    filesPerSec: files ? (files / ms) * 1000 : null,
    maxRssMb,
    ratio,
    ratioOf,
  });
}

function scanWithFloors(label, dir, lines) {
  const m = measure(dir, dir);
  const f = floors(dir);
  row(label, { files: m.files, lines, findings: m.findings, ms: m.ms, maxRssMb: m.maxRssMb, ratio: m.ms / f.oursMs, ratioOf: "full scan ÷ our parser floor" });
  row(`  floor: our HCL parser alone, its ${f.tfFiles} .tf files${f.oursRejected ? ` (${f.oursRejected} rejected)` : ""}`, { files: f.tfFiles, ms: f.oursMs });
  if (f.hcl2jsonMs !== null) {
    row(`  floor: hcl2json alone, same ${f.tfFiles} .tf files${f.hcl2jsonRejected ? ` (${f.hcl2jsonRejected} rejected)` : ""}`, {
      files: f.tfFiles,
      ms: f.hcl2jsonMs,
      ratio: f.hcl2jsonMs / f.oursMs,
      ratioOf: "hcl2json ÷ our parser",
    });
  }
}

const tmp = mkdtempSync(path.join(tmpdir(), "driftless-bench-"));
try {
  // Cold starts first, before the large scans churn the machine's caches. Each fixture alone in
  // its own folder: a Terraform module is its whole directory, so scanning
  // fixtures/rules/PIN-005/positive.tf in place would read its siblings too.
  const alone = (fixture) => {
    const file = path.join(tmp, `cold-${path.extname(fixture).slice(1)}`, path.basename(fixture));
    cpSync(path.join(repo, fixture), file);
    return file;
  };
  const cold = coldStarts({
    Terraform: alone("fixtures/rules/PIN-005/positive.tf"),
    CloudFormation: alone("fixtures/rules/PIN-005/positive.yaml"),
    Pulumi: alone("fixtures/rules/PIN-005/positive.ts"),
  });
  for (const size of sizes) {
    const dir = path.join(tmp, `corpus-${size}`);
    const { lines } = generateCorpus(dir, size);
    scanWithFloors(`generated IaC (TF + CFN), ${size.toLocaleString("en-US")} files`, dir, lines);
  }

  const tfRepo = path.join(tmp, "terraform-repo");
  const tf = generateTerraformRepo(tfRepo);
  scanWithFloors("generated multi-module Terraform repo (envs → modules → modules)", tfRepo, tf.lines);

  const pulumiDir = path.join(tmp, "pulumi-200");
  const pulumi = generatePulumiProject(pulumiDir, 200);
  const p = measure(pulumiDir, pulumiDir);
  row("generated Pulumi project, 200 programs", { files: p.files, lines: pulumi.lines, findings: p.findings, ms: p.ms, maxRssMb: p.maxRssMb });

  const fixtures = path.join(repo, "fixtures");
  const f = measure(fixtures, repo);
  row("fixtures/", { files: f.files, findings: f.findings, ms: f.ms, maxRssMb: f.maxRssMb });

  // Real repositories, only where a snapshot was placed on this machine: never fetched, never
  // required (a fresh clone has none), and labelled so nobody compares them across machines.
  if (snapshotRoot && existsSync(snapshotRoot)) {
    const names = readdirSync(snapshotRoot).filter((n) => n.startsWith("terraform-")).sort();
    if (names.length > 0) {
      const dir = path.join(tmp, "snapshots");
      for (const n of names) cpSync(path.join(snapshotRoot, n), path.join(dir, n), { recursive: true, filter: (src) => !src.includes(`${path.sep}.git`) });
      scanWithFloors(`local snapshot (this machine only): ${snapshotRoot}/terraform-* (${names.length} repos)`, dir, null);
    }
  }

  row(`bare node -e '' (median of ${coldRuns})`, { ms: cold.node });
  for (const format of ["Terraform", "CloudFormation", "Pulumi"]) {
    row(`cold start, CLI on one ${format} file (median of ${coldRuns})`, { ms: cold[format], ratio: cold[format] / cold.node, ratioOf: "÷ bare node start" });
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const fmt = (c, digits) => (c === null || c === undefined ? "" : typeof c === "number" ? (Number.isInteger(c) ? String(c) : c.toFixed(digits ?? (c < 10 ? 2 : 0))) : String(c));
const header = ["scenario", "files", "lines", "findings", "time ms", "ms/file", "files/s", "peak RSS MB", "ratio"];
const cells = rows.map((r) => [
  r.scenario,
  fmt(r.files),
  fmt(r.lines),
  fmt(r.findings),
  fmt(r.ms, 0),
  fmt(r.msPerFile, 3),
  fmt(r.filesPerSec, 0),
  fmt(r.maxRssMb, 0),
  r.ratio === null ? "" : `${r.ratio.toFixed(1)}× (${r.ratioOf})`,
]);
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
const align = (i) => i === 0 || i === header.length - 1;
const line = (r) => "| " + r.map((c, i) => (align(i) ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
console.log(line(header));
console.log("|" + widths.map((w, i) => (align(i) ? ":" + "-".repeat(w + 1) : "-".repeat(w + 1) + ":")).join("|") + "|");
for (const r of cells) console.log(line(r));

const results = {
  machine: { cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version, platform: `${process.platform}-${process.arch}` },
  date: new Date().toISOString(),
  benchSeconds: (performance.now() - benchStarted) / 1000,
  settings: { sizes, coldRuns, scanRuns, hcl2json: withHcl2json, snapshots: snapshotRoot || null },
  rows,
};
writeFileSync(path.join(repo, "bench/results.json"), JSON.stringify(results, null, 2) + "\n");
console.log(`\nwrote bench/results.json (${results.benchSeconds.toFixed(0)} s, ${results.machine.cores} cores, Node ${results.machine.node})`);
