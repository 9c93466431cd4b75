/**
 * Name lookup without a type checker: walks the enclosing scopes of an identifier (blocks,
 * functions, loops, the file) and says what declared it. Enough for programs as people write
 * them; shadowing through `var` hoisting out of nested blocks is not modelled (such a name is
 * found in its own block only, and is otherwise Unknown).
 */
import type { ts as TS } from "ts-morph";

export type Binding =
  /** `const x = init` (also `let`/`var` never reassigned): the value of `init`. */
  | { kind: "const"; name: string; init: TS.Expression; declaration: TS.VariableDeclaration; constant: boolean }
  /** `const { a: x } = init`: property `property` of `init`. */
  | { kind: "destructured"; name: string; init: TS.Expression; property: string; declaration: TS.VariableDeclaration }
  | { kind: "import"; name: string; specifier: string; imported: string | "*" | "default" }
  | { kind: "enum"; name: string; declaration: TS.EnumDeclaration }
  /** Parameters, loop variables, reassigned variables, functions, classes, catch variables: never static. */
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
    for (const p of node.parameters) if (bindsName(ts, p.name, name)) return { kind: "opaque", name, reason: "function parameter" };
    if ((ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) && node.name?.text === name) return { kind: "opaque", name, reason: "function" };
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
  if (ts.isClassExpression(node) && node.name?.text === name) return { kind: "opaque", name, reason: "class" };
  return undefined;
}

function bindsName(ts: typeof TS, binding: TS.BindingName, name: string): boolean {
  if (ts.isIdentifier(binding)) return binding.text === name;
  return binding.elements.some((e) => !ts.isOmittedExpression(e) && bindsName(ts, e.name, name));
}

function statementsDeclare(ts: typeof TS, sf: TS.SourceFile, statements: readonly TS.Statement[], name: string): Binding | undefined {
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
    } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name?.text === name) {
      return { kind: "opaque", name, reason: ts.isClassDeclaration(st) ? "class" : "function" };
    }
  }
  return undefined;
}

function variableBinding(ts: typeof TS, sf: TS.SourceFile, d: TS.VariableDeclaration, name: string, constant: boolean): Binding | undefined {
  if (ts.isIdentifier(d.name)) {
    if (d.name.text !== name) return undefined;
    if (!d.initializer) return { kind: "opaque", name, reason: "variable without initializer" };
    if (!constant && isReassigned(ts, sf, name)) return { kind: "opaque", name, reason: "variable reassigned" };
    return { kind: "const", name, init: d.initializer, declaration: d, constant };
  }
  if (!bindsName(ts, d.name, name)) return undefined;
  // Destructuring: `const { s3 } = require("@pulumi/aws")`, `const { a: { b } } = obj` (one level followed).
  if (ts.isObjectBindingPattern(d.name) && d.initializer && (constant || !isReassigned(ts, sf, name))) {
    for (const el of d.name.elements) {
      if (el.dotDotDotToken || !ts.isIdentifier(el.name) || el.name.text !== name) continue;
      const prop = el.propertyName;
      const property = !prop ? name : ts.isIdentifier(prop) || ts.isStringLiteral(prop) ? prop.text : undefined;
      if (property !== undefined && !el.initializer) return { kind: "destructured", name, init: d.initializer, property, declaration: d };
    }
  }
  return { kind: "opaque", name, reason: "destructured variable" };
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
