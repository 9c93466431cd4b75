/**
 * CloudFormation JSON → a template tree via jsonc-parser's `parseTree` (offsets for every key
 * and value). Comments and trailing commas are errors, as they are for CloudFormation.
 * Duplicate keys are a warning at the second key; the last value wins.
 */
import { parseTree, type Node as JsonNode, type ParseError } from "jsonc-parser";
import type { LineIndex } from "../../model/position.js";
import type { Diagnostic } from "../../model/resource.js";
import { jsonDepth, jsonErrorMessage } from "../shared/json.js";
import { scalar, type TEntry, type TNode } from "./tree.js";
import { MAX_DEPTH } from "./yaml.js";

export function parseJson(file: string, text: string, lines: LineIndex): { document?: TNode; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const deep = jsonDepth(text, MAX_DEPTH);
  if (deep >= 0) {
    diagnostics.push({
      file,
      range: lines.rangeOf(deep, deep + 1),
      severity: "error",
      message: `Nesting too deep: more than ${MAX_DEPTH} levels of JSON objects and arrays; the file was not scanned`,
    });
    return { diagnostics };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const e = errors[0]!;
    diagnostics.push({ file, range: lines.rangeOf(e.offset, e.offset + Math.max(e.length, 1)), severity: "error", message: jsonErrorMessage(e) });
    return { diagnostics };
  }
  if (!root) return { diagnostics };
  return { document: convert(root), diagnostics };

  function convert(node: JsonNode): TNode {
    const start = node.offset;
    const end = node.offset + node.length;
    switch (node.type) {
      case "object": {
        const entries: TEntry[] = [];
        const index = new Map<string, number>();
        for (const prop of node.children ?? []) {
          const keyNode = prop.children?.[0];
          const valueNode = prop.children?.[1];
          if (!keyNode || !valueNode || typeof keyNode.value !== "string") continue;
          const key = keyNode.value;
          const e: TEntry = { key, keyStart: keyNode.offset, keyEnd: keyNode.offset + keyNode.length, value: convert(valueNode) };
          const previous = index.get(key);
          if (previous !== undefined) {
            const at = lines.positionAt(entries[previous]!.keyStart);
            diagnostics.push({
              file,
              range: lines.rangeOf(e.keyStart, e.keyEnd),
              severity: "warning",
              message: `Duplicate key "${key}" (first at line ${at.line}); CloudFormation uses the last value, so the earlier one is ignored`,
            });
            entries.splice(previous, 1);
            for (const [k, i] of index) if (i > previous) index.set(k, i - 1);
          }
          index.set(key, entries.length);
          entries.push(e);
        }
        return { kind: "map", entries, start, end };
      }
      case "array":
        return { kind: "seq", items: (node.children ?? []).map((c) => ({ node: convert(c), start: c.offset })), start, end };
      case "string":
      case "number":
      case "boolean":
        return scalar(node.value as string | number | boolean, start, end);
      default:
        return scalar(null, start, end);
    }
  }
}
