/**
 * Shared machinery for Terraform's built-in functions: the error type, the call wrapper
 * (argument counts, unknown propagation, Terraform's diagnostic wording), Terraform's
 * automatic type conversions, value equality and ordering.
 */
import { isUnknown, isValueMap, unknown, type Unknown, type Value, type ValueMap } from "../../../model/value.js";

/** A Terraform evaluation error (what try()/can() catch); message in Terraform's words. */
export class EvalError extends Error {
  override name = "EvalError";
}

/**
 * A limit of driftless's own, not an error of Terraform's (an expression nested deeper than
 * driftless evaluates): the value is unknown, and the message says so rather than blaming the
 * configuration.
 */
export class LimitError extends EvalError {
  override name = "LimitError";
}

/**
 * The largest values driftless builds while evaluating: Terraform would build larger ones (given
 * the memory), but a configuration that needs a 16-million-character string or a list of 100,000
 * combinations to be checked is rare, and one that asks for a billion would stall the scan.
 */
export const MAX_STRING_LENGTH = 16 * 1024 * 1024;
export const MAX_COLLECTION_LENGTH = 100_000;

/** The LimitError for a value over one of the limits above. */
export function tooLarge(what: string): LimitError {
  return new LimitError(`${what} would be larger than driftless evaluates (${MAX_STRING_LENGTH / 1024 / 1024}M characters, ${MAX_COLLECTION_LENGTH.toLocaleString("en-US")} elements); the value is treated as unknown`);
}

/** Why a value is unknown after `error` while evaluating `subject` ("this expression", "local.x"). */
export function rejection(error: EvalError, subject: string): string {
  return error instanceof LimitError ? error.message : `Terraform would reject ${subject}: ${error.message}`;
}

/** One built-in: takes evaluated arguments, returns a Value, throws EvalError on invalid input. */
export type TerraformFunction = (args: Value[]) => Value;

/** A value that is not an Unknown at its top level. */
export type Known = Exclude<Value, Unknown>;

/** Thrown inside a function body to make the whole call's result this Unknown. */
class UnknownResult {
  constructor(readonly value: Unknown) {}
}

/** True when the value contains an Unknown anywhere. */
export function containsUnknown(v: Value): boolean {
  if (v === null || typeof v !== "object") return false;
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  return Object.values(v).some(containsUnknown);
}

/** The first Unknown inside a value (depth first), if any. */
export function firstUnknown(v: Value): Unknown | undefined {
  if (v === null || typeof v !== "object") return undefined;
  if (isUnknown(v)) return v;
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const u = firstUnknown(item);
    if (u) return u;
  }
  return undefined;
}

/**
 * An Unknown standing for a result derived from `u`: the same object when it carries no
 * decoded text, else a copy without it (the payload or visible text describes `u`, not the
 * result).
 */
export function derivedUnknown(u: Unknown): Unknown {
  if (u.decoded === undefined && !u.partial) return u;
  return unknown(u.$unknown, u.reason === undefined ? undefined : { reason: u.reason });
}

/** The payload of an Unknown that is an encoding of a known (or partly known) value, if any. */
export function encodedPayload(v: Value): Value | undefined {
  return isUnknown(v) && !v.partial ? v.decoded : undefined;
}

/** Sets a map entry, also for the key "__proto__" (which plain assignment would swallow). */
export function setEntry(map: ValueMap, key: string, value: Value): void {
  if (key === "__proto__") Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}

export function hasEntry(map: ValueMap, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(map, key);
}

// ---------------------------------------------------------------------------------------
// Numbers and strings as Terraform prints and orders them
// ---------------------------------------------------------------------------------------

/** A number as Terraform prints it (Go's big.Float `Text('f', -1)`): no exponent, shortest digits. */
export function numberToString(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  if (n === 0) return "0";
  const s = String(n);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = s.startsWith("-");
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const point = (dot < 0 ? mantissa.length : dot) + exponent; // digits before the decimal point
  let out: string;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return negative ? "-" + out : out;
}

/** Compares strings by Unicode code point (Go's byte-wise UTF-8 order), not by UTF-16 unit. */
export function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) encode code points above U+FFFF: move them after U+E000–FFFF.
    if (x >= 0xd800) x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
    if (y >= 0xd800) y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

// Created on first use: building a Segmenter loads ICU's break rules (about 10 ms of a cold start).
let graphemeSegmenter: Intl.Segmenter | undefined;

/** The string split into Unicode grapheme clusters (what Terraform counts as characters). */
export function graphemes(s: string): string[] {
  if (/^[\x00-\x7f]*$/.test(s) && !s.includes("\r\n")) return s.split("");
  graphemeSegmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  return Array.from(graphemeSegmenter.segment(s), (x) => x.segment);
}

