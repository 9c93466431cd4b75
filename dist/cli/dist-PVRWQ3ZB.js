import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-J5YEBKFN.js";
import "./chunk-WV4KQOO6.js";
export default require_dist();
