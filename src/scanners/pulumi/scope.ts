/**
 * Name lookup without a type checker: walks the enclosing scopes of an identifier (blocks,
 * functions, loops, the file) and says what declared it. Enough for programs as people write
 * them; shadowing through `var` hoisting out of nested blocks is not modelled (such a name is
 * found in its own block only, and is otherwise Unknown).
 *
 * A parameter is named by its declaration (and where it sits inside a destructuring pattern), so
 * the evaluator can give it the argument of one particular call; functions and classes are named
 * by their declarations, so calls to them can be followed.
 */
import type { ts as TS } from "ts-morph";

/**
 * One step from a destructured value to the name it binds: a property or index (with the
 * pattern's default for it), or the rest of an object or array pattern.
 */
export type Step =
  | { key: string | number; init?: TS.Expression }
  | { rest: "object"; exclude: string[] }
  | { rest: "array"; from: number };

export type Binding =
  /** `const x = init` (also `let`/`var` never reassigned): the value of `init`. */
  | { kind: "const"; name: string; init: TS.Expression; declaration: TS.VariableDeclaration; constant: boolean }
  /** `const { a: { b: x = 1 } } = init`: `init` followed along `steps`. */
  | { kind: "destructured"; name: string; init: TS.Expression; steps: Step[]; declaration: TS.VariableDeclaration }
  /** A function's parameter, or a name inside its destructuring pattern: known only for one call. */
  | { kind: "parameter"; name: string; parameter: TS.ParameterDeclaration; steps: Step[] }
  | { kind: "function"; name: string; declaration: TS.FunctionDeclaration | TS.FunctionExpression }
  | { kind: "class"; name: string; declaration: TS.ClassDeclaration | TS.ClassExpression }
  | { kind: "import"; name: string; specifier: string; imported: string | "*" | "default" }
  | { kind: "enum"; name: string; declaration: TS.EnumDeclaration }
  /** Loop variables, reassigned variables, catch variables, patterns not followed: never static. */
  | { kind: "opaque"; name: string; reason: string };

export function lookup(ts: typeof TS, sf: TS.SourceFile, id: TS.Identifier): Binding | undefined {
  const name = id.text;
  let child: TS.Node = id;
  for (let node: TS.Node | undefined = id.parent; node; child = node, node = node.parent) {
    const found = declaredIn(ts, sf, node, child, name);
    if (found) return found;
  }
  return undefined;
}

/** Looks a name up at the top level of a file (what an `export { name }` refers to). */
export function lookupTopLevel(ts: typeof TS, sf: TS.SourceFile, name: string): Binding | undefined {
  return statementsDeclare(ts, sf, sf.statements, name);
}

function declaredIn(ts: typeof TS, sf: TS.SourceFile, node: TS.Node, from: TS.Node, name: string): Binding | undefined {
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
    return statementsDeclare(ts, sf, node.statements, name);
  }
  if (ts.isFunctionLike(node)) {
    for (const p of node.parameters) {
      if (!bindsName(ts, p.name, name)) continue;
      // A parameter assigned to in the body no longer holds the argument.
      const steps = isReassigned(ts, sf, name) ? undefined : patternSteps(ts, p.name, name);
      return steps ? { kind: "parameter", name, parameter: p, steps } : { kind: "opaque", name, reason: "function parameter" };
    }
    if (ts.isFunctionExpression(node) && node.name?.text === name) return { kind: "function", name, declaration: node };
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) return { kind: "function", name, declaration: node };
    return undefined;
  }
  if ((ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
    if (from === node.initializer && ts.isForStatement(node)) return undefined;
    for (const d of node.initializer.declarations) if (bindsName(ts, d.name, name)) return { kind: "opaque", name, reason: "loop variable" };
    return undefined;
  }
  if (ts.isCatchClause(node) && node.variableDeclaration && bindsName(ts, node.variableDeclaration.name, name)) {
    return { kind: "opaque", name, reason: "caught exception" };
  }
  if (ts.isClassExpression(node) && node.name?.text === name) return { kind: "class", name, declaration: node };
  return undefined;
}

function bindsName(ts: typeof TS, binding: TS.BindingName, name: string): boolean {
  if (ts.isIdentifier(binding)) return binding.text === name;
  return binding.elements.some((e) => !ts.isOmittedExpression(e) && bindsName(ts, e.name, name));
}

