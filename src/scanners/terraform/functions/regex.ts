/**
 * regex(), regexall() and replace(): Terraform uses Go's RE2 syntax. Patterns are translated
 * to JavaScript (Unicode mode) where the meaning is the same; valid RE2 we cannot translate
 * gives an unknown result rather than a wrong one. Matching follows Go's rules for empty
 * matches next to a previous match, and replacements expand `$1`, `${1}`, `$name` as Go does.
 */
import { unknown, type Value, type ValueMap } from "../../../model/value.js";
import { builtin, LimitError, setEntry, type Call, type TerraformFunction } from "./core.js";
import { re2Module } from "./re2-module.js";

/** An invalid RE2 pattern: Go's error code and the offending expression. */
class RegexSyntaxError extends Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {
    super(`${code}: \`${expr}\``);
  }
}

/** Valid RE2 that has no faithful JavaScript translation here. */
class Untranslatable extends Error {}

interface Translated {
  re: RegExp;
  /** For a pattern that could backtrack exponentially in JavaScript: RE2's own (linear) engine. */
  re2?: import("re2js").RE2JS;
  /** Capture group names by group number - 1 (undefined: unnamed). */
  groups: Array<string | undefined>;
}

const GENERAL_CATEGORIES = new Set(
  "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co".split(" "),
);

const POSIX_CLASSES: Record<string, string> = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7f",
  blank: "\\t ",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`\\{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f",
};

/** Characters that must stay escaped in a JavaScript Unicode-mode pattern. */
const JS_SYNTAX = "^$\\.*+?()[]{}|/";
const GO_SPACE_CLASS = "\\t\\n\\f\\r ";

const cache = new Map<string, Translated | RegexSyntaxError | Untranslatable | LimitError>();

/**
 * True when a repeated group itself repeats or alternates (`(a+)+`, `(a|aa)*`, `(x+x+)+y`): such
 * a pattern can take exponential time in JavaScript's backtracking engine on a short string,
 * while Terraform's RE2 matches in linear time. driftless does not evaluate those (the value is
 * unknown, with a notice) rather than let one configuration stall the scan.
 */
export function nestedRepetition(pattern: string): boolean {
  const frames: { inner: boolean }[] = [{ inner: false }];
  let lastClosed: { inner: boolean } | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    const repeats = c === "*" || c === "+" || (c === "{" && /^\{\d*,\d*\}|^\{\d*[2-9]\d*\}|^\{\d{2,}\}/.test(pattern.slice(i)));
    if (repeats) {
      if (lastClosed?.inner) return true;
      frames.at(-1)!.inner = true;
      lastClosed = undefined;
      if (c === "{") i = pattern.indexOf("}", i);
      continue;
    }
    lastClosed = undefined;
    if (c === "\\") i++;
    else if (c === "[") {
      // A class is one atom: skip to its closing bracket (a leading ] or an escaped one is literal).
      let j = i + 1;
      if (pattern[j] === "^") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") j += pattern[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "(") frames.push({ inner: false });
    else if (c === ")" && frames.length > 1) {
      const group = frames.pop()!;
      if (group.inner) frames.at(-1)!.inner = true;
      lastClosed = group;
    } else if (c === "|") frames.at(-1)!.inner = true;
  }
  return false;
}

/** Translates an RE2 pattern; throws RegexSyntaxError (invalid) or Untranslatable. */
function translate(pattern: string): Translated {
  let cached = cache.get(pattern);
  if (!cached) {
    try {
      cached = translateUncached(pattern);
    } catch (e) {
      if (!(e instanceof RegexSyntaxError || e instanceof Untranslatable || e instanceof LimitError)) throw e;
      cached = e;
    }
    if (cache.size > 500) cache.clear();
    cache.set(pattern, cached);
  }
  if (cached instanceof Error) throw cached;
  return cached;
}

function translateUncached(pattern: string): Translated {
  const risky = nestedRepetition(pattern);
  if (risky) {
    const engine = re2Module();
    if (!engine) {
      throw new LimitError(`driftless does not evaluate the regular expression ${JSON.stringify(pattern)}: a repeated group that repeats or alternates inside can take exponential time in JavaScript (Terraform's RE2 is linear); the value is treated as unknown`);
    }
    // The translation still validates the pattern and names its groups; RE2 itself matches.
    const translated = translateToJs(pattern);
    let compiled: import("re2js").RE2JS;
    try {
      compiled = engine.RE2JS.compile(pattern);
    } catch {
      throw new Untranslatable();
    }
    return { ...translated, re2: compiled };
  }
  return translateToJs(pattern);
}

