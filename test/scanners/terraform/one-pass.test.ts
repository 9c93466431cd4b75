/**
 * The Terraform scan takes its units in one pass: a folder no call can reach is evaluated as a
 * root as soon as it is loaded, then let go; folders a call may reach (localCallTargets, read
 * from the text) wait until every call is known.
 */
import { describe, expect, it } from "vitest";
import { createReader } from "../../../src/discover/reader.js";
import { formUnits, type TerraformUnit } from "../../../src/discover/units.js";
import type { ScanResult } from "../../../src/model/resource.js";
import { scanUnits } from "../../../src/scanners/index.js";
import { localCallTargets } from "../../../src/scanners/terraform/index.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { discoverIn } from "../../support/units.js";

async function scanRepo(dir: string): Promise<ScanResult> {
  const { reader, files } = await discoverIn(["."], dir);
  return scanUnits(formUnits(files, reader).units, reader, {});
}

const names = (r: ScanResult, kind = "resource") =>
  r.resources
    .filter((x) => x.kind === kind)
    .map((x) => `${x.file} ${x.name}`)
    .sort();

describe("localCallTargets", () => {
  it("finds every local source, in HCL and JSON, escaped or not, and nothing else", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "a/main.tf": ['module "x" {', '  source = "../modules/x"', "}", 'module "y" {', '  source="./y"', "}", 'module "r" {', '  source = "terraform-aws-modules/vpc/aws"', "}", 'module "s" {', '  source = "git::https://example.com/m.git"', "}"].join("\n"),
      "b/main.tf.json": JSON.stringify({ module: { z: { source: "../modules/z" } } }).replace("/modules", "\\/modules"),
      "c/main.tf": ['module "w" {', '  source = "..\\\\windows"', "}"].join("\n"),
    });
    const reader = createReader(dir);
    const { files } = await discoverIn(["."], dir);
    const units = formUnits(files, reader).units.filter((u): u is TerraformUnit => u.kind === "terraform");
    const targets = [...localCallTargets(units, reader)].map((t) => t.slice(dir.length + 1)).sort();
    expect(targets).toEqual(["a/y", "c/..\\windows", "modules/x", "modules/z"]);
  });
});

describe("one pass over the units", () => {
  it("evaluates a folder that only looked called (a provisioner's source) as a root", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "main.tf": ['resource "null_resource" "copy" {', '  provisioner "file" {', '    source      = "./scripts"', '    destination = "/opt"', "  }", "}"].join("\n"),
      "scripts/main.tf": ['variable "size" {', '  default = "t3.micro"', "}", 'resource "aws_instance" "tool" {', '  ami           = "ami-0123456789abcdef0"', "  instance_type = var.size", "}"].join("\n"),
    });
    const r = await scanRepo(dir);
    expect(names(r)).toEqual(["main.tf null_resource.copy", "scripts/main.tf aws_instance.tool"]);
    // Evaluated as a root: the variable's default is its value, and the folder is no called module.
    expect(r.resources.find((x) => x.name === "aws_instance.tool")!.attributes.instance_type).toBe("t3.micro");
    const projects = r.resources.filter((x) => x.kind === "project" && x.type === "terraform_module");
    expect(projects.map((x) => `${x.file} ${String(x.attributes.called)}`).sort()).toEqual(["main.tf false", "scripts/main.tf false"]);
  });

  it("evaluates a module that comes before its caller through the call only, with the caller's arguments", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "a-module/main.tf": ['variable "size" {', '  default = "t3.micro"', "}", 'resource "aws_instance" "web" {', '  ami           = "ami-0123456789abcdef0"', "  instance_type = var.size", "}"].join("\n"),
      "z-root/main.tf": ['module "app" {', '  source = "../a-module"', '  size   = "m5.large"', "}"].join("\n"),
    });
    const r = await scanRepo(dir);
    expect(r.resources.filter((x) => x.kind === "resource").map((x) => `${x.name} ${String(x.attributes.instance_type)}`)).toEqual(["module.app.aws_instance.web m5.large"]);
  });

  it("reaches a module at its shallowest depth, however the calls are ordered", async () => {
    // m0 calls m1 and m2, m1 calls m2 and m3, ...: depth-first loading reaches m17 first through
    // m16 (too deep to follow); m17 is also two calls below m15, within reach.
    const dir = await tempDir();
    const files: Record<string, string> = { "main.tf": 'module "m0" {\n  source = "./modules/m0"\n}\n' };
    for (let i = 0; i < 20; i++) {
      const calls = [i + 1, i + 2].filter((j) => j < 20).map((j) => `module "m${j}" {\n  source = "../m${j}"\n}\n`).join("");
      files[`modules/m${i}/main.tf`] = `resource "null_resource" "r" {}\n${calls}`;
    }
    await writeTree(dir, files);
    const r = await scanRepo(dir);
    // m19 is 10 calls below the root (m0 → m2 → … → m18 → m19): every module is evaluated through calls.
    const reached = new Set(r.resources.filter((x) => x.kind === "resource").map((x) => x.file));
    expect([...reached].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `modules/m${i}/main.tf`).sort());
    expect(r.resources.some((x) => x.kind === "resource" && !x.name.startsWith("module."))).toBe(false);
  });
});
