/**
 * Terraform expression evaluation with Terraform's semantics, over model Values: literals,
 * templates (with `%{ if }` / `%{ for }` directives and `~` strip markers), tuples and objects,
 * references (`var.`, `local.`, `module.`, `each.`, `count.`, `path.`, for-expression and
 * dynamic-block iterators), attribute and index access, splats, operators, conditionals, `for`
 * expressions and the built-in functions (functions.ts; `file`, `templatefile`, `try` and `can`
 * here, since they need the module's context).
 *
 * What is not knowable without running Terraform (resource and data-source attributes, a
 * variable with no value, `timestamp()`) is an explicit Unknown carrying the expression's text
 * and why, and poisons only what depends on it. An expression Terraform would reject (a
 * missing attribute, a type error) throws EvalError, which `try`/`can` catch and the record
 * builder turns into an Unknown.
 *
 * Every result carries a position tree (`ENode`): ranges where its parts are written in the
 * expression being evaluated, and `origins` saying where a value really comes from (a
 * variable's default or tfvars line, a local, a module call's argument). A value taken from a
 * reference keeps its origins but not its positions: a finding lands where the value is used,
 * and names where it was written as a related location.
 */
import { parseTree, type ParseError } from "jsonc-parser";
import type { LineIndex, Range } from "../../model/position.js";
import type { Origin, SourceNode } from "../../model/resource.js";
import { isUnknown, isValueMap, nondeterministicIn, unknown, type Unknown, type Value, type ValueMap } from "../../model/value.js";
import type { Expr, ForExpr, TemplateExpr, TemplatePart, TextSpace } from "./ast.js";
import { containsUnknown, EvalError, LimitError, MAX_COLLECTION_LENGTH, MAX_STRING_LENGTH, rejection, TERRAFORM_FUNCTIONS, tooLarge, toTerraformString } from "./functions.js";
import { decodeLiteral, parseTemplateText } from "./parser.js";
import { jsonChildren } from "../shared/source-map.js";

/** Positions and provenance of an evaluated value and its parts. */
export interface ENode {
  /** Where the value is written; absent when it is the enclosing element's (a value taken from a reference). */
  range?: Range;
  origins?: Origin[];
  children?: Record<string, ENode>;
}

export interface Ev {
  value: Value;
  node: ENode;
}

/** A file of a module as the evaluator needs it. */
export interface SourceText {
  path: string;
  text: string;
  lines: LineIndex;
}

/** What references resolve to: the module instance being evaluated (see module.ts). */
export interface ModuleContext {
  /** `var.NAME`; throws EvalError for an undeclared variable. */
  variable(name: string): Ev;
  /** `local.NAME`; throws EvalError for an undeclared local. */
  local(name: string): Ev;
  /** `module.NAME` (all its instances' outputs), or undefined when there is no such call. */
  moduleCall(name: string): Ev | undefined;
  /** `path.module`, `path.root`. */
  pathOf(name: string): string | undefined;
  /**
   * `file()` and friends: the text of a file named relative to the root module's folder, or an
   * Unknown when driftless may not read it (outside the scan root: never read, and reported).
   * Throws EvalError when there is no such file (Terraform's error, which `try` catches).
   */
  readFile(path: string, site: Range, file: string): string | Unknown;
  /** True when the path names a readable file inside the scan root. */
  fileExists(path: string): boolean;
  /** Reports a problem Terraform would reject (an unknown function) at `range` of `file`. */
  warn(message: string, range: Range, file: string): void;
}

/** Names bound inside an expression: `each`, `count`, for-expression and iterator variables, template variables. */
export type Names = ReadonlyMap<string, Ev>;

const NON_DETERMINISTIC = new Set(["timestamp", "plantimestamp", "uuid", "uuidv4", "bcrypt"]);
/** Functions of the machine Terraform runs on, not of the configuration. */
const MACHINE = new Set(["abspath", "pathexpand"]);
/**
 * Terraform functions driftless does not evaluate (their value is unknown, never an error):
 * hashes and listings of files, time arithmetic, CSV, and the rest of
 * https://developer.hashicorp.com/terraform/language/functions not in functions.ts.
 */
const NOT_EVALUATED = new Set([
  "basename",
  "dirname",
  "fileset",
  "filemd5",
  "filesha1",
  "filesha256",
  "filesha512",
  "filebase64sha256",
  "filebase64sha512",
  "formatdate",
  "timeadd",
  "timecmp",
  "csvdecode",
  "textencodebase64",
  "textdecodebase64",
  "base64gzip",
  "uuidv5",
  "issensitive",
  "ephemeralasnull",
  "templatestring",
  "type",
]);
const MAX_DEPTH = 200;
const MAX_ORIGINS = 8;

function primitiveText(v: Value): string | undefined {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? toTerraformString(v) : undefined;
}

/** Origins of both, nearest first, without repeats, at most MAX_ORIGINS. */
export function mergeOrigins(a: Origin[] | undefined, b: Origin[] | undefined): Origin[] | undefined {
  if (!b?.length) return a;
  if (!a?.length) return b;
  const out = [...a];
  for (const o of b) {
    // The cap never drops an instance key: without it a finding is named and counted once for
    // every instance of its block (findingName), which it may not be.
    if (out.length >= MAX_ORIGINS && o.kind !== "instance-key") continue;
    if (!out.some((x) => x.file === o.file && x.range.start.line === o.range.start.line && x.range.start.column === o.range.start.column)) out.push(o);
  }
  return out;
}

/** Origins found anywhere in a node tree (what a value computed from a whole value depends on). */
export function allOrigins(node: ENode, out: Origin[] = [], depth = 0): Origin[] {
  if (node.origins) for (const o of node.origins) if ((out.length < MAX_ORIGINS || o.kind === "instance-key") && !out.includes(o)) out.push(o);
  if (node.children && depth < 32) for (const c of Object.values(node.children)) allOrigins(c, out, depth + 1);
  return out;
}

/** The node without positions (kept: origins, and children that hold some). */
export function detach(node: ENode, extra?: Origin[]): ENode {
  const out: ENode = {};
  const origins = mergeOrigins(extra, node.origins);
  if (origins) out.origins = origins;
  if (node.children) {
    let children: Record<string, ENode> | undefined;
    for (const [k, c] of Object.entries(node.children)) {
      if (!hasOrigins(c)) continue;
      (children ??= {})[k] = detach(c);
    }
    if (children) out.children = children;
  }
  return out;
}