function translateToJs(pattern: string): Translated {
  let flags = "";
  let i = 0;
  const leading = /^\(\?([imsU]+)\)/.exec(pattern);
  if (leading) {
    if (leading[1]!.includes("U")) throw new Untranslatable();
    flags = [...new Set(leading[1]!)].join("");
    i = leading[0].length;
  }
  const groups: Array<string | undefined> = [];
  let out = "";
  let inClass = false;
  let classStart = false;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "\\") {
      const [text, next] = escape(pattern, i, inClass);
      out += text;
      i = next;
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === "]" && !classStart) {
        inClass = false;
        out += "]";
        i++;
        continue;
      }
      classStart = false;
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
      if (posix) {
        const set = POSIX_CLASSES[posix[2]!];
        if (!set) throw new RegexSyntaxError("invalid character class range", posix[0]);
        if (posix[1]) throw new Untranslatable();
        out += set;
        i += posix[0].length;
        continue;
      }
      out += c === "[" || c === "]" ? "\\" + c : c;
      i++;
      continue;
    }
    switch (c) {
      case "[": {
        inClass = true;
        classStart = true;
        out += "[";
        i++;
        if (pattern[i] === "^") {
          out += "^";
          i++;
        }
        continue;
      }
      case "(": {
        const rest = pattern.slice(i);
        const named = /^\(\?P?<([A-Za-z0-9_]+)>/.exec(rest);
        if (named) {
          if (/^\d/.test(named[1]!)) throw new Untranslatable(); // valid in RE2, not a JavaScript group name
          if (groups.includes(named[1])) throw new RegexSyntaxError("duplicate capture group name", named[1]!);
          groups.push(named[1]);
          out += `(?<${named[1]}>`;
          i += named[0].length;
          continue;
        }
        if (rest.startsWith("(?:")) {
          out += "(?:";
          i += 3;
          continue;
        }
        if (/^\(\?(=|!|<=|<!)/.test(rest)) throw new RegexSyntaxError("invalid or unsupported Perl syntax", rest.slice(0, rest[2] === "<" ? 4 : 3));
        if (rest.startsWith("(?")) {
          if (/^\(\?-?[imsU]+(-[imsU]*)?[:)]/.test(rest)) throw new Untranslatable(); // inline flags mid-pattern
          throw new RegexSyntaxError("invalid or unsupported Perl syntax", rest.slice(0, 3));
        }
        groups.push(undefined);
        out += "(";
        i++;
        continue;
      }
      case "{": {
        const rep = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (rep) {
          if (Number(rep[1]) > 1000 || Number(rep[3] || 0) > 1000) throw new RegexSyntaxError("invalid repeat count", rep[0]);
          out += rep[0];
          i += rep[0].length;
        } else {
          out += "\\{";
          i++;
        }
        continue;
      }
      case "}":
      case "]":
        out += "\\" + c;
        i++;
        continue;
      case ".": // Go's `.` excludes only \n (JavaScript's also excludes \r, U+2028, U+2029)
        out += flags.includes("s") ? "." : "[^\\n]";
        i++;
        continue;
      case "^": // with (?m), Go's lines end only at \n
        out += flags.includes("m") ? "(?<![^\\n])" : "^";
        i++;
        continue;
      case "$":
        out += flags.includes("m") ? "(?![^\\n])" : "$";
        i++;
        continue;
      default: {
        const cp = String.fromCodePoint(pattern.codePointAt(i)!);
        out += cp;
        i += cp.length;
      }
    }
  }
  if (inClass) throw new RegexSyntaxError("missing closing ]", pattern.slice(pattern.lastIndexOf("[")));
  try {
    return { re: new RegExp(out, flags.replace("m", "") + "dgu"), groups };
  } catch (e) {
    throw new RegexSyntaxError((e as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, ""), pattern);
  }
}

