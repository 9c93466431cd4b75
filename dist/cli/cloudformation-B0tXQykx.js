import { createRequire } from 'node:module';
import { yamlLineBreaks } from './chunk-VF354GGL.js';
import { require_dist } from './chunk-J5YEBKFN.js';
import { nodeAt } from './chunk-7RVIRNFQ.js';
import { j as jsonDepth, a as jsonErrorMessage } from './chunk-A-pb0ccY.js';
import { p as parseTree2, i as isUnknown, u as unknown, b as buildResource, f as firstLineOf, s as sizeOver, r as range, L as LineIndex } from './core-Cp4Gwmxr.js';
import { __toESM } from './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

// src/scanners/cloudformation/tree.ts
function scalar(value, start, end) {
  return { kind: "scalar", value, start, end };
}
function entry(map, key) {
  if (map?.kind !== "map") return void 0;
  return map.entries.find((e) => e.key === key);
}
function child(map, key) {
  return entry(map, key)?.value;
}
function stringOf(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}
function intrinsicName(node) {
  if (node.kind !== "map" || node.entries.length !== 1) return void 0;
  const only = node.entries[0];
  if (only.key === "Ref" || only.key.startsWith("Fn::")) return only.key;
  if (only.key === "Condition" && stringOf(only.value) !== void 0) return only.key;
  return void 0;
}
function rainDirective(node) {
  if (node?.kind !== "map" || node.entries.length !== 1) return void 0;
  const key = node.entries[0].key;
  return key.startsWith("Rain::") && key.length > "Rain::".length ? key : void 0;
}

