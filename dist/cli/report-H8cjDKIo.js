import { createRequire } from 'node:module';
import { r as reportCommand, l as linkBaseFrom, a as linkTemplateOption, b as readReportFile } from './chunk-BvCYnJBk.js';
import './chunk-D5-8n4wS.js';
import './chunk-CmROPSec.js';
import './core-DdDBMxAk.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { linkBaseFrom, linkTemplateOption, readReportFile, reportCommand };
