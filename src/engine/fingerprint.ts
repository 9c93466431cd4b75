import { createHash } from "node:crypto";

/**
 * The stable key of a finding: rule, file, resource address and attribute path. No line
 * numbers, so unrelated edits above a resource do not make its findings look new.
 */
export function fingerprint(ruleId: string, file: string, resource: string, path: string): string {
  return createHash("sha256").update([ruleId, file, resource, path].join("\u0000")).digest("hex").slice(0, 32);
}

export function formatPath(path: readonly (string | number)[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : `.${segment}`;
  }
  return text;
}
