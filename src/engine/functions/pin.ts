import { isUnknown, isValueMap, unknown, type Value } from "../../model/value.js";
import type { RuleFunction } from "./index.js";

/**
 * Rule functions of the PIN family (pinning and provenance): Terraform version constraints,
 * AMI lookup filters, object URLs and keys, SSM public-parameter references.
 */

type Arg = Value | undefined;

const asList = (v: Arg): Value[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);

/** The statically visible text of a value: a string, or the decoded text of a partly known one. */
function visibleText(value: Arg): string | undefined {
  if (typeof value === "string") return value;
  if (value !== undefined && isUnknown(value) && typeof value.decoded === "string") return value.decoded;
  return undefined;
}

/**
 * Whether a Terraform version constraint (`>= 1.2, < 2.0`, `~> 5.0`, `5.1.0`) has an upper
 * bound: some part is `~>`, `=` (or a bare version), `<` or `<=`. Undefined when it is not a
 * constraint Terraform reads.
 */
export function constraintBounded(text: string): boolean | undefined {
  const parts = text.split(",").map((p) => p.trim());
  if (parts.length === 1 && parts[0] === "") return false;
  let bounded = false;
  for (const part of parts) {
    const m = /^(~>|>=|<=|!=|=|>|<)?\s*v?\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.exec(part);
    if (!m) return undefined;
    const op = m[1] ?? "=";
    if (op === "~>" || op === "=" || op === "<" || op === "<=") bounded = true;
  }
  return bounded;
}

/** Filters (`filter { name values }` blocks, Pulumi `filters`) with the given names and known values. */
function filterValues(lists: Arg[], names: ReadonlySet<string>): { values: Value[][]; unknownSeen: Value | null } {
  const values: Value[][] = [];
  let unknownSeen: Value | null = null;
  for (const list of lists) {
    if (list !== undefined && isUnknown(list)) {
      unknownSeen ??= list;
      continue;
    }
    for (const filter of asList(list)) {
      if (isUnknown(filter)) {
        unknownSeen ??= filter;
        continue;
      }
      if (!isValueMap(filter)) continue;
      const name = filter.name;
      if (name !== undefined && isUnknown(name)) {
        unknownSeen ??= name;
        continue;
      }
      if (typeof name !== "string" || !names.has(name)) continue;
      const v = filter.values;
      if (v !== undefined && isUnknown(v)) {
        unknownSeen ??= v;
        continue;
      }
      values.push(asList(v));
    }
  }
  return { values, unknownSeen };
}

/** AWS public parameters that describe regions and services: they do not move to newer software. */
const REGION_METADATA = "/aws/service/global-infrastructure/";

