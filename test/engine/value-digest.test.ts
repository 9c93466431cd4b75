import { describe, expect, it } from "vitest";
import { findingDigest, fingerprint, NO_VALUE_DIGEST, valueDigest } from "../../src/engine/fingerprint.js";
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

describe("findingDigest", () => {
  it("covers the located value, the iterated element, a fact's attributes and every value the check read", () => {
    const base = { value: ["0.0.0.0/0"], element: { port: 22 }, record: { protocol: "tcp", ports: [[22, 22]] }, read: [{ path: ["attributes", "protocol"], value: "tcp" }] };
    const plain = findingDigest(base);
    expect(plain).toMatch(/^[0-9a-f]{16}$/);
    const changed = [
      findingDigest({ ...base, value: ["::/0"] }),
      findingDigest({ ...base, element: { port: 3389 } }),
      findingDigest({ ...base, record: { protocol: "-1", ports: [[0, 65535]] } }),
      findingDigest({ ...base, read: [{ path: ["attributes", "protocol"], value: "-1" }] }),
      findingDigest({ ...base, read: [{ path: ["attributes", "protocol"], value: undefined }] }),
      findingDigest({ ...base, read: [{ path: ["attributes", "other"], value: "tcp" }] }),
      findingDigest({ ...base, read: [] }),
    ];
    expect(new Set([plain, ...changed]).size).toBe(changed.length + 1);
  });

  it("does not depend on the order or repetition of reads, nor on unknowns' reasons", () => {
    const a = { path: ["attributes", "a"], value: unknown("var.a", { reason: "var.a has no default (main.tf:3)" }) };
    const b = { path: ["attributes", "b"], value: 1 };
    const digest = findingDigest({ read: [a, b, a] });
    expect(findingDigest({ read: [b, { ...a, value: unknown("var.a", { reason: "var.a has no default (main.tf:30)" }) }] })).toBe(digest);
  });

  it("is the fixed marker when the check looked at no value", () => {
    expect(findingDigest({})).toBe(NO_VALUE_DIGEST);
    expect(findingDigest({ read: [] })).toBe(NO_VALUE_DIGEST);
    expect(findingDigest({ read: [{ path: ["attributes", "version"], value: undefined }] })).not.toBe(NO_VALUE_DIGEST);
  });
});

/** The findings of a scan of `files` in a fresh repository. */
async function scan(files: Record<string, string>): Promise<Finding[]> {
  const dir = await tempDir();
  await writeTree(dir, { ".git/HEAD": "ref: refs/heads/main\n", ...files });
  return (await runScan({ paths: ["."], root: dir, cwd: dir })).findings;
}

const key = (f: Finding): string => `${f.ruleId} ${f.file} ${f.resource} ${f.path} ${f.fingerprint} ${f.valueDigest}`;
const ofRule = async (rule: string, files: Record<string, string>): Promise<Finding[]> => (await scan(files)).filter((f) => f.ruleId === rule);

