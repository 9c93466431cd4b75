import type { Reporter, TestModule, TestRunEndReason, Vitest } from "vitest/node";

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Counts test cases by outcome; todo and skipped both count as skipped, pending ones too. */
export function countTests(modules: ReadonlyArray<TestModule>): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  for (const module of modules) {
    for (const test of module.children.allTests()) {
      const state = test.result().state;
      if (state === "passed") counts.passed++;
      else if (state === "failed") counts.failed++;
      else counts.skipped++;
    }
  }
  return counts;
}

export function summaryText(counts: Counts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
}

/**
 * Prints `N passed, N failed, N skipped` as the very last line of a run, for CI to parse.
 * Used after the default reporter (vitest awaits reporters' onTestRunEnd in list order, the
 * default one prints its summary synchronously, so this line comes after it).
 */
export default class SummaryReporter implements Reporter {
  private vitest: Vitest | undefined;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  async onTestRunEnd(
    testModules: ReadonlyArray<TestModule>,
    unhandledErrors: ReadonlyArray<unknown>,
    _reason: TestRunEndReason,
  ): Promise<void> {
    const counts = countTests(testModules);
    // A module that failed to load (syntax error, failing beforeAll) has no passing tests to show for it.
    for (const module of testModules) {
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) counts.failed++;
    }
    if (unhandledErrors.length > 0 && counts.failed === 0) counts.failed++;
    // Let anything the other reporters queued on this tick go first.
    await new Promise((r) => setImmediate(r));
    const line = summaryText(counts);
    if (this.vitest) this.vitest.logger.log(line);
    else process.stdout.write(`${line}\n`);
  }
}
