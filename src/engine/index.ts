export { loadRules, RuleLoadError, BUILTIN_RULES_DIR, type LoadRulesOptions } from "./load.js";
// parseRuleFile lives in ./rule-file.js, imported by path: it loads yaml and ajv, which a scan with
// the compiled built-in pack does not need (a re-export here would load them with the engine).
export { evaluate, Evaluation, type EvaluateOptions } from "./evaluate.js";
export { diagnosticFinding, PARSE_RULE_ID } from "./diagnostics.js";
export { fingerprint } from "./fingerprint.js";
export type { Rule, RuleMeta, Check, Condition } from "./rule.js";
