import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  GATE_KINDS,
  locate,
  originsOnPath
} from "./chunk-FEAASC7O.js";
import {
  callFunction,
  parsePath,
  resolveSingle,
  resolveSteps
} from "./chunk-SGTIMQFB.js";
import {
  describeValue,
  formatPath,
  isUnknown,
  isValueMap
} from "./chunk-CW4QTCS7.js";

// src/engine/fingerprint.ts
import { hash } from "node:crypto";
function fingerprint(ruleId, file, resource, path) {
  return hash("sha256", [ruleId, file, resource, path].join("\0"), "hex").slice(0, 32);
}
var NO_VALUE_DIGEST = "none";
function findingDigest(values) {
  const parts = [];
  const add = (name, value) => {
    parts.push(`${name}=${value === void 0 ? "-" : canonicalJson(value)}`);
  };
  if (values.value !== void 0) add("value", values.value);
  if (values.element !== void 0) add("element", values.element);
  if (values.record !== void 0) add("record", values.record);
  const read = /* @__PURE__ */ new Map();
  for (const r of values.read ?? []) {
    const key = JSON.stringify(r.path);
    if (!read.has(key)) read.set(key, r.value);
  }
  for (const key of [...read.keys()].sort()) add(`read ${key}`, read.get(key));
  return parts.length === 0 ? NO_VALUE_DIGEST : digest(parts.join("\n"));
}
function digest(text) {
  return hash("sha256", text, "hex").slice(0, 16);
}
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isUnknown(value)) return `{"$unknown":${JSON.stringify(value.$unknown)}}`;
  const keys = Object.keys(value).filter((k) => value[k] !== void 0).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
}

// src/engine/logic.ts
function and(values) {
  let result = true;
  for (const v of values) {
    if (v === false) return false;
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function or(values) {
  let result = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === "unknown") result = "unknown";
  }
  return result;
}
function not(value) {
  return value === "unknown" ? value : !value;
}

