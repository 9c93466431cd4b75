import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  analyse,
  compareFindings,
  runScan
} from "./chunk-BAFG36SZ.js";
import "./chunk-AH6Z5DTD.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-VJFEVC2V.js";
import "./chunk-CS37TJEA.js";
import "./chunk-WWUKL4MG.js";
import "./chunk-AABTJWWH.js";
import "./chunk-YEXAB7WT.js";
import "./chunk-WV4KQOO6.js";
export {
  analyse,
  compareFindings,
  runScan
};
