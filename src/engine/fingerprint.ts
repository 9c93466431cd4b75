import { hash } from "node:crypto";
import { isUnknown, type PathSegment, type Value } from "../model/value.js";

/**
 * The stable key of a finding: rule, file, resource address and attribute path. No line
 * numbers, so unrelated edits above a resource do not make its findings look new.
 */
export function fingerprint(ruleId: string, file: string, resource: string, path: string): string {
  return hash("sha256", [ruleId, file, resource, path].join("\u0000"), "hex").slice(0, 32);
}

export { formatPath } from "../model/value.js";

/** The value digest of a finding whose check read no value at all (the resource as a whole). */
export const NO_VALUE_DIGEST = "none";

/**
 * A short, stable digest of one value: 16 hex digits of the SHA-256 of its canonical JSON,
 * `NO_VALUE_DIGEST` when there is no value. Canonical: object keys sorted, and an unknown value
 * written as its expression text alone (its reason, references and decoded payload are derived
 * from that text, and a reason may name lines), so the digest changes when the value does and
 * never when unrelated lines move.
 */
export function valueDigest(value: Value | undefined): string {
  if (value === undefined) return NO_VALUE_DIGEST;
  return digest(canonicalJson(value));
}

/**
 * What makes a finding, for `findingDigest`: every value the check looked at in the record it
 * reports on. Values only, never positions.
 */
export interface FindingValues {
  /** The value at the finding's location (the check's `at`); undefined for a missing setting. */
  value?: Value | undefined;
  /** The item the check iterated over (`each`), whole: a container definition, an image. */
  element?: Value | undefined;
  /** A fact record's attributes, whole: an ingress rule's protocol, ports, sources and action. */
  record?: Value | undefined;
  /** The record's values its conditions and bindings read (`$attributes.filter`), by path. */
  read?: readonly { path: readonly PathSegment[]; value: Value | undefined }[];
}

/**
 * `Finding.valueDigest`: 16 hex digits over everything in `values` (see `valueDigest` for the
 * canonical form; reads sorted by path, each path once), so a baseline entry stops holding its
 * finding when the exposure changes in any way the check looked at (a wider port range, another
 * protocol, a looser AMI filter), and keeps holding it when lines move or other resources
 * change. `NO_VALUE_DIGEST` when the check looked at no value.
 */
export function findingDigest(values: FindingValues): string {
  const parts: string[] = [];
  const add = (name: string, value: Value | undefined): void => {
    parts.push(`${name}=${value === undefined ? "-" : canonicalJson(value)}`);
  };
  if (values.value !== undefined) add("value", values.value);
  if (values.element !== undefined) add("element", values.element);
  if (values.record !== undefined) add("record", values.record);
  const read = new Map<string, Value | undefined>();
  for (const r of values.read ?? []) {
    const key = JSON.stringify(r.path);
    if (!read.has(key)) read.set(key, r.value);
  }
  for (const key of [...read.keys()].sort()) add(`read ${key}`, read.get(key));
  return parts.length === 0 ? NO_VALUE_DIGEST : digest(parts.join("\n"));
}

function digest(text: string): string {
  return hash("sha256", text, "hex").slice(0, 16);
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
