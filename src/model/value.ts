/**
 * Attribute values in the common model: plain JSON, plus explicit Unknown markers for
 * anything a scanner cannot evaluate statically. Plain objects (not classes) so values
 * survive structured cloning between worker threads.
 */
export type Value = null | boolean | number | string | Value[] | ValueMap | Unknown;

export interface ValueMap {
  [key: string]: Value;
}

/**
 * A value that is not statically known. `$unknown` is the source expression text, so
 * messages can show what was written. `decoded` carries the statically known payload of
 * an encoding call (`jsonencode({...})`, `base64encode("...")`, `Fn::Base64`): the
 * encoded string itself is not known, but what it encodes is and rules may inspect it.
 */
export interface Unknown {
  $unknown: string;
  decoded?: Value;
  /** Why it is unknown, for `--report-unknown` messages (e.g. "variable without default"). */
  reason?: string;
  /**
   * The value is (or is built from) a call that gives a different result on every run, named as
   * written: `timestamp()`, `uuid()`, `bcrypt()`, `Date.now()`, `new Date()`, `Math.random()`,
   * `crypto.randomUUID()`. Scanners keep it through references, locals, templates and functions
   * whose result depends on such a value (DRF-003 reads it).
   */
  nondeterministic?: string;
  /**
   * `decoded` is this string's own text with `${…}` standing for the parts not known
   * (`"${aws_ecr_repository.app.repository_url}:latest"`), not an encoded payload.
   */
  partial?: boolean;
  /**
   * An input of a definition, given by its callers: a Terraform variable with no value here, a
   * parameter of a Pulumi component or function. When the definition is also evaluated for its
   * callers, notes about such values are left to those evaluations.
   */
  input?: boolean;
  /**
   * Records of the same unit this value refers to, as written where it is used: Terraform
   * `aws_s3_bucket.logs` / `data.external.meta` (relative to the module the expression sits
   * in), a CloudFormation logical ID, a Pulumi resource's name. Relations (rules that relate two
   * records) read them; scanners set them where they know the target.
   */
  refs?: string[];
}

export type PathSegment = string | number;
export type Path = PathSegment[];

export function unknown(expression: string, extra?: { decoded?: Value; reason?: string; partial?: boolean; input?: boolean; refs?: string[] }): Unknown {
  const u: Unknown = { $unknown: expression };
  if (extra?.refs?.length) u.refs = extra.refs;
  if (extra?.decoded !== undefined) u.decoded = extra.decoded;
  if (extra?.reason !== undefined) u.reason = extra.reason;
  if (extra?.partial) u.partial = true;
  if (extra?.input) u.input = true;
  return u;
}

export function isUnknown(v: unknown): v is Unknown {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof (v as Unknown).$unknown === "string";
}

export function isValueMap(v: unknown): v is ValueMap {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v);
}

export function describeValue(v: Value | undefined): string {
  if (v === undefined) return "(absent)";
  if (isUnknown(v)) return v.$unknown;
  if (typeof v === "string") return JSON.stringify(v);
  return JSON.stringify(v);
}

/** Reads a nested value; `undefined` means absent (distinct from an Unknown value). */
export function getPath(root: Value | undefined, path: readonly PathSegment[]): Value | undefined {
  let current: Value | undefined = root;
  for (const segment of path) {
    if (current === undefined || current === null) return undefined;
    if (isUnknown(current)) return current;
    if (Array.isArray(current)) {
      if (typeof segment !== "number") return undefined;
      current = current[segment];
    } else if (typeof current === "object") {
      current = Object.prototype.hasOwnProperty.call(current, segment) ? current[String(segment)] : undefined;
    } else {
      return undefined;
    }
  }
  return current;
}

/** The first non-deterministic call (`Unknown.nondeterministic`) a value is built from, looking inside encoded payloads too. */
export function nondeterministicIn(v: Value | undefined, depth = 0): string | undefined {
  if (v === undefined || v === null || typeof v !== "object" || depth > 64) return undefined;
  if (isUnknown(v)) return v.nondeterministic ?? (v.decoded !== undefined ? nondeterministicIn(v.decoded, depth + 1) : undefined);
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const found = nondeterministicIn(item, depth + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** `["network_interface", 0, "subnet_id"]` → `network_interface[0].subnet_id`: a path as people write it. */
export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}
