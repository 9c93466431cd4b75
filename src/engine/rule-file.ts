/**
 * Rule files read from YAML and validated with ajv: custom rule packs (`--rules`, config
 * `custom-rules`), the build's compilation of the built-in pack (compile-pack.ts), and the
 * built-in pack itself when rules/ no longer matches its compilation. load.ts imports this module
 * only then, so a run with the compiled pack loads neither yaml nor ajv.
 */
import { readFileSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";
import { LineCounter, parseDocument, type Node } from "yaml";
import { FUNCTIONS } from "./functions/index.js";
import { BUILTIN_RULES_DIR, RuleLoadError, useParamValidator } from "./load.js";
import { mostSpecific } from "./schema-errors.js";
import { parsePath, PathSyntaxError } from "./path.js";
import type { Value } from "../model/value.js";
import type { Check, Condition, Rule } from "./rule.js";

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const schema = JSON.parse(readFileSync(path.join(BUILTIN_RULES_DIR, "schema.json"), "utf8")) as object;
  const ajv = new Ajv({ allErrors: true, strict: true, useDefaults: true, strictTuples: false });
  const addFormats = addFormatsModule as unknown as (a: Ajv) => void;
  addFormats(ajv);
  validator = ajv.compile(schema);
  return validator;
}

/**
 * Named sets of a rule directory (`DIR/sets/*.yaml`: `name`, `description`, `values`), shared by
 * the rules as `$sets.NAME`. A name already defined by an earlier directory is an error.
 */
