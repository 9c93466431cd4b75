import { createRequire } from 'node:module';
import { t as toMarkdown } from './chunk-il3S0QcX.js';
export { F as FAMILIES, M as MAX_BYTES, a as MAX_LISTED, c as codeSpan, e as escapeMarkdown, f as familyOf } from './chunk-il3S0QcX.js';
import './chunk-CwD2gVBY.js';
import './core-CuAHVpcg.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toMarkdown };
