import { createRequire } from 'node:module';
import { snake, isResourceClassPath, resourceType, isInvokePath, invokeType } from './chunk-I63THYVZ.js';
import { yamlLineBreaks } from './chunk-VF354GGL.js';
import { require_dist } from './chunk-J5YEBKFN.js';
import { nodeAt, jsonChildren } from './chunk-7RVIRNFQ.js';
import { a as jsonErrorMessage } from './chunk-A-pb0ccY.js';
import { W as isRefusal, i as isUnknown, u as unknown, D as isValueMap, X as nondeterministicIn, r as range, L as LineIndex, b as buildResource, f as firstLineOf, Y as LOCK_FILE_NAMES, p as parseTree2 } from './core-Cp4Gwmxr.js';
import { __toESM } from './chunk-WV4KQOO6.js';
import { dirname, join, relative, sep, isAbsolute, resolve } from 'node:path';

const require$1 = createRequire(import.meta.url);
var SdkEnums = class {
  constructor(reader, projectDir) {
    this.reader = reader;
    this.projectDir = projectDir;
  }
  reader;
  projectDir;
  modules = /* @__PURE__ */ new Map();
  /** The enum member's value, or undefined when it is not known. */
  value(pkg, modules, enumName, member) {
    const fromSdk = this.installed(pkg, modules)?.get(enumName)?.get(member);
    if (fromSdk !== void 0) return fromSdk;
    return builtIn(pkg, modules, enumName, member);
  }
  installed(pkg, modules) {
    if (this.projectDir === void 0) return void 0;
    const key = `${pkg}\0${modules.join("/")}`;
    if (!this.modules.has(key)) this.modules.set(key, this.find(pkg, modules));
    return this.modules.get(key) ?? void 0;
  }
  find(pkg, modules) {
    for (let dir = this.projectDir; inside(this.reader.root, dir); dir = dirname(dir)) {
      const read = this.reader.readInside(join(dir, "node_modules", "@pulumi", pkg, "types", "enums", ...modules, "index.js"));
      if (!isRefusal(read) && read.file) return parseEnums(read.file.text);
      if (dirname(dir) === dir) break;
    }
    return null;
  }
};
function inside(root, dir) {
  const rel = relative(root, dir);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== "..";
}
function builtIn(pkg, modules, enumName, member) {
  const key = `${pkg}.${modules.join(".")}.${enumName}`;
  switch (key) {
    case "aws.ec2.InstanceType":
      return /^[A-Za-z0-9]+_[A-Za-z0-9]+$/.test(member) ? member.replace("_", ".").toLowerCase() : void 0;
    case "aws.ec2.ProtocolType":
      return { All: "all", TCP: "tcp", UDP: "udp", ICMP: "icmp" }[member];
    case "aws.s3.CannedAcl":
      return member.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
    case "aws.lambda.Runtime": {
      const m = /^(NodeJS|Python|Java|Dotnet|Ruby|Go|Custom)(.*)$/.exec(member);
      if (!m) return void 0;
      const rest = m[2].replace(/d/g, ".").replace(/X$/, "x");
      return m[1] === "Custom" ? `provided.${m[2].toLowerCase()}` : `${m[1].toLowerCase()}${rest.toLowerCase()}`;
    }
    default:
      return void 0;
  }
}
function parseEnums(text) {
  const result = /* @__PURE__ */ new Map();
  for (const block of text.matchAll(/exports\.([A-Za-z_$][\w$]*)\s*=\s*\{([^}]*)\}/g)) {
    const members = /* @__PURE__ */ new Map();
    for (const m of block[2].matchAll(/([A-Za-z_$][\w$]*|"[^"]*")\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g)) {
      const name = m[1].startsWith('"') ? JSON.parse(m[1]) : m[1];
      members.set(name, m[2].startsWith('"') ? JSON.parse(m[2]) : Number(m[2]));
    }
    result.set(block[1], members);
  }
  return result;
}

