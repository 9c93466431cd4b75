/**
 * Units of Terraform: module folders evaluated with their variable files, the command line's
 * variables, local modules called with arguments, remote modules from terraform init's copies,
 * and file()/templatefile() reads that stay inside the scanned repository.
 */
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { join } from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { formUnits } from "../../../src/discover/index.js";
import { originsAlong, type Resource } from "../../../src/model/resource.js";
import type { ScanResult } from "../../../src/model/resource.js";
import { isUnknown, type Value } from "../../../src/model/value.js";
import { runScan } from "../../../src/pipeline.js";
import { scanUnits } from "../../../src/scanners/index.js";
import type { TerraformVariableInput } from "../../../src/scanners/source.js";
import { countingReader } from "../../support/reader.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { discoverIn } from "../../support/units.js";
import { span } from "./helpers.js";

async function scanRepo(dir: string, paths: string[] = ["."], terraformVariables: TerraformVariableInput[] = []): Promise<ScanResult> {
  const { reader, files } = await discoverIn(paths, dir);
  return scanUnits(formUnits(files, reader).units, reader, { terraformVariables });
}

function named(result: ScanResult, name: string): Resource {
  const r = result.resources.find((x) => x.name === name);
  if (!r) throw new Error(`no ${name}; have ${result.resources.map((x) => x.name).join(", ")}`);
  return r;
}

describe("variable precedence in a root module", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeTree(dir, {
      "main.tf": 'variable "a" {\n  default = "default"\n}\nvariable "b" {\n  default = "default"\n}\nvariable "c" {\n  default = "default"\n}\nvariable "d" {\n  default = "default"\n}\nvariable "e" {\n  type = list(string)\n}\nresource "x" "y" {\n  a = var.a\n  b = var.b\n  c = var.c\n  d = var.d\n  e = var.e\n}\n',
      "terraform.tfvars": 'a = "terraform.tfvars"\nb = "terraform.tfvars"\nc = "terraform.tfvars"\n',
      "terraform.tfvars.json": '{ "b": "terraform.tfvars.json", "c": "terraform.tfvars.json" }',
      "b.auto.tfvars": 'c = "b.auto.tfvars"\n',
      "a.auto.tfvars.json": '{ "c": "a.auto.tfvars.json" }',
      "prod.tfvars": 'd = "prod.tfvars"\nc = "prod.tfvars"\n',
    });
  });

  it("default < terraform.tfvars < terraform.tfvars.json < *.auto.tfvars(.json) in lexical order; other files only when named", async () => {
    const r = await scanRepo(dir);
    expect(r.diagnostics).toEqual([]);
    expect(named(r, "x.y").attributes).toMatchObject({ a: "terraform.tfvars", b: "terraform.tfvars.json", c: "b.auto.tfvars", d: "default" });
    expect(isUnknown(named(r, "x.y").attributes.e as Value)).toBe(true);
  });

  it("then --var-file and --var in command-line order; a --var of a collection type is an expression", async () => {
    const r = await scanRepo(dir, ["."], [
      { kind: "var", name: "d", value: "cli" },
      { kind: "file", absolutePath: join(dir, "prod.tfvars") },
      { kind: "var", name: "e", value: '["x", "y"]' },
    ]);
    const x = named(r, "x.y");
    expect(x.attributes).toMatchObject({ c: "prod.tfvars", d: "prod.tfvars", e: ["x", "y"] });
    const origin = originsAlong(x, ["attributes", "c"]).flat()[0]!;
    expect([origin.kind, origin.file, origin.message, span(origin.range)]).toEqual(["tfvars", "prod.tfvars", "variable c, from --var-file", [2, 1, 2, 18]]);
    const cli = await scanRepo(dir, ["."], [{ kind: "file", absolutePath: join(dir, "prod.tfvars") }, { kind: "var", name: "d", value: "cli" }]);
    expect(named(cli, "x.y").attributes.d).toBe("cli");
    expect(originsAlong(named(cli, "x.y"), ["attributes", "d"]).flat()[0]).toMatchObject({ kind: "cli-var", file: "main.tf", message: "variable d, set by --var on the command line" });
  });

  it("names the tfvars line a value came from", async () => {
    const r = await scanRepo(dir);
    const origins = originsAlong(named(r, "x.y"), ["attributes", "a"]).flat();
    expect(origins.map((o) => [o.kind, o.file, span(o.range)])).toEqual([["tfvars", "terraform.tfvars", [1, 1, 1, 23]]]);
  });
});

