import {
  BUILTIN_RULES_DIR,
  PARSE_RULE_ID,
  RuleLoadError,
  diagnosticFinding,
  evaluate,
  fingerprint,
  loadRules,
  parseRuleFile
} from "./chunk-ZMDPTPJF.js";
import "./chunk-AA6DXPFO.js";
import "./chunk-YEWZ7O2E.js";
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
