/**
 * Static evaluation of resource arguments: a small interpreter over TypeScript syntax that
 * never executes anything. Literals, object and array literals (spreads, shorthand, static
 * computed keys), consts in scope and across files (through imports and re-exports),
 * destructuring with defaults and rests, template literals and `+` (partly known → Unknown with
 * `decoded` holding the visible text and `${...}` placeholders), ternaries and logical operators
 * with a known condition, type-only wrappers, SDK and local enums, `JSON.stringify` of a static
 * value, `Buffer.from(s).toString("base64")` (Unknown, decoded = s). Pulumi's output helpers keep
 * what is known, since they only wrap values: `pulumi.jsonStringify` as `JSON.stringify`,
 * `pulumi.interpolate` / `pulumi.concat` as templates, `pulumi.output(x)` / `pulumi.secret(x)` as
 * `x`, `pulumi.all([...])` / `pulumi.all({...})` as the array or object (`.apply` stays Unknown:
 * its callback runs at deployment; when the callback just returns a string built from its
 * parameter, what it builds from the receiver's known parts is the Unknown's `decoded` value).
 * `fs.readFileSync(p)` of a file inside the repository (`p` a static path, relative to the
 * project or built from `__dirname` with `path.join` / `path.resolve` / a template) reads as the
 * file's text, as Terraform's `file()` does. Everything else is an explicit Unknown carrying its
 * source text and a reason.
 *
 * Calls of the program's own code are followed the way Terraform follows module inputs. A
 * function that just returns a value built from its parameters (`const args = taskArgs(image)`)
 * is evaluated at the call. The instance walk (instances.ts) evaluates a component's or
 * function's body once per call. Both bind parameters through a chain of `Frame`s (one per call
 * being followed, outermost first): a parameter is the caller's argument, evaluated where the
 * caller wrote it; a parameter of no frame is Unknown, as in the standalone reading of a body.
 * `cutoff` hides the outer frames, which gives a resource's name as seen from each caller.
 *
 * Each result has a position tree: `range` is where the value is written at the use site;
 * `children` mirror the value (object keys from the property name to the end of its value, array
 * elements), taken from wherever the value is written in the same file. A value written
 * elsewhere (a const in another file, a caller's argument, a value returned from another file)
 * sits at the use site, every part of it with `origins` naming where it is written, so a finding
 * lands where the value is used and points at where it comes from.
 */
import type { ts as TS } from "ts-morph";
import { dirname, isAbsolute, join, resolve } from "node:path";
import type { Range } from "../../model/position.js";
import type { Origin } from "../../model/resource.js";
import { isUnknown, isValueMap, nondeterministicIn, unknown, type Value, type ValueMap } from "../../model/value.js";
import type { SdkEnums } from "./enums.js";
import type { ParsedFile } from "./load.js";
import { callableOf, propertyName, type Callable, type CallableFunction, type Ref, type Resolver } from "./refs.js";
import { lookup, type Binding, type Step } from "./scope.js";

/** A position tree node while evaluating: `valueRange` is the value expression alone (without its key). */
export interface ENode {
  range: Range;
  valueRange?: Range;
  children?: Record<string, ENode>;
  /** Where the value is written when that is not here, nearest first. */
  origins?: Origin[];
}

/** `value` undefined means absent (`undefined`, a missing property). */
export interface Ev {
  value: Value | undefined;
  node: ENode;
}

/** One call of the program's own code being followed. */
export interface Frame {
  fn: CallableFunction;
  /** The arguments as written at the call, in `file`. */
  args: readonly TS.Expression[];
  file: ParsedFile;
  /** The call as a person names it: `new WebService("web")`, `makeService("api")`. */
  call: string;
  /** Call depth of the caller: 0 at the program's top level. */
  depth: number;
  /** Arguments evaluated so far, by parameter position and cutoff. */
  memo: Map<string, Ev>;
}

/** The calls being followed, outermost first; frames before `cutoff` are ignored. */
export interface Env {
  frames: readonly Frame[];
  cutoff: number;
}

/** What `fs.readFileSync` reads: the project's folder (Pulumi's working directory) and a reader that stays inside the repository. */
export interface StaticFiles {
  projectDir: string;
  /** The file's text, or undefined when it cannot (or may not) be read. */
  read(absolutePath: string): string | undefined;
}

const MAX_DEPTH = 150;
/** How many calls deep arguments are followed (a component calling a helper calling ...). */
export const MAX_CALL_DEPTH = 8;
const CONFIG_METHODS = /^(?:require|get)(?:Secret)?(?:Number|Boolean|Object)?$/;
/** Pulumi helpers that hand back their argument (wrapped in an Output, which is no concern here). */
const PASS_THROUGH = new Set(["output", "secret", "unsecret", "Output.create"]);

export class Evaluator {
  private readonly active = new Set<TS.Node>();
  private env: Env = { frames: [], cutoff: 0 };

  constructor(
    readonly ts: typeof TS,
    readonly resolver: Resolver,
    /** Installed SDK enums of the unit's project. */
    readonly enums: SdkEnums,
    /** Files `fs.readFileSync` may read (inside the repository), and the project's folder. */
    readonly files?: StaticFiles,
  ) {}

  get frames(): readonly Frame[] {
    return this.env.frames;
  }

  /** Runs `fn` with `env` as the calls being followed. */
  within<T>(env: Env, fn: () => T): T {
    const saved = this.env;
    this.env = env;
    try {
      return fn();
    } finally {
      this.env = saved;
    }
  }

  /** The frame of a call of `callable` written at `call` in `file`, made in the current environment. */
  frame(callable: Callable, call: TS.NewExpression | TS.CallExpression, file: ParsedFile, depth = 0): Frame {
    return { fn: callable.fn, args: call.arguments ?? [], file, call: this.callName(call, file, depth), depth: this.env.frames.length, memo: new Map() };
  }

  /** `new WebService("web")`, `makeService("api")`, `makeService(...)`: the callee and a static first argument (usually a name). */
  private callName(call: TS.NewExpression | TS.CallExpression, file: ParsedFile, depth: number): string {
    const ts = this.ts;
    const callee = call.expression.kind === ts.SyntaxKind.SuperKeyword ? "super" : this.text(call.expression, file).replace(/\s+/g, "");
    const first = call.arguments?.[0];
    let shown = "";
    if (first) {
      const v = ts.isSpreadElement(first) ? undefined : this.evaluate(first, file, depth + 1).value;
      shown = typeof v === "string" ? JSON.stringify(v) : "...";
    }
    return `${ts.isNewExpression(call) ? "new " : ""}${callee}(${shown})`;
  }

  rangeOf(node: TS.Node, file: ParsedFile): Range {
    return file.lines.rangeOf(node.getStart(file.sf), node.getEnd());
  }

