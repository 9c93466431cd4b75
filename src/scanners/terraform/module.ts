/**
 * Terraform modules, evaluated as Terraform evaluates them.
 *
 * A `ModuleConfig` is one folder's files, parsed once per run however many times the module is
 * called. A `ModuleInstance` is the module evaluated for one caller (or as a root module): its
 * input variables (root: the default, then the auto-loaded variable files in Terraform's order,
 * then `--var-file` / `--var` in command-line order; called module: the caller's arguments, else
 * the default), its locals (in any order, with cycles reported), its module calls (local paths
 * evaluated recursively with the arguments each call passes; remote ones from the copies
 * `terraform init` recorded in `.terraform/modules/modules.json`), and a record per instance of
 * each block (`count` and `for_each` expanded over known values, one record per key).
 *
 * Values carry their origins: a value from a variable names the default, the variable file line
 * or the command line; a value passed into a called module names the caller's argument (kind
 * `module-argument`, with the call's depth), so a finding inside the module can say which call
 * caused it. Records of a called module carry `scopes`, their names as seen from each caller.
 */
import { join, relative, resolve, sep } from "node:path";
import { isRefusal, type Reader } from "../../discover/reader.js";
import { invalidSourceMessage, parseModuleSource } from "../../model/module-source.js";
import type { Range } from "../../model/position.js";
import type { Diagnostic, Origin, Resource } from "../../model/resource.js";
import { isUnknown, isValueMap, unknown, type Unknown, type Value, type ValueMap } from "../../model/value.js";
import type { RecordNeeds, TerraformVariableInput } from "../source.js";
import type { Attribute, Block } from "./ast.js";
import { detach, entries, Evaluator, type ENode, type Ev, type ModuleContext, type Names } from "./evaluate.js";
import { containsUnknown, EvalError, rejection } from "./functions.js";
import { parseFile, type ParsedFile } from "./parse.js";
import { HclParseError, parseExpressionText } from "./parser.js";
import { BLOCK_KINDS, LazyValues, RecordBuilder, staticString, type ArgumentValues, type Instance } from "./records.js";
import { ConversionError, convert, isPrimitive, parseType, type TypeConstraint } from "./types.js";
import { loadYaml, mayUseYaml } from "./functions/yaml-module.js";
import { loadRe2, mayUseRegex } from "./functions/re2-module.js";

/** Most instances one block expands to; past it, one record stands for all (marked repeated), and a warning says so. */
export const MAX_INSTANCES = 1000;
/** Deepest chain of module calls followed. */
const MAX_CALL_DEPTH = 16;
/**
 * Module instances evaluated for one root module at most. Modules that call each other in a
 * web (each calling the next two) multiply their instances; past this, calls are not followed
 * and a warning says so.
 */
export const MAX_MODULE_INSTANCES = 2000;

interface VariableDecl {
  block: Block;
  file: ParsedFile;
  default?: Attribute;
  type: TypeConstraint;
  /** `nullable = false`: a null given by the caller means the default. */
  nonNullable?: boolean;
}

interface CallDecl {
  block: Block;
  file: ParsedFile;
  source?: string;
  sourceAttribute?: Attribute;
}

/** One parsed module folder. */
export interface ModuleConfig {
  /** Repository path of the folder. */
  dir: string;
  absoluteDir: string;
  files: ParsedFile[];
  variables: Map<string, VariableDecl>;
  locals: Map<string, { attribute: Attribute; file: ParsedFile }>;
  outputs: Map<string, { block: Block; file: ParsedFile; value?: Attribute }>;
  calls: Map<string, CallDecl>;
  /** Every top-level block that becomes a record, in file order. */
  blocks: { block: Block; file: ParsedFile }[];
  /** Problems reading the folder (syntax errors, duplicate declarations, invalid sources). */
  diagnostics: Diagnostic[];
  /** A copy of a remote module (`.terraform/modules/...`). */
  remote: boolean;
}

/**
 * A value given to a root module's variable from outside its configuration: from a variable
 * file (evaluated), or a `--var` (raw text: whether it is parsed as an expression depends on the
 * variable's type).
 */
type VariableSource = { name: string; ev: Ev } | { name: string; raw: string };

/**
 * The variable values a root module gets, in Terraform's order: the auto-loaded files, then
 * `--var-file` and `--var` in command-line order. The last assignment of a name wins.
 */
export interface RootInputs {
  assignments: VariableSource[];
}

/** Where a module instance sits: the root module, or a call chain below it. */
interface CallSite {
  /** Instance addresses from the root: `module.app`, `module.svc["a"]`. */
  path: string[];
  /** Call names from the root, for the module manifest: `app`, `svc`. */
  keys: string[];
  /** Arguments as the call passes them (origins: the caller's argument), evaluated when a variable reads them. */
  inputs: ArgumentValues;
  /** The call as a person names it. */
  label: string;
  /** Folders of the modules above this one: a module calling itself is not followed again. */
  dirs: string[];
  /** Module instances the root module may still create (shared by every instance below it). */
  budget: { left: number };
}

