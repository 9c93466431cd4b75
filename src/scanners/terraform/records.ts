/**
 * Turns one instance of a top-level block (a resource for one `count` index or `for_each` key,
 * a module call, a provider, ...) into a model `Resource`: attributes evaluated in the module
 * instance's context, nested blocks as lists of block objects, `dynamic` blocks expanded over
 * their known collection, meta-arguments (count, for_each, depends_on, provider, lifecycle,
 * provisioners, connection) as normalised `options`, and a `SourceNode` tree mirroring both.
 *
 * One builder serves `.tf` and `.tf.json` files: both are read into the same syntax tree.
 */
import type { Range } from "../../model/position.js";
import { buildResource, type Diagnostic, type Resource, type ResourceKind, type SourceNode } from "../../model/resource.js";
import { isUnknown, unknown, type Value, type ValueMap } from "../../model/value.js";
import type { Attribute, Block, Expr } from "./ast.js";
import { entries, Evaluator, toSourceNode, type ENode, type Ev, type Names, type SourceText } from "./evaluate.js";
import { EvalError, rejection } from "./functions.js";
import { decodeLiteral } from "./parser.js";

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

/** Attributes whose value is a constant Terraform does not evaluate in a context (a variable's type, a module's source). */
const STATIC_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  variable: new Set(["type"]),
};

interface Converted {
  attributes: ValueMap;
  nodes: Record<string, SourceNode>;
}

interface Meta {
  options: ValueMap;
  nodes: Record<string, SourceNode>;
}

/** How a block instance is named and placed (set by the module instance that owns it). */
export interface Instance {
  /** The record's address (`module.app.aws_instance.web["a"]`). */
  name: string;
  /** `each`, `count` for this instance. */
  names: Names;
  repeated: boolean;
  scopes?: string[];
  remoteModule?: boolean;
  /** Set on a module call's record: its argument values as the call passes them. */
  arguments?: ArgumentValues;
}

/** Values by name, possibly computed when first asked for (a module call's arguments). */
export interface ArgumentValues {
  has(name: string): boolean;
  get(name: string): Ev | undefined;
}

/**
 * Values computed when first asked for, once. A module call's arguments are evaluated this way:
 * Terraform's graph links each module variable and output on its own, so an argument built
 * from one of the module's outputs (`environments = local.envs` where `local.envs` reads
 * `module.apigee.endpoint_attachment_hosts`) is no cycle unless that output needs that very
 * argument. Evaluating all arguments as soon as any output is read would report one.
 */
export class LazyValues implements ArgumentValues {
  private readonly thunks = new Map<string, () => Ev>();
  private readonly values = new Map<string, Ev>();
  private readonly busy = new Set<string>();

  /** `onCycle`: the value when computing `name` asks for `name` again (a real cycle). */
  define(name: string, compute: () => Ev, onCycle: () => Ev): void {
    this.thunks.set(name, () => {
      if (this.busy.has(name)) return onCycle();
      this.busy.add(name);
      try {
        const ev = compute();
        this.values.set(name, ev);
        return ev;
      } finally {
        this.busy.delete(name);
      }
    });
  }

  has(name: string): boolean {
    return this.thunks.has(name);
  }

  get(name: string): Ev | undefined {
    return this.values.get(name) ?? this.thunks.get(name)?.();
  }

  /** Computes every value not asked for yet, in definition order. */
  force(): void {
    for (const name of this.thunks.keys()) this.get(name);
  }
}

/**
 * A literal, or a template with no interpolation or directive: its evaluation cannot report a
 * problem (most variable defaults and descriptions), so `check` need not evaluate it.
 */
function isConstantText(expr: Expr): boolean {
  return expr.kind === "literal" || (expr.kind === "template" && expr.parts.every((p) => p.kind === "literal"));
}

/** The text of an expression that is a static string, else undefined. */
export function staticString(expr: Expr, file: SourceText): string | undefined {
  if (expr.kind !== "template" || expr.parts.length !== 1 || expr.parts[0]!.kind !== "literal") return undefined;
  const p = expr.parts[0]!;
  const text = expr.space?.text ?? file.text;
  return decodeLiteral(text, p.start, p.end, expr.quoted, expr.stripIndent, !expr.quoted);
}

export class RecordBuilder {
  constructor(
    readonly ev: Evaluator,
    readonly file: SourceText,
    readonly diagnostics: Diagnostic[],
  ) {}

  private range(start: number, end: number): Range {
    return this.file.lines.rangeOf(start, end);
  }

