import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  BUILTIN_RULES_DIR,
  PARSE_RULE_ID,
  RuleLoadError,
  diagnosticFinding,
  evaluate,
  fingerprint,
  loadRules,
  parseRuleFile
} from "./chunk-CUGVVJG6.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-LF7QANH5.js";
import "./chunk-WV4KQOO6.js";
export {
  BUILTIN_RULES_DIR,
  PARSE_RULE_ID,
  RuleLoadError,
  diagnosticFinding,
  evaluate,
  fingerprint,
  loadRules,
  parseRuleFile
};
