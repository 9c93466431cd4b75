import { levelRank, type Finding, type Level, type RelatedLocation } from "../model/finding.js";
import { locate, originsOnPath, type Format, type Origin, type Resource } from "../model/resource.js";
import { describeValue, isUnknown, type PathSegment, type Unknown, type Value } from "../model/value.js";
import { fingerprint, formatPath } from "./fingerprint.js";
import { callFunction } from "./functions/index.js";
import { and, not, or, type Truth } from "./logic.js";
import { parsePath, resolveSteps, type Located } from "./path.js";
import type { Binding, Check, Condition, Operand, Rule, Selector } from "./rule.js";

export interface EvaluateOptions {
  /** Emit findings whose outcome hinges on an unknown value, at level note. */
  reportUnknown?: boolean;
}

/** Bound names, plus the source paths every reference read (for related locations) and the unknown values a decision met. */
class Scope extends Map<string, Located> {
  readonly touched: PathSegment[][] = [];
  readonly unknowns: Unknown[] = [];
  /** Unknown values read through a decoder (`|text` of a partly known image reference). */
  readonly decoded: Unknown[] = [];

  /** Notes an unknown value that made a condition undecidable; returns "unknown". */
  undecided(value: Value | undefined): "unknown" {
    if (value !== undefined && isUnknown(value) && !this.unknowns.includes(value)) this.unknowns.push(value);
    return "unknown";
  }

  /**
   * What the undecided conditions hinged on, as written: a library function's Unknown (an image
   * whose tag is substituted) stands for the value it was given, whose reason says more.
   */
  undecidedValues(): Unknown[] {
    if (this.decoded.length === 0) return this.unknowns;
    const shown = new Set(this.decoded.map((d) => (typeof d.decoded === "string" ? d.decoded : d.$unknown)));
    return [...this.decoded, ...this.unknowns.filter((u) => !shown.has(u.$unknown) && !this.decoded.includes(u))];
  }
}

/** Origins that are arguments of a call (a Terraform module call, a Pulumi component or function call). */
function isCallOrigin(o: Origin): boolean {
  return o.kind === "module-argument" || o.kind === "call-argument";
}

export function evaluate(resources: readonly Resource[], rules: readonly Rule[], options: EvaluateOptions = {}): Finding[] {
  const findings: Finding[] = [];
  const evaluatedForCallers = options.reportUnknown ? definitionsWithInstances(resources) : new Set<string>();
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
        findings.push(...runCheck(rule, check, resource, paths.length > 0 ? paths : undefined, options, evaluatedForCallers.has(spanKey(resource))));
      }
    }
  }
  return dedupe(oneNotePerDecision(findings, rules));
}

/** Where a record's definition is written: instances of one definition share it. */
function spanKey(resource: Resource): string {
  return `${resource.file}\u0000${resource.range.start.line}:${resource.range.start.column}`;
}

/** Definitions (module resources, component bodies) that were also evaluated for a caller. */
function definitionsWithInstances(resources: readonly Resource[]): Set<string> {
  const out = new Set<string>();
  for (const r of resources) if (r.scopes) out.add(spanKey(r));
  return out;
}

function runCheck(rule: Rule, check: Check, resource: Resource, each: string[] | undefined, options: EvaluateOptions, hasInstances = false): Finding[] {
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
    // A definition on its own knows nothing of what its callers pass; their evaluations say it.
    if (truth === "unknown" && hasInstances && !resource.scopes && scope.undecidedValues().every((u) => u.input)) continue;
    const at = check.at ? resolveReference(check.at, scope) : item;
    const path = at && at.path.length > 0 ? at.path : [];
    const { origins, written } = relatedOrigins(resource, path, scope.touched);
    const calls = origins.filter(isCallOrigin);
    // The module's own code, fetched from elsewhere: only what the caller passes in is ours to report.
    if (resource.remoteModule && calls.length === 0) continue;
    const name = findingName(resource, calls, origins);
    const level: Level = truth === "unknown" ? "note" : rule.level;
    let message = render(check.message, scope, name, resource.format);
    message += provenance(calls, written, at?.value);
    if (truth === "unknown") message += unknownNote(scope.undecidedValues());
    const pathText = formatPath(path);
    let file = resource.file;
    let range = path.length > 0 ? locate(resource, path) : resource.header;
    const related: RelatedLocation[] = origins.map((o) => ({ file: o.file, range: o.range, message: o.message }));
    if (resource.remoteModule) {
      // Point at the caller's argument, in the repository; the module's line becomes related.
      const outermost = [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))[0]!;
      related.unshift({ file, range, message: `where ${name} uses the value, in the module's copy` });
      const own = related.findIndex((r) => r.file === outermost.file && r.range === outermost.range);
      if (own >= 0) related.splice(own, 1);
      file = outermost.file;
      range = outermost.range;
    }
    const finding: Finding = {
      ruleId: rule.id,
      level,
      message,
      file,
      range,
      resource: name,
      path: pathText,
      fingerprint: fingerprint(rule.id, resource.file, name, pathText),
    };
    if (truth === "unknown") {
      finding.unknownValue = true;
      decisionOf.set(finding, scope.undecidedValues().map((u) => u.$unknown).sort().join("\u0001"));
    }
    if (related.length > 0) finding.related = related;
    findings.push(finding);
  }
  return findings;
}

