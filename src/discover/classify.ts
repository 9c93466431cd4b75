/**
 * Format detection: which scanner input kind a file is, from its name and, for formats that
 * share extensions with non-IaC files (CloudFormation's `.json/.yaml/.yml/.template`), from
 * its content (a cheap text sniff, see sniff.ts).
 *
 * A table, not a switch, so Pulumi (`.ts`) slots in as a new row.
 */
import { importsPulumi, isNodejsPulumiProject, looksLikeChangeInput, looksLikeCloudFormation } from "./sniff.js";

/** `changes`: an input of the change gate (a plan, change set, drift result or preview as JSON). */
export type FileKind = "terraform" | "terraform-json" | "tfvars" | "cloudformation" | "changes" | "pulumi" | "pulumi-project";

export interface FileKindRule {
  kind: FileKind;
  /** Lower-case file-name suffixes, longest first within the table (`.tf.json` before `.json`). */
  suffixes: readonly string[];
  /**
   * Optional content check for ambiguous suffixes (e.g. a `.yaml` that is really a
   * CloudFormation template). Unused by the Terraform kinds.
   */
  sniff?: (text: string) => boolean;
  /**
   * Lower-case file names that are never this kind, skipped without reading them
   * (package-lock.json can be megabytes).
   */
  neverNames?: ReadonlySet<string>;
  /**
   * Exact file names (as tools spell them; compared case-insensitively) that are this kind.
   * A name match wins over every suffix match (`Pulumi.yaml` is never a CloudFormation candidate).
   */
  names?: readonly string[];
  /** Lower-case suffixes that are never this kind (`.d.ts` among `.ts`). */
  excludeSuffixes?: readonly string[];
  /**
   * A project marker: a file with this suffix inside a folder (or below one) that holds a marker
   * file accepted by `accepts` is this kind without a content sniff (every `.ts` file of a
   * Node.js Pulumi project). Files outside such a project fall back to `sniff`.
   */
  project?: { names: readonly string[]; accepts: (markerText: string) => boolean };
}

/** Well-known JSON/YAML files of other tools: never CloudFormation templates. */
export const NOT_TEMPLATES: ReadonlySet<string> = new Set([
  "package.json",
  "package-lock.json",
  "npm-shrinkwrap.json",
  "pnpm-lock.yaml",
  "pnpm-workspace.yaml",
  "composer.json",
  "composer.lock",
  "tsconfig.json",
  "jsconfig.json",
  "deno.json",
  "lerna.json",
  "nx.json",
  "turbo.json",
  "renovate.json",
  ".eslintrc.json",
  ".prettierrc.json",
  ".babelrc.json",
  ".pre-commit-config.yaml",
  ".pre-commit-hooks.yaml",
  ".driftless.yaml",
  "cdk.json",
  "cdk.context.json",
]);

/** Lock files of Node.js projects: naming one names its Pulumi project. */
export const LOCK_FILE_NAMES: readonly string[] = ["package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock"];

/** The project file of a Pulumi project (`Pulumi.yml` is accepted by the Pulumi CLI too). */
export const PULUMI_PROJECT_FILES: readonly string[] = ["Pulumi.yaml", "Pulumi.yml"];

export const FILE_KINDS: readonly FileKindRule[] = [
  { kind: "tfvars", suffixes: [".tfvars.json", ".tfvars"] },
  { kind: "terraform-json", suffixes: [".tf.json"] },
  { kind: "terraform", suffixes: [".tf"] },
  {
    kind: "cloudformation",
    suffixes: [".template", ".yaml", ".json", ".yml"],
    sniff: looksLikeCloudFormation,
    neverNames: NOT_TEMPLATES,
  },
  // Plans and previews are JSON of any name (`plan.json`, `tfplan.json`): told by content, after
  // the template check (a template is never a plan).
  { kind: "changes", suffixes: [".json"], sniff: looksLikeChangeInput, neverNames: NOT_TEMPLATES },
  { kind: "pulumi-project", suffixes: [], names: PULUMI_PROJECT_FILES, sniff: isNodejsPulumiProject },
  {
    kind: "pulumi",
    suffixes: [".ts"],
    excludeSuffixes: [".d.ts"],
    sniff: importsPulumi,
    project: { names: PULUMI_PROJECT_FILES, accepts: isNodejsPulumiProject },
  },
];

/** Glob patterns (relative, for globby) that find every candidate file of the known kinds. */
export function candidatePatterns(): string[] {
  const patterns = new Set<string>();
  for (const rule of FILE_KINDS) {
    for (const suffix of rule.suffixes) patterns.add(`**/*${suffix}`);
    for (const name of rule.names ?? []) patterns.add(`**/${name}`);
  }
  return [...patterns];
}

function baseName(path: string): string {
  const normal = path.replace(/\\/g, "/");
  return normal.slice(normal.lastIndexOf("/") + 1);
}

/** The table row a file name matches (longest suffix wins: `.tf.json` before `.json`), or null. */
export function kindRule(path: string): FileKindRule | null {
  return kindRules(path)[0] ?? null;
}

/**
 * Every table row a file name matches, in table order: one, except where rows share a suffix and
 * the content decides (a `.json` is a CloudFormation template or a gate input).
 */
export function kindRules(path: string): FileKindRule[] {
  const name = baseName(path).toLowerCase();
  const byName = FILE_KINDS.find((rule) => rule.names?.some((n) => n.toLowerCase() === name));
  if (byName) return [byName];
  let best: FileKindRule[] = [];
  let length = 0;
  for (const rule of FILE_KINDS) {
    if (rule.excludeSuffixes?.some((suffix) => name.endsWith(suffix))) continue;
    for (const suffix of rule.suffixes) {
      if (name.length <= suffix.length || !name.endsWith(suffix)) continue;
      if (suffix.length > length) {
        best = [rule];
        length = suffix.length;
      } else if (suffix.length === length && !best.includes(rule)) best.push(rule);
    }
  }
  return best.filter((rule) => !rule.neverNames?.has(name) && !(rule.neverNames && /^tsconfig\..*\.json$/.test(name)));
}

/** True when a file's kind depends on its content: discovery must read it and call `classify(path, text)`. */
export function needsContent(path: string): boolean {
  return kindRule(path)?.sniff !== undefined;
}

/**
 * The kind of a file, or null when driftless does not read such files. For kinds decided by
 * content (`needsContent`), the text is required: without it the answer is null. Project
 * membership (a `.ts` file inside a Node.js Pulumi project) is discovery's part, since it needs
 * the file system; here a `.ts` file is `pulumi` only when its text imports `@pulumi/*`.
 */
export function classify(path: string, text?: string): FileKind | null {
  for (const rule of kindRules(path)) {
    if (!rule.sniff) return rule.kind;
    if (text !== undefined && rule.sniff(text)) return rule.kind;
  }
  return null;
}
