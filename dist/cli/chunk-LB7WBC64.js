import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  range
} from "./chunk-2CLBPXII.js";

// src/scanners/shared/internal-error.ts
function internalError(file, error) {
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  const detail = overflow ? "the file is nested too deeply to read" : error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return {
    file,
    range: range(1, 1, 1, 2),
    severity: "error",
    message: `internal error while scanning this file (${detail}); the rest of the scan went on. Please report this with the file attached.`
  };
}

export {
  internalError
};