/**
 * The name a finding gives its resource. A record evaluated for a caller (`scopes`) is named as
 * its definition names it when the finding depends on no caller's argument (so every call gives
 * the same finding, reported once), else as seen from the outermost caller it depends on.
 */
function findingName(resource: Resource, calls: Origin[], origins: Origin[]): string {
  const scopes = resource.scopes;
  let name = resource.name;
  if (scopes && scopes.length > 0) name = calls.length === 0 ? scopes[scopes.length - 1]! : (scopes[Math.min(...calls.map((o) => o.depth ?? 0))] ?? resource.name);
  // A finding that uses no count index or for_each key is the same for every instance: it is
  // named by its block (`aws_instance.web`, not `aws_instance.web[0]`) and reported once.
  return resource.format !== "terraform" || origins.some((o) => o.kind === "instance-key") ? name : withoutInstanceKeys(name);
}

/** `module.a["x"].aws_instance.web[0]` → `module.a.aws_instance.web`. */
function withoutInstanceKeys(address: string): string {
  return address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]/g, "");
}

/**
 * ` — via module.svc (main.tf:5)`, ` — "MUTABLE" from terraform.tfvars:3 (variable repo_mutability)`,
 * ` — values from main.tf:6 (local value ssh), main.tf:2 (default of variable world)`: which call
 * the finding depends on, and where the values it is about are written (the far end of each
 * chain of definitions: a tfvars line rather than the local that passes it on).
 */
function provenance(calls: Origin[], written: Origin[], value: Value | undefined): string {
  const parts: string[] = [];
  if (calls.length > 0) {
    // One step per call (a call passing several of the values is named once, at its first argument).
    const chain: Origin[] = [];
    for (const o of [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))) {
      if (!chain.some((c) => c.depth === o.depth && c.call === o.call)) chain.push(o);
    }
    parts.push(`via ${chain.map((o) => `${o.call ?? "a call"} (${o.file}:${o.range.start.line})`).join(" → ")}`);
  }
  const where = (o: Origin): string => `${o.file}:${o.range.start.line} (${o.message})`;
  if (written.length === 1 && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
    parts.push(`${typeof value === "string" ? JSON.stringify(value) : String(value)} from ${where(written[0]!)}`);
  } else if (written.length > 0) {
    parts.push(`${written.length === 1 ? "value" : "values"} from ${written.slice(0, 3).map(where).join(", ")}`);
  }
  return parts.length > 0 ? ` — ${parts.join("; ")}` : "";
}

/** Why a note's value is unknown: ` (not known statically: var.image_tag has no default …; verify it)`. */
function unknownNote(unknowns: Unknown[]): string {
  const reasons = [...new Set(unknowns.map((u) => u.reason ?? `${u.$unknown.trim()} is not known statically`))];
  if (reasons.length === 0) return " (the value is not known statically; verify it)";
  return ` (not known statically: ${reasons.slice(0, 3).join("; ")}; verify it)`;
}

/**
 * One note per undecided decision: when several rules hinge on the same unknown value at the
 * same place (PIN-005 and PIN-006 on one unknown image; DRF-001 and DRF-002 on options that are
 * a variable), the note of the most severe rule stays.
 */
function oneNotePerDecision(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const severity = new Map(rules.map((r) => [r.id, levelRank(r.level)]));
  const best = new Map<string, Finding>();
  const key = (f: Finding): string => `${f.file}\u0000${f.resource}\u0000${f.range.start.line}:${f.range.start.column}\u0000${decisionOf.get(f) ?? ""}`;
  for (const f of findings) {
    if (!f.unknownValue) continue;
    const k = key(f);
    const current = best.get(k);
    if (
      !current ||
      (severity.get(f.ruleId) ?? 0) > (severity.get(current.ruleId) ?? 0) ||
      ((severity.get(f.ruleId) ?? 0) === (severity.get(current.ruleId) ?? 0) && (order.get(f.ruleId) ?? 0) < (order.get(current.ruleId) ?? 0))
    ) {
      best.set(k, f);
    }
  }
  return findings.filter((f) => !f.unknownValue || best.get(key(f)) === f);
}

/** The unknown values each note hinged on (kept out of the finding itself). */
const decisionOf = new WeakMap<Finding, string>();

/**
 * Where the values behind a finding really come from (parameter defaults, variables, locals,
 * module arguments, constants), once each: those on the way to the finding's element, and
 * those on and below every value the decision read (a CIDR list whose one entry is a variable).
 */
