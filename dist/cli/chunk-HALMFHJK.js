import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  require_picomatch
} from "./chunk-LZYLFCTU.js";
import {
  __toESM
} from "./chunk-WV4KQOO6.js";

// src/suppress/ignore.ts
var import_picomatch = __toESM(require_picomatch(), 1);
function ignoreMatcher(entry) {
  const pathMatch = entry.paths ? (0, import_picomatch.default)(entry.paths, { dot: true }) : void 0;
  const rules = entry.rules ? new Set(entry.rules) : void 0;
  const resource = entry.resource;
  const prefix = resource?.endsWith(".*") ? resource.slice(0, -2) : void 0;
  return (f) => {
    if (rules && !rules.has(f.ruleId)) return false;
    if (entry.fingerprint && f.fingerprint !== entry.fingerprint) return false;
    if (pathMatch && !pathMatch(f.file)) return false;
    if (resource !== void 0) {
      if (prefix !== void 0) {
        if (!(f.resource === prefix || f.resource.startsWith(`${prefix}.`) || f.resource.startsWith(`${prefix}[`))) return false;
      } else if (f.resource !== resource) return false;
    }
    return true;
  };
}
function isExpired(expires, today) {
  return expires !== void 0 && expires < today;
}
function todayUtc(env = process.env) {
  const forced = env.DRIFTLESS_TODAY;
  if (forced && /^\d{4}-\d{2}-\d{2}$/.test(forced)) return forced;
  return (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
}
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

// src/suppress/marker.ts
var MARKER = "driftless:ignore";

export {
  ignoreMatcher,
  isExpired,
  todayUtc,
  isCalendarDate,
  MARKER
};
