import { createRequire } from 'node:module';
import { H as HELP } from './core-B1YyzGGN.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { HELP };
