/** Terraform's type conversion functions, plus sensitive()/nonsensitive() (identity here). */
import { isUnknown, isValueMap, type Value, type ValueMap } from "../../../model/value.js";
import {
  builtin,
  compareStrings,
  containsUnknown,
  convertToBool,
  convertToNumber,
  convertToString,
  friendlyName,
  setEntry,
  toSetOrder,
  unifyElements,
  type Call,
  type TerraformFunction,
} from "./core.js";

/** The argument, or an early result: null converts to null, an Unknown stays unknown. */
function convertible(call: Call): Exclude<Value, null> | undefined {
  const v = call.args[0] ?? null;
  if (v === null) return undefined;
  if (isUnknown(v)) call.propagate(v);
  return v;
}

const cannot = (call: Call, v: Value, want: string) => call.argError(0, `cannot convert ${friendlyName(v)} to ${want}`);

export const CONVERSION_FUNCTIONS: Array<[string, TerraformFunction]> = [
  builtin("tostring", { params: ["v"] }, (call) => {
    const v = call.args[0] ?? null;
    if (isUnknown(v)) return v; // a string stays the same string, payload included
    if (v === null) return null;
    const s = convertToString(v);
    if (typeof s !== "string") throw cannot(call, v, "string");
    return s;
  }),

  /** tonumber(v): numbers, and strings holding a decimal number. */
  builtin("tonumber", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === undefined) return null;
    const n = convertToNumber(v);
    if (typeof n === "number") return n;
    if (typeof v === "string") {
      throw call.argError(0, `cannot convert ${JSON.stringify(v)} to number; given string must be a decimal representation of a number`);
    }
    throw cannot(call, v, "number");
  }),

  /** tobool(v): bools, and the strings "true" and "false". */
  builtin("tobool", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === undefined) return null;
    const b = convertToBool(v);
    if (typeof b === "boolean") return b;
    if (typeof v === "string") throw call.argError(0, `cannot convert ${JSON.stringify(v)} to bool; only the strings "true" or "false" are allowed`);
    throw cannot(call, v, "bool");
  }),

  /** tolist(v): a sequence with its elements converted to one type (mixed primitives become strings). */
  builtin("tolist", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === undefined) return null;
    const list = Array.isArray(v) ? unifyElements(v) : undefined;
    if (!list) throw cannot(call, v, "list of any single type");
    return list;
  }),

  /** toset(v): like tolist, then duplicates removed and strings/numbers sorted; unknown elements make it unknown. */
  builtin("toset", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === undefined) return null;
    const list = Array.isArray(v) ? unifyElements(v) : undefined;
    if (!list) throw cannot(call, v, "set of any single type");
    if (containsUnknown(list)) call.unknownResult("an element of the set (so which elements are distinct)");
    return toSetOrder(list);
  }),

  /** tomap(v): an object's attribute values converted to one type. */
  builtin("tomap", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === undefined) return null;
    if (!isValueMap(v)) throw cannot(call, v, "map of any single type");
    const keys = Object.keys(v).sort(compareStrings);
    const values = unifyElements(keys.map((k) => v[k]!));
    if (!values) throw cannot(call, v, "map of any single type");
    const out: ValueMap = {};
    keys.forEach((k, i) => setEntry(out, k, values[i]!));
    return out;
  }),

  builtin("sensitive", { params: ["value"] }, (call) => call.args[0] ?? null),
  builtin("nonsensitive", { params: ["value"] }, (call) => call.args[0] ?? null),
];
