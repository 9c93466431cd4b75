import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  analyse,
  compareFindings,
  runScan
} from "./chunk-T6UOXYDR.js";
import "./chunk-LB7WBC64.js";
import "./chunk-2SLEOY5W.js";
import "./chunk-2YWGRYBZ.js";
import "./chunk-5SCTEHGG.js";
import "./chunk-HALMFHJK.js";
import "./chunk-LZYLFCTU.js";
import "./chunk-2CLBPXII.js";
import "./chunk-24Q7BRWU.js";
import "./chunk-TVE24HG6.js";
import "./chunk-FCX7DRSK.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-55FSTDKK.js";
import "./chunk-HAQD6ZYP.js";
import "./chunk-WV4KQOO6.js";
export {
  analyse,
  compareFindings,
  runScan
};
