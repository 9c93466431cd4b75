/** Three-valued logic: a condition over an Unknown value is neither true nor false. */
export type Truth = true | false | "unknown";

export function and(values: Iterable<Truth>): Truth {
  let result: Truth = true;
  for (const v of values) {
    if (v === false) return false;
    if (v === "unknown") result = "unknown";
  }
  return result;
}

export function or(values: Iterable<Truth>): Truth {
  let result: Truth = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === "unknown") result = "unknown";
  }
  return result;
}

export function not(value: Truth): Truth {
  return value === "unknown" ? value : !value;
}
