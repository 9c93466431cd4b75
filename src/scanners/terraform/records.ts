/**
 * Turns the top-level blocks of an HCL file into model `Resource` records: attributes as
 * Values, nested blocks as lists of block objects (dynamic blocks appended from their
 * `content`), meta-arguments (count, for_each, depends_on, provider, lifecycle, provisioners,
 * connection) as normalised `options`, and a `SourceNode` tree mirroring both.
 */
import type { LineIndex } from "../../model/position.js";
import { buildResource, type Diagnostic, type Resource, type ResourceKind, type SourceNode } from "../../model/resource.js";
import { unknown, type Value, type ValueMap } from "../../model/value.js";
import type { Attribute, Block, Body, Expr } from "./ast.js";
import { Evaluator } from "./evaluate.js";
import { nodeAt } from "../shared/source-map.js";

interface BlockKind {
  kind: ResourceKind;
  labels: number;
  type: (labels: string[]) => string;
  name: (labels: string[]) => string;
  /** Meta-argument names taken out of `attributes` into `options`. */
  meta: ReadonlySet<string>;
}

const RESOURCE_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
const DATA_META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle"]);
const MODULE_META = new Set(["count", "for_each", "depends_on", "providers"]);
const OUTPUT_META = new Set(["depends_on"]);
const NONE = new Set<string>();

export const BLOCK_KINDS: Record<string, BlockKind> = {
  resource: { kind: "resource", labels: 2, type: (l) => l[0]!, name: (l) => `${l[0]}.${l[1]}`, meta: RESOURCE_META },
  data: { kind: "data", labels: 2, type: (l) => l[0]!, name: (l) => `data.${l[0]}.${l[1]}`, meta: DATA_META },
  module: { kind: "module", labels: 1, type: () => "module", name: (l) => `module.${l[0]}`, meta: MODULE_META },
  provider: { kind: "provider", labels: 1, type: (l) => l[0]!, name: (l) => `provider.${l[0]}`, meta: NONE },
  variable: { kind: "variable", labels: 1, type: () => "variable", name: (l) => `var.${l[0]}`, meta: NONE },
  output: { kind: "output", labels: 1, type: () => "output", name: (l) => `output.${l[0]}`, meta: OUTPUT_META },
  locals: { kind: "locals", labels: 0, type: () => "locals", name: () => "locals", meta: NONE },
  terraform: { kind: "settings", labels: 0, type: () => "terraform", name: () => "terraform", meta: NONE },
};

interface Converted {
  attributes: ValueMap;
  nodes: Record<string, SourceNode>;
}

interface Meta {
  options: ValueMap;
  nodes: Record<string, SourceNode>;
  repeated: boolean;
}

export class RecordBuilder {
  readonly ev: Evaluator;

  constructor(
    readonly file: string,
    readonly text: string,
    readonly lines: LineIndex,
    readonly diagnostics: Diagnostic[],
  ) {
    this.ev = new Evaluator(text, lines);
  }

  build(body: Body): Resource[] {
    const out: Resource[] = [];
    for (const item of body.items) {
      if (item.type !== "block") continue; // a top-level attribute only occurs in .tfvars files
      const r = this.resource(item);
      if (r) out.push(r);
    }
    return out;
  }

  private resource(block: Block): Resource | undefined {
    const spec = BLOCK_KINDS[block.blockType];
    if (!spec) return undefined; // moved, import, removed, check: not resources
    const labels = block.labels.map((l) => l.value);
    if (labels.length !== spec.labels) {
      this.diagnostics.push({
        file: this.file,
        range: this.lines.rangeOf(block.start, block.headerEnd),
        severity: "error",
        message: `Invalid ${block.blockType} block: a ${block.blockType} block needs ${spec.labels} label${spec.labels === 1 ? "" : "s"}, found ${labels.length}`,
      });
      return undefined;
    }
    const conv: Converted = { attributes: {}, nodes: {} };
    const meta: Meta = { options: {}, nodes: {}, repeated: false };
    for (const item of block.body.items) {
      if (spec.meta.has(item.type === "attribute" ? item.name : item.blockType) && this.metaItem(item, meta)) continue;
      this.bodyItem(item, conv);
    }
    let name = spec.name(labels);
    if (block.blockType === "provider" && typeof conv.attributes.alias === "string") name += `.${conv.attributes.alias}`;
    const range = this.lines.rangeOf(block.start, block.end);
    const header = this.lines.rangeOf(block.start, block.headerEnd);
    return buildResource({
      format: "terraform",
      kind: spec.kind,
      type: spec.type(labels),
      name,
      file: this.file,
      range,
      header,
      attributes: conv.attributes,
      attributeNodes: conv.nodes,
      options: meta.options,
      optionNodes: meta.nodes,
      repeated: meta.repeated,
    });
  }

