import { createRequire } from 'node:module';
import { r as reportCommand, l as linkBaseFrom, a as linkTemplateOption, b as readReportFile } from './chunk-BirL8aV4.js';
import './chunk-pdXiOu_N.js';
import './chunk-iwc1ppje.js';
import './core-Bss-CE5a.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { linkBaseFrom, linkTemplateOption, readReportFile, reportCommand };
