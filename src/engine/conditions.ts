import type { Resource } from "../model/resource.js";
import { isUnknown, type PathSegment, type Unknown, type Value, type ValueMap } from "../model/value.js";
import { formatPath } from "./fingerprint.js";
import { callFunction } from "./functions/index.js";
import { and, not, or, type Truth } from "./logic.js";
import { parsePath, resolveSteps, type Located, type PathStep } from "./path.js";
import type { Binding, Condition, Operand } from "./rule.js";

/** A related record a decision looked at, and where in it (for related locations). */
export interface Evidence {
  record: Resource;
  /** The path in `record` where the reference to the selected record sits, when it is there. */
  path?: PathSegment[];
}

/**
 * Bound names for one check on one resource (or item), plus what the decision read: the source
 * paths of this resource every reference touched (for related locations) and the values found
 * there (for the finding's value digest), the unknown values a decision met, and the related
 * records it looked at.
 */
export class Scope extends Map<string, Located> {
  /**
   * Names bound outside this scope (the record's, the rule's, an enclosing item's): read through,
   * never copied, since a scope is made for every check on every record and item.
   */
  private readonly outer: ReadonlyMap<string, Located> | undefined;

  constructor(outer?: ReadonlyMap<string, Located>) {
    super();
    this.outer = outer;
  }

  override get(name: string): Located | undefined {
    return super.get(name) ?? this.outer?.get(name);
  }

  override has(name: string): boolean {
    return super.has(name) || (this.outer?.has(name) ?? false);
  }

  readonly touched: PathSegment[][] = [];
  /** The values at `touched`, in the same order (`undefined`: nothing there). */
  readonly reads: { path: PathSegment[]; value: Value | undefined }[] = [];
  readonly unknowns: Unknown[] = [];
  /** Unknown values read through a decoder (`|text` of a partly known image reference). */
  readonly decoded: Unknown[] = [];
  /** Related records that decided the outcome (matched by `some`, examined by `none`/`every`). */
  readonly evidence: Evidence[] = [];

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

  /** A child scope for a quantifier's element: same bindings and the same records of what was read. */
  child(): Scope {
    const c = new Scope(this);
    // Shared arrays: what an element's condition read is what the decision read.
    Object.assign(c, { touched: this.touched, reads: this.reads, unknowns: this.unknowns, decoded: this.decoded, evidence: this.evidence });
    return c;
  }
}

/**
 * How a related record is seen from a check: `{ attributes, options, resource }` like the
 * selected one, and for `referenced-by`, `via`: the path of the reference in it. `foreign` keeps paths into it from being read as paths of the selected record.
 */
export function recordView(record: Resource, edgePath?: PathSegment[]): Located {
  const value: ValueMap = {
    attributes: record.attributes,
    options: record.options,
    resource: { type: record.type, canonicalType: record.canonicalType, name: record.name, kind: record.kind, file: record.file, format: record.format },
  };
  // Where the reference sits in the referring record (`attributes.security_group_id`).
  if (edgePath) value.via = formatPath(edgePath);
  return { value, path: [], underUnknown: false, foreign: { record, ...(edgePath ? { path: edgePath } : {}) } };
}

export function bind(binding: Binding, scope: Scope): Located {
  if (binding !== null && typeof binding === "object" && !Array.isArray(binding) && "call" in binding && typeof binding.call === "string") {
    const args = (binding.args as Operand[]).map((arg) => operand(arg, scope).value);
    return { value: callFunction(binding.call, args), path: [], underUnknown: false };
  }
  return operand(binding as Operand, scope);
}

/** `$name.path` is a reference; `$$text` is the literal `$text`; anything else is literal. */
export function operand(value: Operand, scope: Scope): Located {
  if (typeof value === "string" && value.startsWith("$")) {
    if (value.startsWith("$$")) return { value: value.slice(1), path: [], underUnknown: false };
    const found = resolveReference(value.slice(1), scope);
    if (found.path.length > 0 && !found.foreign && !found.constant) {
      scope.touched.push(found.path);
      scope.reads.push({ path: found.path, value: found.value });
    }
    if (found.decodedFrom && !scope.decoded.includes(found.decodedFrom)) scope.decoded.push(found.decodedFrom);
    return found;
  }
  if (Array.isArray(value)) {
    return { value: value.map((v) => operand(v, scope).value ?? null), path: [], underUnknown: false };
  }
  return { value, path: [], underUnknown: false };
}