describe("local modules", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await writeTree(dir, {
      "infra/main.tf": [
        'locals { tag = "latest" }',
        'module "unsafe" {',
        '  source = "../modules/svc"',
        '  image  = "httpd:${local.tag}"',
        "}",
        'module "safe" {',
        '  source = "../modules/svc"',
        '  image  = "httpd:2.4.62"',
        "}",
        'module "each" {',
        '  source   = "../modules/svc"',
        '  for_each = { a = "nginx", b = "redis:7" }',
        "  image    = each.value",
        "}",
        'module "none" {',
        '  source = "../modules/unused"',
        "  count  = 0",
        "}",
        'output "id" { value = module.safe.family }',
        "",
      ].join("\n"),
      "modules/svc/variables.tf": 'variable "image" {}\nvariable "cpu" {\n  default = 256\n}\n',
      "modules/svc/main.tf": [
        'resource "aws_ecs_task_definition" "this" {',
        '  family = "svc"',
        "  cpu    = var.cpu",
        "  container_definitions = jsonencode([{",
        '    name  = "app"',
        "    image = var.image",
        "  }])",
        "}",
        'module "inner" {',
        '  source = "./inner"',
        "  name   = var.image",
        "}",
        'output "family" { value = aws_ecs_task_definition.this.family }',
        "",
      ].join("\n"),
      "modules/svc/inner/main.tf": 'variable "name" {}\nresource "aws_ecr_repository" "r" {\n  name = var.name\n}\n',
      "modules/unused/main.tf": 'variable "x" {\n  default = "y"\n}\nresource "aws_s3_bucket" "b" {\n  bucket = var.x\n}\n',
    });
  });

  it("evaluates each call with its arguments, recursively, naming instances by their call; a called folder is not a root", async () => {
    const r = await scanRepo(dir);
    expect(r.diagnostics).toEqual([]);
    const names = r.resources.filter((x) => x.kind === "resource").map((x) => x.name);
    expect(names).toEqual([
      "module.unsafe.aws_ecs_task_definition.this",
      "module.unsafe.module.inner.aws_ecr_repository.r",
      "module.safe.aws_ecs_task_definition.this",
      "module.safe.module.inner.aws_ecr_repository.r",
      'module.each["a"].aws_ecs_task_definition.this',
      'module.each["a"].module.inner.aws_ecr_repository.r',
      'module.each["b"].aws_ecs_task_definition.this',
      'module.each["b"].module.inner.aws_ecr_repository.r',
      // modules/unused is only called with count = 0: evaluated on its own, with its defaults.
      "aws_s3_bucket.b",
    ]);
    const unsafe = named(r, "module.unsafe.aws_ecs_task_definition.this");
    expect(unsafe.file).toBe("modules/svc/main.tf");
    expect(unsafe.attributes.container_definitions).toBe('[{"image":"httpd:latest","name":"app"}]');
    expect(unsafe.attributes.cpu).toBe(256);
    expect(unsafe.scopes).toEqual(["module.unsafe.aws_ecs_task_definition.this", "aws_ecs_task_definition.this"]);
    expect(named(r, 'module.each["b"].aws_ecs_task_definition.this').attributes.container_definitions).toBe('[{"image":"redis:7","name":"app"}]');
    expect(named(r, "module.safe.module.inner.aws_ecr_repository.r").attributes.name).toBe("httpd:2.4.62");
  });

  it("carries the caller's argument, and what it was made of, as origins", async () => {
    const r = await scanRepo(dir);
    const unsafe = named(r, "module.unsafe.aws_ecs_task_definition.this");
    const origins = originsAlong(unsafe, ["attributes", "container_definitions", 0, "image"]).flat();
    expect(origins.map((o) => [o.kind, o.file, o.call ?? "", o.depth ?? -1])).toEqual([
      ["module-argument", "infra/main.tf", "module.unsafe", 0],
      ["local", "infra/main.tf", "", -1],
    ]);
    const inner = named(r, "module.unsafe.module.inner.aws_ecr_repository.r");
    expect(originsAlong(inner, ["attributes", "name"]).flat().map((o) => [o.call ?? o.kind, o.depth ?? -1])).toEqual([
      ["module.inner", 1],
      ["module.unsafe", 0],
      ["local", -1],
    ]);
    expect(inner.scopes).toEqual(["module.unsafe.module.inner.aws_ecr_repository.r", "module.inner.aws_ecr_repository.r", "aws_ecr_repository.r"]);
  });

  it("a module folder named on its own (a staged file) is evaluated with its defaults only", async () => {
    const r = await scanRepo(dir, ["modules/svc/main.tf"]);
    const own = named(r, "aws_ecs_task_definition.this");
    expect(isUnknown(own.attributes.container_definitions as Value)).toBe(true);
    expect(((own.attributes.container_definitions as { decoded: Value[] }).decoded[0] as { image: Value }).image).toMatchObject({ reason: "var.image has no default and no value in a variable file or on the command line" });
  });

  it("does not follow a module that calls itself", async () => {
    const loop = await tempDir();
    await writeTree(loop, { "main.tf": 'module "me" {\n  source = "./"\n}\nresource "x" "y" {}\n', "sub/main.tf": 'module "up" {\n  source = "../sub"\n}\n' });
    const r = await scanRepo(loop);
    expect(r.resources.filter((x) => x.kind === "resource").map((x) => x.name)).toEqual(["x.y"]);
  });
});

