/**
 * The fuzz suite's bounded run in `npm test`: FUZZ_CASES mutated fixtures (every format), in
 * batches, with a fixed seed so a failure reproduces; `npm run fuzz -- --runs N --seed S` runs
 * more. See property.ts for what is mutated and what must hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseArb, checkBatch, mutate, SEEDS } from "./property.js";

const FUZZ_CASES = 120;
const BATCH = 12;

describe("fuzzing the scanners with mutated fixtures", () => {
  it(`${FUZZ_CASES} cases: exit 0 or 1, valid SARIF, no internal error, every region inside its file, within budget`, { timeout: 120_000 }, async () => {
    const cases = fc.sample(caseArb, { numRuns: FUZZ_CASES, seed: 20261201 });
    for (let i = 0; i < cases.length; i += BATCH) {
      const report = await checkBatch(cases.slice(i, i + BATCH));
      expect(report.problems, JSON.stringify(cases.slice(i, i + BATCH))).toEqual([]);
    }
  });

  it("mutations do what they say", () => {
    expect(mutate("abcdef", { kind: "truncate", at: 0.5 })).toBe("abc");
    expect(mutate("a\nb\nc", { kind: "swap-lines", a: 0, b: 0.99 })).toBe("c\nb\na");
    expect(mutate("a\nb", { kind: "duplicate-line", line: 0 })).toBe("a\na\nb");
    expect(mutate("xy", { kind: "deepen", at: 0.5, span: 1, depth: 2, pair: ["[", "]"] })).toBe("x[[y]]");
    expect(mutate("ab", { kind: "flip", at: 0, to: "{" })).toBe("{b");
    expect(mutate("a\nb\r\nc", { kind: "line-endings", to: "\r" })).toBe("a\rb\rc");
    expect(SEEDS.length).toBeGreaterThan(10);
  });
});
