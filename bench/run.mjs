// `npm run bench`: throughput, peak memory and cold start of the built CLI, on a generated
// corpus and on the repository's fixtures. A harness, not a timed test: it prints a table.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { generateCorpus, generatePulumiProject } from "./corpus.mjs";

const repo = fileURLToPath(new URL("..", import.meta.url));
const sizes = (process.env.BENCH_SIZES ?? "100,1000").split(",").map(Number);

function measure(target, root) {
  const out = execFileSync(process.execPath, [path.join(repo, "bench/measure.mjs"), target, root], { encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out);
}

function coldStart(file) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    try {
      execFileSync(process.execPath, [path.join(repo, "bin/driftless.js"), "scan", file, "--fail-on", "none"], { stdio: "ignore" });
    } catch {}
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}

const rows = [];
const tmp = mkdtempSync(path.join(tmpdir(), "driftless-bench-"));
try {
  for (const size of sizes) {
    const dir = path.join(tmp, `corpus-${size}`);
    const { lines } = generateCorpus(dir, size);
    const m = measure(dir, dir);
    rows.push([`generated IaC (TF + CFN), ${size} files`, m.files, lines, m.findings, m.ms, (m.files / m.ms) * 1000, m.maxRssMb]);
  }
  const pulumiDir = path.join(tmp, "pulumi-200");
  const pulumi = generatePulumiProject(pulumiDir, 200);
  const p = measure(pulumiDir, pulumiDir);
  rows.push(["generated Pulumi project, 200 programs", p.files, pulumi.lines, p.findings, p.ms, (p.files / p.ms) * 1000, p.maxRssMb]);
  const fixtures = path.join(repo, "fixtures");
  const f = measure(fixtures, repo);
  rows.push(["fixtures/", f.files, "", f.findings, f.ms, (f.files / f.ms) * 1000, f.maxRssMb]);
  const cold = coldStart(path.join(repo, "fixtures/rules/PIN-001/positive.tf"));
  rows.push(["cold start, CLI on one small file (median of 5)", 1, "", "", cold, "", ""]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const header = ["scenario", "files", "lines", "findings", "time ms", "files/s", "peak RSS MB"];
const cells = rows.map((r) => r.map((c) => (typeof c === "number" ? (Number.isInteger(c) ? String(c) : c.toFixed(c < 10 ? 2 : 0)) : String(c))));
const widths = header.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
const line = (r) => "| " + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ") + " |";
console.log(line(header));
console.log("|" + widths.map((w, i) => (i === 0 ? "-".repeat(w + 1) + ":" : "-".repeat(w + 1) + ":")).join("|").replace(/^\|-/, "|:-").replace(/:\|/, "-|") + "|");
for (const r of cells) console.log(line(r));