// src/scanners/cloudformation/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var SHORT_FORM_NAMES = [
  "Ref",
  "Sub",
  "GetAtt",
  "If",
  "Join",
  "Select",
  "Split",
  "FindInMap",
  "Base64",
  "Cidr",
  "GetAZs",
  "ImportValue",
  "Equals",
  "Not",
  "And",
  "Or",
  "Condition",
  "Transform"
];
function longFormOf(name) {
  return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
}
var SHORT_FORMS = new Map(SHORT_FORM_NAMES.map((n) => [`!${n}`, longFormOf(n)]));
var RAIN_TAG_NAMES = ["Module", "Embed", "Include", "Env", "S3Http", "S3", "Constant"];
var RAIN_PREFIX = "Rain::";
function longFormOfTag(tag) {
  if (!tag) return void 0;
  const long = SHORT_FORMS.get(tag);
  if (long) return long;
  return tag.startsWith(`!${RAIN_PREFIX}`) && tag.length > RAIN_PREFIX.length + 1 ? tag.slice(1) : void 0;
}
var CUSTOM_TAGS = [...SHORT_FORM_NAMES, ...RAIN_TAG_NAMES.map((n) => `${RAIN_PREFIX}${n}`)].flatMap((n) => [
  { tag: `!${n}`, resolve: (s) => s },
  { tag: `!${n}`, collection: "seq", resolve: (v) => v },
  { tag: `!${n}`, collection: "map", resolve: (v) => v }
]);
var MAX_ALIASES = 100;
var MAX_DEPTH = 200;
var PLAIN_NUMBER = /^[-+]?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$|^[-+]?\.[0-9]+(?:[eE][-+]?[0-9]+)?$/;
function parseYaml(file, text, lines) {
  const diagnostics = [];
  const documents = [];
  let docs;
  try {
    docs = (0, import_yaml.parseAllDocuments)(yamlLineBreaks(text), {
      customTags: CUSTOM_TAGS,
      schema: "core",
      uniqueKeys: false,
      keepSourceTokens: true,
      prettyErrors: false
    });
  } catch (e) {
    const message = e instanceof RangeError ? "Invalid YAML: the document is nested too deeply to read" : `Invalid YAML: ${e.message}`;
    diagnostics.push({ file, range: lines.rangeOf(0, Math.min(1, text.length)), severity: "error", message });
    return { documents, diagnostics };
  }
  if (!Array.isArray(docs)) return { documents, diagnostics };
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const overflow = doc.errors.find((e) => /call stack/i.test(e.message));
      if (overflow) {
        const at = Math.min(...doc.errors.map((e) => e.pos[0]));
        diagnostics.push({
          file,
          range: lines.rangeOf(at, at + 1),
          severity: "error",
          message: "Nesting too deep: the YAML is nested too deeply to read; the document was not scanned"
        });
        continue;
      }
      for (const error of doc.errors.slice(0, 3)) {
        const [start, end] = error.pos;
        diagnostics.push({
          file,
          range: lines.rangeOf(start, Math.max(end, start + 1)),
          severity: "error",
          message: `Invalid YAML: ${firstLine(error.message)}`
        });
      }
      continue;
    }
    if (!doc.contents) continue;
    const converter = new Converter(file, text, lines, doc, diagnostics);
    const root = converter.node(doc.contents, 0);
    if (root && !converter.aborted) documents.push(root);
  }
  return { documents, diagnostics };
}
function isMergeKey(key) {
  if (!key || !(0, import_yaml.isScalar)(key)) return false;
  if (typeof key.value === "symbol") return key.value.description === "<<";
  if (key.value !== "<<") return false;
  if (key.tag) return key.tag === "tag:yaml.org,2002:merge";
  return key.type === "PLAIN";
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "").trim();
}
var Converter = class {
  constructor(file, text, lines, doc, diagnostics) {
    this.file = file;
    this.text = text;
    this.lines = lines;
    this.doc = doc;
    this.diagnostics = diagnostics;
    this.budget = text.length + 1e4;
  }
  file;
  text;
  lines;
  doc;
  diagnostics;
  aliases = 0;
  budget;
  reported = /* @__PURE__ */ new Set();
  aborted = false;
  report(start, end, message, severity = "error") {
    const id = `${start}:${end}:${message}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.diagnostics.push({ file: this.file, range: this.lines.rangeOf(start, Math.max(end, start + 1)), severity, message });
  }
  node(n, depth) {
    if (this.aborted) return void 0;
    if (--this.budget < 0) {
      this.aborted = true;
      this.report(n.range?.[0] ?? 0, n.range?.[1] ?? 0, "YAML aliases expand to far more content than the file holds (an alias bomb?); the document was not scanned");
      return void 0;
    }
    if (depth > MAX_DEPTH) {
      this.aborted = true;
      const at = n.range?.[0] ?? 0;
      this.report(at, at + 1, `Nesting too deep: more than ${MAX_DEPTH} levels of YAML maps and sequences; the document was not scanned`);
      return void 0;
    }
    if ((0, import_yaml.isAlias)(n)) return this.alias(n, depth);
    const plain = this.plain(n, depth);
    if (!plain) return void 0;
    const long = longFormOfTag(n.tag);
    if (!long) return plain;
    return this.shortForm(n.tag, long, n, plain);
  }
  alias(n, depth) {
    const [start, valueEnd] = n.range;
    if (++this.aliases > MAX_ALIASES) {
      this.aborted = true;
      this.report(start, valueEnd, `More than ${MAX_ALIASES} YAML aliases in one document (an alias bomb?); the document was not scanned`);
      return void 0;
    }
    const target = n.resolve(this.doc);
    if (!target) {
      this.report(start, valueEnd, `YAML alias *${n.source} refers to no anchor`);
      return scalar(null, start, valueEnd);
    }
    const resolved = this.node(target, depth + 1);
    return resolved ? { ...resolved, start, end: valueEnd } : void 0;
  }
  /** The node without its tag's meaning. */
  plain(n, depth) {
    const [start, valueEnd] = n.range;
    if ((0, import_yaml.isScalar)(n)) return scalar(this.scalarValue(n.value, n.type, start, valueEnd), start, this.trimEnd(start, valueEnd));
    if ((0, import_yaml.isMap)(n)) {
      const entries = [];
      const index = /* @__PURE__ */ new Map();
      const merged = /* @__PURE__ */ new Map();
      let end = start;
      for (const pair of n.items) {
        const keyNode = pair.key;
        const valueNode = pair.value;
        const keyRange = keyNode?.range;
        const keyStart = keyRange ? this.withProps(keyNode, keyRange[0]) : start;
        const keyEnd = keyRange ? this.trimEnd(keyRange[0], keyRange[1]) : keyStart;
        if (isMergeKey(keyNode)) {
          const value2 = valueNode ? this.node(valueNode, depth + 1) : void 0;
          if (valueNode && !value2) return void 0;
          for (const source of this.mergeSources(value2, keyStart, keyEnd)) {
            for (const e2 of source.entries) if (!merged.has(e2.key)) merged.set(e2.key, e2);
          }
          end = Math.max(end, value2?.end ?? keyEnd, keyEnd);
          continue;
        }
        const key = this.keyText(keyNode);
        let value;
        if (valueNode) {
          value = this.node(valueNode, depth + 1);
          if (!value) return void 0;
        } else {
          const after = this.text.indexOf(":", keyEnd);
          const at = after >= 0 && after - keyEnd < 3 ? after + 1 : keyEnd;
          value = scalar(null, at, at);
        }
        const e = { key, keyStart, keyEnd, value };
        const previous = index.get(key);
        if (previous !== void 0) {
          const first = entries[previous];
          const at = this.lines.positionAt(first.keyStart);
          this.report(
            keyStart,
            keyEnd,
            `Duplicate key "${key}" (first at line ${at.line}); CloudFormation uses the last value, so the earlier one is ignored`,
            "warning"
          );
          entries.splice(previous, 1);
          for (const [k, i] of index) if (i > previous) index.set(k, i - 1);
        }
        index.set(key, entries.length);
        entries.push(e);
        end = Math.max(end, value.end, keyEnd);
      }
      const all = merged.size === 0 ? entries : [...[...merged.values()].filter((e) => !index.has(e.key)), ...entries];
      return { kind: "map", entries: all, start, end: n.flow ? valueEnd : end };
    }
    if ((0, import_yaml.isSeq)(n)) {
      const dashes = this.dashOffsets(n);
      const items = [];
      let end = start;
      let d = 0;
      for (const item of n.items) {
        const node = this.node(item, depth + 1);
        if (!node) return void 0;
        const nodeStart = Math.min(node.start, this.withProps(item, node.start));
        while (d + 1 < dashes.length && dashes[d + 1] < nodeStart) d++;
        const dash = dashes[d];
        items.push({ node, start: dash !== void 0 && dash < nodeStart ? dash : nodeStart });
        end = Math.max(end, node.end);
      }
      return { kind: "seq", items, start: items[0]?.start ?? start, end: n.flow ? valueEnd : end };
    }
    return scalar(null, start, valueEnd);
  }
  /**
   * The maps a `<<` value merges: a mapping, or each mapping of a sequence (in order, earlier
   * ones first). Anything else (a scalar, an intrinsic function, a list) is an error at the `<<`
   * key; in a list, the mappings are still merged and only the other items are dropped.
   */
  mergeSources(value, keyStart, keyEnd) {
    const isPlainMap2 = (v) => v.kind === "map" && v.shortForm === void 0;
    if (value && isPlainMap2(value)) return [value];
    const maps = value?.kind === "seq" ? value.items.map((i) => i.node).filter(isPlainMap2) : [];
    if (!value || value.kind !== "seq" || maps.length !== value.items.length) {
      this.report(
        keyStart,
        keyEnd,
        "YAML merge key << needs a mapping or a list of mappings (such as *base or [*base, *defaults]); " + (maps.length > 0 ? "the other values of the list were not merged" : "nothing was merged")
      );
    }
    return maps;
  }
  /** `!Name operand` \u{2192} `{ LongName: operand }` (with `!GetAtt a.b.c` split into `["a", "b.c"]`). */
  shortForm(tag, long, n, operand) {
    const tagStart = this.tagStart(tag, n.range[0]);
    let value = operand;
    if (long === "Fn::GetAtt" && operand.kind === "scalar" && typeof operand.value === "string") {
      const s = operand.value;
      const dot = s.indexOf(".");
      if (dot > 0) {
        const quoted = this.text[operand.start] === '"' || this.text[operand.start] === "'" ? 1 : 0;
        const split = operand.start + quoted + dot;
        value = {
          kind: "seq",
          items: [
            { node: scalar(s.slice(0, dot), operand.start, split), start: operand.start },
            { node: scalar(s.slice(dot + 1), split + 1, operand.end), start: split + 1 }
          ],
          start: operand.start,
          end: operand.end
        };
      }
    }
    if (operand.kind === "scalar" && operand.value === null) value = { ...operand, value: "" };
    const start = Math.min(tagStart, operand.start);
    return {
      kind: "map",
      entries: [{ key: long, keyStart: start, keyEnd: start + tag.length, value }],
      start,
      end: Math.max(operand.end, start + tag.length),
      shortForm: tag
    };
  }
  /** Offset of the tag written before a node's content (`!Ref x`: the `!`). */
  tagStart(tag, contentStart) {
    const at = this.text.lastIndexOf(tag, contentStart);
    if (at < 0) return contentStart;
    const gap = this.text.slice(at + tag.length, contentStart);
    return /^(?:\s|&\S+|#[^\n]*)*$/.test(gap) ? at : contentStart;
  }
  /** A node's start including a tag written before it. */
  withProps(n, contentStart) {
    return n.tag && !n.tag.startsWith("tag:") ? this.tagStart(n.tag, contentStart) : contentStart;
  }
  /** Offsets of the `-` indicators of a block sequence, in order. */
  dashOffsets(n) {
    const token = n.srcToken;
    if (!token || token.type !== "block-seq" || !token.items) return [];
    const out = [];
    for (const item of token.items) for (const t of item.start ?? []) if (t.type === "seq-item-ind") out.push(t.offset);
    return out;
  }
  keyText(key) {
    if (!key) return "";
    if ((0, import_yaml.isScalar)(key)) return key.value === null ? "" : String(key.value);
    const r = key.range;
    return r ? this.text.slice(r[0], r[1]).trim() : "";
  }
  scalarValue(value, type, start, end) {
    if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
    if (typeof value === "number") {
      const source = this.text.slice(start, end);
      if (type === "PLAIN" && !PLAIN_NUMBER.test(source)) return source;
      return Number.isFinite(value) ? value : source;
    }
    if (value === void 0) return null;
    return String(value);
  }
  /** Ends exclude the line breaks and indentation after a block scalar. */
  trimEnd(start, end) {
    let e = end;
    while (e > start) {
      const c = this.text.charCodeAt(e - 1);
      if (c === 10 || c === 13 || c === 32 || c === 9) e--;
      else break;
    }
    return e;
  }
};

// src/scanners/cloudformation/json.ts
function parseJson(file, text, lines) {
  const diagnostics = [];
  const deep = jsonDepth(text, MAX_DEPTH);
  if (deep >= 0) {
    diagnostics.push({
      file,
      range: lines.rangeOf(deep, deep + 1),
      severity: "error",
      message: `Nesting too deep: more than ${MAX_DEPTH} levels of JSON objects and arrays; the file was not scanned`
    });
    return { diagnostics };
  }
  const errors = [];
  const root = parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const e = errors[0];
    diagnostics.push({ file, range: lines.rangeOf(e.offset, e.offset + Math.max(e.length, 1)), severity: "error", message: jsonErrorMessage(e) });
    return { diagnostics };
  }
  if (!root) return { diagnostics };
  return { document: convert(root), diagnostics };
  function convert(node) {
    const start = node.offset;
    const end = node.offset + node.length;
    switch (node.type) {
      case "object": {
        const entries = [];
        const index = /* @__PURE__ */ new Map();
        for (const prop of node.children ?? []) {
          const keyNode = prop.children?.[0];
          const valueNode = prop.children?.[1];
          if (!keyNode || !valueNode || typeof keyNode.value !== "string") continue;
          const key = keyNode.value;
          const e = { key, keyStart: keyNode.offset, keyEnd: keyNode.offset + keyNode.length, value: convert(valueNode) };
          const previous = index.get(key);
          if (previous !== void 0) {
            const at = lines.positionAt(entries[previous].keyStart);
            diagnostics.push({
              file,
              range: lines.rangeOf(e.keyStart, e.keyEnd),
              severity: "warning",
              message: `Duplicate key "${key}" (first at line ${at.line}); CloudFormation uses the last value, so the earlier one is ignored`
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
        return scalar(node.value, start, end);
      default:
        return scalar(null, start, end);
    }
  }
}

// src/scanners/cloudformation/sub.ts
function parseSub(template) {
  const parts = [];
  let literal = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("${", i);
    if (open < 0) break;
    const close = template.indexOf("}", open + 2);
    if (close < 0) break;
    literal += template.slice(i, open);
    const inner = template.slice(open + 2, close);
    if (inner.startsWith("!")) {
      literal += `\${${inner.slice(1)}}`;
    } else {
      if (literal) parts.push({ literal });
      literal = "";
      parts.push({ variable: inner.trim() });
    }
    i = close + 1;
  }
  literal += template.slice(i);
  if (literal) parts.push({ literal });
  return parts;
}

// src/scanners/cloudformation/evaluate.ts
function isKnown(v) {
  if (v === null || typeof v !== "object") return true;
  if (isUnknown(v)) return false;
  if (Array.isArray(v)) return v.every(isKnown);
  return Object.values(v).every(isKnown);
}
function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
function singleOrigin(origins) {
  const found = origins.filter((o) => o !== void 0);
  return found.length === 1 ? found[0] : void 0;
}
function withOrigin(ev, origin) {
  if (origin) ev.origin = origin;
  return ev;
}
function scalarText(v) {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
}
var Evaluator = class {
  constructor(text, lines, ctx) {
    this.text = text;
    this.lines = lines;
    this.ctx = ctx;
  }
  text;
  lines;
  ctx;
  /** The source node for an element spanning `start..end` holding an evaluated value. */
  sourceNode(start, end, ev) {
    const node = nodeAt(this.lines, start, end, ev.children);
    if (ev.origin) node.origins = [ev.origin];
    return node;
  }
  /** A map entry: range from its key to the end of its value. */
  entry(e) {
    const ev = this.value(e.value);
    return { value: ev.value, node: this.sourceNode(e.keyStart, e.value.end, ev) };
  }
  /** The entries of a map as attributes + their source nodes. */
  entries(node) {
    const values = {};
    const nodes = {};
    if (node?.kind === "map" && !intrinsicName(node) && !rainDirective(node)) {
      for (const e of node.entries) {
        const r = this.entry(e);
        values[e.key] = r.value;
        nodes[e.key] = r.node;
      }
    }
    return { values, nodes };
  }
  value(node) {
    switch (node.kind) {
      case "scalar":
        return { value: node.value };
      case "seq": {
        const children = {};
        const value = node.items.map((item, i) => {
          const ev = this.value(item.node);
          children[String(i)] = this.sourceNode(item.start, item.node.end, ev);
          return ev.value;
        });
        return { value, children };
      }
      case "map": {
        const fn = intrinsicName(node);
        if (fn) return this.intrinsic(fn, node.entries[0].value, node);
        const rain = rainDirective(node);
        if (rain) return this.unknownOf(node, `${rain} is a Rain directive, expanded only by \`rain pkg\``);
        const { values, nodes } = this.entries(node);
        return { value: values, children: nodes };
      }
    }
  }
  source(node) {
    return this.text.slice(node.start, node.end);
  }
  /** An Unknown for `node`; `decoded` is an encoded payload, or with `partial` the node's own visible text. */
  unknownOf(node, reason, decoded, partial = false) {
    return { value: unknown(this.source(node), decoded === void 0 ? { reason } : { decoded, reason, partial }) };
  }
  intrinsic(fn, arg, node) {
    switch (fn) {
      case "Ref":
        return this.ref(arg, node);
      case "Fn::Sub":
        return this.sub(arg, node);
      case "Fn::Base64":
        return this.base64(arg, node);
      case "Fn::FindInMap":
        return this.findInMap(arg, node);
      case "Fn::If":
        return this.if(arg, node);
      case "Fn::Join":
        return this.join(arg, node);
      case "Fn::Select":
        return this.select(arg, node);
      case "Fn::Split":
        return this.split(arg, node);
      default:
        return this.unknownOf(node, `${fn} is only known when the stack is deployed`);
    }
  }
  /** What `Ref name` stands for, as a value (Unknown with a reason when not static). */
  refValue(name, node) {
    if (name.startsWith("AWS::")) return this.unknownOf(node, `pseudo parameter ${name} is only known when the stack is deployed`);
    const parameter = this.ctx.parameters.get(name);
    if (parameter) {
      const type = parameter.type ?? "String";
      if (type.startsWith("AWS::SSM::Parameter::Value<")) {
        return this.unknownOf(node, `parameter ${name} is read from SSM Parameter Store when the stack is deployed`);
      }
      const d = parameter.defaultEntry;
      if (!d) return this.unknownOf(node, `parameter ${name} has no default`);
      let value = this.value(d.value).value;
      if (typeof value === "string" && (type === "CommaDelimitedList" || type.startsWith("List<"))) value = value.split(",");
      if (!isKnown(value)) return this.unknownOf(node, `the default of parameter ${name} is not static`);
      return {
        value,
        origin: { file: this.ctx.file, range: this.lines.rangeOf(d.keyStart, d.value.end), message: `value from the default of parameter ${name}`, kind: "parameter-default" }
      };
    }
    if (this.ctx.resources.has(name)) return this.unknownOf(node, `reference to resource ${name}, only known when the stack is deployed`);
    return this.unknownOf(node, `${name} is not a parameter or resource of this template`);
  }
  ref(arg, node) {
    const name = stringOf(arg);
    if (name === void 0) return this.unknownOf(node, "Ref needs the name of a parameter or resource");
    return this.refValue(name, node);
  }
  sub(arg, node) {
    let template;
    let vars;
    if (arg.kind === "scalar") template = stringOf(arg);
    else if (arg.kind === "seq" && arg.items.length >= 1) {
      template = stringOf(arg.items[0].node);
      vars = arg.items[1]?.node;
    }
    if (template === void 0) return this.unknownOf(node, "Fn::Sub with a template that is not a literal string");
    let text = "";
    const unknowns = [];
    const origins = [];
    for (const part of parseSub(template)) {
      if ("literal" in part) {
        text += part.literal;
        continue;
      }
      const name = part.variable;
      const given = entry(vars, name);
      let ev;
      if (given) ev = this.value(given.value);
      else if (name.includes(".") && !name.startsWith("AWS::")) ev = { value: unknown(`\${${name}}`, { reason: "attribute of a resource" }) };
      else ev = this.refValue(name, node);
      origins.push(ev.origin);
      const s = scalarText(ev.value);
      if (s === void 0) {
        unknowns.push(name);
        text += `\${${name}}`;
      } else text += s;
    }
    if (unknowns.length === 0) return withOrigin({ value: text }, singleOrigin(origins));
    return this.unknownOf(node, `Fn::Sub uses ${unknowns.join(", ")}, only known when the stack is deployed`, text, true);
  }
  base64(arg, node) {
    const inner = this.value(arg).value;
    const s = scalarText(inner);
    if (s !== void 0) return this.unknownOf(node, "base64 encoding of a static text", s);
    if (isUnknown(inner) && typeof inner.decoded === "string") return this.unknownOf(node, inner.reason ?? "base64 encoding", inner.decoded);
    return this.unknownOf(node, "base64 encoding of a value only known when the stack is deployed");
  }
  findInMap(arg, node) {
    if (arg.kind !== "seq" || arg.items.length < 3) return this.unknownOf(node, "Fn::FindInMap needs a map name and two keys");
    const keys = arg.items.slice(0, 3).map((i) => scalarText(this.value(i.node).value));
    if (keys.some((k) => k === void 0)) return this.unknownOf(node, "Fn::FindInMap with keys only known when the stack is deployed");
    const [mapName, top, second] = keys;
    const found = entry(child(child(this.ctx.mappings, mapName), top), second);
    if (!found) return this.unknownOf(node, `mapping ${mapName} has no entry ${top}.${second}`);
    const ev = this.value(found.value);
    if (!isKnown(ev.value)) return this.unknownOf(node, `mapping ${mapName} entry ${top}.${second} is not static`);
    return {
      value: ev.value,
      origin: { file: this.ctx.file, range: this.lines.rangeOf(found.keyStart, found.value.end), message: `value from mapping ${mapName} (${top}, ${second})`, kind: "mapping" }
    };
  }
  if(arg, node) {
    if (arg.kind === "seq" && arg.items.length === 3) {
      const a = this.value(arg.items[1].node);
      const b = this.value(arg.items[2].node);
      if (isKnown(a.value) && isKnown(b.value) && sameValue(a.value, b.value)) return withOrigin({ value: a.value }, singleOrigin([a.origin, b.origin]));
    }
    return this.unknownOf(node, "Fn::If depends on a condition evaluated when the stack is deployed");
  }
  join(arg, node) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return this.unknownOf(node, "Fn::Join needs a delimiter and a list");
    const delimiter = stringOf(arg.items[0].node);
    const listEv = this.value(arg.items[1].node);
    const list = listEv.value;
    if (delimiter === void 0 || !Array.isArray(list)) return this.unknownOf(node, "Fn::Join of a list only known when the stack is deployed");
    const parts = list.map(scalarText);
    if (parts.every((p) => p !== void 0)) {
      const origin = listEv.origin ?? singleOrigin(Object.values(listEv.children ?? {}).map((c) => c.origins?.[0]));
      return withOrigin({ value: parts.join(delimiter) }, origin);
    }
    const visible = list.map((v, i) => parts[i] ?? (isUnknown(v) ? v.partial && typeof v.decoded === "string" ? v.decoded : `\${${v.$unknown}}` : JSON.stringify(v))).join(delimiter);
    return this.unknownOf(node, "Fn::Join of values only known when the stack is deployed", visible, true);
  }
  select(arg, node) {
    if (arg.kind === "seq" && arg.items.length === 2) {
      const index = Number(scalarText(this.value(arg.items[0].node).value));
      const listEv = this.value(arg.items[1].node);
      const list = listEv.value;
      if (Number.isInteger(index) && Array.isArray(list) && index >= 0 && index < list.length && isKnown(list[index])) {
        return withOrigin({ value: list[index] }, listEv.origin ?? listEv.children?.[String(index)]?.origins?.[0]);
      }
    }
    return this.unknownOf(node, "Fn::Select of a value only known when the stack is deployed");
  }
  split(arg, node) {
    if (arg.kind === "seq" && arg.items.length === 2) {
      const delimiter = stringOf(arg.items[0].node);
      const s = this.value(arg.items[1].node).value;
      if (delimiter && typeof s === "string") return { value: s.split(delimiter) };
    }
    return this.unknownOf(node, "Fn::Split of a value only known when the stack is deployed");
  }
};