function hasOrigins(node: ENode, depth = 0): boolean {
  if (node.origins?.length) return true;
  if (!node.children || depth > 32) return false;
  for (const c of Object.values(node.children)) if (hasOrigins(c, depth + 1)) return true;
  return false;
}

/** A position tree as the model's SourceNode tree; missing ranges take the enclosing one. */
export function toSourceNode(node: ENode, fallback: Range): SourceNode {
  const range = node.range ?? fallback;
  const out: SourceNode = { range };
  if (node.origins?.length) out.origins = node.origins;
  if (node.children) {
    const children: Record<string, SourceNode> = {};
    for (const [k, c] of Object.entries(node.children)) children[k] = toSourceNode(c, range);
    out.children = children;
  }
  return out;
}

/**
 * The node of a part of a value. A part with origins of its own keeps them as its chain (where it
 * was written), plus the calls and instance keys its container came through (what it depends
 * on); a part without takes its container's.
 */
function child(parent: ENode, key: string): ENode {
  const c = parent.children?.[key];
  if (!c) return parent.origins ? { origins: parent.origins } : {};
  if (!parent.origins) return c;
  const passed = c.origins?.length ? parent.origins.filter((o) => o.kind === "module-argument" || o.kind === "instance-key") : parent.origins;
  return passed.length ? { ...c, origins: mergeOrigins(c.origins, passed)! } : c;
}

function typeName(v: Value): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  if (isUnknown(v)) return "unknown";
  if (typeof v === "object") return "object";
  return typeof v === "boolean" ? "bool" : typeof v;
}

/** HCL equality: no conversion between types (`1 == "1"` is false); collections element-wise. */
export function equal(a: Value, b: Value): boolean | undefined {
  if (isUnknown(a) || isUnknown(b)) return undefined;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknownSeen = false;
    for (let i = 0; i < a.length; i++) {
      const e = equal(a[i]!, b[i]!);
      if (e === false) return false;
      if (e === undefined) unknownSeen = true;
    }
    return unknownSeen ? undefined : true;
  }
  if (typeof a === "object" || typeof b === "object") {
    if (!isValueMap(a) || !isValueMap(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    let unknownSeen = false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
      const e = equal(a[k]!, b[k]!);
      if (e === false) return false;
      if (e === undefined) unknownSeen = true;
    }
    return unknownSeen ? undefined : true;
  }
  return a === b;
}

function toBool(v: Value, what: string): boolean {
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  throw new EvalError(`Invalid ${what}: a bool is required, not ${typeName(v)}`);
}

function toNumber(v: Value, what: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  throw new EvalError(`Invalid operand: ${what} must be a number, not ${typeName(v)}`);
}

interface Frame {
  file: SourceText;
  space?: TextSpace;
  names: Names;
  depth: number;
  /**
   * Inside `try`/`can`: an error must reach them. Elsewhere an element Terraform would reject is
   * an Unknown beside known siblings (one broken reference does not hide a floating image).
   */
  strict?: boolean;
}

/** A step of a reference after its root name. */
type Step = { kind: "attr"; name: string; expr: Expr } | { kind: "index"; key: Expr; expr: Expr } | { kind: "splat"; expr: Expr };

export class Evaluator {
  constructor(readonly context: ModuleContext) {}

  /** Evaluates an expression of `file` with the given names bound. Throws EvalError. */
  evaluate(expr: Expr, file: SourceText, names: Names = new Map(), space?: TextSpace): Ev {
    const frame: Frame = { file, names, depth: 0 };
    if (space) frame.space = space;
    return this.eval(expr, frame);
  }

  /** The expression's text as written. */
  sourceText(expr: Expr, file: SourceText, space?: TextSpace): string {
    return (space?.text ?? file.text).slice(expr.start, expr.end);
  }

  /** The expression's range in its file. */
  rangeOf(expr: Expr, file: SourceText, space?: TextSpace): Range {
    if (!space) return file.lines.rangeOf(expr.start, expr.end);
    const at = (o: number): number => space.offsets[o] ?? space.offsets[space.offsets.length - 1]!;
    return file.lines.rangeOf(at(expr.start), at(expr.end));
  }

  private spanRange(start: number, end: number, f: Frame): Range {
    if (!f.space) return f.file.lines.rangeOf(start, end);
    const at = (o: number): number => f.space!.offsets[o] ?? f.space!.offsets[f.space!.offsets.length - 1]!;
    return f.file.lines.rangeOf(at(start), at(end));
  }

  private text(expr: Expr, f: Frame): string {
    return this.sourceText(expr, f.file, f.space);
  }

  private range(expr: Expr, f: Frame): Range {
    // A template read from a JSON string: its own span is in the file, its parts in the string.
    return this.rangeOf(expr, f.file, expr.kind === "template" && expr.space ? undefined : f.space);
  }

  private unknownEv(expr: Expr, f: Frame, reason: string, origins?: Origin[], decoded?: Value): Ev {
    const u = unknown(this.text(expr, f), decoded === undefined ? { reason } : { decoded, reason });
    const node: ENode = { range: this.range(expr, f) };
    if (origins?.length) node.origins = origins;
    return { value: u, node };
  }

  /** An Unknown result relabelled with this expression's text, keeping what else it says (reason, decoded payload) and the origins of what made it unknown. */
  private relabel(expr: Expr, f: Frame, from: Unknown, origins?: Origin[]): Ev {
    const node: ENode = { range: this.range(expr, f) };
    if (origins?.length) node.origins = origins;
    return { value: { ...from, $unknown: this.text(expr, f) }, node };
  }

  /**
   * Records each evaluation refers to, collected per nesting level: an unknown built from
   * others (`"${local.bucket}-logs"`, `format("%s", aws_s3_bucket.b.id)`) keeps their refs, so
   * relations still see what it points at.
   */
  private readonly refStack: (string[] | undefined)[] = [];

  private eval(expr: Expr, f: Frame): Ev {
    const level = this.refStack.length;
    this.refStack.push(undefined);
    let ev: Ev;
    let refs: string[] | undefined;
    try {
      ev = this.evalExpr(expr, f);
    } finally {
      refs = this.refStack.pop();
    }
    const v = ev.value;
    if (isUnknown(v) && (v.refs || refs)) {
      // A function over several unknowns returns one of them: it still depends on all.
      const all = union(v.refs ? [...v.refs] : undefined, refs ?? []);
      if (all.length !== (v.refs?.length ?? 0)) ev = { value: { ...v, refs: all }, node: ev.node };
      refs = all;
    }
    if (refs && level > 0) this.refStack[level - 1] = union(this.refStack[level - 1], refs);
    return ev;
  }

