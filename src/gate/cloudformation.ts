/**
 * CloudFormation change sets and drift results as Change records.
 * - `aws cloudformation describe-change-set --output json`: `{ ChangeSetName, ChangeSetId,
 *   StackName, Changes: [{ Type: "Resource", ResourceChange: { Action, LogicalResourceId,
 *   ResourceType, Replacement, Scope, Details: [{ Target: { Attribute, Name,
 *   RequiresRecreation }, Evaluation, ChangeSource }], PolicyAction } }] }`
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_ResourceChange.html);
 * - `aws cloudformation describe-stack-resource-drifts --output json`: `{ StackResourceDrifts:
 *   [{ LogicalResourceId, ResourceType, StackResourceDriftStatus, PropertyDifferences:
 *   [{ PropertyPath, ExpectedValue, ActualValue, DifferenceType }] }] }`
 *   (https://docs.aws.amazon.com/AWSCloudFormation/latest/APIReference/API_StackResourceDrift.html).
 */
import type { Change, ChangeAction } from "../model/change.js";
import { pointerToPath } from "./diff.js";
import { describeJson, isObject, type JsonDocument, type JsonPath } from "./json.js";

/** True when a parsed JSON document is a change set description. */
export function isChangeSet(value: unknown): boolean {
  return isObject(value) && "Changes" in value && ("ChangeSetId" in value || "ChangeSetName" in value);
}

/**
 * True when a parsed JSON document is a drift result: a stack's (`describe-stack-resource-drifts`)
 * or one resource's (`detect-stack-resource-drift`, `{ StackResourceDrift: {...} }`).
 */
export function isDriftResult(value: unknown): boolean {
  return isObject(value) && ("StackResourceDrifts" in value || isObject(value.StackResourceDrift));
}

/**
 * `Add` creates, `Modify` updates (or replaces: `Replacement`), `Remove` deletes, `Import`
 * imports, `Dynamic` is decided at apply time, `SyncWithActual` brings a drifted resource back
 * to the template in place. An action CloudFormation adds later reads as an update.
 */
const ACTIONS: Record<string, ChangeAction> = { Add: "create", Modify: "update", Remove: "delete", Import: "import", Dynamic: "update", SyncWithActual: "update" };

/** The resource changes of a change set. Throws GateInputError. */
export function changeSetChanges(doc: JsonDocument): Change[] {
  const set = doc.value as Record<string, unknown>;
  const changes = set.Changes;
  if (!Array.isArray(changes)) throw doc.error(["Changes"], `Changes must be a list (aws cloudformation describe-change-set output); found ${describeJson(changes)}`);
  const stack = typeof set.StackName === "string" ? set.StackName : undefined;
  const out: Change[] = [];
  changes.forEach((entry, index) => {
    const at: JsonPath = ["Changes", index];
    if (!isObject(entry)) throw doc.error(at, `Changes[${index}] must be an object with Type and ResourceChange; found ${describeJson(entry)}`);
    // Hook invocations and other change types say nothing about a resource.
    if (entry.Type !== undefined && entry.Type !== "Resource") return;
    const change = entry.ResourceChange;
    const where = `Changes[${index}].ResourceChange`;
    if (!isObject(change)) throw doc.error(at, `${where} is missing; a change of Type Resource describes the resource it changes`);
    const here: JsonPath = [...at, "ResourceChange"];
    for (const key of ["Action", "LogicalResourceId", "ResourceType"] as const) {
      if (typeof change[key] !== "string" || change[key] === "") throw doc.error(change[key] === undefined ? here : [...here, key], `${where}.${key} is missing; found ${describeJson(change[key])}`);
    }
    const actionName = change.Action as string;
    let action = ACTIONS[actionName] ?? "update";
    const replacement = change.Replacement;
    const details = Array.isArray(change.Details) ? change.Details.filter(isObject) : [];
    const targets = details.map((d) => (isObject(d.Target) ? d.Target : {}));
    const named = (t: Record<string, unknown>): string | undefined => (t.Attribute === "Properties" || t.Attribute === undefined ? (typeof t.Name === "string" ? t.Name : undefined) : typeof t.Attribute === "string" ? t.Attribute : undefined);
    const result: Change = {
      input: "cloudformation-change-set",
      format: "cloudformation",
      kind: "change",
      address: change.LogicalResourceId as string,
      type: change.ResourceType as string,
      action,
      changed: [...new Set(targets.map(named).filter((n): n is string => n !== undefined))].sort(),
      named: details.length > 0,
      replacedBy: [...new Set(targets.filter((t) => t.RequiresRecreation === "Always" || (replacement === "Conditional" && t.RequiresRecreation === "Conditionally")).map(named).filter((n): n is string => n !== undefined))].sort(),
      file: doc.file,
      range: doc.rangeAt(here),
      jsonPath: where,
      hints: { name: change.LogicalResourceId as string, ...(stack ? { stack } : {}) },
    };
    // CloudFormation creates the replacement first and deletes the old resource when the stack
    // update cleans up (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/using-cfn-updating-stacks-update-behaviors.html).
    if (actionName === "Modify" && (replacement === "True" || replacement === "Conditional")) {
      action = "replace";
      result.action = action;
      result.order = "create-first";
      if (replacement === "Conditional") result.conditional = true;
    }
    const source = details.map((d) => d.ChangeSource).find((s) => typeof s === "string");
    if (typeof source === "string") result.reason = source;
    if (typeof change.PolicyAction === "string") result.policyAction = change.PolicyAction;
    // A nested stack's own change set (IncludeNestedStacks): its resources are in that one.
    if (change.ResourceType === "AWS::CloudFormation::Stack" && typeof change.ChangeSetId === "string") result.nestedChangeSet = change.ChangeSetId;
    out.push(result);
  });
  return out;
}

