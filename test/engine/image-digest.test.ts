import { describe, expect, it } from "vitest";
import { callFunction } from "../../src/engine/functions/index.js";
import { parseImageReference } from "../../src/engine/functions/image.js";

const HEX64 = "0123456789abcdef".repeat(4);

describe("image digests: valid, absent or malformed", () => {
  it.each([
    [`app@sha256:${HEX64}`, true, false],
    [`app:1.0@sha512:${HEX64}${HEX64}`, true, false],
    ["app:1.0", false, false],
    [`app@sha256:${HEX64.slice(1)}`, false, true], // 63 digits
    [`app:1.0@sha256:${HEX64.slice(1)}g`, false, true], // not hex
    [`app@sha256:${HEX64.toUpperCase()}`, false, true], // upper case is not a canonical digest
    [`app@sha512:${HEX64}`, false, true], // sha512 needs 128 digits
    ["app@", false, true],
  ])("%s: valid %s, malformed %s", (reference, valid, malformed) => {
    expect(parseImageReference(reference)).toMatchObject({ digestValid: valid, digestMalformed: malformed });
  });

  it("rules see the malformed digest through the image function", () => {
    expect(callFunction("image", [`nginx:1.27@sha256:${HEX64.slice(1)}`])).toMatchObject({ hasTag: true, hasDigest: false, digestMalformed: true });
  });
});
