/**
 * `driftless gate` end to end: the acceptance cases (a plan, a change set and a preview with one
 * in-place update of an instance and one replacement give exactly one CHG-001 at the instance
 * in the code, exit 1), bad inputs (exit 2 with the file, the line and what was expected), and
 * the workflow stages (suppressions, configuration, baselines, SARIF) on gate findings.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliInProcess, cliProcess, REPO } from "../support/cli.js";
import { expectValidSarif } from "../support/sarif-schema.js";
import { tempDir, writeTree } from "../support/tmp.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const findingsOf = (stdout: string): Json[] => JSON.parse(stdout).findings;

/** A copy of an acceptance fixture in a repository of its own (a `.git` folder marks the root). */
async function repoWith(fixture: string): Promise<string> {
  const dir = await tempDir();
  await cp(join(REPO, "fixtures/gate/acceptance", fixture), dir, { recursive: true });
  await writeTree(dir, { ".git/HEAD": "ref: refs/heads/main\n" });
  return dir;
}

describe("driftless gate: the acceptance cases", () => {
  it.each([
    ["terraform", "plan.json", "main.tf", 10, 1, "aws_instance.web"],
    ["cloudformation", "changeset.json", "template.yaml", 9, 3, "WebInstance"],
    ["pulumi", "preview.json", "index.ts", 7, 13, "web"],
  ])("%s: one in-place update and one replacement give exactly one CHG-001, at the instance in the code; exit 1", async (format, input, file, line, column, name) => {
    const dir = await repoWith(format);
    const run = await cliInProcess(["gate", input, "--format", "json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const findings = findingsOf(run.stdout);
    expect(findings.map((f: Json) => [f.ruleId, f.file, f.range.start.line, f.range.start.column, f.resource])).toEqual([["CHG-001", file, line, column, name]]);
    expect(findings[0].related.map((r: Json) => r.file)).toEqual([input]);
  });

  it("runs as a real process from the committed bundle, with a text report", async () => {
    const dir = await repoWith("terraform");
    const run = await cliProcess(["gate", "plan.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^main\.tf:10:1 {2}ERROR {4}CHG-001 {2}aws_instance\.web \(aws_instance\) is planned to be updated in place, changing instance_type/m);
    expect(run.stdout).toMatch(/^ {4}plan\.json:8:5 {2}the planned change in plan\.json: resource_changes\[0\]$/m);
  });

  it("exits 0 when the plan replaces instead of patching", async () => {
    const dir = await repoWith("terraform");
    const plan = JSON.parse(await readFile(join(dir, "plan.json"), "utf8"));
    plan.resource_changes[0].change.actions = ["create", "delete"];
    await writeFile(join(dir, "plan.json"), JSON.stringify(plan, null, 2));
    const run = await cliInProcess(["gate", "plan.json"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^No findings in /);
  });

  it("maps into --source and reads inputs from anywhere", async () => {
    const dir = await repoWith("terraform");
    const elsewhere = await tempDir();
    await cp(join(dir, "plan.json"), join(elsewhere, "tfplan.out.json"));
    const run = await cliInProcess(["gate", join(elsewhere, "tfplan.out.json"), "--source", dir, "--format", "json"], dir);
    expect(run.code).toBe(1);
    expect(findingsOf(run.stdout).map((f: Json) => `${f.file}:${f.range.start.line}`)).toEqual(["main.tf:10"]);
  });

  it("reads a plan written by Windows PowerShell (UTF-16 with a byte order mark)", async () => {
    const dir = await repoWith("terraform");
    const text = await readFile(join(dir, "plan.json"), "utf8");
    await writeFile(join(dir, "plan.json"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const run = await cliInProcess(["gate", "plan.json", "--format", "json"], dir);
    expect(findingsOf(run.stdout).map((f: Json) => `${f.ruleId} ${f.file}:${f.range.start.line}`)).toEqual(["CHG-001 main.tf:10"]);
  });

  it("maps a plan from a pipeline's temporary folder into the repository it runs in; SARIF names that plan by an absolute URI", async () => {
    const dir = await repoWith("terraform");
    const elsewhere = await tempDir();
    await cp(join(dir, "plan.json"), join(elsewhere, "plan.json"));
    const run = await cliInProcess(["gate", join(elsewhere, "plan.json"), "--format", "sarif"], dir);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expectValidSarif(sarif);
    const [result] = sarif.runs[0].results;
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri: "main.tf", uriBaseId: "%SRCROOT%" });
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toMatch(/^file:\/\/\/.*\/plan\.json$/);
  });

  it("says which nested stacks' change sets to gate too", async () => {
    const dir = await repoWith("cloudformation");
    const set = JSON.parse(await readFile(join(dir, "changeset.json"), "utf8"));
    set.IncludeNestedStacks = true;
    set.Changes.push({ Type: "Resource", ResourceChange: { Action: "Modify", LogicalResourceId: "NetworkStack", PhysicalResourceId: "arn:aws:cloudformation:eu-west-1:123456789012:stack/web-NetworkStack-1/x", ResourceType: "AWS::CloudFormation::Stack", Replacement: "False", ChangeSetId: "arn:aws:cloudformation:eu-west-1:123456789012:changeSet/deploy-1-NetworkStack/y", Scope: [], Details: [] } });
    await writeFile(join(dir, "changeset.json"), JSON.stringify(set, null, 2));
    const run = await cliInProcess(["gate", "changeset.json"], dir);
    expect(run.stderr).toBe("driftless: changeset.json: nested stack NetworkStack has its own change set (arn:aws:cloudformation:eu-west-1:123456789012:changeSet/deploy-1-NetworkStack/y); its resources are not in this one: describe it (aws cloudformation describe-change-set --change-set-name arn:aws:cloudformation:eu-west-1:123456789012:changeSet/deploy-1-NetworkStack/y --output json) and gate it too\n");
  });

  it("says when the code it maps into could not be read", async () => {
    const dir = await repoWith("terraform");
    await writeFile(join(dir, "broken.tf"), 'resource "aws_s3_bucket" "x" {\n  bucket = \n}\n');
    const run = await cliInProcess(["gate", "plan.json"], dir);
    expect(run.stderr).toMatch(/^driftless: 1 problem reading the code the gate maps into \(changes of resources there stay on the input\), first broken\.tf:2:/);
  });

  it("writes SARIF the schema accepts, with the code location and the plan as a related location", async () => {
    const dir = await repoWith("pulumi");
    const run = await cliInProcess(["gate", "preview.json", "--format", "sarif"], dir);
    const sarif = JSON.parse(run.stdout);
    expectValidSarif(sarif);
    const [result] = sarif.runs[0].results;
    expect(result.ruleId).toBe("CHG-001");
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe("index.ts");
    expect(result.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe("preview.json");
    expect(sarif.runs[0].tool.driver.rules.some((r: Json) => r.id === "CHG-003")).toBe(true);
  });

  it("keeps an unmapped finding on the input file with a valid region", async () => {
    const dir = await tempDir();
    await writeTree(dir, { ".git/HEAD": "ref: refs/heads/main\n" });
    await cp(join(REPO, "fixtures/gate/acceptance/terraform/plan.json"), join(dir, "plan.json"));
    const run = await cliInProcess(["gate", "plan.json", "--format", "sarif"], dir);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout);
    expectValidSarif(sarif);
    const region = sarif.runs[0].results[0].locations[0].physicalLocation;
    expect([region.artifactLocation.uri, region.region.startLine, region.region.startColumn]).toEqual(["plan.json", 8, 5]);
  });
});

describe("driftless gate: bad input exits 2 with what was expected", () => {
  it.each([
    ["package.json", '{ "name": "web", "version": "1.0.0" }\n', /^driftless: package\.json:1:1: not a plan, change set or preview: this is JSON of another kind; expected a Terraform plan \(resource_changes, from terraform show -json PLANFILE\)/],
    ["plan.json", '{\n  "format_version": "1.2",\n  "resource_changes": [\n    { "address": "aws_instance.web", "type": "aws_instance", "change": { "before": {} } }\n  ]\n}\n', /^driftless: plan\.json:4:62: resource_changes\[0\]\.change\.actions must be a non-empty list of action names such as \["update"\]/],
    ["plan.json", '{ "format_version": "1.2", "resource_changes": [ ', /^driftless: plan\.json:1:50: Invalid JSON: /],
    ["tfplan", "PK\u0003\u0004\u0000\u0000binary", /^driftless: tfplan:1:1: this is a binary Terraform plan file \(a zip archive\); the gate reads its JSON form: terraform show -json PLANFILE > plan\.json/],
    ["template.json", '{ "AWSTemplateFormatVersion": "2010-09-09", "Resources": {} }', /this is a CloudFormation template, not a change set/],
  ])("%s", async (name, content, message) => {
    const dir = await tempDir();
    await writeTree(dir, { [name]: content });
    const run = await cliInProcess(["gate", name], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(message);
  });

  it("checks --project and --template: a folder and a file inside the repository", async () => {
    const dir = await repoWith("terraform");
    expect((await cliInProcess(["gate", "plan.json", "--project", "main.tf"], dir)).stderr).toMatch(/^driftless: --project main\.tf is not a folder/);
    expect((await cliInProcess(["gate", "plan.json", "--template", "."], dir)).stderr).toMatch(/^driftless: --template \. is a folder: give the CloudFormation template file/);
    const outside = await tempDir();
    expect((await cliInProcess(["gate", "plan.json", "--project", outside], dir)).stderr).toMatch(/is outside the repository the gate maps into/);
  });

  it("suggests driftless scan for a folder", async () => {
    const dir = await repoWith("terraform");
    expect((await cliInProcess(["gate", "."], dir)).stderr).toMatch(/gate input is not a file: \. \(.*run driftless scan \.\)/);
  });

  it("needs an input, and one that exists", async () => {
    expect(await cliInProcess(["gate"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^driftless: driftless gate needs at least one input: a Terraform plan/) });
    expect(await cliInProcess(["gate", "nope.json"])).toEqual({ code: 2, stdout: "", stderr: "driftless: gate input not found: nope.json\n" });
  });
});

describe("driftless gate: the workflow stages apply to gate findings", () => {
  it("a driftless:ignore comment on the resource suppresses its gate finding", async () => {
    const dir = await repoWith("terraform");
    const main = await readFile(join(dir, "main.tf"), "utf8");
    await writeFile(join(dir, "main.tf"), main.replace('resource "aws_instance" "web" {', '# driftless:ignore CHG-001 -- resized during the incident, replaced next sprint\nresource "aws_instance" "web" {'));
    const run = await cliInProcess(["gate", "plan.json", "--format", "json"], dir);
    expect(run.code).toBe(0);
    expect(findingsOf(run.stdout).map((f: Json) => [f.ruleId, f.range.start.line, f.suppression?.justification])).toEqual([["CHG-001", 11, "resized during the incident, replaced next sprint"]]);
  });

  it("a driftless:ignore comment on a module call covers the gate findings inside the module", async () => {
    const dir = await tempDir();
    await cp(join(REPO, "fixtures/rules/CHG-001/positive-terraform-module"), dir, { recursive: true });
    await writeTree(dir, { ".git/HEAD": "ref: refs/heads/main\n" });
    const main = await readFile(join(dir, "main.tf"), "utf8");
    await writeFile(join(dir, "main.tf"), `# driftless:ignore CHG-001 -- the launch templates roll out through the group\n${main}`);
    const run = await cliInProcess(["gate", "plan.json", "--format", "json"], dir);
    expect(run.code).toBe(0);
    expect(findingsOf(run.stdout).map((f: Json) => [f.ruleId, f.file, f.suppression?.file])).toEqual([
      ["CHG-001", "modules/svc/main.tf", "main.tf"],
      ["CHG-001", "modules/svc/main.tf", "main.tf"],
    ]);
  });

  it("a suppression of a gate rule is not called unused when the plan at hand has no such change", async () => {
    const dir = await repoWith("terraform");
    const main = await readFile(join(dir, "main.tf"), "utf8");
    await writeFile(join(dir, "main.tf"), main.replace('resource "aws_launch_template" "web" {', '# driftless:ignore CHG-002 -- the fleet manager retags it\nresource "aws_launch_template" "web" {'));
    for (const args of [["gate", "plan.json"], ["scan", ".", "--rule", "CHG-002,IAC-001"]]) {
      const run = await cliInProcess([...args, "--format", "json"], dir);
      expect(findingsOf(run.stdout).filter((f: Json) => f.ruleId === "IAC-001")).toEqual([]);
    }
  });

  it("the configuration's replace-only parameter decides which kinds must be replaced", async () => {
    const dir = await repoWith("terraform");
    await writeFile(join(dir, ".driftless.yaml"), "rules:\n  CHG-001:\n    params:\n      replace-only: [aws_launch_template]\n");
    const run = await cliInProcess(["gate", "plan.json"], dir);
    expect(run.code).toBe(0);
  });

  it("a baseline holds an accepted gate finding", async () => {
    const dir = await repoWith("cloudformation");
    const written = await cliInProcess(["gate", "changeset.json", "--write-baseline", "baseline.json"], dir);
    expect(written.code).toBe(0);
    const run = await cliInProcess(["gate", "changeset.json", "--baseline", "baseline.json", "--format", "json"], dir);
    expect(run.code).toBe(0);
    expect(findingsOf(run.stdout)).toEqual([]);
  });

  it("driftless scan evaluates the plans it finds beside the code", async () => {
    const dir = await repoWith("terraform");
    const run = await cliInProcess(["scan", ".", "--format", "json", "--rule", "CHG-001"], dir);
    expect(findingsOf(run.stdout).map((f: Json) => `${f.ruleId} ${f.file}:${f.range.start.line}`)).toEqual(["CHG-001 main.tf:10"]);
  });

  it("driftless scan reports a plan it cannot read as IAC-000 at its line and goes on", async () => {
    const dir = await repoWith("terraform");
    await writeFile(join(dir, "broken-plan.json"), '{\n  "format_version": "1.2",\n  "resource_changes": [\n    { "address": "a.b", "type": "a" }\n  ]\n}\n');
    const run = await cliInProcess(["scan", ".", "--format", "json", "--rule", "CHG-001", "--rule", "IAC-000"], dir);
    expect(findingsOf(run.stdout).map((f: Json) => `${f.ruleId} ${f.file}:${f.range.start.line}`)).toEqual(["IAC-000 broken-plan.json:4", "CHG-001 main.tf:10"]);
  });
});
