import { createRequire } from 'node:module';
import { t as toMarkdown } from './chunk-Bp4Sp4Fs.js';
export { F as FAMILIES, M as MAX_BYTES, a as MAX_LISTED, c as codeSpan, e as escapeMarkdown, f as familyOf } from './chunk-Bp4Sp4Fs.js';
import './chunk-CS5hTB1W.js';
import './core-DdDBMxAk.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toMarkdown };
