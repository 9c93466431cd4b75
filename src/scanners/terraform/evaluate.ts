/**
 * Static evaluation of HCL expressions into model Values, together with the source positions
 * of their parts. Literals, tuples, objects and interpolation-free templates evaluate; anything
 * that depends on the configuration (references, calls, operators, interpolations, for
 * expressions, splats) becomes `unknown(<source text>)`. A few calls evaluate or decode
 * statically: jsonencode / base64encode (as Unknown with `decoded`), the to* conversions.
 */
import { parseTree, type ParseError } from "jsonc-parser";
import type { LineIndex } from "../../model/position.js";
import type { SourceNode } from "../../model/resource.js";
import { isUnknown, unknown, type Value, type ValueMap } from "../../model/value.js";
import type { Expr, TemplateExpr } from "./ast.js";
import { decodeLiteral } from "./parser.js";
import { jsonChildren } from "../shared/source-map.js";

export interface Evaluated {
  value: Value;
  /** Positions of the parts of the value (tuple elements, object items, decoded JSON). */
  children?: Record<string, SourceNode>;
}

const CONVERSIONS = new Set(["tostring", "tonumber", "tobool", "tolist", "toset", "tomap"]);

export class Evaluator {
  constructor(
    readonly text: string,
    readonly lines: LineIndex,
  ) {}

  sourceText(expr: Expr): string {
    return this.text.slice(expr.start, expr.end);
  }

  /** The string value of an interpolation-free template, else undefined. */
  staticString(expr: Expr, map?: number[]): string | undefined {
    if (expr.kind !== "template") return undefined;
    if (expr.parts.length !== 1 || expr.parts[0]!.kind !== "literal") return undefined;
    const p = expr.parts[0]!;
    return decodeLiteral(this.text, p.start, p.end, expr.quoted, expr.stripIndent, !expr.quoted, map);
  }

  node(expr: Expr): SourceNode {
    const ev = this.evaluate(expr);
    const n: SourceNode = { range: this.lines.rangeOf(expr.start, expr.end) };
    if (ev.children) n.children = ev.children;
    return n;
  }

  evaluate(expr: Expr): Evaluated {
    switch (expr.kind) {
      case "literal":
        return { value: expr.value };
      case "template":
        return this.template(expr);
      case "paren":
        return this.evaluate(expr.inner);
      case "unary":
        if (expr.op === "-" && expr.operand.kind === "literal" && typeof expr.operand.value === "number") {
          return { value: -expr.operand.value };
        }
        return { value: unknown(this.sourceText(expr)) };
      case "tuple": {
        const value: Value[] = [];
        const children: Record<string, SourceNode> = {};
        expr.items.forEach((item, i) => {
          const ev = this.evaluate(item);
          value.push(ev.value);
          const n: SourceNode = { range: this.lines.rangeOf(item.start, item.end) };
          if (ev.children) n.children = ev.children;
          children[String(i)] = n;
        });
        return { value, children };
      }
      case "object": {
        const value: ValueMap = {};
        const children: Record<string, SourceNode> = {};
        for (const item of expr.items) {
          const key = this.objectKey(item.key);
          if (key === undefined) continue; // a computed key: not statically known, left out
          const ev = this.evaluate(item.value);
          value[key] = ev.value;
          const n: SourceNode = { range: this.lines.rangeOf(item.start, item.end) };
          if (ev.children) n.children = ev.children;
          children[key] = n;
        }
        return { value, children };
      }
      case "call":
        return this.call(expr);
      default:
        return { value: unknown(this.sourceText(expr)) };
    }
  }

  /** A literal object key: a bare identifier, a static string, a number or bool; else undefined. */
  objectKey(key: Expr): string | undefined {
    if (key.kind === "variable") return key.name;
    if (key.kind === "literal") return String(key.value);
    if (key.kind === "paren") {
      const s = this.staticString(key.inner);
      return s;
    }
    return this.staticString(key);
  }

  private template(expr: TemplateExpr): Evaluated {
    const map: number[] = [];
    const s = this.staticString(expr, map);
    if (s === undefined) return { value: unknown(this.sourceText(expr)) };
    const children = this.jsonInString(s, map);
    return children ? { value: s, children } : { value: s };
  }

  /** For a string holding JSON (starts with `[` or `{`), children mirroring it with file positions. */
  private jsonInString(s: string, map: number[]): Record<string, SourceNode> | undefined {
    const first = s.trimStart()[0];
    if (first !== "[" && first !== "{") return undefined;
    const errors: ParseError[] = [];
    const tree = parseTree(s, errors, { allowTrailingComma: false, disallowComments: true });
    if (!tree || errors.length > 0) return undefined;
    return jsonChildren(this.lines, tree, (o) => map[o] ?? map[map.length - 1]!);
  }

  private call(expr: Extract<Expr, { kind: "call" }>): Evaluated {
    const text = this.sourceText(expr);
    const arg = expr.args[0];
    if (expr.args.length !== 1 || expr.expandFinal || !arg) return { value: unknown(text) };
    if (expr.name === "jsonencode") {
      const ev = this.evaluate(arg);
      if (isUnknown(ev.value)) return { value: unknown(text) };
      return ev.children ? { value: unknown(text, { decoded: ev.value }), children: ev.children } : { value: unknown(text, { decoded: ev.value }) };
    }
    if (expr.name === "base64encode") {
      const ev = this.evaluate(arg);
      if (typeof ev.value !== "string") return { value: unknown(text) };
      return ev.children ? { value: unknown(text, { decoded: ev.value }), children: ev.children } : { value: unknown(text, { decoded: ev.value }) };
    }
    if (CONVERSIONS.has(expr.name)) {
      const ev = this.evaluate(arg);
      if (isUnknown(ev.value)) return { value: unknown(text) };
      return ev;
    }
    return { value: unknown(text) };
  }
}
