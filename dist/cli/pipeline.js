import { createRequire } from 'node:module';
export { Q as analyse, T as compareFindings, V as runScan } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);
