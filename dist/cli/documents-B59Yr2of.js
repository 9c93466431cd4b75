import { createRequire } from 'node:module';
import { d as documentFromRuns } from './chunk-DRpJoMDH.js';
export { R as ReportDocumentError, c as compareDocuments, f as familyOf, m as mergeDocuments, o as ownValue, p as parseReportDocument, s as summarizeRepositories, a as sweepDocument, b as sweepFinding, e as sweepRules, u as uniqueNames } from './chunk-DRpJoMDH.js';
import './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

export { documentFromRuns };
