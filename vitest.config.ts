import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import SummaryReporter from "./test/support/summary-reporter.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The summary reporter must come after "default": reporters run in order and its line is last.
    reporters: ["default", new SummaryReporter()],
    testTimeout: 30_000,
    // Vitest's default leaves one core free, which on a 2-core CI machine runs every file in
    // one worker; the CLI and install tests mostly wait on child processes, so two workers
    // nearly halve the run (184 s → 110 s measured here).
    maxWorkers: Math.max(2, availableParallelism()),
    hookTimeout: 120_000,
  },
});
