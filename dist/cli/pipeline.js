import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  analyse,
  compareFindings,
  runScan
} from "./chunk-7VFNDZCO.js";
import "./chunk-57TRGHXV.js";
import "./chunk-WN2QKRKJ.js";
import "./chunk-HALMFHJK.js";
import "./chunk-LZYLFCTU.js";
import "./chunk-WWUKL4MG.js";
import "./chunk-UM532KCG.js";
import "./chunk-TVE24HG6.js";
import "./chunk-LL47ZOIA.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-55FSTDKK.js";
import "./chunk-HAQD6ZYP.js";
import "./chunk-WV4KQOO6.js";
export {
  analyse,
  compareFindings,
  runScan
};