describe("remote modules", () => {
  it("are evaluated from the copies terraform init recorded, and marked as such", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "main.tf": 'module "ecs" {\n  source  = "terraform-aws-modules/ecs/aws"\n  version = "5.0.0"\n  image   = "nginx:latest"\n}\nmodule "gone" {\n  source  = "terraform-aws-modules/x/aws"\n  version = "1.0.0"\n}\n',
      ".terraform/modules/modules.json": JSON.stringify({ Modules: [{ Key: "", Source: "", Dir: "." }, { Key: "ecs", Source: "registry.terraform.io/terraform-aws-modules/ecs/aws", Version: "5.0.0", Dir: ".terraform/modules/ecs" }] }),
      ".terraform/modules/ecs/main.tf": 'variable "image" {}\nresource "aws_lambda_function" "f" {\n  image_uri = var.image\n}\n',
    });
    const r = await scanRepo(dir);
    expect(r.diagnostics).toEqual([]);
    const f = named(r, "module.ecs.aws_lambda_function.f");
    expect([f.file, f.remoteModule, f.attributes.image_uri]).toEqual([".terraform/modules/ecs/main.tf", true, "nginx:latest"]);
    expect(r.resources.some((x) => x.name.startsWith("module.gone."))).toBe(false);
  });
});

describe("file() and templatefile()", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, {
      "app/main.tf": [
        'resource "aws_instance" "a" {',
        '  user_data = file("${path.module}/boot.sh")',
        '  t         = templatefile("${path.module}/boot.tpl", { pkg = "nginx", ports = [80, 443] })',
        '  b64       = filebase64("boot.sh")',
        '  outside   = file("../../etc-passwd")',
        '  linked    = file("link.sh")',
        '  missing   = try(file("nope.sh"), "fallback")',
        '  exists    = fileexists("boot.sh")',
        "}",
        "",
      ].join("\n"),
      "app/boot.sh": "#!/bin/sh\napt-get install -y nginx\n",
      "app/boot.tpl": "#!/bin/sh\napt-get install -y ${pkg}\n%{ for p in ports ~}\nopen ${p}\n%{ endfor ~}\n",
    });
    await writeFile(join(dir, "..", "etc-passwd"), "root:x:0:0\n");
    await symlink(join(dir, "..", "etc-passwd"), join(dir, "app", "link.sh"));
  });

  it("reads files inside the repository relative to the root module, and never a file outside it", async () => {
    const r = await scanRepo(dir, ["app"]);
    const a = named(r, "aws_instance.a").attributes;
    expect(a.user_data).toBe("#!/bin/sh\napt-get install -y nginx\n");
    expect(a.t).toBe("#!/bin/sh\napt-get install -y nginx\nopen 80\nopen 443\n");
    expect(a.b64).toMatchObject({ decoded: "#!/bin/sh\napt-get install -y nginx\n" });
    expect(a.missing).toBe("fallback");
    expect(a.exists).toBe(true);
    expect(isUnknown(a.outside as Value) && isUnknown(a.linked as Value)).toBe(true);
    expect(r.diagnostics.map((d) => [d.file, d.range.start.line, d.severity, d.message])).toEqual([
      ["app/main.tf", 5, "warning", expect.stringMatching(/^driftless does not read \.\.\/\.\.\/etc-passwd: it is outside the scanned repository/)],
      ["app/main.tf", 6, "warning", expect.stringMatching(/^driftless does not read link\.sh: it is a symbolic link to .*etc-passwd, outside the scanned repository/)],
    ]);
  });
});

