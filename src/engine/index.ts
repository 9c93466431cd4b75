export { loadRules, parseRuleFile, RuleLoadError, BUILTIN_RULES_DIR, type LoadRulesOptions } from "./load.js";
export { evaluate, type EvaluateOptions } from "./evaluate.js";
export { diagnosticFinding, PARSE_RULE_ID } from "./diagnostics.js";
export { fingerprint } from "./fingerprint.js";
export type { Rule, RuleMeta, Check, Condition } from "./rule.js";
