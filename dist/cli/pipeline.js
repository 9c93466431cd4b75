import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  analyse,
  compareFindings,
  runScan
} from "./chunk-T4IQTLA5.js";
import "./chunk-LB7WBC64.js";
import "./chunk-E4MDVBIF.js";
import "./chunk-2YWGRYBZ.js";
import "./chunk-5SCTEHGG.js";
import "./chunk-HALMFHJK.js";
import "./chunk-LZYLFCTU.js";
import "./chunk-2CLBPXII.js";
import "./chunk-UIMQ6UOP.js";
import "./chunk-FEAASC7O.js";
import "./chunk-VCAXP36E.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-CW4QTCS7.js";
import "./chunk-HAQD6ZYP.js";
import "./chunk-WV4KQOO6.js";
export {
  analyse,
  compareFindings,
  runScan
};
