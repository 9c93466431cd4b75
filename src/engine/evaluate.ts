import type { Finding, Level, RelatedLocation } from "../model/finding.js";
import { locate, originsAlong, type Resource } from "../model/resource.js";
import { describeValue, isUnknown, type PathSegment, type Value } from "../model/value.js";
import { fingerprint, formatPath } from "./fingerprint.js";
import { callFunction } from "./functions/index.js";
import { and, not, or, type Truth } from "./logic.js";
import { parsePath, resolveSteps, type Located } from "./path.js";
import type { Binding, Check, Condition, Operand, Rule, Selector } from "./rule.js";

export interface EvaluateOptions {
  /** Emit findings whose outcome hinges on an unknown value, at level note. */
  reportUnknown?: boolean;
}

/** Bound names, plus the source paths every reference read, for related locations. */
class Scope extends Map<string, Located> {
  readonly touched: PathSegment[][] = [];
}

export function evaluate(resources: readonly Resource[], rules: readonly Rule[], options: EvaluateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const check of rule.checks) {
      const selectors = (Array.isArray(check.select) ? check.select : [check.select]).map((selector) => ({
        matches: selectorMatcher(selector),
        each: selector.each ?? check.each,
      }));
      for (const resource of resources) {
        const matching = selectors.filter((s) => s.matches(resource));
        if (matching.length === 0) continue;
        const paths = [...new Set(matching.flatMap((s) => (s.each === undefined ? [] : [s.each].flat())))];
        findings.push(...runCheck(rule, check, resource, paths.length > 0 ? paths : undefined, options));
      }
    }
  }
  return dedupe(findings);
}

function runCheck(rule: Rule, check: Check, resource: Resource, each: string[] | undefined, options: EvaluateOptions): Finding[] {
  const base = new Map<string, Located>([
    ["attributes", { value: resource.attributes, path: ["attributes"], underUnknown: false }],
    ["options", { value: resource.options, path: ["options"], underUnknown: false }],
    [
      "resource",
      {
        value: { type: resource.type, canonicalType: resource.canonicalType, name: resource.name, kind: resource.kind, file: resource.file, format: resource.format },
        path: [],
        underUnknown: false,
      },
    ],
  ]);
  const items: (Located | undefined)[] = each ? eachItems(each, base) : [undefined];
  const findings: Finding[] = [];
  for (const item of items) {
    const scope = new Scope(base);
    if (item) {
      scope.set(check.as ?? "item", item);
      // The key or index the item was found under (`/etc/cfn/cfn-hup.conf` in a files map).
      scope.set("key", { value: item.path.at(-1) ?? null, path: [], underUnknown: false });
    }
    for (const [name, binding] of Object.entries(check.let ?? {})) scope.set(name, bind(binding, scope));
    const truth = check.when ? test(check.when, scope) : true;
    if (truth === false || (truth === "unknown" && !options.reportUnknown)) continue;
    const at = check.at ? resolveReference(check.at, scope) : item;
    const path = at && at.path.length > 0 ? at.path : [];
    const level: Level = truth === "unknown" ? "note" : rule.level;
    let message = render(check.message, scope, resource);
    if (truth === "unknown") message += " (the value is not statically known; verify it)";
    const pathText = formatPath(path);
    const finding: Finding = {
      ruleId: rule.id,
      level,
      message,
      file: resource.file,
      range: path.length > 0 ? locate(resource, path) : resource.header,
      resource: resource.name,
      path: pathText,
      fingerprint: fingerprint(rule.id, resource.file, resource.name, pathText),
    };
    if (truth === "unknown") finding.unknownValue = true;
    const related = relatedOrigins(resource, [path, ...scope.touched]);
    if (related.length > 0) finding.related = related;
    findings.push(finding);
  }
  return findings;
}

/** Where the values behind a finding really come from (parameter defaults, constants), once each. */
function relatedOrigins(resource: Resource, paths: PathSegment[][]): RelatedLocation[] {
  const seen = new Set<string>();
  const related: RelatedLocation[] = [];
  for (const path of paths) {
    for (const origin of path.length > 0 ? originsAlong(resource, path) : []) {
      const key = `${origin.file}:${origin.range.start.line}:${origin.range.start.column}`;
      if (seen.has(key)) continue;
      seen.add(key);
      related.push(origin);
    }
  }
  return related;
}

function eachItems(paths: string[], scope: Map<string, Located>): Located[] {
  return paths.flatMap((path) => {
    const steps = parsePath(path);
    const [head, ...rest] = steps;
    const start = head && head.kind === "key" ? scope.get(head.key) : undefined;
    if (!start) return [];
    return resolveSteps(start, rest).filter((located) => located.value !== undefined);
  });
}