// src/scanners/pulumi/scope.ts
function lookup(ts, sf, id) {
  const name = id.text;
  let child = id;
  for (let node = id.parent; node; child = node, node = node.parent) {
    const found = declaredIn(ts, sf, node, child, name);
    if (found) return found;
  }
  return void 0;
}
function lookupTopLevel(ts, sf, name) {
  return statementsDeclare(ts, sf, sf.statements, name);
}
function declaredIn(ts, sf, node, from, name) {
  if (ts.isSourceFile(node) || ts.isBlock(node) || ts.isModuleBlock(node) || ts.isCaseClause(node) || ts.isDefaultClause(node)) {
    return statementsDeclare(ts, sf, node.statements, name);
  }
  if (ts.isFunctionLike(node)) {
    for (const p of node.parameters) {
      if (!bindsName(ts, p.name, name)) continue;
      const steps = isReassigned(ts, sf, name) ? void 0 : patternSteps(ts, p.name, name);
      return steps ? { kind: "parameter", name, parameter: p, steps } : { kind: "opaque", name, reason: "function parameter" };
    }
    if (ts.isFunctionExpression(node) && node.name?.text === name) return { kind: "function", name, declaration: node };
    if (ts.isFunctionDeclaration(node) && node.name?.text === name) return { kind: "function", name, declaration: node };
    return void 0;
  }
  if ((ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node)) && node.initializer && ts.isVariableDeclarationList(node.initializer)) {
    if (from === node.initializer && ts.isForStatement(node)) return void 0;
    for (const d of node.initializer.declarations) if (bindsName(ts, d.name, name)) return { kind: "opaque", name, reason: "loop variable" };
    return void 0;
  }
  if (ts.isCatchClause(node) && node.variableDeclaration && bindsName(ts, node.variableDeclaration.name, name)) {
    return { kind: "opaque", name, reason: "caught exception" };
  }
  if (ts.isClassExpression(node) && node.name?.text === name) return { kind: "class", name, declaration: node };
  return void 0;
}
function bindsName(ts, binding, name) {
  if (ts.isIdentifier(binding)) return binding.text === name;
  return binding.elements.some((e) => !ts.isOmittedExpression(e) && bindsName(ts, e.name, name));
}
function statementsDeclare(ts, sf, statements, name) {
  let signature;
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
function variableBinding(ts, sf, d, name, constant) {
  if (ts.isIdentifier(d.name)) {
    if (d.name.text !== name) return void 0;
    if (!d.initializer) return { kind: "opaque", name, reason: "variable without initializer" };
    if (!constant && isReassigned(ts, sf, name)) return { kind: "opaque", name, reason: "variable reassigned" };
    return { kind: "const", name, init: d.initializer, declaration: d, constant };
  }
  if (!bindsName(ts, d.name, name)) return void 0;
  if (d.initializer && (constant || !isReassigned(ts, sf, name))) {
    const steps = patternSteps(ts, d.name, name);
    if (steps) return { kind: "destructured", name, init: d.initializer, steps, declaration: d };
  }
  return { kind: "opaque", name, reason: "destructured variable" };
}
function patternSteps(ts, pattern, name) {
  if (ts.isIdentifier(pattern)) return pattern.text === name ? [] : void 0;
  if (ts.isObjectBindingPattern(pattern)) {
    const seen = [];
    for (const el of pattern.elements) {
      if (el.dotDotDotToken) {
        if (ts.isIdentifier(el.name) && el.name.text === name) return [{ rest: "object", exclude: seen }];
        continue;
      }
      const prop = el.propertyName;
      const key = !prop ? ts.isIdentifier(el.name) ? el.name.text : void 0 : ts.isIdentifier(prop) || ts.isStringLiteral(prop) || ts.isNumericLiteral(prop) ? prop.text : void 0;
      if (key === void 0) {
        if (bindsName(ts, el.name, name)) return void 0;
        continue;
      }
      seen.push(key);
      const inner = patternSteps(ts, el.name, name);
      if (inner) return [{ key, ...el.initializer ? { init: el.initializer } : {} }, ...inner];
    }
    return void 0;
  }
  for (let i = 0; i < pattern.elements.length; i++) {
    const el = pattern.elements[i];
    if (ts.isOmittedExpression(el)) continue;
    if (el.dotDotDotToken) {
      if (ts.isIdentifier(el.name) && el.name.text === name) return [{ rest: "array", from: i }];
      continue;
    }
    const inner = patternSteps(ts, el.name, name);
    if (inner) return [{ key: i, ...el.initializer ? { init: el.initializer } : {} }, ...inner];
  }
  return void 0;
}
var reassignedCache = /* @__PURE__ */ new WeakMap();
function isReassigned(ts, sf, name) {
  let names = reassignedCache.get(sf);
  if (!names) {
    const found = /* @__PURE__ */ new Set();
    const visit = (node) => {
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
function collectTargets(ts, target, out) {
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

// src/scanners/pulumi/refs.ts
var MAX_DEPTH = 24;
function pulumiPackage(specifier) {
  const m = /^@pulumi\/([^/]+)(?:\/(.+))?$/.exec(specifier);
  if (!m) return void 0;
  const rest = (m[2] ?? "").replace(/(?:\/index)?(?:\.js)?$/, "");
  return { pkg: m[1], path: rest ? rest.split("/").filter((p) => p && p !== "bin") : [] };
}
var Resolver = class {
  constructor(ts, files) {
    this.ts = ts;
    this.files = files;
  }
  ts;
  files;
  /** What `expr` (in `file`) names, or undefined when it is not a static reference. */
  ref(expr, file, depth = 0) {
    const ts = this.ts;
    if (depth > MAX_DEPTH) return void 0;
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isNonNullExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isTypeAssertionExpression(expr)) {
      return this.ref(expr.expression, file, depth + 1);
    }
    if (ts.isIdentifier(expr)) {
      const binding = lookup(ts, file.sf, expr);
      return binding ? this.bindingRef(binding, file, depth + 1) : void 0;
    }
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.name)) {
      const base2 = this.ref(expr.expression, file, depth + 1);
      return base2 ? this.member(base2, expr.name.text, depth + 1) : void 0;
    }
    if (ts.isElementAccessExpression(expr) && (ts.isStringLiteral(expr.argumentExpression) || ts.isNoSubstitutionTemplateLiteral(expr.argumentExpression))) {
      const base2 = this.ref(expr.expression, file, depth + 1);
      return base2 ? this.member(base2, expr.argumentExpression.text, depth + 1) : void 0;
    }
    if (ts.isCallExpression(expr)) {
      const specifier = requireSpecifier(ts, expr);
      if (specifier !== void 0) return this.moduleRef(specifier, file);
    }
    return void 0;
  }
  /** The ref a binding stands for. Consts whose initialiser is itself a reference are followed. */
  bindingRef(binding, file, depth) {
    switch (binding.kind) {
      case "import": {
        const mod = this.moduleRef(binding.specifier, file);
        if (!mod || binding.imported === "*") return mod;
        if (binding.imported === "default" && mod.kind === "package") return mod;
        return this.member(mod, binding.imported, depth + 1);
      }
      case "const": {
        const viaRef = this.ref(binding.init, file, depth + 1);
        if (viaRef && viaRef.kind !== "value") return viaRef;
        return { kind: "value", file, expr: binding.init, binding: { name: binding.name, declaration: binding.declaration } };
      }
      case "destructured": {
        if (!binding.steps.every((s) => "key" in s && s.init === void 0)) return void 0;
        let ref = this.ref(binding.init, file, depth + 1) ?? { kind: "value", file, expr: binding.init };
        for (const step of binding.steps) ref = ref && "key" in step ? this.member(ref, String(step.key), depth + 1) : void 0;
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
        return void 0;
    }
  }
  moduleRef(specifier, file) {
    const pkg = pulumiPackage(specifier);
    if (pkg) return { kind: "package", pkg: pkg.pkg, path: pkg.path };
    if (specifier.startsWith(".")) {
      const target = this.files.module(file, specifier);
      return target ? { kind: "module", file: target } : void 0;
    }
    return void 0;
  }
  /** `base.name`. */
  member(base2, name, depth) {
    if (depth > MAX_DEPTH) return void 0;
    switch (base2.kind) {
      case "package":
        return { kind: "package", pkg: base2.pkg, path: [...base2.path, name] };
      case "module":
        return this.exported(base2.file, name, depth + 1);
      case "value": {
        const ts = this.ts;
        let expr = base2.expr;
        while (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) expr = expr.expression;
        if (!ts.isObjectLiteralExpression(expr)) return void 0;
        for (const p of expr.properties) {
          if (ts.isPropertyAssignment(p) && propertyName(ts, p.name) === name) {
            return this.ref(p.initializer, base2.file, depth + 1) ?? {
              kind: "value",
              file: base2.file,
              expr: p.initializer,
              ...base2.binding ? { binding: { name: `${base2.binding.name}.${name}`, declaration: p } } : {}
            };
          }
          if (ts.isShorthandPropertyAssignment(p) && p.name.text === name) return this.ref(p.name, base2.file, depth + 1);
        }
        return void 0;
      }
      case "enum":
      case "function":
      case "class":
        return void 0;
    }
  }
  /** What module `file` exports as `name` (`default` for the default export). */
  exported(file, name, depth) {
    const ts = this.ts;
    if (depth > MAX_DEPTH) return void 0;
    const stars = [];
    for (const st of file.sf.statements) {
      if (ts.isExportDeclaration(st)) {
        const from = st.moduleSpecifier && ts.isStringLiteral(st.moduleSpecifier) ? st.moduleSpecifier.text : void 0;
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
            return mod ? local === "default" && mod.kind === "package" ? mod : this.member(mod, local, depth + 1) : void 0;
          }
          const binding = lookupTopLevel(ts, file.sf, local);
          return binding ? this.bindingRef(binding, file, depth + 1) : void 0;
        }
      } else if (ts.isExportAssignment(st) && name === "default" && !st.isExportEquals) {
        return this.ref(st.expression, file, depth + 1) ?? { kind: "value", file, expr: st.expression };
      } else if (hasExportModifier(ts, st)) {
        if (ts.isVariableStatement(st)) {
          for (const d of st.declarationList.declarations) {
            if (ts.isIdentifier(d.name) && d.name.text === name) {
              const binding = lookupTopLevel(ts, file.sf, name);
              return binding ? this.bindingRef(binding, file, depth + 1) : void 0;
            }
          }
        } else if (ts.isEnumDeclaration(st) && st.name.text === name) {
          return { kind: "enum", file, declaration: st };
        } else if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && (hasDefaultModifier(ts, st) ? name === "default" : st.name?.text === name)) {
          if (ts.isClassDeclaration(st)) return { kind: "class", file, declaration: st };
          if (st.body) return { kind: "function", file, declaration: st };
        }
      }
    }
    const sorted = [...stars].sort((a, b) => Number(!a.startsWith(".")) - Number(!b.startsWith(".")));
    for (const from of sorted) {
      const mod = this.moduleRef(from, file);
      if (!mod) continue;
      const found = this.member(mod, name, depth + 1);
      if (found) return found;
    }
    return void 0;
  }
};
function callableOf(resolver, callee, file, construct) {
  const ts = resolver.ts;
  if (callee.kind === ts.SyntaxKind.SuperKeyword) {
    const cls = enclosingClass(ts, callee);
    const base2 = cls && baseClass(ts, cls);
    const ref2 = base2 && resolver.ref(base2, file);
    return ref2 ? constructorOf(resolver, ref2, 0) : void 0;
  }
  if (!construct && ts.isPropertyAccessExpression(callee) && callee.expression.kind === ts.SyntaxKind.ThisKeyword && ts.isIdentifier(callee.name)) {
    const cls = thisClass(ts, callee);
    const name = callee.name.text;
    const method = cls?.members.find((m) => ts.isMethodDeclaration(m) && m.body !== void 0 && propertyName(ts, m.name) === name);
    return method ? { file, fn: method } : void 0;
  }
  const ref = resolver.ref(callee, file);
  if (!ref) return void 0;
  if (construct) return constructorOf(resolver, ref, 0);
  if (ref.kind === "function") return ref.declaration.body ? { file: ref.file, fn: ref.declaration } : void 0;
  if (ref.kind === "value") {
    const fn = unwrap(ts, ref.expr);
    if (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) return { file: ref.file, fn };
  }
  return void 0;
}
function constructorOf(resolver, ref, depth) {
  const ts = resolver.ts;
  let cls;
  if (ref.kind === "class") cls = ref.declaration;
  else if (ref.kind === "value") {
    const e = unwrap(ts, ref.expr);
    if (ts.isClassExpression(e)) cls = e;
  }
  if (!cls || ref.kind !== "class" && ref.kind !== "value") return void 0;
  const ctor = cls.members.find((m) => ts.isConstructorDeclaration(m) && m.body !== void 0);
  if (ctor) return { file: ref.file, fn: ctor };
  const base2 = baseClass(ts, cls);
  const baseRef = base2 && depth < MAX_DEPTH ? resolver.ref(base2, ref.file) : void 0;
  return baseRef ? constructorOf(resolver, baseRef, depth + 1) : void 0;
}
function unwrap(ts, expr) {
  let e = expr;
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  return e;
}
function baseClass(ts, cls) {
  for (const clause of cls.heritageClauses ?? []) {
    if (clause.token === ts.SyntaxKind.ExtendsKeyword) return clause.types[0]?.expression;
  }
  return void 0;
}
function enclosingClass(ts, node) {
  for (let n = node.parent; n; n = n.parent) if (ts.isClassLike(n)) return n;
  return void 0;
}
function thisClass(ts, node) {
  for (let n = node.parent; n; n = n.parent) {
    if (ts.isClassLike(n)) return n;
    if (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n)) return void 0;
  }
  return void 0;
}
function hasDefaultModifier(ts, st) {
  return ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);
}
function hasExportModifier(ts, st) {
  return ts.canHaveModifiers(st) && (ts.getModifiers(st) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
}
function requireSpecifier(ts, call) {
  if (!ts.isIdentifier(call.expression) || call.expression.text !== "require" || call.arguments.length !== 1) return void 0;
  const arg = call.arguments[0];
  return ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg) ? arg.text : void 0;
}
function propertyName(ts, name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name) || ts.isPrivateIdentifier(name)) return name.text;
  if (ts.isNumericLiteral(name)) return String(Number(name.text));
  return void 0;
}

