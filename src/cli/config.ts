/**
 * `.driftless.yaml`: a repository's settings, validated against `config.schema.json` (shipped
 * with the package). Any problem is a CliError naming the file, the line, the setting's path and
 * what is wrong (exit code 2): a configuration is never half-applied.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
// Types only: yaml and ajv are imported when a configuration file is read, so a repository
// without one starts without them.
import type { ErrorObject, ValidateFunction } from "ajv";
import type { Document, LineCounter, Node } from "yaml";
import type { Level } from "../model/finding.js";
import type { RuleSetting } from "../engine/configure.js";
import type { IgnoreEntry } from "../suppress/ignore.js";
import { isCalendarDate } from "../suppress/ignore.js";
import { mostSpecific } from "../engine/schema-errors.js";
import { CliError } from "./io.js";

/** The file name looked for at the repository root. */
export const CONFIG_FILE_NAME = ".driftless.yaml";
export const CONFIG_SCHEMA_FILE = fileURLToPath(new URL("../../config.schema.json", import.meta.url));

export interface Config {
  /** Absolute path of the file. */
  file: string;
  rules: Record<string, RuleSetting>;
  ignore: IgnoreEntry[];
  include: string[];
  exclude: string[];
  failOn?: Level | "none";
  /** Absolute directories. */
  customRules: string[];
  inlineSuppressions: boolean;
  /** The line of a setting (`["rules", "PIN-005", "params"]`), or of its nearest written parent. */
  lineOf(path: (string | number)[]): number;
}

/** The repository's own configuration file, when there is one. */
export function defaultConfigFile(root: string): string | undefined {
  const file = join(root, CONFIG_FILE_NAME);
  return existsSync(file) ? file : undefined;
}

let validator: ValidateFunction | undefined;
async function validate(): Promise<ValidateFunction> {
  if (!validator) {
    const ajvModule = await import("ajv");
    // The bundle gives a CommonJS package imported dynamically as `default` only.
    const Ajv = ajvModule.Ajv ?? (ajvModule as unknown as { default: typeof ajvModule }).default.Ajv;
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, "utf8")) as object);
  }
  return validator;
}

/**
 * Reads and validates a configuration file (imports yaml and ajv on the first call). Rejects with
 * CliError (`FILE:LINE: PATH: problem`).
 */
export async function loadConfig(file: string, shownAs: string = file): Promise<Config> {
  const yamlModule = await import("yaml");
  // The bundle gives a CommonJS package imported dynamically as `default` only.
  const yaml = typeof yamlModule.LineCounter === "function" ? yamlModule : (yamlModule as unknown as { default: typeof yamlModule }).default;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read configuration ${shownAs}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length) {
    const error = document.errors[0]!;
    throw new CliError(`${shownAs}:${lineCounter.linePos(error.pos[0]).line}: YAML syntax: ${error.message.split("\n")[0]}`);
  }
  const lineOf = (path: (string | number)[]): number => lineIn(yaml, document, lineCounter, path);
  const data = (document.toJS() as unknown) ?? {};
  // A key written with nothing after it (`rules:`, its examples commented out) means "none".
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) if (value === null && key !== "fail-on" && key !== "inline-suppressions") delete (data as Record<string, unknown>)[key];
  }
  const check = await validate();
  if (!check(data)) {
    const error = mostSpecific(check.errors ?? []);
    const path = pointerPath(error.instancePath);
    const extra = error.keyword === "additionalProperties" ? (error.params as { additionalProperty: string }).additionalProperty : undefined;
    // ajv names a key that fails `propertyNames` on the error, not in its path.
    const badKey = (error as ErrorObject & { propertyName?: string }).propertyName;
    if (badKey !== undefined) throw new CliError(`${shownAs}:${lineOf([...path, badKey])}: ${describePath(path)}: ${JSON.stringify(badKey)} is not a rule ID such as PIN-005`);
    const at = extra === undefined ? path : [...path, extra];
    throw new CliError(`${shownAs}:${lineOf(at)}: ${describePath(at)}: ${describe(error)}`);
  }
  const raw = data as Record<string, unknown>;
  const base = dirname(file);
  const ignore = ((raw.ignore as Record<string, unknown>[] | undefined) ?? []).map((entry, index): IgnoreEntry => {
    const e: IgnoreEntry = { index, line: lineOf(["ignore", index]), reason: String(entry.reason ?? "") };
    if (entry.rule !== undefined) e.rules = [entry.rule as string | string[]].flat();
    if (entry.paths) e.paths = entry.paths as string[];
    if (entry.resource) e.resource = entry.resource as string;
    if (entry.fingerprint) e.fingerprint = entry.fingerprint as string;
    if (entry.expires) {
      const day = entry.expires as string;
      if (!isCalendarDate(day)) throw new CliError(`${shownAs}:${lineOf(["ignore", index, "expires"])}: ignore[${index}].expires: ${day} is not a date (YYYY-MM-DD)`);
      e.expires = day;
    }
    return e;
  });
  return {
    file,
    rules: (raw.rules as Record<string, RuleSetting> | undefined) ?? {},
    ignore,
    include: (raw.include as string[] | undefined) ?? [],
    exclude: (raw.exclude as string[] | undefined) ?? [],
    ...(raw["fail-on"] ? { failOn: raw["fail-on"] as Level | "none" } : {}),
    customRules: ((raw["custom-rules"] as string[] | undefined) ?? []).map((d, i) => {
      const dir = resolve(base, d);
      if (!existsSync(dir)) throw new CliError(`${shownAs}:${lineOf(["custom-rules", i])}: custom-rules[${i}]: ${d} is not a directory (relative to ${shownAs}'s folder)`);
      return dir;
    }),
    inlineSuppressions: raw["inline-suppressions"] !== false,
    lineOf,
  };
}

