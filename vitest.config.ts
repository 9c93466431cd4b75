import { defineConfig } from "vitest/config";
import SummaryReporter from "./test/support/summary-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The summary reporter must come after "default": reporters run in order and its line is last.
    reporters: ["default", new SummaryReporter()],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
