/** Terraform's set functions. Sets are arrays without duplicates, in Terraform's set order. */
import type { Value } from "../../../model/value.js";
import { builtin, firstUnknown, friendlyName, MAX_COLLECTION_LENGTH, tooLarge, toSetOrder, unifyElements, valueEquals, type Call, type TerraformFunction } from "./core.js";

/** The set arguments, their elements unified to one type across all sets, each deduplicated. */
function setArguments(call: Call): Value[][] {
  const sets = call.args.map((_, i) => {
    const v = call.notNull(i);
    if (!Array.isArray(v)) throw call.argError(i, `set of dynamic required, but have ${friendlyName(v)}`);
    return v;
  });
  const unified = unifyElements(sets.flat());
  if (!unified) throw call.fail("given sets must all have compatible element types");
  const u = firstUnknown(unified);
  if (u) call.unknownResult("an element of a set (so which elements are distinct)", u);
  let offset = 0;
  return sets.map((s) => {
    const part = unified.slice(offset, offset + s.length);
    offset += s.length;
    return toSetOrder(part);
  });
}

const member = (set: Value[], v: Value) => set.some((x) => valueEquals(x, v) === true);

export const SET_FUNCTIONS: Array<[string, TerraformFunction]> = [
  /** setunion(sets...): every element of any of the sets. */
  builtin("setunion", { params: ["first_set"], variadic: "other_sets" }, (call) => toSetOrder(setArguments(call).flat())),

  /** setintersection(sets...): the elements present in all of the sets. */
  builtin("setintersection", { params: ["first_set"], variadic: "other_sets" }, (call) => {
    const [first, ...others] = setArguments(call);
    return first!.filter((v) => others.every((o) => member(o, v)));
  }),

  /** setsubtract(a, b): the elements of a that are not in b. */
  builtin("setsubtract", { params: ["a", "b"] }, (call) => {
    const [a, b] = setArguments(call);
    return a!.filter((v) => !member(b!, v));
  }),

  /**
   * setproduct(sets...): every combination of one element from each argument, as tuples, the
   * last argument varying fastest. Lists keep their order; unknown elements are kept.
   */
  builtin("setproduct", { params: [], variadic: "sets" }, (call) => {
    if (call.args.length < 2) throw call.fail("at least two arguments are required");
    const lists = call.args.map((_, i) => {
      const v = call.notNull(i);
      if (!Array.isArray(v)) throw call.argError(i, "a set or a list is required");
      const unified = unifyElements(v);
      if (!unified) throw call.argError(i, "all elements must be of the same type");
      return unified;
    });
    const size = lists.reduce((n, list) => n * list.length, 1);
    if (size > MAX_COLLECTION_LENGTH) throw tooLarge(`setproduct(...) with ${size.toLocaleString("en-US")} combinations`);
    let product: Value[][] = [[]];
    for (const list of lists) product = product.flatMap((prefix) => list.map((v) => [...prefix, v]));
    return product;
  }),
];