// src/scanners/pulumi/evaluate.ts
var MAX_DEPTH2 = 150;
var MAX_CALL_DEPTH = 8;
var CONFIG_METHODS = /^(?:require|get)(?:Secret)?(?:Number|Boolean|Object)?$/;
var PASS_THROUGH = /* @__PURE__ */ new Set(["output", "secret", "unsecret", "Output.create"]);
var Evaluator = class {
  constructor(ts, resolver, enums, files) {
    this.ts = ts;
    this.resolver = resolver;
    this.enums = enums;
    this.files = files;
  }
  ts;
  resolver;
  enums;
  files;
  active = /* @__PURE__ */ new Set();
  env = { frames: [], cutoff: 0 };
  get frames() {
    return this.env.frames;
  }
  /** Runs `fn` with `env` as the calls being followed. */
  within(env, fn) {
    const saved = this.env;
    this.env = env;
    try {
      return fn();
    } finally {
      this.env = saved;
    }
  }
  /** The frame of a call of `callable` written at `call` in `file`, made in the current environment. */
  frame(callable, call, file, depth = 0) {
    return { fn: callable.fn, args: call.arguments ?? [], file, call: this.callName(call, file, depth), depth: this.env.frames.length, memo: /* @__PURE__ */ new Map() };
  }
  /** `new WebService("web")`, `makeService("api")`, `makeService(...)`: the callee and a static first argument (usually a name). */
  callName(call, file, depth) {
    const ts = this.ts;
    const callee = call.expression.kind === ts.SyntaxKind.SuperKeyword ? "super" : this.text(call.expression, file).replace(/\s+/g, "");
    const first = call.arguments?.[0];
    let shown = "";
    if (first) {
      const v = ts.isSpreadElement(first) ? void 0 : this.evaluate(first, file, depth + 1).value;
      shown = typeof v === "string" ? JSON.stringify(v) : "...";
    }
    return `${ts.isNewExpression(call) ? "new " : ""}${callee}(${shown})`;
  }
  rangeOf(node, file) {
    return file.lines.rangeOf(node.getStart(file.sf), node.getEnd());
  }
  text(node, file) {
    return node.getText(file.sf);
  }
  /** The Unknown `ev` for `expr`, marked when `expr` calls something that gives a different value on every run. */
  nondeterministic(ev, expr, file) {
    if (!isUnknown(ev.value) || ev.value.nondeterministic) return ev;
    const found = nondeterministicCall(this.ts, expr, file);
    if (found) {
      ev.value.nondeterministic = found;
      ev.value.reason = `${found} gives a different value on every run`;
    }
    return ev;
  }
  /** An Unknown for `expr`; `input` when what made it unknown is a parameter of the function or component it sits in. */
  unknownEv(expr, file, reason, input = false, refs) {
    return { value: unknown(this.text(expr, file), { reason, input, ...refs ? { refs } : {} }), node: { range: this.rangeOf(expr, file) } };
  }
  evaluate(expr, file, depth = 0) {
    const ts = this.ts;
    const range2 = () => this.rangeOf(expr, file);
    if (depth > MAX_DEPTH2) return this.unknownEv(expr, file, "expression nested too deeply to evaluate");
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return { value: expr.text, node: { range: range2() } };
    if (ts.isNumericLiteral(expr)) return { value: Number(expr.text.replace(/_/g, "")), node: { range: range2() } };
    if (expr.kind === ts.SyntaxKind.TrueKeyword) return { value: true, node: { range: range2() } };
    if (expr.kind === ts.SyntaxKind.FalseKeyword) return { value: false, node: { range: range2() } };
    if (expr.kind === ts.SyntaxKind.NullKeyword) return { value: null, node: { range: range2() } };
    if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr) || ts.isNonNullExpression(expr) || ts.isTypeAssertionExpression(expr)) {
      const inner = this.evaluate(expr.expression, file, depth + 1);
      return { value: inner.value, node: { ...inner.node, range: range2() } };
    }
    if (ts.isObjectLiteralExpression(expr)) return this.object(expr, file, depth);
    if (ts.isArrayLiteralExpression(expr)) return this.array(expr, file, depth);
    if (ts.isIdentifier(expr)) return this.identifier(expr, file, depth);
    if (ts.isTemplateExpression(expr)) return this.template(expr, file, depth);
    if (ts.isTaggedTemplateExpression(expr)) {
      const tag = this.resolver.ref(expr.tag, file);
      if (tag?.kind === "package" && tag.pkg === "pulumi" && tag.path.join(".") === "interpolate") {
        const inner = ts.isNoSubstitutionTemplateLiteral(expr.template) ? { value: expr.template.text, node: { range: range2() } } : this.template(expr.template, file, depth);
        return { value: inner.value, node: { range: range2() } };
      }
      return this.unknownEv(expr, file, "tagged template");
    }
    if (ts.isBinaryExpression(expr)) return this.binary(expr, file, depth);
    if (ts.isPrefixUnaryExpression(expr)) return this.prefix(expr, file, depth);
    if (ts.isConditionalExpression(expr)) {
      const cond = this.evaluate(expr.condition, file, depth + 1);
      if (isUnknown(cond.value)) return carry(this.unknownEv(expr, file, "condition not known statically", cond.value.input), cond.value);
      const branch = this.evaluate(truthy(cond.value) ? expr.whenTrue : expr.whenFalse, file, depth + 1);
      return { value: branch.value, node: { ...branch.node, range: range2() } };
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
  object(expr, file, depth) {
    const ts = this.ts;
    const value = {};
    const children = {};
    for (const p of expr.properties) {
      if (ts.isSpreadAssignment(p)) {
        const spread = this.evaluate(p.expression, file, depth + 1);
        if (spread.value === void 0 || spread.value === null) continue;
        if (!isValueMap(spread.value)) return this.unknownEv(expr, file, `spread of ${this.text(p.expression, file)}, not known statically`);
        for (const [k, v] of Object.entries(spread.value)) {
          value[k] = v;
          children[k] = spread.node.children?.[k] ?? withOrigins({ range: this.rangeOf(p, file) }, spread.node.origins);
        }
        continue;
      }
      let key;
      let valueExpr;
      if (ts.isPropertyAssignment(p)) {
        key = ts.isComputedPropertyName(p.name) ? this.computedKey(p.name, file, depth) : propertyName(ts, p.name);
        valueExpr = p.initializer;
      } else if (ts.isShorthandPropertyAssignment(p)) {
        key = p.name.text;
        valueExpr = p.name;
      } else {
        const name = p.name && !ts.isComputedPropertyName(p.name) ? propertyName(ts, p.name) : void 0;
        if (name !== void 0) {
          value[name] = unknown(this.text(p, file), { reason: "method or accessor" });
          children[name] = { range: this.rangeOf(p, file) };
        }
        continue;
      }
      if (key === void 0) return this.unknownEv(expr, file, "computed property name not known statically");
      const ev = this.evaluate(valueExpr, file, depth + 1);
      delete value[key];
      delete children[key];
      if (ev.value === void 0) continue;
      value[key] = ev.value;
      children[key] = { ...ev.node, range: this.rangeOf(p, file), valueRange: ev.node.range };
    }
    return { value, node: { range: this.rangeOf(expr, file), children } };
  }
  computedKey(name, file, depth) {
    const key = this.evaluate(name.expression, file, depth + 1).value;
    return typeof key === "string" ? key : typeof key === "number" ? String(key) : void 0;
  }
  array(expr, file, depth) {
    const ts = this.ts;
    const value = [];
    const children = {};
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
      value.push(ev.value === void 0 ? null : ev.value);
    }
    return { value, node: { range: this.rangeOf(expr, file), children } };
  }
  // ---- names -----------------------------------------------------------------------------
  identifier(id, file, depth) {
    const binding = lookup(this.ts, file.sf, id);
    if (!binding && id.text === "undefined") return { value: void 0, node: { range: this.rangeOf(id, file) } };
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
  destructured(b, site, file, depth) {
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
  parameter(b, site, file, depth) {
    const ts = this.ts;
    const here = this.rangeOf(site, file);
    const { frames, cutoff } = this.env;
    let index = -1;
    for (let i = frames.length - 1; i >= cutoff; i--) {
      if (frames[i].fn === b.parameter.parent) {
        index = i;
        break;
      }
    }
    if (index < 0) return this.unknownEv(site, file, "function parameter", true);
    const frame = frames[index];
    const position = frame.fn.parameters.indexOf(b.parameter);
    const spread = frame.args.findIndex((a) => ts.isSpreadElement(a));
    if (spread >= 0 && spread <= position + (b.parameter.dotDotDotToken ? frame.args.length : 0)) return this.unknownEv(site, file, "argument passed with a spread");
    const label = ts.isIdentifier(b.parameter.name) ? b.parameter.name.text : `argument ${position + 1}`;
    const origin = argumentOrigin(frame);
    let root;
    if (b.parameter.dotDotDotToken) {
      const value = [];
      const children = {};
      for (let i = position; i < frame.args.length; i++) {
        const arg = this.argument(index, i, depth);
        children[String(value.length)] = arg.node;
        value.push(arg.value === void 0 ? null : arg.value);
      }
      const first = frame.args[position];
      const last = frame.args[frame.args.length - 1];
      root = first && last ? { value, node: rebase({ range: frame.file.lines.rangeOf(first.getStart(frame.file.sf), last.getEnd()), children }, here, origin, [], label) } : { value, node: { range: here } };
    } else {
      const arg = this.argument(index, position, depth);
      if (arg && arg.value !== void 0) root = { value: arg.value, node: rebase(arg.node, here, origin, [], label) };
      else if (b.parameter.initializer) root = this.evaluate(b.parameter.initializer, file, depth + 1);
      else root = { value: void 0, node: { range: here } };
    }
    const picked = this.pick(root, b.steps, site, file, depth);
    return { value: picked.value, node: { ...picked.node, range: here } };
  }
  /**
   * Argument `position` of frame `index`, evaluated where the caller wrote it (once per cutoff);
   * undefined when the call passes none. The nesting depth carries on, so a chain of calls
   * cannot nest evaluation without bound.
   */
  argument(index, position, depth) {
    const { frames, cutoff } = this.env;
    const frame = frames[index];
    const expr = frame.args[position];
    if (!expr) return void 0;
    const key = `${position}:${cutoff}`;
    let ev = frame.memo.get(key);
    if (!ev) {
      ev = this.within({ frames: frames.slice(0, index), cutoff }, () => this.evaluate(expr, frame.file, depth + 1));
      frame.memo.set(key, ev);
    }
    return ev;
  }
  /** Follows destructuring steps from a value; defaults apply where the value is absent. */
  pick(root, steps, site, file, depth) {
    let cur = root;
    for (const step of steps) {
      const v = cur.value;
      if (isUnknown(v)) {
        return carry({ value: unknown(this.text(site, file), { reason: v.reason ?? "destructured from a value not known statically" }), node: withOrigins({ range: cur.node.range }, cur.node.origins) }, v);
      }
      if ("key" in step) {
        const k = String(step.key);
        let next = { value: void 0, node: withOrigins({ range: cur.node.range }, cur.node.origins) };
        if (isValueMap(v) && Object.prototype.hasOwnProperty.call(v, k)) next = { value: v[k], node: childOf(cur.node, k) };
        else if (Array.isArray(v) && typeof step.key === "number" && step.key < v.length) next = { value: v[step.key], node: childOf(cur.node, k) };
        if (next.value === void 0 && step.init) next = this.evaluate(step.init, file, depth + 1);
        cur = next;
      } else if (step.rest === "object") {
        if (!isValueMap(v)) return { value: void 0, node: { range: cur.node.range } };
        const value = {};
        const children = {};
        for (const [k, x] of Object.entries(v)) {
          if (step.exclude.includes(k)) continue;
          value[k] = x;
          const c = cur.node.children?.[k];
          if (c) children[k] = c;
        }
        cur = { value, node: withOrigins({ range: cur.node.range, children }, cur.node.origins) };
      } else {
        if (!Array.isArray(v)) return { value: void 0, node: { range: cur.node.range } };
        const children = {};
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
  fromRef(ref, site, file, depth) {
    const here = this.rangeOf(site, file);
    if (!ref) return this.unknownEv(site, file, "not known statically");
    if (ref.kind === "package") return this.sdkValue(ref, site, file);
    if (ref.kind !== "value") return this.unknownEv(site, file, ref.kind === "module" ? "module namespace" : ref.kind === "enum" ? "enum object" : ref.kind);
    let init = ref.expr;
    while (this.ts.isAwaitExpression(init) || this.ts.isParenthesizedExpression(init) || this.ts.isAsExpression(init)) init = init.expression;
    if (this.ts.isNewExpression(init)) {
      const first = init.arguments?.[0];
      const name2 = first ? this.evaluate(first, ref.file, depth + 1).value : void 0;
      return this.unknownEv(site, file, "object created with new (a resource: its outputs are not known statically)", false, typeof name2 === "string" ? [name2] : void 0);
    }
    const key = ref.binding?.declaration ?? ref.expr;
    if (this.active.has(key)) return this.unknownEv(site, file, "circular definition");
    this.active.add(key);
    let ev;
    try {
      ev = this.evaluate(ref.expr, ref.file, depth + 1);
    } finally {
      this.active.delete(key);
    }
    if (ref.file === file) return { value: ev.value, node: { ...ev.node, range: here } };
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
            kind: "const"
          },
          ...ev.node.origins ?? []
        ]
      }
    };
  }
  /** A value exported by a Pulumi SDK: enum members are known, the rest is not. */
  sdkValue(ref, site, file) {
    let path = ref.path;
    if (path[0] === "types" && path[1] === "enums") path = path.slice(2);
    if (path.length >= 2) {
      const member = path[path.length - 1];
      const enumName = path[path.length - 2];
      if (/^[A-Z]/.test(enumName)) {
        const v = this.enums.value(ref.pkg, path.slice(0, -2), enumName, member);
        if (v !== void 0) return { value: v, node: { range: this.rangeOf(site, file) } };
        return this.unknownEv(site, file, "enum member not known to driftless");
      }
    }
    return this.unknownEv(site, file, `value from @pulumi/${ref.pkg}`);
  }
  access(expr, file, depth) {
    const ts = this.ts;
    const ref = this.resolver.ref(expr, file);
    if (ref?.kind === "package") return this.sdkValue(ref, expr, file);
    if (ref?.kind === "value") return this.fromRef(ref, expr, file, depth);
    let key;
    if (ts.isPropertyAccessExpression(expr)) {
      if (!ts.isIdentifier(expr.name)) return this.unknownEv(expr, file, "private member");
      key = expr.name.text;
      const baseRef = this.resolver.ref(expr.expression, file);
      if (baseRef?.kind === "enum") return this.enumMember(baseRef, key, expr, file, depth);
    } else {
      const k = this.evaluate(expr.argumentExpression, file, depth + 1).value;
      key = typeof k === "string" || typeof k === "number" ? k : void 0;
      if (key === void 0) return this.unknownEv(expr, file, "index not known statically");
    }
    const base2 = this.evaluate(expr.expression, file, depth + 1);
    const here = this.rangeOf(expr, file);
    const at = (child) => withOrigins({ range: here, ...child?.children ? { children: child.children } : {} }, child?.origins ?? base2.node.origins);
    if (isValueMap(base2.value)) {
      const k = String(key);
      if (!Object.prototype.hasOwnProperty.call(base2.value, k)) return { value: void 0, node: { range: here } };
      return { value: base2.value[k], node: at(base2.node.children?.[k]) };
    }
    if (Array.isArray(base2.value)) {
      if (key === "length") return { value: base2.value.length, node: { range: here } };
      const i = typeof key === "number" ? key : /^\d+$/.test(key) ? Number(key) : -1;
      if (i < 0 || i >= base2.value.length) return { value: void 0, node: { range: here } };
      return { value: base2.value[i], node: at(base2.node.children?.[String(i)]) };
    }
    if (typeof base2.value === "string" && key === "length") return { value: base2.value.length, node: { range: here } };
    if (isUnknown(base2.value)) {
      const root = rootIdentifier(ts, expr);
      return carry(this.unknownEv(expr, file, root && this.isResourceVariable(root, file) ? "resource output" : base2.value.reason ?? "property of a value not known statically", base2.value.input, base2.value.refs), base2.value);
    }
    return this.unknownEv(expr, file, "property of a value not known statically");
  }
  enumMember(ref, member, site, file, depth) {
    const ts = this.ts;
    let next = 0;
    for (const m of ref.declaration.members) {
      const name = propertyName(ts, m.name);
      let v = next;
      if (m.initializer) v = this.evaluate(m.initializer, ref.file, depth + 1).value;
      if (typeof v === "number") next = v + 1;
      if (name === member) {
        if (v === void 0 || isUnknown(v)) break;
        return { value: v, node: { range: this.rangeOf(site, file) } };
      }
    }
    return this.unknownEv(site, file, "enum member not known statically");
  }
  /** True when the identifier is a variable holding a `new` expression (a resource or other object). */
  isResourceVariable(id, file) {
    const b = lookup(this.ts, file.sf, id);
    if (b?.kind !== "const") return false;
    let init = b.init;
    while (this.ts.isAwaitExpression(init) || this.ts.isParenthesizedExpression(init)) init = init.expression;
    return this.ts.isNewExpression(init) || this.ts.isCallExpression(init);
  }
  // ---- operators -------------------------------------------------------------------------
  template(expr, file, depth) {
    const parts = [{ known: true, text: expr.head.text }];
    for (const span of expr.templateSpans) {
      parts.push(this.part(span.expression, file, depth));
      parts.push({ known: true, text: span.literal.text });
    }
    return this.joined(parts, expr, file);
  }
  part(e, file, depth) {
    const v = this.evaluate(e, file, depth + 1).value;
    if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null || v === void 0) return { known: true, text: String(v) };
    if (isUnknown(v) && typeof v.decoded === "string" && v.reason === "partly known string") return { known: false, text: v.decoded, reason: v.reason, ...v.refs ? { refs: v.refs } : {}, ...partNondeterministic(v) };
    if (isUnknown(v)) return { known: false, text: `\${${this.text(e, file)}}`, ...v.reason ? { reason: v.reason } : {}, ...v.refs ? { refs: v.refs } : {}, ...partNondeterministic(v) };
    return { known: true, text: Array.isArray(v) ? v.map((x) => x === null ? "" : String(x)).join(",") : "[object Object]" };
  }
  joined(parts, expr, file) {
    const text = parts.map((p) => p.text).join("");
    const range2 = this.rangeOf(expr, file);
    if (parts.every((p) => p.known)) return { value: text, node: { range: range2 } };
    const refs = [...new Set(parts.flatMap((p) => p.refs ?? []))];
    const value = unknown(this.text(expr, file), { decoded: text, reason: "partly known string", refs });
    const nondeterministic = parts.find((p) => p.nondeterministic)?.nondeterministic;
    if (nondeterministic) value.nondeterministic = nondeterministic;
    return { value, node: { range: range2 } };
  }
  binary(expr, file, depth) {
    const ts = this.ts;
    const op = expr.operatorToken.kind;
    const range2 = this.rangeOf(expr, file);
    if (op === ts.SyntaxKind.PlusToken) {
      const left2 = this.evaluate(expr.left, file, depth + 1).value;
      const right2 = this.evaluate(expr.right, file, depth + 1).value;
      if (typeof left2 === "number" && typeof right2 === "number") return { value: left2 + right2, node: { range: range2 } };
      const stringy = (v) => typeof v === "string" || isUnknown(v) && typeof v.decoded === "string";
      if (stringy(left2) || stringy(right2) || !isUnknown(left2) && !isUnknown(right2) && isPrimitive(left2) && isPrimitive(right2)) {
        return this.joined([this.asPart(left2, expr.left, file), this.asPart(right2, expr.right, file)], expr, file);
      }
      return carry(this.unknownEv(expr, file, "sum of values not known statically"), left2, right2);
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      const left2 = this.evaluate(expr.left, file, depth + 1);
      if (isUnknown(left2.value)) return carry(this.unknownEv(expr, file, "condition not known statically", left2.value.input), left2.value);
      const takeLeft = op === ts.SyntaxKind.AmpersandAmpersandToken ? !truthy(left2.value) : op === ts.SyntaxKind.BarBarToken ? truthy(left2.value) : left2.value !== void 0 && left2.value !== null;
      const chosen = takeLeft ? left2 : this.evaluate(expr.right, file, depth + 1);
      return { value: chosen.value, node: { ...chosen.node, range: range2 } };
    }
    const left = this.evaluate(expr.left, file, depth + 1).value;
    const right = this.evaluate(expr.right, file, depth + 1).value;
    if (isUnknown(left) || isUnknown(right) || !isPrimitive(left) || !isPrimitive(right)) return carry(this.unknownEv(expr, file, "operands not known statically"), left, right);
    const l = left;
    const r = right;
    let value;
    switch (op) {
      case ts.SyntaxKind.EqualsEqualsEqualsToken:
        value = l === r;
        break;
      case ts.SyntaxKind.ExclamationEqualsEqualsToken:
        value = l !== r;
        break;
      // eslint-disable-next-line eqeqeq
      case ts.SyntaxKind.EqualsEqualsToken:
        value = l == r;
        break;
      // eslint-disable-next-line eqeqeq
      case ts.SyntaxKind.ExclamationEqualsToken:
        value = l != r;
        break;
      case ts.SyntaxKind.LessThanToken:
        value = l < r;
        break;
      case ts.SyntaxKind.GreaterThanToken:
        value = l > r;
        break;
      case ts.SyntaxKind.LessThanEqualsToken:
        value = l <= r;
        break;
      case ts.SyntaxKind.GreaterThanEqualsToken:
        value = l >= r;
        break;
      case ts.SyntaxKind.MinusToken:
        value = typeof l === "number" && typeof r === "number" ? l - r : void 0;
        break;
      case ts.SyntaxKind.AsteriskToken:
        value = typeof l === "number" && typeof r === "number" ? l * r : void 0;
        break;
      case ts.SyntaxKind.SlashToken:
        value = typeof l === "number" && typeof r === "number" && r !== 0 ? l / r : void 0;
        break;
      case ts.SyntaxKind.PercentToken:
        value = typeof l === "number" && typeof r === "number" && r !== 0 ? l % r : void 0;
        break;
      default:
        value = void 0;
    }
    return value === void 0 ? this.unknownEv(expr, file, "operator not evaluated statically") : { value, node: { range: range2 } };
  }
  asPart(v, e, file) {
    if (isUnknown(v)) {
      if (typeof v.decoded === "string" && v.reason === "partly known string") return { known: false, text: v.decoded, ...partNondeterministic(v) };
      return { known: false, text: `\${${this.text(e, file)}}`, ...partNondeterministic(v) };
    }
    return { known: true, text: String(v) };
  }
  prefix(expr, file, depth) {
    const ts = this.ts;
    const v = this.evaluate(expr.operand, file, depth + 1).value;
    const range2 = this.rangeOf(expr, file);
    if (isUnknown(v)) return carry(this.unknownEv(expr, file, v.reason ?? "operand not known statically", v.input), v);
    if (expr.operator === ts.SyntaxKind.ExclamationToken) return { value: !truthy(v), node: { range: range2 } };
    if (expr.operator === ts.SyntaxKind.MinusToken && typeof v === "number") return { value: -v, node: { range: range2 } };
    if (expr.operator === ts.SyntaxKind.PlusToken && typeof v === "number") return { value: v, node: { range: range2 } };
    return this.unknownEv(expr, file, "operator not evaluated statically");
  }
  // ---- calls -----------------------------------------------------------------------------
  call(expr, file, depth) {
    const ts = this.ts;
    const callee = expr.expression;
    const range2 = this.rangeOf(expr, file);
    const calleeText = this.text(callee, file);
    if (calleeText === "JSON.stringify" && expr.arguments.length >= 1 && !lookupName(ts, file, callee)) return this.stringify(expr, file, depth);
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toString" && ts.isCallExpression(callee.expression) && this.text(callee.expression.expression, file) === "Buffer.from") {
      const encoding = expr.arguments[0] ? this.evaluate(expr.arguments[0], file, depth + 1).value : void 0;
      const source = callee.expression.arguments[0];
      if (encoding === "base64" && source) {
        const decoded = this.evaluate(source, file, depth + 1).value;
        if (typeof decoded === "string" || isUnknown(decoded) && decoded.decoded !== void 0) {
          return carry({ value: unknown(this.text(expr, file), { decoded: isUnknown(decoded) ? decoded.decoded : decoded, reason: "base64 encoding" }), node: { range: range2 } }, decoded);
        }
      }
    }
    const read = this.readFile(expr, file, depth);
    if (read) return read;
    if (calleeText === "btoa" && expr.arguments[0]) {
      const decoded = this.evaluate(expr.arguments[0], file, depth + 1).value;
      if (typeof decoded === "string") return { value: unknown(this.text(expr, file), { decoded, reason: "base64 encoding" }), node: { range: range2 } };
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
    const receiver = ts.isPropertyAccessExpression(callee) ? this.evaluate(callee.expression, file, depth + 1).value : void 0;
    return carry(result, receiver, ...expr.arguments.map((a) => ts.isSpreadElement(a) ? void 0 : this.evaluate(a, file, depth + 1).value));
  }
  /** `JSON.stringify(x[, replacer, space])` and `pulumi.jsonStringify`: the JSON text when `x` is known, else Unknown decoding to `x`. */
  stringify(expr, file, depth) {
    const range2 = this.rangeOf(expr, file);
    const arg = this.evaluate(expr.arguments[0], file, depth + 1);
    if (arg.value === void 0) return { value: void 0, node: { range: range2 } };
    const node = withOrigins({ range: range2, ...arg.node.children ? { children: arg.node.children } : {} }, arg.node.origins);
    if (containsUnknown(arg.value)) return { value: unknown(this.text(expr, file), { decoded: arg.value, reason: "JSON of a value with unknown parts" }), node };
    const space = expr.arguments[2] ? this.evaluate(expr.arguments[2], file, depth + 1).value : void 0;
    const indent = typeof space === "number" || typeof space === "string" ? space : void 0;
    return { value: JSON.stringify(arg.value, null, indent), node };
  }
  /** Pulumi's helpers that keep known parts; undefined for the others. */
  pulumiHelper(name, expr, file, depth) {
    const range2 = this.rangeOf(expr, file);
    const first = expr.arguments[0];
    if (name === "concat") return this.joined(expr.arguments.map((a) => this.part(a, file, depth)), expr, file);
    if (!first || this.ts.isSpreadElement(first)) return void 0;
    if (name === "jsonStringify") return this.stringify(expr, file, depth);
    if (PASS_THROUGH.has(name)) {
      const arg = this.evaluate(first, file, depth + 1);
      return { value: arg.value, node: { ...arg.node, range: range2 } };
    }
    if (name === "all") {
      const arg = this.evaluate(first, file, depth + 1);
      if (Array.isArray(arg.value) || isValueMap(arg.value)) return { value: arg.value, node: { ...arg.node, range: range2 } };
      return carry(this.unknownEv(expr, file, isUnknown(arg.value) ? arg.value.reason ?? "outputs not known statically" : "outputs not known statically"), arg.value);
    }
    return void 0;
  }
  /**
   * `x.apply(cb)`: Unknown, since the callback runs at deployment. When the callback just returns
   * a value (an arrow's expression, or consts then one `return`), it is evaluated with its
   * parameter bound to the receiver as far as it is known (`pulumi.all([a, b])` gives the array),
   * and a string it builds (a user-data template, itself partly known) becomes the Unknown's
   * `decoded` value.
   */
  applied(expr, callee, file, depth) {
    const ts = this.ts;
    const base2 = this.unknownEv(expr, file, "output transformation (.apply)");
    const cb = expr.arguments[0];
    if (!cb || !(ts.isArrowFunction(cb) || ts.isFunctionExpression(cb)) || cb.parameters.length > 1) return base2;
    const body = returnedExpression(ts, cb);
    const { frames, cutoff } = this.env;
    if (!body || frames.length >= MAX_CALL_DEPTH) return base2;
    const frame = { fn: cb, args: [callee.expression], file, call: `${this.text(callee, file)}(...)`, depth: frames.length, memo: /* @__PURE__ */ new Map() };
    const result = this.within({ frames: [...frames, frame], cutoff }, () => this.evaluate(body, file, depth + 1)).value;
    const known = typeof result === "string" || isUnknown(result) && result.decoded !== void 0;
    if (!known || !isUnknown(base2.value)) return base2;
    return carry({ value: unknown(base2.value.$unknown, { decoded: result, reason: "output transformation (.apply)" }), node: base2.node }, result);
  }
  /**
   * `fs.readFileSync(p[, encoding])` (also `readFileSync` imported from `fs`), and `.toString()`
   * of it: the text of a repository file named by a static path. Base64 output
   * (`readFileSync(p, "base64")`, `.toString("base64")`) is Unknown, decoded to the text.
   * Undefined for every other call, and when the file cannot be read.
   */
  readFile(expr, file, depth) {
    const ts = this.ts;
    if (!this.files) return void 0;
    let call = expr;
    let encoding;
    const callee = expr.expression;
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "toString" && ts.isCallExpression(callee.expression)) {
      call = callee.expression;
      encoding = expr.arguments[0] ? this.evaluate(expr.arguments[0], file, depth + 1).value : "utf8";
    }
    if (!this.nodeFunction(call.expression, file, "fs", "readFileSync") || !call.arguments[0]) return void 0;
    if (call === expr) {
      const option = call.arguments[1] ? this.evaluate(call.arguments[1], file, depth + 1).value : void 0;
      encoding = isValueMap(option) ? option.encoding : option;
      if (encoding === void 0 || encoding === null) return void 0;
    }
    const target = this.staticPath(call.arguments[0], file, depth);
    const text = target === void 0 ? void 0 : this.files.read(target);
    if (text === void 0) return void 0;
    const range2 = this.rangeOf(expr, file);
    if (typeof encoding === "string" && /^utf-?8$/i.test(encoding)) return { value: text, node: { range: range2 } };
    if (encoding === "base64") return { value: unknown(this.text(expr, file), { decoded: text, reason: "base64 encoding of a file" }), node: { range: range2 } };
    return void 0;
  }
  /**
   * An absolute file path written statically: a string (relative to the project folder, Pulumi's
   * working directory), or built from `__dirname` (the file's folder) with `path.join`,
   * `path.resolve`, a template literal or `+`.
   */
  staticPath(expr, file, depth) {
    const text = this.pathText(expr, file, depth, 0);
    if (text === void 0 || !this.files) return void 0;
    return isAbsolute(text) ? text : resolve(this.files.projectDir, text);
  }
  pathText(expr, file, depth, level) {
    const ts = this.ts;
    if (level > 8) return void 0;
    if (ts.isParenthesizedExpression(expr)) return this.pathText(expr.expression, file, depth, level + 1);
    if (ts.isIdentifier(expr) && expr.text === "__dirname" && !lookup(ts, file.sf, expr)) return dirname(file.absolutePath);
    if (ts.isTemplateExpression(expr)) {
      let out = expr.head.text;
      for (const span of expr.templateSpans) {
        const part = this.pathText(span.expression, file, depth, level + 1);
        if (part === void 0) return void 0;
        out += part + span.literal.text;
      }
      return out;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = this.pathText(expr.left, file, depth, level + 1);
      const right = left === void 0 ? void 0 : this.pathText(expr.right, file, depth, level + 1);
      return left === void 0 || right === void 0 ? void 0 : left + right;
    }
    if (ts.isCallExpression(expr) && (this.nodeFunction(expr.expression, file, "path", "join") || this.nodeFunction(expr.expression, file, "path", "resolve"))) {
      const parts = [];
      for (const arg of expr.arguments) {
        const part = ts.isSpreadElement(arg) ? void 0 : this.pathText(arg, file, depth, level + 1);
        if (part === void 0) return void 0;
        parts.push(part);
      }
      const joined = this.nodeFunction(expr.expression, file, "path", "join") ? join(...parts) : this.files ? resolve(this.files.projectDir, ...parts) : void 0;
      return joined;
    }
    const v = this.evaluate(expr, file, depth + 1).value;
    return typeof v === "string" ? v : void 0;
  }
  /** A function of Node's `fs` or `path` module: `fs.readFileSync` (namespace or default import), or `readFileSync` imported by name. */
  nodeFunction(callee, file, module, name) {
    const ts = this.ts;
    const fromModule = (b) => b?.kind === "import" && (b.specifier === module || b.specifier === `node:${module}`);
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
  returned(callable, expr, file, depth) {
    const body = returnedExpression(this.ts, callable.fn);
    if (!body) return void 0;
    const { frames, cutoff } = this.env;
    if (frames.length >= MAX_CALL_DEPTH || frames.some((f) => f.fn === callable.fn)) return this.unknownEv(expr, file, "result of a recursive or deeply nested call");
    const frame = this.frame(callable, expr, file, depth);
    const ev = this.within({ frames: [...frames, frame], cutoff }, () => this.evaluate(body, callable.file, depth + 1));
    const here = this.rangeOf(expr, file);
    if (callable.file === file) return { value: ev.value, node: { ...ev.node, range: here } };
    const where = callable.file.path;
    return { value: ev.value, node: rebase(ev.node, here, (range2) => ({ file: where, range: range2, message: `returned by ${frame.call} (${where})`, kind: "return-value" }), [], "") };
  }
  /** `config` in `config.require(...)`: a `new pulumi.Config(...)` (or any receiver named like one). */
  isConfig(receiver, file) {
    const ts = this.ts;
    if (ts.isNewExpression(receiver)) return /Config$/.test(this.text(receiver.expression, file));
    if (ts.isIdentifier(receiver)) {
      const b = lookup(ts, file.sf, receiver);
      if (b?.kind === "const") return this.isConfig(b.init, file);
      return /config/i.test(receiver.text);
    }
    return /config/i.test(this.text(receiver, file));
  }
};
function partNondeterministic(v) {
  const found = nondeterministicIn(v);
  return found ? { nondeterministic: found } : {};
}
function carry(ev, ...from) {
  if (!isUnknown(ev.value) || ev.value.nondeterministic) return ev;
  const found = from.map((v) => nondeterministicIn(v)).find((n) => n !== void 0);
  if (found) ev.value.nondeterministic = found;
  return ev;
}
var NONDETERMINISTIC_GLOBALS = {
  Date: /* @__PURE__ */ new Set(["now"]),
  Math: /* @__PURE__ */ new Set(["random"]),
  crypto: /* @__PURE__ */ new Set(["randomUUID", "randomBytes", "randomInt", "getRandomValues"]),
  performance: /* @__PURE__ */ new Set(["now"])
};
var NONDETERMINISTIC_MODULES = {
  crypto: NONDETERMINISTIC_GLOBALS.crypto,
  "node:crypto": NONDETERMINISTIC_GLOBALS.crypto,
  uuid: /* @__PURE__ */ new Set(["v1", "v4", "v6", "v7"])
};
var MAX_SCAN_NODES = 4e3;
function nondeterministicCall(ts, root, file) {
  let budget = MAX_SCAN_NODES;
  const named = (expr) => {
    if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.expression)) {
      const object = expr.expression;
      const member = expr.name.text;
      const binding = lookup(ts, file.sf, object);
      if (!binding) return NONDETERMINISTIC_GLOBALS[object.text]?.has(member) ? `${object.text}.${member}()` : void 0;
      if (binding.kind === "import" && (binding.imported === "*" || binding.imported === "default")) {
        return NONDETERMINISTIC_MODULES[binding.specifier]?.has(member) ? `${object.text}.${member}()` : void 0;
      }
      return void 0;
    }
    if (ts.isIdentifier(expr)) {
      const binding = lookup(ts, file.sf, expr);
      if (!binding) return expr.text === "Date" ? "Date()" : void 0;
      if (binding.kind === "import" && NONDETERMINISTIC_MODULES[binding.specifier]?.has(binding.imported)) return `${expr.text}()`;
    }
    return void 0;
  };
  const visit = (node) => {
    if (--budget < 0) return void 0;
    if (ts.isCallExpression(node)) {
      const found = named(node.expression);
      if (found) return found;
      if (ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === "apply") {
        for (const arg of node.arguments) {
          const inCallback = ts.isArrowFunction(arg) || ts.isFunctionExpression(arg) ? arg.body ? visit(arg.body) : void 0 : visit(arg);
          if (inCallback) return inCallback;
        }
        return visit(node.expression);
      }
    }
    if (ts.isNewExpression(node)) {
      const callee = node.expression;
      if (ts.isIdentifier(callee) && callee.text === "Date" && !lookup(ts, file.sf, callee)) {
        if (!node.arguments || node.arguments.length === 0) return "new Date()";
      } else return void 0;
    }
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node) || ts.isClassLike(node)) return void 0;
    return ts.forEachChild(node, visit);
  };
  return visit(root);
}
function isPrimitive(v) {
  return v === void 0 || v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}
