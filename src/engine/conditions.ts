import type { Resource } from "../model/resource.js";
import { isUnknown, type PathSegment, type Unknown, type Value, type ValueMap } from "../model/value.js";
import { formatPath } from "./fingerprint.js";
import { callFunction } from "./functions/index.js";
import { and, not, or, type Truth } from "./logic.js";
import { parsePath, resolveSingle, resolveSteps, type Located, type PathStep } from "./path.js";
import type { Binding, Condition, Operand } from "./rule.js";

/** A related record a decision looked at, and where in it (for related locations). */
export interface Evidence {
  record: Resource;
  /** The path in `record` where the reference to the selected record sits, when it is there. */
  path?: PathSegment[];
}

/** Names bound for a check: a record's, a rule's, a relation's, an item's. */
export interface Bindings {
  get(name: string): Located | undefined;
}

/** Two layers of bindings read as one: the first wins. */
export class Layered implements Bindings {
  constructor(
    private readonly first: Bindings,
    private readonly second: Bindings,
  ) {}

  get(name: string): Located | undefined {
    return this.first.get(name) ?? this.second.get(name);
  }
}

/** What one decision read, shared by the scopes of a check and its quantifiers' elements. */
interface Trace {
  touched: PathSegment[][];
  reads: { path: PathSegment[]; value: Value | undefined }[];
  unknowns: Unknown[];
  decoded: Unknown[];
  evidence: Evidence[];
}

/**
 * Bound names for one check on one resource (or item), plus what the decision read: the source
 * paths of this resource every reference touched (for related locations) and the values found
 * there (for the finding's value digest), the unknown values a decision met, and the related
 * records it looked at.
 *
 * A scope is made for every check on every record and item, and holds a handful of names: they
 * sit in two short arrays, and names bound outside it (the record's, the rule's, an enclosing
 * item's) are read through, never copied.
 */
export class Scope implements Bindings {
  private readonly names: string[] = [];
  private readonly values: Located[] = [];
  private readonly outer: Bindings | undefined;
  private readonly trace: Trace;

  constructor(outer?: Bindings, trace?: Trace) {
    this.outer = outer;
    this.trace = trace ?? { touched: [], reads: [], unknowns: [], decoded: [], evidence: [] };
  }

  get(name: string): Located | undefined {
    const names = this.names;
    for (let i = names.length - 1; i >= 0; i--) if (names[i] === name) return this.values[i];
    return this.outer?.get(name);
  }

  set(name: string, value: Located): this {
    const at = this.names.indexOf(name);
    if (at >= 0) this.values[at] = value;
    else {
      this.names.push(name);
      this.values.push(value);
    }
    return this;
  }

  /** Source paths of the selected record that references touched, in reading order. */
  get touched(): PathSegment[][] {
    return this.trace.touched;
  }

  /** The values at `touched`, in the same order (`undefined`: nothing there). */
  get reads(): { path: PathSegment[]; value: Value | undefined }[] {
    return this.trace.reads;
  }

  get unknowns(): Unknown[] {
    return this.trace.unknowns;
  }

  /** Unknown values read through a decoder (`|text` of a partly known image reference). */
  get decoded(): Unknown[] {
    return this.trace.decoded;
  }

  /** Related records that decided the outcome (matched by `some`, examined by `none`/`every`). */
  get evidence(): Evidence[] {
    return this.trace.evidence;
  }

  /** Notes an unknown value that made a condition undecidable; returns "unknown". */
  undecided(value: Value | undefined): "unknown" {
    if (value !== undefined && isUnknown(value) && !this.trace.unknowns.includes(value)) this.trace.unknowns.push(value);
    return "unknown";
  }

  /**
   * What the undecided conditions hinged on, as written: a library function's Unknown (an image
   * whose tag is substituted) stands for the value it was given, whose reason says more.
   */
  undecidedValues(): Unknown[] {
    const { decoded, unknowns } = this.trace;
    if (decoded.length === 0) return unknowns;
    const shown = new Set(decoded.map((d) => (typeof d.decoded === "string" ? d.decoded : d.$unknown)));
    return [...decoded, ...unknowns.filter((u) => !shown.has(u.$unknown) && !decoded.includes(u))];
  }

  /** A child scope for a quantifier's element: same bindings and the same records of what was read. */
  child(): Scope {
    return new Scope(this, this.trace);
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

/** A rule's operand, binding or condition made ready to run: once per pack, not once per record. */
type Compiled<T> = (scope: Scope) => T;

/** A literal operand's Located: one object per literal (nothing writes to a Located). */
function literal(value: Value | undefined): Located {
  return { value, path: [], underUnknown: false };
}

const compiledBindings = new WeakMap<object, Compiled<Located>>();

/**
 * A `let` binding, compiled once per binding object (primitive bindings are compiled each time):
 * `{ call, args }` runs a library function on the operands; anything else is an operand.
 */
export function compileBinding(binding: Binding): Compiled<Located> {
  if (binding === null || typeof binding !== "object") return compileOperand(binding);
  let compiled = compiledBindings.get(binding);
  if (!compiled) {
    if (!Array.isArray(binding) && "call" in binding && typeof binding.call === "string") {
      const call = compileCall(binding.call, binding.args as Operand[]);
      compiled = (scope) => ({ value: call(scope), path: [], underUnknown: false });
    } else compiled = compileOperand(binding as Operand);
    compiledBindings.set(binding, compiled);
  }
  return compiled;
}

/** A library function called on operands: the operands are read (and recorded) in order. */
function compileCall(name: string, args: readonly Operand[]): Compiled<Value | undefined> {
  const compiled = args.map(compileOperand);
  return (scope) => {
    const values: (Value | undefined)[] = [];
    for (const arg of compiled) values.push(arg(scope).value);
    return callFunction(name, values);
  };
}

/** `$name.path` is a reference; `$$text` is the literal `$text`; anything else is literal. */
function compileOperand(value: Operand): Compiled<Located> {
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
      const out: Value[] = [];
      for (const item of items) out.push(item(scope).value ?? null);
      return { value: out, path: [], underUnknown: false };
    };
  }
  const constant = literal(value);
  return () => constant;
}

