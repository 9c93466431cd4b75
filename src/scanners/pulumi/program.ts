/**
 * Finds the resources of a Pulumi program: every `new X(name, args?, opts?)` whose constructor
 * resolves to a class of a Pulumi package, and every data-source call (`aws.ec2.getAmi(...)`,
 * `getAmiOutput(...)`), anywhere in the file (top level, functions, ComponentResource classes),
 * each marked `repeated` when it sits in a loop or in a callback of `.map/.forEach/...`. Values
 * are evaluated in the evaluator's current environment: with no call being followed, parameters
 * are Unknown (the standalone record); inside a followed call (instances.ts) they are the call's
 * arguments, and the record carries its name as seen from each caller (`scopes`).
 *
 * The walk also collects the calls of the program's own code it meets (`new WebService(...)`,
 * `makeService(...)`), for instances.ts to follow.
 */
import type { ts as TS } from "ts-morph";
import { firstLineOf, type Range } from "../../model/position.js";
import { buildResource, type Resource, type SourceNode } from "../../model/resource.js";
import { isUnknown, isValueMap, unknown, type ValueMap } from "../../model/value.js";
import { plainChildren, toTerraformShape } from "./convert.js";
import type { Evaluator } from "./evaluate.js";
import type { ParsedFile } from "./load.js";
import { resourceOptions } from "./options.js";
import { callableOf, type Callable, type Resolver } from "./refs.js";
import { invokeType, isInvokePath, isResourceClassPath, resourceType, type TypeInfo } from "../../model/pulumi-types.js";

