import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScan } from "../../src/pipeline.js";

/**
 * The Pulumi demo's worker image is a `const` in settings.ts, imported by index.ts: the value
 * from the other file decides PIN-005, and the finding names where it is written.
 */
const REPO = path.resolve(import.meta.dirname, "../..");

describe("a const from another file of a Pulumi project", () => {
  it("decides a finding, which points at the use and names the const as related", async () => {
    const outcome = await runScan({ paths: ["fixtures/demo/pulumi"], root: REPO, cwd: REPO });
    const pin005 = outcome.findings.filter((f) => f.ruleId === "PIN-005");
    expect(pin005).toHaveLength(1);
    expect(pin005[0]).toMatchObject({
      file: "fixtures/demo/pulumi/index.ts",
      range: { start: { line: 12, column: 3 } },
      resource: "resizer",
      related: [{ file: "fixtures/demo/pulumi/settings.ts", range: { start: { line: 2, column: 14 } } }],
    });
    expect(pin005[0]!.message).toContain("worker:latest");
    expect(outcome.diagnostics).toEqual([]);
  });
});