  private node(start: number, end: number, ev?: ENode, headerEnd?: number): SourceNode {
    const range = this.range(start, end);
    const node = ev ? toSourceNode({ ...ev, range }, range) : { range };
    if (headerEnd !== undefined) node.header = this.range(start, headerEnd);
    return node;
  }

  /** Evaluates an attribute's expression; an expression Terraform would reject reads as an Unknown saying why. */
  evaluate(expr: Expr, names: Names): Ev {
    try {
      return this.ev.evaluate(expr, this.file, names);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return { value: unknown(this.ev.sourceText(expr, this.file), { reason: rejection(error, "this expression") }), node: { range: this.ev.rangeOf(expr, this.file) } };
    }
  }

  /** A record for one instance of a top-level block (kinds in BLOCK_KINDS). */
  record(block: Block, instance: Instance): Resource {
    const spec = BLOCK_KINDS[block.blockType]!;
    const labels = block.labels.map((l) => l.value);
    const conv: Converted = { attributes: {}, nodes: {} };
    const meta: Meta = { options: {}, nodes: {} };
    const statics = STATIC_ATTRIBUTES[block.blockType] ?? NONE;
    for (const item of block.body.items) {
      if (spec.meta.has(item.type === "attribute" ? item.name : item.blockType) && this.metaItem(item, meta, instance.names)) continue;
      if (item.type === "attribute" && statics.has(item.name)) {
        const text = staticString(item.expr, this.file) ?? this.ev.sourceText(item.expr, this.file);
        conv.attributes[item.name] = text;
        conv.nodes[item.name] = this.node(item.start, item.end);
        continue;
      }
      if (item.type === "attribute" && instance.arguments?.has(item.name)) {
        const ev = instance.arguments.get(item.name)!;
        conv.attributes[item.name] = ev.value;
        conv.nodes[item.name] = this.node(item.start, item.end, ev.node);
        continue;
      }
      this.bodyItem(item, conv, instance.names);
    }
    let name = instance.name;
    if (block.blockType === "provider" && typeof conv.attributes.alias === "string") name += `.${conv.attributes.alias}`;
    return buildResource({
      format: "terraform",
      kind: spec.kind,
      type: spec.type(labels),
      name,
      file: this.file.path,
      range: this.range(block.start, block.end),
      header: this.range(block.start, block.headerEnd),
      attributes: conv.attributes,
      attributeNodes: conv.nodes,
      options: meta.options,
      optionNodes: meta.nodes,
      repeated: instance.repeated,
      ...(instance.scopes ? { scopes: instance.scopes } : {}),
      ...(instance.remoteModule ? { remoteModule: true } : {}),
    });
  }

  /**
   * Evaluates one instance of a block as `record` does, without making the record: for a record
   * nobody reads (see `RecordNeeds`), whose expressions must still report their problems.
   */
  check(block: Block, instance: Instance): void {
    const spec = BLOCK_KINDS[block.blockType]!;
    const statics = STATIC_ATTRIBUTES[block.blockType] ?? NONE;
    for (const item of block.body.items) {
      if (spec.meta.has(item.type === "attribute" ? item.name : item.blockType) && this.metaItem(item, { options: {}, nodes: {} }, instance.names)) continue;
      if (item.type === "attribute" && statics.has(item.name)) continue;
      if (item.type === "attribute" && instance.arguments?.has(item.name)) instance.arguments.get(item.name);
      else this.checkItem(item, instance.names);
    }
  }

  private checkItem(item: Attribute | Block, names: Names): void {
    if (item.type === "attribute") {
      if (!isConstantText(item.expr)) this.evaluate(item.expr, names);
    } else if (item.blockType === "dynamic" && item.labels.length === 1) {
      const { body, scopes } = this.dynamicScopes(item, names);
      for (const scope of scopes) for (const inner of body) this.checkItem(inner, scope);
    } else {
      for (const inner of item.body.items) this.checkItem(inner, names);
    }
  }

  // ---- plain bodies ----------------------------------------------------------------------

  private convertBody(items: readonly (Attribute | Block)[], names: Names): Converted {
    const conv: Converted = { attributes: {}, nodes: {} };
    for (const item of items) this.bodyItem(item, conv, names);
    return conv;
  }