// src/scanners/cloudformation/globals.ts
var GLOBAL_SECTIONS = {
  Function: "AWS::Serverless::Function",
  Api: "AWS::Serverless::Api",
  HttpApi: "AWS::Serverless::HttpApi",
  SimpleTable: "AWS::Serverless::SimpleTable",
  StateMachine: "AWS::Serverless::StateMachine",
  LayerVersion: "AWS::Serverless::LayerVersion"
};
function globalsFor(globals, type) {
  for (const [section, forType] of Object.entries(GLOBAL_SECTIONS)) {
    if (forType !== type) continue;
    const found = child(globals, section);
    if (found?.kind === "map" && !intrinsicName(found)) return found;
  }
  return void 0;
}
function isPlainMap(node) {
  return node?.kind === "map" && !intrinsicName(node);
}
function mergeGlobals(global, own) {
  if (own === void 0) return global;
  if (!isPlainMap(own)) return own;
  const entries = [];
  const byKey = new Map(global.entries.map((e) => [e.key, e]));
  for (const e of own.entries) {
    const g = byKey.get(e.key);
    byKey.delete(e.key);
    if (g && isPlainMap(g.value) && isPlainMap(e.value)) entries.push({ ...e, value: mergeGlobals(g.value, e.value) });
    else if (g && g.value.kind === "seq" && e.value.kind === "seq") {
      entries.push({ ...e, value: { ...e.value, items: [...g.value.items, ...e.value.items] } });
    } else entries.push(e);
  }
  for (const g of global.entries) if (byKey.has(g.key)) entries.push(g);
  return { ...own, entries };
}

