// Runs one scan in this process and prints its statistics as JSON; run.mjs starts one process
// per measurement so peak memory (maxRSS) belongs to that scan alone.
import path from "node:path";
import { performance } from "node:perf_hooks";

const [target, root] = process.argv.slice(2);
const started = performance.now();
const { runScan } = await import("../dist/cli/pipeline.js");
const outcome = await runScan({ paths: [target], root: root ?? path.dirname(target) });
const elapsed = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    ms: elapsed,
    files: outcome.filesScanned,
    findings: outcome.findings.length,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