  private evalExpr(expr: Expr, f: Frame): Ev {
    if (f.depth > MAX_DEPTH) {
      // Terraform evaluates such an expression; driftless stops, says where, and does not guess.
      this.limitReached(new LimitError(`driftless does not evaluate expressions nested more than ${MAX_DEPTH} levels deep (each operator of a chain such as 1 + 1 + ... counts as one); the value is treated as unknown`), this.range(expr, f), f);
    }
    const inner: Frame = { ...f, depth: f.depth + 1 };
    switch (expr.kind) {
      case "literal":
        return { value: expr.value, node: { range: this.range(expr, f) } };
      case "paren": {
        const ev = this.eval(expr.inner, inner);
        return { value: ev.value, node: { ...ev.node, range: this.range(expr, f) } };
      }
      case "template":
        return this.template(expr, expr.space ? { ...inner, space: expr.space } : inner, this.range(expr, f));
      case "tuple": {
        const value: Value[] = [];
        const children: Record<string, ENode> = {};
        expr.items.forEach((item, i) => {
          const ev = this.element(item, inner);
          value.push(ev.value);
          children[String(i)] = ev.node;
        });
        return { value, node: { range: this.range(expr, f), children } };
      }
      case "object":
        return this.object(expr, inner, f);
      case "variable":
      case "getattr":
      case "index":
      case "splat":
        return this.reference(expr, inner);
      case "unary":
        return this.unary(expr, inner, f);
      case "binary":
        return this.binary(expr, inner, f);
      case "conditional":
        return this.conditional(expr, inner, f);
      case "for":
        return this.forExpr(expr, inner, f);
      case "call":
        return this.call(expr, inner, f);
    }
  }

  // ---- literals ----------------------------------------------------------------------------

  /** An element of a tuple or object: outside `try`/`can`, an error makes only it unknown. */
  private element(expr: Expr, f: Frame): Ev {
    if (f.strict) return this.eval(expr, f);
    try {
      return this.eval(expr, f);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return this.unknownEv(expr, f, rejection(error, "this expression"));
    }
  }

  private object(expr: Extract<Expr, { kind: "object" }>, inner: Frame, f: Frame): Ev {
    const value: ValueMap = {};
    const children: Record<string, ENode> = {};
    for (const item of expr.items) {
      const key = this.objectKey(item.key, inner);
      if (isUnknown(key)) return this.relabel(expr, f, key, allOrigins({ children }));
      const ev = this.element(item.value, inner);
      value[key] = ev.value;
      children[key] = { ...ev.node, range: this.spanRange(item.start, item.end, f) };
    }
    return { value, node: { range: this.range(expr, f), children } };
  }

  /** An object key: a bare name is the literal name; anything else is evaluated and must be a string. */
  objectKey(key: Expr, f: Frame): string | Unknown {
    if (key.kind === "variable") return key.name;
    const ev = this.eval(key.kind === "paren" ? key.inner : key, f);
    if (isUnknown(ev.value)) return ev.value;
    const s = primitiveText(ev.value);
    if (s === undefined) throw new EvalError(`Invalid object key: a string is required, not ${typeName(ev.value)}`);
    return s;
  }

  // ---- templates ---------------------------------------------------------------------------

  /** The decoded text of a literal part, with `~` strip markers of its neighbours applied. */
  private literalText(t: TemplateExpr, index: number, f: Frame, map?: number[]): string {
    const p = t.parts[index]!;
    // A quoted string inside `${…}` of a JSON string lives in that string's text, like its template.
    const source = (t.space ?? f.space)?.text ?? f.file.text;
    const atLineStart = !t.quoted && (index === 0 || source.charCodeAt(p.start - 1) === 10);
    let s = decodeLiteral(source, p.start, p.end, t.quoted, t.stripIndent, atLineStart, map);
    const before = t.parts[index - 1];
    const after = t.parts[index + 1];
    if (before && before.kind !== "literal" && before.stripRight) {
      const trimmed = s.replace(/^\s+/, "");
      map?.splice(0, s.length - trimmed.length);
      s = trimmed;
    }
    if (after && after.kind !== "literal" && after.stripLeft) {
      const trimmed = s.replace(/\s+$/, "");
      map?.splice(trimmed.length, s.length - trimmed.length);
      s = trimmed;
    }
    return s;
  }

  private template(t: TemplateExpr, f: Frame, range: Range): Ev {
    const parts = t.parts;
    // A template that is one interpolation is the interpolated value itself, unconverted.
    if (parts.length === 1 && parts[0]!.kind === "interpolation" && !parts[0]!.stripLeft && !parts[0]!.stripRight) {
      const ev = this.eval(parts[0]!.expr, f);
      return { value: ev.value, node: { ...ev.node, range } };
    }
    const pieces: Piece[] = [];
    const origins: Origin[] = [];
    this.render(t, 0, parts.length, f, pieces, origins);
    const known = pieces.every((p) => p.known);
    // Templates that double a string at each step (`"${local.a}${local.a}"`) grow without bound.
    if (pieces.reduce((n, p) => n + p.text.length, 0) > MAX_STRING_LENGTH) {
      this.limitReached(tooLarge("a template's text"), range, f);
    }
    const text = pieces.map((p) => p.text).join("");
    const node: ENode = { range };
    if (origins.length) node.origins = origins.slice(0, MAX_ORIGINS);
    if (!known) {
      const renderable = !pieces.some((p) => p.opaque);
      const reason = pieces.find((p) => !p.known)?.reason ?? "part of the text is not known statically";
      // A JSON string's template reads as its decoded text, not as the escaped JSON literal.
      const written = t.space ? t.space.text : this.sourceText(t, f.file);
      const input = pieces.every((p) => p.known || p.input);
      const u = renderable ? unknown(written, { decoded: text, reason, partial: true, input }) : unknown(written, { reason, input });
      const nondeterministic = pieces.find((p) => p.nondeterministic)?.nondeterministic;
      if (nondeterministic) u.nondeterministic = nondeterministic;
      this.jsonParts(u, pieces, node, f);
      return { value: u, node };
    }
    const children = this.jsonChildren(text, pieces, f);
    if (children) node.children = children;
    return { value: text, node };
  }