// src/scanners/cloudformation/include.ts
var INCLUDE = "AWS::Include";
function includeRecords(root, ev, file, lines) {
  const out = [];
  const record = (name, transform, range2, header) => {
    if (transform.kind !== "map" || stringOf(child(transform, "Name")) !== INCLUDE) return;
    const { values, nodes } = ev.entries(child(transform, "Parameters"));
    out.push(
      buildResource({
        format: "cloudformation",
        kind: "module",
        type: INCLUDE,
        name,
        file,
        range: range2,
        header,
        attributes: values,
        attributeNodes: nodes,
        options: {},
        optionNodes: {}
      })
    );
  };
  const firstLine2 = (start, end) => {
    const r = lines.rangeOf(start, end);
    return firstLineOf(r, lines.lineText(r.start.line));
  };
  const walk = (node, path, depth) => {
    if (depth > 64) return;
    if (node.kind === "seq") {
      node.items.forEach((item) => walk(item.node, path, depth + 1));
      return;
    }
    if (node.kind !== "map") return;
    for (const e of node.entries) {
      if (e.key === "Fn::Transform") {
        const name = path[0] === "Resources" && path.length > 1 ? path[1] : path.join(".");
        record(name, e.value, lines.rangeOf(e.keyStart, Math.max(e.value.end, e.keyEnd)), lines.rangeOf(e.keyStart, e.keyEnd));
        continue;
      }
      walk(e.value, path.length < 2 ? [...path, e.key] : path, depth + 1);
    }
  };
  for (const section of root.entries) {
    if (section.key === "Parameters" || section.key === "AWSTemplateFormatVersion") continue;
    if (section.key === "Transform") {
      const header = lines.rangeOf(section.keyStart, section.keyEnd);
      const value = section.value;
      if (value.kind === "map") record("Transform", value, lines.rangeOf(section.keyStart, value.end), header);
      else if (value.kind === "seq") for (const item of value.items) record("Transform", item.node, lines.rangeOf(item.start, item.node.end), firstLine2(item.start, item.node.end));
      continue;
    }
    walk(section.value, [section.key], 0);
  }
  return out;
}

