import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateRulesDoc, RULES_DOC_FILE } from "../../scripts/rules-doc.js";
import { defaultHelpUri, groupByFamily, normaliseRepository, renderRulesDoc, ruleAnchor, ruleDocPath } from "../../src/docs/rules-doc.js";
import { makeRule } from "../support/factories.js";

describe("docs/rules.md", () => {
  it("is what the rules generate", async () => {
    const generated = await generateRulesDoc();
    let current = "";
    try {
      current = readFileSync(RULES_DOC_FILE, "utf8");
    } catch {
      // missing: reported by the comparison below
    }
    expect(current === generated, "docs/rules.md is out of date with rules/*.yaml: run `npm run docs:rules` and commit the result").toBe(true);
  });

  it("has an index row and a section, with its anchor, for every built-in rule", async () => {
    const text = await generateRulesDoc();
    const ids = [...text.matchAll(/^<a id="([a-z0-9-]+)"><\/a>$/gm)].map((m) => m[1]);
    const rows = [...text.matchAll(/^\| \[([A-Z]+-\d+)\]\(#([a-z0-9-]+)\) \|/gm)];
    expect(rows.length).toBe(ids.length);
    for (const [, id, anchor] of rows) {
      expect(anchor).toBe(ruleAnchor(id!));
      expect(ids).toContain(anchor);
      expect(text).toContain(`### ${id}: `);
    }
  });
});

describe("renderRulesDoc", () => {
  const rules = [
    makeRule({ id: "IAC-000", title: "File could not be parsed" }),
    makeRule({ id: "DAT-001", title: "Stateful", formats: ["cloudformation"] }),
    makeRule({ id: "ZZZ-001", title: "A family of its own", enabled: false }),
    makeRule({ id: "PIN-002", title: "Second", examples: { pulumi: "new x.Y();", terraform: 'resource "a" "b" {}' }, references: ["https://example.org/pin"] }),
    makeRule({ id: "PIN-001", title: "First | with a pipe" }),
    makeRule({ id: "RNP-001", title: "Remote" }),
  ];

  it("orders families as the catalog does, unknown ones after, IAC last; rules by ID", () => {
    expect(groupByFamily(rules).map((f) => `${f.prefix}:${f.rules.map((r) => r.id).join(",")}`)).toEqual([
      "PIN:PIN-001,PIN-002",
      "RNP:RNP-001",
      "DAT:DAT-001",
      "ZZZ:ZZZ-001",
      "IAC:IAC-000",
    ]);
  });

  it("renders index rows, sections with examples per format in a fixed order, and the enabled state", () => {
    const text = renderRulesDoc(rules);
    expect(text).toContain("| [PIN-001](#pin-001) | First \\| with a pipe | error |");
    expect(text).toMatch(/\| \[ZZZ-001\]\(#zzz-001\) \| A family of its own \| .* \| no \|/);
    expect(text.indexOf("Terraform:\n\n```hcl")).toBeGreaterThan(0);
    expect(text.indexOf("Terraform:\n\n```hcl")).toBeLessThan(text.indexOf("Pulumi:\n\n```typescript"));
    expect(text).toContain("- <https://example.org/pin>");
    expect(text.indexOf("### PIN-001:")).toBeLessThan(text.indexOf("### IAC-000:"));
    expect(renderRulesDoc(rules)).toBe(text);
  });
});

describe("rule documentation addresses", () => {
  it("anchors by ID, so a new title keeps links working", () => {
    expect(ruleAnchor("PIN-005")).toBe("pin-005");
    expect(ruleDocPath("PIN-005")).toBe("docs/rules.md#pin-005");
  });

  it.each([
    ["github:acme/driftless", "https://github.com/acme/driftless"],
    ["acme/driftless", "https://github.com/acme/driftless"],
    ["git+https://github.com/acme/driftless.git", "https://github.com/acme/driftless"],
    ["https://gitlab.com/acme/tools/driftless", "https://gitlab.com/acme/tools/driftless"],
    ["git@github.com:acme/driftless.git", "https://github.com/acme/driftless"],
    ["not a url", null],
  ])("repository %s is %s", (repository, url) => {
    expect(normaliseRepository(repository)).toBe(url);
  });

  it("the default helpUri is the rule's section in the repository, and absent without a repository (SARIF wants an absolute URI)", () => {
    expect(defaultHelpUri("PIN-005", "https://github.com/acme/driftless")).toBe("https://github.com/acme/driftless/blob/HEAD/docs/rules.md#pin-005");
    expect(defaultHelpUri("PIN-005", null)).toBeUndefined();
  });
});
