import { isUnknown, isValueMap, unknown, type Value } from "../../model/value.js";
import { attributePathSegments, pathWithin } from "./attribute-path.js";
import { parseImageReference } from "./image.js";
import { isCommitSha, isExactVersion, parseModuleSource } from "../../model/module-source.js";
import { isOpenEndedRange } from "./npm-range.js";
import { isAnywhere, NETWORK_FUNCTIONS, parsePortRange, rangeCoversPorts } from "./network.js";
import { RNP_FUNCTIONS } from "./rnp.js";
import { NONDETERMINISTIC_FUNCTIONS } from "./nondeterministic.js";
import { KEY_VALUE_FUNCTIONS } from "./key-value.js";
import { SCRIPT_FUNCTIONS } from "./script.js";
import { PIN_FUNCTIONS } from "./pin.js";
import { VISIBLE_TEXT_FUNCTIONS } from "./visible-text.js";
import { CHANGE_FUNCTIONS } from "./change.js";

type Arg = Value | undefined;

/**
 * A library function callable from rule files. Arguments arrive as model values; unless
 * `seesUnknown` is set, a call with any Unknown argument returns Unknown without running, so a
 * function never mistakes an expression for a literal.
 */
export interface RuleFunction {
  description: string;
  params: string[];
  seesUnknown?: boolean;
  run: (...args: Arg[]) => Arg;
}

const asList = (v: Arg): Value[] => (v === undefined || v === null ? [] : Array.isArray(v) ? v : [v]);
const asNumber = (v: Arg): number | null => {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return null;
};

