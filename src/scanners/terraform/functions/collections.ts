/**
 * Terraform's collection functions. Lists, tuples and sets are arrays; maps and objects are
 * ValueMaps. Unknown elements are kept where Terraform keeps them (the result's shape is
 * known and the element is only moved), and make the whole result unknown otherwise.
 */
import { isUnknown, isValueMap, type Unknown, type Value, type ValueMap } from "../../../model/value.js";
import {
  builtin,
  compareStrings,
  convertToBool,
  convertToString,
  firstUnknown,
  friendlyName,
  graphemes,
  hasEntry,
  setEntry,
  unifyElements,
  valueEquals,
  type Call,
  type TerraformFunction,
} from "./core.js";

const sortedKeys = (m: ValueMap): string[] => Object.keys(m).sort(compareStrings);

/** A list(any) argument: an array whose elements unify to one type (mixed primitives become strings). */
function uniformList(call: Call, i: number): Value[] {
  const list = unifyElements(call.sequence(i));
  if (!list) throw call.argError(i, "all list elements must have the same type");
  return list;
}

/** Ends the call with an unknown result when the value holds an unknown anywhere. */
function requireWhollyKnown(call: Call, v: Value, what: string): void {
  const u = firstUnknown(v);
  if (u) call.unknownResult(what, u);
}

/** Flattens nested sequences; undefined when an element is unknown (it might be a list). */
function flattenInto(list: Value[], out: Value[]): Unknown | undefined {
  for (const v of list) {
    if (isUnknown(v)) return v;
    if (Array.isArray(v)) {
      const u = flattenInto(v, out);
      if (u) return u;
    } else out.push(v);
  }
  return undefined;
}

