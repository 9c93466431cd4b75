import { createRequire } from 'node:module';
import { t as toMarkdown } from './chunk-D-wumhab.js';
export { F as FAMILIES, M as MAX_BYTES, a as MAX_LISTED, c as codeSpan, e as escapeMarkdown, f as familyOf } from './chunk-D-wumhab.js';
import './chunk-CtZ3S918.js';
import './core-rIbHktD1.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toMarkdown };
