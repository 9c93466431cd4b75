import type { RuleMeta } from "../model/rule-meta.js";
import type { ReportOptions, ReportRun } from "./context.js";

export type ReportFormat = "text" | "sarif" | "json" | "markdown" | "junit" | "html";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "sarif", "json", "markdown", "junit", "html"];

/** Renders the runs of one invocation (one per repository root) as one document. */
export type Reporter = (runs: readonly ReportRun[], rules: readonly RuleMeta[], options: ReportOptions) => string;

/** The reporter of a format, loaded when a run asks for it (a scan loads the one or two it writes). */
export async function loadReporter(format: ReportFormat): Promise<Reporter> {
  switch (format) {
    case "text":
      return (await import("./text.js")).toText;
    case "sarif":
      return (await import("./sarif.js")).toSarif;
    case "json":
      return (await import("./json.js")).toJson;
    case "markdown":
      return (await import("./markdown.js")).toMarkdown;
    case "junit":
      return (await import("./junit.js")).toJunit;
    case "html":
      // Carries Chart.js's source (some 200 kB): loaded only by the runs that write HTML.
      return (await import("./html.js")).toHtml;
  }
}
export { mergeRuns, summarize, visibleFindings, type Provenance, type ReportOptions, type ReportRun, type Summary, type ToolNotification } from "./context.js";
