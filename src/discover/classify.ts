/**
 * Format detection: which scanner input kind a file is, from its name (and, for formats that
 * share extensions with non-IaC files, later from its content).
 *
 * A table, not a switch, so CloudFormation (`.json/.yaml/.yml/.template` with content
 * sniffing) and Pulumi (`.ts`) slot in as new rows.
 */
export type FileKind = "terraform" | "terraform-json" | "tfvars";

export interface FileKindRule {
  kind: FileKind;
  /** Lower-case file-name suffixes, longest first within the table (`.tf.json` before `.json`). */
  suffixes: readonly string[];
  /**
   * Optional content check for ambiguous suffixes (e.g. a `.yaml` that is really a
   * CloudFormation template). Unused by the Terraform kinds.
   */
  sniff?: (text: string) => boolean;
}

export const FILE_KINDS: readonly FileKindRule[] = [
  { kind: "tfvars", suffixes: [".tfvars.json", ".tfvars"] },
  { kind: "terraform-json", suffixes: [".tf.json"] },
  { kind: "terraform", suffixes: [".tf"] },
];

/** Glob patterns (relative, for globby) that find every candidate file of the known kinds. */
export function candidatePatterns(): string[] {
  const patterns = new Set<string>();
  for (const rule of FILE_KINDS) for (const suffix of rule.suffixes) patterns.add(`**/*${suffix}`);
  return [...patterns];
}

function baseName(path: string): string {
  const normal = path.replace(/\\/g, "/");
  return normal.slice(normal.lastIndexOf("/") + 1);
}

/** The kind a file name denotes, or null when driftless does not read such files. */
export function classify(path: string): FileKind | null {
  const name = baseName(path).toLowerCase();
  let best: { kind: FileKind; length: number } | null = null;
  for (const rule of FILE_KINDS) {
    for (const suffix of rule.suffixes) {
      if (name.length > suffix.length && name.endsWith(suffix) && (!best || suffix.length > best.length)) {
        best = { kind: rule.kind, length: suffix.length };
      }
    }
  }
  return best?.kind ?? null;
}
