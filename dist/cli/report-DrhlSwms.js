import { createRequire } from 'node:module';
import { r as reportCommand, l as linkBaseFrom, a as linkTemplateOption, b as readReportFile } from './chunk-CdQj8ULH.js';
import './chunk-C6_0oI_1.js';
import './chunk-DRpJoMDH.js';
import './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { linkBaseFrom, linkTemplateOption, readReportFile, reportCommand };