describe("module sources as Terraform classifies them", () => {
  it("reports a source Terraform rejects, and never as a pinning problem", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "main.tf": 'module "a" {\n  source = "modules/vpc"\n}\nmodule "b" {\n  source = "./modules/vpc"\n}\nmodule "c" {\n  source = "vpc"\n}\n',
      "modules/vpc/main.tf": 'resource "aws_vpc" "v" {\n  cidr_block = "10.0.0.0/16"\n}\n',
    });
    const outcome = await runScan({ paths: ["."], root: dir, cwd: dir });
    expect(outcome.findings.map((f) => `${f.file}:${f.range.start.line} ${f.ruleId} ${f.level}`)).toEqual(["main.tf:2 IAC-000 error", "main.tf:8 IAC-000 error"]);
    expect(outcome.findings[0]!.message).toBe('Invalid module source: module source "modules/vpc" is not a local path, a registry address or a remote address Terraform recognises; a local path must start with "./" or "../" (write "./modules/vpc")');
  });
});

describe("cost", () => {
  it("reads and parses a module called many times once", async () => {
    const dir = await tempDir();
    const calls = Array.from({ length: 40 }, (_, i) => `module "m${i}" {\n  source = "./modules/svc"\n  image  = "app:${i}"\n}\n`).join("");
    await writeTree(dir, { "main.tf": calls, "modules/svc/main.tf": 'variable "image" {}\nresource "aws_lambda_function" "f" {\n  image_uri = var.image\n}\n' });
    const { reader, files } = await discoverIn(["main.tf"], dir);
    const { reader: counting, reads } = countingReader(reader);
    const r = await scanUnits(formUnits(files, counting).units, counting);
    expect(r.resources.filter((x) => x.kind === "resource")).toHaveLength(40);
    expect(reads.get(join(dir, "modules/svc/main.tf"))).toBe(1);
  });
});