function truthy(v) {
  if (v === void 0 || v === null || v === false || v === 0 || v === "") return false;
  return true;
}
function containsUnknown(v) {
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  if (isValueMap(v)) return Object.values(v).some(containsUnknown);
  return false;
}
function rootIdentifier(ts, expr) {
  let e = expr;
  while (ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e) || ts.isNonNullExpression(e) || ts.isCallExpression(e)) e = e.expression;
  return ts.isIdentifier(e) ? e : void 0;
}
function lookupName(ts, file, callee) {
  const root = rootIdentifier(ts, callee);
  return root ? lookup(ts, file.sf, root) !== void 0 : false;
}
function withOrigins(node, origins) {
  return origins && origins.length > 0 ? { ...node, origins } : node;
}
function childOf(node, key) {
  const child = node.children?.[key];
  return child ? withOrigins(child, child.origins ?? node.origins) : withOrigins({ range: node.range }, node.origins);
}
function rebase(node, here, origin, path, root) {
  const out = { range: here, origins: [origin(node.range, pathLabel(path, root)), ...node.origins ?? []] };
  if (node.children) {
    const children = {};
    for (const [k, c] of Object.entries(node.children)) children[k] = rebase(c, here, origin, [...path, k], root);
    out.children = children;
  }
  return out;
}
function pathLabel(path, root) {
  let label = path.length === 0 || /^\d+$/.test(path[0]) ? root : "";
  for (const p of path) label += /^\d+$/.test(p) ? `[${p}]` : label === "" ? p : `.${p}`;
  return label;
}
function argumentOrigin(frame) {
  return (range2, label) => ({ file: frame.file.path, range: range2, message: `argument ${label} of ${frame.call}`, kind: "call-argument", depth: frame.depth, call: frame.call });
}
function returnedExpression(ts, fn) {
  if (fn.asteriskToken || (ts.getModifiers(fn) ?? []).some((m) => m.kind === ts.SyntaxKind.AsyncKeyword)) return void 0;
  const body = fn.body;
  if (!body) return void 0;
  if (!ts.isBlock(body)) return body;
  const last = body.statements[body.statements.length - 1];
  if (!last || !ts.isReturnStatement(last) || !last.expression) return void 0;
  const before = body.statements.slice(0, -1);
  return before.every((st) => ts.isVariableStatement(st) || ts.isExpressionStatement(st)) ? last.expression : void 0;
}

