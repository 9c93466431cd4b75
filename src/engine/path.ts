import type { Resource } from "../model/resource.js";
import { getPath, isUnknown, type PathSegment, type Unknown, type Value } from "../model/value.js";

/**
 * Path expressions in rule files: `attributes.ingress[*].cidr_blocks`, `options.provisioners[0]`,
 * `attributes.container_definitions|json[*].image`, `attributes["odd.key"]`.
 * `[*]` iterates a list (or the values of a map), `|json` decodes an embedded document, `|text`
 * reads the statically visible text of an encoded or substituted string (`Fn::Base64`,
 * `Fn::Sub`, `base64encode(...)`).
 */
export type PathStep =
  | { kind: "key"; key: string }
  | { kind: "index"; index: number }
  | { kind: "wildcard" }
  | { kind: "decode"; decoder: "json" | "text" };

export class PathSyntaxError extends Error {}

const cache = new Map<string, PathStep[]>();

export function parsePath(text: string): PathStep[] {
  const cached = cache.get(text);
  if (cached) return cached;
  const steps: PathStep[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new PathSyntaxError(`invalid path "${text}" at character ${i + 1}: ${why}`);
  };
  const readName = (): string => {
    const match = /^[A-Za-z_$][\w$-]*/.exec(text.slice(i));
    if (!match) return fail("expected a name");
    i += match[0].length;
    return match[0];
  };
  steps.push({ kind: "key", key: readName() });
  while (i < text.length) {
    const c = text[i];
    if (c === ".") {
      i++;
      if (text[i] === "*") {
        i++;
        steps.push({ kind: "wildcard" });
      } else steps.push({ kind: "key", key: readName() });
    } else if (c === "[") {
      const close = text.indexOf("]", i);
      if (close < 0) fail("missing ]");
      const inner = text.slice(i + 1, close).trim();
      i = close + 1;
      if (inner === "*") steps.push({ kind: "wildcard" });
      else if (/^\d+$/.test(inner)) steps.push({ kind: "index", index: Number(inner) });
      else if (/^"[^"]*"$|^'[^']*'$/.test(inner)) steps.push({ kind: "key", key: inner.slice(1, -1) });
      else fail(`unsupported index [${inner}]`);
    } else if (c === "|") {
      i++;
      const name = readName();
      if (name !== "json" && name !== "text") fail(`unknown decoder |${name} (known: json, text)`);
      steps.push({ kind: "decode", decoder: name as "json" | "text" });
    } else fail(`unexpected "${c}"`);
  }
  cache.set(text, steps);
  return steps;
}

/** A value found by a path, with the source path that locates it (decoding does not add segments). */
export interface Located {
  value: Value | undefined;
  path: PathSegment[];
  /** An ancestor was Unknown: whether this value exists at all is not known. */
  underUnknown: boolean;
  /** The Unknown a decoder read this value from (the visible text of a partly known string). */
  decodedFrom?: Unknown;
  /** The value lies in a related record, not the selected one: its path is not a path of the selected record. */
  foreign?: { record: Resource; path?: PathSegment[] };
  /** A rule's own value (`$params`, `$sets`): nothing to locate in the source. */
  constant?: boolean;
  /** A relation's records, each seen as `{ attributes, options, resource }` (the value is the same list). */
  elements?: Located[];
}

/** `JSON` documents held in strings, or the statically known payload of `jsonencode(...)`. */
export function decodeJson(value: Value | undefined): Value | undefined {
  if (value === undefined) return undefined;
  if (isUnknown(value)) return value.decoded !== undefined ? value.decoded : value;
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value) as Value;
  } catch {
    return undefined;
  }
}

/** The statically visible text of a string value: itself, or what an encoding call wraps. */
export function decodeText(value: Value | undefined): Value | undefined {
  // An `.apply` callback's result may wrap the text in further Unknowns: follow the chain.
  let current = value;
  for (let depth = 0; depth < 16 && current !== undefined && isUnknown(current); depth++) {
    if (typeof current.decoded === "string") return current.decoded;
    if (current.decoded === undefined || !isUnknown(current.decoded)) break;
    current = current.decoded;
  }
  return value;
}

/** Follows the steps from a starting point; wildcards fan out, so the result is a list. */
export function resolveSteps(start: Located, steps: readonly PathStep[]): Located[] {
  let current: Located[] = [start];
  for (const step of steps) {
    const next: Located[] = [];
    for (const here of current) {
      if (step.kind !== "wildcard") {
        next.push(stepOnce(here, step));
        continue;
      }
      const { value } = here;
      if (value === undefined || value === null) continue;
      if (isUnknown(value)) {
        // Whatever lies below an unknown value is unknown too; keep one item so rules can say so.
        next.push(below(here, value, here.path, true));
        continue;
      }
      if (Array.isArray(value)) value.forEach((v, index) => next.push(here.elements?.[index] ?? below(here, v, [...here.path, index], here.underUnknown)));
      else if (typeof value === "object") for (const [k, v] of Object.entries(value)) next.push(below(here, v, [...here.path, k], here.underUnknown));
    }
    current = next;
  }
  return current;
}

/**
 * `resolveSteps` for steps without a wildcard, which find exactly one value: the same result
 * without a list per step (references are resolved for every check on every record).
 */
export function resolveSingle(start: Located, steps: readonly PathStep[]): Located {
  let here = start;
  for (const step of steps) here = stepOnce(here, step as Exclude<PathStep, { kind: "wildcard" }>);
  return here;
}

/** One key, index or decoder step from `here`: always exactly one result. */
function stepOnce(here: Located, step: Exclude<PathStep, { kind: "wildcard" }>): Located {
  const { value } = here;
  if (step.kind === "decode") {
    const decoded = step.decoder === "json" ? decodeJson(value) : decodeText(value);
    return decoded !== value && isUnknown(value) ? { ...here, value: decoded, decodedFrom: value } : { ...here, value: decoded };
  }
  const segment = step.kind === "key" ? step.key : step.index;
  if (value === undefined || value === null) return { ...here, value: undefined, path: [...here.path, segment] };
  // Whatever lies below an unknown value is unknown too.
  if (isUnknown(value)) return below(here, value, [...here.path, segment], true);
  if (typeof segment === "number" && here.elements?.[segment]) return here.elements[segment]!;
  return below(here, getPath(value, [segment]), [...here.path, segment], here.underUnknown);
}

/** A value found below `here`: where the value lives (`foreign`, `constant`) travels with it down the path. */
function below(here: Located, value: Value | undefined, path: PathSegment[], underUnknown: boolean): Located {
  const out: Located = { value, path, underUnknown };
  if (here.foreign) out.foreign = here.foreign;
  if (here.constant) out.constant = true;
  return out;
}