  // ---- plain bodies ----------------------------------------------------------------------

  convertBody(body: Body): Converted {
    const conv: Converted = { attributes: {}, nodes: {} };
    for (const item of body.items) this.bodyItem(item, conv);
    return conv;
  }

  private bodyItem(item: Attribute | Block, conv: Converted): void {
    if (item.type === "attribute") {
      const ev = this.ev.evaluate(item.expr);
      conv.attributes[item.name] = ev.value;
      conv.nodes[item.name] = nodeAt(this.lines, item.start, item.end, ev.children);
      return;
    }
    if (item.blockType === "dynamic" && item.labels.length === 1) {
      const content = item.body.items.find((i): i is Block => i.type === "block" && i.blockType === "content");
      const inner = content ? this.convertBody(content.body) : { attributes: {}, nodes: {} };
      this.appendBlock(conv, item.labels[0]!.value, inner, item);
      return;
    }
    const inner = this.convertBody(item.body);
    if (item.labels.length > 0) {
      inner.attributes = { $labels: item.labels.map((l) => l.value), ...inner.attributes };
      const labelNodes: Record<string, SourceNode> = {};
      item.labels.forEach((l, i) => (labelNodes[String(i)] = nodeAt(this.lines, l.start, l.end)));
      inner.nodes = { $labels: nodeAt(this.lines, item.labels[0]!.start, item.labels[item.labels.length - 1]!.end, labelNodes), ...inner.nodes };
    }
    this.appendBlock(conv, item.blockType, inner, item);
  }

  private appendBlock(conv: Converted, key: string, inner: Converted, block: Block): void {
    let list = conv.attributes[key];
    let listNode = conv.nodes[key];
    if (!Array.isArray(list) || !listNode) {
      list = [];
      conv.attributes[key] = list;
      listNode = { range: this.lines.rangeOf(block.start, block.end), children: {} };
      conv.nodes[key] = listNode;
    } else {
      listNode.range = { start: listNode.range.start, end: this.lines.positionAt(block.end) };
    }
    const index = list.length;
    list.push(inner.attributes);
    (listNode.children ??= {})[String(index)] = nodeAt(this.lines, block.start, block.end, inner.nodes, block.headerEnd);
  }

  // ---- meta-arguments --------------------------------------------------------------------

  /** Returns false when the item is not in the shape of the meta-argument (kept as an attribute). */
  private metaItem(item: Attribute | Block, meta: Meta): boolean {
    if (item.type === "attribute") {
      const node = (value: Value, children?: Record<string, SourceNode>): SourceNode => nodeAt(this.lines, item.start, item.end, children);
      switch (item.name) {
        case "count": {
          const ev = this.ev.evaluate(item.expr);
          meta.options.count = ev.value;
          meta.nodes.count = node(ev.value);
          meta.repeated = true;
          return true;
        }
        case "for_each": {
          const ev = this.ev.evaluate(item.expr);
          meta.options.forEach = ev.value;
          meta.nodes.forEach = node(ev.value, ev.children);
          meta.repeated = true;
          return true;
        }
        case "depends_on": {
          const { value, children } = this.traversalList(item.expr);
          meta.options.dependsOn = value;
          meta.nodes.dependsOn = node(value, children);
          return true;
        }
        case "provider": {
          const value = this.ev.staticString(item.expr) ?? this.ev.sourceText(item.expr);
          meta.options.provider = value;
          meta.nodes.provider = node(value);
          return true;
        }
        case "providers": {
          if (item.expr.kind !== "object") {
            meta.options.providers = unknown(this.ev.sourceText(item.expr));
            meta.nodes.providers = node(null);
            return true;
          }
          const value: ValueMap = {};
          const children: Record<string, SourceNode> = {};
          for (const it of item.expr.items) {
            const key = this.ev.objectKey(it.key) ?? this.ev.sourceText(it.key);
            value[key] = this.ev.staticString(it.value) ?? this.ev.sourceText(it.value);
            children[key] = nodeAt(this.lines, it.start, it.end);
          }
          meta.options.providers = value;
          meta.nodes.providers = node(value, children);
          return true;
        }
        default:
          return false;
      }
    }
    switch (item.blockType) {
      case "lifecycle":
        this.lifecycle(item, meta);
        return true;
      case "provisioner": {
        if (item.labels.length !== 1) return false;
        this.provisioner(item, meta);
        return true;
      }
      case "connection": {
        const conv = this.convertBody(item.body);
        meta.options.connection = conv.attributes;
        meta.nodes.connection = nodeAt(this.lines, item.start, item.end, conv.nodes, item.headerEnd);
        return true;
      }
      default:
        return false;
    }
  }