/** The JSON string literal Go's encoding/json produces: also escapes <, >, & and U+2028/2029. */
export function jsonString(s: string): string {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

// ---------------------------------------------------------------------------------------
// Terraform's automatic conversions
// ---------------------------------------------------------------------------------------

/** Terraform's name for the type of a value, as used in its error messages. */
export function friendlyName(v: Value): string {
  if (v === null) return "dynamic";
  if (isUnknown(v)) return "dynamic";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "tuple";
  return "object";
}

function isPrimitive(v: Value): v is string | number | boolean {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

/** Terraform's string conversion of a known, non-null value; the message says what failed. */
export function convertToString(v: Value): string | { error: string } {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberToString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return { error: `string required, but have ${friendlyName(v)}` };
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Terraform's number conversion: numbers, and strings holding a decimal number. */
export function convertToNumber(v: Value): number | { error: string } {
  if (typeof v === "number") return v;
  if (typeof v === "string") return DECIMAL.test(v) ? Number(v) : { error: "a number is required" };
  return { error: `number required, but have ${friendlyName(v)}` };
}

/** Terraform's bool conversion: bools, and the strings "true"/"false" (also "1"/"0", as cty does). */
export function convertToBool(v: Value): boolean | { error: string } {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (v === "true" || v === "1") return true;
    if (v === "false" || v === "0") return false;
    const lower = v.toLowerCase();
    if (lower === "true" || lower === "false") return { error: `a bool is required; to convert from string, use lowercase "${lower}"` };
    return { error: "a bool is required" };
  }
  return { error: `bool required, but have ${friendlyName(v)}` };
}

/**
 * Terraform's unification of collection elements (tuple → list/set, object → map): values of
 * one kind stay as they are; a mix of primitives becomes strings; anything else (primitives
 * with collections, lists with maps) has no common type and gives undefined. Unknowns and
 * nulls take part without constraining the type.
 */
export function unifyElements(values: Value[]): Value[] | undefined {
  const kinds = new Set<string>();
  for (const v of values) {
    if (v === null || isUnknown(v)) continue;
    kinds.add(isPrimitive(v) ? typeof v : Array.isArray(v) ? "sequence" : "mapping");
  }
  if (kinds.size <= 1) return values;
  if (kinds.has("sequence") || kinds.has("mapping")) return undefined;
  return values.map((v) => (v !== null && isPrimitive(v) ? (convertToString(v) as string) : v));
}

// ---------------------------------------------------------------------------------------
// Equality and set ordering
// ---------------------------------------------------------------------------------------

/** Terraform's `==` on values: true, false, or undefined when unknowns make it undecidable. */
export function valueEquals(a: Value, b: Value): boolean | undefined {
  if (isUnknown(a) || isUnknown(b)) return undefined;
  if (a === null || b === null) return a === b;
  if (isPrimitive(a) || isPrimitive(b)) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  let undecided = false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const eq = valueEquals(a[i]!, b[i]!);
      if (eq === false) return false;
      if (eq === undefined) undecided = true;
    }
    return undecided ? undefined : true;
  }
  const am = a as ValueMap;
  const bm = b as ValueMap;
  const keys = Object.keys(am);
  if (keys.length !== Object.keys(bm).length) return false;
  for (const k of keys) {
    if (!hasEntry(bm, k)) return false;
    const eq = valueEquals(am[k]!, bm[k]!);
    if (eq === false) return false;
    if (eq === undefined) undecided = true;
  }
  return undecided ? undefined : true;
}

/**
 * A set's elements in Terraform's order: deduplicated, strings lexically, numbers
 * numerically, false before true, nulls last; other elements keep their first position.
 * The caller guarantees the elements are wholly known.
 */
export function toSetOrder(values: Value[]): Value[] {
  const out: Value[] = [];
  for (const v of values) if (!out.some((o) => valueEquals(o, v) === true)) out.push(v);
  const rank = (v: Value) => (v === null ? 2 : isPrimitive(v) ? 0 : 1);
  return out
    .map((v, i) => [v, i] as const)
    .sort(([x, i], [y, j]) => {
      const r = rank(x) - rank(y);
      if (r !== 0) return r;
      if (typeof x === "string" && typeof y === "string") return compareStrings(x, y);
      if (typeof x === "number" && typeof y === "number") return x - y;
      if (typeof x === "boolean" && typeof y === "boolean") return Number(x) - Number(y);
      return i - j;
    })
    .map(([v]) => v);
}

// ---------------------------------------------------------------------------------------
// The call wrapper
// ---------------------------------------------------------------------------------------

export interface Signature {
  /** Terraform's parameter names, used in "Invalid value for "x" parameter" messages. */
  params: string[];
  /** Name of the variadic parameter, when the function takes any number of extra arguments. */
  variadic?: string;
}

/** One call of a built-in: the arguments plus helpers that convert them as Terraform does. */
export class Call {
  constructor(
    readonly fn: string,
    readonly args: Value[],
    private readonly signature: Signature,
  ) {}

  private paramName(i: number): string {
    return this.signature.params[i] ?? this.signature.variadic ?? `argument ${i + 1}`;
  }

  /** An error about one argument: `Invalid value for "x" parameter: …`. */
  argError(i: number, message: string): EvalError {
    return new EvalError(`Invalid value for "${this.paramName(i)}" parameter: ${message}.`);
  }