const HASH_RUN = /[0-9a-fA-F]{32,}/;
const HASH_CALL = /\b(?:file)?(?:base64)?(?:md5|sha1|sha256|sha512)\s*\(/;

/**
 * True when an object key or URL names its content (a run of at least 32 hex digits in its last
 * path segment: what `aws cloudformation package` and `sam package` write, an MD5 or SHA-256),
 * or is computed from a hash of the content (`filemd5(...)`, `filebase64sha256(...)`).
 */
export function contentAddressed(value: Arg): boolean {
  const text = visibleText(value);
  if (text !== undefined) {
    const path = text.split(/[?#]/)[0]!;
    if (HASH_RUN.test(path.slice(path.lastIndexOf("/") + 1))) return true;
  }
  if (value !== undefined && isUnknown(value)) return HASH_CALL.test(value.$unknown) || (text !== undefined && HASH_CALL.test(text));
  return false;
}

export const PIN_FUNCTIONS: Record<string, RuleFunction> = {
  hasKey: {
    description: "True when a map has the key.",
    params: ["map", "key"],
    run: (map, key) => typeof key === "string" && isValueMap(map) && Object.prototype.hasOwnProperty.call(map, key),
  },
  missingKeys: {
    description:
      "The keys of a map that another map lacks, joined with \", \" in the first map's order (\"\" when none): providers used but not required.",
    params: ["map", "declared"],
    run: (map, declared) => {
      if (!isValueMap(map)) return "";
      const have = isValueMap(declared) ? declared : {};
      return Object.keys(map)
        .filter((k) => !Object.prototype.hasOwnProperty.call(have, k))
        .join(", ");
    },
  },
  isOpenEndedConstraint: {
    description:
      "True when a Terraform version constraint has no upper bound: empty, or only `>`, `>=` and `!=` parts (`>= 5.0`). `~>`, `=`, a bare version, `<` and `<=` bound it. False for text that is no constraint.",
    params: ["constraint"],
    run: (constraint) => typeof constraint === "string" && constraintBounded(constraint) === false,
  },
  amiFilterPins: {
    description:
      "True when AMI lookup filters select one image whatever is published later: an `image-id` filter, or a `name` filter whose values have no wildcard (`*`, `?`). Takes the filter lists (Terraform `filter`, Pulumi `filters`).",
    params: ["...filters"],
    seesUnknown: true,
    run: (...lists) => {
      const ids = filterValues(lists, new Set(["image-id"]));
      if (ids.values.some((v) => v.length > 0 && v.every((x) => typeof x === "string"))) return true;
      const names = filterValues(lists, new Set(["name"]));
      for (const v of names.values) {
        if (v.some(isUnknown)) return v.find(isUnknown)!;
        if (v.length > 0 && v.every((x) => typeof x === "string" && !/[*?]/.test(x))) return true;
      }
      return ids.unknownSeen ?? names.unknownSeen ?? false;
    },
  },
  amiTrustedFilter: {
    description:
      "True when AMI lookup filters restrict the owner (`owner-id` or `owner-alias` with values) or name one image (`image-id`, unique and immutable). Takes the filter lists (Terraform `filter`, Pulumi `filters`).",
    params: ["...filters"],
    seesUnknown: true,
    run: (...lists) => {
      const found = filterValues(lists, new Set(["owner-id", "owner-alias", "image-id"]));
      for (const v of found.values) {
        if (v.length > 0 && v.some((x) => !isUnknown(x))) return true;
        if (v.some(isUnknown)) return v.find(isUnknown)!;
      }
      return found.unknownSeen ?? false;
    },
  },
  contentAddressed: {
    description:
      "True when an object key or URL names its content: a run of 32+ hex digits in its last path segment (what `aws cloudformation package` and `sam package` upload), or a key computed with a hash function (`filemd5(...)`). Never unknown: a key that is not visible is not content-addressed as far as the code shows.",
    params: ["keyOrUrl"],
    seesUnknown: true,
    run: (value) => contentAddressed(value),
  },
  unversionedObjectUrl: {
    description:
      "True when a value is a remote object URL (`s3://`, `https://`, or text starting with a substituted base such as `${TemplatesBase}/x.yaml`) without a `versionId=` query and not content-addressed. False for a local path (packaged by `aws cloudformation package` / `sam package`). Unknown when the text is not visible, or a substitution in the query could carry the version.",
    params: ["url"],
    seesUnknown: true,
    run: (value) => {
      const text = visibleText(value);
      if (text === undefined) return value !== undefined && isUnknown(value) ? value : false;
      if (/[?&]versionId=/.test(text)) return false;
      const remote = /^(?:s3|https?):\/\//i.test(text) || /^\$\{[^}]+\}/.test(text);
      if (!remote) return false;
      if (contentAddressed(value)) return false;
      const query = text.indexOf("?");
      if (query >= 0 && /\$\{[^}]*\}/.test(text.slice(query))) return unknown(text, { reason: "a substitution in the URL's query may carry the version" });
      return true;
    },
  },
  ssmLatestParameter: {
    description:
      "The name of the first AWS public SSM parameter that a value's visible text resolves without a version (`{{resolve:ssm:/aws/service/...}}`, such as the latest Amazon Linux AMI), else null. A `:version` pins it; region and service metadata (`/aws/service/global-infrastructure/...`) does not count.",
    params: ["value"],
    seesUnknown: true,
    run: (value) => {
      const text = visibleText(value);
      if (text === undefined) return null;
      for (const m of text.matchAll(/\{\{resolve:ssm:(\/aws\/service\/(?:\$\{[^}]*\}|[^:}])*)(:\d+)?\}\}/g)) {
        if (m[2] === undefined && !m[1]!.startsWith(REGION_METADATA)) return m[1]!;
      }
      return null;
    },
  },
  ssmLatestPublicParameter: {
    description:
      "True when an SSM parameter name (Terraform `data \"aws_ssm_parameter\"`, Pulumi `aws.ssm.getParameter`) is an AWS public parameter (`/aws/service/...`) without a `:version` selector. Region and service metadata (`/aws/service/global-infrastructure/...`) does not count.",
    params: ["name"],
    run: (name) => typeof name === "string" && /^\/aws\/service\/[^:]*$/.test(name) && !name.startsWith(REGION_METADATA),
  },
};
