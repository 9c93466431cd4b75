import { createRequire } from 'node:module';
import { n as levelRank, aa as visibleFindings, ab as rulesForReport } from './core-Cp4Gwmxr.js';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const require$1 = createRequire(import.meta.url);
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/driftless/driftless#readme";
var MAX_RESULTS = 25e3;
var MAX_RULES = 25e3;
var FINGERPRINT_KEY = "driftless/v1";
var SRCROOT = "%SRCROOT%";
var FENCE_LANGUAGE = { terraform: "hcl", cloudformation: "yaml", pulumi: "typescript" };
var FORMAT_NAME = { terraform: "Terraform", cloudformation: "CloudFormation", pulumi: "Pulumi" };
function pascalCase(title) {
  const words = title.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return name || "Rule";
}
function encodeUriPath(path) {
  return path.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function sarifRegion(r) {
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
function physicalLocation(file, r, root) {
  const outside = file.startsWith("../") || file === ".." || isAbsolute(file);
  return {
    artifactLocation: outside ? { uri: pathToFileURL(resolve(root, file)).href } : { uri: encodeUriPath(file), uriBaseId: SRCROOT },
    region: sarifRegion(r)
  };
}
function helpText(rule) {
  const parts = [rule.description.trim()];
  if (rule.remediation.trim()) parts.push(`Remediation: ${rule.remediation.trim()}`);
  for (const [format, example] of Object.entries(rule.examples)) {
    if (example?.trim()) parts.push(`${FORMAT_NAME[format] ?? format}:
${example.trimEnd()}`);
  }
  if (rule.references.length) parts.push(`References:
${rule.references.map((r) => `- ${r}`).join("\n")}`);
  return parts.join("\n\n");
}
function helpMarkdown(rule) {
  const parts = [rule.description.trim()];
  if (rule.remediation.trim()) parts.push(`## Remediation

${rule.remediation.trim()}`);
  const examples = Object.entries(rule.examples).filter(([, e]) => e?.trim());
  if (examples.length) {
    parts.push(
      "## Corrected examples\n\n" + examples.map(([format, example]) => {
        const fence = example.includes("```") ? "````" : "```";
        return `**${FORMAT_NAME[format] ?? format}**

${fence}${FENCE_LANGUAGE[format] ?? ""}
${example.trimEnd()}
${fence}`;
      }).join("\n\n")
    );
  }
  if (rule.references.length) {
    parts.push(`## References

${rule.references.map((r) => /^https?:\/\//.test(r) ? `- <${r}>` : `- ${r}`).join("\n")}`);
  }
  return parts.join("\n\n");
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() || rule.title },
    ...rule.helpUri ? { helpUri: rule.helpUri } : {},
    help: { text: helpText(rule) || rule.title, markdown: helpMarkdown(rule) || rule.title },
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: [...rule.tags],
      precision: rule.precision,
      "security-severity": rule.securitySeverity
    }
  };
}
function relatedLocation(related, index, root) {
  return { id: index + 1, physicalLocation: physicalLocation(related.file, related.range, root), message: { text: related.message } };
}
function bySeverity(ruleOf) {
  return (a, b) => levelRank(b.level) - levelRank(a.level) || Number(ruleOf(b.ruleId)?.securitySeverity ?? 0) - Number(ruleOf(a.ruleId)?.securitySeverity ?? 0);
}
function toSarif(runs, rules, options) {
  const names = runs.length > 1 ? runNames(runs) : void 0;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: runs.map((run, i) => sarifRun(run, rules, options, names?.[i]))
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function runNames(runs) {
  const used = /* @__PURE__ */ new Set();
  return runs.map((run) => {
    const fromPrefix = (run.prefix ?? "").split("/").filter((part) => part !== "" && part !== "." && part !== "..").join("/");
    const base = (fromPrefix || run.root.split(/[\\/]/).filter(Boolean).at(-1) || "root").replace(/\s+/g, "-");
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}
function publishableRepositoryUri(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && !url.username && !url.password && !url.search && !url.hash;
}
function sarifRun(run, rules, options, runName) {
  const notifications = [...run.notifications ?? []];
  let shown = visibleFindings(run.findings, options.includeSuppressed);
  let reportRules = rulesForReport(shown, rules);
  const ruleById = new Map(reportRules.map((r) => [r.id, r]));
  if (shown.length > MAX_RESULTS) {
    const kept = new Set([...shown].sort(bySeverity((id) => ruleById.get(id))).slice(0, MAX_RESULTS));
    notifications.push({
      level: "warning",
      message: `${shown.length} results exceed the limit of ${MAX_RESULTS} per run; only the ${MAX_RESULTS} most severe are included.`
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
    const result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
      level: finding.level,
      message: { text: finding.message },
      locations: [{ physicalLocation: physicalLocation(finding.file, finding.range, run.root) }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
    };
    if (finding.related?.length) result.relatedLocations = finding.related.map((related, i) => relatedLocation(related, i, run.root));
    if (finding.suppression) {
      result.suppressions = [
        {
          kind: finding.suppression.kind,
          justification: finding.suppression.justification,
          location: { physicalLocation: physicalLocation(finding.suppression.file, lineRange(finding.suppression.line), run.root) }
        }
      ];
    }
    if (finding.unknownValue) result.properties = { unknownValue: true };
    return result;
  });
  const automationId = options.category !== void 0 || runName !== void 0 ? automationDetailsId(options.category, runName) : void 0;
  const provenance = run.provenance?.repositoryUri !== void 0 && publishableRepositoryUri(run.provenance.repositoryUri) ? { ...run.provenance, repositoryUri: run.provenance.repositoryUri } : void 0;
  return {
    tool: {
      driver: {
        name: "driftless",
        semanticVersion: options.toolVersion,
        informationUri: INFORMATION_URI,
        rules: reportRules.map(ruleDescriptor)
      }
    },
    ...automationId ? { automationDetails: { id: automationId } } : {},
    ...provenance ? {
      versionControlProvenance: [
        {
          repositoryUri: provenance.repositoryUri,
          ...provenance.revisionId ? { revisionId: provenance.revisionId } : {},
          ...provenance.branch ? { branch: provenance.branch } : {},
          mappedTo: { uriBaseId: SRCROOT }
        }
      ]
    } : {},
    invocations: [
      {
        executionSuccessful: !notifications.some((n) => n.level === "error"),
        toolExecutionNotifications: notifications.map((n) => ({
          level: n.level,
          message: { text: n.message },
          ...n.file ? { locations: [{ physicalLocation: physicalLocation(n.file, n.range ?? lineRange(1), run.root) }] } : {}
        }))
      }
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(run.root) } },
    columnKind: "utf16CodeUnits",
    results
  };
}
function automationDetailsId(category, runName) {
  const base = (category ?? "").trim().replace(/\/+$/, "") || "driftless";
  return runName === void 0 ? `${base}/` : `${base}/${runName}/`;
}
function lineRange(line) {
  const l = Math.max(1, line);
  return { start: { line: l, column: 1 }, end: { line: l, column: 2 } };
}

export { FINGERPRINT_KEY as F, INFORMATION_URI as I, MAX_RESULTS as M, SARIF_SCHEMA as S, MAX_RULES as a, SRCROOT as b, helpText as c, publishableRepositoryUri as d, encodeUriPath as e, helpMarkdown as h, pascalCase as p, rootUri as r, sarifRegion as s, toSarif as t };
