import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  Evaluation,
  PARSE_RULE_ID,
  diagnosticFinding,
  evaluate,
  fingerprint
} from "./chunk-AEPW6RFW.js";
import "./chunk-FEAASC7O.js";
import {
  BUILTIN_RULES_DIR,
  RuleLoadError,
  loadRules
} from "./chunk-SGTIMQFB.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-CW4QTCS7.js";
import "./chunk-HAQD6ZYP.js";
import "./chunk-WV4KQOO6.js";
export {
  BUILTIN_RULES_DIR,
  Evaluation,
  PARSE_RULE_ID,
  RuleLoadError,
  diagnosticFinding,
  evaluate,
  fingerprint,
  loadRules
};
