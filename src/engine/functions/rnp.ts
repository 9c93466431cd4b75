import { isUnknown, isValueMap, type Value } from "../../model/value.js";
import type { RuleFunction } from "./index.js";

/** Library functions of the RNP (replace, don't patch) rules. */
export const RNP_FUNCTIONS: Record<string, RuleFunction> = {
  hasContent: {
    description:
      "True when a value is set and not empty (not null, \"\", [] or {}). An expression that is not known statically counts as set, as `present` does (a script built with `templatefile`, a reference to another resource), except an input of a definition (a variable with no value here): that stays unknown, for its callers' evaluations to decide.",
    params: ["value"],
    seesUnknown: true,
    run: (value) => {
      if (value === undefined || value === null) return false;
      if (isUnknown(value)) return value.input ? value : true;
      if (Array.isArray(value)) return value.length > 0;
      if (typeof value === "string") return value.length > 0;
      if (isValueMap(value)) return Object.keys(value as Record<string, Value>).length > 0;
      return true;
    },
  },
  isPublishedVersion: {
    description:
      "True when a Lambda function version is a literal published version number (`\"3\"`, 3), false for `$LATEST` and for an expression over another record of the configuration (an unpublished function's `version` is `$LATEST`); an expression over inputs only (`var.version`) stays unknown.",
    params: ["version"],
    seesUnknown: true,
    run: (version) => {
      if (typeof version === "number") return Number.isInteger(version) && version > 0;
      if (typeof version === "string") return /^\s*[1-9]\d*\s*$/.test(version);
      if (isUnknown(version)) return version.refs?.length ? false : version;
      return false;
    },
  },
};
