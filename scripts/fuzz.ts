/**
 * `npm run fuzz -- [--runs N] [--seed S] [--batch B]`: the fuzz property of test/fuzz/property.ts
 * on N cases (default 1000) drawn with seed S (default: random, printed so a run can be repeated),
 * B cases per CLI run (default 20). Prints the counts and every failing batch with the cases that
 * make it up (a JSON list to paste into a regression test); exits 1 when any batch failed.
 */
import fc from "fast-check";
import { caseArb, checkBatch, SEEDS } from "../test/fuzz/property.js";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number, not ${JSON.stringify(process.argv[i + 1])}`);
  return value;
}

const runs = option("runs", 1000);
const seed = option("seed", Math.floor(Math.random() * 2 ** 31));
const batch = Math.max(1, option("batch", 20));
console.log(`fuzz: ${runs} cases, seed ${seed}, ${batch} per run, ${SEEDS.length} seed fixtures`);
const cases = fc.sample(caseArb, { numRuns: runs, seed });
let failed = 0;
let results = 0;
let slowest = 0;
const started = performance.now();
for (let i = 0; i < cases.length; i += batch) {
  const slice = cases.slice(i, i + batch);
  const report = await checkBatch(slice);
  results += report.results;
  slowest = Math.max(slowest, report.ms);
  if (report.problems.length > 0) {
    failed++;
    console.log(`\nbatch ${i / batch} (cases ${i}-${i + slice.length - 1}) failed:\n  ${report.problems.join("\n  ")}\ncases: ${JSON.stringify(slice)}`);
  }
}
const batches = Math.ceil(cases.length / batch);
console.log(`\nfuzz: ${cases.length} cases in ${batches} runs, ${results} results, ${failed} failing runs, slowest run ${Math.round(slowest)} ms, ${((performance.now() - started) / 1000).toFixed(1)} s in all (seed ${seed})`);
process.exitCode = failed > 0 ? 1 : 0;