  text(node: TS.Node, file: ParsedFile): string {
    return node.getText(file.sf);
  }

  /** The Unknown `ev` for `expr`, marked when `expr` calls something that gives a different value on every run. */
  private nondeterministic(ev: Ev, expr: TS.Node, file: ParsedFile): Ev {
    if (!isUnknown(ev.value) || ev.value.nondeterministic) return ev;
    const found = nondeterministicCall(this.ts, expr, file);
    if (found) {
      ev.value.nondeterministic = found;
      ev.value.reason = `${found} gives a different value on every run`;
    }
    return ev;
  }

  /** An Unknown for `expr`; `input` when what made it unknown is a parameter of the function or component it sits in. */
  private unknownEv(expr: TS.Node, file: ParsedFile, reason: string, input = false, refs?: string[]): Ev {
    return { value: unknown(this.text(expr, file), { reason, input, ...(refs ? { refs } : {}) }), node: { range: this.rangeOf(expr, file) } };
  }

  evaluate(expr: TS.Expression, file: ParsedFile, depth = 0): Ev {
    const ts = this.ts;
    const range = (): Range => this.rangeOf(expr, file);
    if (depth > MAX_DEPTH) return this.unknownEv(expr, file, "expression nested too deeply to evaluate");

    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return { value: expr.text, node: { range: range() } };
    if (ts.isNumericLiteral(expr)) return { value: Number(expr.text.replace(/_/g, "")), node: { range: range() } };
    if (expr.kind === ts.SyntaxKind.TrueKeyword) return { value: true, node: { range: range() } };
    if (expr.kind === ts.SyntaxKind.FalseKeyword) return { value: false, node: { range: range() } };
    if (expr.kind === ts.SyntaxKind.NullKeyword) return { value: null, node: { range: range() } };
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr) || ts.isTypeAssertionExpression(expr)) {
      const inner = this.evaluate(expr.expression, file, depth + 1);
      return { value: inner.value, node: { ...inner.node, range: range() } };
    }
    if (ts.isObjectLiteralExpression(expr)) return this.object(expr, file, depth);
    if (ts.isArrayLiteralExpression(expr)) return this.array(expr, file, depth);
    if (ts.isIdentifier(expr)) return this.identifier(expr, file, depth);
    if (ts.isTemplateExpression(expr)) return this.template(expr, file, depth);
    if (ts.isTaggedTemplateExpression(expr)) {
      const tag = this.resolver.ref(expr.tag, file);
      if (tag?.kind === "package" && tag.pkg === "pulumi" && tag.path.join(".") === "interpolate") {
        const inner = ts.isNoSubstitutionTemplateLiteral(expr.template) ? { value: expr.template.text, node: { range: range() } } : this.template(expr.template, file, depth);
        return { value: inner.value, node: { range: range() } };
      }
      return this.unknownEv(expr, file, "tagged template");
    }
    if (ts.isBinaryExpression(expr)) return this.binary(expr, file, depth);
    if (ts.isPrefixUnaryExpression(expr)) return this.prefix(expr, file, depth);
    if (ts.isConditionalExpression(expr)) {
      const cond = this.evaluate(expr.condition, file, depth + 1);
      if (isUnknown(cond.value)) return carry(this.unknownEv(expr, file, "condition not known statically", cond.value.input), cond.value);
      const branch = this.evaluate(truthy(cond.value) ? expr.whenTrue : expr.whenFalse, file, depth + 1);
      return { value: branch.value, node: { ...branch.node, range: range() } };
    }
    if (ts.isPropertyAccessExpression(expr) || ts.isElementAccessExpression(expr)) return this.access(expr, file, depth);
    if (ts.isCallExpression(expr)) return this.call(expr, file, depth);
    if (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr)) return this.unknownEv(expr, file, "function");
    if (ts.isNewExpression(expr)) return this.nondeterministic(this.unknownEv(expr, file, "object created with new"), expr, file);
    if (ts.isAwaitExpression(expr)) return this.unknownEv(expr, file, "awaited value");
    if (expr.kind === ts.SyntaxKind.ThisKeyword) return this.unknownEv(expr, file, "this");
    return this.unknownEv(expr, file, "expression not evaluated statically");
  }

  // ---- literals --------------------------------------------------------------------------

  private object(expr: TS.ObjectLiteralExpression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const value: ValueMap = {};
    const children: Record<string, ENode> = {};
    for (const p of expr.properties) {
      if (ts.isSpreadAssignment(p)) {
        const spread = this.evaluate(p.expression, file, depth + 1);
        if (spread.value === undefined || spread.value === null) continue;
        if (!isValueMap(spread.value)) return this.unknownEv(expr, file, `spread of ${this.text(p.expression, file)}, not known statically`);
        for (const [k, v] of Object.entries(spread.value)) {
          value[k] = v;
          children[k] = spread.node.children?.[k] ?? withOrigins({ range: this.rangeOf(p, file) }, spread.node.origins);
        }
        continue;
      }
      let key: string | undefined;
      let valueExpr: TS.Expression;
      if (ts.isPropertyAssignment(p)) {
        key = ts.isComputedPropertyName(p.name) ? this.computedKey(p.name, file, depth) : propertyName(ts, p.name);
        valueExpr = p.initializer;
      } else if (ts.isShorthandPropertyAssignment(p)) {
        key = p.name.text;
        valueExpr = p.name;
      } else {
        // methods and accessors: not data
        const name = p.name && !ts.isComputedPropertyName(p.name) ? propertyName(ts, p.name) : undefined;
        if (name !== undefined) {
          value[name] = unknown(this.text(p, file), { reason: "method or accessor" });
          children[name] = { range: this.rangeOf(p, file) };
        }
        continue;
      }
      if (key === undefined) return this.unknownEv(expr, file, "computed property name not known statically");
      const ev = this.evaluate(valueExpr, file, depth + 1);
      delete value[key];
      delete children[key];
      if (ev.value === undefined) continue;
      value[key] = ev.value;
      children[key] = { ...ev.node, range: this.rangeOf(p, file), valueRange: ev.node.range };
    }
    return { value, node: { range: this.rangeOf(expr, file), children } };
  }

  private computedKey(name: TS.ComputedPropertyName, file: ParsedFile, depth: number): string | undefined {
    const key = this.evaluate(name.expression, file, depth + 1).value;
    return typeof key === "string" ? key : typeof key === "number" ? String(key) : undefined;
  }

  private array(expr: TS.ArrayLiteralExpression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const value: Value[] = [];
    const children: Record<string, ENode> = {};
    for (const el of expr.elements) {
      if (ts.isSpreadElement(el)) {
        const spread = this.evaluate(el.expression, file, depth + 1);
        if (!Array.isArray(spread.value)) return this.unknownEv(expr, file, `spread of ${this.text(el.expression, file)}, not known statically`);
        spread.value.forEach((v, i) => {
          children[String(value.length)] = spread.node.children?.[String(i)] ?? withOrigins({ range: this.rangeOf(el, file) }, spread.node.origins);
          value.push(v);
        });
        continue;
      }
      if (ts.isOmittedExpression(el)) {
        value.push(null);
        continue;
      }
      const ev = this.evaluate(el, file, depth + 1);
      children[String(value.length)] = ev.node;
      value.push(ev.value === undefined ? null : ev.value);
    }
    return { value, node: { range: this.rangeOf(expr, file), children } };
  }

  // ---- names -----------------------------------------------------------------------------

  private identifier(id: TS.Identifier, file: ParsedFile, depth: number): Ev {
    const binding = lookup(this.ts, file.sf, id);
    if (!binding && id.text === "undefined") return { value: undefined, node: { range: this.rangeOf(id, file) } };
    if (!binding) return this.unknownEv(id, file, "not declared in this program");
    switch (binding.kind) {
      case "opaque":
        return this.unknownEv(id, file, binding.reason, binding.reason === "function parameter");
      case "parameter":
        return this.parameter(binding, id, file, depth);
      case "function":
      case "class":
        return this.unknownEv(id, file, binding.kind);
      case "destructured": {
        const ref = this.resolver.bindingRef(binding, file, 0);
        return ref ? this.fromRef(ref, id, file, depth) : this.destructured(binding, id, file, depth);
      }
      default:
        return this.fromRef(this.resolver.bindingRef(binding, file, 0), id, file, depth);
    }
  }

  /** `const { a = 1, ...rest } = init`, when it takes values (defaults, rests) rather than names. */
  private destructured(b: Extract<Binding, { kind: "destructured" }>, site: TS.Identifier, file: ParsedFile, depth: number): Ev {
    if (this.active.has(b.declaration)) return this.unknownEv(site, file, "circular definition");
    this.active.add(b.declaration);
    try {
      const picked = this.pick(this.evaluate(b.init, file, depth + 1), b.steps, site, file, depth);
      return { value: picked.value, node: { ...picked.node, range: this.rangeOf(site, file) } };
    } finally {
      this.active.delete(b.declaration);
    }
  }

  /**
   * A parameter: the argument of the innermost call being followed of its function (its default
   * when the call passes none), seen at `site` with every part naming where the caller wrote it.
   * Unknown when no call of its function is being followed.
   */
  private parameter(b: Extract<Binding, { kind: "parameter" }>, site: TS.Identifier, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const here = this.rangeOf(site, file);
    const { frames, cutoff } = this.env;
    let index = -1;
    for (let i = frames.length - 1; i >= cutoff; i--) {
      if (frames[i]!.fn === b.parameter.parent) {
        index = i;
        break;
      }
    }
    if (index < 0) return this.unknownEv(site, file, "function parameter", true);
    const frame = frames[index]!;
    const position = frame.fn.parameters.indexOf(b.parameter);
    const spread = frame.args.findIndex((a) => ts.isSpreadElement(a));
    if (spread >= 0 && spread <= position + (b.parameter.dotDotDotToken ? frame.args.length : 0)) return this.unknownEv(site, file, "argument passed with a spread");
    const label = ts.isIdentifier(b.parameter.name) ? b.parameter.name.text : `argument ${position + 1}`;
    const origin = argumentOrigin(frame);
    let root: Ev;
    if (b.parameter.dotDotDotToken) {
      const value: Value[] = [];
      const children: Record<string, ENode> = {};
      for (let i = position; i < frame.args.length; i++) {
        const arg = this.argument(index, i, depth)!;
        children[String(value.length)] = arg.node;
        value.push(arg.value === undefined ? null : arg.value);
      }
      const first = frame.args[position];
      const last = frame.args[frame.args.length - 1];
      root = first && last ? { value, node: rebase({ range: frame.file.lines.rangeOf(first.getStart(frame.file.sf), last.getEnd()), children }, here, origin, [], label) } : { value, node: { range: here } };
    } else {
      const arg = this.argument(index, position, depth);
      if (arg && arg.value !== undefined) root = { value: arg.value, node: rebase(arg.node, here, origin, [], label) };
      else if (b.parameter.initializer) root = this.evaluate(b.parameter.initializer, file, depth + 1);
      else root = { value: undefined, node: { range: here } };
    }
    const picked = this.pick(root, b.steps, site, file, depth);
    return { value: picked.value, node: { ...picked.node, range: here } };
  }

  /**
   * Argument `position` of frame `index`, evaluated where the caller wrote it (once per cutoff);
   * undefined when the call passes none. The nesting depth carries on, so a chain of calls
   * cannot nest evaluation without bound.
   */
  private argument(index: number, position: number, depth: number): Ev | undefined {
    const { frames, cutoff } = this.env;
    const frame = frames[index]!;
    const expr = frame.args[position];
    if (!expr) return undefined;
    const key = `${position}:${cutoff}`;
    let ev = frame.memo.get(key);
    if (!ev) {
      ev = this.within({ frames: frames.slice(0, index), cutoff }, () => this.evaluate(expr, frame.file, depth + 1));
      frame.memo.set(key, ev);
    }
    return ev;
  }

  /** Follows destructuring steps from a value; defaults apply where the value is absent. */
  private pick(root: Ev, steps: readonly Step[], site: TS.Node, file: ParsedFile, depth: number): Ev {
    let cur = root;
    for (const step of steps) {
      const v = cur.value;
      if (isUnknown(v)) {
        return carry({ value: unknown(this.text(site, file), { reason: v.reason ?? "destructured from a value not known statically" }), node: withOrigins({ range: cur.node.range }, cur.node.origins) }, v);
      }
      if ("key" in step) {
        const k = String(step.key);
        let next: Ev = { value: undefined, node: withOrigins({ range: cur.node.range }, cur.node.origins) };
        if (isValueMap(v) && Object.prototype.hasOwnProperty.call(v, k)) next = { value: v[k], node: childOf(cur.node, k) };
        else if (Array.isArray(v) && typeof step.key === "number" && step.key < v.length) next = { value: v[step.key], node: childOf(cur.node, k) };
        if (next.value === undefined && step.init) next = this.evaluate(step.init, file, depth + 1);
        cur = next;
      } else if (step.rest === "object") {
        if (!isValueMap(v)) return { value: undefined, node: { range: cur.node.range } };
        const value: ValueMap = {};
        const children: Record<string, ENode> = {};
        for (const [k, x] of Object.entries(v)) {
          if (step.exclude.includes(k)) continue;
          value[k] = x;
          const c = cur.node.children?.[k];
          if (c) children[k] = c;
        }
        cur = { value, node: withOrigins({ range: cur.node.range, children }, cur.node.origins) };
      } else {
        if (!Array.isArray(v)) return { value: undefined, node: { range: cur.node.range } };
        const children: Record<string, ENode> = {};
        for (let i = step.from; i < v.length; i++) {
          const c = cur.node.children?.[String(i)];
          if (c) children[String(i - step.from)] = c;
        }
        cur = { value: v.slice(step.from), node: withOrigins({ range: cur.node.range, children }, cur.node.origins) };
      }
    }
    return cur;
  }

  /** The value a reference names, as seen from `site` (an expression in `file`). */
  private fromRef(ref: Ref | undefined, site: TS.Expression, file: ParsedFile, depth: number): Ev {
    const here = this.rangeOf(site, file);
    if (!ref) return this.unknownEv(site, file, "not known statically");
    if (ref.kind === "package") return this.sdkValue(ref, site, file);
    if (ref.kind !== "value") return this.unknownEv(site, file, ref.kind === "module" ? "module namespace" : ref.kind === "enum" ? "enum object" : ref.kind);
    let init: TS.Expression = ref.expr;
    while (this.ts.isAwaitExpression(init) || this.ts.isParenthesizedExpression(init) || this.ts.isAsExpression(init)) init = init.expression;
    if (this.ts.isNewExpression(init)) {
      // Its name is how relations find the resource (`bucket.id` → the record named "logs").
      const first = init.arguments?.[0];
      const name = first ? this.evaluate(first, ref.file, depth + 1).value : undefined;
      return this.unknownEv(site, file, "object created with new (a resource: its outputs are not known statically)", false, typeof name === "string" ? [name] : undefined);
    }
    const key = ref.binding?.declaration ?? ref.expr;
    if (this.active.has(key)) return this.unknownEv(site, file, "circular definition");
    this.active.add(key);
    let ev: Ev;
    try {
      ev = this.evaluate(ref.expr, ref.file, depth + 1);
    } finally {
      this.active.delete(key);
    }
    if (ref.file === file) return { value: ev.value, node: { ...ev.node, range: here } };
    // From another file: its positions mean nothing here; say where it comes from instead.
    const name = ref.binding?.name;
    const declaration = ref.binding?.declaration ?? ref.expr;
    return {
      value: ev.value,
      node: {
        range: here,
        origins: [
          {
            file: ref.file.path,
            range: this.rangeOf(declaration, ref.file),
            message: name ? `const ${name}` : `value written in ${ref.file.path}`,
            kind: "const",
          },
          ...(ev.node.origins ?? []),
        ],
      },
    };
  }

  /** A value exported by a Pulumi SDK: enum members are known, the rest is not. */
  private sdkValue(ref: Extract<Ref, { kind: "package" }>, site: TS.Expression, file: ParsedFile): Ev {
    let path = ref.path;
    if (path[0] === "types" && path[1] === "enums") path = path.slice(2);
    if (path.length >= 2) {
      const member = path[path.length - 1]!;
      const enumName = path[path.length - 2]!;
      if (/^[A-Z]/.test(enumName)) {
        const v = this.enums.value(ref.pkg, path.slice(0, -2), enumName, member);
        if (v !== undefined) return { value: v, node: { range: this.rangeOf(site, file) } };
        return this.unknownEv(site, file, "enum member not known to driftless");
      }
    }
    return this.unknownEv(site, file, `value from @pulumi/${ref.pkg}`);
  }

  private access(expr: TS.PropertyAccessExpression | TS.ElementAccessExpression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const ref = this.resolver.ref(expr, file);
    if (ref?.kind === "package") return this.sdkValue(ref, expr, file);
    if (ref?.kind === "value") return this.fromRef(ref, expr, file, depth);
    let key: string | number | undefined;
    if (ts.isPropertyAccessExpression(expr)) {
      if (!ts.isIdentifier(expr.name)) return this.unknownEv(expr, file, "private member");
      key = expr.name.text;
      const baseRef = this.resolver.ref(expr.expression, file);
      if (baseRef?.kind === "enum") return this.enumMember(baseRef, key, expr, file, depth);
    } else {
      const k = this.evaluate(expr.argumentExpression, file, depth + 1).value;
      key = typeof k === "string" || typeof k === "number" ? k : undefined;
      if (key === undefined) return this.unknownEv(expr, file, "index not known statically");
    }
    const base = this.evaluate(expr.expression, file, depth + 1);
    const here = this.rangeOf(expr, file);
    // The member's own origins (an argument's part) are nearer than the whole's.
    const at = (child: ENode | undefined): ENode => withOrigins({ range: here, ...(child?.children ? { children: child.children } : {}) }, child?.origins ?? base.node.origins);
    if (isValueMap(base.value)) {
      const k = String(key);
      if (!Object.prototype.hasOwnProperty.call(base.value, k)) return { value: undefined, node: { range: here } };
      return { value: base.value[k], node: at(base.node.children?.[k]) };
    }
    if (Array.isArray(base.value)) {
      if (key === "length") return { value: base.value.length, node: { range: here } };
      const i = typeof key === "number" ? key : /^\d+$/.test(key) ? Number(key) : -1;
      if (i < 0 || i >= base.value.length) return { value: undefined, node: { range: here } };
      return { value: base.value[i]!, node: at(base.node.children?.[String(i)]) };
    }
    if (typeof base.value === "string" && key === "length") return { value: base.value.length, node: { range: here } };
    if (isUnknown(base.value)) {
      const root = rootIdentifier(ts, expr);
      return carry(this.unknownEv(expr, file, root && this.isResourceVariable(root, file) ? "resource output" : (base.value.reason ?? "property of a value not known statically"), base.value.input, base.value.refs), base.value);
    }
    return this.unknownEv(expr, file, "property of a value not known statically");
  }

  private enumMember(ref: Extract<Ref, { kind: "enum" }>, member: string, site: TS.Expression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    let next = 0;
    for (const m of ref.declaration.members) {
      const name = propertyName(ts, m.name);
      let v: Value | undefined = next;
      if (m.initializer) v = this.evaluate(m.initializer, ref.file, depth + 1).value;
      if (typeof v === "number") next = v + 1;
      if (name === member) {
        if (v === undefined || isUnknown(v)) break;
        return { value: v, node: { range: this.rangeOf(site, file) } };
      }
    }
    return this.unknownEv(site, file, "enum member not known statically");
  }

  /** True when the identifier is a variable holding a `new` expression (a resource or other object). */
  private isResourceVariable(id: TS.Identifier, file: ParsedFile): boolean {
    const b = lookup(this.ts, file.sf, id);
    if (b?.kind !== "const") return false;
    let init = b.init;
    while (this.ts.isAwaitExpression(init) || this.ts.isParenthesizedExpression(init)) init = init.expression;
    return this.ts.isNewExpression(init) || this.ts.isCallExpression(init);
  }

  // ---- operators -------------------------------------------------------------------------

  private template(expr: TS.TemplateExpression, file: ParsedFile, depth: number): Ev {
    const parts: Part[] = [{ known: true, text: expr.head.text }];
    for (const span of expr.templateSpans) {
      parts.push(this.part(span.expression, file, depth));
      parts.push({ known: true, text: span.literal.text });
    }
    return this.joined(parts, expr, file);
  }

  private part(e: TS.Expression, file: ParsedFile, depth: number): Part {
    const v = this.evaluate(e, file, depth + 1).value;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null || v === undefined) return { known: true, text: String(v) };
    if (isUnknown(v) && typeof v.decoded === "string" && v.reason === "partly known string") return { known: false, text: v.decoded, reason: v.reason, ...(v.refs ? { refs: v.refs } : {}), ...partNondeterministic(v) };
    if (isUnknown(v)) return { known: false, text: `\${${this.text(e, file)}}`, ...(v.reason ? { reason: v.reason } : {}), ...(v.refs ? { refs: v.refs } : {}), ...partNondeterministic(v) };
    return { known: true, text: Array.isArray(v) ? v.map((x) => (x === null ? "" : String(x))).join(",") : "[object Object]" };
  }

  private joined(parts: Part[], expr: TS.Node, file: ParsedFile): Ev {
    const text = parts.map((p) => p.text).join("");
    const range = this.rangeOf(expr, file);
    if (parts.every((p) => p.known)) return { value: text, node: { range } };
    const refs = [...new Set(parts.flatMap((p) => p.refs ?? []))];
    const value = unknown(this.text(expr, file), { decoded: text, reason: "partly known string", refs });
    const nondeterministic = parts.find((p) => p.nondeterministic)?.nondeterministic;
    if (nondeterministic) value.nondeterministic = nondeterministic;
    return { value, node: { range } };
  }

  private binary(expr: TS.BinaryExpression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const op = expr.operatorToken.kind;
    const range = this.rangeOf(expr, file);
    if (op === ts.SyntaxKind.PlusToken) {
      const left = this.evaluate(expr.left, file, depth + 1).value;
      const right = this.evaluate(expr.right, file, depth + 1).value;
      if (typeof left === "number" && typeof right === "number") return { value: left + right, node: { range } };
      const stringy = (v: Value | undefined): boolean => typeof v === "string" || (isUnknown(v) && typeof v.decoded === "string");
      if (stringy(left) || stringy(right) || (!isUnknown(left) && !isUnknown(right) && isPrimitive(left) && isPrimitive(right))) {
        return this.joined([this.asPart(left, expr.left, file), this.asPart(right, expr.right, file)], expr, file);
      }
      return carry(this.unknownEv(expr, file, "sum of values not known statically"), left, right);
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      const left = this.evaluate(expr.left, file, depth + 1);
      if (isUnknown(left.value)) return carry(this.unknownEv(expr, file, "condition not known statically", left.value.input), left.value);
      const takeLeft =
        op === ts.SyntaxKind.AmpersandAmpersandToken ? !truthy(left.value) : op === ts.SyntaxKind.BarBarToken ? truthy(left.value) : left.value !== undefined && left.value !== null;
      const chosen = takeLeft ? left : this.evaluate(expr.right, file, depth + 1);
      return { value: chosen.value, node: { ...chosen.node, range } };
    }
    const left = this.evaluate(expr.left, file, depth + 1).value;
    const right = this.evaluate(expr.right, file, depth + 1).value;
    if (isUnknown(left) || isUnknown(right) || !isPrimitive(left) || !isPrimitive(right)) return carry(this.unknownEv(expr, file, "operands not known statically"), left, right);
    const l = left as string | number | boolean | null | undefined;
    const r = right as string | number | boolean | null | undefined;
    let value: Value | undefined;
    switch (op) {
      case ts.SyntaxKind.EqualsEqualsEqualsToken: value = l === r; break;
      case ts.SyntaxKind.ExclamationEqualsEqualsToken: value = l !== r; break;
      // eslint-disable-next-line eqeqeq
      case ts.SyntaxKind.EqualsEqualsToken: value = l == r; break;
      // eslint-disable-next-line eqeqeq
      case ts.SyntaxKind.ExclamationEqualsToken: value = l != r; break;
      case ts.SyntaxKind.LessThanToken: value = (l as number) < (r as number); break;
      case ts.SyntaxKind.GreaterThanToken: value = (l as number) > (r as number); break;
      case ts.SyntaxKind.LessThanEqualsToken: value = (l as number) <= (r as number); break;
      case ts.SyntaxKind.GreaterThanEqualsToken: value = (l as number) >= (r as number); break;
      case ts.SyntaxKind.MinusToken: value = typeof l === "number" && typeof r === "number" ? l - r : undefined; break;
      case ts.SyntaxKind.AsteriskToken: value = typeof l === "number" && typeof r === "number" ? l * r : undefined; break;
      case ts.SyntaxKind.SlashToken: value = typeof l === "number" && typeof r === "number" && r !== 0 ? l / r : undefined; break;
      case ts.SyntaxKind.PercentToken: value = typeof l === "number" && typeof r === "number" && r !== 0 ? l % r : undefined; break;
      default: value = undefined;
    }
    return value === undefined ? this.unknownEv(expr, file, "operator not evaluated statically") : { value, node: { range } };
  }

  private asPart(v: Value | undefined, e: TS.Expression, file: ParsedFile): Part {
    if (isUnknown(v)) {
      if (typeof v.decoded === "string" && v.reason === "partly known string") return { known: false, text: v.decoded, ...partNondeterministic(v) };
      return { known: false, text: `\${${this.text(e, file)}}`, ...partNondeterministic(v) };
    }
    return { known: true, text: String(v) };
  }

  private prefix(expr: TS.PrefixUnaryExpression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const v = this.evaluate(expr.operand, file, depth + 1).value;
    const range = this.rangeOf(expr, file);
    if (isUnknown(v)) return carry(this.unknownEv(expr, file, v.reason ?? "operand not known statically", v.input), v);
    if (expr.operator === ts.SyntaxKind.ExclamationToken) return { value: !truthy(v), node: { range } };
    if (expr.operator === ts.SyntaxKind.MinusToken && typeof v === "number") return { value: -v, node: { range } };
    if (expr.operator === ts.SyntaxKind.PlusToken && typeof v === "number") return { value: v, node: { range } };
    return this.unknownEv(expr, file, "operator not evaluated statically");
  }

  // ---- calls -----------------------------------------------------------------------------

  private call(expr: TS.CallExpression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const callee = expr.expression;
    const range = this.rangeOf(expr, file);
    const calleeText = this.text(callee, file);
    if (calleeText === "JSON.stringify" && expr.arguments.length >= 1 && !lookupName(ts, file, callee)) return this.stringify(expr, file, depth);
    // Buffer.from(s[, "utf8"]).toString("base64"), btoa(s): the encoded text is not literal, but what it encodes is visible.
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toString" && ts.isCallExpression(callee.expression) && this.text(callee.expression.expression, file) === "Buffer.from") {
      const encoding = expr.arguments[0] ? this.evaluate(expr.arguments[0], file, depth + 1).value : undefined;
      const source = callee.expression.arguments[0];
      if (encoding === "base64" && source) {
        const decoded = this.evaluate(source, file, depth + 1).value;
        if (typeof decoded === "string" || (isUnknown(decoded) && decoded.decoded !== undefined)) {
          return carry({ value: unknown(this.text(expr, file), { decoded: isUnknown(decoded) ? decoded.decoded! : decoded, reason: "base64 encoding" }), node: { range } }, decoded);
        }
      }
    }
    const read = this.readFile(expr, file, depth);
    if (read) return read;
    if (calleeText === "btoa" && expr.arguments[0]) {
      const decoded = this.evaluate(expr.arguments[0], file, depth + 1).value;
      if (typeof decoded === "string") return { value: unknown(this.text(expr, file), { decoded, reason: "base64 encoding" }), node: { range } };
    }
    const ref = this.resolver.ref(callee, file);
    if (ref?.kind === "package" && ref.pkg === "pulumi") {
      const helper = this.pulumiHelper(ref.path.join("."), expr, file, depth);
      if (helper) return helper;
    }
    if (ts.isPropertyAccessExpression(callee)) {
      const method = callee.name.text;
      if (method === "apply") return this.nondeterministic(this.applied(expr, callee, file, depth), expr, file);
      if (CONFIG_METHODS.test(method) && this.isConfig(callee.expression, file)) return this.unknownEv(expr, file, "configuration value");
    }
    const callable = callableOf(this.resolver, callee, file, false);
    const returned = callable && this.returned(callable, expr, file, depth);
    if (returned) return returned;
    const result = this.nondeterministic(this.unknownEv(expr, file, "result of a function call"), expr, file);
    if (isUnknown(result.value) && result.value.nondeterministic) return result;
    // `now.slice(0, 10)`, `String(stamp)`: a method or function of a value that changes on every run.
    const receiver = ts.isPropertyAccessExpression(callee) ? this.evaluate(callee.expression, file, depth + 1).value : undefined;
    return carry(result, receiver, ...expr.arguments.map((a) => (ts.isSpreadElement(a) ? undefined : this.evaluate(a, file, depth + 1).value)));
  }

  /** `JSON.stringify(x[, replacer, space])` and `pulumi.jsonStringify`: the JSON text when `x` is known, else Unknown decoding to `x`. */
  private stringify(expr: TS.CallExpression, file: ParsedFile, depth: number): Ev {
    const range = this.rangeOf(expr, file);
    const arg = this.evaluate(expr.arguments[0]!, file, depth + 1);
    if (arg.value === undefined) return { value: undefined, node: { range } };
    const node: ENode = withOrigins({ range, ...(arg.node.children ? { children: arg.node.children } : {}) }, arg.node.origins);
    if (containsUnknown(arg.value)) return { value: unknown(this.text(expr, file), { decoded: arg.value, reason: "JSON of a value with unknown parts" }), node };
    const space = expr.arguments[2] ? this.evaluate(expr.arguments[2], file, depth + 1).value : undefined;
    const indent = typeof space === "number" || typeof space === "string" ? space : undefined;
    return { value: JSON.stringify(arg.value, null, indent), node };
  }

  /** Pulumi's helpers that keep known parts; undefined for the others. */
  private pulumiHelper(name: string, expr: TS.CallExpression, file: ParsedFile, depth: number): Ev | undefined {
    const range = this.rangeOf(expr, file);
    const first = expr.arguments[0];
    if (name === "concat") return this.joined(expr.arguments.map((a) => this.part(a, file, depth)), expr, file);
    if (!first || this.ts.isSpreadElement(first)) return undefined;
    if (name === "jsonStringify") return this.stringify(expr, file, depth);
    if (PASS_THROUGH.has(name)) {
      const arg = this.evaluate(first, file, depth + 1);
      return { value: arg.value, node: { ...arg.node, range } };
    }
    if (name === "all") {
      // Outputs inside stay Unknown; the shape and the known members are what rules look at.
      const arg = this.evaluate(first, file, depth + 1);
      if (Array.isArray(arg.value) || isValueMap(arg.value)) return { value: arg.value, node: { ...arg.node, range } };
      return carry(this.unknownEv(expr, file, isUnknown(arg.value) ? (arg.value.reason ?? "outputs not known statically") : "outputs not known statically"), arg.value);
    }
    return undefined;
  }

  /**
   * `x.apply(cb)`: Unknown, since the callback runs at deployment. When the callback just returns
   * a value (an arrow's expression, or consts then one `return`), it is evaluated with its
   * parameter bound to the receiver as far as it is known (`pulumi.all([a, b])` gives the array),
   * and a string it builds (a user-data template, itself partly known) becomes the Unknown's
   * `decoded` value.
   */
  private applied(expr: TS.CallExpression, callee: TS.PropertyAccessExpression, file: ParsedFile, depth: number): Ev {
    const ts = this.ts;
    const base = this.unknownEv(expr, file, "output transformation (.apply)");
    const cb = expr.arguments[0];
    if (!cb || !(ts.isArrowFunction(cb) || ts.isFunctionExpression(cb)) || cb.parameters.length > 1) return base;
    const body = returnedExpression(ts, cb);
    const { frames, cutoff } = this.env;
    if (!body || frames.length >= MAX_CALL_DEPTH) return base;
    const frame: Frame = { fn: cb, args: [callee.expression], file, call: `${this.text(callee, file)}(...)`, depth: frames.length, memo: new Map() };
    const result = this.within({ frames: [...frames, frame], cutoff }, () => this.evaluate(body, file, depth + 1)).value;
    // A partly known result stays an Unknown inside `decoded`: readers of an encoding's payload
    // (`|text`) see only a string written in the code, while boot-script rules read the text.
    const known = typeof result === "string" || (isUnknown(result) && result.decoded !== undefined);
    if (!known || !isUnknown(base.value)) return base;
    return carry({ value: unknown(base.value.$unknown, { decoded: result, reason: "output transformation (.apply)" }), node: base.node }, result);
  }

  /**
   * `fs.readFileSync(p[, encoding])` (also `readFileSync` imported from `fs`), and `.toString()`
   * of it: the text of a repository file named by a static path. Base64 output
   * (`readFileSync(p, "base64")`, `.toString("base64")`) is Unknown, decoded to the text.
   * Undefined for every other call, and when the file cannot be read.
   */
  private readFile(expr: TS.CallExpression, file: ParsedFile, depth: number): Ev | undefined {
    const ts = this.ts;
    if (!this.files) return undefined;
    let call = expr;
    let encoding: Value | undefined;
    const callee = expr.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toString" && ts.isCallExpression(callee.expression)) {
      call = callee.expression;
      encoding = expr.arguments[0] ? this.evaluate(expr.arguments[0], file, depth + 1).value : "utf8";
    }
    if (!this.nodeFunction(call.expression, file, "fs", "readFileSync") || !call.arguments[0]) return undefined;
    if (call === expr) {
      const option = call.arguments[1] ? this.evaluate(call.arguments[1], file, depth + 1).value : undefined;
      encoding = isValueMap(option) ? option.encoding : option;
      // Without an encoding the result is a Buffer: only its `.toString()` is text.
      if (encoding === undefined || encoding === null) return undefined;
    }
    const target = this.staticPath(call.arguments[0], file, depth);
    const text = target === undefined ? undefined : this.files.read(target);
    if (text === undefined) return undefined;
    const range = this.rangeOf(expr, file);
    if (typeof encoding === "string" && /^utf-?8$/i.test(encoding)) return { value: text, node: { range } };
    if (encoding === "base64") return { value: unknown(this.text(expr, file), { decoded: text, reason: "base64 encoding of a file" }), node: { range } };
    return undefined;
  }

  /**
   * An absolute file path written statically: a string (relative to the project folder, Pulumi's
   * working directory), or built from `__dirname` (the file's folder) with `path.join`,
   * `path.resolve`, a template literal or `+`.
   */
  private staticPath(expr: TS.Expression, file: ParsedFile, depth: number): string | undefined {
    const text = this.pathText(expr, file, depth, 0);
    if (text === undefined || !this.files) return undefined;
    return isAbsolute(text) ? text : resolve(this.files.projectDir, text);
  }

  private pathText(expr: TS.Expression, file: ParsedFile, depth: number, level: number): string | undefined {
    const ts = this.ts;
    if (level > 8) return undefined;
    if (ts.isParenthesizedExpression(expr)) return this.pathText(expr.expression, file, depth, level + 1);
    if (ts.isIdentifier(expr) && expr.text === "__dirname" && !lookup(ts, file.sf, expr)) return dirname(file.absolutePath);
    if (ts.isTemplateExpression(expr)) {
      let out = expr.head.text;
      for (const span of expr.templateSpans) {
        const part = this.pathText(span.expression, file, depth, level + 1);
        if (part === undefined) return undefined;
        out += part + span.literal.text;
      }
      return out;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.pathText(expr.left, file, depth, level + 1);
      const right = left === undefined ? undefined : this.pathText(expr.right, file, depth, level + 1);
      return left === undefined || right === undefined ? undefined : left + right;
    }
    if (ts.isCallExpression(expr) && (this.nodeFunction(expr.expression, file, "path", "join") || this.nodeFunction(expr.expression, file, "path", "resolve"))) {
      const parts: string[] = [];
      for (const arg of expr.arguments) {
        const part = ts.isSpreadElement(arg) ? undefined : this.pathText(arg, file, depth, level + 1);
        if (part === undefined) return undefined;
        parts.push(part);
      }
      const joined = this.nodeFunction(expr.expression, file, "path", "join") ? join(...parts) : this.files ? resolve(this.files.projectDir, ...parts) : undefined;
      return joined;
    }
    const v = this.evaluate(expr, file, depth + 1).value;
    return typeof v === "string" ? v : undefined;
  }

  /** A function of Node's `fs` or `path` module: `fs.readFileSync` (namespace or default import), or `readFileSync` imported by name. */
  private nodeFunction(callee: TS.Expression, file: ParsedFile, module: "fs" | "path", name: string): boolean {
    const ts = this.ts;
    const fromModule = (b: Binding | undefined): b is Extract<Binding, { kind: "import" }> => b?.kind === "import" && (b.specifier === module || b.specifier === `node:${module}`);
    if (ts.isIdentifier(callee)) {
      const b = lookup(ts, file.sf, callee);
      return fromModule(b) && b.imported === name;
    }
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === name && ts.isIdentifier(callee.expression)) {
      const b = lookup(ts, file.sf, callee.expression);
      return fromModule(b) && (b.imported === "*" || b.imported === "default");
    }
    return false;
  }

  /**
   * The value a call of the program's own function returns, when its body is just that (an
   * arrow's expression, or consts then one `return`): evaluated with its parameters bound to the
   * call's arguments. Undefined for any other body (control flow decides what it returns).
   */
  private returned(callable: Callable, expr: TS.CallExpression, file: ParsedFile, depth: number): Ev | undefined {
    const body = returnedExpression(this.ts, callable.fn);
    if (!body) return undefined;
    const { frames, cutoff } = this.env;
    if (frames.length >= MAX_CALL_DEPTH || frames.some((f) => f.fn === callable.fn)) return this.unknownEv(expr, file, "result of a recursive or deeply nested call");
    const frame = this.frame(callable, expr, file, depth);
    const ev = this.within({ frames: [...frames, frame], cutoff }, () => this.evaluate(body, callable.file, depth + 1));
    const here = this.rangeOf(expr, file);
    if (callable.file === file) return { value: ev.value, node: { ...ev.node, range: here } };
    const where = callable.file.path;
    return { value: ev.value, node: rebase(ev.node, here, (range) => ({ file: where, range, message: `returned by ${frame.call} (${where})`, kind: "return-value" }), [], "") };
  }

  /** `config` in `config.require(...)`: a `new pulumi.Config(...)` (or any receiver named like one). */
  private isConfig(receiver: TS.Expression, file: ParsedFile): boolean {
    const ts = this.ts;
    if (ts.isNewExpression(receiver)) return /Config$/.test(this.text(receiver.expression, file));
    if (ts.isIdentifier(receiver)) {
      const b = lookup(ts, file.sf, receiver);
      if (b?.kind === "const") return this.isConfig(b.init, file);
      return /config/i.test(receiver.text);
    }
    return /config/i.test(this.text(receiver, file));
  }
}