/** Translates the escape sequence at pattern[i] (a backslash); returns the text and next index. */
function escape(pattern: string, i: number, inClass: boolean): [string, number] {
  const c = pattern[i + 1];
  if (c === undefined) throw new RegexSyntaxError("trailing backslash at end of expression", "");
  switch (c) {
    case "d":
    case "D":
    case "w":
    case "W":
    case "f":
    case "n":
    case "r":
    case "t":
    case "v":
      return ["\\" + c, i + 2];
    case "b":
    case "B":
      if (inClass) throw new RegexSyntaxError("invalid escape sequence", "\\" + c);
      return ["\\" + c, i + 2];
    case "s":
      return [inClass ? GO_SPACE_CLASS : `[${GO_SPACE_CLASS}]`, i + 2];
    case "S":
      if (inClass) throw new Untranslatable();
      return [`[^${GO_SPACE_CLASS}]`, i + 2];
    case "a":
      return ["\\x07", i + 2];
    case "A":
      if (inClass) throw new RegexSyntaxError("invalid escape sequence", "\\A");
      return ["(?<![\\s\\S])", i + 2];
    case "z":
      if (inClass) throw new RegexSyntaxError("invalid escape sequence", "\\z");
      return ["(?![\\s\\S])", i + 2];
    case "Q": {
      const end = pattern.indexOf("\\E", i + 2);
      const literal = pattern.slice(i + 2, end < 0 ? undefined : end);
      const text = [...literal].map((ch) => (JS_SYNTAX.includes(ch) || ch === "-" ? "\\" + ch : ch)).join("");
      return [text, end < 0 ? pattern.length : end + 2];
    }
    case "x": {
      const braced = /^\\x\{([0-9A-Fa-f]+)\}/.exec(pattern.slice(i));
      if (braced) {
        if (parseInt(braced[1]!, 16) > 0x10ffff) throw new RegexSyntaxError("invalid escape sequence", braced[0]);
        return [`\\u{${braced[1]}}`, i + braced[0].length];
      }
      const two = /^\\x[0-9A-Fa-f]{2}/.exec(pattern.slice(i));
      if (two) return [two[0], i + 4];
      throw new RegexSyntaxError("invalid escape sequence", pattern.slice(i, i + 4));
    }
    case "p":
    case "P": {
      const m = /^\\[pP](\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(pattern.slice(i));
      if (!m) throw new RegexSyntaxError("invalid character class range", pattern.slice(i, i + 3));
      const name = m[3] ?? m[4]!;
      const negated = (c === "P") !== (m[2] === "^");
      let body: string;
      if (name === "Any") {
        if (inClass) throw new Untranslatable();
        return [negated ? "[^\\s\\S]" : "[\\s\\S]", i + m[0].length];
      }
      if (GENERAL_CATEGORIES.has(name)) body = name;
      else body = `Script=${name}`;
      const text = `\\${negated ? "P" : "p"}{${body}}`;
      try {
        new RegExp(text, "u");
      } catch {
        throw new RegexSyntaxError("invalid character class range", m[0]);
      }
      return [text, i + m[0].length];
    }
    default:
      break;
  }
  if (/[0-7]/.test(c)) {
    const oct = /^\\([0-7]{1,3})/.exec(pattern.slice(i))!;
    if (c !== "0" && oct[1]!.length === 1) throw new RegexSyntaxError("invalid escape sequence", "\\" + c); // backreference
    return [`\\u{${parseInt(oct[1]!, 8).toString(16)}}`, i + oct[0].length];
  }
  if (/[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c)) {
    // Escaped punctuation is the literal character.
    return [JS_SYNTAX.includes(c) || (inClass && c === "-") ? "\\" + c : c, i + 2];
  }
  throw new RegexSyntaxError("invalid escape sequence", "\\" + c);
}

/** Match spans [start, end, group1start, group1end, …] (-1 for groups that did not take part). */
type Match = number[];

function execAt(t: Translated, s: string, pos: number): Match | undefined {
  if (t.re2) {
    // RE2's engine: linear time; offsets in UTF-16 units, as JavaScript's.
    const m = t.re2.matcher(s);
    if (!m.find(pos)) return undefined;
    const spans: Match = [m.start(), m.end()];
    for (let g = 1; g <= m.groupCount(); g++) spans.push(m.start(g), m.end(g));
    return spans;
  }
  const re = t.re;
  re.lastIndex = pos;
  const m = re.exec(s);
  if (!m) return undefined;
  const spans: Match = [m.index, m.index + m[0].length];
  // Group offsets come from the `d` flag when available; otherwise locate by search.
  const indices = (m as RegExpExecArray & { indices?: Array<[number, number] | undefined> }).indices;
  for (let g = 1; g < m.length; g++) {
    const span = indices?.[g];
    spans.push(span ? span[0] : -1, span ? span[1] : -1);
  }
  return spans;
}

/** Width in UTF-16 units of the character at pos (1 at the end, as Go's loop advances). */
const charWidth = (s: string, pos: number): number => (pos < s.length ? String.fromCodePoint(s.codePointAt(pos)!).length : 1);

/** Go's FindAllStringSubmatchIndex: an empty match right after a previous match is skipped. */
function findAll(t: Translated, s: string): Match[] {
  const out: Match[] = [];
  let pos = 0;
  let prevMatchEnd = -1;
  while (pos <= s.length) {
    const m = execAt(t, s, pos);
    if (!m) break;
    let accept = true;
    if (m[1] === pos) {
      if (m[0] === prevMatchEnd) accept = false;
      pos += charWidth(s, pos);
    } else {
      pos = m[1]!;
    }
    prevMatchEnd = m[1]!;
    if (accept) out.push(m);
  }
  return out;
}

/** Go's Regexp.Expand of a replacement template for one match. */
function expand(template: string, s: string, m: Match, groups: Array<string | undefined>): string {
  let out = "";
  let rest = template;
  for (;;) {
    const at = rest.indexOf("$");
    if (at < 0) break;
    out += rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (rest.startsWith("$")) {
      out += "$";
      rest = rest.slice(1);
      continue;
    }
    const ref = /^(?:\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+))/u.exec(rest);
    if (!ref) {
      out += "$";
      continue;
    }
    rest = rest.slice(ref[0].length);
    const name = ref[1] ?? ref[2]!;
    let num = /^\d+$/.test(name) && name.length <= 8 && !(name.length > 1 && name[0] === "0") ? Number(name) : -1;
    if (num < 0) num = groups.indexOf(name) + 1 || -1;
    if (num >= 0 && 2 * num + 1 < m.length && m[2 * num]! >= 0) out += s.slice(m[2 * num], m[2 * num + 1]);
  }
  return out + rest;
}