/** A reference (`$name.path`, or `name.path`) split into the bound name and the steps below it. */
export interface ParsedReference {
  head: string | undefined;
  rest: readonly PathStep[];
}

const references = new Map<string, ParsedReference>();

/** Parses a reference once per process: rules name the same few hundred paths on every record. */
export function parseReference(reference: string): ParsedReference {
  let parsed = references.get(reference);
  if (!parsed) {
    const [head, ...rest] = parsePath(reference.startsWith("$") ? reference.slice(1) : reference);
    parsed = { head: head && head.kind === "key" ? head.key : undefined, rest };
    references.set(reference, parsed);
  }
  return parsed;
}

export function resolveReference(reference: string, scope: ReadonlyMap<string, Located>): Located {
  const { head, rest } = parseReference(reference);
  const start = head !== undefined ? scope.get(head) : undefined;
  if (!start) return { value: undefined, path: [], underUnknown: false };
  if (rest.length === 0) return start;
  const [first] = resolveSteps(start, rest);
  return first ?? { ...start, value: undefined };
}

/** Evaluates a condition in three-valued logic: an Unknown that decides it gives "unknown". */
export function test(condition: Condition, scope: Scope): Truth {
  if ("all" in condition) return and(condition.all.map((c) => test(c, scope)));
  if ("any" in condition) return or(condition.any.map((c) => test(c, scope)));
  if ("not" in condition) return not(test(condition.not, scope));
  if ("some" in condition || "none" in condition || "every" in condition) return quantify(condition, scope);
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

/**
 * `some` / `none` / `every` over a list (a relation's records, or a list value): each element is
 * bound to `as` (default `item`) while `when` is tested. Related records that decide the outcome
 * become evidence: those that matched for `some`, all of them for `none` and `every`.
 */
function quantify(condition: Extract<Condition, { some: string } | { none: string } | { every: string }>, scope: Scope): Truth {
  const [quantifier, reference] = "some" in condition ? (["some", condition.some] as const) : "none" in condition ? (["none", condition.none] as const) : (["every", condition.every] as const);
  const found = operand(reference, scope);
  if (isUnknown(found.value)) return scope.undecided(found.value);
  const elements: Located[] = found.elements ?? (Array.isArray(found.value) ? found.value.map((v, i) => ({ ...found, value: v, path: [...found.path, i] })) : []);
  const results: Truth[] = [];
  const matched: Located[] = [];
  for (const element of elements) {
    let truth: Truth = true;
    if (condition.when) {
      const inner = scope.child();
      inner.set(condition.as ?? "item", element);
      truth = test(condition.when, inner);
    }
    results.push(truth);
    if (truth === true) matched.push(element);
  }
  const evidenceOf = (list: Located[]): void => {
    for (const e of list) if (e.foreign && !scope.evidence.some((x) => x.record === e.foreign!.record)) scope.evidence.push(e.foreign);
  };
  if (quantifier === "some") {
    const truth = or(results);
    if (truth === true) evidenceOf(matched);
    return truth;
  }
  evidenceOf(elements);
  return quantifier === "none" ? not(or(results)) : and(results);
}

const regexCache = new Map<string, RegExp>();
function compiledRegex(source: string): RegExp {
  let re = regexCache.get(source);
  if (!re) regexCache.set(source, (re = new RegExp(source)));
  return re;
}

/** HCL and CloudFormation convert between numbers, bools and strings freely ("22" == 22). */
export function looselyEqual(a: Value | undefined, b: Value | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  const scalar = (v: Value) => typeof v === "string" || typeof v === "number" || typeof v === "boolean";
  if (scalar(a) && scalar(b)) return String(a) === String(b);
  return JSON.stringify(a) === JSON.stringify(b);
}

export type { Truth };
