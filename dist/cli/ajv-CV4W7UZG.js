import { createRequire } from 'node:module';
import { r as require_ajv } from './chunk-UIT4ePLx.js';
import './core-HfGdI6ye.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);
const ajvNH4IIY6E = require_ajv();

export { ajvNH4IIY6E as default };
