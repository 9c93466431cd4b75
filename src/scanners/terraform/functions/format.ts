/**
 * format() and formatlist(): cty's printf-style formatter, with Go's number formatting
 * (big.Float for %e %f %g, big.Int for %b %d %o %x) and widths counted in characters.
 */
import { isUnknown, type Value } from "../../../model/value.js";
import {
  builtin,
  containsUnknown,
  convertToBool,
  convertToNumber,
  convertToString,
  graphemes,
  MAX_STRING_LENGTH,
  tooLarge,
  type Call,
  type Known,
  type TerraformFunction,
} from "./core.js";
import { encodeJson, JsonInfinityError } from "./encoding.js";

interface Verb {
  raw: string;
  offset: number; // UTF-8 byte offset of the `%`, as cty reports it
  argNum: number; // 1-based
  mode: string;
  zero: boolean;
  sharp: boolean;
  plus: boolean;
  minus: boolean;
  space: boolean;
  width: number; // -1: none
  prec: number; // -1: none
}

class FormatError extends Error {}

const byteOffset = (s: string, i: number): number => Buffer.byteLength(s.slice(0, i));

/** Formats `spec` with `args` (all wholly known) as cty's formatFSM does; throws FormatError. */
function formatSpec(spec: string, args: Known[]): string {
  let out = "";
  let nextArg = 1;
  let highest = 0;
  let i = 0;
  while (i < spec.length) {
    const c = spec[i]!;
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    if (spec[i + 1] === "%") {
      out += "%";
      i += 2;
      continue;
    }
    const start = i++;
    const verb: Verb = {
      raw: "",
      offset: byteOffset(spec, start),
      argNum: nextArg,
      mode: "",
      zero: false,
      sharp: false,
      plus: false,
      minus: false,
      space: false,
      width: -1,
      prec: -1,
    };
    for (; i < spec.length && "0#-+ ".includes(spec[i]!); i++) {
      const f = spec[i]!;
      if (f === "0") verb.zero = true;
      else if (f === "#") verb.sharp = true;
      else if (f === "-") verb.minus = true;
      else if (f === "+") verb.plus = true;
      else verb.space = true;
    }
    const digits = (): string => {
      const m = /^[0-9]*/.exec(spec.slice(i))![0];
      i += m.length;
      return m;
    };
    if (/[1-9]/.test(spec[i] ?? "")) verb.width = Number(digits());
    if (spec[i] === ".") {
      i++;
      verb.prec = Number(digits() || "0");
    }
    if (verb.width > MAX_STRING_LENGTH || verb.prec > MAX_STRING_LENGTH) throw tooLarge(`a format verb with ${verb.width > MAX_STRING_LENGTH ? `width ${verb.width}` : `precision ${verb.prec}`}`);
    if (spec[i] === "[") {
      i++;
      if (!/[1-9]/.test(spec[i] ?? "")) unrecognized(spec, i);
      verb.argNum = Number(digits());
      if (spec[i] !== "]") unrecognized(spec, i);
      i++;
    }
    if (i >= spec.length) throw new FormatError(`invalid format string starting at offset ${byteOffset(spec, i)}`);
    if (!/[A-Za-z]/.test(spec[i]!)) unrecognized(spec, i);
    verb.mode = spec[i++]!;
    verb.raw = spec.slice(start, i);
    highest = Math.max(highest, verb.argNum);
    out += formatVerb(verb, args);
    nextArg = verb.argNum + 1;
  }
  if (highest < args.length) {
    if (highest === 0) throw new FormatError("too many arguments; no verbs in format string");
    throw new FormatError(`too many arguments; only ${highest} used by format string`);
  }
  return out;
}

function unrecognized(spec: string, i: number): never {
  const ch = String.fromCodePoint(spec.codePointAt(i) ?? 0);
  throw new FormatError(`unrecognized format character '${ch}' at offset ${byteOffset(spec, i)}`);
}

