import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules, type Rule } from "../../src/engine/index.js";
import { runPackOverFixtures, runRuleTests } from "../../src/rule-tests.js";

/**
 * Every rule's fixtures, with the truth written inside them (`# expect: ID` above the line of
 * each finding, or a `<file>.expect` sidecar for JSON). Positive fixtures must produce exactly
 * the expected findings (rule and line); negative ones none. This is `driftless test-rules`.
 */
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/rules");
const rules = await loadRules();
const report = await runRuleTests(rules, FIXTURES);
const ruleIds = readdirSync(FIXTURES).sort();

/** The fixtures each format's syntaxes need: a positive and a negative one per syntax. */
const REQUIRED: Record<string, string[]> = {
  terraform: ["positive.tf", "negative.tf", "positive.tf.json", "negative.tf.json"],
  cloudformation: ["positive.yaml", "negative.yaml", "positive.json", "negative.json"],
};
/** True for a gate rule: every selector names the kind `change` or `drift`. */
function selectsChangesOnly(rule: Rule): boolean {
  return rule.checks.every((check) => [check.select].flat().every((selector) => [selector.kind ?? []].flat().some((kind) => kind === "change" || kind === "drift")));
}

/** Pulumi fixtures are programs (`positive.ts`) or whole projects (a folder `positive/` with a `Pulumi.yaml`). */
const PULUMI = /^(positive|negative)[\w-]*(\.ts)?$/;

describe.each(ruleIds)("%s fixtures", (ruleId) => {
  const outcomes = report.outcomes.filter((o) => o.ruleId === ruleId);

  it("belongs to a rule of the pack and has positive and negative fixtures for every syntax of its formats", () => {
    const rule = rules.find((r) => r.id === ruleId);
    expect(rule).toBeDefined();
    const names = outcomes.map((o) => o.fixture.slice(ruleId.length + 1));
    if (selectsChangesOnly(rule!)) {
      // Gate rules read plans, change sets and previews: a folder per format, with the code the input maps into.
      for (const format of rule!.formats) for (const side of ["positive", "negative"]) expect(names.some((n) => n.startsWith(`${side}-${format}`))).toBe(true);
      return;
    }
    for (const format of rule!.formats) for (const wanted of REQUIRED[format] ?? []) expect(names).toContain(wanted);
    if (rule!.formats.includes("pulumi")) {
      const pulumi = names.filter((n) => PULUMI.test(n) && (n.endsWith(".ts") || existsSync(path.join(FIXTURES, ruleId, n, "Pulumi.yaml"))));
      expect(pulumi.some((n) => n.startsWith("positive"))).toBe(true);
      expect(pulumi.some((n) => n.startsWith("negative"))).toBe(true);
    }
  });

  for (const outcome of outcomes) {
    it(`${outcome.fixture} produces exactly its expected findings`, () => {
      const negative = outcome.fixture.split("/")[1]!.startsWith("negative");
      if (negative) expect(outcome.expected).toEqual([]);
      else expect(outcome.expected.length).toBeGreaterThan(0);
      expect({
        diagnostics: outcome.diagnostics.map((d) => d.message),
        missing: outcome.missing,
        unexpected: outcome.unexpected.map((f) => `${f.range.start.line}: ${f.message}`),
      }).toEqual({ diagnostics: [], missing: [], unexpected: [] });
    });
  }
});

describe("rule pack coverage", () => {
  it("every rule with checks has fixtures", () => {
    expect(report.untested).toEqual([]);
  });
});

/**
 * The pack as users run it (the enabled rules) over every fixture: a rule that fires on a
 * fixture written for another rule must be listed there too, so no rule fires where nobody
 * looked.
 */
describe("the whole pack over every fixture", async () => {
  const pack = await runPackOverFixtures(
    rules.filter((r) => r.enabled),
    FIXTURES,
  );
  it.each(pack.map((o) => [o.fixture, o] as const))("%s: every finding of the pack is expected there", (_name, outcome) => {
    expect({
      missing: outcome.missing,
      unexpected: outcome.unexpected.map((f) => `${f.ruleId} ${f.range.start.line}: ${f.message}`),
    }).toEqual({ missing: [], unexpected: [] });
  });
});
