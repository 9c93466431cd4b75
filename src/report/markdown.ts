import type { RuleMeta } from "../model/rule-meta.js";
import type { ReportOptions, ReportRun } from "./context.js";

/** Placeholder until the markdown reporter lands. */
export function toMarkdown(_runs: readonly ReportRun[], _rules: readonly RuleMeta[], _options: ReportOptions): string {
  throw new Error("markdown report not built yet");
}
