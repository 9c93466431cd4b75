import { describe, expect, it } from "vitest";
import { callFunction } from "../../src/engine/functions/index.js";
import { unknown } from "../../src/model/value.js";

describe("visibleText: the text at the end of a decoding chain", () => {
  it("returns strings as they are and reads one or more layers of decoded text", () => {
    expect(callFunction("visibleText", ["nginx:latest"])).toBe("nginx:latest");
    expect(callFunction("visibleText", [unknown("`${url}:latest`", { decoded: "${url}:latest" })])).toBe("${url}:latest");
    // A Pulumi `.apply` callback returning a template: the callback's Unknown wraps the template's.
    const applied = unknown("repo.repositoryUrl.apply((url) => `${url}:latest`)", {
      decoded: unknown("`${url}:latest`", { decoded: "${url}:latest", reason: "partly known string" }),
      reason: "output transformation (.apply)",
    });
    expect(callFunction("visibleText", [applied])).toBe("${url}:latest");
    expect(callFunction("image", [callFunction("visibleText", [applied])])).toMatchObject({ tag: "latest", digest: null });
  });

  it("leaves a value without visible text as it is", () => {
    const opaque = unknown("config.require(\"image\")");
    expect(callFunction("visibleText", [opaque])).toBe(opaque);
    const json = unknown("jsonencode(x)", { decoded: [{ image: "nginx" }] });
    expect(callFunction("visibleText", [json])).toBe(json);
    expect(callFunction("visibleText", [null])).toBe(null);
  });
});