  /**
   * Renders parts[from, to) into pieces. Directives nest: `%{ if }` … `%{ else }` … `%{ endif }`,
   * `%{ for }` … `%{ endfor }`. A directive whose condition or collection is unknown makes the
   * whole text unknown (opaque: its visible text cannot be given either).
   */
  private render(t: TemplateExpr, from: number, to: number, f: Frame, pieces: Piece[], origins: Origin[]): void {
    const parts = t.parts;
    let i = from;
    while (i < to) {
      const p = parts[i]!;
      if (p.kind === "literal") {
        const map: number[] = [];
        const text = this.literalText(t, i, f, map);
        pieces.push({ known: true, text, offsets: this.toFileOffsets(map, t, f) });
        i++;
        continue;
      }
      if (p.kind === "interpolation") {
        const ev = this.eval(p.expr, f);
        for (const o of allOrigins(ev.node)) if (origins.length < MAX_ORIGINS && !origins.includes(o)) origins.push(o);
        const at = this.toFileOffsets([p.start], t, f)[0]!;
        if (isUnknown(ev.value)) {
          const visible = ev.value.partial && typeof ev.value.decoded === "string" ? ev.value.decoded : `\${${this.sourceTextIn(p.expr, t, f)}}`;
          pieces.push({ known: false, text: visible, at, reason: ev.value.reason ?? "not known statically", ...(ev.value.input ? { input: true } : {}), ...withNondeterministic(ev.value) });
        } else if (ev.value === null) {
          throw new EvalError("Invalid template interpolation value: the expression result is null");
        } else {
          const s = primitiveText(ev.value);
          if (s === undefined) throw new EvalError(`Invalid template interpolation value: cannot include a ${typeName(ev.value)} in a string template`);
          pieces.push({ known: true, text: s, at });
        }
        i++;
        continue;
      }
      // Directives.
      const end = this.directiveEnd(parts, i, to);
      if (p.keyword === "if") {
        const elseAt = this.matchingElse(parts, i, end);
        const cond = this.eval(p.exprs[0]!, f);
        if (isUnknown(cond.value)) {
          pieces.push({ known: false, opaque: true, text: "", reason: cond.value.reason ?? "condition not known statically", ...withNondeterministic(cond.value) });
        } else if (toBool(cond.value, "template condition")) this.render(t, i + 1, elseAt ?? end, f, pieces, origins);
        else if (elseAt !== undefined) this.render(t, elseAt + 1, end, f, pieces, origins);
      } else if (p.keyword === "for") {
        const collection = this.eval(p.exprs[0]!, f);
        if (isUnknown(collection.value)) {
          pieces.push({ known: false, opaque: true, text: "", reason: collection.value.reason ?? "collection not known statically", ...withNondeterministic(collection.value) });
        } else {
          for (const [key, value, node] of entries(collection)) {
            const names = new Map(f.names);
            names.set(p.valueVar!, { value, node });
            if (p.keyVar) names.set(p.keyVar, { value: key, node: {} });
            this.render(t, i + 1, end, { ...f, names }, pieces, origins);
          }
        }
      } else {
        throw new EvalError(`Unexpected template directive %{ ${p.keyword} }`);
      }
      i = end + 1;
    }
  }

  /** Index of the `endif`/`endfor` closing the directive at `open`. */
  private directiveEnd(parts: TemplatePart[], open: number, to: number): number {
    const keyword = (parts[open] as Extract<TemplatePart, { kind: "directive" }>).keyword;
    const closing = keyword === "if" ? "endif" : keyword === "for" ? "endfor" : undefined;
    if (!closing) throw new EvalError(`Unexpected template directive %{ ${keyword} }`);
    let depth = 0;
    for (let j = open + 1; j < to; j++) {
      const p = parts[j]!;
      if (p.kind !== "directive") continue;
      if (p.keyword === "if" || p.keyword === "for") depth++;
      else if (p.keyword === "endif" || p.keyword === "endfor") {
        if (depth === 0) {
          if (p.keyword !== closing) throw new EvalError(`Template directive %{ ${keyword} } closed by %{ ${p.keyword} }`);
          return j;
        }
        depth--;
      }
    }
    throw new EvalError(`Template directive %{ ${keyword} } has no %{ ${closing} }`);
  }

  private matchingElse(parts: TemplatePart[], open: number, end: number): number | undefined {
    let depth = 0;
    for (let j = open + 1; j < end; j++) {
      const p = parts[j]!;
      if (p.kind !== "directive") continue;
      if (p.keyword === "if" || p.keyword === "for") depth++;
      else if (p.keyword === "endif" || p.keyword === "endfor") depth--;
      else if (p.keyword === "else" && depth === 0) return j;
    }
    return undefined;
  }

  private sourceTextIn(expr: Expr, t: TemplateExpr, f: Frame): string {
    return (t.space?.text ?? f.space?.text ?? f.file.text).slice(expr.start, expr.end);
  }

  /** Offsets in a template's text space as offsets in the file. */
  private toFileOffsets(map: number[], t: TemplateExpr, f: Frame): number[] {
    const space = t.space ?? f.space;
    if (!space) return map;
    return map.map((o) => space.offsets[o] ?? space.offsets[space.offsets.length - 1]!);
  }

  /** For text that is a JSON document, children mirroring it with file positions (a container definition in a heredoc). */
  private jsonChildren(text: string, pieces: Piece[], f: Frame): Record<string, ENode> | undefined {
    const first = text.trimStart()[0];
    if (first !== "[" && first !== "{") return undefined;
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (!tree || errors.length > 0) return undefined;
    const offsets = pieceOffsets(pieces);
    return jsonChildren(f.file.lines, tree, (o) => offsets[o] ?? offsets[offsets.length - 1] ?? 0);
  }

