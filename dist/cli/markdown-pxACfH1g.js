import { createRequire } from 'node:module';
import { t as toMarkdown } from './chunk-Bu1DVNtn.js';
export { F as FAMILIES, M as MAX_BYTES, a as MAX_LISTED, c as codeSpan, e as escapeMarkdown, f as familyOf } from './chunk-Bu1DVNtn.js';
import './chunk-lZAL_WNU.js';
import './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toMarkdown };