/** The drifted resources of a drift result (`IN_SYNC` and `NOT_CHECKED` ones are left out). Throws GateInputError. */
export function driftResultChanges(doc: JsonDocument): Change[] {
  const result = doc.value as Record<string, unknown>;
  const single = !("StackResourceDrifts" in result);
  const drifts = single ? [result.StackResourceDrift] : result.StackResourceDrifts;
  if (!Array.isArray(drifts)) throw doc.error(["StackResourceDrifts"], `StackResourceDrifts must be a list (aws cloudformation describe-stack-resource-drifts output); found ${describeJson(drifts)}`);
  const out: Change[] = [];
  drifts.forEach((entry, index) => {
    const at: JsonPath = single ? ["StackResourceDrift"] : ["StackResourceDrifts", index];
    const where = single ? "StackResourceDrift" : `StackResourceDrifts[${index}]`;
    if (!isObject(entry)) throw doc.error(at, `${where} must be an object with LogicalResourceId, ResourceType and StackResourceDriftStatus; found ${describeJson(entry)}`);
    for (const key of ["LogicalResourceId", "ResourceType", "StackResourceDriftStatus"] as const) {
      if (typeof entry[key] !== "string" || entry[key] === "") throw doc.error(entry[key] === undefined ? at : [...at, key], `${where}.${key} is missing; found ${describeJson(entry[key])}`);
    }
    const status = entry.StackResourceDriftStatus as string;
    if (status === "IN_SYNC" || status === "NOT_CHECKED" || status === "UNKNOWN") return;
    if (status !== "MODIFIED" && status !== "DELETED") throw doc.error([...at, "StackResourceDriftStatus"], `${where}.StackResourceDriftStatus ${JSON.stringify(status)} is not one of IN_SYNC, MODIFIED, DELETED, NOT_CHECKED, UNKNOWN`);
    const differences = Array.isArray(entry.PropertyDifferences) ? entry.PropertyDifferences.filter(isObject) : [];
    const stack = typeof entry.StackId === "string" ? entry.StackId : undefined;
    out.push({
      input: "cloudformation-drift",
      format: "cloudformation",
      kind: "drift",
      address: entry.LogicalResourceId as string,
      type: entry.ResourceType as string,
      action: status === "DELETED" ? "delete" : "update",
      driftStatus: status,
      named: Array.isArray(entry.PropertyDifferences),
      changed: [...new Set(differences.map((d) => d.PropertyPath).filter((p): p is string => typeof p === "string").map(pointerToPath))].sort(),
      replacedBy: [],
      file: doc.file,
      range: doc.rangeAt(at),
      jsonPath: where,
      hints: { name: entry.LogicalResourceId as string, ...(stack ? { stack } : {}) },
    });
  });
  return out;
}