  /**
   * A JSON document with interpolated parts that are not known (`"awslogs-group": "${aws_cloudwatch_log_group.api.name}"`):
   * the parts are replaced by placeholders, the document is parsed, and what is known (an image
   * beside the unknown log group) becomes the Unknown's `decoded` value, with positions.
   */
  private jsonParts(u: Unknown, pieces: Piece[], node: ENode, f: Frame): void {
    if (pieces.some((p) => p.opaque)) return;
    // Private-use characters: valid inside a JSON string, never in real text.
    const marker = (n: number): string => `\ue000${n}\ue001`;
    let text = "";
    let inString = false;
    const offsets: number[] = [];
    const unknowns: { text: string; reason: string; nondeterministic?: string }[] = [];
    for (const p of pieces) {
      if (p.known) {
        for (let k = 0; k < p.text.length; k++) {
          const c = p.text[k]!;
          if (inString && c === "\\") {
            text += c + (p.text[k + 1] ?? "");
            offsets.push(p.offsets?.[k] ?? p.at ?? 0, p.offsets?.[k + 1] ?? p.at ?? 0);
            k++;
            continue;
          }
          if (c === '"') inString = !inString;
          text += c;
          offsets.push(p.offsets?.[k] ?? p.at ?? 0);
        }
        continue;
      }
      const m = marker(unknowns.length);
      unknowns.push({ text: p.text, reason: p.reason ?? "not known statically", ...(p.nondeterministic ? { nondeterministic: p.nondeterministic } : {}) });
      const piece = inString ? m : `"${m}"`;
      text += piece;
      for (let k = 0; k < piece.length; k++) offsets.push(p.at ?? 0);
    }
    const first = text.trimStart()[0];
    if (first !== "[" && first !== "{") return;
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (!tree || errors.length > 0) return;
    let value: Value;
    try {
      value = JSON.parse(text) as Value;
    } catch {
      return;
    }
    const restore = (v: Value): Value => {
      if (typeof v === "string") {
        if (!v.includes("\ue000")) return v;
        const exact = /^\ue000(\d+)\ue001$/.exec(v);
        if (exact) {
          const part = unknowns[Number(exact[1])]!;
          return markUnknown(unknown(part.text, { reason: part.reason }), part.nondeterministic);
        }
        const visible = v.replace(/\ue000(\d+)\ue001/g, (_m, n: string) => unknowns[Number(n)]!.text);
        const reason = unknowns[Number(/\ue000(\d+)\ue001/.exec(v)![1])]!.reason;
        const nondeterministic = [...v.matchAll(/\ue000(\d+)\ue001/g)].map((m) => unknowns[Number(m[1])]!.nondeterministic).find((n) => n !== undefined);
        return markUnknown(unknown(visible, { decoded: visible, reason, partial: true }), nondeterministic);
      }
      if (Array.isArray(v)) return v.map(restore);
      if (isValueMap(v)) {
        const out: ValueMap = {};
        for (const [k, x] of Object.entries(v)) out[k] = restore(x);
        return out;
      }
      return v;
    };
    // The payload is now the document itself, not this string's visible text.
    u.decoded = restore(value);
    delete u.partial;
    const children = jsonChildren(f.file.lines, tree, (o) => offsets[o] ?? offsets[offsets.length - 1] ?? 0);
    if (children) node.children = children;
  }

  // ---- references --------------------------------------------------------------------------

  private steps(expr: Expr): { root: Expr; steps: Step[] } {
    const steps: Step[] = [];
    let e = expr;
    for (;;) {
      if (e.kind === "getattr") {
        steps.unshift({ kind: "attr", name: e.name, expr: e });
        e = e.target;
      } else if (e.kind === "index") {
        steps.unshift({ kind: "index", key: e.key, expr: e });
        e = e.target;
      } else if (e.kind === "splat") {
        steps.unshift({ kind: "splat", expr: e });
        e = e.target;
      } else break;
    }
    return { root: e, steps };
  }

  private reference(expr: Expr, f: Frame): Ev {
    const { root, steps } = this.steps(expr);
    let base: Ev;
    let rest = steps;
    if (root.kind === "variable") {
      const resolved = this.root(root.name, steps, expr, f);
      base = resolved.ev;
      rest = steps.slice(resolved.used);
    } else {
      base = this.eval(root, f);
    }
    const result = this.apply(base, rest, f);
    if (isUnknown(result.value)) return this.relabel(expr, f, result.value, allOrigins(result.node));
    return { value: result.value, node: { ...result.node, range: this.range(expr, f) } };
  }

  /** The value a root name (and the steps it consumes, like `var.NAME`) stands for. */
  private root(name: string, steps: Step[], expr: Expr, f: Frame): { ev: Ev; used: number } {
    const bound = f.names.get(name);
    if (bound) return { ev: { value: bound.value, node: detach(bound.node) }, used: 0 };
    const first = steps[0];
    const attr = first?.kind === "attr" ? first.name : undefined;
    const unknownRoot = (reason: string, used: number, refs?: string[]): { ev: Ev; used: number } => ({
      ev: { value: unknown(this.text(expr, f), refs ? { reason, refs } : { reason }), node: {} },
      used,
    });
    switch (name) {
      case "var":
        if (!attr) throw new EvalError("Invalid reference: a variable name is required after var.");
        return { ev: this.context.variable(attr), used: 1 };
      case "local":
        if (!attr) throw new EvalError("Invalid reference: a local value name is required after local.");
        return { ev: this.context.local(attr), used: 1 };
      case "module": {
        if (!attr) throw new EvalError("Invalid reference: a module call name is required after module.");
        const call = this.context.moduleCall(attr);
        if (!call) return unknownRoot(`module.${attr} is not declared in this module`, steps.length);
        return { ev: call, used: 1 };
      }
      case "path": {
        const v = attr ? this.context.pathOf(attr) : undefined;
        if (v === undefined) return unknownRoot(`path.${attr ?? ""} depends on the machine Terraform runs on`, 1);
        return { ev: { value: v, node: {} }, used: 1 };
      }
      case "terraform":
        return unknownRoot("terraform.workspace is chosen when Terraform runs", 1);
      case "each":
      case "count":
        throw new EvalError(`Reference to "${name}" in a context where it is not available`);
      case "self":
        return unknownRoot("self refers to the resource being created", steps.length);
      case "data": {
        const type = attr;
        const second = steps[1];
        const label = second?.kind === "attr" ? second.name : undefined;
        return unknownRoot(`data source data.${type ?? "?"}${label ? `.${label}` : ""} is read when Terraform runs`, steps.length, type && label ? [`data.${type}.${label}`] : undefined);
      }
      default: {
        const label = attr;
        return unknownRoot(`${name}${label ? `.${label}` : ""} is a resource: its attributes are known only after apply`, steps.length, label ? [`${name}.${label}`] : undefined);
      }
    }
  }

