import type { RuleMeta } from "../model/rule-meta.js";
import type { ReportOptions, ReportRun } from "./context.js";

/** Placeholder until the JUnit reporter lands. */
export function toJunit(_runs: readonly ReportRun[], _rules: readonly RuleMeta[], _options: ReportOptions): string {
  throw new Error("junit report not built yet");
}
