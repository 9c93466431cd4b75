import { createRequire } from 'node:module';
import { r as reportCommand, a as readReportFile } from './chunk-DXGqSpmm.js';
import './core-B1YyzGGN.js';
import './chunk-DmEb5run.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { readReportFile, reportCommand };