  /** A tuple of traversals/strings as the list of their source texts. */
  private traversalList(expr: Expr): { value: Value; children?: Record<string, SourceNode> } {
    if (expr.kind !== "tuple") return { value: unknown(this.ev.sourceText(expr)) };
    const children: Record<string, SourceNode> = {};
    const value = expr.items.map((el, i) => {
      children[String(i)] = nodeAt(this.lines, el.start, el.end);
      return this.ev.staticString(el) ?? this.ev.sourceText(el);
    });
    return { value, children };
  }

  private lifecycle(block: Block, meta: Meta): void {
    for (const item of block.body.items) {
      if (item.type !== "attribute") continue; // precondition / postcondition blocks
      const at = (value: Value, key: string, children?: Record<string, SourceNode>): void => {
        meta.options[key] = value;
        meta.nodes[key] = nodeAt(this.lines, item.start, item.end, children);
      };
      switch (item.name) {
        case "ignore_changes": {
          const e = item.expr;
          if ((e.kind === "variable" && e.name === "all") || this.ev.staticString(e) === "all") at("all", "ignoreChanges");
          else {
            const { value, children } = this.traversalList(e);
            at(value, "ignoreChanges", children);
          }
          break;
        }
        case "replace_triggered_by": {
          const { value, children } = this.traversalList(item.expr);
          at(value, "replaceTriggeredBy", children);
          break;
        }
        case "create_before_destroy":
          at(this.ev.evaluate(item.expr).value, "createBeforeDestroy");
          break;
        case "prevent_destroy":
          at(this.ev.evaluate(item.expr).value, "preventDestroy");
          break;
        default:
          break;
      }
    }
  }

  private provisioner(block: Block, meta: Meta): void {
    const label = block.labels[0]!;
    const attributes: ValueMap = {};
    const attrNodes: Record<string, SourceNode> = {};
    const entry: ValueMap = { type: label.value, attributes };
    const children: Record<string, SourceNode> = {
      type: nodeAt(this.lines, label.start, label.end),
    };
    for (const item of block.body.items) {
      if (item.type === "attribute" && (item.name === "when" || item.name === "on_failure")) {
        const key = item.name === "when" ? "when" : "onFailure";
        entry[key] = item.expr.kind === "variable" ? item.expr.name : (this.ev.staticString(item.expr) ?? unknown(this.ev.sourceText(item.expr)));
        children[key] = nodeAt(this.lines, item.start, item.end);
        continue;
      }
      this.bodyItem(item, { attributes, nodes: attrNodes });
    }
    children.attributes = nodeAt(this.lines, block.start, block.end, attrNodes, block.headerEnd);
    let list = meta.options.provisioners;
    if (!Array.isArray(list)) {
      list = [];
      meta.options.provisioners = list;
      meta.nodes.provisioners = { range: this.lines.rangeOf(block.start, block.end), children: {} };
    } else {
      const n = meta.nodes.provisioners!;
      n.range = { start: n.range.start, end: this.lines.positionAt(block.end) };
    }
    const index = list.length;
    list.push(entry);
    meta.nodes.provisioners!.children![String(index)] = nodeAt(this.lines, block.start, block.end, children, block.headerEnd);
  }
}