export class Session {
  readonly configs = new Map<string, ModuleConfig>();
  /** Where problems go; the scan may point it at another list for a while (see scanTerraformUnits). */
  diagnostics: Diagnostic[] = [];
  private readonly seenDiagnostics = new Set<string>();
  /** Configurations evaluated at least once (as a root, or for a call). */
  readonly visited = new Set<ModuleConfig>();

  /** Called with each configuration as it is parsed (a folder parsed again is announced again). */
  onLoad: ((config: ModuleConfig) => void) | undefined;

  constructor(readonly reader: Reader) {}

  report(d: Diagnostic): void {
    const key = `${d.file}:${d.range.start.line}:${d.range.start.column}:${d.message}`;
    if (this.seenDiagnostics.has(key)) return;
    this.seenDiagnostics.add(key);
    this.diagnostics.push(d);
  }

  /**
   * Parses a module folder (once): the given files, or the folder's `.tf` / `.tf.json` files read
   * through the reader (a called module). Undefined when the folder cannot be read.
   */
  async load(absoluteDir: string, files?: { path: string; absolutePath: string }[], remote = false, cacheKey?: string): Promise<ModuleConfig | undefined> {
    const dir = resolve(absoluteDir);
    const key = cacheKey ?? dir;
    const known = this.configs.get(key);
    if (known) return known;
    let list = files;
    if (!list) {
      const entries = this.reader.listInside(dir);
      if (!entries) return undefined;
      list = entries
        .filter((e) => e.isFile && (e.name.endsWith(".tf") || e.name.endsWith(".tf.json")))
        .map((e) => ({ path: this.reader.repoPath(join(dir, e.name)), absolutePath: join(dir, e.name) }));
    }
    const diagnostics: Diagnostic[] = [];
    const parsed: ParsedFile[] = [];
    for (const f of list) {
      const read = files ? this.reader.read(f.absolutePath) : this.reader.readInside(f.absolutePath);
      if (isRefusal(read)) continue;
      if (!read.file) {
        diagnostics.push(read.diagnostic);
        continue;
      }
      if (mayUseYaml(read.file.text)) await loadYaml();
      if (mayUseRegex(read.file.text)) await loadRe2();
      parsed.push(await parseFile(read.file, diagnostics));
    }
    const config = collect(this.reader.repoPath(dir), dir, parsed, diagnostics, remote);
    this.configs.set(key, config);
    this.onLoad?.(config);
    if (!remote) for (const d of config.diagnostics) this.report(d);
    return config;
  }

  /**
   * Loads every module a configuration calls through a local path, and the copies in its
   * manifest, and what those call, down to the depth evaluation follows. Breadth first, so that a
   * module is reached at its shallowest depth: a root is evaluated as soon as it is loaded, and
   * every module its calls can reach must be loaded by then.
   */
  async loadCalled(config: ModuleConfig, manifest: Map<string, string> | undefined): Promise<void> {
    let level: ModuleConfig[] = [config];
    for (let depth = 0; level.length > 0 && depth <= MAX_CALL_DEPTH; depth++) {
      const next: ModuleConfig[] = [];
      for (const parent of level) {
        for (const call of parent.calls.values()) {
          if (!call.source) continue;
          const source = parseModuleSource(call.source);
          if (source.kind !== "local") continue;
          const dir = resolve(parent.absoluteDir, call.source);
          if (this.configs.has(dir)) continue;
          const child = await this.load(dir, undefined, parent.remote);
          if (child) next.push(child);
          else if (!parent.remote) this.report(this.sourceProblem(call, dir));
        }
        if (manifest && depth === 0) {
          for (const dir of manifest.values()) {
            if (this.configs.has(dir)) continue;
            const child = await this.load(dir, undefined, true);
            if (child) next.push(child);
          }
        }
      }
      level = next;
    }
  }

  /** Why a local module folder could not be read: refused (outside the repository) or missing. */
  private sourceProblem(call: CallDecl, dir: string): Diagnostic {
    const refused = this.reader.refusal(dir);
    const at = call.sourceAttribute ?? call.block;
    return {
      file: call.file.path,
      range: call.file.lines.rangeOf(at.start, "headerEnd" in at ? at.headerEnd : at.end),
      // Terraform's init would fail; the folder may also be generated by a build step: a warning.
      severity: "warning",
      message: refused
        ? `driftless does not read module source "${call.source}": ${refused}; the module's resources are not checked`
        : `Unreadable module directory: module source "${call.source}" names no folder of .tf files (${this.reader.repoPath(dir)}); terraform init would fail`,
    };
  }

  /** The remote module copies `terraform init` recorded for a root module: call path (`vpc.subnets`) → folder. */
  manifest(rootDir: string): Map<string, string> | undefined {
    const read = this.reader.readInside(join(rootDir, ".terraform", "modules", "modules.json"));
    if (isRefusal(read) || !read.file) return undefined;
    try {
      const doc = JSON.parse(read.file.text) as { Modules?: { Key?: string; Dir?: string }[] };
      const out = new Map<string, string>();
      for (const m of doc.Modules ?? []) {
        if (typeof m.Key === "string" && m.Key !== "" && typeof m.Dir === "string") out.set(m.Key, resolve(rootDir, m.Dir));
      }
      return out;
    } catch {
      return undefined;
    }
  }
}

