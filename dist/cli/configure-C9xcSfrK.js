import { createRequire } from 'node:module';
import { c as configureRules, R as RuleSettingError } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { RuleSettingError, configureRules };