/** Go's ReplaceAllString. */
function replaceAll(t: Translated, s: string, template: string): string {
  const groups = t.groups;
  let out = "";
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= s.length) {
    const m = execAt(t, s, searchPos);
    if (!m) break;
    out += s.slice(lastMatchEnd, m[0]);
    if (m[1]! > lastMatchEnd || m[0] === 0) out += expand(template, s, m, groups);
    lastMatchEnd = m[1]!;
    const width = searchPos < s.length ? charWidth(s, searchPos) : 0;
    if (searchPos + width > m[1]!) searchPos += width;
    else if (searchPos + 1 > m[1]!) searchPos++;
    else searchPos = m[1]!;
  }
  return out + s.slice(lastMatchEnd);
}

/** The pattern compiled with match indices; errors worded as cty's regex()/regexall() do. */
function compileForRegex(call: Call, pattern: string): Translated {
  try {
    const t = translate(pattern);
    const named = t.groups.filter((g) => g !== undefined).length;
    if (named > 0 && named < t.groups.length) {
      throw call.argError(0, "invalid regexp pattern: cannot mix both named and unnamed capture groups");
    }
    return t;
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw call.argError(0, `invalid regexp pattern: ${e.code} in ${e.expr}`);
    if (e instanceof Untranslatable) unsupported(call, pattern);
    throw e;
  }
}

function unsupported(call: Call, pattern: string): never {
  call.propagate(unknown(`${call.fn}(…)`, { reason: `regular expression ${JSON.stringify(pattern)} uses RE2 syntax not evaluated statically` }));
}

/** The result of one match as regex() returns it: the match, a list of groups, or a map of named groups. */
function matchResult(t: Translated, s: string, m: Match): Value {
  if (t.groups.length === 0) return s.slice(m[0], m[1]);
  const values = t.groups.map((_, g) => (m[2 + 2 * g]! >= 0 ? s.slice(m[2 + 2 * g], m[3 + 2 * g]) : null));
  if (t.groups[0] === undefined) return values;
  const map: ValueMap = {};
  const order = t.groups.map((name, g) => [name!, g] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, g] of order) setEntry(map, name, values[g]!);
  return map;
}

export const REGEX_FUNCTIONS: Array<[string, TerraformFunction]> = [
  /** regex(pattern, string): the first match; a string, a list of groups or a map of named groups. */
  builtin("regex", { params: ["pattern", "string"] }, (call) => {
    const t = compileForRegex(call, call.string(0));
    const s = call.string(1);
    const m = execAt(t, s, 0);
    if (!m) throw call.fail("pattern did not match any part of the given string");
    return matchResult(t, s, m);
  }),

  /** regexall(pattern, string): a list of all matches, each as regex() would return it. */
  builtin("regexall", { params: ["pattern", "string"] }, (call) => {
    const t = compileForRegex(call, call.string(0));
    const s = call.string(1);
    return findAll(t, s).map((m) => matchResult(t, s, m));
  }),

  /** replace(string, substring, replacement): plain text, or an RE2 regex when written `/…/`. */
  builtin("replace", { params: ["str", "substr", "replace"] }, (call) => {
    const [s, sub, repl] = [call.string(0), call.string(1), call.string(2)];
    if (sub.length > 1 && sub.startsWith("/") && sub.endsWith("/")) {
      const pattern = sub.slice(1, -1);
      let t: Translated;
      try {
        t = translate(pattern);
      } catch (e) {
        if (e instanceof RegexSyntaxError) throw call.fail(`error parsing regexp: ${e.message}`);
        if (e instanceof Untranslatable) unsupported(call, pattern);
        throw e;
      }
      return replaceAll(t, s, repl);
    }
    if (sub === "") return s === "" ? repl : repl + [...s].join(repl) + repl; // Go inserts around every character
    return s.split(sub).join(repl);
  }),
];