function lineIn(yaml: typeof import("yaml"), document: Document, lineCounter: LineCounter, path: (string | number)[]): number {
  const { isMap, isScalar } = yaml;
  for (let n = path.length; n >= 0; n--) {
    const parent = n === 0 ? document.contents : (document.getIn(path.slice(0, n - 1), true) as Node | undefined);
    if (n > 0 && isMap(parent)) {
      // The key's line, not the value's (a nested map starts on the next line).
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path[n - 1]));
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = n === 0 ? document.contents : (document.getIn(path.slice(0, n), true) as Node | undefined);
    if (node && typeof node === "object" && "range" in node && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

function pointerPath(pointer: string): (string | number)[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** `rules.PIN-005.level`, `ignore[2].expires`. */
export function describePath(path: (string | number)[]): string {
  if (path.length === 0) return "(top level)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

function describe(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key (allowed here: ${allowedKeys(error).join(", ")})`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
    case "pattern":
      if (error.instancePath.endsWith("/expires")) return "must be a date YYYY-MM-DD";
      if (error.instancePath.endsWith("/fingerprint")) return "must be a finding's fingerprint (32 hex digits)";
      return "must be a rule ID such as PIN-005";
    case "propertyNames":
      return `${JSON.stringify(params.propertyName)} is not a rule ID such as PIN-005`;
    case "required":
      return `missing ${JSON.stringify(params.missingProperty)}${params.missingProperty === "reason" ? " (say why the finding is accepted)" : ""}`;
    case "type":
      return `must be ${params.type === "array" ? "a list" : params.type === "object" ? "a map" : `a ${String(params.type)}`}`;
    default:
      return error.message ?? "is invalid";
  }
}

function allowedKeys(error: ErrorObject): string[] {
  const p = error.instancePath;
  if (p === "") return ["rules", "ignore", "include", "exclude", "fail-on", "custom-rules", "inline-suppressions"];
  if (/^\/rules\/[^/]+$/.test(p)) return ["enabled", "level", "params"];
  if (/^\/ignore\/\d+$/.test(p)) return ["rule", "paths", "resource", "fingerprint", "reason", "expires"];
  return [];
}

/** What `driftless init` writes: every setting, commented, with the defaults. */
export const STARTER_CONFIG = `# driftless configuration: https://github.com/driftless/driftless#configuration
# Checked against config.schema.json; an unknown key or a wrong value stops the scan (exit 2).
# yaml-language-server: $schema=https://raw.githubusercontent.com/driftless/driftless/main/config.schema.json

# Exit 1 when a finding is at or above this level: error | warning | note | none.
fail-on: error

# Per rule: enabled, level (error | warning | note) and parameters (driftless explain ID).
rules:
#  RNP-009:
#    enabled: true            # rules that ship disabled can be turned on
#  PIN-003:
#    level: note
#  DRF-002:
#    params:
#      allowed: [tags, tags_all, desired_count]

# Files to scan and to leave out (globs relative to the repository root).
include:
exclude:
#  - "examples/**"
#  - "**/test/fixtures/**"

# Directories of your own rules (relative to this file), as --rules DIR.
custom-rules:
#  - policies

# Honour driftless:ignore comments and Metadata.driftless.ignore (false: report everything).
inline-suppressions: true

# Accepted findings. Every entry needs a reason; one that matches nothing or has expired
# is reported as IAC-001. Criteria: rule, paths, resource, fingerprint; all must match.
ignore:
#  - rule: PIN-004
#    paths: ["sandbox/**"]
#    reason: sandboxes are rebuilt from scratch every night
#    expires: 2027-06-30
#  - rule: ACC-002
#    resource: aws_security_group.vpn
#    reason: VPN concentrator, reviewed in SEC-123
`;
