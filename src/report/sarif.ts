import { isAbsolute, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { RuleMeta } from "../model/rule-meta.js";
import type { Finding, RelatedLocation } from "../model/finding.js";
import { levelRank } from "../model/finding.js";
import type { Format } from "../model/resource.js";
import type { Range } from "../model/position.js";
import { rulesForReport, visibleFindings, type ReportOptions, type ReportRun, type ToolNotification } from "./context.js";

export const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The project's documentation: its repository's README (package.json `repository`). */
export const INFORMATION_URI = "https://github.com/driftless/driftless#readme";
/** GitHub code scanning accepts at most this many results (and rules) per run. */
export const MAX_RESULTS = 25_000;
export const MAX_RULES = 25_000;
export const FINGERPRINT_KEY = "driftless/v1";
export const SRCROOT = "%SRCROOT%";

const FENCE_LANGUAGE: Record<Format, string> = { terraform: "hcl", cloudformation: "yaml", pulumi: "typescript" };
const FORMAT_NAME: Record<Format, string> = { terraform: "Terraform", cloudformation: "CloudFormation", pulumi: "Pulumi" };

/** "Module source unpinned" → "ModuleSourceUnpinned". */
export function pascalCase(title: string): string {
  const words = title.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return name || "Rule";
}

/** Repository-relative path → relative URI reference: each segment percent-encoded (RFC 3986). */
export function encodeUriPath(path: string): string {
  return path
    .replace(/\\/g, "/")
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join("/");
}

/** The root as a file URI ending in `/`, for `originalUriBaseIds`. */
export function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}

export interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** Valid SARIF region from any range: lines/columns >= 1, end after start (at least one column on one line). */
export function sarifRegion(r: Range): SarifRegion {
  const startLine = Math.max(1, Math.trunc(r.start.line) || 1);
  const startColumn = Math.max(1, Math.trunc(r.start.column) || 1);
  let endLine = Math.trunc(r.end.line) || startLine;
  let endColumn = Math.trunc(r.end.column) || 1;
  if (endLine < startLine) {
    endLine = startLine;
    endColumn = startColumn + 1;
  }
  if (endColumn < 1) endColumn = 1;
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return { startLine, startColumn, endLine, endColumn };
}

/**
 * A file and range as SARIF wants them: a repository path relative to `%SRCROOT%`; a file outside
 * the repository (a plan the gate read from a pipeline's temporary folder) as an absolute file
 * URI, since a relative reference may not climb out of its base.
 */
function physicalLocation(file: string, r: Range, root: string) {
  const outside = file.startsWith("../") || file === ".." || isAbsolute(file);
  return {
    artifactLocation: outside ? { uri: pathToFileURL(resolve(root, file)).href } : { uri: encodeUriPath(file), uriBaseId: SRCROOT },
    region: sarifRegion(r),
  };
}

export function helpText(rule: RuleMeta): string {
  const parts = [rule.description.trim()];
  if (rule.remediation.trim()) parts.push(`Remediation: ${rule.remediation.trim()}`);
  for (const [format, example] of Object.entries(rule.examples) as [Format, string | undefined][]) {
    if (example?.trim()) parts.push(`${FORMAT_NAME[format] ?? format}:\n${example.trimEnd()}`);
  }
  if (rule.references.length) parts.push(`References:\n${rule.references.map((r) => `- ${r}`).join("\n")}`);
  return parts.join("\n\n");
}

export function helpMarkdown(rule: RuleMeta): string {
  const parts = [rule.description.trim()];
  if (rule.remediation.trim()) parts.push(`## Remediation\n\n${rule.remediation.trim()}`);
  const examples = (Object.entries(rule.examples) as [Format, string | undefined][]).filter(([, e]) => e?.trim());
  if (examples.length) {
    parts.push(
      "## Corrected examples\n\n" +
        examples
          .map(([format, example]) => {
            const fence = example!.includes("```") ? "````" : "```";
            return `**${FORMAT_NAME[format] ?? format}**\n\n${fence}${FENCE_LANGUAGE[format] ?? ""}\n${example!.trimEnd()}\n${fence}`;
          })
          .join("\n\n"),
    );
  }
  if (rule.references.length) {
    parts.push(`## References\n\n${rule.references.map((r) => (/^https?:\/\//.test(r) ? `- <${r}>` : `- ${r}`)).join("\n")}`);
  }
  return parts.join("\n\n");
}

function ruleDescriptor(rule: RuleMeta) {
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() || rule.title },
    ...(rule.helpUri ? { helpUri: rule.helpUri } : {}),
    help: { text: helpText(rule) || rule.title, markdown: helpMarkdown(rule) || rule.title },
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: [...rule.tags],
      precision: rule.precision,
      "security-severity": rule.securitySeverity,
    },
  };
}

function relatedLocation(related: RelatedLocation, index: number, root: string) {
  return { id: index + 1, physicalLocation: physicalLocation(related.file, related.range, root), message: { text: related.message } };
}

/** Most severe first: level, then security-severity; stable for equal ones. */
function bySeverity(ruleOf: (id: string) => RuleMeta | undefined) {
  return (a: Finding, b: Finding): number =>
    levelRank(b.level) - levelRank(a.level) ||
    Number(ruleOf(b.ruleId)?.securitySeverity ?? 0) - Number(ruleOf(a.ruleId)?.securitySeverity ?? 0);
}

/**
 * SARIF 2.1.0 for GitHub code scanning: one run per repository root, each with the rules that
 * ran (plus any rule a finding names) and one result per finding with exactly one location
 * relative to that root (`%SRCROOT%`). `--category` becomes `automationDetails.id`
 * (`CATEGORY/`, and `CATEGORY/ROOT-NAME/` for each root of a several-root scan, `driftless`
 * standing in for a missing category, so code scanning keeps their results apart). A run's
 * provenance becomes `versionControlProvenance` only when its repository URI is publishable
 * (see publishableRepositoryUri).
 */
