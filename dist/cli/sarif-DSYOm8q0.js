import { createRequire } from 'node:module';
import { t as toSarif } from './chunk-lZAL_WNU.js';
export { F as FINGERPRINT_KEY, I as INFORMATION_URI, M as MAX_RESULTS, a as MAX_RULES, S as SARIF_SCHEMA, b as SRCROOT, e as encodeUriPath, h as helpMarkdown, c as helpText, p as pascalCase, d as publishableRepositoryUri, r as rootUri, s as sarifRegion } from './chunk-lZAL_WNU.js';
import './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toSarif };
