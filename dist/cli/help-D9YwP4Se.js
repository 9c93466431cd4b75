import { createRequire } from 'node:module';
import { k as commandHelp } from './core-Cp4Gwmxr.js';
export { H as HELP } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { commandHelp };
