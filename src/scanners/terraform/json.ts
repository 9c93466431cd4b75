/**
 * `.tf.json` files (Terraform's JSON syntax) via jsonc-parser's `parseTree`, mapped onto the
 * same records as HCL. JSON cannot tell a nested block from an object-valued argument without
 * the provider schema: objects and arrays of objects are nested blocks (normalised to lists),
 * except for well-known map arguments (tags, labels, ...), and module inputs, variable
 * defaults, outputs and locals, which are always plain values.
 */
import { parseTree, type Node as JsonNode, type ParseError } from "jsonc-parser";
import type { LineIndex } from "../../model/position.js";
import { buildResource, type Diagnostic, type Resource, type ResourceKind, type SourceNode } from "../../model/resource.js";
import { unknown, type Value, type ValueMap } from "../../model/value.js";
import { jsonChildren, nodeAt } from "../shared/source-map.js";
import { jsonDepth, jsonErrorMessage } from "../shared/json.js";

/** Object-valued arguments that are maps, not nested blocks. */
const MAP_ATTRIBUTES = new Set([
  "tags",
  "tags_all",
  "labels",
  "annotations",
  "variables",
  "parameters",
  "triggers",
  "environment_variables",
  "resource_labels",
  "node_labels",
  "user_labels",
  "default_labels",
  "options",
  "keepers",
  "query",
  "request_headers",
  "request_parameters",
  "response_parameters",
  "stage_variables",
  "properties",
  "settings",
]);

const RESOURCE_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
const DATA_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle"]);
const MODULE_META = new Set(["count", "for_each", "depends_on", "providers"]);
const OUTPUT_META = new Set(["depends_on"]);

interface Converted {
  attributes: ValueMap;
  nodes: Record<string, SourceNode>;
}
interface Meta extends Converted {
  repeated: boolean;
}

function props(node: JsonNode | undefined): { key: string; keyNode: JsonNode; value: JsonNode; prop: JsonNode }[] {
  if (!node || node.type !== "object") return [];
  const out = [];
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value || typeof keyNode.value !== "string") continue;
    out.push({ key: keyNode.value, keyNode, value, prop });
  }
  return out;
}

/** An object, or each object in an array (Terraform JSON allows both at every block level). */
function objects(node: JsonNode): JsonNode[] {
  if (node.type === "object") return [node];
  if (node.type === "array") return (node.children ?? []).filter((c) => c.type === "object");
  return [];
}

/** Decodes the JSON string literal at `node`, recording for each decoded character its file offset. */
function decodeJsonString(text: string, node: JsonNode, map: number[]): string {
  let out = "";
  const end = node.offset + node.length - 1;
  let i = node.offset + 1;
  while (i < end) {
    const c = text[i]!;
    if (c === "\\") {
      const e = text[i + 1];
      let ch = e ?? "";
      let len = 2;
      if (e === "n") ch = "\n";
      else if (e === "r") ch = "\r";
      else if (e === "t") ch = "\t";
      else if (e === "b") ch = "\b";
      else if (e === "f") ch = "\f";
      else if (e === "u") {
        ch = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0);
        len = 6;
      }
      map.push(i);
      out += ch;
      i += len;
      continue;
    }
    map.push(i);
    out += c;
    i++;
  }
  map.push(i);
  return out;
}

