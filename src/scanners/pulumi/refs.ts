/**
 * What an expression names, through imports: a member of a Pulumi package
 * (`aws.ec2.Instance` → `{ pkg: "aws", path: ["ec2", "Instance"] }`), a module of the program
 * (a relative import, followed through its exports), or a value (a `const` initialiser, for the
 * evaluator). Handles namespace, named, aliased, default and deep imports, `require` (plain and
 * destructured), `import x = require()`, `const ec2 = aws.ec2` aliases, and re-exports
 * (`export * as aws from`, `export { s3 } from`, `export { aws }`, `export * from`).
 *
 * Also what a call or `new` runs when it is the program's own code (`callable`): a function
 * declaration, an arrow or function expression held in a const, a class's constructor (its
 * base class's when it has none), `super(...)`, `this.method(...)`, wherever they are imported
 * from. The evaluator and the instance walk follow arguments into them.
 */
import type { ts as TS } from "ts-morph";
import type { ParsedFile, ProgramFiles } from "./load.js";
import { lookup, lookupTopLevel, type Binding } from "./scope.js";

export type Ref =
  | { kind: "package"; pkg: string; path: string[] }
  | { kind: "module"; file: ParsedFile }
  /** An expression in `file` whose value is the thing named (a const initialiser, a re-exported const). */
  | { kind: "value"; file: ParsedFile; expr: TS.Expression; binding?: { name: string; declaration: TS.Node } }
  | { kind: "enum"; file: ParsedFile; declaration: TS.EnumDeclaration }
  | { kind: "function"; file: ParsedFile; declaration: TS.FunctionDeclaration | TS.FunctionExpression }
  | { kind: "class"; file: ParsedFile; declaration: TS.ClassDeclaration | TS.ClassExpression };

/** A function of the program with a body: what a call of the program's own code runs. */
export type CallableFunction = TS.FunctionDeclaration | TS.FunctionExpression | TS.ArrowFunction | TS.MethodDeclaration | TS.ConstructorDeclaration;

export interface Callable {
  file: ParsedFile;
  fn: CallableFunction;
}

const MAX_DEPTH = 24;

/** `@pulumi/aws` → aws, `@pulumi/aws/s3` → aws + [s3]; anything else undefined. */
export function pulumiPackage(specifier: string): { pkg: string; path: string[] } | undefined {
  const m = /^@pulumi\/([^/]+)(?:\/(.+))?$/.exec(specifier);
  if (!m) return undefined;
  const rest = (m[2] ?? "").replace(/(?:\/index)?(?:\.js)?$/, "");
  return { pkg: m[1]!, path: rest ? rest.split("/").filter((p) => p && p !== "bin") : [] };
}

export class Resolver {
  constructor(
    readonly ts: typeof TS,
    readonly files: ProgramFiles,
  ) {}

