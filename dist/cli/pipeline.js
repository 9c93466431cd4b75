import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  analyse,
  compareFindings,
  runScan
} from "./chunk-U5HIQRPQ.js";
import "./chunk-CUGVVJG6.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-7K22F3GZ.js";
import "./chunk-CS37TJEA.js";
import "./chunk-WWUKL4MG.js";
import "./chunk-LF7QANH5.js";
import "./chunk-LZYLFCTU.js";
import "./chunk-WV4KQOO6.js";
export {
  analyse,
  compareFindings,
  runScan
};
