/**
 * The gate's readers: each input format becomes Change records with exact positions in the
 * input file, and a malformed or foreign input is a GateInputError naming the line and what is
 * missing.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GateInputError, readChangeFile } from "../../src/gate/index.js";
import type { Change } from "../../src/model/change.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string) => readChangeFile(path, readFileSync(REPO + path, "utf8"));
const brief = (c: Change) => ({ kind: c.kind, address: c.address, action: c.action, order: c.order, changed: c.changed, replacedBy: c.replacedBy, at: `${c.range.start.line}:${c.range.start.column}`, jsonPath: c.jsonPath });

function problem(text: string, file = "input.json"): GateInputError {
  try {
    readChangeFile(file, text);
  } catch (error) {
    if (error instanceof GateInputError) return error;
    throw error;
  }
  throw new Error("expected a GateInputError");
}

describe("Terraform JSON plans", () => {
  const plan = read("fixtures/gate/terraform/plan.json");

  it("are told by content and give planned changes and refresh drift, each at its entry's line", () => {
    expect(plan.input).toBe("terraform-plan");
    expect(plan.changes.map(brief)).toEqual([
      { kind: "change", address: "data.aws_ami.base", action: "read", order: undefined, changed: [], replacedBy: [], at: "40:5", jsonPath: "resource_changes[0]" },
      { kind: "change", address: "aws_instance.web", action: "update", order: undefined, changed: ["instance_type"], replacedBy: [], at: "66:5", jsonPath: "resource_changes[1]" },
      { kind: "change", address: "aws_db_instance.orders", action: "replace", order: "delete-first", changed: ["arn", "id"], replacedBy: ["engine"], at: "99:5", jsonPath: "resource_changes[2]" },
      { kind: "change", address: 'aws_s3_bucket.logs["eu"]', action: "no-op", order: undefined, changed: [], replacedBy: [], at: "134:5", jsonPath: "resource_changes[3]" },
      { kind: "change", address: "module.app.module.svc.aws_instance.x[0]", action: "replace", order: "create-first", changed: ["ami", "id"], replacedBy: ["ami"], at: "156:5", jsonPath: "resource_changes[4]" },
      { kind: "change", address: 'aws_s3_bucket.logs["us"]', action: "create", order: undefined, changed: [], replacedBy: [], at: "190:5", jsonPath: "resource_changes[5]" },
      { kind: "change", address: "aws_security_group.legacy", action: "delete", order: undefined, changed: [], replacedBy: [], at: "213:5", jsonPath: "resource_changes[6]" },
      { kind: "drift", address: "aws_instance.web", action: "update", order: undefined, changed: ["tags"], replacedBy: [], at: "8:5", jsonPath: "resource_drift[0]" },
    ]);
  });

  it("keep the module path and the address inside the module, the reason and the drift status", () => {
    const nested = plan.changes.find((c) => c.address.startsWith("module."))!;
    expect(nested.hints).toEqual({ modules: ["app", "svc"], local: "aws_instance.x[0]" });
    expect(plan.changes[2]!.reason).toBe("replace_because_cannot_update");
    expect(plan.changes[0]!.reason).toBe("read_because_config_unknown");
    expect(plan.changes.find((c) => c.kind === "drift")!.driftStatus).toBe("MODIFIED");
  });

  it("map every action list Terraform writes", () => {
    const actions = (list: string[]) => {
      const text = JSON.stringify({ format_version: "1.2", resource_changes: [{ address: "a.b", type: "a", change: { actions: list } }] });
      const c = readChangeFile("p.json", text).changes[0]!;
      return [c.action, c.order ?? null];
    };
    expect(actions(["no-op"])).toEqual(["no-op", null]);
    expect(actions(["create"])).toEqual(["create", null]);
    expect(actions(["read"])).toEqual(["read", null]);
    expect(actions(["update"])).toEqual(["update", null]);
    expect(actions(["delete"])).toEqual(["delete", null]);
    expect(actions(["forget"])).toEqual(["forget", null]);
    expect(actions(["delete", "create"])).toEqual(["replace", "delete-first"]);
    expect(actions(["create", "delete"])).toEqual(["replace", "create-first"]);
  });

  it("name an import as such", () => {
    const text = JSON.stringify({ format_version: "1.2", resource_changes: [{ address: "a.b", type: "a", change: { actions: ["no-op"], importing: { id: "i-1" } } }] });
    expect(readChangeFile("p.json", text).changes[0]!.action).toBe("import");
  });
});

describe("CloudFormation change sets and drift results", () => {
  it("give each resource change with its replacement and the properties it touches", () => {
    const set = read("fixtures/rules/CHG-003/positive-cloudformation-conditional/changeset.json");
    expect(set.input).toBe("cloudformation-change-set");
    const [c] = set.changes;
    expect(brief(c!)).toEqual({ kind: "change", address: "OrdersDatabase", action: "replace", order: "create-first", changed: ["DBInstanceClass"], replacedBy: ["DBInstanceClass"], at: "5:7", jsonPath: "Changes[0].ResourceChange" });
    expect(c!.conditional).toBe(true);
    expect(c!.hints).toEqual({ name: "OrdersDatabase", stack: "orders" });
    const plain = read("fixtures/gate/acceptance/cloudformation/changeset.json").changes;
    expect(plain.map((x) => [x.address, x.action, x.order ?? null])).toEqual([
      ["WebLaunchTemplate", "replace", "create-first"],
      ["WebInstance", "update", null],
    ]);
  });

  it("read SyncWithActual, and actions CloudFormation adds later, as updates in place", () => {
    const set = (action: string) => JSON.stringify({ ChangeSetId: "x", Changes: [{ Type: "Resource", ResourceChange: { Action: action, LogicalResourceId: "A", ResourceType: "AWS::EC2::Instance", Replacement: "False" } }] });
    expect(readChangeFile("c.json", set("SyncWithActual")).changes[0]!.action).toBe("update");
    expect(readChangeFile("c.json", set("Reconcile")).changes[0]!.action).toBe("update");
  });

  it("keep the policy action of a replacement", () => {
    expect(read("fixtures/rules/CHG-003/negative-cloudformation/changeset.json").changes[0]!.policyAction).toBe("ReplaceAndSnapshot");
  });

  it("give drifted resources only, their differences as property paths", () => {
    const drift = read("fixtures/rules/CHG-002/positive-cloudformation/drift.json");
    expect(drift.input).toBe("cloudformation-drift");
    expect(drift.changes.map((c) => [c.address, c.driftStatus, c.changed, `${c.range.start.line}:${c.range.start.column}`])).toEqual([
      ["WebInstance", "MODIFIED", ["InstanceType"], "3:5"],
      ["LogBucket", "DELETED", [], "21:5"],
    ]);
    const one = JSON.stringify({ StackResourceDrift: { LogicalResourceId: "Web", ResourceType: "AWS::EC2::Instance", StackResourceDriftStatus: "DELETED" } }, null, 2);
    expect(readChangeFile("one.json", one).changes.map((c) => [c.address, c.driftStatus, c.jsonPath, c.range.start.line])).toEqual([["Web", "DELETED", "StackResourceDrift", 2]]);
    const nested = JSON.stringify({ StackResourceDrifts: [{ LogicalResourceId: "B", ResourceType: "AWS::S3::Bucket", StackResourceDriftStatus: "MODIFIED", PropertyDifferences: [{ PropertyPath: "/Tags/0/Value" }, { PropertyPath: "/a~1b" }] }] });
    expect(readChangeFile("d.json", nested).changes[0]!.changed).toEqual(["Tags[0].Value", "a/b"]);
  });
});

describe("Pulumi previews and refresh previews", () => {
  it("give one change per resource step; a replacement's order comes from its halves", () => {
    const preview = read("fixtures/gate/acceptance/pulumi/preview.json");
    expect(preview.input).toBe("pulumi-preview");
    expect(preview.changes.map(brief)).toEqual([
      { kind: "change", address: "urn:pulumi:dev::web::aws:ec2/launchTemplate:LaunchTemplate::web", action: "replace", order: "create-first", changed: ["imageId"], replacedBy: ["imageId"], at: "57:5", jsonPath: "steps[2]" },
      { kind: "change", address: "urn:pulumi:dev::web::aws:ec2/instance:Instance::web", action: "update", order: undefined, changed: ["instanceType"], replacedBy: [], at: "94:5", jsonPath: "steps[3]" },
    ]);
    expect(read("fixtures/rules/CHG-003/positive-pulumi/preview.json").changes.map((c) => c.order)).toEqual(["delete-first"]);
  });

  it("name the project, stack and parents of a URN", () => {
    const [c] = read("fixtures/rules/CHG-001/positive-pulumi-component/preview.json").changes.filter((x) => x.action === "update");
    expect(c!.hints).toEqual({ name: "front-vm", project: "shop", pulumiStack: "dev", parentTypes: ["shop:web:WebServer"] });
  });

  it("tell a refresh preview by its output-only differences: its changes are drift", () => {
    const refresh = read("fixtures/rules/CHG-002/positive-pulumi/refresh.json");
    expect(refresh.input).toBe("pulumi-refresh");
    expect(refresh.changes.map((c) => [c.kind, c.driftStatus, c.changed])).toEqual([["drift", "MODIFIED", ["instanceType", "tags"]]]);
  });

  it("tell a preview whose updates change inputs from a refresh, whatever inputDiff says", () => {
    const step = (inputsBefore: object, inputsAfter: object) => ({
      op: "update",
      urn: "urn:pulumi:dev::p::aws:lambda/function:Function::f",
      oldState: { type: "aws:lambda/function:Function", inputs: inputsBefore, outputs: { memorySize: 128 } },
      newState: { type: "aws:lambda/function:Function", inputs: inputsAfter, outputs: { memorySize: 256 } },
      detailedDiff: { memorySize: { kind: "update", inputDiff: false } },
    });
    const preview = readChangeFile("p.json", JSON.stringify({ steps: [step({ memorySize: 128 }, { memorySize: 256 })] }));
    expect([preview.input, preview.changes[0]!.kind]).toEqual(["pulumi-preview", "change"]);
    const refresh = readChangeFile("r.json", JSON.stringify({ steps: [step({ memorySize: 128 }, { memorySize: 128 })] }));
    expect([refresh.input, refresh.changes[0]!.kind]).toEqual(["pulumi-refresh", "drift"]);
  });

  it("read a refreshed resource without a new state as deleted", () => {
    const urn = "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b";
    const text = JSON.stringify({ steps: [{ op: "refresh", urn, oldState: { type: "aws:s3/bucket:Bucket", inputs: {}, outputs: {} } }] });
    expect(readChangeFile("r.json", text).changes.map((c) => [c.kind, c.driftStatus])).toEqual([["drift", "DELETED"]]);
  });

  it("read a preview with nothing to do", () => {
    expect(readChangeFile("p.json", JSON.stringify({ config: {}, changeSummary: { same: 3 }, duration: 1 })).changes).toEqual([]);
  });
});

describe("bad input", () => {
  it("says where JSON is broken", () => {
    const e = problem('{\n  "format_version": "1.2",\n  "resource_changes": [\n');
    expect(e.message).toMatch(/^input\.json:4:1: Invalid JSON: /);
  });

  it.each([
    ['{"name": "web", "dependencies": {}}', /this is JSON of another kind; expected a Terraform plan \(resource_changes, from terraform show -json PLANFILE\)/],
    ['{"format_version": "1.0", "values": {"root_module": {}}}', /this is a Terraform state \(terraform show -json without a plan file\)/],
    ['{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}', /this is a CloudFormation template, not a change set/],
    ['{"version": 4, "resources": []}', /this is a Terraform or Pulumi state file, which says nothing about changes/],
    ["[1, 2]", /this is a JSON list/],
  ])("names what foreign JSON is and what was expected: %s", (text, message) => {
    const e = problem(text);
    expect(e.range.start).toEqual({ line: 1, column: 1 });
    expect(e.problem).toMatch(/^not a plan, change set or preview: /);
    expect(e.problem).toMatch(message);
  });

  it.each([
    ['{"format_version": "1.2", "resource_changes": {}}', "1:27", /resource_changes must be a list/],
    ['{"format_version": "1.2", "resource_changes": [\n  {"address": "a.b", "type": "a", "change": {}}\n]}', "2:35", /resource_changes\[0\]\.change\.actions must be a non-empty list of action names such as \["update"\]/],
    ['{"format_version": "1.2", "resource_changes": [\n  {"type": "a", "change": {"actions": ["update"]}}\n]}', "2:3", /resource_changes\[0\]\.address is missing/],
    ['{"ChangeSetId": "x", "Changes": [\n  {"Type": "Resource", "ResourceChange": {"Action": "Modify", "LogicalResourceId": "A"}}\n]}', "2:24", /Changes\[0\]\.ResourceChange\.ResourceType is missing/],
    ['{"ChangeSetId": "x", "Changes": [\n  {"Type": "Resource"}\n]}', "2:3", /Changes\[0\]\.ResourceChange is missing/],
    ['{"StackResourceDrifts": [\n  {"LogicalResourceId": "A", "ResourceType": "AWS::S3::Bucket", "StackResourceDriftStatus": "GONE"}\n]}', "2:65", /StackResourceDriftStatus "GONE" is not one of/],
    ['{"steps": [\n  {"op": "mutate", "urn": "urn:pulumi:dev::p::aws:s3/bucket:Bucket::b"}\n]}', "2:4", /steps\[0\]\.op "mutate" is not a Pulumi step operation/],
  ])("names the entry and what it lacks: %s", (text, at, message) => {
    const e = problem(text);
    expect(`${e.range.start.line}:${e.range.start.column}`).toBe(at);
    expect(e.problem).toMatch(message);
  });

  it("says an empty action list is empty", () => {
    const e = problem('{"format_version": "1.2", "resource_changes": [{"address": "a.b", "type": "a", "change": {"actions": []}}]}');
    expect(e.problem).toMatch(/found an empty list$/);
  });

  it("names the usual causes of text around the JSON: setup-terraform's wrapper, Terragrunt's run-all", () => {
    expect(problem('[command]/home/runner/work/_temp/terraform-bin show -json plan.out\n{"format_version": "1.2"}\n').problem).toMatch(/setup-terraform's wrapper.*terraform_wrapper: false/);
    expect(problem('{"format_version": "1.2", "resource_changes": []}\n{"format_version": "1.2", "resource_changes": []}\n').problem).toMatch(/several JSON documents one after another/);
  });

  it("finds a deep path's line in a large plan without a syntax tree", () => {
    const entries = Array.from({ length: 3000 }, (_, i) => ({ address: `a.b${i}`, type: "a", change: { actions: ["update"], before: { x: i }, after: { x: i + 1 } } }));
    (entries[2999]!.change as { actions?: string[] }).actions = undefined;
    const text = JSON.stringify({ format_version: "1.2", resource_changes: entries }, null, 1);
    const e = problem(text);
    expect(e.problem).toMatch(/^resource_changes\[2999\]\.change\.actions must be/);
    expect(text.split("\n")[e.range.start.line - 1]).toMatch(/"change": \{/);
  });

  it("refuses a plan that errored and a preview that failed: what they list is not all that would happen", () => {
    expect(problem('{"format_version": "1.2", "errored": true, "applyable": false, "resource_changes": []}').problem).toMatch(/^this plan errored \(errored: true\)/);
    const failed = JSON.stringify({ steps: [], diagnostics: [{ message: "error: the provider could not be loaded\n  detail", severity: "error" }], changeSummary: {} });
    expect(problem(failed).problem).toMatch(/^this preview failed \(a diagnostic of severity error: error: the provider could not be loaded\)/);
  });

  it("refuses an action Terraform does not have", () => {
    const e = problem('{"format_version": "1.2", "resource_changes": [{"address": "a.b", "type": "a", "change": {"actions": ["frobnicate"]}}]}');
    expect(e.problem).toBe('resource_changes[0].change.actions names "frobnicate", which is not a Terraform action (no-op, create, read, update, delete, forget)');
  });

  it("refuses a binary plan file, saying how to convert it", () => {
    expect(problem("PK\u0003\u0004binary").problem).toMatch(/binary Terraform plan file .*terraform show -json PLANFILE > plan\.json/);
  });

  it("refuses nesting deeper than any plan before parsing it", () => {
    const e = problem(`${"[".repeat(600)}${"]".repeat(600)}`);
    expect(e.problem).toMatch(/nested more than 512 levels/);
    expect(e.range.start).toEqual({ line: 1, column: 513 });
  });
});
