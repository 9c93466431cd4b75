import { readFileSync } from "node:fs";
import type { Format } from "../model/resource.js";
import type { RuleMeta } from "../engine/rule.js";

/**
 * The rule reference, `docs/rules.md`, rendered from the rules themselves (`npm run docs:rules`),
 * and the documentation address of each rule: its anchor there. Nothing here names a rule: a
 * rule added to `rules/` appears in the next rendering, in its family's place.
 */

/** Where the reference lives in the repository. */
export const RULES_DOC_PATH = "docs/rules.md";

/** Families in the catalog's order; a family not listed follows them, alphabetically; IAC (scanner diagnostics) comes last. */
const FAMILIES: { prefix: string; name: string }[] = [
  { prefix: "PIN", name: "Pinning and provenance" },
  { prefix: "RNP", name: "Replace, don't patch" },
  { prefix: "DRF", name: "Drift prevention" },
  { prefix: "ACC", name: "No in-place access or configuration management" },
  { prefix: "ART", name: "Artifact immutability" },
  { prefix: "DAT", name: "Data protection on replace" },
  { prefix: "CHG", name: "Change gate" },
];
const LAST_FAMILIES: { prefix: string; name: string }[] = [{ prefix: "IAC", name: "Scanner diagnostics" }];

const FORMAT_NAME: Record<Format, string> = { terraform: "Terraform", cloudformation: "CloudFormation", pulumi: "Pulumi" };
const FORMAT_LETTER: Record<Format, string> = { terraform: "T", cloudformation: "C", pulumi: "P" };
const FENCE_LANGUAGE: Record<Format, string> = { terraform: "hcl", cloudformation: "yaml", pulumi: "typescript" };
const FORMAT_ORDER: Format[] = ["terraform", "cloudformation", "pulumi"];

/** What the reference shows of a rule; `params` when the rule declares configurable parameters. */
export type DocumentedRule = RuleMeta & { params?: Record<string, { description?: string; default?: unknown }> };

/** The anchor of a rule's section: its ID in lower case (`pin-005`), stable when the title changes. */
export function ruleAnchor(id: string): string {
  return id.toLowerCase().replace(/[^a-z0-9-]+/g, "-");
}

/** The reference's address in the repository, relative to its root (`docs/rules.md#pin-005`). */
export function ruleDocPath(id: string): string {
  return `${RULES_DOC_PATH}#${ruleAnchor(id)}`;
}

let repositoryCache: string | null | undefined;

/**
 * The web address of the project's repository, from `repository` in package.json
 * (`github:owner/name`, `owner/name`, `git+https://github.com/owner/name.git`, `{ url }`);
 * null when package.json names none.
 */
export function repositoryUrl(): string | null {
  if (repositoryCache !== undefined) return repositoryCache;
  repositoryCache = null;
  try {
    // src/docs/ and dist/docs/ both sit two folders below the package root.
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { repository?: string | { url?: string } };
    repositoryCache = normaliseRepository(typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url);
  } catch {
    repositoryCache = null;
  }
  return repositoryCache;
}

export function normaliseRepository(repository: string | undefined): string | null {
  if (!repository) return null;
  const text = repository.trim();
  const shorthand = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(text);
  if (shorthand) {
    const host = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" }[shorthand[1] ?? "github"]!;
    return `https://${host}/${shorthand[2]}/${shorthand[3]}`;
  }
  const url = /^(?:git\+)?(?:https?|ssh|git):\/\/(?:[^@/]+@)?([^/:]+)(?::\d+)?\/(.+?)(?:\.git)?\/?$/.exec(text);
  if (url) return `https://${url[1]}/${url[2]}`;
  const scp = /^git@([^:]+):(.+?)(?:\.git)?$/.exec(text);
  if (scp) return `https://${scp[1]}/${scp[2]}`;
  return null;
}

/**
 * The default SARIF `helpUri` of a built-in rule: its section of `docs/rules.md` in the
 * repository (`https://github.com/owner/driftless/blob/HEAD/docs/rules.md#pin-005`). SARIF wants
 * an absolute address, so without a repository in package.json there is none (undefined).
 */
export function defaultHelpUri(id: string, repository: string | null = repositoryUrl()): string | undefined {
  if (!repository) return undefined;
  return `${repository}/blob/HEAD/${ruleDocPath(id)}`;
}

function familyOf(id: string): string {
  return id.replace(/-.*$/, "");
}

/** Rules grouped by family, families in catalog order, rules by ID. */
export function groupByFamily<R extends RuleMeta>(rules: readonly R[]): { prefix: string; name: string; rules: R[] }[] {
  const prefixes = [...new Set(rules.map((r) => familyOf(r.id)))];
  const known = new Set([...FAMILIES, ...LAST_FAMILIES].map((f) => f.prefix));
  const order = [
    ...FAMILIES,
    ...prefixes.filter((p) => !known.has(p)).sort().map((prefix) => ({ prefix, name: prefix })),
    ...LAST_FAMILIES,
  ];
  return order
    .map((family) => ({ ...family, rules: rules.filter((r) => familyOf(r.id) === family.prefix).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }))
    .filter((family) => family.rules.length > 0);
}