describe("what Terraform rejects is said, never a crash", () => {
  it("module calls: no source, an expression as source, a version on a local source, a missing folder, a cycle", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "main.tf": [
        'module "nosource" {}',
        'module "expr" {\n  source = var.src\n}',
        'module "versioned" {\n  source  = "./modules/a"\n  version = "1.0.0"\n}',
        'module "missing" {\n  source = "./modules/nope"\n}',
        'module "a" {\n  source = "./modules/a"\n}',
        "",
      ].join("\n"),
      "modules/a/main.tf": 'module "b" {\n  source = "../b"\n}\n',
      "modules/b/main.tf": 'module "a" {\n  source = "../a"\n}\n',
    });
    const r = await scanRepo(dir);
    expect(r.diagnostics.map((d) => `${d.file}:${d.range.start.line} ${d.severity} ${d.message.split(":")[0]}`)).toEqual([
      "main.tf:1 error Missing required argument",
      "main.tf:3 error Invalid module source",
      "main.tf:7 error Invalid argument",
      "main.tf:10 warning Unreadable module directory",
      "modules/b/main.tf:2 warning Module call cycle",
    ]);
  });

  it("modules calling each other in a web stop at the instance budget with a warning", async () => {
    const dir = await tempDir();
    const files: Record<string, string> = { "main.tf": 'module "m0" {\n  source = "./modules/m0"\n  image  = "nginx:latest"\n}\n' };
    for (let i = 0; i < 30; i++) {
      const calls = [i + 1, i + 2].filter((j) => j < 30).map((j) => `module "m${j}" {\n  source = "../m${j}"\n  image  = var.image\n}\n`).join("");
      files[`modules/m${i}/main.tf`] = `variable "image" {}\nresource "docker_container" "c" {\n  image = var.image\n}\n${calls}`;
    }
    await writeTree(dir, files);
    const started = performance.now();
    const r = await scanRepo(dir);
    expect(performance.now() - started).toBeLessThan(20_000);
    // One resource per module instance (and the root's): the budget caps them.
    expect(r.resources.filter((x) => x.kind === "resource").length).toBeLessThan(2100);
    expect(r.diagnostics.some((d) => /More than 2000 module instances below one root module/.test(d.message))).toBe(true);
  });

  it("for_each over a set of objects, count that is not a number, and more instances than are expanded", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "main.tf": [
        'variable "rules" {\n  type    = set(object({ port = number }))\n  default = [{ port = 22 }]\n}',
        'resource "x" "objects" {\n  for_each = var.rules\n}',
        'resource "x" "text" {\n  count = "two"\n}',
        'resource "x" "many" {\n  for_each = toset(concat([for i in range(1000) : "a${i}"], [for i in range(500) : "b${i}"]))\n}',
        "",
      ].join("\n"),
    });
    const r = await scanRepo(dir);
    expect(r.diagnostics.map((d) => `${d.range.start.line} ${d.severity} ${d.message}`)).toEqual([
      "6 error Invalid for_each argument: for_each takes a map or a set of strings; Terraform rejects this value",
      '9 error Invalid count argument: "two" is not a whole number; Terraform rejects it',
      "12 warning for_each has 1500 elements, more than the 1000 instances driftless expands: they are checked as one, with each.key and each.value unknown",
    ]);
    expect(r.resources.filter((x) => x.kind === "resource").map((x) => [x.name, x.repeated])).toEqual([
      ["x.objects", true],
      ["x.text", true],
      ["x.many", true],
    ]);
  });

  it("an unknown function and a --var that is not a value of its type", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "main.tf": 'variable "cidrs" {\n  type = list(string)\n}\nresource "x" "y" {\n  a = frobnicate(1)\n  b = var.cidrs\n  c = formatdate("YYYY", "2024-01-01T00:00:00Z")\n}\n' });
    const r = await scanRepo(dir, ["."], [{ kind: "var", name: "cidrs", value: "[" }]);
    expect(r.diagnostics.map((d) => `${d.range.start.line} ${d.severity} ${d.message}`)).toEqual([
      '5 warning Call to unknown function: there is no function named "frobnicate"; Terraform rejects the configuration, and driftless treats the value as unknown',
      expect.stringMatching(/^1 error Invalid value for --var cidrs: "\[" is not a valid list expression/),
    ]);
    // A function Terraform has and driftless does not evaluate is simply unknown.
    expect(named(r, "x.y").attributes.c).toMatchObject({ reason: "driftless does not evaluate formatdate()" });
  });
});

