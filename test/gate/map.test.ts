/**
 * Mapping changes back to the scanned code: through the records the scan produced (the gate
 * imports no scanner), with the module calls as related locations, and with a note naming the
 * candidates when an address is defined in several places that --project / --template decide.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { discover } from "../../src/discover/index.js";
import { createReader } from "../../src/discover/reader.js";
import { formUnits } from "../../src/discover/units.js";
import { changeRecords, readChangeFile, type SourceChoice } from "../../src/gate/index.js";
import type { Resource } from "../../src/model/resource.js";
import { scanUnits } from "../../src/scanners/index.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Scans `paths` (repository paths) as `driftless gate` does, then maps the input's changes. */
async function mapped(input: string, paths: string[], choice: SourceChoice = {}): Promise<Resource[]> {
  const reader = createReader(REPO);
  const found = await discover(paths.map((p) => REPO + p), { reader });
  const scanned = await scanUnits(formUnits(found.files, reader).units.filter((u) => u.kind !== "changes"), reader);
  return changeRecords(readChangeFile(input, readFileSync(REPO + input, "utf8")).changes, scanned.resources, choice);
}

const at = (r: Resource) => `${r.file}:${r.header.start.line}:${r.header.start.column}`;

describe("Terraform addresses", () => {
  it("map to the resource block, inside local modules, with the module calls as related locations", async () => {
    const records = await mapped("fixtures/gate/terraform/plan.json", ["fixtures/gate/terraform"]);
    expect(records.map((r) => [r.kind, r.name, at(r), r.attributes.mapped])).toEqual([
      ["change", "data.aws_ami.base", "fixtures/gate/terraform/main.tf:28:1", true],
      ["change", "aws_instance.web", "fixtures/gate/terraform/main.tf:1:1", true],
      ["change", "aws_db_instance.orders", "fixtures/gate/terraform/main.tf:12:1", true],
      ["change", 'aws_s3_bucket.logs["eu"]', "fixtures/gate/terraform/main.tf:18:1", true],
      ["change", "module.app.module.svc.aws_instance.x[0]", "fixtures/gate/terraform/modules/svc/main.tf:5:1", true],
      ["change", 'aws_s3_bucket.logs["us"]', "fixtures/gate/terraform/main.tf:18:1", true],
      ["change", "aws_security_group.legacy", "fixtures/gate/terraform/plan.json:213:5", false],
      ["drift", "aws_instance.web", "fixtures/gate/terraform/main.tf:1:1", true],
    ]);
    const nested = records[4]!;
    expect(nested.related!.map((r) => `${r.file}:${r.range.start.line} ${r.message}`)).toEqual([
      "fixtures/gate/terraform/plan.json:156 the planned change in fixtures/gate/terraform/plan.json: resource_changes[4]",
      "fixtures/gate/terraform/main.tf:23 called as module.app",
      "fixtures/gate/terraform/modules/app/main.tf:5 called as module.app.module.svc",
    ]);
  });

  it("carry the resource's ignore list from the code", async () => {
    const records = await mapped("fixtures/gate/terraform/plan.json", ["fixtures/gate/terraform"]);
    expect(records.find((r) => r.name === "aws_instance.web")!.options.ignoreChanges).toEqual(["tags"]);
  });

  it("prefer the root module the plan was written in; --project chooses among the others", async () => {
    const both = ["fixtures/gate/terraform", "fixtures/rules/CHG-001/positive-terraform"];
    const inPlace = await mapped("fixtures/gate/terraform/plan.json", both);
    expect(at(inPlace.find((r) => r.name === "aws_instance.web")!)).toBe("fixtures/gate/terraform/main.tf:1:1");
    const elsewhere = await mapped("fixtures/rules/CHG-001/positive-terraform-unmapped/plan.json", both);
    expect(elsewhere[0]!.attributes.mapped).toBe(false);
    const chosen = await mapped("fixtures/gate/acceptance/terraform/plan.json", both, { project: "fixtures/rules/CHG-001/positive-terraform" });
    expect(at(chosen.find((r) => r.name === "aws_instance.web")!)).toBe("fixtures/rules/CHG-001/positive-terraform/main.tf:2:1");
  });

  it("stay on the input with a note naming the candidates when several roots define the address", async () => {
    const [web] = await mapped("fixtures/gate/acceptance/terraform/plan.json", ["fixtures/gate/terraform", "fixtures/rules/CHG-001/positive-terraform"]);
    expect(at(web!)).toBe("fixtures/gate/acceptance/terraform/plan.json:8:5");
    expect(web!.note).toBe(" (aws_instance.web is defined in 2 places: fixtures/gate/terraform/main.tf:1 in fixtures/gate/terraform, fixtures/rules/CHG-001/positive-terraform/main.tf:2 in fixtures/rules/CHG-001/positive-terraform; choose one with --project DIR)");
    expect(web!.related!.map((r) => r.file)).toEqual(["fixtures/gate/terraform/main.tf", "fixtures/rules/CHG-001/positive-terraform/main.tf"]);
  });

  it("map a resource of a module that several roots call to its one definition, naming the roots", async () => {
    const [node] = await mapped("fixtures/gate/shared/plans/prod.json", ["fixtures/gate/shared"]);
    expect(at(node!)).toBe("fixtures/gate/shared/modules/app/main.tf:1:1");
    expect(node!.note).toBe(" (the module is called from 2 root modules: fixtures/gate/shared/envs/dev, fixtures/gate/shared/envs/prod; --project shows the calls of one)");
    const chosen = await mapped("fixtures/gate/shared/plans/prod.json", ["fixtures/gate/shared"], { project: "fixtures/gate/shared/envs/prod" });
    expect(chosen[0]!.related!.map((r) => `${r.file}:${r.range.start.line} ${r.message}`)).toEqual([
      "fixtures/gate/shared/plans/prod.json:8 the planned change in fixtures/gate/shared/plans/prod.json: resource_changes[0]",
      "fixtures/gate/shared/envs/prod/main.tf:1 called as module.app",
    ]);
  });

  it("stay on the input, at the change's line, when nothing defines the address", async () => {
    const [batch] = await mapped("fixtures/rules/CHG-001/positive-terraform-unmapped/plan.json", ["fixtures/gate/terraform"]);
    expect(at(batch!)).toBe("fixtures/rules/CHG-001/positive-terraform-unmapped/plan.json:8:5");
    expect(batch!.note).toBe(" (resource_changes[0]: aws_instance.batch is not defined in the scanned code)");
  });
});

