/**
 * The project record of a Pulumi program: `Pulumi.yaml` (name, runtime) and the `package.json`
 * beside it (dependencies with exact positions), plus which lock files exist there. The record
 * lives in package.json (what a fix for an unpinned or unlocked dependency edits), at line 1;
 * without a package.json it lives in Pulumi.yaml. package.json and the lock files are looked at
 * through the run's reader (a link to them from outside the repository is not followed).
 */
import { dirname, join } from "node:path";
import { isRefusal, LOCK_FILE_NAMES, type Reader } from "../../discover/index.js";
import { parseTree, type Node as JsonNode, type ParseError } from "jsonc-parser";
import { parse as parseYaml } from "yaml";
import { yamlLineBreaks } from "../shared/line-breaks.js";
import { LineIndex, range } from "../../model/position.js";
import { buildResource, type Diagnostic, type ScanResult, type SourceNode } from "../../model/resource.js";
import type { Value, ValueMap } from "../../model/value.js";
import { jsonErrorMessage } from "../shared/json.js";
import { jsonChildren, nodeAt } from "../shared/source-map.js";
import type { SourceFile } from "../source.js";

function sibling(repoPath: string, name: string): string {
  const i = repoPath.lastIndexOf("/");
  return i < 0 ? name : `${repoPath.slice(0, i + 1)}${name}`;
}

export function scanProject(file: SourceFile, reader: Reader): ScanResult {
  const diagnostics: Diagnostic[] = [];
  let doc: unknown;
  try {
    doc = parseYaml(yamlLineBreaks(file.text), { maxAliasCount: 100 });
  } catch (error) {
    const pos = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    diagnostics.push({
      file: file.path,
      range: pos ? range(pos.line, pos.col, pos.line, pos.col + 1) : range(1, 1, 1, 2),
      severity: "error",
      message: `Invalid YAML in Pulumi project file: ${(error as Error).message.split("\n")[0]}`,
    });
    return { resources: [], diagnostics };
  }
  const project = (doc && typeof doc === "object" ? doc : {}) as Record<string, unknown>;
  const runtimeField = project.runtime;
  const runtime = typeof runtimeField === "string" ? runtimeField : runtimeField && typeof runtimeField === "object" ? (runtimeField as { name?: unknown }).name : undefined;
  const name = typeof project.name === "string" ? project.name : dirname(file.absolutePath).split(/[\\/]/).pop() ?? "project";

  const dir = dirname(file.absolutePath);
  const lockFiles = LOCK_FILE_NAMES.filter((f) => reader.existsInside(join(dir, f)));
  const attributes: ValueMap = { name, runtime: typeof runtime === "string" ? runtime : null, dependencies: {}, devDependencies: {}, lockFiles, pulumiYaml: file.path };
  const attributeNodes: Record<string, SourceNode> = {};

  const packagePath = sibling(file.path, "package.json");
  let recordFile = file.path;
  let header = firstLine(new LineIndex(file.text));
  let text: string | undefined;
  const packageJson = join(dir, "package.json");
  const read = reader.readInside(packageJson);
  if (isRefusal(read) || read.diagnostic) {
    const why = isRefusal(read) ? read.refused : read.diagnostic.message;
    diagnostics.push({
      file: file.path,
      range: range(1, 1, 1, 2),
      severity: "warning",
      message:
        !isRefusal(read) && !reader.existsInside(packageJson)
          ? `no package.json beside this Pulumi project file (expected ${packagePath}); its dependencies cannot be checked`
          : `cannot read ${packagePath} (${why}); its dependencies cannot be checked`,
    });
  } else {
    text = read.file.text;
  }
  if (text !== undefined) {
    recordFile = packagePath;
    const lines = new LineIndex(text);
    header = firstLine(lines);
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 || !tree || tree.type !== "object") {
      const at = errors[0]?.offset ?? 0;
      diagnostics.push({
        file: packagePath,
        range: lines.rangeOf(at, Math.min(text.length, at + Math.max(1, errors[0]?.length ?? 1))),
        severity: "error",
        message: errors[0] ? `${jsonErrorMessage(errors[0])} (package.json of a Pulumi project)` : "package.json is not a JSON object",
      });
    } else {
      for (const key of ["dependencies", "devDependencies"]) {
        const prop = tree.children?.find((p) => p.children?.[0]?.value === key);
        const valueNode = prop?.children?.[1];
        if (!prop || !valueNode) continue;
        attributes[key] = valueNode.type === "object" ? objectValue(valueNode) : null;
        attributeNodes[key] = nodeAt(lines, prop.offset, valueNode.offset + valueNode.length, jsonChildren(lines, valueNode, (o) => o));
      }
    }
  }
  return {
    resources: [
      buildResource({
        format: "pulumi",
        kind: "project",
        type: "pulumi:project",
        name,
        file: recordFile,
        range: header,
        header,
        attributes,
        attributeNodes,
        options: {},
        optionNodes: {},
      }),
    ],
    diagnostics,
  };
}

function firstLine(lines: LineIndex): ReturnType<typeof range> {
  return range(1, 1, 1, lines.lineText(1).length + 1);
}

function objectValue(node: JsonNode): ValueMap {
  const out: ValueMap = {};
  for (const prop of node.children ?? []) {
    const k = prop.children?.[0]?.value;
    const v = prop.children?.[1];
    if (typeof k === "string" && v) out[k] = jsonValue(v);
  }
  return out;
}

function jsonValue(node: JsonNode): Value {
  if (node.type === "object") return objectValue(node);
  if (node.type === "array") return (node.children ?? []).map(jsonValue);
  return (node.value ?? null) as Value;
}