interface Part {
  known: boolean;
  text: string;
  reason?: string;
  /** The records an unknown part refers to (see `Unknown.refs`). */
  refs?: string[];
  /** The unknown part changes on every run (see `Unknown.nondeterministic`). */
  nondeterministic?: string;
}

function partNondeterministic(v: Value): { nondeterministic?: string } {
  const found = nondeterministicIn(v);
  return found ? { nondeterministic: found } : {};
}

/** An Unknown result computed from values of which one changes on every run changes on every run too. */
function carry(ev: Ev, ...from: (Value | undefined)[]): Ev {
  if (!isUnknown(ev.value) || ev.value.nondeterministic) return ev;
  const found = from.map((v) => nondeterministicIn(v)).find((n) => n !== undefined);
  if (found) ev.value.nondeterministic = found;
  return ev;
}

/** Global objects whose methods give a different result on every call. */
const NONDETERMINISTIC_GLOBALS: Record<string, ReadonlySet<string>> = {
  Date: new Set(["now"]),
  Math: new Set(["random"]),
  crypto: new Set(["randomUUID", "randomBytes", "randomInt", "getRandomValues"]),
  performance: new Set(["now"]),
};
/** Modules whose named exports give a different result on every call. */
const NONDETERMINISTIC_MODULES: Record<string, ReadonlySet<string>> = {
  crypto: NONDETERMINISTIC_GLOBALS.crypto!,
  "node:crypto": NONDETERMINISTIC_GLOBALS.crypto!,
  uuid: new Set(["v1", "v4", "v6", "v7"]),
};
const MAX_SCAN_NODES = 4000;

