import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  printParseErrorCode
} from "./chunk-NA3PF5KT.js";

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

// src/scanners/shared/json.ts
function jsonDepth(text, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}
function jsonErrorMessage(error) {
  const words = printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return `Invalid JSON: ${words.replace(/^invalid symbol$/, "unexpected character")}`;
}

export {
  nodeAt,
  jsonChildren,
  jsonDepth,
  jsonErrorMessage
};
