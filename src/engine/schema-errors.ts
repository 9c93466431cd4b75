import type { ErrorObject } from "ajv";

/**
 * The ajv error worth showing: ajv reports every failed `oneOf`/`anyOf` branch and `if`, so the
 * deepest error that is not a combinator wins, and at equal depth an unknown property, which
 * explains the rest (a misspelt `mesage` is also a missing `message`). Shared by the rule-file
 * and configuration loaders; imports only ajv's types, so it costs nothing at start-up.
 */
export function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const useful = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const pool = useful.length > 0 ? useful : errors;
  const rank = (e: ErrorObject): number => e.instancePath.length * 2 + (e.keyword === "additionalProperties" ? 1 : 0);
  return pool.reduce((best, e) => (rank(e) > rank(best) ? e : best), pool[0]!);
}