function statementsDeclare(ts: typeof TS, sf: TS.SourceFile, statements: readonly TS.Statement[], name: string): Binding | undefined {
  // Overload signatures come before the implementation, which is the one to follow.
  let signature: Binding | undefined;
  for (const st of statements) {
    if (ts.isVariableStatement(st)) {
      const constant = (st.declarationList.flags & ts.NodeFlags.Const) !== 0;
      for (const d of st.declarationList.declarations) {
        const b = variableBinding(ts, sf, d, name, constant);
        if (b) return b;
      }
    } else if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier) && st.importClause) {
      const specifier = st.moduleSpecifier.text;
      const clause = st.importClause;
      if (clause.name?.text === name) return { kind: "import", name, specifier, imported: "default" };
      const bindings = clause.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings) && bindings.name.text === name) return { kind: "import", name, specifier, imported: "*" };
      if (bindings && ts.isNamedImports(bindings)) {
        for (const el of bindings.elements) {
          if (el.name.text === name) return { kind: "import", name, specifier, imported: (el.propertyName ?? el.name).text };
        }
      }
    } else if (ts.isImportEqualsDeclaration(st) && st.name.text === name) {
      const ref = st.moduleReference;
      if (ts.isExternalModuleReference(ref) && ts.isStringLiteral(ref.expression)) return { kind: "import", name, specifier: ref.expression.text, imported: "*" };
      return { kind: "opaque", name, reason: "import alias" };
    } else if (ts.isEnumDeclaration(st) && st.name.text === name) {
      return { kind: "enum", name, declaration: st };
    } else if (ts.isFunctionDeclaration(st) && st.name?.text === name) {
      if (st.body) return { kind: "function", name, declaration: st };
      signature ??= { kind: "function", name, declaration: st };
    } else if (ts.isClassDeclaration(st) && st.name?.text === name) {
      return { kind: "class", name, declaration: st };
    }
  }
  return signature;
}

function variableBinding(ts: typeof TS, sf: TS.SourceFile, d: TS.VariableDeclaration, name: string, constant: boolean): Binding | undefined {
  if (ts.isIdentifier(d.name)) {
    if (d.name.text !== name) return undefined;
    if (!d.initializer) return { kind: "opaque", name, reason: "variable without initializer" };
    if (!constant && isReassigned(ts, sf, name)) return { kind: "opaque", name, reason: "variable reassigned" };
    return { kind: "const", name, init: d.initializer, declaration: d, constant };
  }
  if (!bindsName(ts, d.name, name)) return undefined;
  // Destructuring: `const { s3 } = require("@pulumi/aws")`, `const { a: { b = 1 }, ...rest } = obj`, `const [x] = list`.
  if (d.initializer && (constant || !isReassigned(ts, sf, name))) {
    const steps = patternSteps(ts, d.name, name);
    if (steps) return { kind: "destructured", name, init: d.initializer, steps, declaration: d };
  }
  return { kind: "opaque", name, reason: "destructured variable" };
}

/**
 * The way from the value a pattern destructures to `name`; undefined when the pattern does not
 * bind it or takes a way that is not static (a computed property name).
 */
export function patternSteps(ts: typeof TS, pattern: TS.BindingName, name: string): Step[] | undefined {
  if (ts.isIdentifier(pattern)) return pattern.text === name ? [] : undefined;
  if (ts.isObjectBindingPattern(pattern)) {
    const seen: string[] = [];
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) {
        if (ts.isIdentifier(el.name) && el.name.text === name) return [{ rest: "object", exclude: seen }];
        continue;
      }
      const prop = el.propertyName;
      const key = !prop ? (ts.isIdentifier(el.name) ? el.name.text : undefined) : ts.isIdentifier(prop) || ts.isStringLiteral(prop) || ts.isNumericLiteral(prop) ? prop.text : undefined;
      if (key === undefined) {
        if (bindsName(ts, el.name, name)) return undefined;
        continue;
      }
      seen.push(key);
      const inner = patternSteps(ts, el.name, name);
      if (inner) return [{ key, ...(el.initializer ? { init: el.initializer } : {}) }, ...inner];
    }
    return undefined;
  }
  for (let i = 0; i < pattern.elements.length; i++) {
    const el = pattern.elements[i]!;
    if (ts.isOmittedExpression(el)) continue;
    if (el.dotDotDotToken) {
      if (ts.isIdentifier(el.name) && el.name.text === name) return [{ rest: "array", from: i }];
      continue;
    }
    const inner = patternSteps(ts, el.name, name);
    if (inner) return [{ key: i, ...(el.initializer ? { init: el.initializer } : {}) }, ...inner];
  }
  return undefined;
}

const reassignedCache = new WeakMap<TS.SourceFile, Set<string>>();

/** Names assigned to anywhere in the file (`x = ...`, `x += ...`, `x++`): their `let` is not static. */
function isReassigned(ts: typeof TS, sf: TS.SourceFile, name: string): boolean {
  let names = reassignedCache.get(sf);
  if (!names) {
    const found = new Set<string>();
    const visit = (node: TS.Node): void => {
      if (ts.isBinaryExpression(node) && node.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && node.operatorToken.kind <= ts.SyntaxKind.LastAssignment) {
        collectTargets(ts, node.left, found);
      } else if ((ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node)) && (node.operator === ts.SyntaxKind.PlusPlusToken || node.operator === ts.SyntaxKind.MinusMinusToken)) {
        collectTargets(ts, node.operand, found);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    names = found;
    reassignedCache.set(sf, names);
  }
  return names.has(name);
}

function collectTargets(ts: typeof TS, target: TS.Node, out: Set<string>): void {
  if (ts.isIdentifier(target)) out.add(target.text);
  else if (ts.isParenthesizedExpression(target)) collectTargets(ts, target.expression, out);
  else if (ts.isArrayLiteralExpression(target)) target.elements.forEach((e) => collectTargets(ts, e, out));
  else if (ts.isObjectLiteralExpression(target)) {
    for (const p of target.properties) {
      if (ts.isShorthandPropertyAssignment(p)) out.add(p.name.text);
      else if (ts.isPropertyAssignment(p)) collectTargets(ts, p.initializer, out);
    }
  }
}