/**
 * The first call in `root` that gives a different value on every run, as written (`Date.now()`,
 * `new Date()`, `crypto.randomUUID()`, `randomUUID()` imported from crypto, `uuid.v4()`). Not
 * inside other objects created with `new` (a resource written inline), nor inside functions,
 * except a callback of `.apply`, which runs on every deployment.
 */
export function nondeterministicCall(ts: typeof TS, root: TS.Node, file: ParsedFile): string | undefined {
  let budget = MAX_SCAN_NODES;
  const named = (expr: TS.Expression): string | undefined => {
    // `Date.now`, `crypto.randomUUID`, `uuid.v4`: a member of a global or of an imported module.
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
      const object = expr.expression;
      const member = expr.name.text;
      const binding = lookup(ts, file.sf, object);
      if (!binding) return NONDETERMINISTIC_GLOBALS[object.text]?.has(member) ? `${object.text}.${member}()` : undefined;
      if (binding.kind === "import" && (binding.imported === "*" || binding.imported === "default")) {
        return NONDETERMINISTIC_MODULES[binding.specifier]?.has(member) ? `${object.text}.${member}()` : undefined;
      }
      return undefined;
    }
    // `randomUUID()` imported from crypto, `uuidv4()` imported as `v4` from uuid; `Date()` (a string of the current time).
    if (ts.isIdentifier(expr)) {
      const binding = lookup(ts, file.sf, expr);
      if (!binding) return expr.text === "Date" ? "Date()" : undefined;
      if (binding.kind === "import" && NONDETERMINISTIC_MODULES[binding.specifier]?.has(binding.imported)) return `${expr.text}()`;
    }
    return undefined;
  };
  const visit = (node: TS.Node): string | undefined => {
    if (--budget < 0) return undefined;
    if (ts.isCallExpression(node)) {
      const found = named(node.expression);
      if (found) return found;
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "apply") {
        for (const arg of node.arguments) {
          const inCallback = ts.isArrowFunction(arg) || ts.isFunctionExpression(arg) ? (arg.body ? visit(arg.body) : undefined) : visit(arg);
          if (inCallback) return inCallback;
        }
        return visit(node.expression);
      }
    }
    if (ts.isNewExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === "Date" && !lookup(ts, file.sf, callee)) {
        if (!node.arguments || node.arguments.length === 0) return "new Date()";
      } else return undefined;
    }
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isClassLike(node)) return undefined;
    return ts.forEachChild(node, visit);
  };
  return visit(root);
}

