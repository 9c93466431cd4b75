/**
 * The scan command on configurations whose values need evaluation: --var/--var-file, files named
 * alone (pre-commit passes staged files), findings through module calls in every report, and
 * honest notes with --report-unknown.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fakeIo } from "../support/io.js";
import { expectValidSarif } from "../support/sarif-schema.js";
import { tempDir, writeTree } from "../support/tmp.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function scan(cwd: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIo(cwd);
  const code = await main(["scan", ...args], io);
  return { code, out: io.out(), err: io.err() };
}

function lines(out: string): string[] {
  return out.split("\n").filter((l) => /^\S+:\d+:\d+ /.test(l));
}

let repo: string;
beforeAll(async () => {
  repo = await tempDir();
  await mkdir(join(repo, ".git"));
  await writeTree(repo, {
    "infra/main.tf": [
      'variable "mutability" {',
      '  default = "IMMUTABLE"',
      "}",
      'variable "image_tag" {}',
      'resource "aws_ecr_repository" "app" {',
      '  name                 = "app"',
      "  image_tag_mutability = var.mutability",
      "}",
      'module "svc" {',
      '  source = "../modules/svc"',
      '  image  = "httpd:latest"',
      "}",
      'resource "aws_lambda_function" "fn" {',
      '  function_name = "fn"',
      '  image_uri     = "acme/fn:${var.image_tag}"',
      "}",
      "",
    ].join("\n"),
    "infra/other.tf": 'resource "aws_ecr_repository" "other" {\n  name = "other"\n}\n',
    "infra/prod.tfvars": 'mutability = "MUTABLE"\n',
    "infra/terraform.tfvars": "# nothing here\n",
    "modules/svc/main.tf": [
      'variable "image" {}',
      'resource "aws_ecs_task_definition" "this" {',
      '  family                = "svc"',
      "  container_definitions = jsonencode([{ name = \"app\", image = var.image }])",
      "  lifecycle {",
      "    ignore_changes = all",
      "  }",
      "}",
      "",
    ].join("\n"),
  });
});

describe("--var and --var-file", () => {
  it("apply to root modules in command-line order, and the message says where a value comes from", async () => {
    const plain = await scan(repo, ["infra/main.tf", "--fail-on", "none"]);
    expect(plain.out).not.toMatch(/ART-001 .*aws_ecr_repository\.app/);
    const prod = await scan(repo, ["infra/main.tf", "--var-file", "infra/prod.tfvars"]);
    expect(prod.out).toContain('infra/main.tf:7:3  ERROR    ART-001  ECR repository aws_ecr_repository.app allows tags to be overwritten (image_tag_mutability is not IMMUTABLE). Set image_tag_mutability to \"IMMUTABLE\" and push a new tag for every build. — "MUTABLE" from infra/prod.tfvars:1 (variable mutability, from --var-file)');
    expect(prod.out).toContain("    infra/prod.tfvars:1:1  variable mutability, from --var-file");
    const overridden = await scan(repo, ["infra/main.tf", "--var-file", "infra/prod.tfvars", "--var", "mutability=IMMUTABLE"]);
    expect(overridden.out).not.toMatch(/ART-001 .*aws_ecr_repository\.app/);
    const reversed = await scan(repo, ["infra/main.tf", "--var", "mutability=IMMUTABLE", "--var-file=infra/prod.tfvars"]);
    expect(reversed.out).toMatch(/ART-001 .*aws_ecr_repository\.app/);
  });

  it("refuse a malformed --var or a missing --var-file with exit 2", async () => {
    expect(await scan(repo, ["infra", "--var", "novalue"])).toMatchObject({ code: 2, err: 'driftless: invalid --var "novalue": write --var NAME=VALUE\n' });
    expect(await scan(repo, ["infra", "--var-file", "nope.tfvars"])).toMatchObject({ code: 2, err: "driftless: --var-file not found: nope.tfvars\n" });
  });
});

describe("files named alone (pre-commit)", () => {
  it("evaluate the named file within its module and report its findings, and those its values cause elsewhere", async () => {
    const run = await scan(repo, ["infra/main.tf", "--fail-on", "none"]);
    const found = lines(run.out).map((l) => l.split(/\s+/).slice(0, 3).join(" "));
    // infra/other.tf is in the unit (its module) but not named: its ART-001 is not reported.
    // The module's own ignore_changes finding is in modules/svc: not reported for infra/main.tf.
    expect(found).toEqual(["modules/svc/main.tf:4:55 ERROR PIN-005"]);
    expect(run.out).toContain("— via module.svc (infra/main.tf:11)");
    // The unit: infra's two .tf files and its terraform.tfvars (prod.tfvars is not auto-loaded).
    expect(run.out).toMatch(/in 3 files scanned$/m);
  });

  it("a named variables file brings in, and reports, its whole module", async () => {
    const run = await scan(repo, ["infra/terraform.tfvars", "--fail-on", "none"]);
    const files = [...new Set(lines(run.out).map((l) => l.split(":")[0]))];
    expect(files).toEqual(["infra/other.tf", "modules/svc/main.tf"]);
  });

  it("a whole-repository scan reports a finding in a module once, not once per call or again for the folder", async () => {
    const run = await scan(repo, [".", "--fail-on", "none"]);
    const drf = lines(run.out).filter((l) => l.includes("DRF-001"));
    expect(drf).toEqual([expect.stringMatching(/^modules\/svc\/main\.tf:6:5 {2}ERROR {4}DRF-001 {2}aws_ecs_task_definition\.this /)]);
  });
});

describe("module findings in the reports", () => {
  it("SARIF names the caller's argument as a related location, and the fingerprint the call", async () => {
    const run = await scan(repo, [".", "--format", "sarif", "--fail-on", "none"]);
    const doc = JSON.parse(run.out) as Json;
    expectValidSarif(doc);
    const pin = doc.runs[0].results.find((r: Json) => r.ruleId === "PIN-005");
    expect(pin.locations[0].physicalLocation.artifactLocation.uri).toBe("modules/svc/main.tf");
    expect(pin.relatedLocations).toEqual([
      { id: 1, physicalLocation: { artifactLocation: { uri: "infra/main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 11, startColumn: 3, endLine: 11, endColumn: 26 } }, message: { text: "argument image of module.svc" } },
    ]);
    const json = JSON.parse((await scan(repo, [".", "--format", "json", "--fail-on", "none"])).out) as Json;
    const finding = json.findings.find((f: Json) => f.ruleId === "PIN-005");
    expect(finding.resource).toBe("module.svc.aws_ecs_task_definition.this");
    const drf = json.findings.find((f: Json) => f.ruleId === "DRF-001");
    expect(drf.resource).toBe("aws_ecs_task_definition.this");
  });
});

describe("--report-unknown", () => {
  it("gives one note, not DRF-001 and DRF-002, for Pulumi options that are not known", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, {
      "Pulumi.yaml": "name: app\nruntime: nodejs\n",
      "package.json": '{ "dependencies": { "@pulumi/aws": "6.0.0", "@pulumi/pulumi": "3.0.0" } }',
      "package-lock.json": "{}",
      "index.ts": 'import * as aws from "@pulumi/aws";\nimport * as pulumi from "@pulumi/pulumi";\nconst cfg = new pulumi.Config();\nnew aws.ecr.Repository("repo", { imageTagMutability: "IMMUTABLE" }, cfg.requireObject("opts"));\n',
    });
    const run = await scan(dir, [".", "--report-unknown", "--fail-on", "none"]);
    expect(lines(run.out)).toEqual([
      "index.ts:4:1  NOTE     DRF-001  repo sets ignoreChanges to ignore every attribute, so drift is never corrected and code changes are never applied. List only the attributes another system owns, such as an autoscaler's desiredCount. (not known statically: resource options not known statically; verify it)",
    ]);
  });

  it("leaves a module's inputs to the calls that give them: no note on the folder evaluated on its own", async () => {
    const run = await scan(repo, [".", "--report-unknown", "--fail-on", "none"]);
    const notes = lines(run.out).filter((l) => l.includes("NOTE"));
    expect(notes.map((l) => l.split(/\s+/)[0])).toEqual(["infra/main.tf:15:3"]);
  });

  it("gives one note per undecided value, saying what is unknown and why, without doubled quotes", async () => {
    const run = await scan(repo, ["infra/main.tf", "--report-unknown", "--fail-on", "none"]);
    const notes = lines(run.out).filter((l) => l.includes("NOTE"));
    expect(notes).toEqual([
      'infra/main.tf:15:3  NOTE     PIN-005  aws_lambda_function.fn runs container image "acme/fn:${var.image_tag}" with no tag or the tag "latest", so it runs whatever was pushed last. Pin an exact version tag and its digest (app:1.4.2@sha256:<64 hex>). (not known statically: var.image_tag has no default and no value in a variable file or on the command line; verify it)',
    ]);
  });
});

describe("elements a for expression's `if` keeps", () => {
  it("depend on the values the condition read: a module argument that enables one names the call, and each instance keeps its key", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    const extra = Array.from({ length: 9 }, (_, i) => `  x${i} = var.x${i}`).join("\n");
    await writeTree(dir, {
      "modules/node/main.tf": [
        'variable "enable_efa" {\n  type    = bool\n  default = false\n}',
        ...Array.from({ length: 9 }, (_, i) => `variable "x${i}" {\n  default = "v${i}"\n}`),
        // Many origins on the kept element's values: the instance key must still survive the cap.
        `locals {\n  rules = { for k, v in {\n    all_self_efa = { protocol = "-1", tags = {\n${extra}\n    } }\n  } : k => v if var.enable_efa }\n}`,
        'resource "aws_security_group" "this" {\n  name = "node"\n}',
        'resource "aws_vpc_security_group_ingress_rule" "this" {\n  for_each                     = local.rules\n  ip_protocol                  = each.value.protocol\n  referenced_security_group_id = aws_security_group.this.id\n  security_group_id            = aws_security_group.this.id\n  tags                         = each.value.tags\n}',
      ].join("\n"),
      "main.tf": 'module "gpu" {\n  source     = "./modules/node"\n  enable_efa = true\n}\n\nmodule "cpu" {\n  source = "./modules/node"\n}\n',
    });
    const run = await scan(dir, [".", "--rule", "ACC-002", "--fail-on", "none"]);
    const found = lines(run.out);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^modules\/node\/main\.tf:\d+:3  WARNING  ACC-002  module\.gpu\.aws_vpc_security_group_ingress_rule\.this\["all_self_efa"\] opens admin port/);
    expect(found[0]).toContain("— via module.gpu (main.tf:3)");
  });
});
