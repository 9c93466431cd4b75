import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  analyse,
  compareFindings,
  runScan
} from "./chunk-RFOBVW2R.js";
import "./chunk-LB7WBC64.js";
import "./chunk-7ZH2ZNCF.js";
import "./chunk-HLV5G4LZ.js";
import "./chunk-UGPQBD7R.js";
import "./chunk-HALMFHJK.js";
import "./chunk-LZYLFCTU.js";
import "./chunk-2CLBPXII.js";
import "./chunk-VOS3E25W.js";
import "./chunk-AEPW6RFW.js";
import "./chunk-FEAASC7O.js";
import "./chunk-SGTIMQFB.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-CW4QTCS7.js";
import "./chunk-HAQD6ZYP.js";
import "./chunk-WV4KQOO6.js";
export {
  analyse,
  compareFindings,
  runScan
};
