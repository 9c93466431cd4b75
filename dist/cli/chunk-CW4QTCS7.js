import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/model/value.ts
function unknown(expression, extra) {
  const u = { $unknown: expression };
  if (extra?.refs?.length) u.refs = extra.refs;
  if (extra?.decoded !== void 0) u.decoded = extra.decoded;
  if (extra?.reason !== void 0) u.reason = extra.reason;
  if (extra?.partial) u.partial = true;
  if (extra?.input) u.input = true;
  return u;
}
function isUnknown(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof v.$unknown === "string";
}
function isValueMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v);
}
function describeValue(v) {
  if (v === void 0) return "(absent)";
  if (isUnknown(v)) return v.$unknown;
  if (typeof v === "string") return JSON.stringify(v);
  return JSON.stringify(v);
}
function getPath(root, path) {
  let current = root;
  for (const segment of path) {
    if (current === void 0 || current === null) return void 0;
    if (isUnknown(current)) return current;
    if (Array.isArray(current)) {
      if (typeof segment !== "number") return void 0;
      current = current[segment];
    } else if (typeof current === "object") {
      current = Object.prototype.hasOwnProperty.call(current, segment) ? current[String(segment)] : void 0;
    } else {
      return void 0;
    }
  }
  return current;
}
function nondeterministicIn(v, depth = 0) {
  if (v === void 0 || v === null || typeof v !== "object" || depth > 64) return void 0;
  if (isUnknown(v)) return v.nondeterministic ?? (v.decoded !== void 0 ? nondeterministicIn(v.decoded, depth + 1) : void 0);
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const found = nondeterministicIn(item, depth + 1);
    if (found !== void 0) return found;
  }
  return void 0;
}
function formatPath(path) {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}

export {
  unknown,
  isUnknown,
  isValueMap,
  describeValue,
  getPath,
  nondeterministicIn,
  formatPath
};
