/**
 * Adversarial structure (issue 11, item 3): inputs built to exhaust a parser or an evaluator
 * finish in bounded time without a stack overflow; where a limit is hit, a notice says which and
 * where; the other files' findings are intact. Each case scans its file beside an ordinary one.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliInProcess } from "../support/cli.js";
import { tempDir, writeTree } from "../support/tmp.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  message: string;
  range: { start: { line: number; column: number } };
}

const ORDINARY = { "ordinary/main.tf": 'resource "aws_instance" "ordinary" {\n  key_name = "ops"\n}\n' };

async function scan(files: Record<string, string>): Promise<{ findings: JsonFinding[]; ms: number; code: number }> {
  const dir = await tempDir();
  await mkdir(join(dir, ".git"));
  await writeTree(dir, { ...ORDINARY, ...files });
  const started = performance.now();
  const run = await cliInProcess(["scan", ".", "--format", "json"], dir);
  const ms = performance.now() - started;
  expect([0, 1]).toContain(run.code);
  const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
  // The ordinary file is always analysed.
  expect(findings.filter((f) => f.file === "ordinary/main.tf").map((f) => `${f.ruleId}:${f.range.start.line}`)).toEqual(["ACC-003:2"]);
  expect(findings.filter((f) => /internal error/i.test(f.message))).toEqual([]);
  return { findings, ms, code: run.code };
}

const lines = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join("");

describe("adversarial structure", { timeout: 60_000 }, () => {
  it("HCL with 5,000 nested blocks: a notice at the level where reading stops", async () => {
    const text = `resource "aws_instance" "deep" {\n${lines(5000, () => "  b {\n")}${lines(5000, () => "  }\n")}}\n`;
    const { findings, ms } = await scan({ "deep/main.tf": text });
    expect(findings.filter((f) => f.file === "deep/main.tf").map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ["IAC-000", 201, "Nesting too deep: more than 200 levels of blocks or expressions; driftless does not read files nested this deeply"],
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it("HCL with a 1 MB expression (a list of 100,000 strings) is evaluated", async () => {
    const list = Array.from({ length: 100_000 }, (_, i) => `"v${i}"`).join(",");
    const { findings, ms } = await scan({ "big/main.tf": `locals {\n  x = [${list}]\n}\nresource "aws_instance" "big" {\n  key_name = local.x[99999]\n}\n` });
    expect(list.length).toBeGreaterThan(800_000);
    expect(findings.filter((f) => f.file === "big/main.tf").map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ["ACC-003", 5, expect.stringMatching(/^aws_instance\.big is launched with the SSH key pair "v99999", /)],
    ]);
    expect(ms).toBeLessThan(15_000);
  });

  it("HCL with a 600 KB chain of 300,000 additions: no stack overflow; the evaluation limit is a notice, not a guess", async () => {
    const sum = Array.from({ length: 300_000 }, () => "1").join("+");
    const { findings, ms } = await scan({ "sum/main.tf": `locals {\n  n = ${sum}\n}\nresource "aws_instance" "sum" {\n  count    = local.n > 0 ? 1 : 0\n  key_name = "k${"$"}{local.n}"\n}\n` });
    expect(findings.filter((f) => f.file === "sum/main.tf").map((f) => [f.ruleId, f.range.start.line, f.message])).toEqual([
      ["IAC-000", 2, "driftless does not evaluate expressions nested more than 200 levels deep (each operator of a chain such as 1 + 1 + ... counts as one); the value is treated as unknown"],
    ]);
    expect(ms).toBeLessThan(15_000);
    // Below the limit the chain is evaluated.
    const short = await scan({ "sum/main.tf": `locals {\n  n = ${Array.from({ length: 150 }, () => "1").join("+")}\n}\nresource "aws_instance" "sum" {\n  key_name = "k${"$"}{local.n}"\n}\n` });
    expect(short.findings.filter((f) => f.file === "sum/main.tf").map((f) => [f.ruleId, f.message])).toEqual([["ACC-003", expect.stringMatching(/^aws_instance\.sum is launched with the SSH key pair "k150", /)]]);
  });

  it("TypeScript with a 1 MB array literal", async () => {
    const xs = Array.from({ length: 200_000 }, (_, i) => String(i)).join(",");
    const program = `import * as aws from "@pulumi/aws";\nconst xs = [${xs}];\nnew aws.ec2.Instance("t", { ami: "ami-1", keyName: "ops", tags: { n: \`\${xs.length}\` } });\n`;
    const { findings, ms } = await scan({ "app/Pulumi.yaml": "name: app\nruntime: nodejs\n", "app/index.ts": program });
    expect(program.length).toBeGreaterThan(1_000_000);
    expect(findings.filter((f) => f.file === "app/index.ts").map((f) => [f.ruleId, f.range.start.line])).toEqual([["ACC-003", 3]]);
    expect(ms).toBeLessThan(15_000);
  });

  it("a template of 100,000 resources is over the 1 MB CloudFormation accepts: refused unparsed, with a notice", async () => {
    const template = `Resources:\n${lines(100_000, (i) => `  B${i}:\n    Type: AWS::S3::Bucket\n`)}`;
    const { findings, ms } = await scan({ "stack/huge.yaml": template });
    expect(findings.filter((f) => f.file === "stack/huge.yaml").map((f) => [f.ruleId, f.message])).toEqual([
      ["IAC-000", expect.stringMatching(/^not scanned: the template is 3\.\d MB, over the 1 MB CloudFormation accepts for a template \(AWS CloudFormation quotas\)/)],
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it("a template under 1 MB with 20,000 resources: the first 5,000 are read, and a notice says so", async () => {
    const template = `Resources:\n${lines(20_000, (i) => `  B${i}:\n    Type: AWS::S3::Bucket\n`)}`;
    const { findings, ms } = await scan({ "stack/many.yaml": template });
    const notices = findings.filter((f) => f.file === "stack/many.yaml" && f.ruleId === "IAC-000");
    expect(notices.map((f) => [f.range.start.line, f.message])).toEqual([
      [1, "The template declares 20000 resources, far more than the 500 CloudFormation accepts in one stack; driftless read the first 5000 and skipped the rest. Split the template (nested stacks) or scan the templates it is generated from"],
    ]);
    expect(new Set(findings.filter((f) => f.file === "stack/many.yaml" && f.ruleId === "DAT-001").map((f) => f.range.start.line)).size).toBe(5000);
    expect(ms).toBeLessThan(30_000);
  });

  // Found by a helper trying to break the scan: each ran past 30 s, or took GBs, before.
  it("values too large to build are notices, not stalls: setproduct, format widths, indent, doubling templates", async () => {
    const doubling = ['a = "xxxxxxxxxx"', ...Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)} = "${`\${local.${String.fromCharCode(97 + i)}}`.repeat(10)}"`)];
    const text = [
      "locals {",
      ...doubling.map((l) => `  ${l}`),
      "  p  = setproduct(range(1000), range(1000), range(1000))",
      '  ff = format("%.999999999f", 1)',
      '  gg = format("%999999999d", 1)',
      '  n  = indent(100000000, "a\\nb")',
      "}",
      'resource "aws_s3_bucket" "b" {',
      "  bucket = local.i",
      "  tags   = { p = length(local.p), f = local.ff, g = local.gg, n = local.n }",
      "}",
      "",
    ].join("\n");
    const { findings, ms } = await scan({ "big/main.tf": text });
    const notices = findings.filter((f) => f.file === "big/main.tf" && f.ruleId === "IAC-000").map((f) => `${f.range.start.line}: ${f.message}`);
    expect(notices).toEqual([
      "9: a template's text would be larger than driftless evaluates (16M characters, 100,000 elements); the value is treated as unknown",
      "11: setproduct(...) with 1,000,000,000 combinations would be larger than driftless evaluates (16M characters, 100,000 elements); the value is treated as unknown",
      "12: a format verb with precision 999999999 would be larger than driftless evaluates (16M characters, 100,000 elements); the value is treated as unknown",
      "13: a format verb with width 999999999 would be larger than driftless evaluates (16M characters, 100,000 elements); the value is treated as unknown",
      "14: indent(100000000, ...) would be larger than driftless evaluates (16M characters, 100,000 elements); the value is treated as unknown",
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it("regular expressions that backtrack exponentially in JavaScript run on RE2's linear engine, as in Terraform", async () => {
    const text = [
      "locals {",
      '  x   = try(regex("(a+)+$", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!"), "none")',
      '  y   = replace("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "/(a|aa)+$/", "b")',
      '  z   = regexall("(x+x+)+y", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")',
      '  w   = can(regex("(a*)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"))',
      '  arn = regex("^arn:aws:iam::([0-9]+):role/(.+)$", "arn:aws:iam::123456789012:role/deploy")',
      "}",
      'resource "aws_instance" "r" {',
      '  key_name = "${local.arn[0]}-${local.x}-${length(local.z)}-${local.w}-${length(local.y)}"',
      "}",
      "",
    ].join("\n");
    const { findings, ms } = await scan({ "re/main.tf": text });
    expect(findings.filter((f) => f.file === "re/main.tf").map((f) => `${f.ruleId}:${f.range.start.line}: ${f.message.split(",")[0]}`)).toEqual([
      'ACC-003:9: aws_instance.r is launched with the SSH key pair "123456789012-none-0-false-42"',
    ]);
    expect(ms).toBeLessThan(10_000);
  });

  it("TypeScript nested past the TypeScript parser's stack: that file is a notice, the project's other files are scanned", async () => {
    const { findings } = await scan({
      "app/Pulumi.yaml": "name: app\nruntime: nodejs\n",
      "app/index.ts": `const x = ${"[".repeat(3000)}${"]".repeat(3000)};\n`,
      "app/other.ts": 'import * as aws from "@pulumi/aws";\nnew aws.ec2.Instance("o", { ami: "ami-1", keyName: "ops" });\n',
    });
    expect(findings.filter((f) => f.file.startsWith("app/") && f.ruleId !== "PIN-004" && !f.message.includes("package.json")).map((f) => `${f.file}:${f.ruleId}: ${f.message.slice(0, 80)}`)).toEqual([
      "app/index.ts:IAC-000: not scanned: the file is nested too deeply for the TypeScript parser (it ran out",
      'app/other.ts:ACC-003: o is launched with the SSH key pair "ops", so people can log in and change it by',
    ]);
  });
});
