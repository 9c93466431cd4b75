import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/model/resource.ts
var GATE_KINDS = /* @__PURE__ */ new Set(["change", "drift"]);
function buildResource(parts) {
  const { range, header } = parts;
  const resource = {
    format: parts.format,
    kind: parts.kind,
    type: parts.type,
    canonicalType: parts.canonicalType ?? parts.type,
    name: parts.name,
    file: parts.file,
    range,
    header,
    attributes: parts.attributes,
    options: parts.options,
    source: {
      range,
      header,
      children: {
        attributes: { range, header, children: parts.attributeNodes },
        options: { range, header, children: parts.optionNodes }
      }
    }
  };
  if (parts.repeated) resource.repeated = true;
  if (parts.scopes) resource.scopes = parts.scopes;
  if (parts.remoteModule) resource.remoteModule = true;
  return resource;
}
function locate(resource, path) {
  let node = resource.source;
  let complete = true;
  for (const segment of path) {
    const next = node.children?.[String(segment)];
    if (!next) {
      complete = false;
      break;
    }
    node = next;
  }
  if (node === resource.source) return resource.header;
  return complete ? node.range : node.header ?? node.range;
}
function originsOnPath(resource, path, below = false) {
  const along = [];
  const inside = [];
  let node = resource.source;
  let complete = true;
  for (const segment of path) {
    const next = node?.children?.[String(segment)];
    if (!next) {
      complete = false;
      break;
    }
    node = next;
    if (node.origins?.length) along.push(node.origins);
  }
  if (below && complete && node) collectBelow(node, inside, 0);
  return { along, inside };
}
function collectBelow(node, out, depth) {
  if (!node.children || depth > 32) return;
  for (const child of Object.values(node.children)) {
    if (child.origins?.length) out.push(child.origins);
    collectBelow(child, out, depth + 1);
  }
}

export {
  GATE_KINDS,
  buildResource,
  locate,
  originsOnPath
};