/** Sorts a folder's blocks into declarations; duplicates and invalid sources are diagnostics. */
function collect(dir: string, absoluteDir: string, files: ParsedFile[], diagnostics: Diagnostic[], remote: boolean): ModuleConfig {
  const config: ModuleConfig = { dir, absoluteDir, files, variables: new Map(), locals: new Map(), outputs: new Map(), calls: new Map(), blocks: [], diagnostics, remote };
  const firstAt = new Map<string, { file: ParsedFile; range: Range }>();
  const duplicate = (key: string, what: string, file: ParsedFile, range: Range): boolean => {
    const first = firstAt.get(key);
    if (!first) {
      firstAt.set(key, { file, range });
      return false;
    }
    diagnostics.push({
      file: file.path,
      range,
      severity: "error",
      message: `Duplicate ${what}: it is already declared at ${first.file.path}:${first.range.start.line}; Terraform rejects the configuration`,
      related: [{ file: first.file.path, range: first.range, message: `first declaration of ${what}` }],
    });
    return true;
  };
  for (const file of files) {
    for (const item of file.body.items) {
      if (item.type !== "block") continue;
      const spec = BLOCK_KINDS[item.blockType];
      if (!spec) continue; // moved, import, removed, check: not records
      const header = file.lines.rangeOf(item.start, item.headerEnd);
      const labels = item.labels.map((l) => l.value);
      if (labels.length !== spec.labels) {
        diagnostics.push({
          file: file.path,
          range: header,
          severity: "error",
          message: `Invalid ${item.blockType} block: a ${item.blockType} block needs ${spec.labels} label${spec.labels === 1 ? "" : "s"}, found ${labels.length}`,
        });
        continue;
      }
      const name = labels[0]!;
      switch (item.blockType) {
        case "variable": {
          if (duplicate(`var.${name}`, `variable "${name}"`, file, header)) continue;
          const decl: VariableDecl = { block: item, file, type: { kind: "any" } };
          for (const a of item.body.items) {
            if (a.type !== "attribute") continue;
            if (a.name === "default") decl.default = a;
            else if (a.name === "type") decl.type = typeOf(a, file);
            else if (a.name === "nullable" && a.expr.kind === "literal" && a.expr.value === false) decl.nonNullable = true;
          }
          config.variables.set(name, decl);
          break;
        }
        case "locals":
          for (const a of item.body.items) {
            if (a.type !== "attribute") continue;
            if (duplicate(`local.${a.name}`, `local value "${a.name}"`, file, file.lines.rangeOf(a.start, a.nameEnd))) continue;
            config.locals.set(a.name, { attribute: a, file });
          }
          break;
        case "output": {
          if (duplicate(`output.${name}`, `output "${name}"`, file, header)) continue;
          const value = item.body.items.find((a): a is Attribute => a.type === "attribute" && a.name === "value");
          config.outputs.set(name, value ? { block: item, file, value } : { block: item, file });
          break;
        }
        case "module": {
          // A second call of the same name is reported and recorded, but not evaluated.
          if (duplicate(`module.${name}`, `module call "${name}"`, file, header)) break;
          const sourceAttr = item.body.items.find((a): a is Attribute => a.type === "attribute" && a.name === "source");
          const versionAttr = item.body.items.find((a): a is Attribute => a.type === "attribute" && a.name === "version");
          const source = sourceAttr ? staticString(sourceAttr.expr, file) : undefined;
          const problem = (at: { start: number; end: number }, message: string): void => {
            diagnostics.push({ file: file.path, range: file.lines.rangeOf(at.start, at.end), severity: "error", message });
          };
          if (!sourceAttr) problem({ start: item.start, end: item.headerEnd }, `Missing required argument: module "${name}" has no source; Terraform rejects the configuration`);
          else if (source === undefined) problem(sourceAttr, `Invalid module source: the source of module "${name}" must be a literal string (Terraform does not evaluate expressions there)`);
          else if (parseModuleSource(source).kind === "invalid") problem(sourceAttr, `Invalid module source: ${invalidSourceMessage(source)}`);
          else if (versionAttr && parseModuleSource(source).kind === "local") problem(versionAttr, `Invalid argument: module "${name}" has a local source, which cannot take a version; Terraform rejects the configuration`);
          const decl: CallDecl = { block: item, file };
          if (source !== undefined) decl.source = source;
          if (sourceAttr) decl.sourceAttribute = sourceAttr;
          config.calls.set(name, decl);
          break;
        }
        case "resource":
        case "data":
          // Reported, but both are read: a finding in either is not lost.
          duplicate(`${item.blockType}.${labels.join(".")}`, `${item.blockType} "${labels.join('" "')}"`, file, header);
          break;
        default:
          break;
      }
      config.blocks.push({ block: item, file });
    }
  }
  return config;
}

