/**
 * Template values → model Values, with the intrinsic functions evaluated where the template
 * alone decides the result (a `Ref` to a parameter default, a `Fn::Sub` without variables, a
 * `Fn::FindInMap` into a literal table, ...). Everything else is an Unknown carrying the
 * function's source text (`!GetAtt Role.Arn`, `{"Ref": "ImageTag"}`) and a reason.
 */
import type { LineIndex } from "../../model/position.js";
import type { Origin, SourceNode } from "../../model/resource.js";
import { isUnknown, unknown, type Value, type ValueMap } from "../../model/value.js";
import { nodeAt } from "../shared/source-map.js";
import { parseSub } from "./sub.js";
import { child, entry, intrinsicName, rainDirective, stringOf, type TEntry, type TNode } from "./tree.js";

export type { Origin };

export interface Evaluated {
  value: Value;
  children?: Record<string, SourceNode>;
  origin?: Origin;
}

export interface ParameterInfo {
  type?: string;
  /** The `Default: value` entry, when the parameter has one. */
  defaultEntry?: TEntry;
}

export interface TemplateContext {
  file: string;
  parameters: ReadonlyMap<string, ParameterInfo>;
  mappings?: TNode;
  resources: ReadonlySet<string>;
}

/** True when a value holds no Unknown anywhere. */
export function isKnown(v: Value): boolean {
  if (v === null || typeof v !== "object") return true;
  if (isUnknown(v)) return false;
  if (Array.isArray(v)) return v.every(isKnown);
  return Object.values(v).every(isKnown);
}

