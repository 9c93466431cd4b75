import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/engine/schema-errors.ts
function mostSpecific(errors) {
  const useful = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const pool = useful.length > 0 ? useful : errors;
  const rank = (e) => e.instancePath.length * 2 + (e.keyword === "additionalProperties" ? 1 : 0);
  return pool.reduce((best, e) => rank(e) > rank(best) ? e : best, pool[0]);
}

export {
  mostSpecific
};