function formatVerb(verb: Verb, args: Known[]): string {
  const where = `"${verb.raw}" at ${verb.offset}`;
  if (verb.argNum > args.length) {
    throw new FormatError(`not enough arguments for ${where}: need index ${verb.argNum} but have ${args.length} total`);
  }
  const arg = args[verb.argNum - 1]!;
  if (verb.mode !== "v" && arg === null) throw new FormatError(`unsupported value for ${where}: null value cannot be formatted`);
  const unsupported = (message: string) => new FormatError(`unsupported value for ${where}: ${message}`);
  switch (verb.mode) {
    case "v":
      if (!verb.sharp && typeof arg === "string") return padWidth(verb, arg);
      if (!verb.sharp && typeof arg === "number") return padWidth(verb, goFloat(arg, "g", -1));
      try {
        return padWidth(verb, encodeJson(arg));
      } catch (e) {
        if (e instanceof JsonInfinityError) throw unsupported(e.message);
        throw e;
      }
    case "t": {
      const b = convertToBool(arg!);
      if (typeof b !== "boolean") throw unsupported(b.error);
      return b ? "true" : "false";
    }
    case "b":
    case "d":
    case "o":
    case "x":
    case "X":
    case "e":
    case "E":
    case "f":
    case "g":
    case "G": {
      const n = convertToNumber(arg!);
      if (typeof n !== "number") throw unsupported(n.error);
      if ("bdoxX".includes(verb.mode)) {
        if (!Number.isInteger(n)) throw unsupported("an integer is required");
        return formatInteger(verb, n);
      }
      return formatFloat(verb, n);
    }
    case "s":
    case "q": {
      let s = convertToString(arg!);
      if (typeof s !== "string") throw unsupported(s.error);
      if (verb.prec > 0) s = graphemes(s).slice(0, verb.prec).join("");
      return padWidth(verb, verb.mode === "q" ? encodeJson(s) : s);
    }
    default:
      throw new FormatError(`unsupported format verb '${verb.mode}' in "${verb.raw}" at offset ${verb.offset}`);
  }
}

/** cty's formatPadWidth: pads to the width in characters, with "0" for the 0 flag, on the right for -. */
function padWidth(verb: Verb, s: string): string {
  const pad = verb.width - graphemes(s).length;
  if (verb.width < 0 || pad <= 0) return s;
  const padding = (verb.zero ? "0" : " ").repeat(pad);
  return verb.minus ? s + padding : padding + s;
}

/** Go's big.Int Format for %b %d %o %x %X with flags, width and precision (minimum digits). */
function formatInteger(verb: Verb, n: number): string {
  const big = BigInt(n);
  const negative = big < 0n;
  const base = { b: 2, d: 10, o: 8, x: 16, X: 16 }[verb.mode as "b" | "d" | "o" | "x" | "X"];
  let digits = (negative ? -big : big).toString(base);
  if (verb.mode === "X") digits = digits.toUpperCase();
  const sign = negative ? "-" : verb.plus ? "+" : verb.space ? " " : "";
  const prefix = verb.sharp ? ({ b: "0b", o: "0", x: "0x", X: "0X" } as Record<string, string>)[verb.mode] ?? "" : "";
  let zeros = 0;
  if (verb.prec >= 0) {
    if (digits.length < verb.prec) zeros = verb.prec - digits.length;
    else if (digits === "0" && verb.prec === 0) return "";
  }
  let left = 0;
  let right = 0;
  const length = sign.length + prefix.length + zeros + digits.length;
  if (verb.width >= 0 && length < verb.width) {
    const d = verb.width - length;
    if (verb.minus) right = d;
    else if (verb.zero && verb.prec < 0) zeros = d;
    else left = d;
  }
  return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
}