  /** Applies attribute, index and splat steps to a value. */
  private apply(base: Ev, steps: readonly Step[], f: Frame): Ev {
    let current = base;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i]!;
      const v = current.value;
      if (isUnknown(v)) return current;
      if (step.kind === "splat") {
        const rest = steps.slice(i + 1);
        if (v === null) return { value: [], node: {} };
        const items = Array.isArray(v) ? v.map((x, k) => ({ value: x, node: child(current.node, String(k)) })) : [current];
        const values: Value[] = [];
        const children: Record<string, ENode> = {};
        for (const [k, item] of items.entries()) {
          const ev = this.apply(item, rest, f);
          values.push(ev.value);
          children[String(k)] = ev.node;
        }
        return { value: values, node: { ...(current.node.origins ? { origins: current.node.origins } : {}), children } };
      }
      let key: string | number;
      if (step.kind === "attr") key = step.name;
      else {
        const k = this.eval(step.key, f);
        if (isUnknown(k.value)) return { value: unknown("", { reason: k.value.reason ?? "index not known statically" }), node: { origins: mergeOrigins(current.node.origins, allOrigins(k.node)) ?? [] } };
        if (typeof k.value === "number") key = k.value;
        else if (typeof k.value === "string") key = k.value;
        else throw new EvalError(`Invalid index: a number or string is required, not ${typeName(k.value)}`);
        // What an index picks depends on the index too (`var.rules[count.index]`).
        const keyOrigins = allOrigins(k.node);
        if (keyOrigins.length) current = { value: current.value, node: { ...current.node, origins: mergeOrigins(current.node.origins, keyOrigins)! } };
      }
      if (v === null) throw new EvalError(`Attempt to get ${step.kind === "attr" ? `attribute "${key}"` : "an element"} from a null value`);
      if (Array.isArray(v)) {
        const n = typeof key === "number" ? key : /^\d+$/.test(key) ? Number(key) : NaN;
        if (!Number.isInteger(n)) throw new EvalError(`Invalid index: a list is indexed by numbers, not "${key}"`);
        if (n < 0 || n >= v.length) throw new EvalError(`Invalid index: the index ${n} is out of range for a list of ${v.length} elements`);
        current = { value: v[n]!, node: child(current.node, String(n)) };
        continue;
      }
      if (isValueMap(v)) {
        const k = String(key);
        if (!Object.prototype.hasOwnProperty.call(v, k)) {
          throw new EvalError(step.kind === "attr" ? `Unsupported attribute: this object has no attribute named "${k}"` : `Invalid index: the given key "${k}" does not exist`);
        }
        current = { value: v[k]!, node: child(current.node, k) };
        continue;
      }
      throw new EvalError(`Unsupported ${step.kind === "attr" ? "attribute" : "index"}: a ${typeName(v)} has no ${step.kind === "attr" ? `attribute "${key}"` : "elements"}`);
    }
    return current;
  }

  // ---- operators ---------------------------------------------------------------------------

  private unary(expr: Extract<Expr, { kind: "unary" }>, inner: Frame, f: Frame): Ev {
    const ev = this.eval(expr.operand, inner);
    const origins = allOrigins(ev.node);
    if (isUnknown(ev.value)) return this.relabel(expr, f, ev.value, origins);
    const value = expr.op === "!" ? !toBool(ev.value, "operand of !") : -toNumber(ev.value, "the operand of -");
    return { value, node: withOrigins({ range: this.range(expr, f) }, origins) };
  }

  private binary(expr: Extract<Expr, { kind: "binary" }>, inner: Frame, f: Frame): Ev {
    const range = this.range(expr, f);
    const left = this.eval(expr.left, inner);
    if (expr.op === "&&" || expr.op === "||") {
      // A known side decides alone: false && x, true || x.
      if (!isUnknown(left.value) && toBool(left.value, `operand of ${expr.op}`) === (expr.op === "||")) {
        return { value: expr.op === "||", node: withOrigins({ range }, allOrigins(left.node)) };
      }
      const right = this.eval(expr.right, inner);
      const origins = mergeOrigins(allOrigins(left.node), allOrigins(right.node));
      if (!isUnknown(right.value) && toBool(right.value, `operand of ${expr.op}`) === (expr.op === "||")) return { value: expr.op === "||", node: withOrigins({ range }, origins) };
      if (isUnknown(left.value)) return this.relabel(expr, f, left.value, origins);
      if (isUnknown(right.value)) return this.relabel(expr, f, right.value, origins);
      return { value: expr.op === "&&", node: withOrigins({ range }, origins) };
    }
    const right = this.eval(expr.right, inner);
    const origins = mergeOrigins(allOrigins(left.node), allOrigins(right.node));
    if (expr.op === "==" || expr.op === "!=") {
      const e = equal(left.value, right.value);
      if (e === undefined) return this.relabel(expr, f, (isUnknown(left.value) ? left.value : right.value) as Unknown, origins);
      return { value: expr.op === "==" ? e : !e, node: withOrigins({ range }, origins) };
    }
    if (isUnknown(left.value)) return this.relabel(expr, f, left.value, origins);
    if (isUnknown(right.value)) return this.relabel(expr, f, right.value, origins);
    const a = toNumber(left.value, `the left operand of ${expr.op}`);
    const b = toNumber(right.value, `the right operand of ${expr.op}`);
    let value: Value;
    switch (expr.op) {
      case "+": value = a + b; break;
      case "-": value = a - b; break;
      case "*": value = a * b; break;
      case "/":
        if (b === 0) throw new EvalError("Invalid operand: division by zero");
        value = a / b;
        break;
      case "%":
        if (b === 0) throw new EvalError("Invalid operand: modulo by zero");
        value = a % b;
        break;
      case "<": value = a < b; break;
      case ">": value = a > b; break;
      case "<=": value = a <= b; break;
      case ">=": value = a >= b; break;
      default:
        throw new EvalError(`Unsupported operator ${expr.op}`);
    }
    return { value, node: withOrigins({ range }, origins) };
  }

  private conditional(expr: Extract<Expr, { kind: "conditional" }>, inner: Frame, f: Frame): Ev {
    const cond = this.eval(expr.condition, inner);
    const range = this.range(expr, f);
    if (isUnknown(cond.value)) {
      // Both branches alike: the result is known whatever the condition.
      const a = this.tryEval(expr.whenTrue, inner);
      const b = this.tryEval(expr.whenFalse, inner);
      if (a && b && !containsUnknown(a.value) && equal(a.value, b.value) === true) return { value: a.value, node: { ...a.node, range } };
      return this.relabel(expr, f, cond.value, allOrigins(cond.node));
    }
    const chosen = this.eval(toBool(cond.value, "condition") ? expr.whenTrue : expr.whenFalse, inner);
    return { value: chosen.value, node: { ...chosen.node, range, origins: mergeOrigins(chosen.node.origins, allOrigins(cond.node)) ?? [] } };
  }

  /**
   * Stops at one of driftless's own limits: a notice where it is hit (inside try()/can() the
   * caller reports it, see tryEval), then the LimitError that makes the value unknown.
   */
  private limitReached(limit: LimitError, range: Range, f: Frame): never {
    if (!f.strict) this.context.warn(limit.message, range, f.file.path);
    throw limit;
  }

  private tryEval(expr: Expr, f: Frame): Ev | undefined {
    try {
      return this.eval(expr, f);
    } catch (error) {
      // A limit of driftless's is no error of the expression: try()/can() cannot tell, so unknown.
      if (error instanceof LimitError) {
        this.context.warn(error.message, this.range(expr, f), f.file.path);
        return this.unknownEv(expr, f, error.message);
      }
      if (error instanceof EvalError) return undefined;
      throw error;
    }
  }

  private forExpr(expr: ForExpr, inner: Frame, f: Frame): Ev {
    const collection = this.eval(expr.collection, inner);
    if (isUnknown(collection.value)) return this.relabel(expr, f, collection.value, allOrigins(collection.node));
    if (collection.value === null) throw new EvalError("Iteration over null value: a for expression needs a collection");
    const range = this.range(expr, f);
    const values: Value[] = [];
    const listChildren: Record<string, ENode> = {};
    const map: ValueMap = {};
    const mapChildren: Record<string, ENode> = {};
    const groups = new Map<string, { values: Value[]; nodes: ENode[] }>();
    for (const [key, value, node] of entries(collection)) {
      const names = new Map(inner.names);
      names.set(expr.valueVar, { value, node });
      if (expr.keyVar) names.set(expr.keyVar, { value: key, node: {} });
      const frame: Frame = { ...inner, names };
      // An element kept by the `if` is there because of the values the condition read (a module
      // argument that enables it): they are its origins too, as a conditional's are its result's.
      let kept: Origin[] | undefined;
      if (expr.condition) {
        const c = this.eval(expr.condition, frame);
        if (isUnknown(c.value)) return this.relabel(expr, f, c.value, allOrigins(c.node));
        if (!toBool(c.value, "for expression condition")) continue;
        kept = allOrigins(c.node);
      }
      const evaluated = this.eval(expr.valueExpr, frame);
      const v: Ev = kept?.length ? { value: evaluated.value, node: { ...evaluated.node, origins: mergeOrigins(evaluated.node.origins, kept) ?? [] } } : evaluated;
      if (!expr.object) {
        listChildren[String(values.length)] = v.node;
        values.push(v.value);
        continue;
      }
      const k = this.eval(expr.keyExpr!, frame);
      if (isUnknown(k.value)) return this.relabel(expr, f, k.value, allOrigins(k.node));
      const ks = primitiveText(k.value);
      if (ks === undefined) throw new EvalError(`Invalid object key: a for expression's key must be a string, not ${typeName(k.value)}`);
      if (expr.group) {
        let g = groups.get(ks);
        if (!g) groups.set(ks, (g = { values: [], nodes: [] }));
        g.values.push(v.value);
        g.nodes.push(v.node);
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(map, ks)) throw new EvalError(`Duplicate object key "${ks}" in a for expression; use "..." after the value to group them`);
      map[ks] = v.value;
      mapChildren[ks] = v.node;
    }
    if (!expr.object) return { value: values, node: { range, children: listChildren } };
    if (expr.group) {
      for (const [k, g] of groups) {
        map[k] = g.values;
        mapChildren[k] = { children: Object.fromEntries(g.nodes.map((n, i) => [String(i), n])) };
      }
    }
    return { value: map, node: { range, children: mapChildren } };
  }

  // ---- function calls ----------------------------------------------------------------------

  private call(expr: Extract<Expr, { kind: "call" }>, inner: Frame, f: Frame): Ev {
    const range = this.range(expr, f);
    const name = expr.name;
    if (name === "try") {
      for (const arg of expr.args) {
        const ev = this.tryEval(arg, { ...inner, strict: true });
        if (!ev) continue;
        if (isUnknown(ev.value)) return this.relabel(expr, f, ev.value, allOrigins(ev.node));
        return { value: ev.value, node: { ...ev.node, range } };
      }
      throw new EvalError("Invalid function argument: no expression given to try() is valid");
    }
    if (name === "can") {
      const arg = expr.args[0];
      if (!arg || expr.args.length !== 1) throw new EvalError("Invalid function call: can() takes one argument");
      const ev = this.tryEval(arg, { ...inner, strict: true });
      if (ev && isUnknown(ev.value)) return this.relabel(expr, f, ev.value, allOrigins(ev.node));
      return { value: ev !== undefined, node: { range } };
    }
    if (name.includes("::")) return this.unknownEv(expr, f, `provider function ${name} runs in its provider`);
    if (NON_DETERMINISTIC.has(name)) return markEv(this.unknownEv(expr, f, `${name}() gives a different value on every run`), `${name}()`);
    if (MACHINE.has(name)) return this.unknownEv(expr, f, `${name}() depends on the machine Terraform runs on`);
    if (NOT_EVALUATED.has(name)) {
      // Not evaluated, but a result built from `timestamp()` (`formatdate("YYYY", timestamp())`) changes on every run too.
      const from = expr.args.map((a) => this.tryEval(a, inner)?.value).map(nondeterministicIn).find((n) => n !== undefined);
      return markEv(this.unknownEv(expr, f, from ? `${from} gives a different value on every run` : `driftless does not evaluate ${name}()`), from);
    }

    const args: Ev[] = [];
    for (const a of expr.args) args.push(this.eval(a, inner));
    if (expr.expandFinal) {
      const last = args.pop()!;
      if (isUnknown(last.value)) return this.relabel(expr, f, last.value, allOrigins(last.node));
      if (!Array.isArray(last.value)) throw new EvalError("Invalid expanding argument value: the expanding argument (...) must be a list or tuple");
      last.value.forEach((v, i) => args.push({ value: v, node: child(last.node, String(i)) }));
    }
    const origins = args.reduce<Origin[] | undefined>((acc, a) => mergeOrigins(acc, allOrigins(a.node)), undefined);

    switch (name) {
      case "file":
      case "filebase64":
      case "templatefile":
      case "fileexists":
        return this.fileCall(expr, name, args, f, range, origins);
      case "jsonencode":
      case "base64encode":
      case "yamlencode":
      case "tostring":
      case "tonumber":
      case "tobool":
      case "tolist":
      case "toset":
      case "tomap":
      case "sensitive":
      case "nonsensitive": {
        // The result keeps its argument's structure: a container's image inside jsonencode([...])
        // is found at its own line, with its own origins (not its neighbours').
        const arg = args[0];
        if (!arg?.node.children) return this.builtin(expr, name, args, f, origins);
        const result = this.builtin(expr, name, args, f, arg.node.origins);
        // An encoding with unknown parts still carries its payload; a failed conversion does not.
        if (!isUnknown(result.value) || result.value.decoded !== undefined) result.node.children = arg.node.children;
        else if (origins) result.node.origins = origins;
        return result;
      }
      default:
        return this.builtin(expr, name, args, f, origins);
    }
  }

  private builtin(expr: Extract<Expr, { kind: "call" }>, name: string, args: Ev[], f: Frame, origins: Origin[] | undefined): Ev {
    const fn = TERRAFORM_FUNCTIONS[name];
    if (!fn) {
      const message = `Call to unknown function: there is no function named "${name}"`;
      this.context.warn(`${message}; Terraform rejects the configuration, and driftless treats the value as unknown`, this.range(expr, f), f.file.path);
      throw new EvalError(message);
    }
    let result: Value;
    try {
      result = fn(args.map((a) => a.value));
      if (typeof result === "string" && result.length > MAX_STRING_LENGTH) throw tooLarge(`${name}(...)`);
      if (Array.isArray(result) && result.length > MAX_COLLECTION_LENGTH) throw tooLarge(`${name}(...)`);
    } catch (error) {
      // A value too large to build (a string past V8's limit) is driftless's limit, said where it is.
      const limit = error instanceof LimitError ? error : error instanceof RangeError && !/call stack/i.test(error.message) ? tooLarge(`${name}(...)`) : undefined;
      if (!limit) throw error;
      this.limitReached(limit, this.range(expr, f), f);
    }
    if (isUnknown(result)) {
      // A fresh Unknown (`merge(var.tags, { Created = timestamp() })`) still depends on what made its arguments non-deterministic.
      const from = result.nondeterministic === undefined ? args.map((a) => nondeterministicIn(a.value)).find((n) => n !== undefined) : undefined;
      return this.relabel(expr, f, from ? { ...result, nondeterministic: from } : result, origins);
    }
    return { value: result, node: withOrigins({ range: this.range(expr, f) }, origins) };
  }

  private fileCall(expr: Extract<Expr, { kind: "call" }>, name: string, args: Ev[], f: Frame, range: Range, origins: Origin[] | undefined): Ev {
    const path = args[0]?.value;
    if (path === undefined) throw new EvalError(`Invalid function call: ${name}() needs a path`);
    if (isUnknown(path)) return this.relabel(expr, f, path, origins);
    if (typeof path !== "string") throw new EvalError(`Invalid function argument: ${name}() needs a path string`);
    if (name === "fileexists") return { value: this.context.fileExists(path), node: { range } };
    const text = this.context.readFile(path, range, f.file.path);
    if (isUnknown(text)) return this.relabel(expr, f, text, origins);
    if (name === "file") return { value: text, node: withOrigins({ range }, origins) };
    if (name === "filebase64") return { value: unknown(this.text(expr, f), { decoded: text, reason: "base64 encoding of a file" }), node: { range } };
    // templatefile(path, vars): the file is a template; only the given variables are in scope.
    const vars = args[1]?.value ?? {};
    if (isUnknown(vars)) return this.relabel(expr, f, vars, origins);
    if (!isValueMap(vars)) throw new EvalError("Invalid function argument: templatefile() needs a map of variables");
    let template: TemplateExpr;
    try {
      template = parseTemplateText(text);
    } catch (error) {
      throw new EvalError(`Invalid template in ${path}: ${(error as Error).message}`);
    }
    const names = new Map<string, Ev>();
    for (const [k, v] of Object.entries(vars)) names.set(k, { value: v, node: child(args[1]!.node, k) });
    // Positions inside the template file mean nothing in the resource's file: every part of
    // the rendered text is placed at the call.
    const callOffset = f.space ? (f.space.offsets[expr.start] ?? 0) : expr.start;
    const space: TextSpace = { text, offsets: new Array<number>(text.length + 1).fill(callOffset) };
    const ev = this.template({ ...template, space }, { file: f.file, space, names, depth: f.depth + 1 }, range);
    const all = mergeOrigins(origins, allOrigins(ev.node));
    if (isUnknown(ev.value)) return this.relabel(expr, f, ev.value, all);
    return { value: ev.value, node: withOrigins({ range }, all) };
  }
}

