// src/model/value.ts
function unknown(expression, extra) {
  const u = { $unknown: expression };
  if (extra?.refs?.length) u.refs = extra.refs;
  if (extra?.decoded !== void 0) u.decoded = extra.decoded;
  if (extra?.reason !== void 0) u.reason = extra.reason;
  if (extra?.partial) u.partial = true;
  if (extra?.input) u.input = true;
  return u;
}
function isUnknown(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof v.$unknown === "string";
}
function isValueMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !isUnknown(v);
}
function describeValue(v) {
  if (v === void 0) return "(absent)";
  if (isUnknown(v)) return v.$unknown;
  if (typeof v === "string") return JSON.stringify(v);
  return JSON.stringify(v);
}
function getPath(root, path) {
  let current = root;
  for (const segment of path) {
    if (current === void 0 || current === null) return void 0;
    if (isUnknown(current)) return current;
    if (Array.isArray(current)) {
      if (typeof segment !== "number") return void 0;
      current = current[segment];
    } else if (typeof current === "object") {
      current = Object.prototype.hasOwnProperty.call(current, segment) ? current[String(segment)] : void 0;
    } else {
      return void 0;
    }
  }
  return current;
}
function nondeterministicIn(v, depth = 0) {
  if (v === void 0 || v === null || typeof v !== "object" || depth > 64) return void 0;
  if (isUnknown(v)) return v.nondeterministic ?? (v.decoded !== void 0 ? nondeterministicIn(v.decoded, depth + 1) : void 0);
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const found = nondeterministicIn(item, depth + 1);
    if (found !== void 0) return found;
  }
  return void 0;
}

// src/model/resource.ts
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
  unknown,
  isUnknown,
  isValueMap,
  describeValue,
  getPath,
  nondeterministicIn,
  buildResource,
  locate,
  originsOnPath
};
