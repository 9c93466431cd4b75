import { createRequire } from 'node:module';
import { r as require_ajv } from './chunk-cFW8D4GL.js';
import './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);
const ajvNH4IIY6E = require_ajv();

export { ajvNH4IIY6E as default };