describe("findings' value digests and fingerprints", () => {
  const module = (ref: string, above = ""): string => `${above}module "net" {\n  source = "git::https://example.com/a.git?ref=${ref}"\n}\n`;
  const other = (name: string): string => `resource "aws_s3_bucket" "${name}" {\n  bucket = "b"\n}\n`;

  it("stay when lines are inserted above and another resource is renamed; the digest changes with the value", async () => {
    const before = await ofRule("PIN-002", { "main.tf": other("first") + module("main") });
    expect(before).toHaveLength(1);
    const moved = await ofRule("PIN-002", { "main.tf": other("renamed") + module("main", "# a comment\n\nlocals {\n  x = 1\n}\n\n") });
    expect(moved.map(key)).toEqual(before.map(key));
    expect(moved[0]!.range.start.line).toBeGreaterThan(before[0]!.range.start.line);
    const changed = await ofRule("PIN-002", { "main.tf": other("first") + module("develop") });
    expect(changed).toHaveLength(1);
    // Code scanning keeps tracking the alert (same fingerprint); a baseline sees a new value.
    expect(changed[0]!.fingerprint).toBe(before[0]!.fingerprint);
    expect(changed[0]!.valueDigest).not.toBe(before[0]!.valueDigest);
  });

  describe("ACC-001: the digest covers the whole ingress rule, not only its sources", () => {
    const group = (ingress: string, above = "", neighbour = "first"): Record<string, string> => ({
      "a.tf": `${above}${other(neighbour)}resource "aws_security_group" "a" {\n  ingress {\n${ingress}    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`,
    });
    const ssh = '    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n';

    it("changes when the ports widen, the protocol becomes all, or the port moves; same fingerprint", async () => {
      const before = await ofRule("ACC-001", group(ssh));
      expect(before).toHaveLength(1);
      const variants = [
        '    from_port   = 0\n    to_port     = 65535\n    protocol    = "-1"\n',
        '    from_port   = 0\n    to_port     = 65535\n    protocol    = "tcp"\n',
        '    from_port   = 3389\n    to_port     = 3389\n    protocol    = "tcp"\n',
        '    from_port   = 20\n    to_port     = 25\n    protocol    = "tcp"\n',
      ];
      const digests = new Set([before[0]!.valueDigest]);
      for (const ingress of variants) {
        const after = await ofRule("ACC-001", group(ingress));
        expect(after).toHaveLength(1);
        expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
        digests.add(after[0]!.valueDigest);
      }
      expect(digests.size).toBe(variants.length + 1);
      // Protocol -1 is every port whatever from_port and to_port say (AWS ignores them): one exposure.
      const all = await ofRule("ACC-001", group('    from_port   = 22\n    to_port     = 22\n    protocol    = "-1"\n'));
      expect(all[0]!.valueDigest).toBe((await ofRule("ACC-001", group(variants[0]!)))[0]!.valueDigest);
    });

    it("stays when lines move and another resource is renamed", async () => {
      const before = await ofRule("ACC-001", group(ssh));
      const after = await ofRule("ACC-001", group(ssh, "# moved\n\nlocals {\n  x = 1\n}\n\n", "renamed"));
      expect(after[0]!.range.start.line).toBeGreaterThan(before[0]!.range.start.line);
      expect(after.map(key)).toEqual(before.map(key));
    });
  });

  it("PIN-005 in a container definition: a new image tag is a new digest, another container's edit is not", async () => {
    const task = (image: string, other = "sidecar:1.0.0"): Record<string, string> => ({
      "main.tf": `resource "aws_ecs_task_definition" "t" {\n  family = "x"\n  container_definitions = jsonencode([{ name = "app", image = "${image}", readonlyRootFilesystem = true }, { name = "log", image = "${other}", readonlyRootFilesystem = true }])\n}\n`,
    });
    const before = await ofRule("PIN-005", task("httpd:latest"));
    expect(before).toHaveLength(1);
    const retagged = await ofRule("PIN-005", task("httpd"));
    expect(retagged).toHaveLength(1);
    expect(retagged[0]!.fingerprint).toBe(before[0]!.fingerprint);
    expect(retagged[0]!.valueDigest).not.toBe(before[0]!.valueDigest);
    expect((await ofRule("PIN-005", task("httpd:latest", "sidecar:1.0.1"))).map(key)).toEqual(before.map(key));
  });

  it("PIN-007: a looser AMI name filter is a new digest although the located value (most_recent) is the same", async () => {
    const ami = (name: string): Record<string, string> => ({
      "main.tf": `data "aws_ami" "u" {\n  most_recent = true\n  owners      = ["099720109477"]\n  filter {\n    name   = "name"\n    values = ["${name}"]\n  }\n}\n`,
    });
    const before = await ofRule("PIN-007", ami("ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*"));
    expect(before).toHaveLength(1);
    const after = await ofRule("PIN-007", ami("*"));
    expect(after).toHaveLength(1);
    expect(after[0]!.fingerprint).toBe(before[0]!.fingerprint);
    expect(after[0]!.valueDigest).not.toBe(before[0]!.valueDigest);
  });

  it("a module's source ref: a new ref is a new digest", async () => {
    const before = await ofRule("PIN-002", { "main.tf": module("v1.0.0") });
    const after = await ofRule("PIN-002", { "main.tf": module("v2.0.0") });
    expect([before.length, after.length]).toEqual([1, 1]);
    expect(after[0]!.valueDigest).not.toBe(before[0]!.valueDigest);
  });

  it("a fingerprint is rule + reported file + resource + attribute path, for a remote module's finding too", async () => {
    const findings = await scan({
      "main.tf": 'module "ecs" {\n  source  = "terraform-aws-modules/ecs/aws"\n  version = "5.0.0"\n  image   = "nginx:latest"\n}\n',
      ".terraform/modules/modules.json": JSON.stringify({ Modules: [{ Key: "", Source: "", Dir: "." }, { Key: "ecs", Source: "registry.terraform.io/terraform-aws-modules/ecs/aws", Version: "5.0.0", Dir: ".terraform/modules/ecs" }] }),
      ".terraform/modules/ecs/main.tf": 'variable "image" {}\nresource "aws_lambda_function" "f" {\n  image_uri = var.image\n}\n',
    });
    const pin = findings.find((f) => f.ruleId === "PIN-005");
    expect(pin?.file).toBe("main.tf");
    for (const f of findings) expect(f.fingerprint.replace(/-\d+$/, "")).toBe(fingerprint(f.ruleId, f.file, f.resource, f.path));
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