describe("Terraform resources of modules the scan cannot read", () => {
  it("land at the module call, with a note", async () => {
    const plan = JSON.stringify({ format_version: "1.2", resource_changes: [{ address: "module.app.module.remote.aws_instance.x", module_address: "module.app.module.remote", type: "aws_instance", change: { actions: ["update"] } }] });
    const reader = createReader(REPO);
    const found = await discover([REPO + "fixtures/gate/terraform"], { reader });
    const scanned = await scanUnits(formUnits(found.files, reader).units.filter((u) => u.kind !== "changes"), reader);
    const [record] = changeRecords(readChangeFile("fixtures/gate/terraform/remote-plan.json", plan).changes, scanned.resources);
    expect(at(record!)).toBe("fixtures/gate/terraform/main.tf:23:1");
    expect(record!.attributes.mapped).toBe(false);
    expect(record!.note).toBe(" (in module.app, whose code the scan does not hold: shown at its call)");
  });
});

describe("CloudFormation logical IDs", () => {
  it("map to the logical ID's key; in several templates, --template chooses", async () => {
    const two = ["fixtures/gate/acceptance/cloudformation", "fixtures/rules/CHG-001/positive-cloudformation"];
    const ambiguous = await mapped("fixtures/gate/acceptance/cloudformation/changeset.json", two);
    const instance = ambiguous.find((r) => r.name === "WebInstance")!;
    expect(instance.attributes.mapped).toBe(false);
    expect(instance.note).toMatch(/WebInstance is defined in 2 places: .*; choose one with --template FILE\)$/);
    // An ID only one of them defines is mapped there.
    const launchTemplate = ambiguous.find((r) => r.name === "WebLaunchTemplate")!;
    expect(at(launchTemplate)).toBe("fixtures/gate/acceptance/cloudformation/template.yaml:4:3");
    const chosen = await mapped("fixtures/gate/acceptance/cloudformation/changeset.json", two, { template: "fixtures/gate/acceptance/cloudformation/template.yaml" });
    expect(at(chosen.find((r) => r.name === "WebInstance")!)).toBe("fixtures/gate/acceptance/cloudformation/template.yaml:9:3");
  });
});

describe("Pulumi URNs", () => {
  it("map by name and type within the URN's project, to the new expression", async () => {
    const records = await mapped("fixtures/gate/acceptance/pulumi/preview.json", ["fixtures/gate/acceptance/pulumi"]);
    expect(records.map((r) => [r.name, r.canonicalType, at(r)])).toEqual([
      ["web", "aws_launch_template", "fixtures/gate/acceptance/pulumi/index.ts:3:18"],
      ["web", "aws_instance", "fixtures/gate/acceptance/pulumi/index.ts:7:13"],
    ]);
  });

  it("map a component's child through the name its definition writes", async () => {
    const records = await mapped("fixtures/rules/CHG-001/positive-pulumi-component/preview.json", ["fixtures/rules/CHG-001/positive-pulumi-component"]);
    expect(records.filter((r) => r.attributes.action === "update").map((r) => at(r))).toEqual(["fixtures/rules/CHG-001/positive-pulumi-component/web.ts:8:5"]);
  });

  it("do not map into another project", async () => {
    const records = await mapped("fixtures/gate/acceptance/pulumi/preview.json", ["fixtures/rules/CHG-001/positive-pulumi"]);
    expect(records.every((r) => r.attributes.mapped === false)).toBe(true);
  });
});
