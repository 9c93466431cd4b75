import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defaultHelpUri } from "../docs/rules-doc.js";
import { BUILTIN_PACK_JSON, PARAM_VALIDATORS } from "./builtin-pack.generated.js";
import type { Value } from "../model/value.js";
import type { Rule } from "./rule.js";
// Only the types: rule-file.ts loads yaml and ajv, and is imported when a YAML rule is read.
import type * as RuleFile from "./rule-file.js";

/** A rule file that cannot be used; the message names the file, the line and what is wrong. */
export class RuleLoadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${detail}`);
    this.name = "RuleLoadError";
  }
}

export const BUILTIN_RULES_DIR = fileURLToPath(new URL("../../rules/", import.meta.url));

/**
 * The built-in pack as the build compiled it (compile-pack.ts, written to
 * builtin-pack.generated.ts by `npm run bundle`): `fingerprint` of the rules/ files it came from,
 * the named sets, and each rule without `sets` (shared, attached at load) and with `sourceFile`
 * relative to rules/ (resolved against the installed package at load).
 */
export interface CompiledPack {
  fingerprint: string;
  sets: Record<string, Value[]>;
  rules: Array<Omit<Rule, "sets">>;
}

/**
 * A digest (SHA-256, hex) of what the built-in pack is compiled from: rules/schema.json and the
 * names and texts of rules/*.yaml and rules/sets/*.yaml. About 45 small synchronous reads: far
 * cheaper than parsing them, and what tells a stale compilation (rules edited after the build)
 * from a current one.
 */
export function builtinPackFingerprint(dir: string = BUILTIN_RULES_DIR): string {
  const hash = createHash("sha256");
  const add = (relative: string): void => {
    hash.update(`${relative}\0`);
    hash.update(readFileSync(path.join(dir, relative)));
    hash.update("\0");
  };
  add("schema.json");
  for (const sub of ["", "sets/"]) {
    let names: string[];
    try {
      names = readdirSync(path.join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) add(sub + name);
  }
  return hash.digest("hex");
}

/** The compiled built-in pack (freshly parsed objects), or undefined when rules/ differs from it. */
function compiledBuiltinPack(): CompiledPack | undefined {
  if (!BUILTIN_PACK_JSON) return undefined;
  const pack = JSON.parse(BUILTIN_PACK_JSON) as CompiledPack;
  let current: string;
  try {
    current = builtinPackFingerprint();
  } catch {
    return undefined;
  }
  return pack.fingerprint === current ? pack : undefined;
}

export interface LoadRulesOptions {
  /** Custom rule directories (`--rules DIR`), loaded after the built-in pack. */
  extraDirs?: string[];
  /** Leave out the built-in pack (for `test-rules` on a custom directory). */
  builtIn?: boolean;
}

/**
 * The built-in pack, then the rules of each custom directory, in file-name order within a
 * directory. The built-in pack comes from its build-time compilation while rules/ matches it (no
 * YAML parsing, no schema compilation, neither yaml nor ajv loaded), else from the YAML files.
 * Sets of every directory are shared by all rules (`rule.sets` is one object).
 * @throws RuleLoadError for an unreadable directory, an invalid file, or a rule id defined twice
 */
export async function loadRules(options: LoadRulesOptions = {}): Promise<Rule[]> {
  const builtIn = options.builtIn !== false;
  const compiled = builtIn ? compiledBuiltinPack() : undefined;
  const yamlDirs = [...(builtIn && !compiled ? [BUILTIN_RULES_DIR] : []), ...(options.extraDirs ?? [])];
  const ruleFile: typeof RuleFile | undefined = yamlDirs.length > 0 ? await import("./rule-file.js") : undefined;
  const rules: Rule[] = [];
  const byId = new Map<string, string>();
  // Sets of every directory are shared by all rules: a custom pack may use the built-in sets.
  const sets: Record<string, Value[]> = { ...compiled?.sets };
  for (const dir of yamlDirs) Object.assign(sets, await ruleFile!.loadSets(dir, sets));
  const add = (rule: Rule, builtInRule: boolean): void => {
    // Built-in rules are documented in the repository's docs/rules.md.
    if (!rule.helpUri && builtInRule) {
      const uri = defaultHelpUri(rule.id);
      if (uri) rule.helpUri = uri;
    }
    const previous = byId.get(rule.id);
    if (previous) throw new RuleLoadError(rule.sourceFile, undefined, `rule id ${rule.id} is already defined in ${previous}; give the rule a unique id`);
    byId.set(rule.id, rule.sourceFile);
    rules.push(rule);
  };
  for (const rule of compiled?.rules ?? []) add({ ...rule, sourceFile: path.join(BUILTIN_RULES_DIR, rule.sourceFile), sets }, true);
  for (const dir of yamlDirs) {
    for (const rule of await ruleFile!.parseRuleDir(dir, sets)) add(rule, dir === BUILTIN_RULES_DIR);
  }
  return rules;
}

type Validator = ((value: unknown) => boolean) & { errors?: Array<{ instancePath: string; keyword: string; message?: string; params: Record<string, unknown> }> | null };
let compileParamValidator: ((schema: object) => Validator) | undefined;

/** Called by rule-file.ts when it parses a rule: schemas of custom packs are compiled with ajv. */
export function useParamValidator(compile: (schema: object) => Validator): void {
  compileParamValidator = compile;
}

/**
 * Validates a value against a parameter's JSON Schema; the message says what is wrong
 * (`/0 must be string`), or undefined. Schemas of the built-in pack use the validators the build
 * compiled (no ajv at run time); any other schema came from a parsed rule file, whose module
 * supplied ajv.
 * @throws Error when the schema is neither built in nor from a parsed rule file (a bug)
 */
export function paramProblem(schema: object, value: unknown): string | undefined {
  const key = JSON.stringify(schema);
  const validate = (PARAM_VALIDATORS as Record<string, Validator>)[key] ?? compileParamValidator?.(schema);
  if (!validate) throw new Error(`no validator for parameter schema ${key}: it is not the built-in pack's, and no rule file was parsed`);
  if (validate(value)) return undefined;
  const error = validate.errors?.[0];
  if (!error) return "is invalid";
  // The wording of rule-file.ts's describeError, without importing it.
  const detail =
    error.keyword === "additionalProperties"
      ? `has unknown property "${String(error.params.additionalProperty)}"`
      : error.keyword === "enum"
        ? `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`
        : (error.message ?? "is invalid");
  return `${error.instancePath || "value"} ${detail}`;
}
