import { createRequire } from 'node:module';
import { r as reportCommand, l as linkBaseFrom, a as linkTemplateOption, b as readReportFile } from './chunk-DOXpqm3t.js';
import './chunk-7lawT7XT.js';
import './chunk-CgpbRjkG.js';
import './core-HfGdI6ye.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { linkBaseFrom, linkTemplateOption, readReportFile, reportCommand };