function isPrimitive(v: Value | undefined): boolean {
  return v === undefined || v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

function truthy(v: Value | undefined): boolean {
  if (v === undefined || v === null || v === false || v === 0 || v === "") return false;
  return true;
}

export function containsUnknown(v: Value | undefined): boolean {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isValueMap(v)) return Object.values(v).some(containsUnknown);
  return false;
}

function rootIdentifier(ts: typeof TS, expr: TS.Expression): TS.Identifier | undefined {
  let e: TS.Expression = expr;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isNonNullExpression(e) || ts.isCallExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e : undefined;
}

/** True when the root name of `callee` (`JSON` in `JSON.stringify`) is declared in the program (shadowing the global). */
function lookupName(ts: typeof TS, file: ParsedFile, callee: TS.Expression): boolean {
  const root = rootIdentifier(ts, callee);
  return root ? lookup(ts, file.sf, root) !== undefined : false;
}

function withOrigins(node: ENode, origins: Origin[] | undefined): ENode {
  return origins && origins.length > 0 ? { ...node, origins } : node;
}

/** A member's node, carrying the whole's origins when it has none of its own. */
function childOf(node: ENode, key: string): ENode {
  const child = node.children?.[key];
  return child ? withOrigins(child, child.origins ?? node.origins) : withOrigins({ range: node.range }, node.origins);
}

