import { createRequire } from 'node:module';
import { r as reportCommand, l as linkBaseFrom, a as linkTemplateOption, b as readReportFile } from './chunk-Lmv-zmux.js';
import './chunk-idedue4J.js';
import './chunk-DzjoBrPg.js';
import './core-CuAHVpcg.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { linkBaseFrom, linkTemplateOption, readReportFile, reportCommand };
