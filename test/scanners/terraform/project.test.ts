/**
 * The project record of a Terraform module folder (src/scanners/terraform/project.ts): root or
 * reusable module, backend, lock file, merged settings with the positions of what is written,
 * and the providers the folder's blocks use.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Resource, ScanResult } from "../../../src/model/resource.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { discoverIn, scanDiscovered } from "../../support/units.js";
import { at, span } from "../../support/resources.js";

async function scanRepo(dir: string): Promise<ScanResult> {
  const { reader, files } = await discoverIn(["."], dir);
  return scanDiscovered(reader, files);
}

function project(result: ScanResult, name: string): Resource {
  const r = result.resources.find((x) => x.kind === "project" && x.format === "terraform" && x.name === name);
  if (!r) throw new Error(`no project ${name}; have ${result.resources.filter((x) => x.kind === "project").map((x) => x.name).join(", ")}`);
  return r;
}

describe("Terraform project records", () => {
  let result: ScanResult;
  beforeAll(async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "infra/backend.tf": 'terraform {\n  backend "s3" {\n    bucket = "state"\n  }\n}\n',
      "infra/main.tf": [
        'provider "aws" {', // 1
        '  region = "eu-west-1"', // 2
        "}", // 3
        'resource "google_compute_instance" "vm" {', // 4
        "  provider = google-beta.west", // 5
        "}", // 6
        'data "http" "ip" {', // 7
        '  url = "https://checkip.amazonaws.com"', // 8
        "}", // 9
        'resource "terraform_data" "marker" {}', // 10
        'module "app" {', // 11
        '  source    = "./modules/app"', // 12
        "  providers = { kubernetes = kubernetes.eks }", // 13
        "}", // 14
        "",
      ].join("\n"),
      "infra/versions.tf": [
        "terraform {", // 1
        '  required_version = "~> 1.9"', // 2
        "", // 3
        "  required_providers {", // 4
        "    aws = {", // 5
        '      source  = "hashicorp/aws"', // 6
        '      version = ">= 5.0"', // 7
        "    }", // 8
        '    tls = "~> 4.0"', // 9
        "  }", // 10
        "}", // 11
        "",
      ].join("\n"),
      "infra/.terraform.lock.hcl": '# This file is maintained automatically by "terraform init".\n',
      "infra/modules/app/main.tf": 'provider "kubernetes" {}\nresource "kubernetes_namespace" "app" {\n  metadata {\n    name = "app"\n  }\n}\n',
      "reusable/main.tf": 'terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = ">= 5.0" }\n  }\n}\nresource "aws_sns_topic" "t" {}\n',
      "hcp/main.tf.json": '{\n  "terraform": {\n    "required_version": "~> 1.9",\n    "required_providers": { "aws": { "source": "hashicorp/aws", "version": "~> 5.60" } }\n  }\n}\n',
      "hcp/cloud.tf": 'terraform {\n  cloud {\n    organization = "acme"\n  }\n}\n',
    });
    result = await scanRepo(dir);
  });

  it("makes one record per module folder, in the file of its settings, at line 1", () => {
    expect(result.diagnostics).toEqual([]);
    const names = result.resources.filter((r) => r.type === "terraform_module").map((r) => [r.type, r.name, r.file]);
    expect(names).toEqual([
      ["terraform_module", "hcp", "hcp/main.tf.json"],
      ["terraform_module", "infra", "infra/versions.tf"],
      ["terraform_module", "infra/modules/app", "infra/modules/app/main.tf"],
      ["terraform_module", "reusable", "reusable/main.tf"],
    ]);
    const infra = project(result, "infra");
    expect(span(infra.header)).toEqual([1, 1, 1, 12]);
    expect(infra.unit).toBe("terraform:infra");
  });

  it("makes a lock-file record per folder at line 1 of its first file, for repository-level findings", () => {
    const locks = result.resources.filter((r) => r.type === "terraform_lock_file").map((r) => [r.name, r.file, r.header.start.line, r.attributes.root, r.attributes.lock_file]);
    expect(locks).toContainEqual(["infra", "infra/backend.tf", 1, true, true]);
    expect(locks).toContainEqual(["hcp", "hcp/cloud.tf", 1, true, false]);
  });

  it("says which folders are roots: a backend, cloud or provider configuration, and no caller", () => {
    const facts = (name: string) => {
      const { root, called, backend, lock_file } = project(result, name).attributes;
      return { root, called, backend, lock_file };
    };
    expect(facts("infra")).toEqual({ root: true, called: false, backend: "s3", lock_file: true });
    expect(facts("infra/modules/app")).toEqual({ root: false, called: true, backend: null, lock_file: false });
    expect(facts("reusable")).toEqual({ root: false, called: false, backend: null, lock_file: false });
    expect(facts("hcp")).toEqual({ root: true, called: false, backend: "cloud", lock_file: false });
  });

  it("merges the settings, the legacy version string as a version", () => {
    expect(project(result, "infra").attributes.settings).toEqual({
      required_version: "~> 1.9",
      required_providers: {
        aws: { source: "hashicorp/aws", version: ">= 5.0" },
        tls: { source: null, version: "~> 4.0" },
      },
    });
    expect(project(result, "reusable").attributes.settings).toEqual({ required_providers: { aws: { source: "hashicorp/aws", version: ">= 5.0" } } });
  });

  it("locates the terraform block, required_providers, each entry and its version", () => {
    const infra = project(result, "infra");
    expect(at(infra, "attributes", "settings")).toEqual([1, 1, 1, 12]);
    expect(at(infra, "attributes", "settings", "required_version")).toEqual([2, 3, 2, 30]);
    expect(at(infra, "attributes", "settings", "required_providers")).toEqual([4, 3, 4, 23]);
    expect(at(infra, "attributes", "settings", "required_providers", "aws")).toEqual([5, 5, 8, 6]);
    expect(at(infra, "attributes", "settings", "required_providers", "aws", "version")).toEqual([7, 7, 7, 25]);
    expect(at(infra, "attributes", "settings", "required_providers", "tls", "version")).toEqual([9, 5, 9, 19]);
  });

  it("locates settings in .tf.json", () => {
    const hcp = project(result, "hcp");
    expect(at(hcp, "attributes", "settings")).toEqual([2, 3, 2, 17]);
    expect(at(hcp, "attributes", "settings", "required_providers", "aws", "version")).toEqual([4, 65, 4, 85]);
  });

  it("lists the providers the blocks use by type prefix, provider meta-argument, provider block and module providers", () => {
    expect(project(result, "infra").attributes.providers_used).toEqual({
      aws: 'provider "aws"',
      "google-beta": "google_compute_instance.vm",
      http: "data.http.ip",
      kubernetes: "module.app",
    });
    expect(project(result, "infra/modules/app").attributes.providers_used).toEqual({ kubernetes: 'provider "kubernetes"' });
  });

  it("is not made for a file scanned on its own", async () => {
    const { scanTerraformFile } = await import("../../../src/scanners/terraform/index.js");
    const single = await scanTerraformFile({ path: "x.tf", absolutePath: "/abs/x.tf", text: 'provider "aws" {}\n' });
    expect(single.resources.filter((r) => r.kind === "project")).toEqual([]);
  });
});
