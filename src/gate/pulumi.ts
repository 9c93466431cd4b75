/**
 * Pulumi previews (`pulumi preview --json`) and refresh previews (`pulumi refresh --preview-only
 * --json`) as Change records. Both write a `PreviewDigest` (pulumi/pulumi
 * `pkg/display/json.go`): `{ config, steps: [{ op, urn, provider, oldState, newState,
 * diffReasons, replaceReasons, detailedDiff: { "<property path>": { kind, inputDiff } } }],
 * diagnostics, duration, changeSummary }`.
 */
import type { Change, ChangeAction, ChangeInput } from "../model/change.js";
import { changedKeys, sameJson, topAttribute } from "./diff.js";
import { describeJson, isObject, type JsonDocument, type JsonPath } from "./json.js";

/** True when a parsed JSON document is a Pulumi preview digest. */
export function isPulumiPreview(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (Array.isArray(value.steps) && value.steps.length > 0) return value.steps.some((s) => isObject(s) && typeof s.urn === "string" && s.urn.startsWith("urn:pulumi:"));
  // A preview with no steps (nothing to do, or it failed) still carries its summary or its diagnostics.
  const diagnostics = Array.isArray(value.diagnostics) && value.diagnostics.some((d) => isObject(d) && typeof d.severity === "string" && "message" in d);
  return (isObject(value.changeSummary) || diagnostics) && !("Changes" in value) && !("resource_changes" in value);
}

/**
 * Step operations (pulumi/pulumi `pkg/resource/deploy/step.go`) in the gate's words. The halves
 * of a replacement (`create-replacement`, `delete-replaced`) only say its order: the `replace`
 * step is the change.
 */
const OPS: Record<string, ChangeAction | "half"> = {
  same: "no-op",
  create: "create",
  update: "update",
  delete: "delete",
  replace: "replace",
  "create-replacement": "half",
  "delete-replaced": "half",
  read: "read",
  "read-replacement": "read",
  refresh: "update",
  "read-discard": "forget",
  "discard-replaced": "forget",
  "remove-pending-replace": "delete",
  import: "import",
  "import-replacement": "import",
};

/** A URN's parts: `urn:pulumi:STACK::PROJECT::PARENT$TYPE::NAME`. */
export interface ParsedUrn {
  stack: string;
  project: string;
  type: string;
  parentTypes: string[];
  name: string;
}

export function parseUrn(urn: string): ParsedUrn | undefined {
  const m = /^urn:pulumi:([^:]*)::([^:]*)::([^:]+(?::[^:]+)*)::(.*)$/s.exec(urn);
  if (!m) return undefined;
  const types = m[3]!.split("$");
  return { stack: m[1]!, project: m[2]!, type: types.at(-1)!, parentTypes: types.slice(0, -1), name: m[4]! };
}

/**
 * A refresh preview and a preview share one shape. A refresh is told by its steps: a `refresh`
 * step; or only updates and deletes (a refresh never creates or replaces) whose updates keep
 * their inputs and differ in outputs only, since a refresh reads the live resource and leaves
 * the program's inputs alone, while a preview's update changes them.
 */
function isRefresh(steps: Record<string, unknown>[]): boolean {
  if (steps.some((s) => s.op === "refresh")) return true;
  const changing = steps.filter((s) => s.op !== "same");
  if (changing.length === 0 || !changing.every((s) => s.op === "update" || s.op === "delete")) return false;
  const updates = changing.filter((s) => s.op === "update");
  return (
    updates.length > 0 &&
    updates.every((s) => {
      const before = isObject(s.oldState) ? s.oldState : undefined;
      const after = isObject(s.newState) ? s.newState : undefined;
      return before !== undefined && after !== undefined && "inputs" in before && sameJson(before.inputs, after.inputs) && !sameJson(before.outputs, after.outputs);
    })
  );
}

