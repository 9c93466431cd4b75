import type { RuleMeta } from "../model/rule-meta.js";
import type { ReportOptions, ReportRun } from "./context.js";
import { toJson } from "./json.js";
import { toSarif } from "./sarif.js";
import { toText } from "./text.js";
import { toMarkdown } from "./markdown.js";
import { toJunit } from "./junit.js";

export type ReportFormat = "text" | "sarif" | "json" | "markdown" | "junit";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "sarif", "json", "markdown", "junit"];

/** Renders the runs of one invocation (one per repository root) as one document. */
export type Reporter = (runs: readonly ReportRun[], rules: readonly RuleMeta[], options: ReportOptions) => string;

export const REPORTERS: Record<ReportFormat, Reporter> = { text: toText, sarif: toSarif, json: toJson, markdown: toMarkdown, junit: toJunit };

export { toJson, toJunit, toMarkdown, toSarif, toText };
export { mergeRuns, summarize, visibleFindings, type Provenance, type ReportOptions, type ReportRun, type Summary, type ToolNotification } from "./context.js";
