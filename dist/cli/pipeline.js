import { createRequire } from 'node:module';
export { J as analyse, K as compareFindings, N as runScan } from './core-B1YyzGGN.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);
