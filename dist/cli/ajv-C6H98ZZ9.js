import { createRequire } from 'node:module';
import { r as require_ajv } from './chunk-DxXtx0eN.js';
import './core-DdDBMxAk.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);
const ajvNH4IIY6E = require_ajv();

export { ajvNH4IIY6E as default };
