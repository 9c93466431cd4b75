import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  require_ajv
} from "./chunk-2CLPCHOW.js";
import "./chunk-HAQD6ZYP.js";
import "./chunk-WV4KQOO6.js";
export default require_ajv();