function formats(rule: RuleMeta): Format[] {
  return FORMAT_ORDER.filter((f) => rule.formats.includes(f));
}

/** A table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");
}

function fenced(code: string, language: string): string {
  const fence = code.includes("```") ? "````" : "```";
  return `${fence}${language}\n${code.trimEnd()}\n${fence}`;
}

function paramDefault(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? "(none)" : `\`${text.length > 120 ? `${text.slice(0, 117)}...` : text}\``;
}

function section(rule: DocumentedRule): string {
  const parts: string[] = [];
  parts.push(`<a id="${ruleAnchor(rule.id)}"></a>\n\n### ${rule.id}: ${rule.title}`);
  parts.push(
    [
      "| Level | Security severity | Precision | Formats | Enabled by default |",
      "|---|---|---|---|---|",
      `| ${rule.level} | ${rule.securitySeverity} | ${rule.precision} | ${formats(rule).map((f) => FORMAT_NAME[f]).join(", ")} | ${rule.enabled ? "yes" : "no (enable with configuration)"} |`,
    ].join("\n"),
  );
  if (rule.tags.length) parts.push(`Tags: ${rule.tags.map((t) => `\`${t}\``).join(", ")}`);
  parts.push(rule.description.trim());
  if (rule.remediation.trim()) parts.push(`**Remediation.** ${rule.remediation.trim()}`);
  const params = Object.entries(rule.params ?? {});
  if (params.length) {
    parts.push(
      [
        "**Parameters.**",
        "",
        "| Name | Default | Description |",
        "|---|---|---|",
        ...params.map(([name, p]) => `| \`${name}\` | ${cell(paramDefault(p.default))} | ${cell(p.description ?? "")} |`),
      ].join("\n"),
    );
  }
  const examples = FORMAT_ORDER.filter((f) => rule.examples[f]?.trim());
  if (examples.length) {
    parts.push(`**Corrected example${examples.length > 1 ? "s" : ""}.**`);
    for (const format of examples) parts.push(`${FORMAT_NAME[format]}:\n\n${fenced(rule.examples[format]!, FENCE_LANGUAGE[format])}`);
  }
  if (rule.references.length) {
    parts.push(`**References.**\n\n${rule.references.map((r) => (/^https?:\/\//.test(r) ? `- <${r}>` : `- ${r}`)).join("\n")}`);
  }
  const file = rule.sourceFile.split(/[\\/]/).pop();
  if (file) parts.push(`Defined in [\`rules/${file}\`](../rules/${file}).`);
  return parts.join("\n\n");
}

/**
 * `docs/rules.md`: an index grouped by family (catalog order, IAC last), then one section per
 * rule with its level, severity, formats, enabled state, description, remediation, parameters,
 * corrected examples and references. Deterministic: the same rules give the same text.
 */
export function renderRulesDoc(rules: readonly DocumentedRule[]): string {
  const families = groupByFamily(rules);
  const out: string[] = [];
  out.push("<!-- Generated from rules/*.yaml by `npm run docs:rules`; do not edit by hand. -->");
  out.push("# Rules");
  out.push(
    [
      `driftless ships ${rules.length} rules${rules.some((r) => !r.enabled) ? ` (${rules.filter((r) => !r.enabled).length} of them disabled by default)` : ""}.`,
      "Formats: **T** Terraform (HCL and `.tf.json`), **C** CloudFormation (JSON, YAML, SAM), **P** Pulumi TypeScript.",
      "Level is the SARIF `level` of a finding; security severity is the SARIF `security-severity` property.",
      "`driftless rules` lists the rules and `driftless explain ID` prints one of them.",
    ].join("\n"),
  );
  out.push("## Index");
  for (const family of families) {
    out.push(
      [
        `**${family.prefix}: ${family.name}**`,
        "",
        "| ID | Title | Level | Severity | Formats | Enabled |",
        "|---|---|---|---|---|---|",
        ...family.rules.map(
          (r) => `| [${r.id}](#${ruleAnchor(r.id)}) | ${cell(r.title)} | ${r.level} | ${r.securitySeverity} | ${formats(r).map((f) => FORMAT_LETTER[f]).join(",")} | ${r.enabled ? "yes" : "no"} |`,
        ),
      ].join("\n"),
    );
  }
  for (const family of families) {
    out.push(`## ${family.prefix}: ${family.name}`);
    for (const rule of family.rules) out.push(section(rule));
  }
  return `${out.join("\n\n")}\n`;
}
