import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/scanners/shared/source-map.ts
function nodeAt(lines, start, end, children, headerEnd) {
  const node = { range: lines.rangeOf(start, end) };
  if (headerEnd !== void 0) node.header = lines.rangeOf(start, headerEnd);
  if (children && Object.keys(children).length > 0) node.children = children;
  return node;
}
function jsonChildren(lines, node, toSource, depth = 0) {
  if (depth > 200) return void 0;
  if (node.type === "object") {
    const out = {};
    for (const prop of node.children ?? []) {
      const keyNode = prop.children?.[0];
      const valueNode = prop.children?.[1];
      if (!keyNode || typeof keyNode.value !== "string") continue;
      const end = valueNode ? valueNode.offset + valueNode.length : prop.offset + prop.length;
      out[keyNode.value] = nodeAt(
        lines,
        toSource(prop.offset),
        toSource(end),
        valueNode ? jsonChildren(lines, valueNode, toSource, depth + 1) : void 0
      );
    }
    return out;
  }
  if (node.type === "array") {
    const out = {};
    (node.children ?? []).forEach((el, i) => {
      out[String(i)] = nodeAt(lines, toSource(el.offset), toSource(el.offset + el.length), jsonChildren(lines, el, toSource, depth + 1));
    });
    return out;
  }
  return void 0;
}

export {
  nodeAt,
  jsonChildren
};
