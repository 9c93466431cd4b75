/**
 * Terraform JSON plans (`terraform show -json PLANFILE`, also of `terraform plan -refresh-only`)
 * as Change records. Format: https://developer.hashicorp.com/terraform/internals/json-format
 * (`resource_changes[]` and `resource_drift[]`, each `{ address, module_address, mode, type,
 * name, index, change: { actions, before, after, after_unknown, replace_paths, importing },
 * action_reason }`).
 */
import type { Change, ChangeAction } from "../model/change.js";
import type { Value } from "../model/value.js";
import { formatPath } from "../model/value.js";
import { changedKeys } from "./diff.js";
import { describeJson, isObject, type JsonDocument } from "./json.js";

/** True when a parsed JSON document is a Terraform plan (`format_version` with plan content). */
export function isTerraformPlan(value: unknown): boolean {
  return isObject(value) && typeof value.format_version === "string" && ("resource_changes" in value || "resource_drift" in value || "planned_values" in value);
}

/** The Change records of a plan: its planned changes, then the drift its refresh found. Throws GateInputError. */
export function terraformPlanChanges(doc: JsonDocument): Change[] {
  const plan = doc.value as Record<string, unknown>;
  // A plan that failed is not a plan of what will happen: gating what it lists would pass it.
  if (plan.errored === true) throw doc.error(["errored"], "this plan errored (errored: true): Terraform could not work out every change, so it cannot be gated; fix the errors terraform plan printed and gate the new plan");
  const out: Change[] = [];
  for (const section of ["resource_changes", "resource_drift"] as const) {
    const list = plan[section];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) throw doc.error([section], `${section} must be a list of resource changes (terraform show -json output); found ${describeJson(list)}`);
    list.forEach((entry, index) => out.push(resourceChange(doc, section, index, entry)));
  }
  return out;
}

function resourceChange(doc: JsonDocument, section: "resource_changes" | "resource_drift", index: number, entry: unknown): Change {
  const at = [section, index];
  const where = `${section}[${index}]`;
  if (!isObject(entry)) throw doc.error(at, `${where} must be an object with address, type and change; found ${describeJson(entry)}`);
  for (const key of ["address", "type"] as const) {
    if (typeof entry[key] !== "string" || entry[key] === "") throw doc.error(entry[key] === undefined ? at : [...at, key], `${where}.${key} is missing; a resource change names its ${key === "address" ? "address (aws_instance.web)" : "resource type (aws_instance)"}`);
  }
  const change = entry.change;
  if (!isObject(change)) throw doc.error(change === undefined ? at : [...at, "change"], `${where}.change is missing; it holds the planned actions, before and after`);
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string")) {
    const found = Array.isArray(actions) && actions.length === 0 ? "an empty list" : describeJson(actions);
    throw doc.error(actions === undefined ? [...at, "change"] : [...at, "change", "actions"], `${where}.change.actions must be a non-empty list of action names such as ["update"] or ["delete", "create"]; found ${found}`);
  }
  const unknownAction = (actions as string[]).find((a) => !TERRAFORM_ACTIONS.includes(a));
  if (unknownAction !== undefined) throw doc.error([...at, "change", "actions"], `${where}.change.actions names ${JSON.stringify(unknownAction)}, which is not a Terraform action (${TERRAFORM_ACTIONS.join(", ")})`);
  const address = entry.address as string;
  const moduleAddress = typeof entry.module_address === "string" ? entry.module_address : "";
  const { action, order } = planAction(actions as string[]);
  const drift = section === "resource_drift";
  const before = change.before as Value | undefined;
  const after = change.after as Value | undefined;
  const afterUnknown = change.after_unknown as Value | undefined;
  const result: Change = {
    input: "terraform-plan",
    format: "terraform",
    kind: drift ? "drift" : "change",
    address,
    type: entry.type as string,
    action: entry.mode === "data" && action === "read" ? "read" : action,
    changed: action === "create" || action === "delete" || action === "read" ? [] : changedKeys(before, after, afterUnknown),
    named: before !== undefined && after !== undefined,
    replacedBy: replacePaths(change.replace_paths),
    file: doc.file,
    range: doc.rangeAt(at),
    jsonPath: where,
    hints: { modules: moduleNames(moduleAddress), local: moduleAddress && address.startsWith(`${moduleAddress}.`) ? address.slice(moduleAddress.length + 1) : address },
  };
  if (order) result.order = order;
  if (typeof entry.action_reason === "string") result.reason = entry.action_reason;
  if (drift) result.driftStatus = action === "delete" ? "DELETED" : "MODIFIED";
  if (before !== undefined) result.before = before;
  if (after !== undefined) result.after = after;
  if (afterUnknown !== undefined) result.afterUnknown = afterUnknown;
  if (action === "no-op" && isObject(change.importing)) result.action = "import";
  return result;
}

/**
 * Terraform's action lists: `["no-op"]`, `["create"]`, `["read"]`, `["update"]`, `["delete"]`,
 * `["forget"]`, and the replacements `["delete", "create"]` (the default: destroy, then create)
 * and `["create", "delete"]` (`create_before_destroy`).
 */
function planAction(actions: string[]): { action: ChangeAction; order?: "delete-first" | "create-first" } {
  const del = actions.indexOf("delete");
  const create = actions.indexOf("create");
  if (del >= 0 && create >= 0) return { action: "replace", order: del < create ? "delete-first" : "create-first" };
  return { action: actions[0] as ChangeAction };
}

/** Terraform's action words (https://developer.hashicorp.com/terraform/internals/json-format#change-representation). */
const TERRAFORM_ACTIONS: readonly string[] = ["no-op", "create", "read", "update", "delete", "forget"];

/** `module.a.module.b["x"]` → `["a", "b[\"x\"]"]`. */
function moduleNames(moduleAddress: string): string[] {
  if (moduleAddress === "") return [];
  const names: string[] = [];
  const re = /module\.([A-Za-z_][\w-]*(?:\[[^\]]*\])?)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(moduleAddress)) !== null) names.push(m[1]!);
  return names;
}

/** `replace_paths: [["ami"], ["network_interface", 0, "subnet_id"]]` → `["ami", "network_interface[0].subnet_id"]`. */
function replacePaths(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(Array.isArray).map((path) => formatPath(path as (string | number)[]));
}
