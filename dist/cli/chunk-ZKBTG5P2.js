import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/suppress/marker.ts
var MARKER = "driftless:ignore";

export {
  MARKER
};
