import { range } from "../../model/position.js";
import type { Diagnostic } from "../../model/resource.js";

/** The diagnostic for an exception thrown while scanning `file`. */
export function internalError(file: string, error: unknown): Diagnostic {
  // A stack overflow is what a deeply nested file causes; other errors say what they are.
  const overflow = error instanceof RangeError && /call stack/i.test(error.message);
  const detail = overflow ? "the file is nested too deeply to read" : error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error);
  return {
    file,
    range: range(1, 1, 1, 2),
    severity: "error",
    message: `internal error while scanning this file (${detail}); the rest of the scan went on. Please report this with the file attached.`,
  };
}