// src/scanners/cloudformation/template.ts
var TEMPLATE_TYPE = /^(?:AWS|Custom|Alexa::ASK)::/;
var SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
var RESOURCE_OPTIONS = {
  DeletionPolicy: "deletionPolicy",
  UpdateReplacePolicy: "updateReplacePolicy",
  UpdatePolicy: "updatePolicy",
  CreationPolicy: "creationPolicy",
  Condition: "condition",
  DependsOn: "dependsOn",
  Metadata: "metadata"
};
function hasSamTransform(node) {
  if (!node) return false;
  if (node.kind === "scalar") return node.value === SAM_TRANSFORM;
  if (node.kind === "seq") return node.items.some((i) => i.node.kind === "scalar" && i.node.value === SAM_TRANSFORM);
  return false;
}
function isTemplate(root) {
  if (root.kind !== "map") return false;
  if (entry(root, "AWSTemplateFormatVersion")) return true;
  if (hasSamTransform(child(root, "Transform"))) return true;
  const resources = child(root, "Resources");
  if (resources?.kind !== "map") return false;
  return resources.entries.some((e) => TEMPLATE_TYPE.test(stringOf(child(e.value, "Type")) ?? ""));
}
var TemplateReader = class _TemplateReader {
  constructor(file, text, lines, root, diagnostics) {
    this.file = file;
    this.text = text;
    this.lines = lines;
    this.root = root;
    this.diagnostics = diagnostics;
    const parameters = /* @__PURE__ */ new Map();
    for (const p of this.sectionEntries("Parameters")) {
      const info = {};
      const type = stringOf(child(p.value, "Type"));
      if (type !== void 0) info.type = type;
      const d = entry(p.value, "Default");
      if (d) info.defaultEntry = d;
      parameters.set(p.key, info);
    }
    const resources = new Set(this.sectionEntries("Resources").map((e) => e.key));
    const ctx = { file, parameters, resources };
    const mappings = child(root, "Mappings");
    if (mappings) ctx.mappings = mappings;
    this.ev = new Evaluator(text, lines, ctx);
  }
  file;
  text;
  lines;
  root;
  diagnostics;
  ev;
  /**
   * Resources read from one template. CloudFormation accepts at most 500 per stack ("AWS
   * CloudFormation quotas": resources declared in a template); ten times that leaves room for
   * templates that a transform shrinks, while a generated or hostile template of 100,000 costs
   * bounded time and memory.
   */
  static MAX_RESOURCES = 5e3;
  sectionEntries(name) {
    const section = child(this.root, name);
    return section?.kind === "map" && !intrinsicName(section) ? section.entries : [];
  }
  records() {
    const out = [];
    for (const p of this.sectionEntries("Parameters")) {
      if (p.value.kind !== "map") {
        this.problem(p, `Parameter ${p.key} must be a mapping with a Type`);
        continue;
      }
      out.push(this.record("parameter", stringOf(child(p.value, "Type")) ?? "String", p, p.value, {}, {}));
    }
    const globals = child(this.root, "Globals");
    let declared = this.sectionEntries("Resources");
    if (declared.length > _TemplateReader.MAX_RESOURCES) {
      this.problem(
        entry(this.root, "Resources"),
        `The template declares ${declared.length} resources, far more than the 500 CloudFormation accepts in one stack; driftless read the first ${_TemplateReader.MAX_RESOURCES} and skipped the rest. Split the template (nested stacks) or scan the templates it is generated from`,
        "warning"
      );
      declared = declared.slice(0, _TemplateReader.MAX_RESOURCES);
    }
    for (const r of declared) {
      if (r.key === "Fn::Transform") continue;
      const resource = this.resource(r, globals);
      if (resource) out.push(resource);
    }
    out.push(...includeRecords(this.root, this.ev, this.file, this.lines));
    for (const o of this.sectionEntries("Outputs")) {
      if (o.value.kind !== "map") {
        this.problem(o, `Output ${o.key} must be a mapping with a Value`);
        continue;
      }
      out.push(this.record("output", "output", o, o.value, {}, {}));
    }
    return out;
  }
  resource(r, globals) {
    const body = r.value;
    if (body.kind !== "map" || intrinsicName(body)) {
      this.problem(r, `Resource ${r.key} must be a mapping with a Type`);
      return void 0;
    }
    const typeNode = child(body, "Type");
    if (rainDirective(typeNode) === "Rain::Module") {
      const path = stringOf(typeNode.entries[0].value);
      this.problem(
        r,
        `Resource ${r.key} is a Rain module${path ? ` (${path})` : ""}, not plain CloudFormation; driftless does not expand Rain modules, so the resources it stands for were not scanned. Run \`rain pkg\` on the template and scan the packaged template instead`,
        "warning"
      );
      return void 0;
    }
    const type = stringOf(typeNode);
    if (type === void 0) {
      this.problem(r, `Resource ${r.key} has no Type (a string such as AWS::S3::Bucket)`);
      return void 0;
    }
    const options = {};
    const optionNodes = {};
    for (const e of body.entries) {
      const name = RESOURCE_OPTIONS[e.key];
      if (!name) continue;
      const { value, node } = this.ev.entry(e);
      if (name === "dependsOn" && typeof value === "string") {
        options[name] = [value];
        optionNodes[name] = { ...node, children: { "0": this.ev.sourceNode(e.value.start, e.value.end, { value }) } };
      } else {
        options[name] = value;
        optionNodes[name] = node;
      }
    }
    let properties = child(body, "Properties");
    const global = globalsFor(globals, type);
    if (global) properties = mergeGlobals(global, properties);
    return this.record("resource", type, r, properties, options, optionNodes);
  }
  record(kind, type, key, body, options, optionNodes) {
    const { values, nodes } = this.ev.entries(body);
    return buildResource({
      format: "cloudformation",
      kind,
      type,
      name: key.key,
      file: this.file,
      range: this.lines.rangeOf(key.keyStart, Math.max(key.value.end, key.keyEnd)),
      header: this.lines.rangeOf(key.keyStart, key.keyEnd),
      attributes: values,
      attributeNodes: nodes,
      options,
      optionNodes
    });
  }
  problem(e, message, severity = "error") {
    this.diagnostics.push({ file: this.file, range: this.lines.rangeOf(e.keyStart, e.keyEnd), severity, message });
  }
};