/** `${` or `%{` not escaped as `$${` / `%%{`. */
function hasTemplate(s: string): boolean {
  return /(^|[^$%])[$%]\{/.test(s.replace(/\$\$\{|%%\{/g, ""));
}

export class JsonRecordBuilder {
  constructor(
    readonly file: string,
    readonly text: string,
    readonly lines: LineIndex,
    readonly diagnostics: Diagnostic[],
  ) {}

  build(root: JsonNode): Resource[] {
    const out: Resource[] = [];
    for (const top of objects(root)) {
      for (const { key, value, prop } of props(top)) {
        switch (key) {
          case "resource":
          case "data":
            for (const byType of objects(value))
              for (const t of props(byType))
                for (const byName of objects(t.value))
                  for (const n of props(byName))
                    for (const body of objects(n.value))
                      out.push(this.record(key === "resource" ? "resource" : "data", t.key, key === "resource" ? `${t.key}.${n.key}` : `data.${t.key}.${n.key}`, n.value.type === "array" ? body : n.keyNode, body, key === "resource" ? RESOURCE_META : DATA_META));
            break;
          case "module":
          case "variable":
          case "output":
          case "provider": {
            for (const byName of objects(value))
              for (const n of props(byName))
                for (const body of objects(n.value)) {
                  const kind: ResourceKind = key;
                  const type = key === "provider" ? n.key : key;
                  const prefix = key === "module" ? "module." : key === "variable" ? "var." : key === "output" ? "output." : "provider.";
                  const meta = key === "module" ? MODULE_META : key === "output" ? OUTPUT_META : new Set<string>();
                  const r = this.record(kind, type, prefix + n.key, n.value.type === "array" ? body : n.keyNode, body, meta, key !== "provider");
                  if (key === "provider" && typeof r.attributes.alias === "string") r.name += `.${r.attributes.alias}`;
                  out.push(r);
                }
            break;
          }
          case "locals":
            for (const body of objects(value)) out.push(this.record("locals", "locals", "locals", value.type === "array" ? body : prop.children![0]!, body, new Set(), true));
            break;
          case "terraform":
            for (const body of objects(value)) out.push(this.record("settings", "terraform", "terraform", value.type === "array" ? body : prop.children![0]!, body, new Set(), false, true));
            break;
          default:
            break;
        }
      }
    }
    return out;
  }

  private record(
    kind: ResourceKind,
    type: string,
    name: string,
    keyNode: JsonNode,
    body: JsonNode,
    metaNames: ReadonlySet<string>,
    plainValues = false,
    settings = false,
  ): Resource {
    const conv: Converted = { attributes: {}, nodes: {} };
    const meta: Meta = { attributes: {}, nodes: {}, repeated: false };
    for (const p of props(body)) {
      if (p.key === "//") continue;
      if (metaNames.has(p.key)) {
        this.meta(p.key, p.prop, p.value, meta);
        continue;
      }
      if (settings && (p.key === "backend" || p.key === "cloud")) {
        for (const o of objects(p.value))
          for (const b of props(o))
            for (const inner of objects(b.value)) {
              const c = this.blockBody(inner, true);
              c.attributes = { $labels: [b.key], ...c.attributes };
              this.appendBlock(conv, p.key, c, b.prop, b.value);
            }
        continue;
      }
      if (settings && p.key === "required_providers") {
        for (const o of objects(p.value)) this.appendBlock(conv, p.key, this.blockBody(o, true), p.prop, o);
        continue;
      }
      this.entry(p.key, p.prop, p.value, conv, plainValues, type, kind === "variable" && p.key === "validation");
    }
    const end = body.offset + body.length;
    const range = this.lines.rangeOf(keyNode.offset, end);
    const header = this.lines.rangeOf(keyNode.offset, body.offset + 1);
    return buildResource({
      format: "terraform",
      kind,
      type,
      name,
      file: this.file,
      range,
      header,
      attributes: conv.attributes,
      attributeNodes: conv.nodes,
      options: meta.attributes,
      optionNodes: meta.nodes,
      repeated: meta.repeated,
    });
  }

  /** One key of a block body: an argument or a nested block. */
  private entry(key: string, prop: JsonNode, value: JsonNode, conv: Converted, plain: boolean, resourceType: string, forceBlock = false): void {
    if (key === "dynamic" && !plain) {
      for (const o of objects(value))
        for (const d of props(o))
          for (const dyn of objects(d.value)) {
            const content = props(dyn).find((x) => x.key === "content");
            const inner = content ? objects(content.value)[0] : undefined;
            this.appendBlock(conv, d.key, inner ? this.blockBody(inner, false) : { attributes: {}, nodes: {} }, d.prop, dyn);
          }
      return;
    }
    const isMap = MAP_ATTRIBUTES.has(key) || (key === "metadata" && resourceType.startsWith("google_"));
    const isBlock =
      forceBlock ||
      (!plain &&
        !isMap &&
        (value.type === "object" || (value.type === "array" && (value.children?.length ?? 0) > 0 && value.children!.every((c) => c.type === "object"))));
    if (isBlock) {
      for (const o of objects(value)) this.appendBlock(conv, key, this.blockBody(o, false), value.type === "array" ? o : prop, o);
      return;
    }
    const v = this.value(value);
    conv.attributes[key] = v.value;
    conv.nodes[key] = nodeAt(this.lines, prop.offset, prop.offset + prop.length, v.children);
  }

  private blockBody(node: JsonNode, plain: boolean): Converted {
    const conv: Converted = { attributes: {}, nodes: {} };
    for (const p of props(node)) {
      if (p.key === "//") continue;
      this.entry(p.key, p.prop, p.value, conv, plain, "");
    }
    return conv;
  }

  private appendBlock(conv: Converted, key: string, inner: Converted, at: JsonNode, body: JsonNode): void {
    let list = conv.attributes[key];
    let listNode = conv.nodes[key];
    const start = at.offset;
    const end = at.offset + at.length;
    if (!Array.isArray(list) || !listNode) {
      list = [];
      conv.attributes[key] = list;
      listNode = { range: this.lines.rangeOf(start, end), children: {} };
      conv.nodes[key] = listNode;
    } else {
      listNode.range = { start: listNode.range.start, end: this.lines.positionAt(end) };
    }
    const index = list.length;
    list.push(inner.attributes);
    (listNode.children ??= {})[String(index)] = nodeAt(this.lines, start, end, inner.nodes, body.offset + 1);
  }

  /** A JSON value as a model Value: strings with `${`/`%{` are Unknown (the string text). */
  value(node: JsonNode, depth = 0): { value: Value; children?: Record<string, SourceNode> } {
    switch (node.type) {
      case "string": {
        const s = String(node.value);
        if (hasTemplate(s)) return { value: unknown(s) };
        const literal = s.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
        const first = literal.trimStart()[0];
        if ((first === "[" || first === "{") && literal === s) {
          const errors: ParseError[] = [];
          const map: number[] = [];
          const decoded = decodeJsonString(this.text, node, map);
          const tree = parseTree(decoded, errors, { disallowComments: true, allowTrailingComma: false });
          if (tree && errors.length === 0) {
            const children = jsonChildren(this.lines, tree, (o) => map[o] ?? map[map.length - 1]!);
            return children ? { value: literal, children } : { value: literal };
          }
        }
        return { value: literal };
      }
      case "number":
      case "boolean":
      case "null":
        return { value: node.value as Value };
      case "array": {
        const children: Record<string, SourceNode> = {};
        const value = (node.children ?? []).map((el, i) => {
          const v = depth > 200 ? { value: unknown("…") } : this.value(el, depth + 1);
          children[String(i)] = nodeAt(this.lines, el.offset, el.offset + el.length, v.children);
          return v.value;
        });
        return { value, children };
      }
      case "object": {
        const children: Record<string, SourceNode> = {};
        const value: ValueMap = {};
        for (const p of props(node)) {
          const v = depth > 200 ? { value: unknown("…") } : this.value(p.value, depth + 1);
          value[p.key] = v.value;
          children[p.key] = nodeAt(this.lines, p.prop.offset, p.prop.offset + p.prop.length, v.children);
        }
        return { value, children };
      }
      default:
        return { value: null };
    }
  }

  private meta(key: string, prop: JsonNode, value: JsonNode, meta: Meta): void {
    const set = (k: string, v: Value, children?: Record<string, SourceNode>, at: JsonNode = prop): void => {
      meta.attributes[k] = v;
      meta.nodes[k] = nodeAt(this.lines, at.offset, at.offset + at.length, children);
    };
    switch (key) {
      case "count":
      case "for_each": {
        const v = this.value(value);
        set(key === "count" ? "count" : "forEach", v.value, v.children);
        meta.repeated = true;
        return;
      }
      case "depends_on": {
        const v = this.value(value);
        set("dependsOn", v.value, v.children);
        return;
      }
      case "provider":
        set("provider", typeof value.value === "string" ? value.value.replace(/^\$\{(.*)\}$/, "$1") : this.value(value).value);
        return;
      case "providers": {
        const v = this.value(value);
        if (v.value && typeof v.value === "object" && !Array.isArray(v.value)) {
          for (const [k, x] of Object.entries(v.value)) {
            const u = x as Value;
            if (u && typeof u === "object" && "$unknown" in u) (v.value as ValueMap)[k] = String(u.$unknown).replace(/^\$\{(.*)\}$/, "$1");
          }
        }
        set("providers", v.value, v.children);
        return;
      }
      case "connection": {
        const o = objects(value)[0];
        if (!o) return;
        const c = this.blockBody(o, false);
        set("connection", c.attributes, c.nodes);
        return;
      }
      case "lifecycle":
        for (const o of objects(value))
          for (const p of props(o)) {
            const v = this.value(p.value);
            if (p.key === "ignore_changes") {
              const all = v.value === "all" || (typeof v.value === "object" && v.value !== null && "$unknown" in v.value && v.value.$unknown === "${all}");
              set("ignoreChanges", all ? "all" : v.value, v.children, p.prop);
            } else if (p.key === "create_before_destroy") set("createBeforeDestroy", v.value, undefined, p.prop);
            else if (p.key === "prevent_destroy") set("preventDestroy", v.value, undefined, p.prop);
            else if (p.key === "replace_triggered_by") set("replaceTriggeredBy", v.value, v.children, p.prop);
          }
        return;
      case "provisioner": {
        const list: Value[] = [];
        const children: Record<string, SourceNode> = {};
        for (const o of objects(value))
          for (const p of props(o))
            for (const body of objects(p.value)) {
              const conv: Converted = { attributes: {}, nodes: {} };
              const entry: ValueMap = { type: p.key, attributes: conv.attributes };
              const nodes: Record<string, SourceNode> = { type: nodeAt(this.lines, p.keyNode.offset, p.keyNode.offset + p.keyNode.length) };
              for (const q of props(body)) {
                if (q.key === "when" || q.key === "on_failure") {
                  const k = q.key === "when" ? "when" : "onFailure";
                  const raw = q.value.value;
                  entry[k] = typeof raw === "string" ? raw.replace(/^\$\{(.*)\}$/, "$1") : this.value(q.value).value;
                  nodes[k] = nodeAt(this.lines, q.prop.offset, q.prop.offset + q.prop.length);
                  continue;
                }
                if (q.key === "//") continue;
                this.entry(q.key, q.prop, q.value, conv, false, "");
              }
              const at = p.value.type === "array" ? body : p.prop;
              nodes.attributes = nodeAt(this.lines, at.offset, at.offset + at.length, conv.nodes, body.offset + 1);
              children[String(list.length)] = nodeAt(this.lines, at.offset, at.offset + at.length, nodes, body.offset + 1);
              list.push(entry);
            }
        set("provisioners", list, children);
        return;
      }
      default:
        return;
    }
  }
}

export function scanJson(file: string, text: string, lines: LineIndex): { resources: Resource[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const deep = jsonDepth(text, 200);
  if (deep >= 0) {
    diagnostics.push({ file, range: lines.rangeOf(deep, deep + 1), severity: "error", message: "Nesting too deep: more than 200 levels of JSON objects and arrays" });
    return { resources: [], diagnostics };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    for (const e of errors.slice(0, 1)) {
      diagnostics.push({
        file,
        range: lines.rangeOf(e.offset, e.offset + Math.max(e.length, 1)),
        severity: "error",
        message: jsonErrorMessage(e),
      });
    }
    return { resources: [], diagnostics };
  }
  if (!root || root.type !== "object") {
    diagnostics.push({ file, range: lines.rangeOf(root?.offset ?? 0, (root?.offset ?? 0) + 1), severity: "error", message: "Invalid Terraform JSON: the file must contain a JSON object at the top level" });
    return { resources: [], diagnostics };
  }
  const resources = new JsonRecordBuilder(file, text, lines, diagnostics).build(root);
  return { resources, diagnostics };
}