describe("YAML functions load the yaml package on demand", () => {
  // A fresh module graph per case: the yaml package is loaded once per process, so a case run
  // after another that loaded it would pass whatever the scanner does.
  async function freshScan(tree: Record<string, string>): Promise<ScanResult> {
    vi.resetModules();
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, tree);
    const { reader, files } = await discoverIn(["."], dir);
    const { scanUnits: scan } = (await import("../../../src/scanners/index.js")) as typeof import("../../../src/scanners/index.js");
    return scan(formUnits(files, reader).units, reader);
  }

  it("yamlencode named in the configuration", async () => {
    const r = await freshScan({ "main.tf": 'resource "aws_instance" "a" {\n  user_data = yamlencode({ a = 1 })\n}\n' });
    expect(r.diagnostics).toEqual([]);
    expect(named(r, "aws_instance.a").attributes.user_data).toBe('"a": 1\n');
  });

  it("yamldecode in a .tf.json file", async () => {
    const r = await freshScan({ "main.tf.json": JSON.stringify({ resource: { aws_instance: { a: { ami: '${yamldecode("x: ami-1")["x"]}' } } } }) });
    expect(r.diagnostics).toEqual([]);
    expect(named(r, "aws_instance.a").attributes.ami).toBe("ami-1");
  });

  it("yamlencode reached only through a template that templatefile renders", async () => {
    const r = await freshScan({
      "main.tf": 'resource "aws_instance" "a" {\n  user_data = templatefile("${path.module}/cloud-init.tftpl", { packages = ["nginx"] })\n}\n',
      "cloud-init.tftpl": "#cloud-config\n${yamlencode({ packages = packages })}",
    });
    expect(r.diagnostics).toEqual([]);
    expect(named(r, "aws_instance.a").attributes.user_data).toBe('#cloud-config\n"packages":\n- "nginx"\n');
  });
});

describe("a failure of driftless in one root", () => {
  it("costs that root only: an internal-error notice there, the other roots' records intact", async () => {
    const { ModuleInstance } = await import("../../../src/scanners/terraform/module.js");
    const original = ModuleInstance.prototype.records;
    const spy = vi.spyOn(ModuleInstance.prototype, "records").mockImplementation(function (this: InstanceType<typeof ModuleInstance>, out?: Resource[]) {
      if (this.config.dir.endsWith("broken")) throw new TypeError("simulated bug");
      return original.call(this, out);
    });
    try {
      const dir = await tempDir();
      await mkdir(join(dir, ".git"));
      await writeTree(dir, {
        "a/main.tf": 'resource "aws_instance" "a" {}\n',
        "broken/main.tf": 'resource "aws_instance" "b" {}\n',
        "c/main.tf": 'resource "aws_instance" "c" {}\n',
      });
      const r = await scanRepo(dir);
      expect(r.resources.filter((x) => x.kind === "resource").map((x) => x.name).sort()).toEqual(["aws_instance.a", "aws_instance.c"]);
      expect(r.diagnostics.map((d) => `${d.file}: ${d.message}`)).toEqual([
        "broken/main.tf: internal error while scanning this file (TypeError: simulated bug); the rest of the scan went on. Please report this with the file attached.",
      ]);
    } finally {
      spy.mockRestore();
    }
  });
});

describe("module arguments are evaluated when the module reads them", () => {
  it("a local that reads one output, passed back as another argument, is no cycle (as in Terraform's graph)", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, {
      "main.tf": [
        "locals {",
        '  environments = { dev = { proxy = "http://${module.apigee.host}:8080" } }',
        "}",
        'module "apigee" {',
        '  source       = "./apigee"',
        "  environments = local.environments",
        '  attachment   = "swp"',
        "}",
        'resource "aws_instance" "web" {',
        "  tags = { proxy = local.environments.dev.proxy }",
        "}",
        "",
      ].join("\n"),
      "apigee/main.tf": ['variable "environments" {}', 'variable "attachment" {}', 'output "host" {', '  value = "${var.attachment}.example.com"', "}", ""].join("\n"),
    });
    const r = await scanRepo(dir);
    expect(r.diagnostics).toEqual([]);
    expect(named(r, "aws_instance.web").attributes.tags).toEqual({ proxy: "http://swp.example.com:8080" });
  });

  it("an output that does need the argument built from it is still a cycle", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, {
      "main.tf": ["locals {", "  a = module.m.out", "}", 'module "m" {', '  source = "./m"', "  x      = local.a", "}", ""].join("\n"),
      "m/main.tf": ['variable "x" {}', 'output "out" {', "  value = var.x", "}", ""].join("\n"),
    });
    const r = await scanRepo(dir);
    expect(r.diagnostics.map((d) => `${d.file}:${d.range.start.line}: ${d.message}`)).toEqual([
      expect.stringMatching(/^main\.tf:2: Cycle in local values: local\.a → local\.a; Terraform rejects the configuration/),
    ]);
  });
});