export const FUNCTIONS: Record<string, RuleFunction> = {
  image: {
    description:
      "Parses a container image reference into { registry, repository, tag, digest, hasTag, hasDigest }; null when it is not one. Template placeholders (`${AWS::Region}`, `${repo.repositoryUrl}`) may stand for the registry or name; one in the tag or digest makes the result unknown.",
    params: ["reference"],
    run: (reference) => {
      if (typeof reference !== "string") return null;
      // Placeholders (`${AWS::Region}`, `${repo.repositoryUrl}`) may stand for the registry or
      // the name; only a tag or digest that is visible decides anything.
      let count = 0;
      const masked = reference.replace(/\$\{[^}]*\}/g, () => `xplaceholder${count++}x`);
      const parsed = parseImageReference(masked);
      const hidden = /xplaceholder\d+x/;
      const lastSegment = parsed?.repository.slice(parsed.repository.lastIndexOf("/") + 1) ?? "";
      const mayHideTag = parsed !== null && parsed.tag === null && parsed.digest === null && hidden.test(lastSegment);
      if (parsed && (hidden.test(parsed.tag ?? "") || hidden.test(parsed.digest ?? "") || mayHideTag)) {
        return unknown(reference, { reason: "the image tag or digest is substituted" });
      }
      if (!parsed) return null;
      return { ...parsed, hasTag: parsed.tag !== null, hasDigest: parsed.digestValid };
    },
  },
  moduleSource: {
    description: "Parses a Terraform module source address into { kind, remote, ref, refKind }.",
    params: ["source"],
    run: (source) => (typeof source === "string" ? { ...parseModuleSource(source) } : null),
  },
  isCommitSha: {
    description: "True when the text is a full 40- or 64-hex commit id.",
    params: ["ref"],
    run: (ref) => typeof ref === "string" && isCommitSha(ref),
  },
  isExactVersion: {
    description: "True when a version constraint names one exact version rather than a range.",
    params: ["constraint"],
    run: (constraint) => typeof constraint === "string" && isExactVersion(constraint),
  },
  portsCovered: {
    description:
      "True when an ingress rule's protocol and port range reach any of the given ports. Ports may be numbers or range strings (`20-25`, `*`); a missing range means all ports.",
    params: ["protocol", "fromPort", "toPort", "ports"],
    run: (protocol, from, to, ports) => {
      if (protocol === undefined || protocol === null || typeof protocol === "boolean" || typeof protocol === "object") return false;
      let low = asNumber(from);
      let high = asNumber(to);
      if (typeof from === "string" && low === null) {
        const span = parsePortRange(from);
        if (span) [low, high] = span;
      }
      const wanted = asList(ports).map(asNumber).filter((p): p is number => p !== null);
      return rangeCoversPorts(protocol, low, high ?? low, wanted);
    },
  },
  portSpecCovers: {
    description: "True when any port spec (`22`, `20-25`, `*`, or a list of them) includes one of the ports.",
    params: ["specs", "ports"],
    seesUnknown: true,
    run: (specs, ports) => {
      const wanted = asList(ports).map(asNumber).filter((p): p is number => p !== null);
      let sawUnknown = false;
      for (const spec of asList(specs)) {
        if (isUnknown(spec)) { sawUnknown = true; continue; }
        if (typeof spec !== "string" && typeof spec !== "number") continue;
        const span = parsePortRange(spec);
        if (span && wanted.some((p) => p >= span[0] && p <= span[1])) return true;
      }
      return sawUnknown ? { $unknown: "port list" } : false;
    },
  },
  anyAnywhere: {
    description: "True when any argument (a CIDR or a list of CIDRs) matches every address (0.0.0.0/0, ::/0). Unknown when only unknown entries could.",
    params: ["...cidrs"],
    seesUnknown: true,
    run: (...lists) => {
      let sawUnknown: Value | null = null;
      for (const entry of lists.flatMap(asList)) {
        if (isUnknown(entry)) sawUnknown ??= entry;
        else if (typeof entry === "string" && isAnywhere(entry)) return true;
      }
      return sawUnknown ?? false;
    },
  },
  nonEmpty: {
    description: "True when the value is a non-empty list, map or string, or `true`.",
    params: ["value"],
    run: (value) => {
      if (value === undefined || value === null || value === false) return false;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === "string") return value.length > 0;
      if (isValueMap(value)) return Object.keys(value).length > 0;
      return true;
    },
  },
  pathWithin: {
    description: "True when an attribute path (`tags[\"x\"]`, `scaling_config[0].desired_size`) is one of, or lies inside one of, the patterns.",
    params: ["path", "patterns"],
    run: (path, patterns) => typeof path === "string" && pathWithin(path, asList(patterns).filter((p): p is string => typeof p === "string")),
  },
  ownedElsewhere: {
    description:
      "True when an ignored attribute path of a resource of `type` is managed by one of the `related` records (a relation's list): `owners` maps a type to { attribute path: [owner types] } (an ASG's `target_group_arns` and an `aws_autoscaling_traffic_source_attachment` that refers to it).",
    params: ["path", "type", "related", "owners"],
    run: (path, type, related, owners) => {
      if (typeof path !== "string" || typeof type !== "string" || !isValueMap(owners)) return false;
      const table = owners[type];
      if (!isValueMap(table)) return false;
      const present = new Set(
        asList(related)
          .map((view) => (isValueMap(view) && isValueMap(view.resource) ? view.resource.canonicalType : undefined))
          .filter((t): t is string => typeof t === "string"),
      );
      return Object.entries(table).some(([attribute, types]) => pathWithin(path, [attribute]) && asList(types).some((t) => typeof t === "string" && present.has(t)));
    },
  },
  pathMentions: {
    description: "True when any segment of an attribute path (`spec[0].template[0].metadata[0].labels`) is one of the names: a map such as `labels` at any depth, or anything inside one.",
    params: ["path", "names"],
    run: (path, names) => {
      if (typeof path !== "string") return false;
      const wanted = new Set(asList(names).filter((n): n is string => typeof n === "string"));
      return attributePathSegments(path).some((segment) => wanted.has(segment));
    },
  },
  attributePath: {
    description: "Normalises an attribute path to dotted snake_case segments (`scalingConfig[0].desiredSize` → `scaling_config.*.desired_size`).",
    params: ["path"],
    run: (path) => (typeof path === "string" ? attributePathSegments(path).join(".") : null),
  },
  keysMatch: {
    description: "True when any key of a map, at any depth, matches the regular expression.",
    params: ["value", "pattern"],
    run: (value, pattern) => typeof pattern === "string" && anyKeyMatches(value, new RegExp(pattern)),
  },
  isOpenEndedRange: {
    description:
      "True when an npm version range has no upper bound: `*`, `x`, empty, a dist-tag such as `latest`, or an alternative of only `>`/`>=` comparators (`>=3.0.0`, `^1 || >=2`).",
    params: ["range"],
    run: (range) => typeof range === "string" && isOpenEndedRange(range),
  },
  lower: {
    description: "Lower-cases a string.",
    params: ["text"],
    run: (text) => (typeof text === "string" ? text.toLowerCase() : text),
  },
  ...RNP_FUNCTIONS,
  ...NETWORK_FUNCTIONS,
  ...NONDETERMINISTIC_FUNCTIONS,
  ...KEY_VALUE_FUNCTIONS,
  ...SCRIPT_FUNCTIONS,
  ...PIN_FUNCTIONS,
  ...VISIBLE_TEXT_FUNCTIONS,
  ...CHANGE_FUNCTIONS,
};

function anyKeyMatches(value: Arg, pattern: RegExp, depth = 0): boolean {
  if (depth > 64 || value === undefined || value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => anyKeyMatches(v, pattern, depth + 1));
  if (isUnknown(value)) return false;
  return Object.entries(value).some(([k, v]) => pattern.test(k) || anyKeyMatches(v, pattern, depth + 1));
}

export function callFunction(name: string, args: Arg[]): Arg {
  const fn = FUNCTIONS[name];
  if (!fn) throw new Error(`unknown function ${name}`);
  if (!fn.seesUnknown) {
    const unknownArg = args.find((a) => isUnknown(a));
    if (unknownArg !== undefined) return unknownArg;
  }
  return fn.run(...args);
}
