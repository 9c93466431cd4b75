/**
 * Terraform's JSON syntax (`.tf.json`, https://developer.hashicorp.com/terraform/language/syntax/json)
 * read into the same syntax tree as native HCL, so records and evaluation are written once.
 *
 * - JSON strings are templates, as Terraform reads them: `"${var.region}-app"` is parsed from
 *   the decoded string (JSON escapes resolved first, so `\"` inside `${…}` works) and carries a
 *   `space` mapping its offsets back to the file. Numbers, booleans and null are literals; arrays
 *   tuples; objects objects.
 * - JSON cannot tell a nested block from an object-valued argument without the provider schema:
 *   in resource and data bodies, an object (or an array of objects) is a nested block, except
 *   for well-known map arguments (tags, labels, ...). Module arguments, variable defaults,
 *   outputs and locals are always values.
 * - `"//"` keys are comments. Labelled nested blocks (`provisioner`, `dynamic`, `backend`) take
 *   their label from the key one level down, as in the JSON syntax specification.
 */
import { parseTree, type Node as JsonNode, type ParseError } from "jsonc-parser";
import type { LineIndex } from "../../model/position.js";
import type { Diagnostic } from "../../model/resource.js";
import { jsonDepth, jsonErrorMessage } from "../shared/json.js";
import type { Attribute, Block, Body, BodyItem, Expr, Label, ObjectItem, TemplateExpr, TextSpace } from "./ast.js";
import { HclParseError, parseTemplateText } from "./parser.js";

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

/** Block bodies whose object-valued keys are always arguments, never nested blocks. */
const PLAIN_BODIES = new Set(["module", "variable", "output", "locals"]);
/** Nested blocks whose one level of keys are labels (`"provisioner": {"local-exec": {...}}`). */
const LABELLED = new Set(["provisioner", "dynamic", "backend"]);
/** Meta-arguments and dynamic-block arguments: always arguments, whatever their JSON shape. */
const ALWAYS_ARGUMENTS = new Set(["count", "for_each", "depends_on", "provider", "providers", "iterator", "labels", "ignore_changes", "replace_triggered_by"]);
/** Nested blocks that are blocks whatever their content (objects in them are values). */
const KNOWN_BLOCKS = new Set(["lifecycle", "connection", "content", "required_providers", "validation", "precondition", "postcondition"]);

interface Prop {
  key: string;
  keyNode: JsonNode;
  value: JsonNode;
  prop: JsonNode;
}

function props(node: JsonNode | undefined): Prop[] {
  if (!node || node.type !== "object") return [];
  const out: Prop[] = [];
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value || typeof keyNode.value !== "string" || keyNode.value === "//") continue;
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

/** Decodes the JSON string literal at `node`, recording for each decoded character its file offset (plus one past the end). */
function decodeJsonString(text: string, node: JsonNode): TextSpace {
  const offsets: number[] = [];
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
      offsets.push(i);
      out += ch;
      i += len;
      continue;
    }
    offsets.push(i);
    out += c;
    i++;
  }
  offsets.push(i);
  return { text: out, offsets };
}

/** Reads a `.tf.json` document into HCL syntax-tree terms. */
class JsonSyntax {
  constructor(
    readonly text: string,
    readonly file: string,
    readonly lines: LineIndex,
    readonly diagnostics: Diagnostic[],
  ) {}

  body(root: JsonNode): Body {
    const items: BodyItem[] = [];
    for (const top of objects(root)) {
      for (const { key, value, keyNode } of props(top)) {
        switch (key) {
          case "resource":
          case "data":
            for (const byType of objects(value))
              for (const t of props(byType))
                for (const byName of objects(t.value))
                  for (const n of props(byName)) for (const body of objects(n.value)) items.push(this.block(key, [t, n], n.value.type === "array" ? body : n.keyNode, body, key, t.key));
            break;
          case "module":
          case "variable":
          case "output":
          case "provider":
            for (const byName of objects(value)) for (const n of props(byName)) for (const body of objects(n.value)) items.push(this.block(key, [n], n.value.type === "array" ? body : n.keyNode, body, key));
            break;
          case "locals":
          case "terraform":
          case "moved":
          case "import":
          case "removed":
          case "check":
            for (const body of objects(value)) items.push(this.block(key, [], value.type === "array" ? body : keyNode, body, key));
            break;
          default:
            break;
        }
      }
    }
    return { start: root.offset, end: root.offset + root.length, items };
  }

  private label(p: Prop): Label {
    return { value: p.key, start: p.keyNode.offset, end: p.keyNode.offset + p.keyNode.length };
  }

  /**
   * A block whose header starts at `at` (its key, or the object itself in the array form) and
   * whose content is the object `body`. `context` is the top-level block type it sits in.
   */
  private block(blockType: string, labels: Prop[], at: JsonNode, body: JsonNode, context: string, resourceType = ""): Block {
    const items: BodyItem[] = [];
    for (const p of props(body)) items.push(...this.item(p, context, blockType, resourceType));
    const end = body.offset + body.length;
    return {
      type: "block",
      blockType,
      labels: labels.map((l) => this.label(l)),
      headerEnd: body.offset + 1,
      body: { start: body.offset + 1, end: end - 1, items },
      start: at.offset,
      end,
    };
  }

