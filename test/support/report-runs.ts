import type { Finding } from "../../src/model/finding.js";
import type { ReportRun, ToolNotification } from "../../src/report/index.js";

/** What the single-root reporter tests describe: a root, a file count and notifications. */
export interface TestContext {
  root: string;
  toolVersion: string;
  filesScanned: number;
  includeSuppressed?: boolean;
  color?: boolean;
  notifications?: ToolNotification[];
}

/** One run of a single-root scan. */
export function runOf(findings: readonly Finding[], context: TestContext): ReportRun[] {
  return [{ root: context.root, findings, filesScanned: context.filesScanned, ...(context.notifications ? { notifications: context.notifications } : {}) }];
}