  /** What `expr` (in `file`) names, or undefined when it is not a static reference. */
  ref(expr: TS.Expression, file: ParsedFile, depth = 0): Ref | undefined {
    const ts = this.ts;
    if (depth > MAX_DEPTH) return undefined;
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isTypeAssertionExpression(expr)) {
      return this.ref(expr.expression, file, depth + 1);
    }
    if (ts.isIdentifier(expr)) {
      const binding = lookup(ts, file.sf, expr);
      return binding ? this.bindingRef(binding, file, depth + 1) : undefined;
    }
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.name)) {
      const base = this.ref(expr.expression, file, depth + 1);
      return base ? this.member(base, expr.name.text, depth + 1) : undefined;
    }
    if (ts.isElementAccessExpression(expr) && (ts.isStringLiteral(expr.argumentExpression) || ts.isNoSubstitutionTemplateLiteral(expr.argumentExpression))) {
      const base = this.ref(expr.expression, file, depth + 1);
      return base ? this.member(base, expr.argumentExpression.text, depth + 1) : undefined;
    }
    if (ts.isCallExpression(expr)) {
      const specifier = requireSpecifier(ts, expr);
      if (specifier !== undefined) return this.moduleRef(specifier, file);
    }
    return undefined;
  }

  /** The ref a binding stands for. Consts whose initialiser is itself a reference are followed. */
  bindingRef(binding: Binding, file: ParsedFile, depth: number): Ref | undefined {
    switch (binding.kind) {
      case "import": {
        const mod = this.moduleRef(binding.specifier, file);
        if (!mod || binding.imported === "*") return mod;
        if (binding.imported === "default" && mod.kind === "package") return mod; // `import aws from "@pulumi/aws"` (esModuleInterop)
        return this.member(mod, binding.imported, depth + 1);
      }
      case "const": {
        const viaRef = this.ref(binding.init, file, depth + 1);
        if (viaRef && viaRef.kind !== "value") return viaRef;
        return { kind: "value", file, expr: binding.init, binding: { name: binding.name, declaration: binding.declaration } };
      }
      case "destructured": {
        // Plain property paths only; defaults and rests are the evaluator's (they need values).
        if (!binding.steps.every((s) => "key" in s && s.init === undefined)) return undefined;
        let ref: Ref | undefined = this.ref(binding.init, file, depth + 1) ?? { kind: "value" as const, file, expr: binding.init };
        for (const step of binding.steps) ref = ref && "key" in step ? this.member(ref, String(step.key), depth + 1) : undefined;
        return ref;
      }
      case "enum":
        return { kind: "enum", file, declaration: binding.declaration };
      case "function":
        return { kind: "function", file, declaration: binding.declaration };
      case "class":
        return { kind: "class", file, declaration: binding.declaration };
      case "parameter":
      case "opaque":
        return undefined;
    }
  }

  moduleRef(specifier: string, file: ParsedFile): Ref | undefined {
    const pkg = pulumiPackage(specifier);
    if (pkg) return { kind: "package", pkg: pkg.pkg, path: pkg.path };
    if (specifier.startsWith(".")) {
      const target = this.files.module(file, specifier);
      return target ? { kind: "module", file: target } : undefined;
    }
    return undefined;
  }

  /** `base.name`. */
  member(base: Ref, name: string, depth: number): Ref | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (base.kind) {
      case "package":
        return { kind: "package", pkg: base.pkg, path: [...base.path, name] };
      case "module":
        return this.exported(base.file, name, depth + 1);
      case "value": {
        const ts = this.ts;
        let expr = base.expr;
        while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) expr = expr.expression;
        if (!ts.isObjectLiteralExpression(expr)) return undefined;
        for (const p of expr.properties) {
          if (ts.isPropertyAssignment(p) && propertyName(ts, p.name) === name) {
            return (
              this.ref(p.initializer, base.file, depth + 1) ?? {
                kind: "value",
                file: base.file,
                expr: p.initializer,
                ...(base.binding ? { binding: { name: `${base.binding.name}.${name}`, declaration: p } } : {}),
              }
            );
          }
          if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return this.ref(p.name, base.file, depth + 1);
        }
        return undefined;
      }
      case "enum":
      case "function":
      case "class":
        return undefined;
    }
  }

  /** What module `file` exports as `name` (`default` for the default export). */
  exported(file: ParsedFile, name: string, depth: number): Ref | undefined {
    const ts = this.ts;
    if (depth > MAX_DEPTH) return undefined;
    const stars: string[] = [];
    for (const st of file.sf.statements) {
      if (ts.isExportDeclaration(st)) {
        const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
        const clause = st.exportClause;
        if (!clause) {
          if (from) stars.push(from);
          continue;
        }
        if (ts.isNamespaceExport(clause)) {
          if (clause.name.text === name && from) return this.moduleRef(from, file);
          continue;
        }
        for (const el of clause.elements) {
          if (el.name.text !== name) continue;
          const local = (el.propertyName ?? el.name).text;
          if (from) {
            const mod = this.moduleRef(from, file);
            return mod ? (local === "default" && mod.kind === "package" ? mod : this.member(mod, local, depth + 1)) : undefined;
          }
          const binding = lookupTopLevel(ts, file.sf, local);
          return binding ? this.bindingRef(binding, file, depth + 1) : undefined;
        }
      } else if (ts.isExportAssignment(st) && name === "default" && !st.isExportEquals) {
        return this.ref(st.expression, file, depth + 1) ?? { kind: "value", file, expr: st.expression };
      } else if (hasExportModifier(ts, st)) {
        if (ts.isVariableStatement(st)) {
          for (const d of st.declarationList.declarations) {
            if (ts.isIdentifier(d.name) && d.name.text === name) {
              const binding = lookupTopLevel(ts, file.sf, name);
              return binding ? this.bindingRef(binding, file, depth + 1) : undefined;
            }
          }
        } else if (ts.isEnumDeclaration(st) && st.name.text === name) {
          return { kind: "enum", file, declaration: st };
        } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && (hasDefaultModifier(ts, st) ? name === "default" : st.name?.text === name)) {
          if (ts.isClassDeclaration(st)) return { kind: "class", file, declaration: st };
          // Overload signatures come first; the implementation has the body.
          if (st.body) return { kind: "function", file, declaration: st };
        }
      }
    }
    // `export * from "./x"` (relative modules first: a Pulumi package re-exported wholesale would claim every name).
    const sorted = [...stars].sort((a, b) => Number(!a.startsWith(".")) - Number(!b.startsWith(".")));
    for (const from of sorted) {
      const mod = this.moduleRef(from, file);
      if (!mod) continue;
      const found = this.member(mod, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
}

/**
 * What a call (`construct` false) or `new` (`construct` true) of `callee` runs, when it is the
 * program's own code with a body; undefined for SDK classes, other packages and anything not
 * static.
 */
export function callableOf(resolver: Resolver, callee: TS.Expression, file: ParsedFile, construct: boolean): Callable | undefined {
  const ts = resolver.ts;
  if (callee.kind === ts.SyntaxKind.SuperKeyword) {
    const cls = enclosingClass(ts, callee);
    const base = cls && baseClass(ts, cls);
    const ref = base && resolver.ref(base, file);
    return ref ? constructorOf(resolver, ref, 0) : undefined;
  }
  if (!construct && ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(callee.name)) {
    const cls = thisClass(ts, callee);
    const name = callee.name.text;
    const method = cls?.members.find((m): m is TS.MethodDeclaration => ts.isMethodDeclaration(m) && m.body !== undefined && propertyName(ts, m.name) === name);
    return method ? { file, fn: method } : undefined;
  }
  const ref = resolver.ref(callee, file);
  if (!ref) return undefined;
  if (construct) return constructorOf(resolver, ref, 0);
  if (ref.kind === "function") return ref.declaration.body ? { file: ref.file, fn: ref.declaration } : undefined;
  if (ref.kind === "value") {
    const fn = unwrap(ts, ref.expr);
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) return { file: ref.file, fn };
  }
  return undefined;
}

