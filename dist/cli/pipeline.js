import { createRequire } from 'node:module';
export { O as analyse, Q as compareFindings, T as runScan } from './core-Bss-CE5a.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);