  /** One key of a block body: an argument, or one or more nested blocks. */
  private item(p: Prop, context: string, blockType: string, resourceType: string): BodyItem[] {
    const plain = PLAIN_BODIES.has(blockType) || (context === "terraform" && blockType === "required_providers");
    if (!plain && LABELLED.has(p.key) && p.value.type !== "string") {
      const out: BodyItem[] = [];
      for (const o of objects(p.value))
        for (const labelled of props(o))
          for (const inner of objects(labelled.value)) out.push(this.block(p.key, [labelled], labelled.value.type === "array" ? inner : labelled.keyNode, inner, context, resourceType));
      return out;
    }
    // google_* `metadata` is a map; kubernetes_* `metadata` is a block.
    const isMap = MAP_ATTRIBUTES.has(p.key) || (p.key === "metadata" && resourceType.startsWith("google_"));
    const isBlock =
      (!plain || (blockType === "variable" && p.key === "validation")) &&
      !isMap &&
      !ALWAYS_ARGUMENTS.has(p.key) &&
      (KNOWN_BLOCKS.has(p.key) || p.value.type === "object" || (p.value.type === "array" && (p.value.children?.length ?? 0) > 0 && p.value.children!.every((c) => c.type === "object")));
    if (isBlock) return objects(p.value).map((o) => this.block(p.key, [], p.value.type === "array" ? o : p.keyNode, o, context, resourceType));
    const attribute: Attribute = { type: "attribute", name: p.key, nameEnd: p.keyNode.offset + p.keyNode.length, expr: this.expr(p.value), start: p.prop.offset, end: p.prop.offset + p.prop.length };
    return [attribute];
  }

  expr(node: JsonNode): Expr {
    const start = node.offset;
    const end = node.offset + node.length;
    switch (node.type) {
      case "string":
        return this.template(node);
      case "number":
      case "boolean":
        return { kind: "literal", value: node.value as number | boolean, start, end };
      case "array":
        return { kind: "tuple", items: (node.children ?? []).map((c) => this.expr(c)), start, end };
      case "object": {
        const items: ObjectItem[] = [];
        for (const p of props(node)) items.push({ key: this.template(p.keyNode), value: this.expr(p.value), start: p.prop.offset, end: p.prop.offset + p.prop.length });
        return { kind: "object", items, start, end };
      }
      default:
        return { kind: "literal", value: null, start, end };
    }
  }

  /** A JSON string as the template Terraform reads in it; a template syntax error is a diagnostic and the string stays literal. */
  private template(node: JsonNode): TemplateExpr {
    const space = decodeJsonString(this.text, node);
    let template: TemplateExpr;
    try {
      template = parseTemplateText(space.text);
    } catch (error) {
      if (!(error instanceof HclParseError)) throw error;
      const at = space.offsets[error.offset] ?? node.offset;
      this.diagnostics.push({
        file: this.file,
        range: this.lines.rangeOf(at, Math.max(at + 1, space.offsets[error.endOffset] ?? at + 1)),
        severity: "error",
        message: `Invalid template in a JSON string: ${error.message}`,
      });
      template = { kind: "template", parts: [{ kind: "literal", start: 0, end: space.text.length }], quoted: false, stripIndent: 0, start: 0, end: space.text.length };
    }
    return { ...template, space, start: node.offset, end: node.offset + node.length };
  }
}

/** Parses a `.tf.json` file; syntax problems are diagnostics and give an empty body. */
export function parseTerraformJson(file: string, text: string, lines: LineIndex): { body: Body; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const empty: Body = { start: 0, end: text.length, items: [] };
  const deep = jsonDepth(text, 200);
  if (deep >= 0) {
    diagnostics.push({ file, range: lines.rangeOf(deep, deep + 1), severity: "error", message: "Nesting too deep: more than 200 levels of JSON objects and arrays" });
    return { body: empty, diagnostics };
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const e = errors[0]!;
    diagnostics.push({ file, range: lines.rangeOf(e.offset, e.offset + Math.max(e.length, 1)), severity: "error", message: jsonErrorMessage(e) });
    return { body: empty, diagnostics };
  }
  if (!root || root.type !== "object") {
    diagnostics.push({ file, range: lines.rangeOf(root?.offset ?? 0, (root?.offset ?? 0) + 1), severity: "error", message: "Invalid Terraform JSON: the file must contain a JSON object at the top level" });
    return { body: empty, diagnostics };
  }
  return { body: new JsonSyntax(text, file, lines, diagnostics).body(root), diagnostics };
}

/** A `.tfvars.json` file: its top-level keys as attributes. */
export function parseVariablesJson(file: string, text: string, lines: LineIndex): { body: Body; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const errors: ParseError[] = [];
  const root = jsonDepth(text, 200) >= 0 ? undefined : parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  if (!root || errors.length > 0 || root.type !== "object") {
    const e = errors[0];
    const at = e?.offset ?? 0;
    diagnostics.push({ file, range: lines.rangeOf(at, at + Math.max(e?.length ?? 1, 1)), severity: "error", message: e ? jsonErrorMessage(e) : "Invalid variables file: the file must contain a JSON object of variable values" });
    return { body: { start: 0, end: text.length, items: [] }, diagnostics };
  }
  const syntax = new JsonSyntax(text, file, lines, diagnostics);
  const items: BodyItem[] = props(root).map((p) => ({ type: "attribute", name: p.key, nameEnd: p.keyNode.offset + p.keyNode.length, expr: syntax.expr(p.value), start: p.prop.offset, end: p.prop.offset + p.prop.length }));
  return { body: { start: root.offset, end: root.offset + root.length, items }, diagnostics };
}
