import { createRequire } from 'node:module';
import { t as toMarkdown } from './chunk-CtzG_RjI.js';
export { F as FAMILIES, M as MAX_BYTES, a as MAX_LISTED, c as codeSpan, e as escapeMarkdown, f as familyOf } from './chunk-CtzG_RjI.js';
import './chunk-ZIeQDper.js';
import './core-HfGdI6ye.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { toMarkdown };