function relatedOrigins(resource: Resource, path: PathSegment[], touched: PathSegment[][]): { origins: Origin[]; written: Origin[] } {
  const origins: Origin[] = [];
  const written: Origin[] = [];
  const add = (list: Origin[]): void => {
    for (const origin of list) if (!origins.some((o) => sameOrigin(o, origin))) origins.push(origin);
  };
  // Each list runs from where the value is used to where it is written: its far end names where
  // (a call's argument there means the caller wrote it, which "via" already says). Only the
  // innermost list along a path is about the value itself; outer ones are what held it.
  const writtenEnd = (list: Origin[] | undefined): void => {
    const chain = list?.filter((o) => o.kind !== "instance-key") ?? [];
    const end = chain.at(-1);
    if (!end || isCallOrigin(end) || written.some((o) => sameOrigin(o, end))) return;
    // A local at the end of a longer chain may have combined several values (a merge, a for
    // expression): it does not say where this one was written.
    if (end.kind === "local" && chain.some((o) => o !== end && !isCallOrigin(o))) return;
    written.push(end);
  };
  const visit = (p: PathSegment[], below: boolean): void => {
    if (p.length === 0) return;
    const { along, inside } = originsOnPath(resource, p, below);
    along.forEach(add);
    inside.forEach(add);
    if (inside.length > 0) inside.forEach(writtenEnd);
    else writtenEnd(along.at(-1));
  };
  visit(path, false);
  for (const t of touched) visit(t, true);
  return { origins, written };
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column;
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
    if (found.decodedFrom && !scope.decoded.includes(found.decodedFrom)) scope.decoded.push(found.decodedFrom);
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
    if (found.value === undefined || found.value === null) return found.underUnknown ? scope.undecided(found.value) : false;
    return true;
  }
  if ("absent" in condition) {
    const found = operand(condition.absent, scope);
    if (found.value === undefined || found.value === null) return found.underUnknown ? scope.undecided(found.value) : true;
    return false;
  }
  if ("equals" in condition) {
    const [a, b] = condition.equals.map((o) => operand(o, scope).value);
    if (isUnknown(a) || isUnknown(b)) return scope.undecided(isUnknown(a) ? a : b);
    return looselyEqual(a, b);
  }
  if ("in" in condition) {
    const needle = operand(condition.in[0], scope).value;
    const haystack = operand(condition.in[1], scope).value;
    if (isUnknown(needle) || isUnknown(haystack)) return scope.undecided(isUnknown(needle) ? needle : haystack);
    const list = Array.isArray(haystack) ? haystack : haystack === undefined || haystack === null ? [] : [haystack];
    return or(list.map((entry) => (isUnknown(entry) ? scope.undecided(entry) : looselyEqual(needle, entry))));
  }
  if ("matches" in condition) {
    const value = operand(condition.matches[0], scope).value;
    if (isUnknown(value)) return scope.undecided(value);
    return typeof value === "string" && compiledRegex(condition.matches[1]).test(value);
  }
  if ("truthy" in condition) {
    const value = operand(condition.truthy, scope).value;
    if (isUnknown(value)) return scope.undecided(value);
    return value === true || value === "true";
  }
  const result = callFunction(condition.call, condition.args.map((a) => operand(a, scope).value));
  if (isUnknown(result)) return scope.undecided(result);
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

/**
 * Fills `{name}` and `{reference}` placeholders. An unknown value shows as the expression that
 * was written, once: the quotes a template puts around a placeholder (`"{image}"`) are dropped
 * for it, since they would make an expression look like a literal string.
 */
function render(template: string, scope: Scope, name: string, format: Format): string {
  return template.replace(/("?)\{(@?[A-Za-z_$][\w$.\[\]"*|-]*)\}("?)/g, (_all, open: string, reference: string, close: string) => {
    if (reference === "name") return `${open}${name}${close}`;
    if (reference.startsWith("@")) return `${open}${nativeName(reference.slice(1), format)}${close}`;
    const value = resolveReference(reference, scope).value;
    if (value !== undefined && isUnknown(value) && open && close) return display(value);
    return `${open}${display(value)}${close}`;
  });
}

/**
 * `{@docker_config[0].immutable_tags}` in a message: an attribute as the user wrote it in their
 * format. Terraform: `docker_config.immutable_tags` (a nested block has no index in the source);
 * Pulumi: `dockerConfig.immutableTags` (the bridged providers' camelCase spelling of Terraform's
 * names); CloudFormation rules write property names themselves, so they pass through.
 */
export function nativeName(path: string, format: Format): string {
  const plain = path.replace(/\[(?:\d+|\*)\]/g, "");
  if (format !== "pulumi") return plain;
  return plain.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** A value as a message shows it: on one line (a heredoc's newline reads as `\n`). */
function display(value: Value | undefined): string {
  if (typeof value === "string") return oneLine(value);
  if (value !== undefined && isUnknown(value)) return oneLine(value.$unknown);
  return describeValue(value);
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\\n").replace(/\t/g, "\\t");
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