interface Piece {
  known: boolean;
  /** The text (for an unknown part, what is visible of it: `${expr}`). */
  text: string;
  /** File offset of each character of `text` (literal parts). */
  offsets?: number[];
  /** File offset of the interpolation (interpolated parts). */
  at?: number;
  reason?: string;
  /** A directive made the text unknown: nothing of it can be shown. */
  opaque?: boolean;
  /** The unknown part is an input of the module (a variable with no value here). */
  input?: boolean;
  /** The unknown part changes on every run (see `Unknown.nondeterministic`). */
  nondeterministic?: string;
}

/** `{ nondeterministic }` of an Unknown that has it, for spreading into a piece. */
function withNondeterministic(u: Unknown): { nondeterministic?: string } {
  return u.nondeterministic ? { nondeterministic: u.nondeterministic } : {};
}

/** The Unknown, marked as changing on every run because of `call` (when given). */
function markUnknown(u: Unknown, call: string | undefined): Unknown {
  if (call) u.nondeterministic = call;
  return u;
}

/** An Unknown result marked as changing on every run because of `call` (when given). */
function markEv(ev: Ev, call: string | undefined): Ev {
  if (call && isUnknown(ev.value)) ev.value.nondeterministic = call;
  return ev;
}

function pieceOffsets(pieces: Piece[]): number[] {
  const out: number[] = [];
  for (const p of pieces) for (let k = 0; k < p.text.length; k++) out.push(p.offsets?.[k] ?? p.at ?? 0);
  return out;
}

function withOrigins(node: ENode, origins: Origin[] | undefined): ENode {
  if (origins?.length) node.origins = origins;
  return node;
}

/** Key, value and node of each element of a list (index keys), map or object (string keys, lexical order). */
export function entries(ev: Ev): [Value, Value, ENode][] {
  const v = ev.value;
  if (Array.isArray(v)) return v.map((x, i) => [i, x, detach(child(ev.node, String(i)))]);
  if (isValueMap(v)) return Object.keys(v).sort().map((k) => [k, v[k]!, detach(child(ev.node, k))]);
  throw new EvalError(`Iteration over a ${typeName(v)}: a collection is required`);
}

function union(a: string[] | undefined, b: readonly string[]): string[] {
  if (!a) return [...b];
  const out = a;
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}
