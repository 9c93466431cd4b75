import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { explainText } from "../../src/cli/rules.js";
import { main } from "../../src/cli/main.js";
import { loadRules } from "../../src/engine/index.js";
import { fakeIo } from "../support/io.js";
import { makeRule } from "../support/factories.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

async function run(...argv: string[]) {
  const io = fakeIo(REPO);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("driftless rules", () => {
  it("lists every rule of the pack once, with its level, enabled state and formats", async () => {
    const rules = await loadRules();
    const { code, out } = await run("rules");
    expect(code).toBe(0);
    const rows = out.trimEnd().split("\n").slice(1);
    expect(rows.map((r) => r.split(/\s+/)[0])).toEqual(rules.map((r) => r.id).sort());
    for (const rule of rules) {
      const row = rows.find((r) => r.startsWith(`${rule.id} `))!;
      expect(row.split(/\s{2,}/).slice(0, 4)).toEqual([rule.id, rule.level, rule.enabled ? "yes" : "no", rule.formats.join(",")]);
    }
  });

  it("adds the rules of --rules directories", async () => {
    const { code, out } = await run("rules", "--rules", "fixtures/cli/custom-rules");
    expect(code).toBe(0);
    expect(out).toMatch(/^ACME-001\s+/m);
    expect(out).toMatch(/^PIN-005\s+/m);
  });
});

describe("driftless explain", () => {
  it("prints a built-in rule's documentation: description, remediation, examples, references and where the reference lives", async () => {
    const { code, out } = await run("explain", "PIN-006");
    expect(code).toBe(0);
    const rule = (await loadRules()).find((r) => r.id === "PIN-006")!;
    expect(out).toContain(rule.description.slice(0, 60));
    expect(out).toContain("Remediation:");
    expect(out).toContain("Example (terraform):");
    expect(out).toContain("Example (pulumi):");
    expect(out).toContain(`  - ${rule.references[0]}`);
    expect(out).toMatch(rule.helpUri ? /More: https?:\/\/\S+#pin-006\n$/ : /More: docs\/rules\.md#pin-006 in the driftless repository\n$/);
  });

  it("shows examples in format order, a custom rule's help-uri, and nothing about the pack's docs for custom rules", () => {
    const custom = makeRule({
      id: "ACME-001",
      sourceFile: "/somewhere/else/ACME-001.yaml",
      examples: { pulumi: "new x.Y();", terraform: 'resource "a" "b" {}' },
      helpUri: undefined,
    });
    const text = explainText(custom);
    expect(text.indexOf("Example (terraform):")).toBeLessThan(text.indexOf("Example (pulumi):"));
    expect(text).not.toContain("More:");
    expect(explainText({ ...custom, helpUri: "https://example.org/acme-001" })).toMatch(/More: https:\/\/example\.org\/acme-001\n$/);
  });

  it("finds a rule of a --rules directory, and says how to list rules for an unknown ID", async () => {
    expect((await run("explain", "acme-001", "--rules", "fixtures/cli/custom-rules")).out).toMatch(/^ACME-001: /);
    expect(await run("explain", "NOPE-001")).toEqual({ code: 2, out: "", err: "driftless: unknown rule NOPE-001 (see driftless rules)\n" });
  });
});