/** A variable's `type`, written as a type expression (HCL) or a string holding one (JSON). */
function typeOf(attribute: Attribute, file: ParsedFile): TypeConstraint {
  const literal = (e: Attribute["expr"]): Value => {
    try {
      return new Evaluator(CONSTANT).evaluate(e, file).value;
    } catch {
      return null;
    }
  };
  const text = attribute.expr.kind === "template" ? staticString(attribute.expr, file) : undefined;
  if (text !== undefined) {
    try {
      return parseType(parseExpressionText(text), (e) => {
        try {
          return new Evaluator(CONSTANT).evaluate(e, { path: file.path, text, lines: file.lines }).value;
        } catch {
          return null;
        }
      });
    } catch (error) {
      if (error instanceof HclParseError) return { kind: "any" };
      throw error;
    }
  }
  return parseType(attribute.expr, literal);
}

/** The context of constant expressions (variable defaults and types, variable files): no references. */
const CONSTANT: ModuleContext = {
  variable: () => {
    throw new EvalError("Variables not allowed: a constant value is required here");
  },
  local: () => {
    throw new EvalError("Local values not allowed: a constant value is required here");
  },
  moduleCall: () => undefined,
  pathOf: () => undefined,
  readFile: () => {
    throw new EvalError("Functions that read files are not allowed here");
  },
  fileExists: () => false,
  warn: () => undefined,
};

/** Evaluates a constant expression (a variable file's value); Terraform's rejection is an Unknown. */
export function constantValue(attribute: Attribute, file: ParsedFile): Ev {
  try {
    return new Evaluator(CONSTANT).evaluate(attribute.expr, file);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    return { value: unknown(file.text.slice(attribute.expr.start, attribute.expr.end), { reason: `not a valid value: ${error.message}` }), node: {} };
  }
}