// src/engine/conditions.ts
var Layered = class {
  constructor(first, second) {
    this.first = first;
    this.second = second;
  }
  first;
  second;
  get(name) {
    return this.first.get(name) ?? this.second.get(name);
  }
};
var Scope = class _Scope {
  names = [];
  values = [];
  outer;
  trace;
  constructor(outer, trace) {
    this.outer = outer;
    this.trace = trace ?? { touched: [], reads: [], unknowns: [], decoded: [], evidence: [] };
  }
  get(name) {
    const names = this.names;
    for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) return this.values[i];
    return this.outer?.get(name);
  }
  set(name, value) {
    const at = this.names.indexOf(name);
    if (at >= 0) this.values[at] = value;
    else {
      this.names.push(name);
      this.values.push(value);
    }
    return this;
  }
  /** Source paths of the selected record that references touched, in reading order. */
  get touched() {
    return this.trace.touched;
  }
  /** The values at `touched`, in the same order (`undefined`: nothing there). */
  get reads() {
    return this.trace.reads;
  }
  get unknowns() {
    return this.trace.unknowns;
  }
  /** Unknown values read through a decoder (`|text` of a partly known image reference). */
  get decoded() {
    return this.trace.decoded;
  }
  /** Related records that decided the outcome (matched by `some`, examined by `none`/`every`). */
  get evidence() {
    return this.trace.evidence;
  }
  /** Notes an unknown value that made a condition undecidable; returns "unknown". */
  undecided(value) {
    if (value !== void 0 && isUnknown(value) && !this.trace.unknowns.includes(value)) this.trace.unknowns.push(value);
    return "unknown";
  }
  /**
   * What the undecided conditions hinged on, as written: a library function's Unknown (an image
   * whose tag is substituted) stands for the value it was given, whose reason says more.
   */
  undecidedValues() {
    const { decoded, unknowns } = this.trace;
    if (decoded.length === 0) return unknowns;
    const shown = new Set(decoded.map((d) => typeof d.decoded === "string" ? d.decoded : d.$unknown));
    return [...decoded, ...unknowns.filter((u) => !shown.has(u.$unknown) && !decoded.includes(u))];
  }
  /** A child scope for a quantifier's element: same bindings and the same records of what was read. */
  child() {
    return new _Scope(this, this.trace);
  }
};
function recordView(record, edgePath) {
  const value = {
    attributes: record.attributes,
    options: record.options,
    resource: { type: record.type, canonicalType: record.canonicalType, name: record.name, kind: record.kind, file: record.file, format: record.format }
  };
  if (edgePath) value.via = formatPath(edgePath);
  return { value, path: [], underUnknown: false, foreign: { record, ...edgePath ? { path: edgePath } : {} } };
}
function literal(value) {
  return { value, path: [], underUnknown: false };
}
var compiledBindings = /* @__PURE__ */ new WeakMap();
function compileBinding(binding) {
  if (binding === null || typeof binding !== "object") return compileOperand(binding);
  let compiled = compiledBindings.get(binding);
  if (!compiled) {
    if (!Array.isArray(binding) && "call" in binding && typeof binding.call === "string") {
      const call = compileCall(binding.call, binding.args);
      compiled = (scope) => ({ value: call(scope), path: [], underUnknown: false });
    } else compiled = compileOperand(binding);
    compiledBindings.set(binding, compiled);
  }
  return compiled;
}
function compileCall(name, args) {
  const compiled = args.map(compileOperand);
  return (scope) => {
    const values = [];
    for (const arg of compiled) values.push(arg(scope).value);
    return callFunction(name, values);
  };
}
function compileOperand(value) {
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) {
      const text = literal(value.slice(1));
      return () => text;
    }
    const parsed = parseReference(value.slice(1));
    return (scope) => {
      const found = resolveParsed(parsed, scope);
      if (found.path.length > 0 && !found.foreign && !found.constant) {
        scope.touched.push(found.path);
        scope.reads.push({ path: found.path, value: found.value });
      }
      if (found.decodedFrom && !scope.decoded.includes(found.decodedFrom)) scope.decoded.push(found.decodedFrom);
      return found;
    };
  }
  if (Array.isArray(value)) {
    const items = value.map(compileOperand);
    return (scope) => {
      const out = [];
      for (const item of items) out.push(item(scope).value ?? null);
      return { value: out, path: [], underUnknown: false };
    };
  }
  const constant = literal(value);
  return () => constant;
}
var references = /* @__PURE__ */ new Map();
function parseReference(reference) {
  let parsed = references.get(reference);
  if (!parsed) {
    const [head, ...rest] = parsePath(reference.startsWith("$") ? reference.slice(1) : reference);
    parsed = { head: head && head.kind === "key" ? head.key : void 0, rest, single: rest.every((step) => step.kind !== "wildcard") };
    references.set(reference, parsed);
  }
  return parsed;
}
function resolveReference(reference, scope) {
  return resolveParsed(parseReference(reference), scope);
}
function resolveParsed({ head, rest, single }, scope) {
  const start = head !== void 0 ? scope.get(head) : void 0;
  if (!start) return { value: void 0, path: [], underUnknown: false };
  if (rest.length === 0) return start;
  if (single) return resolveSingle(start, rest);
  const [first] = resolveSteps(start, rest);
  return first ?? { ...start, value: void 0 };
}
var compiledConditions = /* @__PURE__ */ new WeakMap();
function compileCondition(condition) {
  let compiled = compiledConditions.get(condition);
  if (!compiled) compiledConditions.set(condition, compiled = buildCondition(condition));
  return compiled;
}
function buildCondition(condition) {
  if ("all" in condition) {
    const parts = condition.all.map(compileCondition);
    return (scope) => {
      let result = true;
      for (const part of parts) {
        const truth = part(scope);
        if (truth === false) result = false;
        else if (truth === "unknown" && result === true) result = "unknown";
      }
      return result;
    };
  }
  if ("any" in condition) {
    const parts = condition.any.map(compileCondition);
    return (scope) => {
      let result = false;
      for (const part of parts) {
        const truth = part(scope);
        if (truth === true) result = true;
        else if (truth === "unknown" && result === false) result = "unknown";
      }
      return result;
    };
  }
  if ("not" in condition) {
    const inner = compileCondition(condition.not);
    return (scope) => not(inner(scope));
  }
  if ("some" in condition || "none" in condition || "every" in condition) return compileQuantifier(condition);
  if ("present" in condition) {
    const subject = compileOperand(condition.present);
    return (scope) => {
      const found = subject(scope);
      if (found.value === void 0 || found.value === null) return found.underUnknown ? scope.undecided(found.value) : false;
      return true;
    };
  }
  if ("absent" in condition) {
    const subject = compileOperand(condition.absent);
    return (scope) => {
      const found = subject(scope);
      if (found.value === void 0 || found.value === null) return found.underUnknown ? scope.undecided(found.value) : true;
      return false;
    };
  }
  if ("equals" in condition) {
    const [left, right] = condition.equals.map(compileOperand);
    return (scope) => {
      const a = left(scope).value;
      const b = right(scope).value;
      if (isUnknown(a) || isUnknown(b)) return scope.undecided(isUnknown(a) ? a : b);
      return looselyEqual(a, b);
    };
  }
  if ("in" in condition) {
    const needleOf = compileOperand(condition.in[0]);
    const haystackOf = compileOperand(condition.in[1]);
    return (scope) => {
      const needle = needleOf(scope).value;
      const haystack = haystackOf(scope).value;
      if (isUnknown(needle) || isUnknown(haystack)) return scope.undecided(isUnknown(needle) ? needle : haystack);
      const list = Array.isArray(haystack) ? haystack : haystack === void 0 || haystack === null ? [] : [haystack];
      return or(list.map((entry) => isUnknown(entry) ? scope.undecided(entry) : looselyEqual(needle, entry)));
    };
  }
  if ("matches" in condition) {
    const subject = compileOperand(condition.matches[0]);
    const re = compiledRegex(condition.matches[1]);
    return (scope) => {
      const value = subject(scope).value;
      if (isUnknown(value)) return scope.undecided(value);
      return typeof value === "string" && re.test(value);
    };
  }
  if ("truthy" in condition) {
    const subject = compileOperand(condition.truthy);
    return (scope) => {
      const value = subject(scope).value;
      if (isUnknown(value)) return scope.undecided(value);
      return value === true || value === "true";
    };
  }
  const call = compileCall(condition.call, condition.args);
  return (scope) => {
    const result = call(scope);
    if (isUnknown(result)) return scope.undecided(result);
    return result === true;
  };
}
function compileQuantifier(condition) {
  const [quantifier, reference] = "some" in condition ? ["some", condition.some] : "none" in condition ? ["none", condition.none] : ["every", condition.every];
  const listOf = compileOperand(reference);
  const when = condition.when ? compileCondition(condition.when) : void 0;
  const as = condition.as ?? "item";
  return (scope) => {
    const found = listOf(scope);
    if (isUnknown(found.value)) return scope.undecided(found.value);
    const elements = found.elements ?? (Array.isArray(found.value) ? found.value.map((v, i) => ({ ...found, value: v, path: [...found.path, i] })) : []);
    const results = [];
    const matched = [];
    for (const element of elements) {
      let truth = true;
      if (when) {
        const inner = scope.child();
        inner.set(as, element);
        truth = when(inner);
      }
      results.push(truth);
      if (truth === true) matched.push(element);
    }
    const evidenceOf = (list) => {
      for (const e of list) if (e.foreign && !scope.evidence.some((x) => x.record === e.foreign.record)) scope.evidence.push(e.foreign);
    };
    if (quantifier === "some") {
      const truth = or(results);
      if (truth === true) evidenceOf(matched);
      return truth;
    }
    evidenceOf(elements);
    return quantifier === "none" ? not(or(results)) : and(results);
  };
}
var regexCache = /* @__PURE__ */ new Map();
function compiledRegex(source) {
  let re = regexCache.get(source);
  if (!re) regexCache.set(source, re = new RegExp(source));
  return re;
}
function looselyEqual(a, b) {
  if (a === b) return true;
  if (a === void 0 || b === void 0 || a === null || b === null) return false;
  const scalar = (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

// src/model/finding.ts
var LEVELS = ["error", "warning", "note"];
function levelRank(level) {
  return level === "error" ? 3 : level === "warning" ? 2 : level === "note" ? 1 : 0;
}

// src/engine/relations.ts
var NOT_RECORDS = /* @__PURE__ */ new Set(["var", "local", "module", "each", "count", "path", "terraform", "self"]);
var TERRAFORM_REF = /(?<![\w.\]"'-])((?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][\w-]*)/g;
var CFN_REF = /(?:\bRef\b["']?\s*:?\s*["']?|\bGetAtt\b["']?\s*:?\s*\[?\s*["']?|\$\{)([A-Za-z0-9]+)/g;
var RelationIndex = class {
  outgoing = /* @__PURE__ */ new Map();
  incoming = /* @__PURE__ */ new Map();
  constructor(resources) {
    const units = /* @__PURE__ */ new Map();
    for (const r of resources) {
      if (r.kind === "fact" || r.unit === void 0) continue;
      let list = units.get(r.unit);
      if (!list) units.set(r.unit, list = []);
      list.push(r);
    }
    for (const records of units.values()) this.indexUnit(records);
  }
  /** Records `record` refers to (optionally only through paths under `via`). */
  references(record) {
    return this.outgoing.get(record) ?? [];
  }
  /** Records that refer to `record`. */
  referencedBy(record) {
    return this.incoming.get(record) ?? [];
  }
  indexUnit(records) {
    const byKey = /* @__PURE__ */ new Map();
    for (const r of records) {
      const key = recordKey(r);
      const list = byKey.get(key);
      if (list) list.push(r);
      else byKey.set(key, [r]);
    }
    for (const from of records) {
      const seen = /* @__PURE__ */ new Map();
      const visit = (value, path, depth) => {
        if (value === void 0 || value === null || depth > 64) return;
        if (isUnknown(value)) {
          for (const ref of referencesIn(from, value)) {
            for (const to of byKey.get(ref) ?? []) {
              if (to === from) continue;
              const at = path.join("");
              let targets = seen.get(at);
              if (!targets) seen.set(at, targets = /* @__PURE__ */ new Set());
              if (targets.has(to)) continue;
              targets.add(to);
              const edge = { from, to, path };
              push(this.outgoing, from, edge);
              push(this.incoming, to, edge);
            }
          }
          if (value.decoded !== void 0 && typeof value.decoded === "object") visit(value.decoded, path, depth + 1);
          return;
        }
        if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i], depth + 1));
        else if (isValueMap(value)) for (const [k, v] of Object.entries(value)) visit(v, [...path, k], depth + 1);
      };
      visit(from.attributes, ["attributes"], 0);
    }
  }
};
function push(map, key, edge) {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}
function recordKey(r) {
  return r.format === "terraform" ? withoutInstanceKeys(r.name) : r.name;
}
function withoutInstanceKeys(address) {
  return address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g, "");
}
function referencesIn(from, value) {
  const texts = [value.$unknown, ...typeof value.decoded === "string" ? [value.decoded] : []];
  const out = /* @__PURE__ */ new Set();
  if (from.format === "terraform") {
    const prefix = /^((?:module\.[^.]+\.)*)/.exec(withoutInstanceKeys(from.name))[1];
    for (const ref of value.refs ?? []) out.add(prefix + ref);
    for (const text of texts) {
      for (const m of text.matchAll(TERRAFORM_REF)) {
        const ref = m[1];
        const root = ref.slice(0, ref.indexOf("."));
        if (!NOT_RECORDS.has(root)) out.add(prefix + ref);
      }
    }
  } else if (from.format === "cloudformation") {
    for (const ref of value.refs ?? []) out.add(ref);
    for (const text of texts) for (const m of text.matchAll(CFN_REF)) if (!m[1].startsWith("AWS")) out.add(m[1]);
  } else {
    for (const ref of value.refs ?? []) out.add(ref);
  }
  return [...out];
}

// src/engine/findings.ts
function isCallOrigin(o) {
  return o.kind === "module-argument" || o.kind === "call-argument";
}
function findingName(resource, calls, origins) {
  const scopes = resource.scopes;
  let name = resource.name;
  if (scopes && scopes.length > 0) name = calls.length === 0 ? scopes[scopes.length - 1] : scopes[Math.min(...calls.map((o) => o.depth ?? 0))] ?? resource.name;
  if (resource.format !== "terraform" || GATE_KINDS.has(resource.kind) || origins.some((o) => o.kind === "instance-key")) return name;
  return withoutInstanceKeys(name);
}
function provenance(calls, written, value) {
  const parts = [];
  if (calls.length > 0) {
    const chain = [];
    for (const o of [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))) {
      if (!chain.some((c) => c.depth === o.depth && c.call === o.call)) chain.push(o);
    }
    parts.push(`via ${chain.map((o) => `${o.call ?? "a call"} (${o.file}:${o.range.start.line})`).join(" → ")}`);
  }
  const where = (o) => `${o.file}:${o.range.start.line} (${o.message})`;
  if (written.length === 1 && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
    parts.push(`${typeof value === "string" ? JSON.stringify(value) : String(value)} from ${where(written[0])}`);
  } else if (written.length > 0) {
    parts.push(`${written.length === 1 ? "value" : "values"} from ${written.slice(0, 3).map(where).join(", ")}`);
  }
  return parts.length > 0 ? ` — ${parts.join("; ")}` : "";
}
function unknownNote(unknowns) {
  const reasons = [...new Set(unknowns.map((u) => u.reason ?? `${u.$unknown.trim()} is not known statically`))];
  if (reasons.length === 0) return " (the value is not known statically; verify it)";
  return ` (not known statically: ${reasons.slice(0, 3).join("; ")}; verify it)`;
}
function oneNotePerDecision(findings, rules) {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const severity = new Map(rules.map((r) => [r.id, levelRank(r.level)]));
  const best = /* @__PURE__ */ new Map();
  const key = (f) => `${f.file}\0${f.resource}\0${f.range.start.line}:${f.range.start.column}\0${decisionOf.get(f) ?? ""}`;
  for (const f of findings) {
    if (!f.unknownValue) continue;
    const k = key(f);
    const current = best.get(k);
    if (!current || (severity.get(f.ruleId) ?? 0) > (severity.get(current.ruleId) ?? 0) || (severity.get(f.ruleId) ?? 0) === (severity.get(current.ruleId) ?? 0) && (order.get(f.ruleId) ?? 0) < (order.get(current.ruleId) ?? 0)) {
      best.set(k, f);
    }
  }
  return findings.filter((f) => !f.unknownValue || best.get(key(f)) === f);
}
var unitOf = /* @__PURE__ */ new WeakMap();
var decisionOf = /* @__PURE__ */ new WeakMap();
function relatedOrigins(resource, path, touched) {
  const origins = [];
  const written = [];
  const add = (list) => {
    for (const origin of list) if (!origins.some((o) => sameOrigin(o, origin))) origins.push(origin);
  };
  const writtenEnd = (list) => {
    const chain = list?.filter((o) => o.kind !== "instance-key") ?? [];
    const end = chain.at(-1);
    if (!end || isCallOrigin(end) || written.some((o) => sameOrigin(o, end))) return;
    if (end.kind === "local" && chain.some((o) => o !== end && !isCallOrigin(o))) return;
    written.push(end);
  };
  const visit = (p, below, named) => {
    if (p.length === 0) return;
    const { along, inside: inside2 } = originsOnPath(resource, p, below);
    along.forEach(add);
    inside2.forEach(add);
    if (!named) return;
    if (inside2.length > 0) inside2.forEach(writtenEnd);
    else writtenEnd(along.at(-1));
  };
  visit(path, false, true);
  const inside = (t) => path.length > 0 && t.length >= path.length && path.every((s, i) => t[i] === s);
  for (const t of touched) visit(t, true, inside(t));
  return { origins, written };
}
function sameOrigin(a, b) {
  return a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column;
}
function render(template, scope, name, format) {
  return template.replace(/("?)\{(@?[A-Za-z_$][\w$.\[\]"*|-]*)\}("?)/g, (_all, open, reference, close) => {
    if (reference === "name") return `${open}${name}${close}`;
    if (reference.startsWith("@")) return `${open}${nativeName(reference.slice(1), format)}${close}`;
    const value = resolveReference(reference, scope).value;
    if (value !== void 0 && isUnknown(value) && open && close) return display(value);
    return `${open}${display(value)}${close}`;
  });
}
function nativeName(path, format) {
  const plain = path.replace(/\[(?:\d+|\*)\]/g, "");
  if (format !== "pulumi") return plain;
  return plain.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase());
}
function display(value) {
  if (typeof value === "string") return oneLine(value);
  if (value !== void 0 && isUnknown(value)) return oneLine(value.$unknown);
  return describeValue(value);
}
function oneLine(text) {
  return text.replace(/\r\n|\r|\n/g, "\\n").replace(/\t/g, "\\t");
}
function dedupe(findings) {
  const seen = /* @__PURE__ */ new Set();
  const counts = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const key = `${f.ruleId}\0${f.file}\0${f.range.start.line}:${f.range.start.column}\0${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = counts.get(f.fingerprint) ?? 0;
    counts.set(f.fingerprint, n + 1);
    out.push(n === 0 ? f : { ...f, fingerprint: `${f.fingerprint}-${n}` });
  }
  return out;
}
function consolidate(findings, rules) {
  const perResource = new Set(rules.filter((r) => r.onePer === "resource").map((r) => r.id));
  const kept = /* @__PURE__ */ new Map();
  const out = [];
  for (const f of findings) {
    const where = perResource.has(f.ruleId) && f.resource !== "" ? "" : `${f.file}\0${f.range.start.line}:${f.range.start.column}${f.unknownValue ? `\0${f.path}` : ""}`;
    const key = `${f.ruleId}\0${unitOf.get(f) ?? ""}\0${f.resource}\0${where}`;
    const first = kept.get(key);
    if (!first) {
      kept.set(key, f);
      out.push(f);
      continue;
    }
    if (first.unknownValue && !f.unknownValue) {
      out[out.indexOf(first)] = f;
      kept.set(key, f);
      continue;
    }
    if (f.unknownValue && !first.unknownValue) continue;
    const samePlace = f.file === first.file && f.range.start.line === first.range.start.line && f.range.start.column === first.range.start.column;
    const related = [...first.related ?? []];
    if (!samePlace && !related.some((r) => r.file === f.file && r.range.start.line === f.range.start.line && r.range.start.column === f.range.start.column)) {
      related.push({ file: f.file, range: f.range, message: f.message });
    }
    for (const r of f.related ?? []) if (!related.some((x) => x.file === r.file && x.range.start.line === r.range.start.line && x.range.start.column === r.range.start.column)) related.push(r);
    const message = samePlace && f.path !== first.path && !first.message.includes(f.message) ? `${first.message} ${f.message}` : first.message;
    const merged = { ...first, message, ...related.length > 0 ? { related } : {} };
    out[out.indexOf(first)] = merged;
    kept.set(key, merged);
  }
  return out;
}

// src/engine/selection.ts
var RuleIndex = class {
  byType = /* @__PURE__ */ new Map();
  anyType = [];
  order = /* @__PURE__ */ new Map();
  constructor(rules) {
    for (const rule of rules) {
      for (const check of rule.checks) {
        const compiled = {
          rule,
          check,
          selectors: [check.select].flat().map((s) => compileSelector(s, check, rule))
        };
        this.order.set(compiled, this.order.size);
        const exact = compiled.selectors.every((s) => s.exactTypes !== void 0);
        if (!exact) {
          this.anyType.push(compiled);
          continue;
        }
        for (const type of new Set(compiled.selectors.flatMap((s) => s.exactTypes))) {
          const list = this.byType.get(type);
          if (list) list.push(compiled);
          else this.byType.set(type, [compiled]);
        }
      }
    }
  }
  /** Selections by format, kind and types: a selector reads nothing else, so each is worked out once. */
  cache = /* @__PURE__ */ new Map();
  /** The checks selecting `resource`, in rule-file order. The list is shared: do not modify it. */
  select(resource) {
    const key = `${resource.format}\0${resource.kind}\0${resource.type}\0${resource.canonicalType}`;
    let selected = this.cache.get(key);
    if (!selected) {
      selected = this.selectUncached(resource);
      this.cache.set(key, selected);
    }
    return selected;
  }
  selectUncached(resource) {
    const candidates = /* @__PURE__ */ new Set([...this.byType.get(resource.canonicalType) ?? [], ...this.byType.get(resource.type) ?? [], ...this.anyType]);
    const out = [];
    for (const compiled of candidates) {
      const matching = compiled.selectors.filter((s) => s.matches(resource));
      if (matching.length === 0) continue;
      const paths = [...new Set(matching.flatMap((s) => s.each ?? []))];
      out.push({ selected: { rule: compiled.rule, check: compiled.check, each: paths.length > 0 ? paths : void 0 }, order: this.order.get(compiled) });
    }
    return out.sort((a, b) => a.order - b.order).map((o) => o.selected);
  }
};
function compileSelector(selector, check, rule) {
  const typeNames = expand(toList(selector.type), rule);
  const each = selector.each ?? check.each;
  return {
    matches: recordMatcher(selector, rule),
    each: each === void 0 ? void 0 : [each].flat(),
    exactTypes: typeNames.length > 0 && typeNames.every((t) => !/[*?]/.test(t)) ? typeNames : void 0
  };
}
function recordsRead(rules) {
  const matchers = rules.flatMap(
    (rule) => rule.checks.flatMap((check) => [
      ...[check.select].flat().map((selector) => recordMatcher(selector, rule)),
      ...Object.values(check.related ?? {}).map((relation) => recordMatcher("references" in relation ? relation.references : relation["referenced-by"], rule))
    ])
  );
  const known = /* @__PURE__ */ new Map();
  return (record) => {
    const key = `${record.format}\0${record.kind}\0${record.type}\0${record.canonicalType}`;
    let read = known.get(key);
    if (read === void 0) known.set(key, read = matchers.some((matches) => matches(record)));
    return read;
  };
}
function recordMatcher(selector, rule) {
  const formats = toList(selector.format);
  const kinds = toList(selector.kind);
  const patterns = expand(toList(selector.type), rule).map(globToRegex);
  return (resource) => (formats.length === 0 || formats.includes(resource.format)) && (kinds.length === 0 ? !GATE_KINDS.has(resource.kind) : kinds.includes(resource.kind)) && (patterns.length === 0 || patterns.some((re) => re.test(resource.canonicalType) || re.test(resource.type)));
}
function expand(types, rule) {
  return types.flatMap((t) => {
    const set = /^\$sets\.([\w-]+)$/.exec(t);
    if (set) return strings(rule.sets[set[1]]);
    const param = /^\$params\.([\w-]+)$/.exec(t);
    if (param) return strings(rule.paramValues[param[1]]);
    return [t];
  });
}
function strings(value) {
  return (Array.isArray(value) ? value : []).filter((v) => typeof v === "string");
}
function toList(value) {
  return value === void 0 ? [] : Array.isArray(value) ? value : [value];
}
function globToRegex(glob) {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}

// src/engine/evaluate.ts
function evaluate(resources, rules, options = {}) {
  const evaluation = new Evaluation(rules, options, options.reportUnknown ? definitionsWithInstances(resources) : void 0);
  evaluation.add(resources);
  return evaluation.finish();
}
var Evaluation = class {
  /**
   * `definitions`: the span keys of definitions that were also evaluated for a caller (only
   * `reportUnknown` reads them, and it needs every record's: see `definitionsWithInstances`).
   */
  constructor(rules, options = {}, definitions = /* @__PURE__ */ new Set()) {
    this.options = options;
    this.definitions = definitions;
    this.enabled = rules.filter((r) => r.checks.length > 0);
    this.index = new RuleIndex(this.enabled);
    this.needsRelations = this.enabled.some((r) => r.checks.some((c) => c.related));
    this.ruleOrder = new Map(this.enabled.map((r, i) => [r, i]));
    this.reads = recordsRead(this.enabled);
  }
  options;
  definitions;
  enabled;
  index;
  needsRelations;
  ruleOrder;
  ordered = [];
  records = 0;
  facts = 0;
  /** Whether the rules read records of a format, kind and type (see `recordsRead`). */
  reads;
  /** Evaluates a batch: scanned records (and facts, which are placed after all records). */
  add(resources) {
    const context = {
      options: this.options,
      evaluatedForCallers: this.definitions,
      relations: this.needsRelations ? new RelationIndex(resources) : void 0
    };
    for (const resource of resources) {
      const place = resource.kind === "fact" ? FACTS_FROM + this.facts++ : this.records++;
      for (const { rule, check, each } of this.index.select(resource)) {
        const checkIndex = rule.checks.indexOf(check);
        for (const finding of runCheck(rule, check, resource, each, context)) {
          this.ordered.push({ finding, rule: this.ruleOrder.get(rule), check: checkIndex, resource: place });
        }
      }
    }
  }
  finish() {
    this.ordered.sort((a, b) => a.rule - b.rule || a.check - b.check || a.resource - b.resource);
    const findings = this.ordered.map((o) => o.finding);
    return dedupe(consolidate(oneNotePerDecision(findings, this.enabled), this.enabled));
  }
};
var FACTS_FROM = 2 ** 40;
function spanKey(resource) {
  return `${resource.file}\0${resource.range.start.line}:${resource.range.start.column}`;
}
function definitionsWithInstances(resources) {
  const out = /* @__PURE__ */ new Set();
  for (const r of resources) if (r.scopes) out.add(spanKey(r));
  return out;
}
function runCheck(rule, check, resource, each, context) {
  const { options } = context;
  const hasInstances = context.evaluatedForCallers.size > 0 && context.evaluatedForCallers.has(spanKey(resource));
  const prepared = prepare(check);
  let base = new Layered(ruleBindings(rule), recordBindings(resource));
  if (check.related) {
    const withRelated = new Scope(base);
    for (const [name, relation] of Object.entries(check.related)) withRelated.set(name, relatedRecords(resource, relation, rule, context.relations));
    base = withRelated;
  }
  const items = each ? eachItems(each, base) : [void 0];
  const findings = [];
  for (const item of items) {
    const scope = new Scope(base);
    if (item) {
      scope.set(prepared.as, item);
      scope.set("key", { value: item.path.at(-1) ?? null, path: [], underUnknown: false });
    }
    for (const [name2, binding] of prepared.lets) scope.set(name2, binding(scope));
    const truth = prepared.when ? prepared.when(scope) : true;
    if (truth === false || truth === "unknown" && !options.reportUnknown) continue;
    if (truth === "unknown" && hasInstances && !resource.scopes && scope.undecidedValues().every((u) => u.input)) continue;
    const at = check.at ? resolveReference(check.at, scope) : item;
    const path = at && at.path.length > 0 && !at.foreign ? at.path : [];
    const { origins, written } = relatedOrigins(resource, path, scope.touched);
    const calls = origins.filter(isCallOrigin);
    if (resource.remoteModule && calls.length === 0) continue;
    const name = findingName(resource, calls, origins);
    const level = truth === "unknown" ? "note" : rule.level;
    let message = render(check.message, scope, name, resource.format);
    message += provenance(calls, written, at?.value);
    if (truth === "unknown") message += unknownNote(scope.undecidedValues());
    if (resource.note) message += resource.note;
    const pathText = formatPath(resource.element ?? path);
    let file = resource.file;
    let range = path.length > 0 ? locate(resource, path) : resource.header;
    const related = [...origins.map((o) => ({ file: o.file, range: o.range, message: o.message })), ...scope.evidence.map(evidenceLocation), ...resource.related ?? []];
    if (resource.remoteModule) {
      const outermost = [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))[0];
      related.unshift({ file, range, message: `where ${name} uses the value, in the module's copy` });
      const own = related.findIndex((r) => r.file === outermost.file && r.range === outermost.range);
      if (own >= 0) related.splice(own, 1);
      file = outermost.file;
      range = outermost.range;
    }
    const finding = {
      ruleId: rule.id,
      level,
      message,
      file,
      range,
      resource: name,
      path: pathText,
      // The reported file (the caller's, for a remote module's record), so that a baseline entry's
      // fingerprint can be checked against its own file, rule, resource and path.
      fingerprint: fingerprint(rule.id, file, name, pathText),
      // What a baseline compares besides the fingerprint: everything the check looked at, so a
      // wider exposure of the same element (port 22 to 0-65535) is a new finding.
      valueDigest: findingDigest({
        value: at?.value,
        element: item?.value,
        // A fact's or a gate record's attributes are the thing itself: a plan that now resizes
        // to another size is another change, even though the rule read only its action.
        record: resource.kind === "fact" || GATE_KINDS.has(resource.kind) ? resource.attributes : void 0,
        read: scope.reads
      })
    };
    if (truth === "unknown") {
      finding.unknownValue = true;
      decisionOf.set(finding, scope.undecidedValues().map((u) => u.$unknown).sort().join(""));
    }
    if (related.length > 0) finding.related = related;
    if (resource.unit !== void 0) unitOf.set(finding, resource.unit);
    findings.push(finding);
  }
  return findings;
}
var preparedChecks = /* @__PURE__ */ new WeakMap();
function prepare(check) {
  let prepared = preparedChecks.get(check);
  if (!prepared) {
    prepared = {
      as: check.as ?? "item",
      lets: Object.entries(check.let ?? {}).map(([name, binding]) => [name, compileBinding(binding)]),
      when: check.when ? compileCondition(check.when) : void 0
    };
    preparedChecks.set(check, prepared);
  }
  return prepared;
}
var ruleScopes = /* @__PURE__ */ new WeakMap();
function ruleBindings(rule) {
  let map = ruleScopes.get(rule);
  if (!map) {
    map = /* @__PURE__ */ new Map([
      ["params", { value: rule.paramValues, path: [], underUnknown: false, constant: true }],
      ["sets", { value: rule.sets, path: [], underUnknown: false, constant: true }]
    ]);
    ruleScopes.set(rule, map);
  }
  return map;
}
var narrowings = /* @__PURE__ */ new WeakMap();
function evidenceLocation(e) {
  const range = e.path && e.path.length > 0 ? locate(e.record, e.path) : e.record.header;
  return { file: e.record.file, range, message: e.path && e.path.length > 0 ? `${e.record.name} refers to it here` : `${e.record.name}, which it refers to` };
}
function relatedRecords(resource, relation, rule, index) {
  const incoming = "referenced-by" in relation;
  const selector = incoming ? relation["referenced-by"] : relation.references;
  let ofRule = narrowings.get(rule);
  if (!ofRule) narrowings.set(rule, ofRule = /* @__PURE__ */ new WeakMap());
  let narrowing = ofRule.get(selector);
  if (!narrowing) ofRule.set(selector, narrowing = { matches: recordMatcher(selector, rule), via: toList(selector.via).map(parsePath) });
  const { matches, via } = narrowing;
  const edges = incoming ? index.referencedBy(resource) : index.references(resource);
  const elements = [];
  const seen = /* @__PURE__ */ new Set();
  for (const edge of edges) {
    const other = incoming ? edge.from : edge.to;
    if (seen.has(other) || !matches(other)) continue;
    if (via.length > 0 && !via.some((steps) => underPath(edge.path, steps))) continue;
    seen.add(other);
    elements.push(recordView(other, incoming ? edge.path : void 0));
  }
  return { value: elements.map((e) => e.value), path: [], underUnknown: false, constant: true, elements };
}
function underPath(path, steps) {
  if (steps.length > path.length) return false;
  return steps.every((step, i) => {
    const segment = path[i];
    if (step.kind === "wildcard") return true;
    if (step.kind === "index") return segment === step.index;
    if (step.kind === "key") return segment === step.key;
    return false;
  });
}
function eachItems(paths, scope) {
  return paths.flatMap((path) => {
    const { head, rest } = parseReference(path);
    const start = head !== void 0 ? scope.get(head) : void 0;
    if (!start) return [];
    return resolveSteps(start, rest).filter((located) => located.value !== void 0);
  });
}
var bindings = /* @__PURE__ */ new WeakMap();
function recordBindings(resource) {
  let map = bindings.get(resource);
  if (!map) {
    map = /* @__PURE__ */ new Map([
      ["attributes", { value: resource.attributes, path: ["attributes"], underUnknown: false }],
      ["options", { value: resource.options, path: ["options"], underUnknown: false }],
      [
        "resource",
        {
          value: { type: resource.type, canonicalType: resource.canonicalType, name: resource.name, kind: resource.kind, file: resource.file, format: resource.format },
          path: [],
          underUnknown: false
        }
      ]
    ]);
    bindings.set(resource, map);
  }
  return map;
}

// src/engine/diagnostics.ts
var PARSE_RULE_ID = "IAC-000";
function diagnosticFinding(diagnostic) {
  const finding = {
    ruleId: PARSE_RULE_ID,
    level: diagnostic.severity,
    message: diagnostic.message,
    file: diagnostic.file,
    range: diagnostic.range,
    resource: "",
    path: "",
    // Parse errors have no resource to anchor on; the message keeps it stable while lines move.
    fingerprint: fingerprint(PARSE_RULE_ID, diagnostic.file, "", diagnostic.message)
  };
  if (diagnostic.related?.length) finding.related = diagnostic.related.map((r) => ({ file: r.file, range: r.range, message: r.message }));
  return finding;
}

export {
  fingerprint,
  NO_VALUE_DIGEST,
  LEVELS,
  levelRank,
  evaluate,
  Evaluation,
  PARSE_RULE_ID,
  diagnosticFinding
};
