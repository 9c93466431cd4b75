import type { TestModule } from "vitest/node";
import { describe, expect, it } from "vitest";
import { countTests, summaryText } from "./summary-reporter.js";

function fakeModule(states: string[]): TestModule {
  const tests = states.map((state) => ({ result: () => ({ state }) }));
  return { state: () => "passed", children: { *allTests() { yield* tests; } } } as unknown as TestModule;
}

describe("summary reporter", () => {
  it("counts passed, failed and skipped (todo and pending count as skipped)", () => {
    const counts = countTests([fakeModule(["passed", "failed", "skipped"]), fakeModule(["passed", "pending"])]);
    expect(counts).toEqual({ passed: 2, failed: 1, skipped: 2 });
    expect(summaryText(counts)).toBe("2 passed, 1 failed, 2 skipped");
  });
});