// src/scanners/pulumi/instances.ts
var MAX_FOLLOWED_CALLS = 2e3;
function followCalls(ts, program, ev, sites) {
  const called = /* @__PURE__ */ new Set();
  for (const site of sites) if (!within(site.node, site.callee.fn)) called.add(site.callee.fn);
  const resources = [];
  const diagnostics = [];
  let budget = MAX_FOLLOWED_CALLS;
  const follow = (site, frames) => {
    const fn = site.callee.fn;
    if (!fn.body || frames.length >= MAX_CALL_DEPTH || frames.some((f) => f.fn === fn)) return;
    if (budget-- <= 0) {
      if (diagnostics.length === 0) diagnostics.push(tooMany(ev, site));
      return;
    }
    const frame = ev.within({ frames, cutoff: 0 }, () => ev.frame(site.callee, site.node, site.file));
    const inner = [...frames, frame];
    const walked = ev.within({ frames: inner, cutoff: 0 }, () => program.walk(fn.body, site.callee.file, site.repeated, (node) => called.has(node)));
    resources.push(...walked.resources);
    for (const next of walked.sites) follow(next, inner);
  };
  for (const site of sites) if (!insideAny(ts, site.node, called)) follow(site, []);
  return { resources, diagnostics };
}
function within(node, ancestor) {
  for (let n = node.parent; n; n = n.parent) if (n === ancestor) return true;
  return false;
}
function insideAny(ts, node, functions) {
  for (let n = node.parent; n; n = n.parent) if (ts.isFunctionLike(n) && functions.has(n)) return true;
  return false;
}
function tooMany(ev, site) {
  return {
    file: site.file.path,
    range: ev.rangeOf(site.node, site.file),
    severity: "warning",
    message: `more than ${MAX_FOLLOWED_CALLS} calls of the program's own components and functions; from this one on, the arguments they pass are not followed into them (their resources are still checked with parameters unknown)`
  };
}
var loading;
function typescript() {
  loading ??= import('./ts-morph-BWHJBRKJ.js').then((m) => m.ts);
  return loading;
}
var ProgramFiles = class {
  constructor(ts, reader) {
    this.ts = ts;
    this.reader = reader;
  }
  ts;
  reader;
  byPath = /* @__PURE__ */ new Map();
  refused = /* @__PURE__ */ new Map();
  /** A file of the unit, or the diagnostic saying why it cannot be read. */
  unitFile(file) {
    const absolutePath = resolve(file.absolutePath);
    const known = this.byPath.get(absolutePath);
    if (known) return known;
    const read = this.reader.read(absolutePath);
    if (!read.file) return read.diagnostic;
    const parsed = this.create(absolutePath, file.path, read.file.text);
    if (typeof parsed === "string") return { file: file.path, range: range(1, 1, 1, 2), severity: "error", message: parsed, notScanned: true };
    return parsed;
  }
  /**
   * The module a relative import names: `./x` \u{2192} `./x.ts`, `./x/index.ts`; `./x.js` \u{2192} `./x.ts`
   * (NodeNext style). Undefined when there is no such TypeScript file inside the repository.
   */
  module(from, specifier) {
    const base2 = resolve(dirname(from.absolutePath), specifier);
    const candidates = /\.(?:ts|mts|cts)$/.test(base2) && !base2.endsWith(".d.ts") ? [base2] : /\.(?:js|mjs|cjs)$/.test(base2) ? [base2.replace(/\.(m|c)?js$/, ".$1ts")] : [`${base2}.ts`, join(base2, "index.ts")];
    let refusal;
    for (const candidate of candidates) {
      const loaded = this.load(candidate);
      if (loaded === void 0) continue;
      if (typeof loaded === "string") {
        refusal ??= loaded;
        continue;
      }
      return loaded;
    }
    const key = `${from.absolutePath}\0${specifier}`;
    if (refusal !== void 0 && !this.refused.has(key)) this.refused.set(key, { from, specifier, target: this.reader.repoPath(candidates[0]), reason: refusal });
    return void 0;
  }
  /** Imports the reader refused, once per importing file and specifier. */
  refusedImports() {
    return [...this.refused.values()];
  }
  /** The parsed file, the reason the reader refused it, or undefined when it is not there. */
  load(absolutePath) {
    const known = this.byPath.get(absolutePath);
    if (known !== void 0) return known ?? void 0;
    const read = this.reader.readInside(absolutePath);
    if (isRefusal(read)) return read.refused;
    const created = read.file ? this.create(absolutePath, this.reader.repoPath(absolutePath), read.file.text) : null;
    if (typeof created === "string") return created;
    this.byPath.set(absolutePath, created);
    return created ?? void 0;
  }
  /** The parsed file, or why it could not be parsed (TypeScript's parser recursing past the stack). */
  create(absolutePath, path, text) {
    const ts = this.ts;
    let sf;
    try {
      sf = ts.createSourceFile(absolutePath, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return "not scanned: the file is nested too deeply for the TypeScript parser (it ran out of stack); split the nested expression";
    }
    const parsed = { path, absolutePath, sf, lines: new LineIndex(text) };
    this.byPath.set(absolutePath, parsed);
    return parsed;
  }
};

// src/scanners/pulumi/convert.ts
var MAP_ARGUMENTS = /* @__PURE__ */ new Set([
  "tags",
  "tagsAll",
  "defaultTags",
  "labels",
  "userLabels",
  "resourceLabels",
  "nodeLabels",
  "annotations",
  "variables",
  "environment",
  "environmentVariables",
  "secureEnvironmentVariables",
  "metadata",
  "triggers",
  "parameters",
  "nodeSelector",
  "selector",
  "keepers",
  "appSettings",
  "stageVariables",
  "requestParameters",
  "requestTemplates",
  "responseParameters",
  "responseTemplates",
  "extraArgs"
]);
var BLOCK_NOT_MAP = {
  environment: /* @__PURE__ */ new Set(["aws_lambda_function", "aws_lambda_layer_version", "aws_codebuild_project", "aws_sagemaker_model"])
};
var BLOCK_NAMES = {
  // Not a block: Pulumi names the argument `function`, Terraform `function_name`.
  aws_lambda_permission: { function: "function_name" },
  aws_instance: { ebs_block_devices: "ebs_block_device", ephemeral_block_devices: "ephemeral_block_device", network_interfaces: "network_interface" },
  aws_launch_configuration: { ebs_block_devices: "ebs_block_device", ephemeral_block_devices: "ephemeral_block_device" },
  aws_autoscaling_group: { tags: "tag" },
  aws_ecs_service: { load_balancers: "load_balancer", ordered_placement_strategies: "ordered_placement_strategy", capacity_provider_strategies: "capacity_provider_strategy", service_registries: "service_registries" },
  aws_ecs_task_definition: { volumes: "volume", placement_constraints: "placement_constraints" },
  aws_s3_bucket: { lifecycle_rules: "lifecycle_rule", grants: "grant", cors_rules: "cors_rule" },
  google_compute_instance: {
    network_interfaces: "network_interface",
    access_configs: "access_config",
    attached_disks: "attached_disk",
    scratch_disks: "scratch_disk",
    guest_accelerators: "guest_accelerator",
    ipv6_access_configs: "ipv6_access_config",
    alias_ip_ranges: "alias_ip_range"
  },
  google_compute_firewall: { allows: "allow", denies: "deny" },
  azurerm_network_security_group: { security_rules: "security_rule" },
  azurerm_container_group: { containers: "container", init_containers: "init_container", exposed_ports: "exposed_port", image_registry_credentials: "image_registry_credential" },
  azurerm_container_app: { containers: "container", init_containers: "init_container", secrets: "secret", registries: "registry" }
};
function toTerraformShape(value, nodes, canonicalType) {
  return convertMap(value, nodes, BLOCK_NAMES[canonicalType] ?? {}, canonicalType, 0);
}
function isMapArgument(key, canonicalType) {
  if (!MAP_ARGUMENTS.has(key)) return false;
  return !BLOCK_NOT_MAP[key]?.has(canonicalType);
}
function convertMap(value, nodes, renames, canonicalType, depth) {
  const out = {};
  const outNodes = {};
  for (const [key, v] of Object.entries(value)) {
    const node = nodes?.[key];
    if (isMapArgument(key, canonicalType) && (isValueMap(v) || isUnknown(v))) {
      out[snake(key)] = v;
      if (node) outNodes[snake(key)] = plain(node);
      continue;
    }
    const snaked = snake(key);
    const name = renames[snaked] ?? snaked;
    const converted = convertValue(v, node, renames, canonicalType, depth + 1, true);
    out[name] = converted.value;
    if (converted.node) outNodes[name] = converted.node;
  }
  return { value: out, nodes: outNodes };
}
function convertValue(v, node, renames, canonicalType, depth, wrap) {
  if (depth > 100) return { value: v, ...node ? { node: plain(node) } : {} };
  if (isValueMap(v)) {
    const inner = convertMap(v, node?.children, renames, canonicalType, depth);
    if (!wrap) return { value: inner.value, ...node ? { node: withChildren(base(node), inner.nodes) } : {} };
    if (!node) return { value: [inner.value] };
    const objectNode = withChildren({ range: node.valueRange ?? node.range }, inner.nodes);
    return { value: [inner.value], node: withChildren(base(node), { "0": objectNode }) };
  }
  if (Array.isArray(v)) {
    const children = {};
    const value = v.map((el, i) => {
      const c = convertValue(el, node?.children?.[String(i)], renames, canonicalType, depth + 1, false);
      if (c.node) children[String(i)] = c.node;
      return c.value;
    });
    return { value, ...node ? { node: withChildren(base(node), children) } : {} };
  }
  return { value: v, ...node ? { node: plain(node) } : {} };
}
function base(node) {
  const out = { range: node.range };
  if (node.origins && node.origins.length > 0) out.origins = node.origins;
  return out;
}
function withChildren(node, children) {
  if (Object.keys(children).length > 0) node.children = children;
  return node;
}
function plain(node) {
  const out = base(node);
  if (node.children) {
    const children = {};
    for (const [k, c] of Object.entries(node.children)) children[k] = plain(c);
    if (Object.keys(children).length > 0) out.children = children;
  }
  return out;
}
function plainChildren(nodes) {
  const out = {};
  for (const [k, c] of Object.entries(nodes ?? {})) out[k] = plain(c);
  return out;
}

// src/scanners/pulumi/options.ts
function resourceOptions(ev, expr, file) {
  const result = ev.evaluate(expr, file);
  if (isValueMap(result.value)) return { options: result.value, nodes: plainChildren(result.node.children) };
  if (result.value === void 0 || result.value === null) return { options: {}, nodes: {} };
  return { options: unknown(ev.text(expr, file), { reason: "resource options not known statically" }), nodes: {} };
}

// src/scanners/pulumi/program.ts
var ITERATING_METHODS = /* @__PURE__ */ new Set(["map", "forEach", "flatMap", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex"]);
var ProgramReader = class {
  constructor(ts, resolver, ev) {
    this.ts = ts;
    this.resolver = resolver;
    this.ev = ev;
  }
  ts;
  resolver;
  ev;
  /** The resources of a whole file, parameters Unknown. */
  read(file) {
    return this.walk(file.sf, file, false);
  }
  /**
   * The resources and calls under `root` (in `file`). `skip` names functions not to enter: those
   * followed through calls of their own.
   */
  walk(root, file, repeatedRoot, skip) {
    const ts = this.ts;
    const out = [];
    const sites = [];
    const visit = (node, repeated, depth) => {
      if (depth > 400) return;
      if (skip && node !== root && ts.isFunctionLike(node) && skip(node)) return;
      if (ts.isNewExpression(node)) {
        const r = this.newExpression(node, file, repeated);
        if (r) out.push(r);
        else this.site(node, file, repeated, sites);
      } else if (ts.isCallExpression(node)) {
        const r = this.invoke(node, file, repeated);
        if (r) out.push(r);
        else this.site(node, file, repeated, sites);
      }
      if (!repeated && this.isLoop(node)) {
        ts.forEachChild(node, (child) => visit(child, child === loopBody(ts, node), depth + 1));
        return;
      }
      if (!repeated && ts.isCallExpression(node) && this.iterates(node)) {
        ts.forEachChild(node, (child) => visit(child, ts.isArrowFunction(child) || ts.isFunctionExpression(child), depth + 1));
        return;
      }
      ts.forEachChild(node, (child) => visit(child, repeated, depth + 1));
    };
    visit(root, repeatedRoot, 0);
    return { resources: out, sites };
  }
  site(node, file, repeated, sites) {
    const callee = callableOf(this.resolver, node.expression, file, this.ts.isNewExpression(node));
    if (callee) sites.push({ node, file, callee, repeated });
  }
  /**
   * A record's name seen from each caller being followed, outermost first, then with no caller
   * (what the standalone record is called); undefined when no call is being followed.
   */
  scopes(name) {
    const frames = this.ev.frames;
    if (frames.length === 0) return void 0;
    const out = [];
    for (let cutoff = 0; cutoff <= frames.length; cutoff++) out.push(this.ev.within({ frames, cutoff }, name));
    return out;
  }
  isLoop(node) {
    const ts = this.ts;
    return ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node);
  }
  /** `xs.map(cb)`, `xs.forEach(cb)`, ..., `Array.from(xs, cb)`. */
  iterates(call) {
    const ts = this.ts;
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return false;
    if (ITERATING_METHODS.has(callee.name.text)) return true;
    return callee.name.text === "from" && ts.isIdentifier(callee.expression) && callee.expression.text === "Array" && call.arguments.length >= 2;
  }
  newExpression(node, file, repeated) {
    const ref = this.resolver.ref(node.expression, file);
    if (ref?.kind !== "package" || ref.pkg === "pulumi" || !isResourceClassPath(ref.path)) return void 0;
    const args = node.arguments ?? [];
    const isProvider = ref.path.length === 1 && ref.path[0] === "Provider";
    const info = isProvider ? { type: `pulumi:providers:${ref.pkg}`, canonicalType: `pulumi:providers:${ref.pkg}`, bridged: false } : resourceType(ref.pkg, ref.path);
    const nameArg = args[0];
    const nameOf = () => {
      if (!nameArg) return "";
      const v = this.ev.evaluate(nameArg, file).value;
      if (typeof v === "string") return v;
      if (isUnknown(v) && typeof v.decoded === "string") return v.decoded;
      return this.ev.text(nameArg, file);
    };
    const scopes = this.scopes(nameOf);
    return this.record(file, node, info, isProvider ? "provider" : "resource", scopes?.[0] ?? nameOf(), args[1], args[2], repeated, scopes);
  }
  invoke(node, file, repeated) {
    const ts = this.ts;
    if (!ts.isPropertyAccessExpression(node.expression) && !ts.isIdentifier(node.expression)) return void 0;
    const ref = this.resolver.ref(node.expression, file);
    if (ref?.kind !== "package" || ref.pkg === "pulumi" || !isInvokePath(ref.path)) return void 0;
    const info = invokeType(ref.pkg, ref.path);
    const name = invokeName(ts, node, this.ev.text(node.expression, file));
    const scopes = this.scopes(() => name);
    return this.record(file, node, info, "data", name, node.arguments[0], node.arguments[1], repeated, scopes);
  }
  record(file, node, info, kind, name, argsExpr, optsExpr, repeated, scopes) {
    const range2 = this.ev.rangeOf(node, file);
    const header = headerOf(this.ts, node, file, range2);
    let attributes = {};
    let attributeNodes = {};
    if (argsExpr) {
      const args = this.ev.evaluate(argsExpr, file);
      if (isValueMap(args.value)) {
        if (info.bridged) {
          const converted = toTerraformShape(args.value, args.node.children, info.canonicalType);
          attributes = converted.value;
          attributeNodes = converted.nodes;
        } else {
          attributes = args.value;
          attributeNodes = plainChildren(args.node.children);
        }
      } else if (args.value !== void 0 && args.value !== null) {
        attributes = unknown(this.ev.text(argsExpr, file), { reason: args.value.reason ?? "arguments not known statically" });
      }
    }
    const options = optsExpr ? resourceOptions(this.ev, optsExpr, file) : { options: {}, nodes: {} };
    return buildResource({
      format: "pulumi",
      kind,
      type: info.type,
      canonicalType: info.canonicalType,
      name,
      file: file.path,
      range: range2,
      header,
      attributes,
      attributeNodes,
      options: options.options,
      optionNodes: options.nodes,
      repeated,
      ...scopes ? { scopes } : {}
    });
  }
};
function loopBody(ts, node) {
  if (ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) return node.statement;
  return void 0;
}
function headerOf(ts, node, file, range2) {
  const start = node.getStart(file.sf);
  let paren = -1;
  for (const child of node.getChildren(file.sf)) {
    if (child.kind === ts.SyntaxKind.OpenParenToken) {
      paren = child.getStart(file.sf);
      break;
    }
  }
  if (paren >= 0) {
    const r = file.lines.rangeOf(start, paren + 1);
    if (r.start.line === r.end.line) return r;
  }
  return firstLineOf(range2, file.lines.lineText(range2.start.line).slice(0));
}
function invokeName(ts, call, callee) {
  let node = call;
  while (node.parent && (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent))) node = node.parent;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return callee;
}
var import_yaml = __toESM(require_dist(), 1);
function sibling(repoPath, name) {
  const i = repoPath.lastIndexOf("/");
  return i < 0 ? name : `${repoPath.slice(0, i + 1)}${name}`;
}
function scanProject(file, reader) {
  const diagnostics = [];
  let doc;
  try {
    doc = (0, import_yaml.parse)(yamlLineBreaks(file.text), { maxAliasCount: 100 });
  } catch (error) {
    const pos = error.linePos?.[0];
    diagnostics.push({
      file: file.path,
      range: pos ? range(pos.line, pos.col, pos.line, pos.col + 1) : range(1, 1, 1, 2),
      severity: "error",
      message: `Invalid YAML in Pulumi project file: ${error.message.split("\n")[0]}`
    });
    return { resources: [], diagnostics };
  }
  const project = doc && typeof doc === "object" ? doc : {};
  const runtimeField = project.runtime;
  const runtime = typeof runtimeField === "string" ? runtimeField : runtimeField && typeof runtimeField === "object" ? runtimeField.name : void 0;
  const name = typeof project.name === "string" ? project.name : dirname(file.absolutePath).split(/[\\/]/).pop() ?? "project";
  const dir = dirname(file.absolutePath);
  const lockFiles = LOCK_FILE_NAMES.filter((f) => reader.existsInside(join(dir, f)));
  const attributes = { name, runtime: typeof runtime === "string" ? runtime : null, dependencies: {}, devDependencies: {}, lockFiles, pulumiYaml: file.path };
  const attributeNodes = {};
  const packagePath = sibling(file.path, "package.json");
  let recordFile = file.path;
  let header = firstLine(new LineIndex(file.text));
  let text;
  const packageJson = join(dir, "package.json");
  const read = reader.readInside(packageJson);
  if (isRefusal(read) || read.diagnostic) {
    const why = isRefusal(read) ? read.refused : read.diagnostic.message;
    diagnostics.push({
      file: file.path,
      range: range(1, 1, 1, 2),
      severity: "warning",
      message: !isRefusal(read) && !reader.existsInside(packageJson) ? `no package.json beside this Pulumi project file (expected ${packagePath}); its dependencies cannot be checked` : `cannot read ${packagePath} (${why}); its dependencies cannot be checked`
    });
  } else {
    text = read.file.text;
  }
  if (text !== void 0) {
    recordFile = packagePath;
    const lines = new LineIndex(text);
    header = firstLine(lines);
    const errors = [];
    const tree = parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors.length > 0 || !tree || tree.type !== "object") {
      const at = errors[0]?.offset ?? 0;
      diagnostics.push({
        file: packagePath,
        range: lines.rangeOf(at, Math.min(text.length, at + Math.max(1, errors[0]?.length ?? 1))),
        severity: "error",
        message: errors[0] ? `${jsonErrorMessage(errors[0])} (package.json of a Pulumi project)` : "package.json is not a JSON object"
      });
    } else {
      for (const key of ["dependencies", "devDependencies"]) {
        const prop = tree.children?.find((p) => p.children?.[0]?.value === key);
        const valueNode = prop?.children?.[1];
        if (!prop || !valueNode) continue;
        attributes[key] = valueNode.type === "object" ? objectValue(valueNode) : null;
        attributeNodes[key] = nodeAt(lines, prop.offset, valueNode.offset + valueNode.length, jsonChildren(lines, valueNode, (o) => o));
      }
    }
  }
  return {
    resources: [
      buildResource({
        format: "pulumi",
        kind: "project",
        type: "pulumi:project",
        name,
        file: recordFile,
        range: header,
        header,
        attributes,
        attributeNodes,
        options: {},
        optionNodes: {}
      })
    ],
    diagnostics
  };
}
function firstLine(lines) {
  return range(1, 1, 1, lines.lineText(1).length + 1);
}
function objectValue(node) {
  const out = {};
  for (const prop of node.children ?? []) {
    const k = prop.children?.[0]?.value;
    const v = prop.children?.[1];
    if (typeof k === "string" && v) out[k] = jsonValue(v);
  }
  return out;
}
function jsonValue(node) {
  if (node.type === "object") return objectValue(node);
  if (node.type === "array") return (node.children ?? []).map(jsonValue);
  return node.value ?? null;
}

