import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-GQTE3E2F.js";
import "./chunk-WV4KQOO6.js";
export default require_dist();
