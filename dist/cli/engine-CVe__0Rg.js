import { createRequire } from 'node:module';
import { l as loadRules, B as BUILTIN_RULES_DIR } from './core-Cp4Gwmxr.js';
export { E as Evaluation, P as PARSE_RULE_ID, a as RuleLoadError, d as diagnosticFinding, e as evaluate, g as fingerprint } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { BUILTIN_RULES_DIR, loadRules };
