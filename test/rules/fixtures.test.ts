import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { classify } from "../../src/discover/classify.js";
import { evaluate, loadRules, type Rule } from "../../src/engine/index.js";
import { compareExpectations, inlineExpectations, sidecarExpectations } from "../../src/engine/expectations.js";
import { scanFile } from "../../src/scanners/index.js";

/**
 * Every rule's fixtures, with the truth written inside them (`# expect: ID` above the line of
 * each finding, or a `<file>.expect` sidecar). Positive fixtures must produce exactly the
 * expected findings; negative ones must produce none.
 */
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/rules");
const rules = await loadRules();
const ruleIds = readdirSync(FIXTURES).sort();

function fixtureFiles(ruleId: string): string[] {
  return readdirSync(path.join(FIXTURES, ruleId))
    .filter((name) => !name.endsWith(".expect") && classify(name) !== null)
    .sort();
}

async function findingsFor(rule: Rule, file: string) {
  const kind = classify(file)!;
  const text = readFileSync(file, "utf8");
  const relative = path.relative(FIXTURES, file).split(path.sep).join("/");
  const result = await scanFile(kind, { path: relative, absolutePath: file, text });
  return { result, findings: evaluate(result.resources, [rule]), text };
}

describe.each(ruleIds)("%s fixtures", (ruleId) => {
  const rule = rules.find((r) => r.id === ruleId)!;

  it("is a rule of the pack with positive and negative fixtures for each Terraform syntax it covers", () => {
    expect(rule).toBeDefined();
    const files = fixtureFiles(ruleId);
    expect(files.some((f) => f.startsWith("positive"))).toBe(true);
    expect(files.some((f) => f.startsWith("negative"))).toBe(true);
  });

  for (const name of fixtureFiles(ruleId)) {
    const file = path.join(FIXTURES, ruleId, name);
    it(`${name} produces exactly its expected findings`, async () => {
      const { result, findings, text } = await findingsFor(rule, file);
      expect(result.diagnostics).toEqual([]);
      const sidecar = `${file}.expect`;
      const expected = [...inlineExpectations(text), ...(existsSync(sidecar) ? sidecarExpectations(readFileSync(sidecar, "utf8")) : [])].filter(
        (e) => e.ruleId === ruleId,
      );
      if (name.startsWith("negative")) expect(expected).toEqual([]);
      else expect(expected.length).toBeGreaterThan(0);
      const report = compareExpectations(expected, findings);
      expect({ missing: report.missing, unexpected: report.unexpected.map((f) => `${f.range.start.line}: ${f.message}`) }).toEqual({ missing: [], unexpected: [] });
    });
  }
});
