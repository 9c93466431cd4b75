import { createHash } from "node:crypto";
import { isUnknown, type Value } from "../model/value.js";

/**
 * The stable key of a finding: rule, file, resource address and attribute path. No line
 * numbers, so unrelated edits above a resource do not make its findings look new.
 */
export function fingerprint(ruleId: string, file: string, resource: string, path: string): string {
  return createHash("sha256").update([ruleId, file, resource, path].join("\u0000")).digest("hex").slice(0, 32);
}

export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

/** The value digest of a finding about no value: a missing setting, or the resource as a whole. */
export const NO_VALUE_DIGEST = "none";

/**
 * A short, stable digest of the value a finding is about (`Finding.valueDigest`): 16 hex digits
 * of the SHA-256 of its canonical JSON, `NO_VALUE_DIGEST` when there is no value. Canonical:
 * object keys sorted, and an unknown value written as its expression text alone (its reason,
 * references and decoded payload are derived from that text, and a reason may name lines), so
 * the digest changes when the value does and never when unrelated lines move.
 */
export function valueDigest(value: Value | undefined): string {
  if (value === undefined) return NO_VALUE_DIGEST;
  return createHash("sha256").update(canonicalJson(value)).digest("hex").slice(0, 16);
}

function canonicalJson(value: Value): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (isUnknown(value)) return `{"$unknown":${JSON.stringify(value.$unknown)}}`;
  const keys = Object.keys(value)
    .filter((k) => value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k]!)}`).join(",")}}`;
}
