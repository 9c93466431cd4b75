/**
 * The fuzz property (issue 11, item 1), shared by `npm test` (test/fuzz/fuzz.test.ts, a bounded
 * number of cases) and `npm run fuzz` (scripts/fuzz.ts, as many as asked, with a seed).
 *
 * A case is a valid fixture of some format, mutated the ways hand-edited and half-merged files
 * go wrong: truncated, random bytes or syntax tokens inserted, lines duplicated or swapped,
 * nesting deepened, a quote or bracket flipped, line endings changed (CRLF, lone CR, U+2028). Cases are scanned in batches by the real CLI
 * (in-process, SARIF output), each case in a folder of its own; a batch must give exit 0 or 1,
 * SARIF that the official schema accepts, no internal error, every result's region inside its
 * file, and finish within BATCH_BUDGET_MS.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { cliInProcess, REPO } from "../support/cli.js";
import { sarifValidator } from "../support/sarif-schema.js";

/** Valid files of every format the scanners read: where mutations start. */
export const SEEDS = [
  "fixtures/rules/ACC-001/positive.tf",
  "fixtures/rules/ACC-001/positive.tf.json",
  "fixtures/rules/ACC-001/positive.yaml",
  "fixtures/rules/ACC-001/positive.json",
  "fixtures/rules/ACC-001/positive.ts",
  "fixtures/rules/ACC-007/positive.tf",
  "fixtures/rules/ACC-007/positive.yaml",
  "fixtures/rules/PIN-005/positive.tf",
  "fixtures/rules/PIN-005/positive.yaml",
  "fixtures/rules/PIN-005/positive.ts",
  "fixtures/rules/DRF-003/positive.tf",
  "fixtures/rules/RNP-001/positive.tf",
  "fixtures/rules/DAT-001/positive.yaml",
  "fixtures/rules/DAT-001/positive.json",
  "fixtures/rules/ART-004/positive.ts",
  "fixtures/rules/PIN-001/positive.tf",
  // The change gate's inputs, found by content in a scan.
  "fixtures/gate/acceptance/terraform/plan.json",
  "fixtures/gate/acceptance/cloudformation/changeset.json",
  "fixtures/rules/CHG-002/positive-cloudformation/drift.json",
  "fixtures/gate/acceptance/pulumi/preview.json",
];

/** One mutation; offsets are fractions of the text's length, so any mutation fits any seed. */
export type Mutation =
  | { kind: "truncate"; at: number }
  | { kind: "insert"; at: number; text: string }
  | { kind: "duplicate-line"; line: number }
  | { kind: "swap-lines"; a: number; b: number }
  | { kind: "deepen"; at: number; span: number; depth: number; pair: readonly [string, string] }
  | { kind: "flip"; at: number; to: string }
  | { kind: "line-endings"; to: "\r" | "\r\n" | "\u2028" };

const TOKENS = [
  "{", "}", "[", "]", "(", ")", '"', "'", "`", "${", "%{", "}}", "<<EOT\n", "<<-EOF\n", "\nEOT\n", "\n", "\r", "\r\n", "\t", "\u0000",
  "\uFEFF", "\\", "/*", "*/", "#", "//", ":", "::", ",", "=", "=>", "!Ref ", "!Sub ", "!GetAtt ", "Fn::", "- ", "&a ", "*a ", "<<: *a\n", "---\n",
  "? ", "|\n", ">-\n", "@", "?.", "...", "new ", "import(", "require(", "for ", " if ", "each.", "var.", "local.", "module.", "count.index",
  "😀", "é", "\u202E", "\uD800", "0x", "1e999", "-0", "null", "true", "NaN", "\u2028",
];

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const pairs = [["{", "}"], ["[", "]"], ["(", ")"], ['"', '"'], ["${", "}"]] as const;

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("truncate" as const), at: fraction }),
  fc.record({ kind: fc.constant("insert" as const), at: fraction, text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 }), fc.string({ unit: "binary", maxLength: 6 })) }),
  fc.record({ kind: fc.constant("duplicate-line" as const), line: fraction }),
  fc.record({ kind: fc.constant("swap-lines" as const), a: fraction, b: fraction }),
  fc.record({ kind: fc.constant("deepen" as const), at: fraction, span: fraction, depth: fc.integer({ min: 1, max: 400 }), pair: fc.constantFrom(...pairs) }),
  fc.record({ kind: fc.constant("flip" as const), at: fraction, to: fc.constantFrom('"', "'", "{", "}", "[", "]", "(", ")", ":", "=", "\n") }),
  fc.record({ kind: fc.constant("line-endings" as const), to: fc.constantFrom("\r" as const, "\r\n" as const, "\u2028" as const) }),
);

/** A case: which seed, and the mutations applied one after another. */
export const caseArb = fc.record({ seed: fc.integer({ min: 0, max: SEEDS.length - 1 }), mutations: fc.array(mutationArb, { minLength: 1, maxLength: 4 }) });
export type FuzzCase = { seed: number; mutations: Mutation[] };

