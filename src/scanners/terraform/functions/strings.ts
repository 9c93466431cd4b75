/** Terraform's string functions (https://developer.hashicorp.com/terraform/language/functions, "String Functions"). */
import { isUnknown, type Value } from "../../../model/value.js";
import { builtin, graphemes, MAX_STRING_LENGTH, tooLarge, type TerraformFunction } from "./core.js";

/** Go's unicode.IsSpace: what trimspace() and title() treat as white space. */
const GO_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const LEADING_SPACE = new RegExp(`^[${GO_SPACE}]+`);
const TRAILING_SPACE = new RegExp(`[${GO_SPACE}]+$`);
const IS_SPACE = new RegExp(`^[${GO_SPACE}]$`);

/** Per-code-point case mapping, as Go's strings.ToUpper/ToLower (no context, no expansion). */
function mapCase(s: string, map: (c: string) => string): string {
  let out = "";
  for (const c of s) {
    const m = map(c);
    out += [...m].length === 1 ? m : c;
  }
  return out;
}

/** Go's strings.Title: upper-cases each letter that follows a separator (not letter, digit or `_`). */
function goTitle(s: string): string {
  const isSeparator = (c: string): boolean => {
    if (c.charCodeAt(0) <= 0x7f && c.length === 1) return !/[0-9A-Za-z_]/.test(c);
    if (/[\p{L}\p{Nd}]/u.test(c)) return false;
    return IS_SPACE.test(c);
  };
  let prev = " ";
  let out = "";
  for (const c of s) {
    out += isSeparator(prev) ? mapCase(c, (x) => x.toUpperCase()) : c;
    prev = c;
  }
  return out;
}

/** Go's strings.Trim: removes leading and trailing code points that occur in the cutset. */
function goTrim(s: string, cutset: string): string {
  if (cutset === "") return s;
  const cut = new Set(cutset);
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start]!)) start++;
  while (end > start && cut.has(chars[end - 1]!)) end--;
  return chars.slice(start, end).join("");
}

export const STRING_FUNCTIONS: Array<[string, TerraformFunction]> = [
  /** join(separator, lists...): concatenates the elements of all the lists; nulls are an error. */
  builtin("join", { params: ["separator"], variadic: "lists" }, (call) => {
    const sep = call.string(0);
    if (call.args.length < 2) throw call.fail("at least one list is required");
    const lists = call.args.slice(1).map((_, i) => call.stringElements(i + 1, `an element of list ${i + 1}`));
    const items: string[] = [];
    lists.forEach((list, li) =>
      list.forEach((s, ei) => {
        if (s === null) {
          const where = lists.length > 1 ? `element ${ei} of list ${li + 1}` : `element ${ei}`;
          throw call.argError(li + 1, `${where} is null; cannot concatenate null values`);
        }
        items.push(s);
      }),
    );
    return items.join(sep);
  }),

  /** split(separator, string): Go's strings.Split (an empty separator splits into characters). */
  builtin("split", { params: ["separator", "str"] }, (call) => {
    const sep = call.string(0);
    const str = call.string(1);
    return sep === "" ? Array.from(str) : str.split(sep);
  }),

  builtin("lower", { params: ["str"] }, (call) => mapCase(call.string(0), (c) => c.toLowerCase())),
  builtin("upper", { params: ["str"] }, (call) => mapCase(call.string(0), (c) => c.toUpperCase())),
  /** title(string): the first letter of each word upper-cased (Go's strings.Title). */
  builtin("title", { params: ["str"] }, (call) => goTitle(call.string(0))),
  /** trimspace(string): removes Unicode white space from both ends. */
  builtin("trimspace", { params: ["str"] }, (call) => call.string(0).replace(LEADING_SPACE, "").replace(TRAILING_SPACE, "")),
  /** trim(string, cutset): removes any of the cutset's characters from both ends. */
  builtin("trim", { params: ["str", "cutset"] }, (call) => goTrim(call.string(0), call.string(1))),
  builtin("trimprefix", { params: ["str", "prefix"] }, (call) => {
    const [s, p] = [call.string(0), call.string(1)];
    return s.startsWith(p) ? s.slice(p.length) : s;
  }),
  builtin("trimsuffix", { params: ["str", "suffix"] }, (call) => {
    const [s, p] = [call.string(0), call.string(1)];
    return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  }),
  /** chomp(string): removes all trailing newlines (\n or \r\n). */
  builtin("chomp", { params: ["str"] }, (call) => call.string(0).replace(/(?:\r\n?|\n)+$/, "")),
  /** indent(spaces, string): adds spaces after each newline (not before the first line). */
  builtin("indent", { params: ["spaces", "str"] }, (call) => {
    const spaces = call.int(0);
    const str = call.string(1);
    if (spaces < 0) throw call.fail("strings: negative Repeat count");
    const lines = str.split("\n");
    if ((lines.length - 1) * spaces + str.length > MAX_STRING_LENGTH) throw tooLarge(`indent(${spaces}, ...)`);
    return lines.join("\n" + " ".repeat(spaces));
  }),

  /**
   * substr(string, offset, length): in characters; a negative offset counts from the end,
   * length -1 means "to the end". Reproduces cty's quirks (offset past the end gives "").
   */
  builtin("substr", { params: ["str", "offset", "length"] }, (call) => {
    const chars = graphemes(call.string(0));
    let offset = call.int(1);
    const length = call.int(2);
    if (offset < 0) offset += chars.length;
    else if (length === 0) return "";
    if (offset > chars.length) return "";
    const sub = chars.slice(Math.max(offset, 0));
    // cty counts length with a loop that never stops at 0, so a length of 0 after a
    // negative offset keeps the rest of the string.
    if (length <= 0) return sub.join("");
    return sub.slice(0, length).join("");
  }),

  /** strrev(string): the characters (grapheme clusters) in reverse order. */
  builtin("strrev", { params: ["str"] }, (call) => graphemes(call.string(0)).reverse().join("")),

  /** startswith(string, prefix): true even for an unknown string when the prefix is "". */
  builtin("startswith", { params: ["str", "prefix"] }, (call) => {
    const prefix = call.string(1);
    const str: Value = call.args[0] ?? null;
    if (isUnknown(str) && prefix === "") return true;
    return call.string(0).startsWith(prefix);
  }),
  builtin("endswith", { params: ["str", "suffix"] }, (call) => {
    const [s, suffix] = [call.string(0), call.string(1)];
    return s.endsWith(suffix);
  }),
  builtin("strcontains", { params: ["str", "substr"] }, (call) => {
    const [s, sub] = [call.string(0), call.string(1)];
    return s.includes(sub);
  }),
];