export function toSarif(runs: readonly ReportRun[], rules: readonly RuleMeta[], options: ReportOptions): string {
  const names = runs.length > 1 ? runNames(runs) : undefined;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: runs.map((run, i) => sarifRun(run, rules, options, names?.[i])),
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/**
 * Each root's folder name, made unique (`infra`, `infra-2`) so that two repositories with the same
 * folder name (`/a/infra`, `/b/infra`) still get distinct categories: code scanning rejects an
 * upload with two runs of one tool in one category.
 */
/**
 * One name per run for `automationDetails.id`, the same from one invocation to the next whatever
 * the order of the paths: the root as the command line's working directory sees it (its
 * prefix, `../` and `./` dropped), else its folder name; made unique only as a last resort.
 */
function runNames(runs: readonly ReportRun[]): string[] {
  const used = new Set<string>();
  return runs.map((run) => {
    const fromPrefix = (run.prefix ?? "").split("/").filter((part) => part !== "" && part !== "." && part !== "..").join("/");
    const base = (fromPrefix || run.root.split(/[\\/]/).filter(Boolean).at(-1) || "root").replace(/\s+/g, "-");
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}

/**
 * True for an absolute URI that is safe to publish as `versionControlProvenance.repositoryUri`:
 * it parses, has a scheme and carries no user name, password, query or fragment (where access
 * tokens hide). The schema requires `format: uri`; anything else leaves provenance out.
 */
export function publishableRepositoryUri(uri: string): boolean {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && !url.username && !url.password && !url.search && !url.hash;
}

function sarifRun(run: ReportRun, rules: readonly RuleMeta[], options: ReportOptions, runName: string | undefined) {
  const notifications: ToolNotification[] = [...(run.notifications ?? [])];
  let shown = visibleFindings(run.findings, options.includeSuppressed);
  let reportRules = rulesForReport(shown, rules);
  const ruleById = new Map(reportRules.map((r) => [r.id, r]));

  if (shown.length > MAX_RESULTS) {
    const kept = new Set([...shown].sort(bySeverity((id) => ruleById.get(id))).slice(0, MAX_RESULTS));
    notifications.push({
      level: "warning",
      message: `${shown.length} results exceed the limit of ${MAX_RESULTS} per run; only the ${MAX_RESULTS} most severe are included.`,
    });
    shown = shown.filter((f) => kept.has(f));
  }
  if (reportRules.length > MAX_RULES) {
    const used = new Set(shown.map((f) => f.ruleId));
    reportRules = [...reportRules.filter((r) => used.has(r.id)), ...reportRules.filter((r) => !used.has(r.id))].slice(0, MAX_RULES);
    notifications.push({ level: "warning", message: `more than ${MAX_RULES} rules; the rule list was truncated.` });
  }
  const ruleIndex = new Map(reportRules.map((r, i) => [r.id, i]));

  const results = shown.map((finding) => {
    const result: Record<string, unknown> = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
      level: finding.level,
      message: { text: finding.message },
      locations: [{ physicalLocation: physicalLocation(finding.file, finding.range, run.root) }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    };
    if (finding.related?.length) result.relatedLocations = finding.related.map((related, i) => relatedLocation(related, i, run.root));
    if (finding.suppression) {
      result.suppressions = [
        {
          kind: finding.suppression.kind,
          justification: finding.suppression.justification,
          location: { physicalLocation: physicalLocation(finding.suppression.file, lineRange(finding.suppression.line), run.root) },
        },
      ];
    }
    if (finding.unknownValue) result.properties = { unknownValue: true };
    return result;
  });

  const automationId = options.category !== undefined || runName !== undefined ? automationDetailsId(options.category, runName) : undefined;
  const provenance = run.provenance?.repositoryUri !== undefined && publishableRepositoryUri(run.provenance.repositoryUri) ? { ...run.provenance, repositoryUri: run.provenance.repositoryUri } : undefined;
  return {
    tool: {
      driver: {
        name: "driftless",
        semanticVersion: options.toolVersion,
        informationUri: INFORMATION_URI,
        rules: reportRules.map(ruleDescriptor),
      },
    },
    ...(automationId ? { automationDetails: { id: automationId } } : {}),
    ...(provenance
      ? {
          versionControlProvenance: [
            {
              repositoryUri: provenance.repositoryUri,
              ...(provenance.revisionId ? { revisionId: provenance.revisionId } : {}),
              ...(provenance.branch ? { branch: provenance.branch } : {}),
              mappedTo: { uriBaseId: SRCROOT },
            },
          ],
        }
      : {}),
    invocations: [
      {
        executionSuccessful: !notifications.some((n) => n.level === "error"),
        toolExecutionNotifications: notifications.map((n) => ({
          level: n.level,
          message: { text: n.message },
          ...(n.file ? { locations: [{ physicalLocation: physicalLocation(n.file, n.range ?? lineRange(1), run.root) }] } : {}),
        })),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(run.root) } },
    columnKind: "utf16CodeUnits",
    results,
  };
}

/** `category/` or `category/root-name/` (SARIF automationDetails.id: the part before the last `/` is the category). */
function automationDetailsId(category: string | undefined, runName: string | undefined): string {
  const base = (category ?? "").trim().replace(/\/+$/, "") || "driftless";
  return runName === undefined ? `${base}/` : `${base}/${runName}/`;
}

function lineRange(line: number): Range {
  const l = Math.max(1, line);
  return { start: { line: l, column: 1 }, end: { line: l, column: 2 } };
}