// src/scanners/pulumi/index.ts
async function scanPulumiUnit(unit, reader) {
  const result = { resources: [], diagnostics: [] };
  if (unit.project) {
    const read = reader.read(unit.project.absolutePath);
    if (read.file) {
      const project = scanProject(read.file, reader);
      result.resources.push(...project.resources);
      result.diagnostics.push(...project.diagnostics);
    } else {
      result.diagnostics.push(read.diagnostic);
    }
  }
  if (unit.files.length === 0) return result;
  const ts = await typescript();
  const files = new ProgramFiles(ts, reader);
  const parsed = [];
  for (const file of unit.files) {
    const p = files.unitFile(file);
    if ("sf" in p) {
      parsed.push(p);
      result.diagnostics.push(...syntaxDiagnostics(ts, p));
    } else {
      result.diagnostics.push(p);
    }
  }
  const resolver = new Resolver(ts, files);
  const evaluator = new Evaluator(ts, resolver, new SdkEnums(reader, unit.absoluteDir), {
    projectDir: unit.absoluteDir,
    read: (absolutePath) => {
      const read = reader.readInside(absolutePath);
      return isRefusal(read) ? void 0 : read.file?.text;
    }
  });
  const program = new ProgramReader(ts, resolver, evaluator);
  const sites = [];
  for (const file of parsed) {
    const walked = program.read(file);
    result.resources.push(...walked.resources);
    sites.push(...walked.sites);
  }
  const followed = followCalls(ts, program, evaluator, sites);
  result.resources.push(...followed.resources);
  result.diagnostics.push(...followed.diagnostics, ...files.refusedImports().map(refusedImport));
  return result;
}
function syntaxDiagnostics(ts, parsed) {
  const errors = parsed.sf.parseDiagnostics ?? [];
  const first = errors[0];
  if (!first) return [];
  const start = first.start ?? 0;
  const message = ts.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "");
  const more = errors.length > 1 ? ` (${errors.length - 1} more syntax error${errors.length > 2 ? "s follow" : " follows"})` : "";
  return [
    {
      file: parsed.path,
      range: parsed.lines.rangeOf(start, start + Math.max(1, first.length ?? 1)),
      severity: "error",
      message: `TypeScript syntax error: ${message} (TS${first.code})${more}; resources after this point may be missing from the scan`
    }
  ];
}
function refusedImport(r) {
  const text = r.from.sf.text;
  const at = [`"${r.specifier}"`, `'${r.specifier}'`, `\`${r.specifier}\``].map((q) => text.indexOf(q)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  return {
    file: r.from.path,
    range: r.from.lines.rangeOf(at, at + Math.max(1, r.specifier.length + 2)),
    severity: "warning",
    message: `cannot read ${r.target}: ${r.reason}; values imported from "${r.specifier}" are not known statically`
  };
}

export { scanPulumiUnit };
