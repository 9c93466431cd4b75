import { createRequire } from 'node:module';
import { tokenType, snake } from './chunk-I63THYVZ.js';
import { j as jsonDepth, a as jsonErrorMessage } from './chunk-A-pb0ccY.js';
import { L as LineIndex, r as range, f as firstLineOf, v as visit2, h as formatPath } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

// src/gate/json.ts
var GateInputError = class extends Error {
  constructor(file, range2, problem) {
    super(`${file}:${range2.start.line}:${range2.start.column}: ${problem}`);
    this.file = file;
    this.range = range2;
    this.problem = problem;
  }
  file;
  range;
  problem;
};
var JsonDocument = class {
  constructor(file, value, text) {
    this.file = file;
    this.value = value;
    this.text = text;
    this.lines = new LineIndex(text);
    this.places = placesOf(text, INDEXED_DEPTH);
  }
  file;
  value;
  text;
  lines;
  places;
  /**
   * Where the value at `path` is written: from its key (`"address": \u{2026}` for a key's value, the
   * `{` of an array element) to the end of that line; the file's first line when the path is
   * not there.
   */
  rangeAt(path) {
    const key = pathKey(path);
    const place = this.places.get(key) ?? (path.length > INDEXED_DEPTH ? placesOf(this.text, path.length, key).get(key) : void 0);
    if (!place) return range(1, 1, 1, 2);
    const whole = this.lines.rangeOf(place.start, place.end);
    return firstLineOf(whole, this.lines.lineText(whole.start.line));
  }
  /** A problem at `path` in this file. */
  error(path, problem) {
    return new GateInputError(this.file, this.rangeAt(path), problem);
  }
};
var INDEXED_DEPTH = 3;
function pathKey(path) {
  return path.join("\0");
}
function placesOf(text, depth, only) {
  const places = /* @__PURE__ */ new Map();
  const frames = [];
  const begin = (offset, end) => {
    const parent = frames.at(-1);
    let start = offset;
    if (parent) {
      if (parent.array) parent.key = parent.key + 1;
      else start = parent.keyStart;
    }
    if (frames.length > depth || frames.length === 0) return void 0;
    const key = pathKey(frames.map((f) => f.key));
    if (only !== void 0 && key !== only) return void 0;
    const place = { start, end };
    places.set(key, place);
    return place;
  };
  const open = (offset, array) => {
    const place = frames.length === 0 ? void 0 : begin(offset, offset + 1);
    frames.push({ array, key: array ? -1 : "", keyStart: offset, ...place ? { open: place } : {} });
    return frames.length <= depth;
  };
  const close = (offset, length) => {
    const frame = frames.pop();
    if (frame?.open) frame.open.end = offset + length;
  };
  visit2(text, {
    onObjectBegin: (offset) => open(offset, false),
    onArrayBegin: (offset) => open(offset, true),
    onObjectEnd: close,
    onArrayEnd: close,
    onObjectProperty: (property, offset) => {
      const frame = frames.at(-1);
      frame.key = property;
      frame.keyStart = offset;
    },
    onLiteralValue: (_value, offset, length) => {
      if (frames.length > 0) begin(offset, offset + length);
    }
  });
  return places;
}
var MAX_DEPTH = 512;
function readJson(file, text) {
  const deep = jsonDepth(text, MAX_DEPTH);
  if (deep >= 0) {
    const at = new LineIndex(text).positionAt(deep);
    throw new GateInputError(file, range(at.line, at.column, at.line, at.column + 1), `JSON nested more than ${MAX_DEPTH} levels deep: not a plan, change set or preview`);
  }
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    const errors = [];
    visit2(text, { onError: (error, offset, length) => errors.push({ error, offset, length }) }, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const at = new LineIndex(text).positionAt(first?.offset ?? 0);
    const what = first ? jsonErrorMessage(first) : text.trim() === "" ? "Invalid JSON: the file is empty" : "Invalid JSON";
    throw new GateInputError(file, range(at.line, at.column, at.line, at.column + 1), `${what}; the gate reads the JSON that terraform show -json, aws cloudformation describe-change-set --output json and pulumi preview --json write${hint(text)}`);
  }
  return new JsonDocument(file, value, text);
}
function hint(text) {
  if (/^\[command\]|^::debug::|^::set-output|terraform-bin show/m.test(text)) {
    return " (this looks like the output of setup-terraform's wrapper, which adds its own lines: set terraform_wrapper: false, or write the JSON with terraform-bin)";
  }
  if (/^\s*\{/.test(text) && /\}\s*\n\s*\{/.test(text)) return " (this looks like several JSON documents one after another, as Terragrunt's run-all writes them: give each plan as a file of its own)";
  return "";
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function describeJson(value) {
  if (value === void 0) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}

// src/gate/diff.ts
function changedKeys(before, after, unknown) {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const u = isObject(unknown) ? unknown : {};
  const keys = /* @__PURE__ */ new Set();
  for (const key of /* @__PURE__ */ new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!sameSetting(b[key], a[key])) keys.add(key);
  }
  for (const [key, value] of Object.entries(u)) if (containsTrue(value)) keys.add(key);
  return [...keys].sort();
}
function topAttribute(path) {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}
function pointerToPath(pointer) {
  const segments = pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
  return formatPath(segments);
}
function containsTrue(value) {
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(containsTrue);
  if (isObject(value)) return Object.values(value).some(containsTrue);
  return false;
}
function sameJson(a, b) {
  return canonical(a) === canonical(b);
}
function sameSetting(a, b) {
  return sameJson(a, b) || canonical(withoutEmpties(a)) === canonical(withoutEmpties(b));
}
function withoutEmpties(value) {
  if (isEmpty(value)) return void 0;
  if (Array.isArray(value)) return value.map(withoutEmpties);
  if (isObject(value)) {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = withoutEmpties(v);
      if (kept !== void 0) out[k] = kept;
    }
    return Object.keys(out).length === 0 ? void 0 : out;
  }
  return value;
}
function isEmpty(value) {
  if (value === void 0 || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}
function canonical(value) {
  if (value === void 0) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const object = value;
  return `{${Object.keys(object).sort().map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`).join(",")}}`;
}

// src/gate/cloudformation.ts
function isChangeSet(value) {
  return isObject(value) && "Changes" in value && ("ChangeSetId" in value || "ChangeSetName" in value);
}
function isDriftResult(value) {
  return isObject(value) && ("StackResourceDrifts" in value || isObject(value.StackResourceDrift));
}
var ACTIONS = { Add: "create", Modify: "update", Remove: "delete", Import: "import", Dynamic: "update", SyncWithActual: "update" };
function changeSetChanges(doc) {
  const set = doc.value;
  const changes = set.Changes;
  if (!Array.isArray(changes)) throw doc.error(["Changes"], `Changes must be a list (aws cloudformation describe-change-set output); found ${describeJson(changes)}`);
  const stack = typeof set.StackName === "string" ? set.StackName : void 0;
  const out = [];
  changes.forEach((entry, index) => {
    const at = ["Changes", index];
    if (!isObject(entry)) throw doc.error(at, `Changes[${index}] must be an object with Type and ResourceChange; found ${describeJson(entry)}`);
    if (entry.Type !== void 0 && entry.Type !== "Resource") return;
    const change = entry.ResourceChange;
    const where = `Changes[${index}].ResourceChange`;
    if (!isObject(change)) throw doc.error(at, `${where} is missing; a change of Type Resource describes the resource it changes`);
    const here = [...at, "ResourceChange"];
    for (const key of ["Action", "LogicalResourceId", "ResourceType"]) {
      if (typeof change[key] !== "string" || change[key] === "") throw doc.error(change[key] === void 0 ? here : [...here, key], `${where}.${key} is missing; found ${describeJson(change[key])}`);
    }
    const actionName = change.Action;
    let action = ACTIONS[actionName] ?? "update";
    const replacement = change.Replacement;
    const details = Array.isArray(change.Details) ? change.Details.filter(isObject) : [];
    const targets = details.map((d) => isObject(d.Target) ? d.Target : {});
    const named = (t) => t.Attribute === "Properties" || t.Attribute === void 0 ? typeof t.Name === "string" ? t.Name : void 0 : typeof t.Attribute === "string" ? t.Attribute : void 0;
    const result = {
      input: "cloudformation-change-set",
      format: "cloudformation",
      kind: "change",
      address: change.LogicalResourceId,
      type: change.ResourceType,
      action,
      changed: [...new Set(targets.map(named).filter((n) => n !== void 0))].sort(),
      named: details.length > 0,
      replacedBy: [...new Set(targets.filter((t) => t.RequiresRecreation === "Always" || replacement === "Conditional" && t.RequiresRecreation === "Conditionally").map(named).filter((n) => n !== void 0))].sort(),
      file: doc.file,
      range: doc.rangeAt(here),
      jsonPath: where,
      hints: { name: change.LogicalResourceId, ...stack ? { stack } : {} }
    };
    if (actionName === "Modify" && (replacement === "True" || replacement === "Conditional")) {
      action = "replace";
      result.action = action;
      result.order = "create-first";
      if (replacement === "Conditional") result.conditional = true;
    }
    const source = details.map((d) => d.ChangeSource).find((s) => typeof s === "string");
    if (typeof source === "string") result.reason = source;
    if (typeof change.PolicyAction === "string") result.policyAction = change.PolicyAction;
    if (change.ResourceType === "AWS::CloudFormation::Stack" && typeof change.ChangeSetId === "string") result.nestedChangeSet = change.ChangeSetId;
    out.push(result);
  });
  return out;
}
function driftResultChanges(doc) {
  const result = doc.value;
  const single = !("StackResourceDrifts" in result);
  const drifts = single ? [result.StackResourceDrift] : result.StackResourceDrifts;
  if (!Array.isArray(drifts)) throw doc.error(["StackResourceDrifts"], `StackResourceDrifts must be a list (aws cloudformation describe-stack-resource-drifts output); found ${describeJson(drifts)}`);
  const out = [];
  drifts.forEach((entry, index) => {
    const at = single ? ["StackResourceDrift"] : ["StackResourceDrifts", index];
    const where = single ? "StackResourceDrift" : `StackResourceDrifts[${index}]`;
    if (!isObject(entry)) throw doc.error(at, `${where} must be an object with LogicalResourceId, ResourceType and StackResourceDriftStatus; found ${describeJson(entry)}`);
    for (const key of ["LogicalResourceId", "ResourceType", "StackResourceDriftStatus"]) {
      if (typeof entry[key] !== "string" || entry[key] === "") throw doc.error(entry[key] === void 0 ? at : [...at, key], `${where}.${key} is missing; found ${describeJson(entry[key])}`);
    }
    const status = entry.StackResourceDriftStatus;
    if (status === "IN_SYNC" || status === "NOT_CHECKED" || status === "UNKNOWN") return;
    if (status !== "MODIFIED" && status !== "DELETED") throw doc.error([...at, "StackResourceDriftStatus"], `${where}.StackResourceDriftStatus ${JSON.stringify(status)} is not one of IN_SYNC, MODIFIED, DELETED, NOT_CHECKED, UNKNOWN`);
    const differences = Array.isArray(entry.PropertyDifferences) ? entry.PropertyDifferences.filter(isObject) : [];
    const stack = typeof entry.StackId === "string" ? entry.StackId : void 0;
    out.push({
      input: "cloudformation-drift",
      format: "cloudformation",
      kind: "drift",
      address: entry.LogicalResourceId,
      type: entry.ResourceType,
      action: status === "DELETED" ? "delete" : "update",
      driftStatus: status,
      named: Array.isArray(entry.PropertyDifferences),
      changed: [...new Set(differences.map((d) => d.PropertyPath).filter((p) => typeof p === "string").map(pointerToPath))].sort(),
      replacedBy: [],
      file: doc.file,
      range: doc.rangeAt(at),
      jsonPath: where,
      hints: { name: entry.LogicalResourceId, ...stack ? { stack } : {} }
    });
  });
  return out;
}

// src/gate/pulumi.ts
function isPulumiPreview(value) {
  if (!isObject(value)) return false;
  if (Array.isArray(value.steps) && value.steps.length > 0) return value.steps.some((s) => isObject(s) && typeof s.urn === "string" && s.urn.startsWith("urn:pulumi:"));
  const diagnostics = Array.isArray(value.diagnostics) && value.diagnostics.some((d) => isObject(d) && typeof d.severity === "string" && "message" in d);
  return (isObject(value.changeSummary) || diagnostics) && !("Changes" in value) && !("resource_changes" in value);
}
var OPS = {
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
  "import-replacement": "import"
};
function parseUrn(urn) {
  const m = /^urn:pulumi:([^:]*)::([^:]*)::([^:]+(?::[^:]+)*)::(.*)$/s.exec(urn);
  if (!m) return void 0;
  const types = m[3].split("$");
  return { stack: m[1], project: m[2], type: types.at(-1), parentTypes: types.slice(0, -1), name: m[4] };
}
function isRefresh(steps) {
  if (steps.some((s) => s.op === "refresh")) return true;
  const changing = steps.filter((s) => s.op !== "same");
  if (changing.length === 0 || !changing.every((s) => s.op === "update" || s.op === "delete")) return false;
  const updates = changing.filter((s) => s.op === "update");
  return updates.length > 0 && updates.every((s) => {
    const before = isObject(s.oldState) ? s.oldState : void 0;
    const after = isObject(s.newState) ? s.newState : void 0;
    return before !== void 0 && after !== void 0 && "inputs" in before && sameJson(before.inputs, after.inputs) && !sameJson(before.outputs, after.outputs);
  });
}
function pulumiChanges(doc) {
  const digest = doc.value;
  const steps = digest.steps ?? [];
  if (!Array.isArray(steps)) throw doc.error(["steps"], `steps must be a list (pulumi preview --json output); found ${describeJson(steps)}`);
  steps.forEach((step, index) => {
    if (!isObject(step)) throw doc.error(["steps", index], `steps[${index}] must be an object with op and urn; found ${describeJson(step)}`);
    if (typeof step.op !== "string" || !(step.op in OPS)) throw doc.error(step.op === void 0 ? ["steps", index] : ["steps", index, "op"], `steps[${index}].op ${step.op === void 0 ? "is missing" : `${JSON.stringify(step.op)} is not a Pulumi step operation`} (same, create, update, delete, replace, create-replacement, delete-replaced, read, refresh, import, ...)`);
    if (typeof step.urn !== "string" || !parseUrn(step.urn)) throw doc.error(step.urn === void 0 ? ["steps", index] : ["steps", index, "urn"], `steps[${index}].urn must be a Pulumi URN (urn:pulumi:STACK::PROJECT::TYPE::NAME); found ${describeJson(step.urn)}`);
  });
  const failed = Array.isArray(digest.diagnostics) ? digest.diagnostics.findIndex((d) => isObject(d) && d.severity === "error") : -1;
  if (failed >= 0) {
    const message = digest.diagnostics[failed].message;
    throw doc.error(["diagnostics", failed], `this preview failed (a diagnostic of severity error${typeof message === "string" ? `: ${message.trim().split("\n")[0].slice(0, 200)}` : ""}): its steps are not everything the update would do; fix the error and gate a new preview`);
  }
  const list = steps;
  const input = isRefresh(list) ? "pulumi-refresh" : "pulumi-preview";
  const out = [];
  list.forEach((step, index) => {
    const op = step.op;
    const urn = step.urn;
    const parsed = parseUrn(urn);
    if (parsed.type === "pulumi:pulumi:Stack" || parsed.type.startsWith("pulumi:providers:")) return;
    const mapped = OPS[op];
    if (mapped === "half") return;
    if (input === "pulumi-refresh" && (op === "same" || mapped === "no-op")) return;
    const at = ["steps", index];
    const detailed = isObject(step.detailedDiff) ? step.detailedDiff : {};
    const changed = new Set([...strings(step.diffReasons), ...Object.keys(detailed)].map(topAttribute));
    const replacedBy = new Set([...strings(step.replaceReasons), ...Object.entries(detailed).filter(([, d]) => isObject(d) && typeof d.kind === "string" && d.kind.endsWith("-replace")).map(([k]) => k)].map(topAttribute));
    const newState = isObject(step.newState) ? step.newState : void 0;
    const oldState = isObject(step.oldState) ? step.oldState : void 0;
    const statesOnly = input === "pulumi-refresh" && changed.size === 0 && !isObject(step.detailedDiff) && oldState !== void 0 && newState !== void 0;
    if (statesOnly) for (const key of changedKeys(oldState.outputs, newState.outputs)) changed.add(key);
    const change = {
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
      hints: { name: parsed.name, project: parsed.project, pulumiStack: parsed.stack, parentTypes: parsed.parentTypes }
    };
    if (mapped === "replace") {
      const created = list.findIndex((s) => s.urn === urn && s.op === "create-replacement");
      const deleted = list.findIndex((s) => s.urn === urn && s.op === "delete-replaced");
      if (created >= 0 || deleted >= 0) change.order = deleted >= 0 && (created < 0 || deleted < created) ? "delete-first" : "create-first";
    }
    if (input === "pulumi-refresh") change.driftStatus = mapped === "delete" || op === "refresh" && newState === void 0 ? "DELETED" : "MODIFIED";
    const before = oldState?.inputs ?? oldState?.outputs;
    const after = newState?.inputs ?? newState?.outputs;
    if (before !== void 0) change.before = before;
    if (after !== void 0) change.after = after;
    out.push(change);
  });
  return out;
}
function strings(value) {
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : [];
}

// src/gate/terraform-plan.ts
function isTerraformPlan(value) {
  return isObject(value) && typeof value.format_version === "string" && ("resource_changes" in value || "resource_drift" in value || "planned_values" in value);
}
function terraformPlanChanges(doc) {
  const plan = doc.value;
  if (plan.errored === true) throw doc.error(["errored"], "this plan errored (errored: true): Terraform could not work out every change, so it cannot be gated; fix the errors terraform plan printed and gate the new plan");
  const out = [];
  for (const section of ["resource_changes", "resource_drift"]) {
    const list = plan[section];
    if (list === void 0 || list === null) continue;
    if (!Array.isArray(list)) throw doc.error([section], `${section} must be a list of resource changes (terraform show -json output); found ${describeJson(list)}`);
    list.forEach((entry, index) => out.push(resourceChange(doc, section, index, entry)));
  }
  return out;
}
function resourceChange(doc, section, index, entry) {
  const at = [section, index];
  const where = `${section}[${index}]`;
  if (!isObject(entry)) throw doc.error(at, `${where} must be an object with address, type and change; found ${describeJson(entry)}`);
  for (const key of ["address", "type"]) {
    if (typeof entry[key] !== "string" || entry[key] === "") throw doc.error(entry[key] === void 0 ? at : [...at, key], `${where}.${key} is missing; a resource change names its ${key === "address" ? "address (aws_instance.web)" : "resource type (aws_instance)"}`);
  }
  const change = entry.change;
  if (!isObject(change)) throw doc.error(change === void 0 ? at : [...at, "change"], `${where}.change is missing; it holds the planned actions, before and after`);
  const actions = change.actions;
  if (!Array.isArray(actions) || actions.length === 0 || !actions.every((a) => typeof a === "string")) {
    const found = Array.isArray(actions) && actions.length === 0 ? "an empty list" : describeJson(actions);
    throw doc.error(actions === void 0 ? [...at, "change"] : [...at, "change", "actions"], `${where}.change.actions must be a non-empty list of action names such as ["update"] or ["delete", "create"]; found ${found}`);
  }
  const unknownAction = actions.find((a) => !TERRAFORM_ACTIONS.includes(a));
  if (unknownAction !== void 0) throw doc.error([...at, "change", "actions"], `${where}.change.actions names ${JSON.stringify(unknownAction)}, which is not a Terraform action (${TERRAFORM_ACTIONS.join(", ")})`);
  const address = entry.address;
  const moduleAddress = typeof entry.module_address === "string" ? entry.module_address : "";
  const { action, order } = planAction(actions);
  const drift = section === "resource_drift";
  const before = change.before;
  const after = change.after;
  const afterUnknown = change.after_unknown;
  const result = {
    input: "terraform-plan",
    format: "terraform",
    kind: drift ? "drift" : "change",
    address,
    type: entry.type,
    action: entry.mode === "data" && action === "read" ? "read" : action,
    changed: action === "create" || action === "delete" || action === "read" ? [] : changedKeys(before, after, afterUnknown),
    named: before !== void 0 && after !== void 0,
    replacedBy: replacePaths(change.replace_paths),
    file: doc.file,
    range: doc.rangeAt(at),
    jsonPath: where,
    hints: { modules: moduleNames(moduleAddress), local: moduleAddress && address.startsWith(`${moduleAddress}.`) ? address.slice(moduleAddress.length + 1) : address }
  };
  if (order) result.order = order;
  if (typeof entry.action_reason === "string") result.reason = entry.action_reason;
  if (drift) result.driftStatus = action === "delete" ? "DELETED" : "MODIFIED";
  if (before !== void 0) result.before = before;
  if (after !== void 0) result.after = after;
  if (afterUnknown !== void 0) result.afterUnknown = afterUnknown;
  if (action === "no-op" && isObject(change.importing)) result.action = "import";
  return result;
}
function planAction(actions) {
  const del = actions.indexOf("delete");
  const create = actions.indexOf("create");
  if (del >= 0 && create >= 0) return { action: "replace", order: del < create ? "delete-first" : "create-first" };
  return { action: actions[0] };
}
var TERRAFORM_ACTIONS = ["no-op", "create", "read", "update", "delete", "forget"];
function moduleNames(moduleAddress) {
  if (moduleAddress === "") return [];
  const names = [];
  const re = /module\.([A-Za-z_][\w-]*(?:\[[^\]]*\])?)/g;
  let m;
  while ((m = re.exec(moduleAddress)) !== null) names.push(m[1]);
  return names;
}
function replacePaths(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(Array.isArray).map((path) => formatPath(path));
}

// src/gate/attributes.ts
function changeAttributes(change, mapped, changed = change.changed) {
  return {
    input: change.input,
    address: change.address,
    mapped,
    action: change.action,
    order: change.order ?? null,
    conditional: change.conditional ?? false,
    changed,
    named: change.named,
    changedText: changed.length > 0 ? changed.join(", ") : "attributes the input does not name",
    replacedBy: change.replacedBy,
    replacedByText: change.replacedBy.length > 0 ? change.replacedBy.join(", ") : "a change the input does not name",
    reason: change.reason ?? null,
    policyAction: change.policyAction ?? null,
    driftStatus: change.driftStatus ?? null,
    before: change.before ?? null,
    after: change.after ?? null,
    afterUnknown: change.afterUnknown ?? null
  };
}

// src/gate/map.ts
function changeRecords(changes, resources, choice = {}) {
  const index = new SourceIndex(resources);
  return changes.map((change) => record(change, index.map(change, choice)));
}
function record(change, mapping) {
  const here = { file: change.file, range: change.range, message: `${describeInput(change)}: ${change.jsonPath}` };
  const resource = mapping.record && !mapping.atCall ? mapping.record : void 0;
  const attributes = changeAttributes(change, resource !== void 0, relevantChanges(change, resource));
  const options = {};
  for (const key of ["ignoreChanges", "updateReplacePolicy", "deletionPolicy"]) {
    const value = resource?.options[key];
    if (value !== void 0) options[key] = value;
  }
  const target = mapping.record;
  const file = target ? target.file : change.file;
  const header = target ? target.header : change.range;
  const whole = target ? target.range : change.range;
  const type = change.format === "pulumi" ? tokenType(change.type) : { type: change.type, canonicalType: change.type };
  const out = {
    format: change.format,
    kind: change.kind,
    type: change.type,
    canonicalType: target?.canonicalType ?? type.canonicalType,
    name: displayName(change),
    file,
    range: whole,
    header,
    attributes,
    options,
    source: { range: whole, header, children: { attributes: { range: whole, header, children: {} }, options: { range: whole, header, children: {} } } },
    unit: `gate:${change.file}`
  };
  if (target) {
    out.related = [here, ...mapping.via];
    if (mapping.atCall) out.note = ` (in ${mapping.atCall}, whose code the scan does not hold: shown at its call)`;
    if (mapping.roots) out.note = ` (the module is called from ${mapping.roots.length} root modules: ${mapping.roots.join(", ")}; --project shows the calls of one)`;
  } else if (mapping.candidates.length > 1) {
    const flag = change.format === "cloudformation" ? "--template FILE" : "--project DIR";
    out.related = mapping.candidates.map((c) => ({ file: c.file, range: c.header, message: `a candidate: ${c.name} in ${c.file}` }));
    out.note = ` (${displayName(change)} is defined in ${mapping.candidates.length} places: ${mapping.candidates.map((c) => `${c.file}:${c.header.start.line}${c.unit ? ` in ${unitPath(c.unit)}` : ""}`).join(", ")}; choose one with ${flag})`;
  } else {
    out.note = ` (${change.jsonPath}: ${displayName(change)} is not defined in the scanned code)`;
  }
  return out;
}
function relevantChanges(change, target) {
  if (change.kind !== "drift" || !target || change.format === "cloudformation") return change.changed;
  const ignored = target.options.ignoreChanges;
  if (ignored === "all") return change.changed;
  const named = new Set([...Object.keys(target.attributes), ...Array.isArray(ignored) ? ignored.filter((p) => typeof p === "string").map(topAttribute) : []].flatMap((k) => [k, snake(k)]));
  return change.changed.filter((path) => named.has(topAttribute(path)) || named.has(snake(topAttribute(path))));
}
function describeInput(change) {
  const what = {
    "terraform-plan": change.kind === "drift" ? "drift found by the plan's refresh" : "the planned change",
    "cloudformation-change-set": "the change set's change",
    "cloudformation-drift": "the drift result",
    "pulumi-preview": "the preview's step",
    "pulumi-refresh": "the refresh preview's step"
  };
  return `${what[change.input]} in ${change.file}`;
}
function displayName(change) {
  return change.format === "pulumi" ? change.hints.name ?? change.address : change.address;
}
var SourceIndex = class {
  byName = /* @__PURE__ */ new Map();
  /** Terraform: by address without instance keys (`module.a.aws_instance.x`). */
  byBlock = /* @__PURE__ */ new Map();
  /** Pulumi: names written as templates (`${name}-vm`), as patterns of the names they produce. */
  templates = [];
  /** Pulumi: the project name of each unit (`pulumi:<dir>` \u{2192} `name` of its Pulumi.yaml). */
  projectNames = /* @__PURE__ */ new Map();
  constructor(resources) {
    for (const r of resources) {
      if (r.format === "pulumi" && r.kind === "project" && r.unit) this.projectNames.set(r.unit, r.name);
      if (r.kind !== "resource" && r.kind !== "data" && r.kind !== "module") continue;
      push(this.byName, r.name, r);
      if (r.format === "terraform") push(this.byBlock, withoutKeys(r.name), r);
    }
    for (const [written, records] of this.byName) {
      if (!written.includes("${") || !records.some((r) => r.format === "pulumi")) continue;
      this.templates.push({ pattern: new RegExp(`^${written.split(/\$\{[^}]*\}/).map(escape).join(".+")}$`, "s"), records });
    }
  }
  map(change, choice) {
    let found = change.format === "terraform" ? this.terraform(change) : change.format === "cloudformation" ? this.cloudformation(change) : this.pulumi(change);
    const atCall = found.length === 0 && change.format === "terraform" && (change.hints.modules?.length ?? 0) > 0;
    if (atCall) found = this.outermostCalls(change);
    let units = [...new Set(found.map((r) => r.unit ?? ""))];
    const chosen = change.format === "cloudformation" ? choice.template : choice.project;
    if (chosen !== void 0 && units.length > 1) units = units.filter((u) => unitPath(u) === normalise(chosen));
    else if (change.format === "terraform" && units.length > 1) {
      const here = units.filter((u) => unitPath(u) === folderOf(change.file));
      if (here.length === 1) units = here;
    }
    if (units.length > 1 && !atCall && found.every((r) => r.file === found[0].file && r.header.start.line === found[0].header.start.line)) {
      return { record: found[0], via: [], roots: units.map(unitPath) };
    }
    if (units.length !== 1) return { candidates: uniqueByUnit(found) };
    const inUnit = found.filter((r) => (r.unit ?? "") === units[0]);
    if (atCall) {
      const calls = this.moduleCallRecords(change, inUnit[0].unit);
      const deepest = calls.at(-1);
      return { record: deepest.record, via: calls.slice(0, -1).map(callLocation), atCall: deepest.name };
    }
    const record2 = inUnit[0];
    return { record: record2, via: change.format === "terraform" ? this.moduleCallRecords(change, record2.unit).map(callLocation) : [] };
  }
  /** The root's calls of the change's outermost module (`module.a`), one per unit that has one. */
  outermostCalls(change) {
    const first = `module.${change.hints.modules[0]}`;
    return (this.byName.get(first) ?? this.byBlock.get(withoutKeys(first)) ?? []).filter((r) => r.kind === "module");
  }
  named(name, formats) {
    return (this.byName.get(name) ?? []).filter((r) => r.format === formats && r.kind !== "module");
  }
  /** By address; an address whose instance keys the scan could not work out matches the block (`aws_instance.x`). */
  terraform(change) {
    const exact = this.named(change.address, "terraform");
    if (exact.length > 0) return exact;
    return (this.byBlock.get(withoutKeys(change.address)) ?? []).filter((r) => r.kind !== "module");
  }
  /**
   * By logical ID; a SAM template's generated resources (`MyFunctionRole`) are not in the source.
   * Of several, those of the change's type when some are (a SAM function is deployed as
   * `AWS::Lambda::Function`, so a type that matches none does not rule any out).
   */
  cloudformation(change) {
    const found = this.named(change.address, "cloudformation").filter((r) => r.kind === "resource");
    const sameType = found.filter((r) => r.type === change.type);
    return sameType.length > 0 ? sameType : found;
  }
  /**
   * By name and type within the URN's project; a resource created inside a component whose name
   * is a template (`${name}-vm`) matches the names it can produce when nothing matches exactly.
   */
  pulumi(change) {
    const name = change.hints.name ?? "";
    const inProject = (r) => {
      const project = r.unit ? this.projectNames.get(r.unit) : void 0;
      return project === void 0 || change.hints.project === void 0 || project === change.hints.project;
    };
    const sameType = (r) => r.type === change.type;
    const exact = this.named(name, "pulumi").filter((r) => sameType(r) && inProject(r));
    if (exact.length > 0) return exact;
    const out = [];
    for (const { pattern, records } of this.templates) if (pattern.test(name)) out.push(...records.filter((r) => r.format === "pulumi" && sameType(r) && inProject(r)));
    return out;
  }
  /**
   * The module calls from the root down to the resource's module that the scan read (`module.a`
   * in the root, `module.b` in a), each with the call as the plan names it (`module.a["x"]`).
   */
  moduleCallRecords(change, unit) {
    const out = [];
    let prefix = "";
    for (const call of change.hints.modules ?? []) {
      prefix = prefix ? `${prefix}.module.${call}` : `module.${call}`;
      const found = (this.byName.get(prefix) ?? this.byBlock.get(withoutKeys(prefix)) ?? []).find((r) => r.kind === "module" && r.unit === unit);
      if (!found) break;
      out.push({ record: found, name: prefix });
    }
    return out;
  }
};
function push(map, key, r) {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}
function callLocation(call) {
  return { file: call.record.file, range: call.record.header, message: `called as ${call.name}` };
}
function unitPath(unit) {
  return normalise(unit.slice(unit.indexOf(":") + 1));
}
function folderOf(file) {
  const at = file.lastIndexOf("/");
  return at < 0 ? "." : file.slice(0, at);
}
function normalise(path) {
  const p = path.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
  return p === "" ? "." : p;
}
function uniqueByUnit(found) {
  const seen = /* @__PURE__ */ new Set();
  return found.filter((r) => {
    const key = r.unit ?? r.file;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withoutKeys(address) {
  return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, "");
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// src/gate/index.ts
var GATE_INPUT_COMMANDS = {
  "terraform-plan": "terraform show -json PLANFILE",
  "cloudformation-change-set": "aws cloudformation describe-change-set --output json",
  "cloudformation-drift": "aws cloudformation describe-stack-resource-drifts --output json",
  "pulumi-preview": "pulumi preview --json (or pulumi refresh --preview-only --json)"
};
function readChangeFile(file, text) {
  if (text.startsWith("PK")) {
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
function foreignMessage(value) {
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

export { GATE_INPUT_COMMANDS, GateInputError, changeRecords, readChangeFile };