export async function loadSets(dir: string, known: Record<string, Value[]>): Promise<Record<string, Value[]>> {
  const setsDir = path.join(dir, "sets");
  let entries: string[];
  try {
    entries = (await readdir(setsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    return {};
  }
  const out: Record<string, Value[]> = {};
  for (const name of entries) {
    const file = path.join(setsDir, name);
    const lineCounter = new LineCounter();
    const document = parseDocument(await readFile(file, "utf8"), { lineCounter, prettyErrors: false });
    if (document.errors.length > 0) {
      const error = document.errors[0]!;
      throw new RuleLoadError(file, lineCounter.linePos(error.pos[0]).line, `YAML syntax: ${error.message.split("\n")[0]}`);
    }
    const data = document.toJS() as { name?: unknown; description?: unknown; values?: unknown } | null;
    const expected = name.replace(/\.ya?ml$/, "");
    if (!data || typeof data !== "object") throw new RuleLoadError(file, 1, "a set file holds name, description and values");
    const extra = Object.keys(data).find((k) => !["name", "description", "values"].includes(k));
    if (extra) throw new RuleLoadError(file, 1, `unknown key "${extra}" (a set holds name, description and values)`);
    if (data.name !== expected) throw new RuleLoadError(file, 1, `name must be "${expected}", the file's name`);
    if (typeof data.description !== "string" || data.description.trim() === "") throw new RuleLoadError(file, 1, "description is required: say what the set holds and where its entries come from");
    if (!Array.isArray(data.values) || data.values.length === 0 || !data.values.every((v) => typeof v === "string" || typeof v === "number")) {
      throw new RuleLoadError(file, 1, "values must be a non-empty list of strings or numbers");
    }
    if (known[expected] || out[expected]) throw new RuleLoadError(file, 1, `set ${expected} is already defined; give it another name`);
    out[expected] = data.values as Value[];
  }
  return out;
}

/** What is wrong with a value by a validator's first error, or undefined when it is valid. */
export function schemaProblem(validate: (value: unknown) => boolean, value: unknown): string | undefined {
  if (validate(value)) return undefined;
  const error = (validate as { errors?: ErrorObject[] | null }).errors?.[0];
  return error ? `${error.instancePath || "value"} ${describeError(error)}` : "is invalid";
}

const paramValidators = new Map<string, ValidateFunction>();
/**
 * A compiled validator for a parameter's JSON Schema (cached by the schema's JSON text); throws
 * ajv's error when the schema itself is invalid. load.ts's paramProblem uses it for schemas the
 * build did not compile (custom rule packs).
 */
export function paramValidator(schema: object): ValidateFunction {
  const key = JSON.stringify(schema);
  let v = paramValidators.get(key);
  if (!v) {
    const ajv = new Ajv({ allErrors: false, strict: false });
    (addFormatsModule as unknown as (a: Ajv) => void)(ajv);
    v = ajv.compile(schema);
    paramValidators.set(key, v);
  }
  return v;
}

/**
 * One rule file's text as a Rule: YAML parsed, validated against rules/schema.json, parameter
 * defaults checked against their schemas and `$sets.NAME` defaults resolved from `sets`, checks
 * checked for what the schema cannot see. `sourceFile` is `file` as given.
 * @throws RuleLoadError naming the file, the line and what is wrong
 */
export function parseRuleFile(file: string, text: string, sets: Readonly<Record<string, Value[]>> = {}): Rule {
  // Schemas of custom packs reach configureRules' paramProblem; only parsed rules carry them.
  useParamValidator(paramValidator);
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    const error = document.errors[0]!;
    throw new RuleLoadError(file, lineCounter.linePos(error.pos[0]).line, `YAML syntax: ${error.message.split("\n")[0]}`);
  }
  const data = document.toJS() as unknown;
  const lineOf = (instancePath: string): number | undefined => {
    const segments = instancePath.split("/").slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s.replace(/~1/g, "/").replace(/~0/g, "~")));
    for (let n = segments.length; n >= 0; n--) {
      const node = document.getIn(segments.slice(0, n), true) as Node | undefined;
      if (node && typeof node === "object" && "range" in node && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const validate = schemaValidator();
  if (!validate(data)) {
    const error = mostSpecific(validate.errors ?? []);
    const extra = error.keyword === "additionalProperties" ? `/${(error.params as { additionalProperty: string }).additionalProperty}` : "";
    throw new RuleLoadError(file, lineOf(error.instancePath + extra), `${error.instancePath || "(top)"} ${describeError(error)}`);
  }
  const raw = data as Record<string, unknown>;
  const rule: Rule = {
    id: raw.id as string,
    title: raw.title as string,
    level: raw.level as Rule["level"],
    securitySeverity: raw["security-severity"] as string,
    precision: (raw.precision as Rule["precision"]) ?? "high",
    tags: raw.tags as string[],
    formats: raw.formats as Rule["formats"],
    enabled: (raw.enabled as boolean | undefined) ?? true,
    description: (raw.description as string).trim(),
    remediation: (raw.remediation as string).trim(),
    examples: (raw.examples as Rule["examples"]) ?? {},
    references: (raw.references as string[]) ?? [],
    sourceFile: file,
    checks: raw.checks as Check[],
    params: {},
    paramValues: {},
    sets,
    onePer: (raw["one-per"] as Rule["onePer"] | undefined) ?? "element",
  };
  for (const [name, spec] of Object.entries((raw.params as Record<string, { description: string; schema: object; default: Value }> | undefined) ?? {})) {
    let value = spec.default;
    const setRef = typeof value === "string" ? /^\$sets\.([\w-]+)$/.exec(value) : null;
    if (setRef) {
      if (!sets[setRef[1]!]) throw new RuleLoadError(file, lineOf(`/params/${name}/default`), `params.${name}: unknown set ${setRef[1]} (known: ${Object.keys(sets).join(", ") || "none"})`);
      value = sets[setRef[1]!]!;
    }
    let problem: string | undefined;
    try {
      problem = schemaProblem(paramValidator(spec.schema), value);
    } catch (error) {
      throw new RuleLoadError(file, lineOf(`/params/${name}/schema`), `params.${name}.schema is not a valid JSON Schema: ${(error as Error).message}`);
    }
    if (problem) throw new RuleLoadError(file, lineOf(`/params/${name}/default`), `params.${name}.default ${problem}`);
    rule.params[name] = { description: spec.description, schema: spec.schema, default: value };
    rule.paramValues[name] = value;
  }
  if (raw["help-uri"]) rule.helpUri = raw["help-uri"] as string;
  if (Number(rule.securitySeverity) <= 0) throw new RuleLoadError(file, lineOf("/security-severity"), "security-severity must be greater than 0");
  rule.checks.forEach((check, index) => {
    const problem = checkProblem(check, rule);
    if (problem) {
      // Point at the key the problem is in (`when:`, `message:`, `related: x:`), not the check's first line.
      const key = /^(select|each|let\.[\w-]+|related\.[\w-]+|when|at|message)\b/.exec(problem)?.[1];
      const where = key === undefined ? "" : `/${key.replace(".", "/")}`;
      throw new RuleLoadError(file, lineOf(`/checks/${index}${where}`), `/checks/${index} ${problem}`);
    }
  });
  return rule;
}

/** Semantics the schema cannot see: paths parse, functions exist, references name something bound. */
function checkProblem(check: Check, rule: Rule): string | undefined {
  const bound = new Set(["attributes", "options", "resource", "params", "sets"]);
  const namedValue = (text: string): string | undefined => {
    const set = /^\$sets\.([\w-]+)/.exec(text);
    if (set && !rule.sets[set[1]!]) return `unknown set ${set[1]} (known: ${Object.keys(rule.sets).join(", ") || "none"})`;
    const param = /^\$params\.([\w-]+)/.exec(text);
    if (param && !(param[1]! in rule.paramValues)) return `unknown parameter ${param[1]} (declared: ${Object.keys(rule.paramValues).join(", ") || "none"})`;
    return undefined;
  };
  try {
    for (const selector of [check.select].flat()) {
      for (const type of [selector.type ?? []].flat()) {
        const p = namedValue(type);
        if (p) return `select.type: ${p}`;
      }
    }
    for (const [name, relation] of Object.entries(check.related ?? {})) {
      const selector = "referenced-by" in relation ? relation["referenced-by"] : relation.references;
      for (const type of [selector.type ?? []].flat()) {
        const p = namedValue(type);
        if (p) return `related.${name}.type: ${p}`;
      }
      for (const via of [selector.via ?? []].flat()) {
        const head = parsePath(via)[0];
        if (head?.kind !== "key" || head.key !== "attributes") return `related.${name}.via "${via}" must start with attributes`;
      }
      bound.add(name);
    }
    const selectors = [check.select].flat();
    for (const each of [check.each ?? [], ...selectors.map((s) => s.each ?? [])].flat()) {
      const head = parsePath(each)[0];
      if (head?.kind !== "key" || !bound.has(head.key)) return `each path "${each}" must start with attributes or options`;
    }
    if (check.each || selectors.some((s) => s.each)) {
      bound.add(check.as ?? "item");
      bound.add("key");
    }
    const refProblem = (value: unknown): string | undefined => {
      if (typeof value === "string" && value.startsWith("$") && !value.startsWith("$$")) {
        const head = parsePath(value.slice(1))[0];
        if (head?.kind !== "key" || !bound.has(head.key)) return `reference ${value} names nothing bound here (bound: ${[...bound].join(", ")})`;
        return namedValue(value);
      } else if (Array.isArray(value)) {
        for (const v of value) {
          const p = refProblem(v);
          if (p) return p;
        }
      } else if (value !== null && typeof value === "object") {
        const call = (value as { call?: unknown }).call;
        if (typeof call === "string" && !FUNCTIONS[call]) return `unknown function ${call} (known: ${Object.keys(FUNCTIONS).join(", ")})`;
        const quantified = ["some", "none", "every"].find((q) => q in value);
        if (quantified) {
          // The element's name is bound inside `when` only.
          const q = value as { as?: string; when?: unknown } & Record<string, unknown>;
          const p = refProblem(q[quantified]);
          if (p) return p;
          const name = q.as ?? "item";
          const had = bound.has(name);
          bound.add(name);
          const inner = q.when === undefined ? undefined : refProblem(q.when);
          if (!had) bound.delete(name);
          return inner;
        }
        for (const [k, v] of Object.entries(value)) {
          if (k === "as") continue;
          const p = refProblem(v);
          if (p) return p;
        }
      }
      return undefined;
    };
    for (const [name, binding] of Object.entries(check.let ?? {})) {
      const p = refProblem(binding);
      if (p) return `let.${name}: ${p}`;
      bound.add(name);
    }
    const conditionProblem = refProblem(check.when as Condition);
    if (conditionProblem) return `when: ${conditionProblem}`;
    if (check.at) {
      const p = refProblem(check.at);
      if (p) return `at: ${p}`;
    }
    for (const placeholder of check.message.matchAll(/\{([A-Za-z_$][\w$.\[\]"*|-]*)\}/g)) {
      const name = placeholder[1]!;
      if (name !== "name") {
        const p = refProblem(`$${name}`);
        if (p) return `message: ${p}`;
      }
    }
  } catch (error) {
    if (error instanceof PathSyntaxError) return error.message;
    throw error;
  }
  return undefined;
}

export function describeError(error: ErrorObject): string {
  if (error.keyword === "additionalProperties") return `has unknown property "${(error.params as { additionalProperty: string }).additionalProperty}"`;
  if (error.keyword === "enum") return `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
  return error.message ?? "is invalid";
}


/**
 * Every rule file of a directory (`*.yaml`, `*.yml`, by name), parsed with `sets`; `sourceFile`
 * is the file's path joined to `dir` as given.
 * @throws RuleLoadError when the directory cannot be read or a file is invalid
 */
export async function parseRuleDir(dir: string, sets: Readonly<Record<string, Value[]>>): Promise<Rule[]> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch (error) {
    throw new RuleLoadError(dir, undefined, `cannot read rule directory (${(error as NodeJS.ErrnoException).code ?? String(error)}); pass an existing directory to --rules`);
  }
  const rules: Rule[] = [];
  for (const name of entries) {
    const file = path.join(dir, name);
    rules.push(parseRuleFile(file, await readFile(file, "utf8"), sets));
  }
  return rules;
}