  private bodyItem(item: Attribute | Block, conv: Converted, names: Names): void {
    if (item.type === "attribute") {
      const ev = this.evaluate(item.expr, names);
      conv.attributes[item.name] = ev.value;
      conv.nodes[item.name] = this.node(item.start, item.end, ev.node);
      return;
    }
    if (item.blockType === "dynamic" && item.labels.length === 1) {
      this.dynamic(item, conv, names);
      return;
    }
    const inner = this.convertBody(item.body.items, names);
    if (item.labels.length > 0) {
      inner.attributes = { $labels: item.labels.map((l) => l.value), ...inner.attributes };
      const labelNodes: Record<string, SourceNode> = {};
      item.labels.forEach((l, i) => (labelNodes[String(i)] = this.node(l.start, l.end)));
      inner.nodes = { $labels: { range: this.range(item.labels[0]!.start, item.labels[item.labels.length - 1]!.end), children: labelNodes }, ...inner.nodes };
    }
    this.appendBlock(conv, item.blockType, inner, item);
  }

  /**
   * `dynamic "x" { for_each = C  iterator = i  content { ... } }`: one `x` block per element of
   * a known C, with `i.key` / `i.value` (default name: the label) bound in `content`. Each block
   * sits at the `dynamic` line; its attributes keep their own lines. An unknown collection gives
   * one block whose iterator is unknown.
   */
  private dynamic(block: Block, conv: Converted, names: Names): void {
    const { label, body, scopes } = this.dynamicScopes(block, names);
    for (const scope of scopes) this.appendBlock(conv, label, this.convertBody(body, scope), block);
  }

  /** A `dynamic` block's label, its `content` body, and the names each generated block's body sees. */
  private dynamicScopes(block: Block, names: Names): { label: string; body: readonly (Attribute | Block)[]; scopes: Names[] } {
    const label = block.labels[0]!.value;
    let iterator = label;
    let forEach: Expr | undefined;
    let content: Block | undefined;
    for (const item of block.body.items) {
      if (item.type === "attribute" && item.name === "for_each") forEach = item.expr;
      else if (item.type === "attribute" && item.name === "iterator") {
        iterator = item.expr.kind === "variable" ? item.expr.name : (staticString(item.expr, this.file) ?? iterator);
      } else if (item.type === "block" && item.blockType === "content") content = item;
    }
    const body = content?.body.items ?? [];
    const collection = forEach ? this.evaluate(forEach, names) : { value: unknown("", { reason: "dynamic block without for_each" }), node: {} };
    let elements: [Value, Value, ENode][];
    if (isUnknown(collection.value) || collection.value === null) {
      const u = isUnknown(collection.value) ? collection.value : unknown("null", { reason: "for_each is null" });
      elements = [[unknown(`${iterator}.key`, { reason: u.reason ?? "for_each not known statically" }), unknown(`${iterator}.value`, { reason: u.reason ?? "for_each not known statically" }), collection.node]];
    } else {
      try {
        elements = entries(collection);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
        elements = [];
      }
    }
    const scopes = elements.map(([key, value, node]) => {
      const scope = new Map(names);
      scope.set(iterator, { value: { key, value }, node: { children: { value: node } } });
      return scope;
    });
    return { label, body, scopes };
  }

  private appendBlock(conv: Converted, key: string, inner: Converted, block: Block): void {
    let list = conv.attributes[key];
    let listNode = conv.nodes[key];
    if (!Array.isArray(list) || !listNode) {
      list = [];
      conv.attributes[key] = list;
      listNode = { range: this.range(block.start, block.end), children: {} };
      conv.nodes[key] = listNode;
    } else {
      listNode.range = { start: listNode.range.start, end: this.file.lines.positionAt(block.end) };
    }
    const index = list.length;
    list.push(inner.attributes);
    const element: SourceNode = { range: this.range(block.start, block.end), header: this.range(block.start, block.headerEnd) };
    if (Object.keys(inner.nodes).length > 0) element.children = inner.nodes;
    (listNode.children ??= {})[String(index)] = element;
  }

  // ---- meta-arguments --------------------------------------------------------------------

