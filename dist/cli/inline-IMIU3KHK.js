import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  commentSuppressions,
  isCalendarDate,
  metadataSuppressions,
  parseDirective
} from "./chunk-NXWGEROQ.js";
import {
  MARKER
} from "./chunk-ZKBTG5P2.js";
import "./chunk-WWUKL4MG.js";
import "./chunk-TVE24HG6.js";
import "./chunk-55FSTDKK.js";
import "./chunk-GQTE3E2F.js";
import "./chunk-WV4KQOO6.js";
export {
  MARKER,
  commentSuppressions,
  isCalendarDate,
  metadataSuppressions,
  parseDirective
};