function constructorOf(resolver: Resolver, ref: Ref, depth: number): Callable | undefined {
  const ts = resolver.ts;
  let cls: TS.ClassLikeDeclaration | undefined;
  if (ref.kind === "class") cls = ref.declaration;
  else if (ref.kind === "value") {
    const e = unwrap(ts, ref.expr);
    if (ts.isClassExpression(e)) cls = e;
  }
  if (!cls || (ref.kind !== "class" && ref.kind !== "value")) return undefined;
  const ctor = cls.members.find((m): m is TS.ConstructorDeclaration => ts.isConstructorDeclaration(m) && m.body !== undefined);
  if (ctor) return { file: ref.file, fn: ctor };
  // No constructor of its own: the base class's runs with the same arguments.
  const base = baseClass(ts, cls);
  const baseRef = base && depth < MAX_DEPTH ? resolver.ref(base, ref.file) : undefined;
  return baseRef ? constructorOf(resolver, baseRef, depth + 1) : undefined;
}

function unwrap(ts: typeof TS, expr: TS.Expression): TS.Expression {
  let e = expr;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}

function baseClass(ts: typeof TS, cls: TS.ClassLikeDeclaration): TS.Expression | undefined {
  for (const clause of cls.heritageClauses ?? []) {
    if (clause.token === ts.SyntaxKind.ExtendsKeyword) return clause.types[0]?.expression;
  }
  return undefined;
}

function enclosingClass(ts: typeof TS, node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) if (ts.isClassLike(n)) return n;
  return undefined;
}

/** The class `this` stands for at `node`: crossing arrows (they keep `this`) but no other function. */
function thisClass(ts: typeof TS, node: TS.Node): TS.ClassLikeDeclaration | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isClassLike(n)) return n;
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return undefined;
  }
  return undefined;
}

function hasDefaultModifier(ts: typeof TS, st: TS.Statement): boolean {
  return ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}

function hasExportModifier(ts: typeof TS, st: TS.Statement): boolean {
  return ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}

/** `require("x")` → "x". */
export function requireSpecifier(ts: typeof TS, call: TS.CallExpression): string | undefined {
  if (!ts.isIdentifier(call.expression) || call.expression.text !== "require" || call.arguments.length !== 1) return undefined;
  const arg = call.arguments[0]!;
  return ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) ? arg.text : undefined;
}

/** A property name as a string when it is static. */
export function propertyName(ts: typeof TS, name: TS.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return undefined;
}