/** `["a"]` for a for_each key, `[0]` for a count index. */
function keySuffix(key: Value): string {
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(String(key))}]`;
}

interface Expansion {
  /** Instance keys; undefined: a single instance without a key. */
  keys: { key: Value | undefined; names: Names }[];
  repeated: boolean;
}

export class ModuleInstance implements ModuleContext {
  readonly evaluator: Evaluator;
  private readonly variables = new Map<string, Ev>();
  private readonly localValues = new Map<string, Ev>();
  private readonly localStack: string[] = [];
  private readonly outputs = new Map<string, Ev>();
  private readonly calls = new Map<string, { key: Value | undefined; names: Names; arguments: LazyValues; instance?: ModuleInstance; repeated: boolean }[]>();

  constructor(
    readonly session: Session,
    readonly config: ModuleConfig,
    /** The root module's folder: relative paths in `file()` resolve against it, as in Terraform. */
    readonly rootDir: string,
    readonly manifest: Map<string, string> | undefined,
    readonly site: CallSite | undefined,
    readonly rootInputs: RootInputs | undefined,
  ) {
    this.evaluator = new Evaluator(this);
    session.visited.add(config);
  }

  private get depth(): number {
    return this.site?.path.length ?? 0;
  }

  // ---- references -------------------------------------------------------------------------

  variable(name: string): Ev {
    const known = this.variables.get(name);
    if (known) return known;
    const decl = this.config.variables.get(name);
    // Terraform rejects it; driftless keeps reading the rest (a file scanned without its variables.tf).
    if (!decl) return { value: unknown(`var.${name}`, { reason: `var.${name} is not declared in this module` }), node: {} };
    const ev = this.variableValue(name, decl);
    this.variables.set(name, ev);
    return ev;
  }

  private variableValue(name: string, decl: VariableDecl): Ev {
    let given: Ev | undefined;
    if (this.site) given = this.site.inputs.get(name);
    else if (this.rootInputs) given = this.rootValue(name, decl);
    // https://developer.hashicorp.com/terraform/language/values/variables#disallowing-null-input-values
    if (given && given.value === null && decl.nonNullable) given = undefined;
    if (!given && decl.default) {
      const d = constantValue(decl.default, decl.file);
      const origin: Origin = { file: decl.file.path, range: decl.file.lines.rangeOf(decl.default.start, decl.default.end), message: `default of variable ${name}`, kind: "variable-default" };
      given = { value: d.value, node: detach(d.node, [origin]) };
    }
    if (!given) {
      const reason = this.site ? `var.${name} has no default and ${this.site.label} does not pass it` : `var.${name} has no default and no value in a variable file or on the command line`;
      return { value: unknown(`var.${name}`, { reason, input: true }), node: {} };
    }
    try {
      return { value: convert(given.value, decl.type, `var.${name}`), node: given.node };
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      const origin = given.node.origins?.[0];
      if (origin) this.session.report({ file: origin.file, range: origin.range, severity: "warning", message: `Invalid value for variable ${name}: ${error.message}; Terraform rejects it` });
      return { value: unknown(`var.${name}`, { reason: `the value given for var.${name} is not of its type (${error.message})` }), node: given.node };
    }
  }

  /** A root module's value for a variable from variable files and the command line (the last one wins). */
  private rootValue(name: string, decl: VariableDecl): Ev | undefined {
    let last: VariableSource | undefined;
    for (const a of this.rootInputs!.assignments) if (a.name === name) last = a;
    if (!last) return undefined;
    if ("ev" in last) return last.ev;
    // A --var has no place in a file: it points at the variable's declaration.
    const origin: Origin = {
      file: decl.file.path,
      range: decl.file.lines.rangeOf(decl.block.start, decl.block.headerEnd),
      message: `variable ${name}, set by --var on the command line`,
      kind: "cli-var",
    };
    let value: Value = last.raw;
    if (!isPrimitive(decl.type)) {
      try {
        value = new Evaluator(CONSTANT).evaluate(parseExpressionText(last.raw), { path: "--var", text: last.raw, lines: decl.file.lines }).value;
      } catch (error) {
        value = unknown(last.raw, { reason: `--var ${name}=… is not a valid ${decl.type.kind} expression` });
        this.session.report({
          file: decl.file.path,
          range: origin.range,
          severity: "error",
          message: `Invalid value for --var ${name}: ${JSON.stringify(last.raw)} is not a valid ${decl.type.kind} expression (${(error as Error).message}); write it as in HCL, e.g. --var '${name}=["a", "b"]'`,
        });
      }
    }
    return { value, node: { origins: [origin] } };
  }

  local(name: string): Ev {
    const known = this.localValues.get(name);
    if (known) return known;
    const decl = this.config.locals.get(name);
    if (!decl) return { value: unknown(`local.${name}`, { reason: `local.${name} is not declared in this module` }), node: {} };
    const at = this.localStack.indexOf(name);
    if (at >= 0) return this.cycle(this.localStack.slice(at));
    this.localStack.push(name);
    let ev: Ev;
    try {
      ev = this.evaluator.evaluate(decl.attribute.expr, decl.file);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      ev = { value: unknown(`local.${name}`, { reason: rejection(error, `local.${name}`) }), node: {} };
    } finally {
      this.localStack.pop();
    }
    const origin: Origin = { file: decl.file.path, range: decl.file.lines.rangeOf(decl.attribute.start, decl.attribute.end), message: `local value ${name}`, kind: "local" };
    const result: Ev = { value: isUnknown(ev.value) ? { ...ev.value, $unknown: `local.${name}` } : ev.value, node: detach(ev.node, [origin]) };
    this.localValues.set(name, result);
    return result;
  }

  /** A cycle of locals: one diagnostic naming both ends, and the locals in it are unknown. */
  private cycle(found: string[]): Ev {
    // Whichever local the evaluation entered the cycle by, it is told from its first declaration.
    const position = (n: string): number => {
      const d = this.config.locals.get(n)!;
      return this.config.files.indexOf(d.file) * 1e9 + d.attribute.start;
    };
    const start = found.reduce((best, n, i) => (position(n) < position(found[best]!) ? i : best), 0);
    const names = [...found.slice(start), ...found.slice(0, start)];
    const first = this.config.locals.get(names[0]!)!;
    const last = this.config.locals.get(names[names.length - 1]!)!;
    const chain = [...names, names[0]!].map((n) => `local.${n}`).join(" → ");
    this.session.report({
      file: first.file.path,
      range: first.file.lines.rangeOf(first.attribute.start, first.attribute.nameEnd),
      severity: "error",
      message: `Cycle in local values: ${chain}; Terraform rejects the configuration, and driftless treats these values as unknown`,
      related: [{ file: last.file.path, range: last.file.lines.rangeOf(last.attribute.start, last.attribute.nameEnd), message: `local.${names[names.length - 1]} refers back to local.${names[0]}` }],
    });
    return { value: unknown(`local.${names[0]}`, { reason: `local values in a cycle (${chain})` }), node: {} };
  }

  pathOf(name: string): string | undefined {
    if (name === "root") return ".";
    if (name === "module") {
      const rel = relative(this.rootDir, this.config.absoluteDir).split(sep).join("/");
      return rel === "" ? "." : rel;
    }
    return undefined;
  }

  readFile(path: string, site: Range, file: string): string | Unknown {
    const absolute = resolve(this.rootDir, path);
    const read = this.session.reader.readInside(absolute);
    if (isRefusal(read)) {
      this.session.report({ file, range: site, severity: "warning", message: `driftless does not read ${path}: ${read.refused}; the value is treated as unknown` });
      return unknown(path, { reason: `${path} is outside the scanned repository and is not read` });
    }
    if (!read.file) {
      if (/ENOENT|disappeared|cannot read file \(is a directory\)/.test(read.diagnostic.message) || !this.session.reader.existsInside(absolute)) {
        throw new EvalError(`Invalid function argument: no file exists at "${path}"`);
      }
      return unknown(path, { reason: `${path} cannot be read: ${read.diagnostic.message}` });
    }
    return read.file.text;
  }

  fileExists(path: string): boolean {
    return this.session.reader.existsInside(resolve(this.rootDir, path));
  }

  moduleCall(name: string): Ev | undefined {
    const decl = this.config.calls.get(name);
    if (!decl) return undefined;
    const instances = this.callInstances(name);
    const keyed = instances.some((i) => i.key !== undefined);
    const outputsOf = (i: (typeof instances)[number]): Ev => {
      if (i.repeated && i.key === undefined && hasMeta(decl.block)) return { value: unknown(`module.${name}`, { reason: `the instances of module.${name} are not known statically` }), node: {} };
      if (!i.instance) return { value: unknown(`module.${name}`, { reason: `module.${name} comes from ${decl.source ?? "a source"} that driftless cannot read (not a local path, and no copy from terraform init)` }), node: {} };
      const value: ValueMap = {};
      const children: Record<string, ENode> = {};
      for (const out of i.instance.config.outputs.keys()) {
        const ev = i.instance.output(out);
        value[out] = ev.value;
        children[out] = ev.node;
      }
      return { value, node: { children } };
    };
    if (!keyed) {
      const only = instances[0];
      return only ? outputsOf(only) : { value: unknown(`module.${name}`, { reason: `module.${name} has no instances` }), node: {} };
    }
    const byKey = instances.map((i) => [i.key, outputsOf(i)] as const);
    if (byKey.every(([k]) => typeof k === "number")) return { value: byKey.map(([, ev]) => ev.value), node: { children: Object.fromEntries(byKey.map(([k, ev]) => [String(k), ev.node])) } };
    return { value: Object.fromEntries(byKey.map(([k, ev]) => [String(k), ev.value])), node: { children: Object.fromEntries(byKey.map(([k, ev]) => [String(k), ev.node])) } };
  }

  /** An output's value in this instance. */
  output(name: string): Ev {
    const known = this.outputs.get(name);
    if (known) return known;
    const decl = this.config.outputs.get(name);
    let ev: Ev = { value: null, node: {} };
    if (decl?.value) {
      try {
        const v = this.evaluator.evaluate(decl.value.expr, decl.file);
        ev = { value: v.value, node: detach(v.node) };
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
        ev = { value: unknown(`output.${name}`, { reason: error.message }), node: {} };
      }
    }
    this.outputs.set(name, ev);
    return ev;
  }

  // ---- expansion -------------------------------------------------------------------------

  /** The instances of a block with `count` or `for_each`, evaluated in this module's context. */
  private expand(block: Block, file: ParsedFile): Expansion {
    const count = block.body.items.find((a): a is Attribute => a.type === "attribute" && a.name === "count");
    const forEach = block.body.items.find((a): a is Attribute => a.type === "attribute" && a.name === "for_each");
    const repeatedUnknown = (names: [string, Ev][]): Expansion => ({ keys: [{ key: undefined, names: new Map(names) }], repeated: true });
    // Values of each.* and count.index name their instance, so findings that use them carry the key.
    const keyOrigin = (attribute: Attribute, message: string): Origin => ({
      file: file.path,
      range: file.lines.rangeOf(attribute.start, attribute.end),
      message,
      kind: "instance-key",
    });
    if (count) {
      const ev = this.constantOrUnknown(count, file);
      const n = typeof ev.value === "string" && /^\d+$/.test(ev.value) ? Number(ev.value) : ev.value;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_INSTANCES) {
        const reason = isUnknown(ev.value) ? (ev.value.reason ?? "count not known statically") : typeof n === "number" && n > MAX_INSTANCES ? `count is ${n}` : "count is not a whole number";
        if (!isUnknown(ev.value)) this.warnExpansion(count, file, typeof n === "number" && n > MAX_INSTANCES ? `count is ${n}, more than the ${MAX_INSTANCES} instances driftless expands: the instances are checked as one, with count.index unknown` : `Invalid count argument: ${JSON.stringify(ev.value)} is not a whole number; Terraform rejects it`, n !== null && typeof n === "number" && n > MAX_INSTANCES ? "warning" : "error");
        return repeatedUnknown([["count", { value: { index: unknown("count.index", { reason }) }, node: {} }]]);
      }
      return {
        keys: Array.from({ length: n }, (_, i) => ({ key: i, names: new Map([["count", { value: { index: i }, node: { origins: [keyOrigin(count, `count index ${i}`)] } }]]) })),
        repeated: n > 1,
      };
    }
    if (forEach) {
      const ev = this.constantOrUnknown(forEach, file);
      const v = ev.value;
      const eachUnknown = (reason: string): Expansion =>
        repeatedUnknown([["each", { value: { key: unknown("each.key", { reason }), value: unknown("each.value", { reason }) }, node: {} }]]);
      if (isUnknown(v)) return eachUnknown(v.reason ?? "for_each not known statically");
      if (Array.isArray(v) && v.some((x) => isUnknown(x) || containsUnknown(x))) return eachUnknown("some elements of the for_each set are not known statically");
      // https://developer.hashicorp.com/terraform/language/meta-arguments/for_each: a map, or a set of strings.
      if (v === null || (!Array.isArray(v) && !isValueMap(v)) || (Array.isArray(v) && v.some((x) => typeof x !== "string"))) {
        this.warnExpansion(forEach, file, "Invalid for_each argument: for_each takes a map or a set of strings; Terraform rejects this value", "error");
        return eachUnknown("for_each is not a map or set of strings");
      }
      const items = entries(ev);
      if (items.length > MAX_INSTANCES) {
        this.warnExpansion(forEach, file, `for_each has ${items.length} elements, more than the ${MAX_INSTANCES} instances driftless expands: they are checked as one, with each.key and each.value unknown`, "warning");
        return eachUnknown(`for_each has ${items.length} elements`);
      }
      const keys = items.map(([key, value, node]) => {
        // A set's elements are their own keys.
        const k = Array.isArray(v) ? value : key;
        const text = typeof k === "number" ? String(k) : k;
        const origin = keyOrigin(forEach, `for_each key ${JSON.stringify(text)}`);
        return { key: text, names: new Map([["each", { value: { key: text, value }, node: { origins: [origin], children: { value: node } } }]]) };
      });
      return { keys, repeated: keys.length > 1 };
    }
    return { keys: [{ key: undefined, names: new Map() }], repeated: false };
  }

  private warnExpansion(attribute: Attribute, file: ParsedFile, message: string, severity: Diagnostic["severity"]): void {
    this.session.report({ file: file.path, range: file.lines.rangeOf(attribute.start, attribute.end), severity, message });
  }

  /** A problem Terraform would reject in an expression (an unknown function): reported once per place. */
  warn(message: string, range: Range, file: string): void {
    if (this.config.remote) return;
    this.session.report({ file, range, severity: "warning", message });
  }

  private constantOrUnknown(attribute: Attribute, file: ParsedFile): Ev {
    try {
      return this.evaluator.evaluate(attribute.expr, file);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return { value: unknown(file.text.slice(attribute.expr.start, attribute.expr.end), { reason: rejection(error, "this expression") }), node: {} };
    }
  }

  /** The instances of a module call, each with its arguments and (when the module can be read) its module instance. */
  private callInstances(name: string) {
    const known = this.calls.get(name);
    if (known) return known;
    const decl = this.config.calls.get(name)!;
    const out: { key: Value | undefined; names: Names; arguments: LazyValues; instance?: ModuleInstance; repeated: boolean }[] = [];
    this.calls.set(name, out);
    const expansion = this.expand(decl.block, decl.file);
    const target = this.callTarget(name, decl);
    for (const { key, names } of expansion.keys) {
      const address = `module.${name}${key === undefined ? "" : keySuffix(key)}`;
      const builder = new RecordBuilder(this.evaluator, decl.file, this.session.diagnostics);
      const args = new LazyValues();
      const inputs = new LazyValues();
      for (const item of decl.block.body.items) {
        if (item.type !== "attribute" || CALL_META.has(item.name)) continue;
        const origin: Origin = {
          file: decl.file.path,
          range: decl.file.lines.rangeOf(item.start, item.end),
          message: `argument ${item.name} of ${address}`,
          kind: "module-argument",
          depth: this.depth,
          call: address,
        };
        const cycle = (): Ev => ({
          value: unknown(decl.file.text.slice(item.expr.start, item.expr.end), { reason: `argument ${item.name} of ${address} depends on itself through the module's outputs; Terraform rejects the cycle` }),
          node: {},
        });
        args.define(item.name, () => builder.evaluate(item.expr, names), cycle);
        inputs.define(
          item.name,
          () => {
            const ev = args.get(item.name)!;
            return { value: ev.value, node: detach(ev.node, [origin]) };
          },
          cycle,
        );
      }
      const entry: (typeof out)[number] = { key, names, arguments: args, repeated: expansion.repeated };
      if (target && this.follows(decl, target)) {
        const site: CallSite = {
          path: [...(this.site?.path ?? []), address],
          keys: [...(this.site?.keys ?? []), name],
          inputs,
          label: address,
          dirs: [...(this.site?.dirs ?? []), this.config.absoluteDir],
          budget: this.budget,
        };
        entry.instance = new ModuleInstance(this.session, target, this.rootDir, this.manifest, site, undefined);
      }
      out.push(entry);
    }
    return out;
  }

  /** The configuration a call runs: a local folder, or the copy of a remote module made by `terraform init`. */
  private callTarget(name: string, decl: CallDecl): ModuleConfig | undefined {
    if (decl.source === undefined) return undefined;
    const source = parseModuleSource(decl.source);
    let dir: string | undefined;
    if (source.kind === "local") dir = resolve(this.config.absoluteDir, decl.source);
    else if (source.remote) dir = this.manifest?.get([...(this.site?.keys ?? []), name].join("."));
    if (!dir) return undefined;
    return this.session.configs.get(dir);
  }

  /** The root module's instance budget, shared down the calls. */
  private get budget(): { left: number } {
    return (this.site?.budget ?? (this.ownBudget ??= { left: MAX_MODULE_INSTANCES }));
  }

  private ownBudget: { left: number } | undefined;

  /** Whether a call is evaluated: not a module calling itself, not past the depth or instance limits (each said once). */
  private follows(decl: CallDecl, target: ModuleConfig): boolean {
    const at = decl.sourceAttribute ?? decl.block;
    const warn = (message: string): false => {
      this.session.report({ file: decl.file.path, range: decl.file.lines.rangeOf(at.start, at.end), severity: "warning", message });
      return false;
    };
    if (target.absoluteDir === this.config.absoluteDir || this.site?.dirs.includes(target.absoluteDir)) {
      return warn(`Module call cycle: module "${decl.block.labels[0]?.value}" calls ${target.dir}, which is already being evaluated above it; Terraform cannot install this configuration, and driftless does not follow the call`);
    }
    if (this.depth >= MAX_CALL_DEPTH) return warn(`Module calls nested more than ${MAX_CALL_DEPTH} deep: driftless does not follow this call, so the module's resources are not checked here`);
    if (this.budget.left <= 0) {
      return warn(`More than ${MAX_MODULE_INSTANCES} module instances below one root module: driftless does not follow this call, so the module's resources are not checked here`);
    }
    this.budget.left--;
    return true;
  }

  // ---- records ---------------------------------------------------------------------------

  /**
   * The records of this instance and of every module instance it calls. Blocks whose records
   * `needs` leaves out are evaluated all the same (for the problems they report), not recorded.
   */
  records(out: Resource[] = [], needs?: RecordNeeds): Resource[] {
    const path = this.site?.path ?? [];
    const scopesOf = (local: string): string[] | undefined =>
      path.length === 0 ? undefined : [...path.map((_, d) => `${path.slice(d).join(".")}.${local}`), local];
    const called = path.length > 0;
    for (const { block, file } of this.config.blocks) {
      const spec = BLOCK_KINDS[block.blockType]!;
      // Declarations of a called module add nothing per call: its resources carry their values.
      if (called && (spec.kind === "variable" || spec.kind === "output" || spec.kind === "locals")) continue;
      const builder = new RecordBuilder(this.evaluator, file, this.session.diagnostics);
      const labels = block.labels.map((l) => l.value);
      const type = spec.type(labels);
      const wanted = !needs || needs.reads({ format: "terraform", kind: spec.kind, type, canonicalType: type }) || needs.whole(file.path);
      const base = spec.name(labels);
      if (block.blockType === "module" && this.config.calls.get(labels[0]!)?.block === block) {
        for (const call of this.callInstances(labels[0]!)) {
          const local = `${base}${call.key === undefined ? "" : keySuffix(call.key)}`;
          const instance: Instance = { name: [...path, local].join("."), names: call.names, repeated: call.repeated, arguments: call.arguments };
          const scopes = scopesOf(local);
          if (scopes) instance.scopes = scopes;
          if (this.config.remote) instance.remoteModule = true;
          if (wanted) out.push(builder.record(block, instance));
          else builder.check(block, instance);
          call.instance?.records(out, needs);
        }
        continue;
      }
      const expansion = spec.kind === "resource" || spec.kind === "data" ? this.expand(block, file) : { keys: [{ key: undefined, names: new Map() }], repeated: false };
      for (const { key, names } of expansion.keys) {
        const local = `${base}${key === undefined ? "" : keySuffix(key)}`;
        const instance: Instance = { name: [...path, local].join("."), names, repeated: expansion.repeated };
        const scopes = scopesOf(local);
        if (scopes) instance.scopes = scopes;
        if (this.config.remote) instance.remoteModule = true;
        // Locals are evaluated once, for their references; the record shows those values.
        if (spec.kind === "locals") instance.arguments = new Map(block.body.items.flatMap((a) => (a.type === "attribute" ? [[a.name, { value: this.local(a.name).value, node: {} }] as const] : [])));
        if (wanted) out.push(builder.record(block, instance));
        else builder.check(block, instance);
      }
    }
    return out;
  }
}