  /** An error of the call as a whole: `Call to function "f" failed: …`. */
  fail(message: string): EvalError {
    return new EvalError(`Call to function "${this.fn}" failed: ${message}.`);
  }

  /** Ends the call with an unknown result that says what was unknown. */
  unknownResult(what: string, inner?: Unknown): never {
    const reason = inner ? `${what} is unknown (${inner.$unknown})` : `${what} is unknown`;
    throw new UnknownResult(unknown(`${this.fn}(…)`, { reason }));
  }

  /** An unknown element inside a result that is otherwise known. */
  unknownElement(what: string, inner?: Unknown): Unknown {
    const reason = inner ? `${what} is unknown (${inner.$unknown})` : `${what} is unknown`;
    return unknown(`${this.fn}(…)`, { reason });
  }

  /** Ends the call with this unknown argument as its result. */
  propagate(u: Unknown): never {
    throw new UnknownResult(derivedUnknown(u));
  }

  /** The argument, which must not be an Unknown at its top level (else the result is unknown). */
  known(i: number): Known {
    const v = this.args[i] ?? null;
    if (isUnknown(v)) this.propagate(v);
    return v;
  }

  /** The argument, which must be known and not null. */
  notNull(i: number): Exclude<Known, null> {
    const v = this.known(i);
    if (v === null) throw this.argError(i, "argument must not be null");
    return v;
  }

  /** The argument, which must not contain unknowns anywhere (else the result is unknown). */
  wholly(i: number, what = `argument ${i + 1}`): Known {
    const v = this.known(i);
    const u = firstUnknown(v);
    if (u) this.unknownResult(`part of ${what}`, u);
    return v;
  }

  string(i: number): string {
    const s = convertToString(this.notNull(i));
    if (typeof s !== "string") throw this.argError(i, s.error);
    return s;
  }

  number(i: number): number {
    const n = convertToNumber(this.notNull(i));
    if (typeof n !== "number") throw this.argError(i, n.error);
    return n;
  }

  /** A number argument as a Go int (gocty): whole numbers only; `describe` words the error. */
  int(i: number, describe?: (message: string) => EvalError): number {
    const n = this.number(i);
    if (!Number.isInteger(n) || Math.abs(n) > 2 ** 63) {
      const message = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
      throw describe ? describe(message) : this.fail(message);
    }
    return n;
  }

  bool(i: number): boolean {
    const b = convertToBool(this.notNull(i));
    if (typeof b !== "boolean") throw this.argError(i, b.error);
    return b;
  }

  /** A list, tuple or set argument (a JS array); `wanted` is cty's name of the parameter type. */
  sequence(i: number, wanted = "list of dynamic"): Value[] {
    const v = this.notNull(i);
    if (!Array.isArray(v)) throw this.argError(i, `${wanted} required, but have ${friendlyName(v)}`);
    return v;
  }

  /** A list(string) argument: every element known and converted to a string (nulls stay null). */
  stringElements(i: number, what = "an element of the list"): Array<string | null> {
    return this.sequence(i, "list of string").map((e, index) => {
      if (isUnknown(e)) this.unknownResult(what, e);
      if (e === null) return null;
      const s = convertToString(e);
      if (typeof s !== "string") throw this.argError(i, `element ${index}: ${s.error}`);
      return s;
    });
  }

  /** A map or object argument. */
  map(i: number, wanted = "map of dynamic"): ValueMap {
    const v = this.notNull(i);
    if (!isValueMap(v)) throw this.argError(i, `${wanted} required, but have ${friendlyName(v)}`);
    return v;
  }
}

/** Builds a built-in from its signature and body, with Terraform's argument-count checks. */
export function builtin(fn: string, signature: Signature, body: (call: Call) => Value): [string, TerraformFunction] {
  const required = signature.params.length;
  const impl: TerraformFunction = (args) => {
    if (args.length < required) {
      const qual = signature.variadic ? " at least" : "";
      throw new EvalError(`Function "${fn}" expects${qual} ${required} argument(s). Missing value for "${signature.params[args.length]}".`);
    }
    if (!signature.variadic && args.length > required) {
      throw new EvalError(`Function "${fn}" expects only ${required} argument(s).`);
    }
    try {
      return body(new Call(fn, args, signature));
    } catch (e) {
      if (e instanceof UnknownResult) return e.value;
      throw e;
    }
  };
  return [fn, impl];
}

/** Terraform's string conversion of a primitive (numbers as Terraform prints them, bools "true"/"false"); throws EvalError for null/collections. Callers check for Unknown first: an Unknown is never a string (TypeError). */
export function toTerraformString(v: Value): string {
  if (isUnknown(v)) throw new TypeError(`toTerraformString: the value is unknown (${v.$unknown})`);
  if (v === null) throw new EvalError("The expression result is null. Cannot include a null value in a string template.");
  const s = convertToString(v);
  if (typeof s !== "string") throw new EvalError(`Cannot include the given value in a string template: ${s.error}.`);
  return s;
}
