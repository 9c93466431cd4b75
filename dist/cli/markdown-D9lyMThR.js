import { createRequire } from 'node:module';
import { t as toMarkdown } from './chunk-DTWXVNtg.js';
export { F as FAMILIES, M as MAX_BYTES, a as MAX_LISTED, c as codeSpan, e as escapeMarkdown, f as familyOf } from './chunk-DTWXVNtg.js';
import './chunk-BqlMbmgn.js';
import './core-CW61zG-1.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toMarkdown };
