/**
 * Building `SourceNode` trees: offsets → ranges, and children that mirror a JSON document
 * (a `.tf.json` file, or JSON held in a string attribute with its offsets mapped back into
 * the file).
 */
import type { Node as JsonNode } from "jsonc-parser";
import type { LineIndex } from "../../model/position.js";
import type { SourceNode } from "../../model/resource.js";

export function nodeAt(lines: LineIndex, start: number, end: number, children?: Record<string, SourceNode>, headerEnd?: number): SourceNode {
  const node: SourceNode = { range: lines.rangeOf(start, end) };
  if (headerEnd !== undefined) node.header = lines.rangeOf(start, headerEnd);
  if (children && Object.keys(children).length > 0) node.children = children;
  return node;
}

/**
 * Children mirroring a JSON value node: object properties by key (range from the key to the end
 * of the value), array elements by index. `toSource` maps an offset in the parsed JSON text to
 * an offset in the file (identity for a `.tf.json` file).
 */
export function jsonChildren(
  lines: LineIndex,
  node: JsonNode,
  toSource: (offset: number) => number,
  depth = 0,
): Record<string, SourceNode> | undefined {
  if (depth > 200) return undefined;
  if (node.type === "object") {
    const out: Record<string, SourceNode> = {};
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      const valueNode = prop.children?.[1];
      if (!keyNode || typeof keyNode.value !== "string") continue;
      const end = valueNode ? valueNode.offset + valueNode.length : prop.offset + prop.length;
      out[keyNode.value] = nodeAt(
        lines,
        toSource(prop.offset),
        toSource(end),
        valueNode ? jsonChildren(lines, valueNode, toSource, depth + 1) : undefined,
      );
    }
    return out;
  }
  if (node.type === "array") {
    const out: Record<string, SourceNode> = {};
    (node.children ?? []).forEach((el, i) => {
      out[String(i)] = nodeAt(lines, toSource(el.offset), toSource(el.offset + el.length), jsonChildren(lines, el, toSource, depth + 1));
    });
    return out;
  }
  return undefined;
}