  /** Returns false when the item is not in the shape of the meta-argument (kept as an attribute). */
  private metaItem(item: Attribute | Block, meta: Meta, names: Names): boolean {
    if (item.type === "attribute") {
      const set = (key: string, value: Value, ev?: ENode): void => {
        meta.options[key] = value;
        meta.nodes[key] = this.node(item.start, item.end, ev);
      };
      switch (item.name) {
        case "count":
        case "for_each": {
          // Evaluated in the module's context, without this instance's each/count.
          const ev = this.evaluate(item.expr, new Map());
          set(item.name === "count" ? "count" : "forEach", ev.value, ev.node);
          return true;
        }
        case "depends_on": {
          const { value, node } = this.traversalList(item.expr);
          set("dependsOn", value, node);
          return true;
        }
        case "provider":
          set("provider", staticString(item.expr, this.file) ?? this.ev.sourceText(item.expr, this.file));
          return true;
        case "providers": {
          if (item.expr.kind !== "object") {
            set("providers", unknown(this.ev.sourceText(item.expr, this.file)));
            return true;
          }
          const value: ValueMap = {};
          const children: Record<string, ENode> = {};
          for (const it of item.expr.items) {
            const key = it.key.kind === "variable" ? it.key.name : (staticString(it.key, this.file) ?? this.ev.sourceText(it.key, this.file));
            value[key] = staticString(it.value, this.file) ?? this.ev.sourceText(it.value, this.file);
            children[key] = { range: this.range(it.start, it.end) };
          }
          set("providers", value, { children });
          return true;
        }
        default:
          return false;
      }
    }
    switch (item.blockType) {
      case "lifecycle":
        this.lifecycle(item, meta, names);
        return true;
      case "provisioner":
        if (item.labels.length !== 1) return false;
        this.provisioner(item, meta, names);
        return true;
      case "connection": {
        const conv = this.convertBody(item.body.items, names);
        meta.options.connection = conv.attributes;
        meta.nodes.connection = { range: this.range(item.start, item.end), header: this.range(item.start, item.headerEnd), children: conv.nodes };
        return true;
      }
      default:
        return false;
    }
  }

  /** A tuple of traversals (or strings naming them, in JSON) as the list of their texts. */
  private traversalList(expr: Expr): { value: Value; node?: ENode } {
    if (expr.kind !== "tuple") return { value: unknown(this.ev.sourceText(expr, this.file)) };
    const children: Record<string, ENode> = {};
    const value = expr.items.map((el, i) => {
      children[String(i)] = { range: this.ev.rangeOf(el, this.file) };
      return staticString(el, this.file) ?? this.ev.sourceText(el, this.file);
    });
    return { value, node: { children } };
  }

  private lifecycle(block: Block, meta: Meta, names: Names): void {
    for (const item of block.body.items) {
      if (item.type !== "attribute") continue; // precondition / postcondition blocks
      const at = (key: string, value: Value, ev?: ENode): void => {
        meta.options[key] = value;
        meta.nodes[key] = this.node(item.start, item.end, ev);
      };
      switch (item.name) {
        case "ignore_changes": {
          const e = item.expr;
          if ((e.kind === "variable" && e.name === "all") || staticString(e, this.file) === "all") at("ignoreChanges", "all");
          else {
            const { value, node } = this.traversalList(e);
            at("ignoreChanges", value, node);
          }
          break;
        }
        case "replace_triggered_by": {
          const { value, node } = this.traversalList(item.expr);
          at("replaceTriggeredBy", value, node);
          break;
        }
        case "create_before_destroy":
          at("createBeforeDestroy", this.evaluate(item.expr, names).value);
          break;
        case "prevent_destroy":
          at("preventDestroy", this.evaluate(item.expr, names).value);
          break;
        default:
          break;
      }
    }
  }

  private provisioner(block: Block, meta: Meta, names: Names): void {
    const label = block.labels[0]!;
    const attributes: ValueMap = {};
    const attrNodes: Record<string, SourceNode> = {};
    const entry: ValueMap = { type: label.value, attributes };
    const children: Record<string, SourceNode> = { type: this.node(label.start, label.end) };
    for (const item of block.body.items) {
      if (item.type === "attribute" && (item.name === "when" || item.name === "on_failure")) {
        const key = item.name === "when" ? "when" : "onFailure";
        entry[key] = item.expr.kind === "variable" ? item.expr.name : (staticString(item.expr, this.file) ?? unknown(this.ev.sourceText(item.expr, this.file)));
        children[key] = this.node(item.start, item.end);
        continue;
      }
      this.bodyItem(item, { attributes, nodes: attrNodes }, names);
    }
    children.attributes = { range: this.range(block.start, block.end), header: this.range(block.start, block.headerEnd), children: attrNodes };
    let list = meta.options.provisioners;
    if (!Array.isArray(list)) {
      list = [];
      meta.options.provisioners = list;
      meta.nodes.provisioners = { range: this.range(block.start, block.end), children: {} };
    } else {
      const n = meta.nodes.provisioners!;
      n.range = { start: n.range.start, end: this.file.lines.positionAt(block.end) };
    }
    const index = list.length;
    list.push(entry);
    meta.nodes.provisioners!.children![String(index)] = { range: this.range(block.start, block.end), header: this.range(block.start, block.headerEnd), children };
  }
}
