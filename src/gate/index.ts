/**
 * The change gate: plans, change sets, drift results and previews → Change records → records
 * the engine evaluates with the gate rules (family CHG), mapped back to the scanned source.
 * Imports no scanner (see map.ts).
 */
import type { Change, ChangeInput } from "../model/change.js";
import { range } from "../model/position.js";
import { changeSetChanges, driftResultChanges, isChangeSet, isDriftResult } from "./cloudformation.js";
import { GateInputError, isObject, readJson } from "./json.js";
import { isPulumiPreview, pulumiChanges } from "./pulumi.js";
import { isTerraformPlan, terraformPlanChanges } from "./terraform-plan.js";

export { changeRecords, type SourceChoice } from "./map.js";
export { GateInputError } from "./json.js";

/** What the gate reads, with the command that writes it (for messages and the README). */
export const GATE_INPUT_COMMANDS: Readonly<Record<Exclude<ChangeInput, "pulumi-refresh">, string>> = {
  "terraform-plan": "terraform show -json PLANFILE",
  "cloudformation-change-set": "aws cloudformation describe-change-set --output json",
  "cloudformation-drift": "aws cloudformation describe-stack-resource-drifts --output json",
  "pulumi-preview": "pulumi preview --json (or pulumi refresh --preview-only --json)",
};

/** The changes an input file holds. */
export interface ChangeFile {
  file: string;
  input: ChangeInput;
  changes: Change[];
}

/**
 * Reads one input file (repository-relative `file`, its text), whatever its name: the format is
 * told by content. Throws GateInputError, naming the file, the line and what is missing, for
 * text that is not JSON, JSON of another kind (a state file, a template), or an input whose
 * entries lack what the format requires.
 */
export function readChangeFile(file: string, text: string): ChangeFile {
  if (text.startsWith("PK\u0003\u0004")) {
    throw new GateInputError(file, range(1, 1, 1, 2), "this is a binary Terraform plan file (a zip archive); the gate reads its JSON form: terraform show -json PLANFILE > plan.json");
  }
  const doc = readJson(file, text);
  const value = doc.value;
  if (isTerraformPlan(value)) return { file, input: "terraform-plan", changes: terraformPlanChanges(doc) };
  if (isChangeSet(value)) return { file, input: "cloudformation-change-set", changes: changeSetChanges(doc) };
  if (isDriftResult(value)) return { file, input: "cloudformation-drift", changes: driftResultChanges(doc) };
  if (isPulumiPreview(value)) {
    const changes = pulumiChanges(doc);
    return { file, input: changes[0]?.input ?? "pulumi-preview", changes };
  }
  throw new GateInputError(file, range(1, 1, 1, 2), foreignMessage(value));
}

/** What a JSON document that is none of the inputs looks like, and what was expected instead. */
function foreignMessage(value: unknown): string {
  const expected = `expected a Terraform plan (resource_changes, from ${GATE_INPUT_COMMANDS["terraform-plan"]}), a CloudFormation change set (Changes with ChangeSetId, from ${GATE_INPUT_COMMANDS["cloudformation-change-set"]}) or drift result (StackResourceDrifts, from ${GATE_INPUT_COMMANDS["cloudformation-drift"]}), or a Pulumi preview (steps with urn, from ${GATE_INPUT_COMMANDS["pulumi-preview"]})`;
  let what = "JSON of another kind";
  if (!isObject(value)) what = Array.isArray(value) ? "a JSON list" : `a JSON ${value === null ? "null" : typeof value}`;
  else if (typeof value.format_version === "string" && "values" in value) what = "a Terraform state (terraform show -json without a plan file)";
  else if (typeof value.format_version === "string") what = "Terraform JSON without resource_changes, resource_drift or planned_values";
  else if ("Resources" in value || "AWSTemplateFormatVersion" in value) what = "a CloudFormation template, not a change set";
  else if ("Changes" in value) what = "a Changes list without ChangeSetId or ChangeSetName";
  else if ("steps" in value) what = "a steps list without Pulumi URNs";
  else if ("resources" in value && "version" in value) what = "a Terraform or Pulumi state file, which says nothing about changes";
  return `not a plan, change set or preview: this is ${what}; ${expected}`;
}
