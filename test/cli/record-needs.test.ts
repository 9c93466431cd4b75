// A scan evaluated a unit at a time makes only the records its rules read (RecordNeeds): the
// records it leaves out (Terraform variables, outputs, locals, settings with the built-in pack)
// must change nothing a user sees: their blocks' problems, custom rules that read them,
// suppressions measured against their blocks.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runScan } from "../../src/pipeline.js";
import { tempDir, writeTree } from "../support/tmp.js";

const lines = (...l: string[]): string => `${l.join("\n")}\n`;

const customRule = (kind: string): string => `id: ACME-001
title: Variables say what they are for
level: warning
security-severity: "2.0"
tags: [custom]
formats: [terraform]
description: Every ${kind} has a description.
remediation: Add a description.
checks:
  - select: { format: terraform, kind: ${kind} }
    when: { absent: $attributes.description }
    message: "{name} has no description"
`;

describe("records no rule reads", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeTree(dir, {
      "main.tf": lines(
        'variable "size" {',
        '  default = nosuchfunction("t3.micro")',
        "}",
        'output "id" {',
        "  value = otherfunction(1)",
        "}",
        "locals {",
        "  a = local.b",
        "  b = local.a",
        "}",
        'resource "aws_instance" "web" {',
        '  ami           = "ami-0123456789abcdef0"',
        "  instance_type = var.size",
        "}",
      ),
      "suppressed/variables.tf": lines(
        "# driftless:ignore PIN-005 -- a test image, never deployed",
        'variable "image" {',
        "  type    = string",
        '  default = "nginx:latest"',
        "}",
      ),
      "suppressed/main.tf": lines(
        'resource "kubernetes_pod" "web" {',
        "  spec {",
        "    container {",
        '      name  = "web"',
        "      image = var.image",
        "    }",
        "  }",
        "}",
      ),
      "rules/acme.yaml": customRule("variable"),
      "rules-outputs/acme.yaml": customRule("output"),
    });
  });

  const scan = (extra: { paths?: string[]; rulesDirs?: string[] } = {}) =>
    runScan({
      paths: extra.paths ?? ["main.tf"],
      root: dir,
      cwd: dir,
      suppress: { inline: true, ignores: [] },
      ...(extra.rulesDirs ? { rulesDirs: extra.rulesDirs.map((d) => join(dir, d)) } : {}),
    });
  const found = (findings: { ruleId: string; file: string; range: { start: { line: number; column: number } } }[]) =>
    findings.map((f) => `${f.file}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);

  it("still says the problems of the blocks it leaves out (an unknown function in a default or an output, a cycle of locals)", async () => {
    const outcome = await scan();
    const problems = outcome.findings.filter((f) => f.ruleId === "IAC-000");
    expect(found(problems)).toEqual(["main.tf:2:13 IAC-000", "main.tf:5:11 IAC-000", "main.tf:8:3 IAC-000"]);
    expect(problems[0]!.message).toContain('there is no function named "nosuchfunction"');
    expect(problems[1]!.message).toContain('there is no function named "otherfunction"');
    expect(problems[2]!.message).toContain("Cycle in local values");
  });

  it("makes the records a custom rule reads (variables, outputs)", async () => {
    const variables = await scan({ rulesDirs: ["rules"] });
    expect(found(variables.findings.filter((f) => f.ruleId === "ACME-001"))).toEqual(["main.tf:1:1 ACME-001"]);
    expect(variables.findings.find((f) => f.ruleId === "ACME-001")!.message).toBe("var.size has no description");
    const outputs = await scan({ rulesDirs: ["rules-outputs"] });
    expect(found(outputs.findings.filter((f) => f.ruleId === "ACME-001"))).toEqual(["main.tf:4:1 ACME-001"]);
  });

  it("measures a suppression above a left-out block against the whole block", async () => {
    // PIN-005's finding is at the image in main.tf; its value comes from the default two lines
    // below the comment, inside the variable block the comment precedes. Were the block's extent
    // unknown (no record), the comment would cover its next line only: the finding would stay
    // and the suppression would be reported unused (IAC-001).
    const outcome = await scan({ paths: ["suppressed"] });
    const pin = outcome.findings.filter((f) => f.ruleId === "PIN-005");
    expect(found(pin)).toEqual(["suppressed/main.tf:5:7 PIN-005"]);
    expect(pin[0]!.suppression).toMatchObject({ kind: "inSource", file: "suppressed/variables.tf", line: 1 });
    expect(outcome.findings.filter((f) => f.ruleId === "IAC-001")).toEqual([]);
  });
});
