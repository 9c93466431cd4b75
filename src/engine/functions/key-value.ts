import { isUnknown, isValueMap, type Value } from "../../model/value.js";
import type { RuleFunction } from "./index.js";

type Arg = Value | undefined;

/** Library functions over key/value lists (CloudFormation `LoadBalancerAttributes`, `Tags`, …). */
export const KEY_VALUE_FUNCTIONS: Record<string, RuleFunction> = {
  keyValue: {
    description:
      "The value of the entry whose key is `key` in a list of key/value objects (`[{ Key: deletion_protection.enabled, Value: \"true\" }]`), by default with the fields `Key` and `Value`; null when no entry has the key. Unknown when the list, or the key of an entry that could match, is not known statically.",
    params: ["list", "key", "keyField", "valueField"],
    seesUnknown: true,
    run: (list, key, keyField, valueField) => {
      const k = typeof keyField === "string" ? keyField : "Key";
      const v = typeof valueField === "string" ? valueField : "Value";
      if (list === undefined || list === null) return null;
      if (isUnknown(list)) return list;
      if (!Array.isArray(list) || typeof key !== "string") return null;
      let undecided: Arg;
      for (const entry of list) {
        if (isUnknown(entry)) {
          undecided ??= entry;
          continue;
        }
        if (!isValueMap(entry)) continue;
        const name = entry[k];
        if (isUnknown(name)) {
          undecided ??= name;
          continue;
        }
        if (name === key) return entry[v] ?? null;
      }
      return undecided ?? null;
    },
  },
};