const CALL_META = new Set(["source", "version", "count", "for_each", "depends_on", "providers"]);

function hasMeta(block: Block): boolean {
  return block.body.items.some((a) => a.type === "attribute" && (a.name === "count" || a.name === "for_each"));
}

/** Reads variable files (`.tfvars`, `.tfvars.json`) into assignments, each value with its file and line as origin. */
export async function variableAssignments(files: { path: string; absolutePath: string }[], reader: Reader, diagnostics: Diagnostic[], given: boolean): Promise<VariableSource[]> {
  const out: VariableSource[] = [];
  for (const f of files) {
    const read = reader.read(f.absolutePath);
    if (!read.file) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const parsed = await parseFile(read.file, diagnostics);
    for (const item of parsed.body.items) {
      if (item.type !== "attribute") {
        diagnostics.push({ file: parsed.path, range: parsed.lines.rangeOf(item.start, item.headerEnd), severity: "error", message: `Unexpected "${item.blockType}" block: a variables file holds only variable assignments (name = value)` });
        continue;
      }
      const ev = constantValue(item, parsed);
      const origin: Origin = {
        file: parsed.path,
        range: parsed.lines.rangeOf(item.start, item.end),
        message: `variable ${item.name}${given ? ", from --var-file" : ""}`,
        kind: "tfvars",
      };
      out.push({ name: item.name, ev: { value: ev.value, node: detach(ev.node, [origin]) } });
    }
  }
  return out;
}

/** The root inputs of a unit: its auto-loaded variable files, then the command line in order. */
export async function rootInputs(
  varFiles: { path: string; absolutePath: string }[],
  cli: readonly TerraformVariableInput[],
  reader: Reader,
  diagnostics: Diagnostic[],
): Promise<RootInputs> {
  const assignments = await variableAssignments(varFiles, reader, diagnostics, false);
  for (const input of cli) {
    if (input.kind === "file") assignments.push(...(await variableAssignments([{ path: reader.repoPath(input.absolutePath), absolutePath: input.absolutePath }], reader, diagnostics, true)));
    else assignments.push({ name: input.name, raw: input.value });
  }
  return { assignments };
}
