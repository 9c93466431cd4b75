import { isUnknown, isValueMap, type Value } from "../../model/value.js";
import { attributePathSegments } from "./attribute-path.js";
import type { RuleFunction } from "./index.js";

type Arg = Value | undefined;

/**
 * Library functions of DRF-003: values built from calls that give a different result on every
 * run. The scanners mark such values (`Unknown.nondeterministic`: `timestamp()`, `uuid()`,
 * `Date.now()`, …) and keep the mark through references, locals, templates and functions.
 */
export const NONDETERMINISTIC_FUNCTIONS: Record<string, RuleFunction> = {
  nondeterministic: {
    description:
      "The first call that gives a different value on every run (`timestamp()`, `uuid()`, `bcrypt()`, `Date.now()`, `new Date()`, `Math.random()`, `crypto.randomUUID()`) that a value is built from, looking inside maps, lists and encoded payloads (`jsonencode`, `JSON.stringify`); null when there is none. `path` is where the value sits (an attribute name) and `ignored` the resource's ignore_changes list: parts of the value under an ignored path (`tags`, `tags[\"Created\"]`, `all`, `*`) do not count. Unknown when only an unknown ignore list could make the call not count.",
    params: ["value", "path", "ignored"],
    seesUnknown: true,
    run: (value, path, ignored) => {
      const patterns = ignorePatterns(ignored);
      const root = typeof path === "string" ? attributePathSegments(path).filter((s) => s !== "*").map(normalise) : [];
      let found = null as string | null;
      const visit = (v: Arg, at: string[], depth: number): boolean => {
        if (v === undefined || v === null || typeof v !== "object" || depth > 64) return false;
        if (patterns !== "unknown" && patterns.some((p) => covers(p, at))) return false;
        if (isUnknown(v)) {
          if (v.nondeterministic !== undefined) {
            found = v.nondeterministic;
            return true;
          }
          return v.decoded !== undefined && !v.partial ? visit(v.decoded, at, depth + 1) : false;
        }
        if (Array.isArray(v)) return v.some((item) => visit(item, at, depth + 1));
        if (isValueMap(v)) return Object.entries(v).some(([k, item]) => visit(item, [...at, normalise(k)], depth + 1));
        return false;
      };
      visit(value, root, 0);
      if (found === null) return null;
      if (patterns === "unknown") return { $unknown: "ignore_changes", reason: "the ignore_changes list is not known statically" };
      return found;
    },
  },
  nativeAttributeName: {
    description:
      "An attribute name as its format spells it: the snake_case name of a Pulumi bridged resource's attribute becomes camelCase (`force_destroy` → `forceDestroy`); Terraform and CloudFormation names are unchanged.",
    params: ["name", "format"],
    run: (name, format) => {
      if (typeof name !== "string") return null;
      return format === "pulumi" ? name.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()) : name;
    },
  },
};

/** The ignore list as normalised paths; "unknown" when it is not known statically. */
function ignorePatterns(ignored: Arg): string[][] | "unknown" {
  if (ignored === undefined || ignored === null) return [];
  if (isUnknown(ignored)) return "unknown";
  const entries = Array.isArray(ignored) ? ignored : [ignored];
  const out: string[][] = [];
  for (const entry of entries) {
    if (isUnknown(entry)) return "unknown";
    if (typeof entry !== "string") continue;
    if (entry === "*" || entry === "all") return [[]];
    out.push(attributePathSegments(entry).map(normalise).filter((s) => s !== "*"));
  }
  return out;
}

/**
 * Path segments compared loosely: case and underscores aside (Terraform `tags["Created"]`
 * beside Pulumi `tags.created`, `root_block_device` beside `rootBlockDevice`).
 */
function normalise(segment: string): string {
  return segment === "*" ? segment : segment.toLowerCase().replace(/_/g, "");
}

/**
 * True when an ignored path covers the value's path. List indices are left out on both sides
 * (Pulumi writes `metadata.labels` where the model has `metadata[0].labels`), so ignoring one
 * element of a list ignores every element.
 */
function covers(pattern: string[], at: string[]): boolean {
  if (pattern.length > at.length) return false;
  return pattern.every((segment, i) => segment === at[i]);
}