export const COLLECTION_FUNCTIONS: Array<[string, TerraformFunction]> = [
  /** length(value): characters of a string, elements of a list, attributes of a map; known even when elements are not. */
  builtin("length", { params: ["value"] }, (call) => {
    const v = call.notNull(0);
    if (typeof v === "string") return graphemes(v).length;
    if (Array.isArray(v)) return v.length;
    if (isValueMap(v)) return Object.keys(v).length;
    throw call.fail("argument must be a string, a collection type, or a structural type");
  }),

  /** concat(lists...): the lists joined in order; unknown elements are kept. */
  builtin("concat", { params: [], variadic: "seqs" }, (call) => {
    if (call.args.length === 0) throw call.fail("at least one argument is required");
    return call.args.flatMap((_, i) => {
      const v = call.notNull(i);
      if (!Array.isArray(v)) throw call.argError(i, `all arguments must be lists or tuples; got ${friendlyName(v)}`);
      return v;
    });
  }),

  /** merge(maps...): later arguments win; null arguments are skipped; unknown values are kept. */
  builtin("merge", { params: [], variadic: "maps" }, (call) => {
    const out: ValueMap = {};
    call.args.forEach((_, i) => {
      const v = call.known(i);
      if (v === null) return;
      if (!isValueMap(v)) throw call.fail(`arguments must be maps or objects, got "${friendlyName(v)}"`);
      for (const k of Object.keys(v)) setEntry(out, k, v[k]!);
    });
    const sorted: ValueMap = {};
    for (const k of sortedKeys(out)) setEntry(sorted, k, out[k]!);
    return sorted;
  }),

  /** lookup(map, key, default?): the element (even if unknown); the default when absent, else an error. */
  builtin("lookup", { params: ["inputMap", "key"], variadic: "default" }, (call) => {
    if (call.args.length > 3) throw call.fail(`lookup() takes two or three arguments, got ${call.args.length}`);
    const v = call.notNull(0);
    if (!isValueMap(v)) throw call.argError(0, "lookup() requires a map as the first argument");
    const key = call.string(1);
    if (hasEntry(v, key)) return v[key]!;
    if (call.args.length === 3) return call.args[2]!;
    throw call.fail(`lookup failed to find key ${JSON.stringify(key)}`);
  }),

  /** element(list, index): index modulo the length (negative counts from the end); empty lists are an error. */
  builtin("element", { params: ["list", "index"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail(`cannot read elements from ${friendlyName(list)}`);
    const index = call.int(1, (m) => call.fail(`invalid index: ${m}`));
    if (list.length === 0) throw call.fail("cannot use element function with an empty list");
    return list[((index % list.length) + list.length) % list.length]!;
  }),

  /** coalesce(vals...): the first argument that is not null or ""; unknown if an unknown comes first. */
  builtin("coalesce", { params: [], variadic: "vals" }, (call) => {
    const values = unifyElements(call.args);
    if (!values || values.length === 0) throw call.fail("all arguments must have the same type");
    const isString = values.some((v) => typeof v === "string");
    for (const v of values) {
      if (isUnknown(v)) call.propagate(v);
      if (v === null || (isString && v === "")) continue;
      return v;
    }
    throw call.fail("no non-null, non-empty-string arguments");
  }),

  /** coalescelist(lists...): the first non-empty list; unknown if an unknown comes first. */
  builtin("coalescelist", { params: [], variadic: "vals" }, (call) => {
    if (call.args.length === 0) throw call.fail("at least one argument is required");
    for (const v of call.args) {
      if (isUnknown(v)) break;
      if (v !== null && !Array.isArray(v)) throw call.fail("coalescelist arguments must be lists or tuples");
    }
    for (const [i, v] of call.args.entries()) {
      if (isUnknown(v)) call.propagate(v);
      if (v === null) continue;
      if (!Array.isArray(v)) throw call.fail("coalescelist arguments must be lists or tuples");
      if (v.length > 0) return call.args[i]!;
    }
    throw call.fail("no non-null arguments");
  }),

  /** contains(list, value): true when a known element equals the value; unknown when undecided. */
  builtin("contains", { params: ["list", "value"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail("argument must be list, tuple, or set");
    if (list.length === 0) return false;
    call.known(1);
    let undecided: Unknown | undefined;
    for (const e of list) {
      const eq = valueEquals(call.args[1]!, e);
      if (eq === true) return true;
      if (eq === undefined) undecided ??= firstUnknown(e) ?? firstUnknown(call.args[1]!);
    }
    if (undecided) call.unknownResult("an element of the list", undecided);
    return false;
  }),

  /** keys(map): the keys in lexical order; known even when values are not. */
  builtin("keys", { params: ["inputMap"] }, (call) => {
    const v = call.notNull(0);
    if (!isValueMap(v)) throw call.argError(0, "must have map or object type");
    return sortedKeys(v);
  }),

  /** values(map): the values in the lexical order of their keys. */
  builtin("values", { params: ["mapping"] }, (call) => {
    const v = call.notNull(0);
    if (!isValueMap(v)) throw call.fail("values() requires a map as the first argument");
    return sortedKeys(v).map((k) => v[k]!);
  }),

  /** flatten(list): nested lists and tuples flattened recursively; maps and nulls stay elements. */
  builtin("flatten", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail("can only flatten lists, sets and tuples");
    const out: Value[] = [];
    const u = flattenInto(list, out);
    if (u) call.unknownResult("an element of the list (which might itself be a list)", u);
    return out;
  }),

  /** distinct(list): the first occurrence of each element, in order. */
  builtin("distinct", { params: ["list"] }, (call) => {
    const list = uniformList(call, 0);
    requireWhollyKnown(call, list, "an element of the list");
    const out: Value[] = [];
    for (const v of list) if (!out.some((o) => valueEquals(o, v) === true)) out.push(v);
    return out;
  }),

  /** compact(list): the list of strings without empty strings and nulls. */
  builtin("compact", { params: ["list"] }, (call) => call.stringElements(0).filter((s) => s !== null && s !== "")),

  /** zipmap(keys, values): a map from corresponding elements; values may be unknown. */
  builtin("zipmap", { params: ["keys", "values"] }, (call) => {
    const keys = call.stringElements(0, "a key");
    const values = call.notNull(1);
    if (!Array.isArray(values)) throw call.fail("values argument must be a list or tuple value");
    if (keys.length !== values.length) {
      throw call.fail(`number of keys (${keys.length}) does not match number of values (${values.length})`);
    }
    const out: ValueMap = {};
    keys.forEach((k, i) => {
      if (k === null) throw call.fail(`keys list has null value at index ${i}`);
      setEntry(out, k, values[i]!);
    });
    return out;
  }),

  /** slice(list, start, end): elements from start (inclusive) to end (exclusive). */
  builtin("slice", { params: ["list", "start_index", "end_index"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.argError(0, "must be a list or tuple value");
    const start = call.int(1, (m) => call.argError(1, `invalid start index: ${m}`));
    if (start < 0) throw call.argError(1, "start index must not be less than zero");
    if (start > list.length) throw call.argError(1, "start index must not be greater than the length of the list");
    const end = call.int(2, (m) => call.argError(2, `invalid end index: ${m}`));
    if (end < 0) throw call.argError(2, "end index must not be less than zero");
    if (end > list.length) throw call.argError(2, "end index must not be greater than the length of the list");
    if (start > end) throw call.argError(1, "start index must not be greater than end index");
    return list.slice(start, end);
  }),

  builtin("reverse", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.argError(0, `can only reverse list or tuple values, not ${friendlyName(list)}`);
    return [...list].reverse();
  }),

  /** sort(list): strings in lexical (code point) order; numbers are sorted as strings. */
  builtin("sort", { params: ["list"] }, (call) =>
    call
      .stringElements(0)
      .map((s, i) => {
        if (s === null) throw call.fail(`given list element ${i} is null; a null string cannot be sorted`);
        return s;
      })
      .sort(compareStrings),
  ),

  /** index(list, value): the index of the first element equal to the value. */
  builtin("index", { params: ["list", "value"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail("argument must be a list or tuple");
    const value = call.known(1);
    if (list.length === 0) throw call.fail("cannot search an empty list");
    for (const [i, e] of list.entries()) {
      const eq = valueEquals(e, value);
      if (eq === undefined) call.unknownResult("an element of the list", firstUnknown(e) ?? firstUnknown(value));
      if (eq) return i;
    }
    throw call.fail("item not found");
  }),

  /** one(list): null for an empty list, the element of a one-element list, else an error. */
  builtin("one", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list) || list.length > 1) {
      throw call.argError(0, "must be a list, set, or tuple value with either zero or one elements");
    }
    return list.length === 0 ? null : list[0]!;
  }),

  /** alltrue(list): true when every element is true (or "true"); a null element is false. */
  builtin("alltrue", { params: ["list"] }, (call) => {
    for (const b of boolElements(call)) {
      if (isUnknown(b)) call.unknownResult("an element of the list", b);
      if (b !== true) return false;
    }
    return true;
  }),

  /** anytrue(list): true when some element is true; unknown when undecided. */
  builtin("anytrue", { params: ["list"] }, (call) => {
    let undecided: Unknown | undefined;
    for (const b of boolElements(call)) {
      if (b === true) return true;
      if (isUnknown(b)) undecided ??= b;
    }
    if (undecided) call.unknownResult("an element of the list", undecided);
    return false;
  }),

  /** chunklist(list, size): consecutive chunks of at most size elements (size 0: one chunk). */
  builtin("chunklist", { params: ["list", "size"] }, (call) => {
    const list = uniformList(call, 0);
    const size = call.int(1, (m) => call.fail(`invalid size: ${m}`));
    if (size < 0) throw call.fail("the size argument must be positive");
    if (list.length === 0) return [];
    if (size === 0) return [list];
    const out: Value[] = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  }),

  /** transpose(map of lists of strings): swaps keys and values; each new list sorted. */
  builtin("transpose", { params: ["values"] }, (call) => {
    const input = call.map(0, "map of list of string");
    requireWhollyKnown(call, input, "part of the map");
    const tmp = new Map<string, string[]>();
    for (const key of Object.keys(input)) {
      const list = input[key]!;
      if (list === null) throw call.fail("input must not contain null list");
      if (!Array.isArray(list)) throw call.argError(0, `element ${JSON.stringify(key)}: list of string required, but have ${friendlyName(list)}`);
      for (const v of list) {
        if (v === null) throw call.fail("input list must not contain null string");
        const outKey = convertToString(v);
        if (typeof outKey !== "string") throw call.argError(0, `element ${JSON.stringify(key)}: ${outKey.error}`);
        if (!tmp.has(outKey)) tmp.set(outKey, []);
        tmp.get(outKey)!.push(key);
      }
    }
    const out: ValueMap = {};
    for (const k of [...tmp.keys()].sort(compareStrings)) setEntry(out, k, tmp.get(k)!.sort(compareStrings));
    return out;
  }),

  /** matchkeys(values, keys, searchset): the values whose corresponding key is in the search set. */
  builtin("matchkeys", { params: ["values", "keys", "searchset"] }, (call) => {
    const values = uniformList(call, 0);
    const keys = call.sequence(1);
    const search = call.sequence(2);
    const unified = unifyElements([...keys, ...search]);
    if (!unified) throw call.fail("keys and searchset must be of the same type");
    if (values.length !== keys.length) throw call.fail("length of keys and values should be equal");
    if (search.length === 0) return [];
    // Terraform returns [] when a comparison is undecided; an unknown result is the honest answer.
    requireWhollyKnown(call, values, "an element of values");
    requireWhollyKnown(call, unified, "an element of keys or searchset");
    const [k, s] = [unified.slice(0, keys.length), unified.slice(keys.length)];
    return values.filter((_, i) => s.some((x) => valueEquals(k[i]!, x) === true));
  }),
];

/** The elements of a list(bool) argument: converted bools, null, or Unknown. */
function boolElements(call: Call): Array<boolean | null | Unknown> {
  return call.sequence(0, "list of bool").map((e, i) => {
    if (e === null || isUnknown(e)) return e;
    const b = convertToBool(e);
    // A string that is no bool fails as a value; a collection fails as a type (naming the element).
    if (typeof b !== "boolean") throw call.argError(0, typeof e === "string" ? b.error : `element ${i}: ${b.error}`);
    return b;
  });
}
