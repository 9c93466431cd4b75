import { createRequire } from 'node:module';
import { r as reportCommand, l as linkBaseFrom, a as linkTemplateOption, b as readReportFile } from './chunk-BkUoBnbL.js';
import './chunk-B_ZFLRji.js';
import './chunk-De76Bceq.js';
import './core-rIbHktD1.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { linkBaseFrom, linkTemplateOption, readReportFile, reportCommand };