export function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.min(text.length, Math.floor(f * (text.length + 1)));
  const lines = text.split("\n");
  const line = (f: number) => Math.min(lines.length - 1, Math.floor(f * lines.length));
  switch (m.kind) {
    case "truncate":
      return text.slice(0, pos(m.at));
    case "insert":
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at));
    case "duplicate-line": {
      const i = line(m.line);
      return [...lines.slice(0, i + 1), lines[i]!, ...lines.slice(i + 1)].join("\n");
    }
    case "swap-lines": {
      const a = line(m.a);
      const b = line(m.b);
      const out = [...lines];
      [out[a], out[b]] = [out[b]!, out[a]!];
      return out.join("\n");
    }
    case "deepen": {
      const start = pos(m.at);
      const end = start + Math.floor(m.span * (text.length - start));
      return text.slice(0, start) + m.pair[0].repeat(m.depth) + text.slice(start, end) + m.pair[1].repeat(m.depth) + text.slice(end);
    }
    case "line-endings":
      return text.replace(/\r?\n/g, m.to);
    case "flip": {
      const at = Math.min(text.length - 1, pos(m.at));
      return at < 0 ? text : text.slice(0, at) + m.to + text.slice(at + 1);
    }
  }
}

/** Each batch of cases (one CLI run) must finish within this, on this 2-core machine. */
export const BATCH_BUDGET_MS = 20_000;

const seedTexts = new Map<string, string>();

export interface BatchReport {
  /** What broke, one line each (empty when the property holds). */
  problems: string[];
  ms: number;
  results: number;
}

interface SarifRegion {
  startLine?: number;
  startColumn?: number;
}

/**
 * Scans `cases` in one CLI run and checks the property; never throws for a property failure
 * (it lists it), so a caller can shrink or report.
 */
export async function checkBatch(cases: readonly FuzzCase[]): Promise<BatchReport> {
  // Its own folder, removed after the batch: this also runs outside vitest (scripts/fuzz.ts).
  const dir = await mkdtemp(join(tmpdir(), "driftless-fuzz-"));
  try {
    return await scanBatch(dir, cases);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function scanBatch(dir: string, cases: readonly FuzzCase[]): Promise<BatchReport> {
  await mkdir(join(dir, ".git"));
  const texts = new Map<string, string>();
  for (const [i, c] of cases.entries()) {
    const seed = SEEDS[c.seed]!;
    let text = seedTexts.get(seed);
    if (text === undefined) seedTexts.set(seed, (text = await readFile(join(REPO, seed), "utf8")));
    for (const m of c.mutations) text = mutate(text, m);
    const name = seed.split("/").pop()!;
    const folder = join(dir, `case-${i}`);
    await mkdir(folder);
    // A TypeScript file is read as part of a Pulumi project.
    if (name.endsWith(".ts")) await writeFile(join(folder, "Pulumi.yaml"), "name: fuzz\nruntime: nodejs\n");
    const file = name.endsWith(".ts") ? "index.ts" : name;
    await writeFile(join(folder, file), text);
    texts.set(`case-${i}/${file}`, text);
  }
  const problems: string[] = [];
  const started = performance.now();
  let run: Awaited<ReturnType<typeof cliInProcess>>;
  try {
    run = await cliInProcess(["scan", ".", "--format", "sarif"], dir);
  } catch (error) {
    return { problems: [`exception escaped the CLI: ${(error as Error).stack ?? String(error)}`], ms: performance.now() - started, results: 0 };
  }
  const ms = performance.now() - started;
  if (ms > BATCH_BUDGET_MS) problems.push(`took ${Math.round(ms)} ms, over the ${BATCH_BUDGET_MS} ms budget`);
  if (run.code !== 0 && run.code !== 1) problems.push(`exit code ${run.code}: ${run.stderr.slice(0, 500)}`);
  let sarif: { runs: { results: { message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion } }[] }[] }[] };
  try {
    sarif = JSON.parse(run.stdout);
  } catch {
    return { problems: [...problems, `stdout is not JSON: ${run.stdout.slice(0, 200)}`], ms, results: 0 };
  }
  const validate = sarifValidator();
  if (!validate(sarif)) problems.push(`SARIF rejected by the schema: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
  const results = sarif.runs.flatMap((r) => r.results);
  for (const result of results) {
    if (/internal error/i.test(result.message.text)) problems.push(`internal error: ${result.message.text}`);
    for (const location of result.locations ?? []) {
      const uri = decodeURIComponent(location.physicalLocation.artifactLocation.uri);
      const text = texts.get(uri);
      if (text === undefined) continue;
      const lines = text.split(/\r\n|\r|\n/);
      const region = location.physicalLocation.region ?? {};
      const line = region.startLine ?? 1;
      const column = region.startColumn ?? 1;
      // Lines as the most generous of the formats count them; a column may point just past the
      // line's end (the newline), nowhere further.
      if (line < 1 || line > lines.length || column < 1 || column > Math.max(...lines.map((l) => l.length)) + 2) {
        problems.push(`${uri}: region ${line}:${column} outside the file (${lines.length} lines): ${result.message.text.slice(0, 200)}`);
      }
    }
  }
  return { problems, ms, results: results.length };
}
