import { describe, expect, it } from "vitest";
import { internalError } from "../../src/scanners/shared/internal-error.js";

describe("internalError", () => {
  it("says 'nested too deeply' only for a stack overflow, and names other errors as they are", () => {
    const overflow = (() => {
      try {
        const f = (): number => f() + 1;
        return f();
      } catch (error) {
        return error;
      }
    })();
    expect(internalError("a.tf", overflow).message).toBe(
      "internal error while scanning this file (the file is nested too deeply to read); the rest of the scan went on. Please report this with the file attached.",
    );
    expect(internalError("a.tf", new RangeError("Invalid code point NaN")).message).toMatch(/^internal error while scanning this file \(RangeError: Invalid code point NaN\);/);
    expect(internalError("a.tf", new Error("plain")).message).toMatch(/^internal error while scanning this file \(plain\);/);
  });
});
