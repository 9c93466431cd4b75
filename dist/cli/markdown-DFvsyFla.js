import { createRequire } from 'node:module';
import { t as toMarkdown } from './chunk-DT0py3Zp.js';
export { F as FAMILIES, M as MAX_BYTES, a as MAX_LISTED, c as codeSpan, e as escapeMarkdown, f as familyOf } from './chunk-DT0py3Zp.js';
import './chunk-L6Vvu_-o.js';
import './core-B1YyzGGN.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toMarkdown };