function sameValue(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The one place a computed value comes from, when there is exactly one. */
function singleOrigin(origins: (Origin | undefined)[]): Origin | undefined {
  const found = origins.filter((o): o is Origin => o !== undefined);
  return found.length === 1 ? found[0] : undefined;
}

function withOrigin(ev: Evaluated, origin: Origin | undefined): Evaluated {
  if (origin) ev.origin = origin;
  return ev;
}

function scalarText(v: Value): string | undefined {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : undefined;
}

export class Evaluator {
  constructor(
    readonly text: string,
    readonly lines: LineIndex,
    readonly ctx: TemplateContext,
  ) {}

  /** The source node for an element spanning `start..end` holding an evaluated value. */
  sourceNode(start: number, end: number, ev: Evaluated): SourceNode {
    const node = nodeAt(this.lines, start, end, ev.children);
    if (ev.origin) node.origins = [ev.origin];
    return node;
  }

  /** A map entry: range from its key to the end of its value. */
  entry(e: TEntry): { value: Value; node: SourceNode } {
    const ev = this.value(e.value);
    return { value: ev.value, node: this.sourceNode(e.keyStart, e.value.end, ev) };
  }

  /** The entries of a map as attributes + their source nodes. */
  entries(node: TNode | undefined): { values: ValueMap; nodes: Record<string, SourceNode> } {
    const values: ValueMap = {};
    const nodes: Record<string, SourceNode> = {};
    // A directive standing for a whole map (`Properties: !Rain::Include props.yaml`) is read
    // like an intrinsic there: no attributes are known.
    if (node?.kind === "map" && !intrinsicName(node) && !rainDirective(node)) {
      for (const e of node.entries) {
        const r = this.entry(e);
        values[e.key] = r.value;
        nodes[e.key] = r.node;
      }
    }
    return { values, nodes };
  }

  value(node: TNode): Evaluated {
    switch (node.kind) {
      case "scalar":
        return { value: node.value };
      case "seq": {
        const children: Record<string, SourceNode> = {};
        const value = node.items.map((item, i) => {
          const ev = this.value(item.node);
          children[String(i)] = this.sourceNode(item.start, item.node.end, ev);
          return ev.value;
        });
        return { value, children };
      }
      case "map": {
        const fn = intrinsicName(node);
        if (fn) return this.intrinsic(fn, node.entries[0]!.value, node);
        const rain = rainDirective(node);
        if (rain) return this.unknownOf(node, `${rain} is a Rain directive, expanded only by \`rain pkg\``);
        const { values, nodes } = this.entries(node);
        return { value: values, children: nodes };
      }
    }
  }

  private source(node: TNode): string {
    return this.text.slice(node.start, node.end);
  }

  /** An Unknown for `node`; `decoded` is an encoded payload, or with `partial` the node's own visible text. */
  private unknownOf(node: TNode, reason: string, decoded?: Value, partial = false): Evaluated {
    return { value: unknown(this.source(node), decoded === undefined ? { reason } : { decoded, reason, partial }) };
  }

  private intrinsic(fn: string, arg: TNode, node: TNode): Evaluated {
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
  private refValue(name: string, node: TNode): Evaluated {
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
        origin: { file: this.ctx.file, range: this.lines.rangeOf(d.keyStart, d.value.end), message: `value from the default of parameter ${name}`, kind: "parameter-default" },
      };
    }
    if (this.ctx.resources.has(name)) return this.unknownOf(node, `reference to resource ${name}, only known when the stack is deployed`);
    return this.unknownOf(node, `${name} is not a parameter or resource of this template`);
  }

  private ref(arg: TNode, node: TNode): Evaluated {
    const name = stringOf(arg);
    if (name === undefined) return this.unknownOf(node, "Ref needs the name of a parameter or resource");
    return this.refValue(name, node);
  }

  private sub(arg: TNode, node: TNode): Evaluated {
    let template: string | undefined;
    let vars: TNode | undefined;
    if (arg.kind === "scalar") template = stringOf(arg);
    else if (arg.kind === "seq" && arg.items.length >= 1) {
      template = stringOf(arg.items[0]!.node);
      vars = arg.items[1]?.node;
    }
    if (template === undefined) return this.unknownOf(node, "Fn::Sub with a template that is not a literal string");
    let text = "";
    const unknowns: string[] = [];
    const origins: (Origin | undefined)[] = [];
    for (const part of parseSub(template)) {
      if ("literal" in part) {
        text += part.literal;
        continue;
      }
      const name = part.variable;
      const given = entry(vars, name);
      let ev: Evaluated;
      if (given) ev = this.value(given.value);
      else if (name.includes(".") && !name.startsWith("AWS::")) ev = { value: unknown(`\${${name}}`, { reason: "attribute of a resource" }) };
      else ev = this.refValue(name, node);
      origins.push(ev.origin);
      const s = scalarText(ev.value);
      if (s === undefined) {
        unknowns.push(name);
        text += `\${${name}}`;
      } else text += s;
    }
    if (unknowns.length === 0) return withOrigin({ value: text }, singleOrigin(origins));
    return this.unknownOf(node, `Fn::Sub uses ${unknowns.join(", ")}, only known when the stack is deployed`, text, true);
  }

  private base64(arg: TNode, node: TNode): Evaluated {
    const inner = this.value(arg).value;
    const s = scalarText(inner);
    if (s !== undefined) return this.unknownOf(node, "base64 encoding of a static text", s);
    if (isUnknown(inner) && typeof inner.decoded === "string") return this.unknownOf(node, inner.reason ?? "base64 encoding", inner.decoded);
    return this.unknownOf(node, "base64 encoding of a value only known when the stack is deployed");
  }

  private findInMap(arg: TNode, node: TNode): Evaluated {
    if (arg.kind !== "seq" || arg.items.length < 3) return this.unknownOf(node, "Fn::FindInMap needs a map name and two keys");
    const keys = arg.items.slice(0, 3).map((i) => scalarText(this.value(i.node).value));
    if (keys.some((k) => k === undefined)) return this.unknownOf(node, "Fn::FindInMap with keys only known when the stack is deployed");
    const [mapName, top, second] = keys as [string, string, string];
    const found = entry(child(child(this.ctx.mappings, mapName), top), second);
    if (!found) return this.unknownOf(node, `mapping ${mapName} has no entry ${top}.${second}`);
    const ev = this.value(found.value);
    if (!isKnown(ev.value)) return this.unknownOf(node, `mapping ${mapName} entry ${top}.${second} is not static`);
    return {
      value: ev.value,
      origin: { file: this.ctx.file, range: this.lines.rangeOf(found.keyStart, found.value.end), message: `value from mapping ${mapName} (${top}, ${second})`, kind: "mapping" },
    };
  }

  private if(arg: TNode, node: TNode): Evaluated {
    if (arg.kind === "seq" && arg.items.length === 3) {
      const a = this.value(arg.items[1]!.node);
      const b = this.value(arg.items[2]!.node);
      if (isKnown(a.value) && isKnown(b.value) && sameValue(a.value, b.value)) return withOrigin({ value: a.value }, singleOrigin([a.origin, b.origin]));
    }
    return this.unknownOf(node, "Fn::If depends on a condition evaluated when the stack is deployed");
  }

  private join(arg: TNode, node: TNode): Evaluated {
    if (arg.kind !== "seq" || arg.items.length !== 2) return this.unknownOf(node, "Fn::Join needs a delimiter and a list");
    const delimiter = stringOf(arg.items[0]!.node);
    const listEv = this.value(arg.items[1]!.node);
    const list = listEv.value;
    if (delimiter === undefined || !Array.isArray(list)) return this.unknownOf(node, "Fn::Join of a list only known when the stack is deployed");
    const parts = list.map(scalarText);
    if (parts.every((p) => p !== undefined)) {
      const origin = listEv.origin ?? singleOrigin(Object.values(listEv.children ?? {}).map((c) => c.origins?.[0]));
      return withOrigin({ value: parts.join(delimiter) }, origin);
    }
    // The visible text, so scripts built with Fn::Join stay inspectable; an unknown part shows as
    // a `${…}` placeholder, as in Fn::Sub (an image `${!Ref Repo}:latest` still shows its tag).
    const visible = list
      .map((v, i) => parts[i] ?? (isUnknown(v) ? (v.partial && typeof v.decoded === "string" ? v.decoded : `\${${v.$unknown}}`) : JSON.stringify(v)))
      .join(delimiter);
    return this.unknownOf(node, "Fn::Join of values only known when the stack is deployed", visible, true);
  }

  private select(arg: TNode, node: TNode): Evaluated {
    if (arg.kind === "seq" && arg.items.length === 2) {
      const index = Number(scalarText(this.value(arg.items[0]!.node).value));
      const listEv = this.value(arg.items[1]!.node);
      const list = listEv.value;
      if (Number.isInteger(index) && Array.isArray(list) && index >= 0 && index < list.length && isKnown(list[index]!)) {
        return withOrigin({ value: list[index]! }, listEv.origin ?? listEv.children?.[String(index)]?.origins?.[0]);
      }
    }
    return this.unknownOf(node, "Fn::Select of a value only known when the stack is deployed");
  }

  private split(arg: TNode, node: TNode): Evaluated {
    if (arg.kind === "seq" && arg.items.length === 2) {
      const delimiter = stringOf(arg.items[0]!.node);
      const s = this.value(arg.items[1]!.node).value;
      if (delimiter && typeof s === "string") return { value: s.split(delimiter) };
    }
    return this.unknownOf(node, "Fn::Split of a value only known when the stack is deployed");
  }
}
