import {
  analyse,
  compareFindings,
  runScan
} from "./chunk-YKHRFG54.js";
import "./chunk-ZMDPTPJF.js";
import "./chunk-AA6DXPFO.js";
import "./chunk-ZUIZ3OPS.js";
import "./chunk-T7W4M46V.js";
import "./chunk-AZMHRRSR.js";
import "./chunk-YEWZ7O2E.js";
export {
  analyse,
  compareFindings,
  runScan
};
