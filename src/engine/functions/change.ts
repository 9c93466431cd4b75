/** Functions the gate rules (CHG) call on change records. */
import type { Value } from "../../model/value.js";
import { pathWithin } from "./attribute-path.js";
import type { RuleFunction } from "./index.js";

type Arg = Value | undefined;

const strings = (v: Arg): string[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).filter((p): p is string => typeof p === "string");

export const CHANGE_FUNCTIONS: Record<string, RuleFunction> = {
  notIgnored: {
    description:
      "The attribute paths (`instance_type`, `tags`, `Tags[0].Value`) that an ignore list (Terraform `ignore_changes`, Pulumi `ignoreChanges`, compared in snake_case) does not cover: a path inside an ignored one (`tags.Env` in `tags`) is covered, and `all` (or `*`) covers every path. The list as given when nothing is ignored.",
    params: ["paths", "ignored"],
    run: (paths, ignored) => {
      if (ignored === "all" || strings(ignored).some((p) => p === "all" || p === "*")) return [];
      const patterns = strings(ignored);
      return strings(paths).filter((path) => !pathWithin(path, patterns));
    },
  },
  join: {
    description: "The strings of a list joined with a separator (`instance_type, tags`); \"\" for an empty list.",
    params: ["list", "separator"],
    run: (list, separator) => strings(list).join(typeof separator === "string" ? separator : ", "),
  },
};
