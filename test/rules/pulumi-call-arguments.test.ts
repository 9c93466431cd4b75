import path from "node:path";
import { describe, expect, it } from "vitest";
import { runScan } from "../../src/pipeline.js";

/**
 * Arguments passed into a Pulumi project's own component or function decide findings inside it:
 * the finding sits at the component's attribute and names the caller's argument as related.
 */
const REPO = path.resolve(import.meta.dirname, "../..");

describe("arguments of the program's own components and functions", () => {
  it("a component called with an unsafe and a pinned image: one PIN-005, inside the component, related to the unsafe call's argument", async () => {
    const outcome = await runScan({ paths: ["fixtures/rules/PIN-005/positive-component"], root: REPO, cwd: REPO });
    expect(outcome.diagnostics).toEqual([]);
    const pin005 = outcome.findings.filter((f) => f.ruleId === "PIN-005");
    expect(pin005).toHaveLength(1);
    expect(pin005[0]).toMatchObject({
      file: "fixtures/rules/PIN-005/positive-component/components/web.ts",
      range: { start: { line: 20, column: 11 } },
      related: [
        {
          file: "fixtures/rules/PIN-005/positive-component/index.ts",
          range: { start: { line: 4, column: 25 }, end: { line: 4, column: 46 } },
          message: 'argument image of new WebService("web")',
        },
      ],
    });
    expect(pin005[0]!.message).toContain("httpd:latest");
  });

  it("a function called twice with different unsafe images: two findings at the image line, each related to its call", async () => {
    const outcome = await runScan({ paths: ["fixtures/rules/PIN-005/positive-function-calls.ts"], root: REPO, cwd: REPO });
    const atImage = outcome.findings.filter((f) => f.ruleId === "PIN-005" && f.range.start.line === 11);
    expect(atImage.map((f) => f.related?.map((r) => r.range.start.line))).toEqual([[17], [18]]);
    expect(new Set(atImage.map((f) => f.fingerprint)).size).toBe(2);
  });
});