function bind(binding: Binding, scope: Scope): Located {
  if (binding !== null && typeof binding === "object" && !Array.isArray(binding) && "call" in binding && typeof binding.call === "string") {
    const args = (binding.args as Operand[]).map((arg) => operand(arg, scope).value);
    return { value: callFunction(binding.call, args), path: [], underUnknown: false };
  }
  return operand(binding as Operand, scope);
}

/** `$name.path` is a reference; `$$text` is the literal `$text`; anything else is literal. */
function operand(value: Operand, scope: Scope): Located {
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) return { value: value.slice(1), path: [], underUnknown: false };
    const found = resolveReference(value.slice(1), scope);
    if (found.path.length > 0) scope.touched.push(found.path);
    return found;
  }
  if (Array.isArray(value)) {
    return { value: value.map((v) => operand(v, scope).value ?? null), path: [], underUnknown: false };
  }
  return { value, path: [], underUnknown: false };
}

export function resolveReference(reference: string, scope: Map<string, Located>): Located {
  const steps = parsePath(reference.replace(/^\$/, ""));
  const [head, ...rest] = steps;
  const start = head && head.kind === "key" ? scope.get(head.key) : undefined;
  if (!start) return { value: undefined, path: [], underUnknown: false };
  const [first] = resolveSteps(start, rest);
  return first ?? { value: undefined, path: start.path, underUnknown: start.underUnknown };
}

function test(condition: Condition, scope: Scope): Truth {
  if ("all" in condition) return and(condition.all.map((c) => test(c, scope)));
  if ("any" in condition) return or(condition.any.map((c) => test(c, scope)));
  if ("not" in condition) return not(test(condition.not, scope));
  // `null` is how HCL spells "not set"; an Unknown value is set, whatever it turns out to be.
  if ("present" in condition) {
    const found = operand(condition.present, scope);
    if (found.value === undefined || found.value === null) return found.underUnknown ? "unknown" : false;
    return true;
  }
  if ("absent" in condition) {
    const found = operand(condition.absent, scope);
    if (found.value === undefined || found.value === null) return found.underUnknown ? "unknown" : true;
    return false;
  }
  if ("equals" in condition) {
    const [a, b] = condition.equals.map((o) => operand(o, scope).value);
    if (isUnknown(a) || isUnknown(b)) return "unknown";
    return looselyEqual(a, b);
  }
  if ("in" in condition) {
    const needle = operand(condition.in[0], scope).value;
    const haystack = operand(condition.in[1], scope).value;
    if (isUnknown(needle) || isUnknown(haystack)) return "unknown";
    const list = Array.isArray(haystack) ? haystack : haystack === undefined || haystack === null ? [] : [haystack];
    return or(list.map((entry) => (isUnknown(entry) ? "unknown" : looselyEqual(needle, entry))));
  }
  if ("matches" in condition) {
    const value = operand(condition.matches[0], scope).value;
    if (isUnknown(value)) return "unknown";
    return typeof value === "string" && compiledRegex(condition.matches[1]).test(value);
  }
  if ("truthy" in condition) {
    const value = operand(condition.truthy, scope).value;
    if (isUnknown(value)) return "unknown";
    return value === true || value === "true";
  }
  const result = callFunction(condition.call, condition.args.map((a) => operand(a, scope).value));
  if (isUnknown(result)) return "unknown";
  return result === true;
}

const regexCache = new Map<string, RegExp>();
function compiledRegex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) regexCache.set(source, (re = new RegExp(source)));
  return re;
}

/** HCL and CloudFormation convert between numbers, bools and strings freely ("22" == 22). */
function looselyEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  const scalar = (v: Value) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

function render(template: string, scope: Scope, resource: Resource): string {
  return template.replace(/\{([A-Za-z_$][\w$.\[\]"*|-]*)\}/g, (_all, reference: string) => {
    if (reference === "name") return resource.name;
    const value = resolveReference(reference, scope).value;
    return display(value);
  });
}

function display(value: Value | undefined): string {
  if (typeof value === "string") return value;
  if (value !== undefined && isUnknown(value)) return value.$unknown;
  return describeValue(value);
}

function selectorMatcher(selector: Selector): (resource: Resource) => boolean {
  const formats = toList(selector.format);
  const kinds = toList(selector.kind);
  const types = toList(selector.type).map(globToRegex);
  return (resource) =>
    (formats.length === 0 || formats.includes(resource.format)) &&
    (kinds.length === 0 || kinds.includes(resource.kind)) &&
    (types.length === 0 || types.some((re) => re.test(resource.canonicalType) || re.test(resource.type)));
}

function toList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function globToRegex(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
}

/** Two checks of one rule may hit the same spot; report it once, and keep fingerprints unique. */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.range.start.line}:${f.range.start.column}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = counts.get(f.fingerprint) ?? 0;
    counts.set(f.fingerprint, n + 1);
    out.push(n === 0 ? f : { ...f, fingerprint: `${f.fingerprint}-${n}` });
  }
  return out;
}

export type { PathSegment };
