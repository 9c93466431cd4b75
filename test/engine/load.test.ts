import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadRules, RuleLoadError } from "../../src/engine/index.js";
import { parseRuleFile } from "../../src/engine/rule-file.js";

const valid = `id: ACME-001
title: Buckets need names
level: warning
security-severity: "4.0"
tags: [custom]
formats: [terraform]
description: Every bucket must have a name so that it is never replaced by accident.
remediation: Set the bucket argument on every aws_s3_bucket.
checks:
  - select: { format: terraform, type: aws_s3_bucket }
    when: { absent: $attributes.bucket }
    message: "{name} has no bucket name"
`;

function problem(text: string): RuleLoadError {
  try {
    parseRuleFile("rules/x.yaml", text);
  } catch (error) {
    if (error instanceof RuleLoadError) return error;
    throw error;
  }
  throw new Error("expected the rule file to be rejected");
}

describe("rule loading", () => {
  it("loads the built-in pack with unique ids and the eleven Terraform rules", async () => {
    const rules = await loadRules();
    const ids = rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["PIN-001", "PIN-002", "PIN-005", "PIN-006", "RNP-001", "RNP-002", "DRF-001", "DRF-002", "ART-001", "ACC-001", "ACC-002", "IAC-000"]) {
      expect(ids).toContain(id);
    }
    for (const rule of rules) {
      expect(Number(rule.securitySeverity)).toBeGreaterThan(0);
      expect(Number(rule.securitySeverity)).toBeLessThanOrEqual(10);
      expect(rule.tags).toContain(rule.id === "IAC-000" ? "parse" : rule.id === "IAC-001" ? "suppression" : rule.id.slice(0, 3));
      // RULES.md: remediation with a corrected example per format the rule covers.
      if (!rule.id.startsWith("IAC-")) expect(Object.keys(rule.examples).sort(), rule.id).toEqual([...rule.formats].sort());
    }
  });

  it("accepts a custom rule in the same format", () => {
    const rule = parseRuleFile("rules/x.yaml", valid);
    expect(rule).toMatchObject({ id: "ACME-001", level: "warning", enabled: true, precision: "high" });
  });

  it("names file, line and path for a schema violation", () => {
    const error = problem(valid.replace("level: warning", "level: fatal"));
    expect(error.message).toBe('rules/x.yaml:3: /level must be one of "error", "warning", "note"');
  });

  it("names an unknown property", () => {
    const error = problem(valid.replace("    message:", "    mesage: x\n    message:"));
    expect(error.message).toMatch(/^rules\/x\.yaml:12: \/checks\/0 has unknown property "mesage"/);
    // Misspelt in place: the unknown property, not the missing `message` it leaves, is the news.
    const misspelt = problem(valid.replace("    message:", "    mesage:"));
    expect(misspelt.message).toBe('rules/x.yaml:12: /checks/0 has unknown property "mesage"');
  });

  it("points a semantic problem at the key it is in, not the check's first line", () => {
    expect(problem(valid.replace("$attributes.bucket", "$atributes.bucket")).message).toMatch(/^rules\/x\.yaml:11: \/checks\/0 when: reference \$atributes\.bucket names nothing bound/);
    expect(problem(valid.replace('"{name} has no bucket name"', '"{name} has {nope}"')).message).toMatch(/^rules\/x\.yaml:12: \/checks\/0 message: reference \$nope/);
  });

  it("rejects unknown functions, unbound references and bad paths", () => {
    expect(problem(valid.replace("{ absent: $attributes.bucket }", "{ call: nope, args: [] }")).message).toMatch(/unknown function nope/);
    expect(problem(valid.replace("$attributes.bucket", "$item.bucket")).message).toMatch(/reference \$item\.bucket names nothing bound/);
    expect(problem(valid.replace("    when:", '    each: "attributes.x[?]"\n    when:')).message).toMatch(/invalid path/);
  });

  it("reports YAML syntax errors with their line", () => {
    expect(problem("id: [\n").message).toMatch(/^rules\/x\.yaml:\d+: YAML syntax/);
  });

  it("refuses duplicate ids across directories", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "driftless-rules-"));
    writeFileSync(path.join(dir, "dup.yaml"), valid.replace("ACME-001", "PIN-001"));
    await expect(loadRules({ extraDirs: [dir] })).rejects.toThrow(/rule id PIN-001 is already defined/);
  });

  it("refuses a rule directory that does not exist", async () => {
    await expect(loadRules({ extraDirs: ["/no/such/dir"] })).rejects.toThrow(/cannot read rule directory/);
  });
});
