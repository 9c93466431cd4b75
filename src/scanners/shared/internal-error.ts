import { range } from "../../model/position.js";
import type { Diagnostic } from "../../model/resource.js";

/** The diagnostic for an exception thrown while scanning `file`. */
export function internalError(file: string, error: unknown): Diagnostic {
  const detail = error instanceof RangeError ? "the file is nested too deeply to read" : error instanceof Error ? error.message : String(error);
  return {
    file,
    range: range(1, 1, 1, 2),
    severity: "error",
    message: `internal error while scanning this file (${detail}); the rest of the scan went on. Please report this with the file attached.`,
  };
}