/**
 * A value written elsewhere, seen at `here`: every part of it sits at `here` and names where it is
 * written (`origin` of its range and its path below the root, `root` naming the root), before
 * the origins it already had.
 */
function rebase(node: ENode, here: Range, origin: (range: Range, label: string) => Origin, path: readonly string[], root: string): ENode {
  const out: ENode = { range: here, origins: [origin(node.range, pathLabel(path, root)), ...(node.origins ?? [])] };
  if (node.children) {
    const children: Record<string, ENode> = {};
    for (const [k, c] of Object.entries(node.children)) children[k] = rebase(c, here, origin, [...path, k], root);
    out.children = children;
  }
  return out;
}

/** `image`, `containers[0].image`, `layers[1]`: a part of an argument as a person names it (the root's name only before an index). */
function pathLabel(path: readonly string[], root: string): string {
  let label = path.length === 0 || /^\d+$/.test(path[0]!) ? root : "";
  for (const p of path) label += /^\d+$/.test(p) ? `[${p}]` : label === "" ? p : `.${p}`;
  return label;
}

function argumentOrigin(frame: Frame): (range: Range, label: string) => Origin {
  return (range, label) => ({ file: frame.file.path, range, message: `argument ${label} of ${frame.call}`, kind: "call-argument", depth: frame.depth, call: frame.call });
}

/** The expression a function returns when its body is only that: an arrow's expression, or consts and statements then one final `return`. */
function returnedExpression(ts: typeof TS, fn: CallableFunction): TS.Expression | undefined {
  if (fn.asteriskToken || (ts.getModifiers(fn as TS.HasModifiers) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return undefined;
  const body = fn.body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) return body;
  const last = body.statements[body.statements.length - 1];
  if (!last || !ts.isReturnStatement(last) || !last.expression) return undefined;
  const before = body.statements.slice(0, -1);
  return before.every((st) => ts.isVariableStatement(st) || ts.isExpressionStatement(st)) ? last.expression : undefined;
}