/** Go's big.Float Format for %e %E %f %g %G: sign flags, then zero padding, right or left padding. */
function formatFloat(verb: Verb, n: number): string {
  let body = goFloat(n, verb.mode as "e" | "E" | "f" | "g" | "G", verb.mode === "g" || verb.mode === "G" ? verb.prec : verb.prec < 0 ? 6 : verb.prec);
  let sign = "";
  if (body.startsWith("-")) {
    sign = "-";
    body = body.slice(1);
  } else if (body.startsWith("+")) {
    sign = verb.space ? " " : "+";
    body = body.slice(1);
  } else if (verb.plus) sign = "+";
  else if (verb.space) sign = " ";
  const padding = verb.width > sign.length + body.length ? verb.width - sign.length - body.length : 0;
  if (verb.zero && Number.isFinite(n)) return sign + "0".repeat(padding) + body;
  if (verb.minus) return sign + body + " ".repeat(padding);
  return " ".repeat(padding) + sign + body;
}

/** Decimal digits of |x| (no leading or trailing zeros) and exponent: |x| = 0.digits × 10^exp. */
interface Decimal {
  mant: string;
  exp: number;
}

/** The shortest decimal form of a positive number (how the literal was written). */
function shortestDecimal(a: number): Decimal {
  const [m, e] = a.toExponential().split("e") as [string, string];
  return { mant: m.replace(".", "").replace(/0+$/, ""), exp: Number(e) + 1 };
}

const bitLength = (n: bigint): number => n.toString(2).length;

/**
 * The exact decimal digits of Terraform's number for a positive number: Terraform parses a
 * literal into a 512-bit binary float, so this rounds the literal's decimal value to 512
 * bits (to nearest, ties to even) and expands that binary value exactly.
 */
function exactDecimal(a: number): Decimal {
  const short = shortestDecimal(a);
  const k = short.exp - short.mant.length; // value = mant × 10^k
  const num = BigInt(short.mant) * (k > 0 ? 10n ** BigInt(k) : 1n);
  const den = k < 0 ? 10n ** BigInt(-k) : 1n;
  // Scale by 2^shift so that the quotient has exactly 512 bits.
  let shift = 512 - (bitLength(num) - bitLength(den));
  const quotient = (sh: number): [bigint, bigint, bigint] => {
    const n = sh >= 0 ? num << BigInt(sh) : num;
    const d = sh >= 0 ? den : den << BigInt(-sh);
    return [n / d, n % d, d];
  };
  let [q, r, d] = quotient(shift);
  while (q >= 1n << 512n) [q, r, d] = quotient(--shift);
  while (q < 1n << 511n) [q, r, d] = quotient(++shift);
  if (2n * r > d || (2n * r === d && (q & 1n) === 1n)) q += 1n;
  // value = q / 2^shift = q × 5^shift / 10^shift
  const digits = shift > 0 ? (q * 5n ** BigInt(shift)).toString() : (q << BigInt(-shift)).toString();
  const mant = digits.replace(/0+$/, "");
  return { mant, exp: digits.length - Math.max(shift, 0) };
}

/** Go's decimal.round: to n digits, ties (an exact 5 followed by nothing) to even. */
function roundDecimal(d: Decimal, n: number): Decimal {
  if (n < 0 || n >= d.mant.length) return d;
  const halfway = d.mant[n] === "5" && n + 1 === d.mant.length;
  const up = halfway ? n > 0 && Number(d.mant[n - 1]) % 2 === 1 : d.mant[n]! >= "5";
  if (!up) {
    const mant = d.mant.slice(0, n).replace(/0+$/, "");
    return mant === "" ? { mant: "", exp: 0 } : { mant, exp: d.exp };
  }
  let i = n;
  while (i > 0 && d.mant[i - 1] === "9") i--;
  if (i === 0) return { mant: "1", exp: d.exp + 1 };
  return { mant: d.mant.slice(0, i - 1) + String(Number(d.mant[i - 1]) + 1), exp: d.exp };
}