/** A reference (`$name.path`, or `name.path`) split into the bound name and the steps below it. */
export interface ParsedReference {
  head: string | undefined;
  rest: readonly PathStep[];
  /** No wildcard below the head: the reference finds exactly one value. */
  single: boolean;
}

const references = new Map<string, ParsedReference>();

/** Parses a reference once per process: rules name the same few hundred paths on every record. */
export function parseReference(reference: string): ParsedReference {
  let parsed = references.get(reference);
  if (!parsed) {
    const [head, ...rest] = parsePath(reference.startsWith("$") ? reference.slice(1) : reference);
    parsed = { head: head && head.kind === "key" ? head.key : undefined, rest, single: rest.every((step) => step.kind !== "wildcard") };
    references.set(reference, parsed);
  }
  return parsed;
}

export function resolveReference(reference: string, scope: Bindings): Located {
  return resolveParsed(parseReference(reference), scope);
}

/** The first value a parsed reference finds; `{ ...start, value: undefined }` when a wildcard finds none. */
function resolveParsed({ head, rest, single }: ParsedReference, scope: Bindings): Located {
  const start = head !== undefined ? scope.get(head) : undefined;
  if (!start) return { value: undefined, path: [], underUnknown: false };
  if (rest.length === 0) return start;
  if (single) return resolveSingle(start, rest);
  const [first] = resolveSteps(start, rest);
  return first ?? { ...start, value: undefined };
}

const compiledConditions = new WeakMap<Condition, Compiled<Truth>>();

/**
 * A condition as a function of the scope, compiled once per condition object. It evaluates in
 * three-valued logic: an Unknown that decides it gives "unknown". Every part of `all` and `any`
 * runs, whatever the first ones gave: what they read is part of the finding (its value digest,
 * its related locations, the unknowns its note names).
 */
export function compileCondition(condition: Condition): Compiled<Truth> {
  let compiled = compiledConditions.get(condition);
  if (!compiled) compiledConditions.set(condition, (compiled = buildCondition(condition)));
  return compiled;
}

function buildCondition(condition: Condition): Compiled<Truth> {
  if ("all" in condition) {
    const parts = condition.all.map(compileCondition);
    return (scope) => {
      let result: Truth = true;
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
      let result: Truth = false;
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
  // `null` is how HCL spells "not set"; an Unknown value is set, whatever it turns out to be.
  if ("present" in condition) {
    const subject = compileOperand(condition.present);
    return (scope) => {
      const found = subject(scope);
      if (found.value === undefined || found.value === null) return found.underUnknown ? scope.undecided(found.value) : false;
      return true;
    };
  }
  if ("absent" in condition) {
    const subject = compileOperand(condition.absent);
    return (scope) => {
      const found = subject(scope);
      if (found.value === undefined || found.value === null) return found.underUnknown ? scope.undecided(found.value) : true;
      return false;
    };
  }
  if ("equals" in condition) {
    const [left, right] = condition.equals.map(compileOperand) as [Compiled<Located>, Compiled<Located>];
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
      const list = Array.isArray(haystack) ? haystack : haystack === undefined || haystack === null ? [] : [haystack];
      return or(list.map((entry) => (isUnknown(entry) ? scope.undecided(entry) : looselyEqual(needle, entry))));
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

/**
 * `some` / `none` / `every` over a list (a relation's records, or a list value): each element is
 * bound to `as` (default `item`) while `when` is tested. Related records that decide the outcome
 * become evidence: those that matched for `some`, all of them for `none` and `every`.
 */
function compileQuantifier(condition: Extract<Condition, { some: string } | { none: string } | { every: string }>): Compiled<Truth> {
  const [quantifier, reference] = "some" in condition ? (["some", condition.some] as const) : "none" in condition ? (["none", condition.none] as const) : (["every", condition.every] as const);
  const listOf = compileOperand(reference);
  const when = condition.when ? compileCondition(condition.when) : undefined;
  const as = condition.as ?? "item";
  return (scope) => {
    const found = listOf(scope);
    if (isUnknown(found.value)) return scope.undecided(found.value);
    const elements: Located[] = found.elements ?? (Array.isArray(found.value) ? found.value.map((v, i) => ({ ...found, value: v, path: [...found.path, i] })) : []);
    const results: Truth[] = [];
    const matched: Located[] = [];
    for (const element of elements) {
      let truth: Truth = true;
      if (when) {
        const inner = scope.child();
        inner.set(as, element);
        truth = when(inner);
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
  };
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