/** Callbacks of these array methods run once per element. */
const ITERATING_METHODS = new Set(["map", "forEach", "flatMap", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex"]);

/** A call of the program's own code, met while walking. */
export interface CallSite {
  node: TS.NewExpression | TS.CallExpression;
  /** The file of the call. */
  file: ParsedFile;
  callee: Callable;
  /** The call sits in a loop or an iterating callback (or in a body run many times). */
  repeated: boolean;
}

export interface Walked {
  resources: Resource[];
  sites: CallSite[];
}

export class ProgramReader {
  constructor(
    readonly ts: typeof TS,
    readonly resolver: Resolver,
    readonly ev: Evaluator,
  ) {}

  /** The resources of a whole file, parameters Unknown. */
  read(file: ParsedFile): Walked {
    return this.walk(file.sf, file, false);
  }

  /**
   * The resources and calls under `root` (in `file`). `skip` names functions not to enter: those
   * followed through calls of their own.
   */
  walk(root: TS.Node, file: ParsedFile, repeatedRoot: boolean, skip?: (node: TS.Node) => boolean): Walked {
    const ts = this.ts;
    const out: Resource[] = [];
    const sites: CallSite[] = [];
    const visit = (node: TS.Node, repeated: boolean, depth: number): void => {
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
        // The loop header runs once (mostly); its body repeats.
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

  private site(node: TS.NewExpression | TS.CallExpression, file: ParsedFile, repeated: boolean, sites: CallSite[]): void {
    const callee = callableOf(this.resolver, node.expression, file, this.ts.isNewExpression(node));
    if (callee) sites.push({ node, file, callee, repeated });
  }

  /**
   * A record's name seen from each caller being followed, outermost first, then with no caller
   * (what the standalone record is called); undefined when no call is being followed.
   */
  private scopes(name: () => string): string[] | undefined {
    const frames = this.ev.frames;
    if (frames.length === 0) return undefined;
    const out: string[] = [];
    for (let cutoff = 0; cutoff <= frames.length; cutoff++) out.push(this.ev.within({ frames, cutoff }, name));
    return out;
  }

  private isLoop(node: TS.Node): boolean {
    const ts = this.ts;
    return ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node);
  }

  /** `xs.map(cb)`, `xs.forEach(cb)`, ..., `Array.from(xs, cb)`. */
  private iterates(call: TS.CallExpression): boolean {
    const ts = this.ts;
    const callee = call.expression;
    if (!ts.isPropertyAccessExpression(callee)) return false;
    if (ITERATING_METHODS.has(callee.name.text)) return true;
    return callee.name.text === "from" && ts.isIdentifier(callee.expression) && callee.expression.text === "Array" && call.arguments.length >= 2;
  }

  private newExpression(node: TS.NewExpression, file: ParsedFile, repeated: boolean): Resource | undefined {
    const ref = this.resolver.ref(node.expression, file);
    if (ref?.kind !== "package" || ref.pkg === "pulumi" || !isResourceClassPath(ref.path)) return undefined;
    const args = node.arguments ?? [];
    const isProvider = ref.path.length === 1 && ref.path[0] === "Provider";
    const info: TypeInfo = isProvider
      ? { type: `pulumi:providers:${ref.pkg}`, canonicalType: `pulumi:providers:${ref.pkg}`, bridged: false }
      : resourceType(ref.pkg, ref.path);
    const nameArg = args[0];
    const nameOf = (): string => {
      if (!nameArg) return "";
      const v = this.ev.evaluate(nameArg, file).value;
      if (typeof v === "string") return v;
      // A partly known name reads as its visible text (`${env}-api`), not as the template
      // literal's source with its backticks.
      if (isUnknown(v) && typeof v.decoded === "string") return v.decoded;
      return this.ev.text(nameArg, file);
    };
    const scopes = this.scopes(nameOf);
    return this.record(file, node, info, isProvider ? "provider" : "resource", scopes?.[0] ?? nameOf(), args[1], args[2], repeated, scopes);
  }

  private invoke(node: TS.CallExpression, file: ParsedFile, repeated: boolean): Resource | undefined {
    const ts = this.ts;
    if (!ts.isPropertyAccessExpression(node.expression) && !ts.isIdentifier(node.expression)) return undefined;
    const ref = this.resolver.ref(node.expression, file);
    if (ref?.kind !== "package" || ref.pkg === "pulumi" || !isInvokePath(ref.path)) return undefined;
    const info = invokeType(ref.pkg, ref.path);
    const name = invokeName(ts, node, this.ev.text(node.expression, file));
    const scopes = this.scopes(() => name);
    return this.record(file, node, info, "data", name, node.arguments[0], node.arguments[1], repeated, scopes);
  }

  private record(
    file: ParsedFile,
    node: TS.NewExpression | TS.CallExpression,
    info: TypeInfo,
    kind: "resource" | "data" | "provider",
    name: string,
    argsExpr: TS.Expression | undefined,
    optsExpr: TS.Expression | undefined,
    repeated: boolean,
    scopes: string[] | undefined,
  ): Resource {
    const range = this.ev.rangeOf(node, file);
    const header = headerOf(this.ts, node, file, range);

    let attributes: ValueMap = {};
    let attributeNodes: Record<string, SourceNode> = {};
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
      } else if (args.value !== undefined && args.value !== null) {
        // Arguments not known statically (a parameter, a call): every attribute path reads as this Unknown.
        attributes = unknown(this.ev.text(argsExpr, file), { reason: (args.value as { reason?: string }).reason ?? "arguments not known statically" }) as unknown as ValueMap;
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
      range,
      header,
      attributes,
      attributeNodes,
      options: options.options,
      optionNodes: options.nodes,
      repeated,
      ...(scopes ? { scopes } : {}),
    });
  }
}

function loopBody(ts: typeof TS, node: TS.Node): TS.Node | undefined {
  if (ts.isForStatement(node) || ts.isForOfStatement(node) || ts.isForInStatement(node) || ts.isWhileStatement(node) || ts.isDoStatement(node)) return node.statement;
  return undefined;
}

/** From `new` (or the callee) up to and including the `(`, on the first line; else the first line of the expression. */
function headerOf(ts: typeof TS, node: TS.NewExpression | TS.CallExpression, file: ParsedFile, range: Range): Range {
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
  return firstLineOf(range, file.lines.lineText(range.start.line).slice(0));
}

/** A data source's record name: the variable it is assigned to, else the callee text. */
function invokeName(ts: typeof TS, call: TS.CallExpression, callee: string): string {
  let node: TS.Node = call;
  while (node.parent && (ts.isAwaitExpression(node.parent) || ts.isParenthesizedExpression(node.parent) || ts.isAsExpression(node.parent))) node = node.parent;
  const parent = node.parent;
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (parent && ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  return callee;
}
