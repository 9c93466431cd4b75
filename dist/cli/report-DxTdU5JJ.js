import { createRequire } from 'node:module';
import { r as reportCommand, a as readReportFile } from './chunk-CXBv_eoZ.js';
import './core-CW61zG-1.js';
import './chunk-B3mErDmI.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { readReportFile, reportCommand };