// src/scanners/cloudformation/index.ts
function isJsonText(text) {
  return /^[\s\uFEFF]*\{/.test(text);
}
function readTemplates(file, lines) {
  if (isJsonText(file.text)) {
    const { document, diagnostics } = parseJson(file.path, file.text, lines);
    return { documents: document ? [document] : [], diagnostics };
  }
  return parseYaml(file.path, file.text, lines);
}
var MAX_TEMPLATE_BYTES = 1024 * 1024;
async function scanCloudFormation(file) {
  const bytes = Buffer.byteLength(file.text, "utf8");
  if (bytes > MAX_TEMPLATE_BYTES) {
    const message = `not scanned: the template is ${sizeOver(bytes, MAX_TEMPLATE_BYTES)}, over the 1 MB CloudFormation accepts for a template (AWS CloudFormation quotas), so it cannot be deployed as it is; split it into nested stacks, or scan the templates it is generated from`;
    return { resources: [], diagnostics: [{ file: file.path, range: range(1, 1, 1, 2), severity: "warning", message, notScanned: true }] };
  }
  const lines = new LineIndex(file.text);
  const { documents, diagnostics } = readTemplates(file, lines);
  const resources = [];
  for (const root of documents) {
    if (!isTemplate(root)) continue;
    resources.push(...new TemplateReader(file.path, file.text, lines, root, diagnostics).records());
  }
  return { resources, diagnostics };
}
async function scanCloudFormationUnit(unit, reader) {
  const read = reader.read(unit.file.absolutePath);
  if (!read.file) return { resources: [], diagnostics: [read.diagnostic] };
  return scanCloudFormation(read.file);
}

export { MAX_TEMPLATE_BYTES, isJsonText, readTemplates, scanCloudFormation, scanCloudFormationUnit };