/** Go's big.Float Append(fmt, prec) for Terraform's number; prec -1 means the shortest form. */
function goFloat(x: number, fmt: "e" | "E" | "f" | "g" | "G", prec: number): string {
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  const neg = x < 0;
  const a = Math.abs(x);
  const shortest = prec < 0;
  let d: Decimal = a === 0 ? { mant: "", exp: 0 } : shortest ? shortestDecimal(a) : exactDecimal(a);
  if (shortest) {
    if (fmt === "e" || fmt === "E") prec = Math.max(d.mant.length - 1, 0);
    else if (fmt === "f") prec = Math.max(d.mant.length - d.exp, 0);
    else prec = d.mant.length;
  } else if (fmt === "e" || fmt === "E") d = roundDecimal(d, 1 + prec);
  else if (fmt === "f") d = roundDecimal(d, d.exp + prec);
  else {
    if (prec === 0) prec = 1;
    d = roundDecimal(d, prec);
  }
  let body: string;
  switch (fmt) {
    case "e":
    case "E":
      body = fmtE(d, fmt, prec);
      break;
    case "f":
      body = fmtF(d, prec);
      break;
    default: {
      let eprec = prec;
      if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
      if (shortest) eprec = 6;
      const exp = d.exp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.mant.length) prec = d.mant.length;
        body = fmtE(d, fmt === "g" ? "e" : "E", prec - 1);
      } else {
        if (prec > d.exp) prec = d.mant.length;
        body = fmtF(d, Math.max(prec - d.exp, 0));
      }
    }
  }
  return neg ? "-" + body : body;
}

function fmtE(d: Decimal, e: string, prec: number): string {
  let out = d.mant[0] ?? "0";
  if (prec > 0) out += "." + d.mant.slice(1, prec + 1).padEnd(prec, "0");
  let exp = d.mant.length > 0 ? d.exp - 1 : 0;
  const sign = exp < 0 ? "-" : "+";
  exp = Math.abs(exp);
  return `${out}${e}${sign}${exp < 10 ? "0" : ""}${exp}`;
}

function fmtF(d: Decimal, prec: number): string {
  let out: string;
  if (d.exp > 0) out = d.mant.slice(0, d.exp).padEnd(d.exp, "0");
  else out = "0";
  if (prec > 0) {
    let frac = "";
    for (let i = 0; i < prec; i++) {
      const k = d.exp + i;
      frac += k >= 0 && k < d.mant.length ? d.mant[k] : "0";
    }
    out += "." + frac;
  }
  return out;
}

function run(call: Call, spec: string, args: Known[], wrap = (m: string) => m): string {
  try {
    return formatSpec(spec, args);
  } catch (e) {
    if (e instanceof FormatError) throw call.fail(wrap(e.message));
    throw e;
  }
}

export const FORMAT_FUNCTIONS: Array<[string, TerraformFunction]> = [
  /** format(spec, values...): printf-style; any unknown value makes the result unknown. */
  builtin("format", { params: ["format"], variadic: "args" }, (call) => {
    const spec = call.string(0);
    const args = call.args.slice(1);
    args.forEach((_, i) => call.wholly(i + 1, `format argument ${i + 1}`));
    return run(call, spec, args as Known[]);
  }),

  /**
   * formatlist(spec, values...): list arguments (all the same length) are iterated
   * together, other arguments repeat; an iteration with an unknown value is unknown.
   */
  builtin("formatlist", { params: ["format"], variadic: "args" }, (call) => {
    const spec = call.string(0);
    const args = call.args.slice(1);
    if (args.length === 0) return [run(call, spec, [])];
    let length = -1;
    let chooser = -1;
    args.forEach((arg, i) => {
      if (isUnknown(arg)) call.propagate(arg);
      if (!Array.isArray(arg)) return;
      if (length < 0) {
        length = arg.length;
        chooser = i;
      } else if (arg.length !== length) {
        throw call.argError(
          i + 1,
          `argument ${i + 1} has length ${arg.length}, which is inconsistent with argument ${chooser + 1} of length ${length}`,
        );
      }
    });
    if (length === 0) return [];
    const out: Value[] = [];
    for (let it = 0; it < Math.max(length, 1); it++) {
      const row = args.map((arg) => (Array.isArray(arg) ? arg[it]! : arg));
      if (row.some(containsUnknown)) {
        out.push(call.unknownElement(`formatlist iteration ${it}`));
        continue;
      }
      out.push(run(call, spec, row as Known[], (m) => `error on format iteration ${it}: ${m}`));
    }
    return out;
  }),
];
