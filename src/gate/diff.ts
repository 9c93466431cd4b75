/** Which attributes a change touches, from the before and after values the tools write. */
import { formatPath } from "../model/value.js";
import { isObject } from "./json.js";

/**
 * The top-level attributes whose values differ between `before` and `after`, or that `unknown`
 * (Terraform's `after_unknown`) marks as known only after apply; sorted. Values are compared as
 * JSON with keys in any order; null, `{}`, `[]` and `""` count as the same empty setting, at any
 * depth (`identity_ids: null` read back as `[]`).
 */
export function changedKeys(before: unknown, after: unknown, unknown?: unknown): string[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const u = isObject(unknown) ? unknown : {};
  const keys = new Set<string>();
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!sameSetting(b[key], a[key])) keys.add(key);
  }
  // A value known only after apply is a value the apply sets anew.
  for (const [key, value] of Object.entries(u)) if (containsTrue(value)) keys.add(key);
  return [...keys].sort();
}

/** The attribute a path is under: `tags.Name`, `tags["Name"]` → `tags`; `ingress[0].cidrBlocks` → `ingress`. */
export function topAttribute(path: string): string {
  return /^[^.[]+/.exec(path)?.[0] ?? path;
}

/** `/Tags/0/Value` (a JSON pointer, as CloudFormation drift writes it) → `Tags[0].Value`. */
export function pointerToPath(pointer: string): string {
  const segments = pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  return formatPath(segments);
}

function containsTrue(value: unknown): boolean {
  if (value === true) return true;
  if (Array.isArray(value)) return value.some(containsTrue);
  if (isObject(value)) return Object.values(value).some(containsTrue);
  return false;
}

/** Equal as JSON, keys in any order. */
export function sameJson(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/**
 * Equal as a setting: as JSON, or both empty. Providers write an unset map, list or string as
 * null on one side and `{}`, `[]` or `""` on the other (tags, metadata): not a change anyone made.
 */
function sameSetting(a: unknown, b: unknown): boolean {
  return sameJson(a, b) || canonical(withoutEmpties(a)) === canonical(withoutEmpties(b));
}

/** A value with every empty setting inside it (null, `{}`, `[]`, `""`) made undefined, and object keys holding one dropped. */
function withoutEmpties(value: unknown): unknown {
  if (isEmpty(value)) return undefined;
  if (Array.isArray(value)) return value.map(withoutEmpties);
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const kept = withoutEmpties(v);
      if (kept !== undefined) out[k] = kept;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === "") return true;
  if (Array.isArray(value)) return value.length === 0;
  return isObject(value) && Object.keys(value).length === 0;
}

function canonical(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(object[k])}`)
    .join(",")}}`;
}
