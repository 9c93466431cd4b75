/**
 * Type constraints of input variables (`type = list(object({ port = number, cidr = optional(string, "0.0.0.0/0") }))`)
 * and the conversion Terraform applies to a variable's value before the module sees it
 * (https://developer.hashicorp.com/terraform/language/expressions/type-constraints): strings ⇄
 * numbers ⇄ bools where the text allows it, objects to maps and lists to sets, attributes not in
 * an object type dropped, `optional(...)` attributes filled with their default or null.
 */
import { isUnknown, isValueMap, type Value, type ValueMap } from "../../model/value.js";
import type { Expr } from "./ast.js";

export type TypeConstraint =
  | { kind: "any" }
  | { kind: "string" | "number" | "bool" }
  | { kind: "list" | "set" | "map"; element: TypeConstraint }
  | { kind: "tuple"; elements: TypeConstraint[] }
  | { kind: "object"; attributes: Record<string, { type: TypeConstraint; optional: boolean; default?: Value }> };

const ANY: TypeConstraint = { kind: "any" };

/**
 * Reads a type expression; `literal` evaluates an `optional(T, default)` default (a constant).
 * An expression that is not a type reads as `any` (the evaluator then converts nothing).
 */
export function parseType(expr: Expr, literal: (e: Expr) => Value): TypeConstraint {
  switch (expr.kind) {
    case "variable":
      return expr.name === "string" || expr.name === "number" || expr.name === "bool" ? { kind: expr.name } : ANY;
    case "template": {
      // `.tf.json` writes the type as a string: "list(string)".
      return ANY;
    }
    case "call": {
      const arg = expr.args[0];
      if (!arg) return ANY;
      switch (expr.name) {
        case "list":
        case "set":
        case "map":
          return { kind: expr.name, element: parseType(arg, literal) };
        case "tuple":
          return arg.kind === "tuple" ? { kind: "tuple", elements: arg.items.map((i) => parseType(i, literal)) } : ANY;
        case "object": {
          if (arg.kind !== "object") return ANY;
          const attributes: Record<string, { type: TypeConstraint; optional: boolean; default?: Value }> = {};
          for (const item of arg.items) {
            const name = item.key.kind === "variable" ? item.key.name : undefined;
            if (!name) continue;
            const v = item.value;
            if (v.kind === "call" && v.name === "optional" && v.args[0]) {
              const attribute: { type: TypeConstraint; optional: boolean; default?: Value } = { type: parseType(v.args[0], literal), optional: true };
              if (v.args[1]) attribute.default = literal(v.args[1]);
              attributes[name] = attribute;
            } else attributes[name] = { type: parseType(v, literal), optional: false };
          }
          return { kind: "object", attributes };
        }
        default:
          return ANY;
      }
    }
    default:
      return ANY;
  }
}

/** A failed conversion: what Terraform would say about the value. */
export class ConversionError extends Error {}

/**
 * The value converted to the type. Unknown parts stay unknown. Throws ConversionError when
 * Terraform would reject the value.
 */
export function convert(value: Value, type: TypeConstraint, at = "value"): Value {
  if (type.kind === "any" || value === null || isUnknown(value)) return value;
  switch (type.kind) {
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      throw new ConversionError(`${at}: a string is required`);
    case "number":
      if (typeof value === "number") return value;
      if (typeof value === "string" && /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(value)) return Number(value);
      throw new ConversionError(`${at}: a number is required`);
    case "bool":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      throw new ConversionError(`${at}: a bool is required`);
    case "list":
    case "set": {
      if (!Array.isArray(value)) throw new ConversionError(`${at}: a ${type.kind} is required`);
      const items = value.map((v, i) => convert(v, type.element, `${at}[${i}]`));
      if (type.kind === "list") return items;
      const seen = new Set<string>();
      return items.filter((v) => {
        const key = JSON.stringify(v);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    case "map": {
      if (!isValueMap(value)) throw new ConversionError(`${at}: a map is required`);
      const out: ValueMap = {};
      for (const [k, v] of Object.entries(value)) out[k] = convert(v, type.element, `${at}["${k}"]`);
      return out;
    }
    case "tuple": {
      if (!Array.isArray(value) || value.length !== type.elements.length) throw new ConversionError(`${at}: a tuple of ${type.elements.length} elements is required`);
      return value.map((v, i) => convert(v, type.elements[i]!, `${at}[${i}]`));
    }
    case "object": {
      if (!isValueMap(value)) throw new ConversionError(`${at}: an object is required`);
      const out: ValueMap = {};
      for (const [name, attribute] of Object.entries(type.attributes)) {
        if (Object.prototype.hasOwnProperty.call(value, name) && value[name] !== null) out[name] = convert(value[name]!, attribute.type, `${at}.${name}`);
        else if (attribute.optional) out[name] = attribute.default === undefined ? null : convert(attribute.default, attribute.type, `${at}.${name}`);
        else if (Object.prototype.hasOwnProperty.call(value, name)) out[name] = null;
        else throw new ConversionError(`${at}: attribute "${name}" is required`);
      }
      return out;
    }
  }
}

/** True for types whose `--var` value Terraform takes literally (the rest is parsed as an expression). */
export function isPrimitive(type: TypeConstraint): boolean {
  return type.kind === "string" || type.kind === "number" || type.kind === "bool" || type.kind === "any";
}
