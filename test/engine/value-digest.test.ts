import { describe, expect, it } from "vitest";
import { NO_VALUE_DIGEST, valueDigest } from "../../src/engine/fingerprint.js";
import type { Finding } from "../../src/model/finding.js";
import { unknown } from "../../src/model/value.js";
import { runScan } from "../../src/pipeline.js";
import { tempDir, writeTree } from "../support/tmp.js";

describe("valueDigest", () => {
  it("is 16 hex digits, the same for the same value whatever the key order", () => {
    const a = valueDigest({ image: "httpd:latest", name: "app", env: [{ k: 1, v: true }] });
    const b = valueDigest({ env: [{ v: true, k: 1 }], name: "app", image: "httpd:latest" });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(b).toBe(a);
  });

  it("differs when the value differs, including its type and list order", () => {
    const digests = [
      valueDigest("git::https://example.com/a.git?ref=main"),
      valueDigest("git::https://example.com/a.git?ref=develop"),
      valueDigest("1"),
      valueDigest(1),
      valueDigest(null),
      valueDigest("null"),
      valueDigest([1, 2]),
      valueDigest([2, 1]),
      valueDigest({}),
      valueDigest([]),
    ];
    expect(new Set(digests).size).toBe(digests.length);
  });

  it("takes an unknown value by its expression text alone (a reason may name lines)", () => {
    const plain = valueDigest(unknown("var.image"));
    expect(valueDigest(unknown("var.image", { reason: "var.image has no default (main.tf:3)", input: true }))).toBe(plain);
    expect(valueDigest(unknown("var.image", { reason: "var.image has no default (main.tf:9)", refs: ["x"] }))).toBe(plain);
    expect(valueDigest(unknown("var.other"))).not.toBe(plain);
    // An unknown is not the string of its text.
    expect(valueDigest("var.image")).not.toBe(plain);
  });

  it("is a fixed marker for a finding about no value", () => {
    expect(valueDigest(undefined)).toBe(NO_VALUE_DIGEST);
    expect(NO_VALUE_DIGEST).toBe("none");
  });
});

/** The findings of a scan of `files` in a fresh repository. */
async function scan(files: Record<string, string>): Promise<Finding[]> {
  const dir = await tempDir();
  await writeTree(dir, { ".git/HEAD": "ref: refs/heads/main\n", ...files });
  return (await runScan({ paths: ["."], root: dir, cwd: dir })).findings;
}

const key = (f: Finding): string => `${f.ruleId} ${f.file} ${f.resource} ${f.path} ${f.fingerprint} ${f.valueDigest}`;

describe("findings' value digests and fingerprints", () => {
  const module = (ref: string, above = ""): string => `${above}module "net" {\n  source = "git::https://example.com/a.git?ref=${ref}"\n}\n`;
  const other = (name: string): string => `resource "aws_s3_bucket" "${name}" {\n  bucket = "b"\n}\n`;

  it("stay when lines are inserted above and another resource is renamed; the digest changes with the value", async () => {
    const before = (await scan({ "main.tf": other("first") + module("main") })).filter((f) => f.ruleId === "PIN-002");
    expect(before).toHaveLength(1);
    expect(before[0]!.valueDigest).toBe(valueDigest("git::https://example.com/a.git?ref=main"));
    const moved = (await scan({ "main.tf": other("renamed") + module("main", "# a comment\n\nlocals {\n  x = 1\n}\n\n") })).filter((f) => f.ruleId === "PIN-002");
    expect(moved.map(key)).toEqual(before.map(key));
    expect(moved[0]!.range.start.line).toBeGreaterThan(before[0]!.range.start.line);
    const changed = (await scan({ "main.tf": other("first") + module("develop") })).filter((f) => f.ruleId === "PIN-002");
    expect(changed).toHaveLength(1);
    // Code scanning keeps tracking the alert (same fingerprint); a baseline sees a new value.
    expect(changed[0]!.fingerprint).toBe(before[0]!.fingerprint);
    expect(changed[0]!.valueDigest).not.toBe(before[0]!.valueDigest);
  });

  it("a finding about a missing setting has the fixed marker", async () => {
    const findings = await scan({ "main.tf": `module "vpc" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n` });
    const missing = findings.find((f) => f.ruleId === "PIN-001");
    expect(missing?.valueDigest).toBe(NO_VALUE_DIGEST);
  });

  it("name module instances (for_each keys) and resource instances in the address, so each has its own fingerprint", async () => {
    const findings = await scan({
      "modules/svc/main.tf": `variable "image" {\n  type = string\n}\n\nresource "aws_ecs_task_definition" "this" {\n  family = "svc"\n  container_definitions = jsonencode([{ name = "app", image = var.image, readonlyRootFilesystem = true }])\n}\n`,
      "main.tf": [
        `module "app" {\n  for_each = { eu = "httpd:latest", us = "nginx:latest" }\n  source   = "./modules/svc"\n  image    = each.value\n}\n`,
        `module "job" {\n  count  = 2\n  source = "./modules/svc"\n  image  = "redis:\${count.index}"\n}\n`,
        `resource "aws_ecs_task_definition" "direct" {\n  for_each = toset(["a:latest", "b:latest"])\n  family   = "x"\n  container_definitions = jsonencode([{ name = "app", image = each.value, readonlyRootFilesystem = true }])\n}\n`,
      ].join("\n"),
    });
    const pins = findings.filter((f) => f.ruleId === "PIN-005");
    expect(pins.map((f) => f.resource).sort()).toEqual([
      'aws_ecs_task_definition.direct["a:latest"]',
      'aws_ecs_task_definition.direct["b:latest"]',
      'module.app["eu"].aws_ecs_task_definition.this',
      'module.app["us"].aws_ecs_task_definition.this',
    ]);
    expect(new Set(pins.map((f) => f.fingerprint)).size).toBe(4);
    expect(new Set(pins.map((f) => f.valueDigest)).size).toBe(4);
    // count instances whose value uses count.index are told apart too.
    const tags = findings.filter((f) => f.resource.startsWith("module.job"));
    expect(tags.map((f) => f.resource).sort()).toEqual(["module.job[0].aws_ecs_task_definition.this", "module.job[1].aws_ecs_task_definition.this"]);
    expect(new Set(tags.map((f) => f.fingerprint)).size).toBe(2);
  });
});
