/** Terraform's numeric functions, and range(). */
import type { Value } from "../../../model/value.js";
import { builtin, convertToNumber, firstUnknown, friendlyName, type TerraformFunction } from "./core.js";

/**
 * Terraform computes with decimal-exact big floats, so `0.1 + 0.2` is 0.3; rounding float64
 * sums of fractional values to 15 significant digits gives the same printed results.
 */
function decimal(x: number): number {
  return Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(15));
}

const noNegativeZero = (x: number): number => (x === 0 ? 0 : x);

/** Digits of big.Int.SetString for bases 2–62: 0-9, then a-z, then A-Z (case-insensitive up to 36). */
function parseBigInt(s: string, base: number): bigint | undefined {
  const m = /^([+-]?)(.+)$/s.exec(s);
  if (!m) return undefined;
  let n = 0n;
  for (const ch of m[2]!) {
    const c = ch.charCodeAt(0);
    let d: number;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 97 + 10;
    else if (c >= 65 && c <= 90) d = base <= 36 ? c - 65 + 10 : c - 65 + 36;
    else return undefined;
    if (d >= base) return undefined;
    n = n * BigInt(base) + BigInt(d);
  }
  return m[1] === "-" ? -n : n;
}

export const NUMBER_FUNCTIONS: Array<[string, TerraformFunction]> = [
  builtin("abs", { params: ["num"] }, (call) => Math.abs(call.number(0))),
  builtin("ceil", { params: ["num"] }, (call) => noNegativeZero(Math.ceil(call.number(0)))),
  builtin("floor", { params: ["num"] }, (call) => noNegativeZero(Math.floor(call.number(0)))),

  builtin("min", { params: [], variadic: "numbers" }, (call) => {
    if (call.args.length === 0) throw call.fail("must pass at least one number");
    return Math.min(...call.args.map((_, i) => call.number(i)));
  }),
  builtin("max", { params: [], variadic: "numbers" }, (call) => {
    if (call.args.length === 0) throw call.fail("must pass at least one number");
    return Math.max(...call.args.map((_, i) => call.number(i)));
  }),

  /** sum(list): the total of a non-empty list of numbers (numeric strings convert). */
  builtin("sum", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (typeof list !== "object") throw call.argError(0, "cannot sum noniterable");
    const items = Array.isArray(list) ? list : Object.values(list);
    if (items.length === 0) throw call.argError(0, "cannot sum an empty list");
    if (!Array.isArray(list)) throw call.argError(0, "argument must be list, set, or tuple. Received object");
    const u = firstUnknown(list);
    if (u) call.unknownResult("an element of the list", u);
    let total = 0;
    for (const v of list) {
      const n = v === null ? undefined : convertToNumber(v);
      if (typeof n !== "number") throw call.argError(0, "argument must be list, set, or tuple of number values");
      if (Number.isNaN(total + n)) throw call.fail("can't compute sum of opposing infinities");
      total = decimal(total + n);
    }
    return total;
  }),

  /** pow(num, power): a float64 power; NaN is an error. */
  builtin("pow", { params: ["num", "power"] }, (call) => {
    const result = Math.pow(call.number(0), call.number(1));
    if (Number.isNaN(result)) throw call.fail("result is not a number");
    return result;
  }),

  /** log(num, base): float64 logarithm; NaN is an error. */
  builtin("log", { params: ["num", "base"] }, (call) => {
    const result = Math.log(call.number(0)) / Math.log(call.number(1));
    if (Number.isNaN(result)) throw call.fail("result is not a number");
    return result;
  }),

  /** signum(num): -1, 0 or 1 for a whole number. */
  builtin("signum", { params: ["num"] }, (call) => Math.sign(call.int(0)) || 0),

  /** parseint(string, base): an integer in base 2–62 (no prefixes). */
  builtin("parseint", { params: ["number", "base"] }, (call) => {
    const v = call.notNull(0);
    if (typeof v !== "string") throw call.argError(0, `first argument must be a string, not ${friendlyName(v)}`);
    const base = call.int(1, (m) => call.argError(1, m));
    if (base < 2 || base > 62) throw call.argError(1, "base must be a whole number between 2 and 62 inclusive");
    const n = parseBigInt(v, base);
    if (n === undefined) throw call.argError(0, `cannot parse ${JSON.stringify(v)} as a base ${base} integer`);
    return Number(n);
  }),

  /** range(limit) / range(start, limit) / range(start, limit, step): at most 1024 numbers. */
  builtin("range", { params: [], variadic: "params" }, (call) => {
    const args = call.args.map((_, i) => call.number(i));
    let start = 0;
    let end: number;
    let step: number;
    if (args.length === 1) [end, step] = [args[0]!, args[0]! < 0 ? -1 : 1];
    else if (args.length === 2) [start, end, step] = [args[0]!, args[1]!, args[1]! < args[0]! ? -1 : 1];
    else if (args.length === 3) [start, end, step] = args as [number, number, number];
    else throw call.fail("must have one, two, or three arguments");
    if (step === 0) throw call.argError(2, "step must not be zero");
    const down = step < 0;
    if (down && end > start) throw call.argError(1, "end must be less than start when step is negative");
    if (!down && end < start) throw call.argError(1, "end must be greater than start when step is positive");
    const out: Value[] = [];
    for (let k = 0, n = start; down ? n > end : n < end; k++, n = decimal(start + k * step)) {
      if (out.length >= 1024) {
        throw call.fail("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
      }
      out.push(n);
    }
    return out;
  }),
];


