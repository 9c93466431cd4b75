import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding } from "../model/finding.js";
import type { ReportContext } from "./context.js";
import { toJson } from "./json.js";
import { toSarif } from "./sarif.js";
import { toText } from "./text.js";

export type ReportFormat = "text" | "sarif" | "json";
export const REPORT_FORMATS: readonly ReportFormat[] = ["text", "sarif", "json"];

export type Reporter = (findings: readonly Finding[], rules: readonly RuleMeta[], context: ReportContext) => string;

export const REPORTERS: Record<ReportFormat, Reporter> = { text: toText, sarif: toSarif, json: toJson };

export { toJson, toSarif, toText };
export { summarize, visibleFindings, type ReportContext, type Summary, type ToolNotification } from "./context.js";