/** The resource steps of a preview or refresh preview. Throws GateInputError. */
export function pulumiChanges(doc: JsonDocument): Change[] {
  const digest = doc.value as Record<string, unknown>;
  const steps = digest.steps ?? [];
  if (!Array.isArray(steps)) throw doc.error(["steps"], `steps must be a list (pulumi preview --json output); found ${describeJson(steps)}`);
  steps.forEach((step, index) => {
    if (!isObject(step)) throw doc.error(["steps", index], `steps[${index}] must be an object with op and urn; found ${describeJson(step)}`);
    if (typeof step.op !== "string" || !(step.op in OPS)) throw doc.error(step.op === undefined ? ["steps", index] : ["steps", index, "op"], `steps[${index}].op ${step.op === undefined ? "is missing" : `${JSON.stringify(step.op)} is not a Pulumi step operation`} (same, create, update, delete, replace, create-replacement, delete-replaced, read, refresh, import, ...)`);
    if (typeof step.urn !== "string" || !parseUrn(step.urn)) throw doc.error(step.urn === undefined ? ["steps", index] : ["steps", index, "urn"], `steps[${index}].urn must be a Pulumi URN (urn:pulumi:STACK::PROJECT::TYPE::NAME); found ${describeJson(step.urn)}`);
  });
  const failed = Array.isArray(digest.diagnostics) ? digest.diagnostics.findIndex((d) => isObject(d) && d.severity === "error") : -1;
  if (failed >= 0) {
    const message = (digest.diagnostics as Record<string, unknown>[])[failed]!.message;
    throw doc.error(["diagnostics", failed], `this preview failed (a diagnostic of severity error${typeof message === "string" ? `: ${message.trim().split("\n")[0]!.slice(0, 200)}` : ""}): its steps are not everything the update would do; fix the error and gate a new preview`);
  }
  const list = steps as Record<string, unknown>[];
  const input: ChangeInput = isRefresh(list) ? "pulumi-refresh" : "pulumi-preview";
  const out: Change[] = [];
  list.forEach((step, index) => {
    const op = step.op as string;
    const urn = step.urn as string;
    const parsed = parseUrn(urn)!;
    // The stack itself and provider instances are not resources of the program.
    if (parsed.type === "pulumi:pulumi:Stack" || parsed.type.startsWith("pulumi:providers:")) return;
    const mapped = OPS[op]!;
    if (mapped === "half") return;
    if (input === "pulumi-refresh" && (op === "same" || mapped === "no-op")) return;
    const at: JsonPath = ["steps", index];
    const detailed = isObject(step.detailedDiff) ? step.detailedDiff : {};
    const changed = new Set<string>([...strings(step.diffReasons), ...Object.keys(detailed)].map(topAttribute));
    const replacedBy = new Set<string>([...strings(step.replaceReasons), ...Object.entries(detailed).filter(([, d]) => isObject(d) && typeof d.kind === "string" && d.kind.endsWith("-replace")).map(([k]) => k)].map(topAttribute));
    const newState = isObject(step.newState) ? step.newState : undefined;
    const oldState = isObject(step.oldState) ? step.oldState : undefined;
    // A refresh step without a diff still has both states: what differs is what it read.
    const statesOnly = input === "pulumi-refresh" && changed.size === 0 && !isObject(step.detailedDiff) && oldState !== undefined && newState !== undefined;
    if (statesOnly) for (const key of changedKeys(oldState.outputs, newState.outputs)) changed.add(key);
    const change: Change = {
      input,
      format: "pulumi",
      kind: input === "pulumi-refresh" ? "drift" : "change",
      address: urn,
      type: typeof newState?.type === "string" ? newState.type : typeof oldState?.type === "string" ? oldState.type : parsed.type,
      action: mapped,
      changed: [...changed].sort(),
      named: isObject(step.detailedDiff) || Array.isArray(step.diffReasons) || statesOnly,
      replacedBy: [...replacedBy].sort(),
      file: doc.file,
      range: doc.rangeAt(at),
      jsonPath: `steps[${index}]`,
      hints: { name: parsed.name, project: parsed.project, pulumiStack: parsed.stack, parentTypes: parsed.parentTypes },
    };
    if (mapped === "replace") {
      // The halves' order in the steps is the order they run: deleteBeforeReplace puts delete-replaced first.
      const created = list.findIndex((s) => s.urn === urn && s.op === "create-replacement");
      const deleted = list.findIndex((s) => s.urn === urn && s.op === "delete-replaced");
      if (created >= 0 || deleted >= 0) change.order = deleted >= 0 && (created < 0 || deleted < created) ? "delete-first" : "create-first";
    }
    // A refreshed resource that is gone has no new state.
    if (input === "pulumi-refresh") change.driftStatus = mapped === "delete" || (op === "refresh" && newState === undefined) ? "DELETED" : "MODIFIED";
    const before = oldState?.inputs ?? oldState?.outputs;
    const after = newState?.inputs ?? newState?.outputs;
    if (before !== undefined) change.before = before as Change["before"];
    if (after !== undefined) change.after = after as Change["after"];
    out.push(change);
  });
  return out;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
