import {
  RuleSettingError,
  SUPPRESSION_RULE_ID,
  runScan
} from "./chunk-YKHRFG54.js";
import {
  LEVELS,
  NO_VALUE_DIGEST,
  levelRank,
  ruleDocPath
} from "./chunk-ZMDPTPJF.js";
import "./chunk-AA6DXPFO.js";
import {
  UsageError,
  findRepositoryRoot
} from "./chunk-ZUIZ3OPS.js";
import "./chunk-T7W4M46V.js";
import "./chunk-AZMHRRSR.js";
import "./chunk-YEWZ7O2E.js";

// src/cli/help.ts
var HELP = `driftless: immutability auditor for Infrastructure-as-Code (Terraform, CloudFormation, Pulumi TypeScript)

Usage:
  driftless scan [paths...] [options]   scan files or directories (default: .)
  driftless rules [--rules DIR]...      list the rule pack
  driftless explain ID [--rules DIR]... show a rule's documentation
  driftless test-rules [RULES_DIR] [--fixtures DIR]
                                        run rules on their fixtures (<fixtures>/<ID>/*) and compare
                                        with the "# expect: ID" comments in them (default fixtures:
                                        RULES_DIR/fixtures; no RULES_DIR: the built-in pack)
  driftless init [--output FILE] [--force]
                                        write a commented starter .driftless.yaml
  driftless --help | --version

Scan options:
  --format FORMAT            text|sarif|json|markdown|junit; repeat for several reports in one run
                             (default: text)
  --output FILE              where the i-th --format goes; a format without --output goes to stdout
                             (only one may); "-" means stdout; an --output without its --format
                             takes it from the extension (.sarif, .json, .md, .xml, .txt)
  --fail-on LEVEL            error|warning|note|none: exit 1 when an unsuppressed finding is at or
                             above LEVEL (default: the config's fail-on, else error)
  --config FILE              settings file (default: .driftless.yaml at the repository root)
  --rule ID[,ID...]          run only these rules (repeatable; a rule disabled by default runs too)
  --skip-rule ID[,ID...]     do not run these rules (repeatable)
  --exclude GLOB             leave out files matching GLOB, relative to the repository root
                             (repeatable; added to the config's exclude)
  --rules DIR                also load rule files from DIR (repeatable)
  --root DIR                 repository root that reported paths are relative to
                             (default: each path's enclosing git repository, else the current
                             directory; several repositories give one SARIF run each)
  --no-inline-suppressions   ignore driftless:ignore comments and Metadata.driftless.ignore
  --sarif-include-suppressed keep suppressed findings in SARIF, with their suppressions
  --category NAME            SARIF automationDetails.id, to keep uploads of several analyses apart
  --baseline FILE            report (and fail on) only findings that FILE does not hold
  --write-baseline FILE      write every current unsuppressed finding to FILE (folders created),
                             report as usual; exit 0 unless a finding it cannot hold (IAC-000,
                             IAC-001) is at or above --fail-on
  --update-baseline FILE     as --baseline FILE, then drop from FILE the entries that no longer
                             occur (new findings are reported, not added); one baseline option
                             at a time
  --quiet                    text: only the findings (no summary); no notices on stderr
  --color, --no-color        force colours on or off (default: on a terminal; FORCE_COLOR and
                             NO_COLOR are honoured)
  --report-unknown           also report findings that depend on values unknown statically (as notes)
  --var NAME=VALUE           a Terraform root-module variable, as terraform plan -var (repeatable)
  --var-file FILE            a Terraform variables file, as terraform plan -var-file (repeatable);
                             --var and --var-file apply in command-line order, after the files
                             Terraform loads by itself (terraform.tfvars, *.auto.tfvars)

Suppressions: a comment "driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason" on the line
above a block (the whole block; on a module call, what the call causes) or above or at the end
of an attribute line (that attribute); CloudFormation JSON and YAML also accept
Metadata: { driftless: { ignore: [ { id, reason, expires } ] } } on a resource. One without a
reason, with an unknown ID, past its expiry or matching nothing is reported as IAC-001.

Baselines: an entry holds a finding with the same rule, file, resource address (module instance
included), attribute path and offending value; line numbers do not count. A changed value or a
move to another file is a new finding. Parse errors (IAC-000) and IAC-001 are never baselined.

Exit codes:
  0  nothing at or above --fail-on
  1  findings at or above --fail-on
  2  usage, configuration or rule-loading error
  3  internal error (a bug in driftless: please report it)
`;

// src/cli/io.ts
var epipeGuard = false;
function processIo() {
  if (!epipeGuard) {
    epipeGuard = true;
    process.stdout.on("error", (error) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}
var CliError = class extends Error {
  name = "CliError";
};
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var EXIT_INTERNAL = 3;
function useColour(stream, env) {
  return stream.isTTY === true && !env.NO_COLOR;
}

// src/cli/init.ts
import { existsSync as existsSync2 } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join as join2, relative, resolve as resolve2 } from "node:path";

// src/cli/args.ts
function parseArgs(argv, specs) {
  const positionals = [];
  const options = {};
  const ordered = [];
  const aliases = { "-h": "--help", "-V": "--version" };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    arg = aliases[arg] ?? arg;
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = (eq >= 0 ? arg.slice(0, eq) : arg).replace(/^--/, "");
    const spec = arg.startsWith("--") ? specs[name] : void 0;
    if (!spec) throw new CliError(`unknown option ${eq >= 0 ? arg.slice(0, eq) : arg} (see driftless --help)`);
    if (!spec.value) {
      if (eq >= 0) throw new CliError(`option --${name} does not take a value`);
      options[name] = true;
      continue;
    }
    let value;
    if (eq >= 0) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === void 0 || value.startsWith("--") && value.length > 2) {
        throw new CliError(`option --${name} needs a value${spec.choices ? ` (${spec.choices.join(", ")})` : ""}`);
      }
      i++;
    }
    if (spec.choices && !spec.choices.includes(value)) {
      throw new CliError(`invalid value for --${name}: ${JSON.stringify(value)} (expected one of ${spec.choices.join(", ")})`);
    }
    ordered.push({ name, value });
    if (spec.repeatable) {
      const list = options[name];
      options[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      options[name] = value;
    }
  }
  return { positionals, options, ordered };
}
function stringOption(parsed, name) {
  const v = parsed.options[name];
  return typeof v === "string" ? v : void 0;
}
function listOption(parsed, name) {
  const v = parsed.options[name];
  return Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
}
function flag(parsed, name) {
  return parsed.options[name] === true;
}

// src/cli/config.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
var CONFIG_FILE_NAME = ".driftless.yaml";
var CONFIG_SCHEMA_FILE = fileURLToPath(new URL("../../config.schema.json", import.meta.url));
function defaultConfigFile(root) {
  const file = join(root, CONFIG_FILE_NAME);
  return existsSync(file) ? file : void 0;
}
var validator;
function validate() {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, "utf8")));
  }
  return validator;
}
function loadConfig(file, shownAs = file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read configuration ${shownAs}: ${error.code ?? error.message}`);
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length) {
    const error = document.errors[0];
    throw new CliError(`${shownAs}:${lineCounter.linePos(error.pos[0]).line}: YAML syntax: ${error.message.split("\n")[0]}`);
  }
  const lineOf = (path2) => lineIn(document, lineCounter, path2);
  const data = document.toJS() ?? {};
  const check = validate();
  if (!check(data)) {
    const error = mostSpecific(check.errors ?? []);
    const path2 = pointerPath(error.instancePath);
    const extra = error.keyword === "additionalProperties" ? error.params.additionalProperty : void 0;
    const badKey = error.propertyName;
    if (badKey !== void 0) throw new CliError(`${shownAs}:${lineOf([...path2, badKey])}: ${describePath(path2)}: ${JSON.stringify(badKey)} is not a rule ID such as PIN-005`);
    const at = extra === void 0 ? path2 : [...path2, extra];
    throw new CliError(`${shownAs}:${lineOf(at)}: ${describePath(at)}: ${describe(error)}`);
  }
  const raw = data;
  const base = dirname(file);
  const ignore = (raw.ignore ?? []).map((entry, index) => {
    const e = { index, line: lineOf(["ignore", index]), reason: String(entry.reason ?? "") };
    if (entry.rule !== void 0) e.rules = [entry.rule].flat();
    if (entry.paths) e.paths = entry.paths;
    if (entry.resource) e.resource = entry.resource;
    if (entry.fingerprint) e.fingerprint = entry.fingerprint;
    if (entry.expires) {
      const day = entry.expires;
      if (Number.isNaN(Date.parse(`${day}T00:00:00Z`))) throw new CliError(`${shownAs}:${lineOf(["ignore", index, "expires"])}: ignore[${index}].expires: ${day} is not a date (YYYY-MM-DD)`);
      e.expires = day;
    }
    return e;
  });
  return {
    file,
    rules: raw.rules ?? {},
    ignore,
    include: raw.include ?? [],
    exclude: raw.exclude ?? [],
    ...raw["fail-on"] ? { failOn: raw["fail-on"] } : {},
    customRules: (raw["custom-rules"] ?? []).map((d) => resolve(base, d)),
    inlineSuppressions: raw["inline-suppressions"] !== false,
    lineOf
  };
}
function lineIn(document, lineCounter, path2) {
  for (let n = path2.length; n >= 0; n--) {
    const parent = n === 0 ? document.contents : document.getIn(path2.slice(0, n - 1), true);
    if (n > 0 && isMap(parent)) {
      const pair = parent.items.find((p) => isScalar(p.key) && String(p.key.value) === String(path2[n - 1]));
      const range = pair && isScalar(pair.key) ? pair.key.range : void 0;
      if (range) return lineCounter.linePos(range[0]).line;
    }
    const node = n === 0 ? document.contents : document.getIn(path2.slice(0, n), true);
    if (node && typeof node === "object" && "range" in node && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}
function pointerPath(pointer) {
  return pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).map((s) => /^\d+$/.test(s) ? Number(s) : s);
}
function describePath(path2) {
  if (path2.length === 0) return "(top level)";
  return path2.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
function mostSpecific(errors) {
  const useful = errors.filter((e) => !["oneOf", "anyOf", "if"].includes(e.keyword));
  const pool = useful.length ? useful : errors;
  const rank = (e) => e.instancePath.length * 2 + (e.keyword === "additionalProperties" ? 1 : 0);
  return pool.reduce((best, e) => rank(e) > rank(best) ? e : best, pool[0]);
}
function describe(error) {
  const params = error.params;
  switch (error.keyword) {
    case "additionalProperties":
      return `unknown key (allowed here: ${allowedKeys(error).join(", ")})`;
    case "enum":
      return `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(", ")}`;
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
function allowedKeys(error) {
  const p = error.instancePath;
  if (p === "") return ["rules", "ignore", "include", "exclude", "fail-on", "custom-rules", "inline-suppressions"];
  if (/^\/rules\/[^/]+$/.test(p)) return ["enabled", "level", "params"];
  if (/^\/ignore\/\d+$/.test(p)) return ["rule", "paths", "resource", "fingerprint", "reason", "expires"];
  return [];
}
var STARTER_CONFIG = `# driftless configuration: https://github.com/driftless/driftless#configuration
# Checked against config.schema.json; an unknown key or a wrong value stops the scan (exit 2).
# yaml-language-server: $schema=https://raw.githubusercontent.com/driftless/driftless/main/config.schema.json

# Exit 1 when a finding is at or above this level: error | warning | note | none.
fail-on: error

# Per rule: enabled, level (error | warning | note) and parameters (driftless explain ID).
rules: {}
#  RNP-009:
#    enabled: true            # rules that ship disabled can be turned on
#  PIN-003:
#    level: note
#  DRF-002:
#    params:
#      allowed: [tags, tags_all, desired_count]

# Files to scan and to leave out (globs relative to the repository root).
include: []
exclude: []
#  - "examples/**"
#  - "**/test/fixtures/**"

# Directories of your own rules (relative to this file), as --rules DIR.
custom-rules: []

# Honour driftless:ignore comments and Metadata.driftless.ignore (false: report everything).
inline-suppressions: true

# Accepted findings. Every entry needs a reason; one that matches nothing or has expired
# is reported as IAC-001. Criteria: rule, paths, resource, fingerprint; all must match.
ignore: []
#  - rule: PIN-004
#    paths: ["sandbox/**"]
#    reason: sandboxes are rebuilt from scratch every night
#    expires: 2027-06-30
#  - rule: ACC-002
#    resource: aws_security_group.vpn
#    reason: VPN concentrator, reviewed in SEC-123
`;

// src/cli/init.ts
async function initCommand(argv, io) {
  const parsed = parseArgs(argv, { output: { value: true }, force: { value: false }, help: { value: false } });
  if (flag(parsed, "help")) {
    io.stdout.write("Usage: driftless init [--output FILE] [--force]\n  writes a commented starter .driftless.yaml at the repository root\n");
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new CliError(`init takes no paths (got ${parsed.positionals.join(" ")}); use --output FILE`);
  const out = stringOption(parsed, "output");
  const file = out !== void 0 ? resolve2(io.cwd, out) : join2(findRepositoryRoot(io.cwd, io.cwd), CONFIG_FILE_NAME);
  const shown = relative(io.cwd, file) || file;
  if (existsSync2(file) && !flag(parsed, "force")) throw new CliError(`${shown} already exists; edit it, or pass --force to replace it`);
  await writeFile(file, STARTER_CONFIG, "utf8");
  io.stdout.write(`wrote ${shown}
`);
  return EXIT_OK;
}

// src/cli/rules.ts
import { dirname as dirname2, resolve as resolve3 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var RULES_OPTIONS = {
  help: { value: false },
  rules: { value: true, repeatable: true }
};
async function loadPack(dirs) {
  const { loadRules } = await import("./engine-NN6NIRES.js");
  return loadRules(dirs.length ? { extraDirs: dirs } : void 0);
}
function table(header, rows) {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all.map((r) => r.map((cell, i) => i === r.length - 1 ? cell : cell.padEnd(widths[i])).join("  ").trimEnd()).join("\n");
}
async function rulesCommand(argv, io) {
  const parsed = parseArgs(argv, RULES_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new CliError(`unexpected argument ${parsed.positionals[0]} (see driftless --help)`);
  const rules = await loadPack(listOption(parsed, "rules").map((d) => resolve3(io.cwd, d)));
  const rows = [...rules].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0).map((r) => [r.id, r.level, r.enabled ? "yes" : "no", r.formats.join(","), r.title]);
  io.stdout.write(`${table(["ID", "LEVEL", "ENABLED", "FORMATS", "TITLE"], rows)}
`);
  return EXIT_OK;
}
function explainText(rule) {
  const lines = [
    `${rule.id}: ${rule.title}`,
    "",
    `Level: ${rule.level}   Security severity: ${rule.securitySeverity}   Precision: ${rule.precision}`,
    `Formats: ${rule.formats.join(", ")}   Enabled by default: ${rule.enabled ? "yes" : "no"}`,
    `Tags: ${rule.tags.join(", ")}`,
    "",
    rule.description.trim()
  ];
  if (rule.remediation.trim()) lines.push("", "Remediation:", rule.remediation.trim());
  const params = Object.entries(rule.params ?? {});
  if (params.length) {
    lines.push("", "Parameters (override them in configuration):");
    for (const [name, p] of params) lines.push(`  ${name}: ${p.description ?? ""}`.trimEnd(), `    default: ${JSON.stringify(p.default)}`);
  }
  for (const format of ["terraform", "cloudformation", "pulumi"]) {
    const example = rule.examples[format];
    if (!example?.trim()) continue;
    lines.push("", `Example (${format}):`, ...example.trimEnd().split("\n").map((l) => l.trim() ? `    ${l}` : ""));
  }
  if (rule.references.length) lines.push("", "References:", ...rule.references.map((r) => `  - ${r}`));
  if (rule.helpUri) lines.push("", `More: ${rule.helpUri}`);
  else if (isBuiltIn(rule)) lines.push("", `More: ${ruleDocPath(rule.id)} in the driftless repository`);
  return `${lines.join("\n")}
`;
}
var BUILTIN_DIR = fileURLToPath2(new URL("../../rules", import.meta.url));
function isBuiltIn(rule) {
  return resolve3(dirname2(rule.sourceFile)) === resolve3(BUILTIN_DIR);
}
async function explainCommand(argv, io) {
  const parsed = parseArgs(argv, RULES_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const [id, extra] = parsed.positionals;
  if (!id) throw new CliError("explain needs a rule ID, e.g. driftless explain PIN-005");
  if (extra !== void 0) throw new CliError(`unexpected argument ${extra} (see driftless --help)`);
  const rules = await loadPack(listOption(parsed, "rules").map((d) => resolve3(io.cwd, d)));
  const rule = rules.find((r) => r.id.toUpperCase() === id.toUpperCase());
  if (!rule) {
    io.stderr.write(`driftless: unknown rule ${id} (see driftless rules)
`);
    return EXIT_USAGE;
  }
  io.stdout.write(explainText(rule));
  return EXIT_OK;
}

// src/cli/scan.ts
import { existsSync as existsSync3 } from "node:fs";
import { mkdir as mkdir2, stat, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname4, extname, isAbsolute, relative as relative2, resolve as resolve6, sep } from "node:path";

// src/report/context.ts
function mergeRuns(runs) {
  const findings = [];
  let filesScanned = 0;
  for (const run of runs) {
    filesScanned += run.filesScanned;
    const prefix = run.prefix ?? "";
    for (const f of run.findings) {
      if (!prefix) {
        findings.push(f);
        continue;
      }
      findings.push({
        ...f,
        file: prefix + f.file,
        ...f.related ? { related: f.related.map((r) => ({ ...r, file: prefix + r.file })) } : {},
        ...f.suppression ? { suppression: { ...f.suppression, file: prefix + f.suppression.file } } : {}
      });
    }
  }
  return { findings, filesScanned };
}
function visibleFindings(findings, includeSuppressed = false) {
  return includeSuppressed ? [...findings] : findings.filter((f) => !f.suppression);
}
function summarize(findings) {
  const summary = { findings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 };
  for (const finding of findings) {
    if (finding.suppression) {
      summary.suppressed++;
      continue;
    }
    summary.findings++;
    if (finding.level === "error") summary.errors++;
    else if (finding.level === "warning") summary.warnings++;
    else summary.notes++;
  }
  return summary;
}
function rulesForReport(findings, rules) {
  const byId = /* @__PURE__ */ new Map();
  for (const rule of rules) if (!byId.has(rule.id)) byId.set(rule.id, rule);
  for (const finding of findings) {
    if (byId.has(finding.ruleId)) continue;
    byId.set(finding.ruleId, placeholderRule(finding));
  }
  return [...byId.values()];
}
function placeholderRule(finding) {
  return {
    id: finding.ruleId,
    title: finding.ruleId,
    level: finding.level,
    securitySeverity: "5.0",
    precision: "high",
    tags: [],
    formats: [],
    enabled: true,
    description: `Rule ${finding.ruleId}.`,
    remediation: "",
    examples: {},
    references: [],
    sourceFile: "(unknown)"
  };
}

// src/report/json.ts
function rangeJson(r) {
  return { start: { line: r.start.line, column: r.start.column }, end: { line: r.end.line, column: r.end.column } };
}
function findingJson(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.file,
    range: rangeJson(f.range),
    resource: f.resource,
    path: f.path,
    fingerprint: f.fingerprint,
    unknownValue: f.unknownValue === true,
    related: (f.related ?? []).map((r) => ({ file: r.file, range: rangeJson(r.range), message: r.message })),
    suppression: f.suppression ? {
      kind: f.suppression.kind,
      justification: f.suppression.justification,
      expires: f.suppression.expires ?? null,
      file: f.suppression.file,
      line: f.suppression.line
    } : null
  };
}
function toJson(runs, _rules, context) {
  const { findings, filesScanned } = mergeRuns(runs);
  const s = summarize(findings);
  const doc = {
    version: context.toolVersion,
    filesScanned,
    findings: findings.map(findingJson),
    summary: {
      findings: s.findings,
      errors: s.errors,
      warnings: s.warnings,
      notes: s.notes,
      suppressed: s.suppressed,
      // Only with a baseline: how many findings it held (they are not in `findings`).
      ...runs.some((r) => r.baselined !== void 0) ? { baselined: runs.reduce((n, r) => n + (r.baselined ?? 0), 0) } : {}
    }
  };
  return `${JSON.stringify(doc, null, 2)}
`;
}

// src/report/sarif.ts
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var INFORMATION_URI = "https://github.com/driftless/driftless#readme";
var MAX_RESULTS = 25e3;
var MAX_RULES = 25e3;
var FINGERPRINT_KEY = "driftless/v1";
var SRCROOT = "%SRCROOT%";
var FENCE_LANGUAGE = { terraform: "hcl", cloudformation: "yaml", pulumi: "typescript" };
var FORMAT_NAME = { terraform: "Terraform", cloudformation: "CloudFormation", pulumi: "Pulumi" };
function pascalCase(title) {
  const words = title.match(/[A-Za-z0-9]+/g) ?? [];
  const name = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return name || "Rule";
}
function encodeUriPath(path2) {
  return path2.replace(/\\/g, "/").split("/").map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function rootUri(root) {
  const href = pathToFileURL(root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function sarifRegion(r) {
  const startLine = Math.max(1, Math.trunc(r.start.line) || 1);
  const startColumn = Math.max(1, Math.trunc(r.start.column) || 1);
  let endLine = Math.trunc(r.end.line) || startLine;
  let endColumn = Math.trunc(r.end.column) || 1;
  if (endLine < startLine) {
    endLine = startLine;
    endColumn = startColumn + 1;
  }
  if (endColumn < 1) endColumn = 1;
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  return { startLine, startColumn, endLine, endColumn };
}
function physicalLocation(file, r) {
  return {
    artifactLocation: { uri: encodeUriPath(file), uriBaseId: SRCROOT },
    region: sarifRegion(r)
  };
}
function helpText(rule) {
  const parts = [rule.description.trim()];
  if (rule.remediation.trim()) parts.push(`Remediation: ${rule.remediation.trim()}`);
  for (const [format, example] of Object.entries(rule.examples)) {
    if (example?.trim()) parts.push(`${FORMAT_NAME[format] ?? format}:
${example.trimEnd()}`);
  }
  if (rule.references.length) parts.push(`References:
${rule.references.map((r) => `- ${r}`).join("\n")}`);
  return parts.join("\n\n");
}
function helpMarkdown(rule) {
  const parts = [rule.description.trim()];
  if (rule.remediation.trim()) parts.push(`## Remediation

${rule.remediation.trim()}`);
  const examples = Object.entries(rule.examples).filter(([, e]) => e?.trim());
  if (examples.length) {
    parts.push(
      "## Corrected examples\n\n" + examples.map(([format, example]) => {
        const fence = example.includes("```") ? "````" : "```";
        return `**${FORMAT_NAME[format] ?? format}**

${fence}${FENCE_LANGUAGE[format] ?? ""}
${example.trimEnd()}
${fence}`;
      }).join("\n\n")
    );
  }
  if (rule.references.length) {
    parts.push(`## References

${rule.references.map((r) => /^https?:\/\//.test(r) ? `- <${r}>` : `- ${r}`).join("\n")}`);
  }
  return parts.join("\n\n");
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    name: pascalCase(rule.title),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() || rule.title },
    ...rule.helpUri ? { helpUri: rule.helpUri } : {},
    help: { text: helpText(rule) || rule.title, markdown: helpMarkdown(rule) || rule.title },
    defaultConfiguration: { level: rule.level },
    properties: {
      tags: [...rule.tags],
      precision: rule.precision,
      "security-severity": rule.securitySeverity
    }
  };
}
function relatedLocation(related, index) {
  return { id: index + 1, physicalLocation: physicalLocation(related.file, related.range), message: { text: related.message } };
}
function bySeverity(ruleOf) {
  return (a, b) => levelRank(b.level) - levelRank(a.level) || Number(ruleOf(b.ruleId)?.securitySeverity ?? 0) - Number(ruleOf(a.ruleId)?.securitySeverity ?? 0);
}
function toSarif(runs, rules, options) {
  const names = runs.length > 1 ? runNames(runs) : void 0;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: runs.map((run, i) => sarifRun(run, rules, options, names?.[i]))
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function runNames(runs) {
  const used = /* @__PURE__ */ new Set();
  return runs.map((run) => {
    const base = (run.root.split(/[\\/]/).filter(Boolean).at(-1) ?? "root").replace(/\s+/g, "-") || "root";
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}-${n}`;
    used.add(name);
    return name;
  });
}
function publishableRepositoryUri(uri) {
  let url;
  try {
    url = new URL(uri);
  } catch {
    return false;
  }
  return /^[a-z][a-z0-9+.-]*:$/i.test(url.protocol) && !url.username && !url.password && !url.search && !url.hash;
}
function sarifRun(run, rules, options, runName) {
  const notifications = [...run.notifications ?? []];
  let shown = visibleFindings(run.findings, options.includeSuppressed);
  let reportRules = rulesForReport(shown, rules);
  const ruleById = new Map(reportRules.map((r) => [r.id, r]));
  if (shown.length > MAX_RESULTS) {
    const kept = new Set([...shown].sort(bySeverity((id) => ruleById.get(id))).slice(0, MAX_RESULTS));
    notifications.push({
      level: "warning",
      message: `${shown.length} results exceed the limit of ${MAX_RESULTS} per run; only the ${MAX_RESULTS} most severe are included.`
    });
    shown = shown.filter((f) => kept.has(f));
  }
  if (reportRules.length > MAX_RULES) {
    const used = new Set(shown.map((f) => f.ruleId));
    reportRules = [...reportRules.filter((r) => used.has(r.id)), ...reportRules.filter((r) => !used.has(r.id))].slice(0, MAX_RULES);
    notifications.push({ level: "warning", message: `more than ${MAX_RULES} rules; the rule list was truncated.` });
  }
  const ruleIndex = new Map(reportRules.map((r, i) => [r.id, i]));
  const results = shown.map((finding) => {
    const result = {
      ruleId: finding.ruleId,
      ruleIndex: ruleIndex.get(finding.ruleId) ?? 0,
      level: finding.level,
      message: { text: finding.message },
      locations: [{ physicalLocation: physicalLocation(finding.file, finding.range) }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
    };
    if (finding.related?.length) result.relatedLocations = finding.related.map(relatedLocation);
    if (finding.suppression) {
      result.suppressions = [
        {
          kind: finding.suppression.kind,
          justification: finding.suppression.justification,
          location: { physicalLocation: physicalLocation(finding.suppression.file, lineRange(finding.suppression.line)) }
        }
      ];
    }
    if (finding.unknownValue) result.properties = { unknownValue: true };
    return result;
  });
  const automationId = options.category !== void 0 || runName !== void 0 ? automationDetailsId(options.category, runName) : void 0;
  const provenance = run.provenance && publishableRepositoryUri(run.provenance.repositoryUri) ? run.provenance : void 0;
  return {
    tool: {
      driver: {
        name: "driftless",
        semanticVersion: options.toolVersion,
        informationUri: INFORMATION_URI,
        rules: reportRules.map(ruleDescriptor)
      }
    },
    ...automationId ? { automationDetails: { id: automationId } } : {},
    ...provenance ? {
      versionControlProvenance: [
        {
          repositoryUri: provenance.repositoryUri,
          ...provenance.revisionId ? { revisionId: provenance.revisionId } : {},
          ...provenance.branch ? { branch: provenance.branch } : {},
          mappedTo: { uriBaseId: SRCROOT }
        }
      ]
    } : {},
    invocations: [
      {
        executionSuccessful: !notifications.some((n) => n.level === "error"),
        toolExecutionNotifications: notifications.map((n) => ({
          level: n.level,
          message: { text: n.message },
          ...n.file ? { locations: [{ physicalLocation: physicalLocation(n.file, n.range ?? lineRange(1)) }] } : {}
        }))
      }
    ],
    originalUriBaseIds: { [SRCROOT]: { uri: rootUri(run.root) } },
    columnKind: "utf16CodeUnits",
    results
  };
}
function automationDetailsId(category, runName) {
  const base = (category ?? "").trim().replace(/\/+$/, "") || "driftless";
  return runName === void 0 ? `${base}/` : `${base}/${runName}/`;
}
function lineRange(line) {
  const l = Math.max(1, line);
  return { start: { line: l, column: 1 }, end: { line: l, column: 2 } };
}

// src/report/text.ts
var ANSI = { reset: "\x1B[0m", bold: "\x1B[1m", dim: "\x1B[2m", red: "\x1B[31m", yellow: "\x1B[33m", cyan: "\x1B[36m" };
var LEVEL_COLOUR = { error: ANSI.red, warning: ANSI.yellow, note: ANSI.cyan };
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function summaryLine(findings, filesScanned, baselined = 0) {
  const s = summarize(findings);
  const files = `${plural(filesScanned, "file")} scanned`;
  const suppressed = (s.suppressed ? ` (${s.suppressed} suppressed)` : "") + (baselined ? ` (${baselined} in baseline)` : "");
  if (s.findings === 0) return `No findings in ${files}${suppressed}`;
  return `${plural(s.findings, "finding")} (${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notes, "note")}) in ${files}${suppressed}`;
}
function toText(runs, _rules, context) {
  const { findings, filesScanned } = mergeRuns(runs);
  const colour = context.color === true;
  const paint = (code, s) => colour ? `${code}${s}${ANSI.reset}` : s;
  const shown = visibleFindings(findings, context.includeSuppressed);
  const groups = /* @__PURE__ */ new Map();
  for (const finding of shown) {
    const group = groups.get(finding.file);
    if (group) group.push(finding);
    else groups.set(finding.file, [finding]);
  }
  const lines = [];
  for (const file of [...groups.keys()].sort()) {
    const group = groups.get(file).sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
    );
    for (const f of group) {
      const where = paint(ANSI.bold, `${f.file}:${f.range.start.line}:${f.range.start.column}`);
      const level = paint(LEVEL_COLOUR[f.level], f.level.toUpperCase().padEnd(7));
      const rule = paint(ANSI.dim, f.ruleId);
      const note = f.suppression ? ` [suppressed: ${f.suppression.justification}]` : "";
      lines.push(`${where}  ${level}  ${rule}  ${f.message}${note}`);
      for (const related of f.related ?? []) {
        lines.push(paint(ANSI.dim, `    ${related.file}:${related.range.start.line}:${related.range.start.column}  ${related.message}`));
      }
    }
    lines.push("");
  }
  if (context.quiet) return lines.length ? `${lines.join("\n")}
` : "";
  lines.push(summaryLine(findings, filesScanned, runs.reduce((n, r) => n + (r.baselined ?? 0), 0)));
  return `${lines.join("\n")}
`;
}

// src/report/markdown.ts
var MAX_LISTED = 500;
var MAX_BYTES = 900 * 1024;
var MAX_MESSAGE = 1e3;
var MAX_RELATED = 5;
var FAMILIES = ["PIN", "RNP", "DRF", "ACC", "ART", "DAT", "IAC"];
var LEVEL_HEADING = { error: "Errors", warning: "Warnings", note: "Notes" };
var LEVEL_COLUMN = { error: "Error", warning: "Warning", note: "Note" };
function printable(text) {
  return text.replace(/\r\n?|\n/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}
function escapeMarkdown(text) {
  return printable(text).replace(/[\\`*_{}[\]<>()#!|~@&$:^]/g, (c) => `\\${c}`);
}
function codeSpan(text) {
  const flat = printable(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}
function githubBlobBase(run) {
  const provenance = run.provenance;
  if (!provenance?.revisionId || !/^[0-9a-f]{40}$/i.test(provenance.revisionId)) return void 0;
  let url;
  try {
    url = new URL(provenance.repositoryUri);
  } catch {
    return void 0;
  }
  if (url.protocol !== "https:" || url.hostname !== "github.com" || url.username || url.password) return void 0;
  const parts = url.pathname.replace(/\.git$/, "").split("/").filter(Boolean);
  if (parts.length !== 2 || !parts.every((p) => /^[A-Za-z0-9_.-]+$/.test(p))) return void 0;
  return `https://github.com/${parts[0]}/${parts[1]}/blob/${provenance.revisionId}`;
}
function locationText(run, file, line) {
  const shown = codeSpan(`${run.prefix ?? ""}${file}:${line}`);
  const base = githubBlobBase(run);
  return base ? `[${shown}](${base}/${encodeUriPath(file)}#L${Math.max(1, line)})` : shown;
}
function ruleText(ruleId, rule) {
  const id = `**${escapeMarkdown(ruleId)}**`;
  const uri = rule?.helpUri;
  if (!uri || !/^https?:\/\//i.test(uri)) return id;
  const target = encodeURI(uri).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${id}](${target})`;
}
function cut(text, max) {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
function familyOf(ruleId) {
  const dash = ruleId.indexOf("-");
  return dash > 0 ? ruleId.slice(0, dash) : ruleId;
}
function countsTable(findings) {
  const empty = () => ({ error: 0, warning: 0, note: 0, suppressed: 0 });
  const rows = new Map(FAMILIES.map((f) => [f, empty()]));
  for (const finding of findings) {
    const family = familyOf(finding.ruleId);
    let row = rows.get(family);
    if (!row) rows.set(family, row = empty());
    if (finding.suppression) row.suppressed++;
    else row[finding.level]++;
  }
  const custom = [...rows.keys()].filter((f) => !FAMILIES.includes(f)).sort();
  const total = empty();
  const lines = [
    `| Family | ${LEVELS.map((l) => LEVEL_COLUMN[l]).join(" | ")} | Total | Suppressed |`,
    `| --- | ${LEVELS.map(() => "---:").join(" | ")} | ---: | ---: |`
  ];
  for (const family of [...FAMILIES, ...custom]) {
    const row = rows.get(family);
    for (const level of LEVELS) total[level] += row[level];
    total.suppressed += row.suppressed;
    const sum2 = LEVELS.reduce((n, l) => n + row[l], 0);
    lines.push(`| ${escapeMarkdown(family)} | ${LEVELS.map((l) => row[l]).join(" | ")} | ${sum2} | ${row.suppressed} |`);
  }
  const sum = LEVELS.reduce((n, l) => n + total[l], 0);
  lines.push(`| **Total** | ${LEVELS.map((l) => `**${total[l]}**`).join(" | ")} | **${sum}** | **${total.suppressed}** |`);
  return lines;
}
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function toMarkdown(runs, rules, options) {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const entries = runs.flatMap((run) => run.findings.map((finding) => ({ run, finding })));
  const all = entries.map((e) => e.finding);
  const summary = summarize(all);
  const filesScanned = runs.reduce((n, r) => n + r.filesScanned, 0);
  const out = ["## driftless", ""];
  const verdict = summary.findings === 0 ? "**No findings.**" : `**${plural2(summary.findings, "finding")}**: ${plural2(summary.errors, "error")}, ${plural2(summary.warnings, "warning")}, ${plural2(summary.notes, "note")}.`;
  const scope = runs.length > 1 ? ` in ${runs.length} repositories` : "";
  out.push(`${verdict} ${plural2(filesScanned, "file")} scanned${scope}; ${summary.suppressed} suppressed. driftless ${escapeMarkdown(options.toolVersion)}.`, "");
  out.push(...countsTable(all), "");
  const open = entries.filter((e) => !e.finding.suppression).sort(
    (a, b) => levelRank(b.finding.level) - levelRank(a.finding.level) || Number(ruleById.get(b.finding.ruleId)?.securitySeverity ?? 0) - Number(ruleById.get(a.finding.ruleId)?.securitySeverity ?? 0) || compare(`${a.run.prefix ?? ""}${a.finding.file}`, `${b.run.prefix ?? ""}${b.finding.file}`) || a.finding.range.start.line - b.finding.range.start.line || a.finding.range.start.column - b.finding.range.start.column || compare(a.finding.ruleId, b.finding.ruleId)
  );
  let bytes = out.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);
  let listed = 0;
  let level;
  for (const { run, finding } of open) {
    if (listed >= MAX_LISTED) break;
    const lines = [];
    if (finding.level !== level) {
      level = finding.level;
      const count = open.filter((e) => e.finding.level === level).length;
      if (listed > 0) lines.push("");
      lines.push(`### ${LEVEL_HEADING[level]} (${count})`, "");
    }
    lines.push(`- ${locationText(run, finding.file, finding.range.start.line)} ${ruleText(finding.ruleId, ruleById.get(finding.ruleId))} ${escapeMarkdown(cut(finding.message, MAX_MESSAGE))}`);
    const related = finding.related ?? [];
    for (const r of related.slice(0, MAX_RELATED)) {
      lines.push(`  - ${locationText(run, r.file, r.range.start.line)} ${escapeMarkdown(cut(r.message, MAX_MESSAGE))}`);
    }
    if (related.length > MAX_RELATED) lines.push(`  - and ${related.length - MAX_RELATED} more related locations`);
    const size = lines.reduce((n, line) => n + Buffer.byteLength(line) + 1, 0);
    if (bytes + size > MAX_BYTES) break;
    bytes += size;
    out.push(...lines);
    listed++;
  }
  if (listed < open.length) {
    out.push("", `_${open.length - listed} more ${open.length - listed === 1 ? "finding is" : "findings are"} not listed here (the list stops at the ${listed} most severe); the SARIF and JSON reports have them all._`);
  }
  return `${out.join("\n").trimEnd()}
`;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/report/junit.ts
import { XMLBuilder } from "fast-xml-parser";
var NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function xmlSafe(text) {
  return text.replace(NOT_XML_CHAR, (c) => `\\u{${c.codePointAt(0).toString(16)}}`);
}
function attribute(text) {
  return xmlSafe(text).replace(/\r\n?|\n/g, " ");
}
function location(file, f) {
  return `${file}:${f.range.start.line}:${f.range.start.column}`;
}
function caseName(f) {
  const parts = [f.ruleId, f.file];
  if (f.resource) parts.push(f.resource);
  if (f.path) parts.push(f.path);
  return parts.join(" ");
}
function failureText(f, rule) {
  const lines = [`${location(f.file, f)}: ${f.level} ${f.ruleId}${rule ? ` (${rule.title})` : ""}`, f.message];
  for (const r of f.related ?? []) lines.push(`related: ${location(r.file, r)} ${r.message}`);
  if (rule?.helpUri) lines.push(`help: ${rule.helpUri}`);
  return lines.join("\n");
}
function compare2(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function toJunit(runs, rules, options) {
  const { findings, filesScanned } = mergeRuns(runs);
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const byRule = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const worst = (list) => Math.max(...list.filter((f) => !f.suppression).map((f) => levelRank(f.level)), 0);
  const ruleIds = [...byRule.keys()].sort((a, b) => worst(byRule.get(b)) - worst(byRule.get(a)) || compare2(a, b));
  const usedNames = /* @__PURE__ */ new Set();
  const uniqueName = (name) => {
    let candidate = name;
    for (let n = 2; usedNames.has(candidate); n++) candidate = `${name} #${n}`;
    usedNames.add(candidate);
    return candidate;
  };
  let tests = 0;
  let failures = 0;
  const suites = ruleIds.map((ruleId) => {
    const rule = ruleById.get(ruleId);
    const list = byRule.get(ruleId).sort((a, b) => compare2(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
    const cases = list.map((f) => {
      const testcase = { "@_name": attribute(uniqueName(caseName(f))), "@_classname": attribute(ruleId) };
      if (f.suppression) {
        testcase.skipped = {
          "@_message": attribute(f.suppression.justification),
          "#text": xmlSafe(`${location(f.file, f)}: suppressed (${f.suppression.kind}) at ${f.suppression.file}:${f.suppression.line}: ${f.suppression.justification}
${f.message}`)
        };
      } else {
        testcase.failure = { "@_type": f.level, "@_message": attribute(f.message), "#text": xmlSafe(failureText(f, rule)) };
      }
      return testcase;
    });
    const skipped = list.filter((f) => f.suppression).length;
    tests += list.length;
    failures += list.length - skipped;
    return {
      "@_name": attribute(rule ? `${ruleId}: ${rule.title}` : ruleId),
      "@_tests": String(list.length),
      "@_failures": String(list.length - skipped),
      "@_errors": "0",
      "@_skipped": String(skipped),
      testcase: cases
    };
  });
  if (suites.length === 0) {
    tests = 1;
    suites.push({
      "@_name": "driftless",
      "@_tests": "1",
      "@_failures": "0",
      "@_errors": "0",
      "@_skipped": "0",
      testcase: [{ "@_name": `no findings in ${filesScanned} file${filesScanned === 1 ? "" : "s"} scanned`, "@_classname": "driftless" }]
    });
  }
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: true,
    indentBy: "  ",
    // The default writes an attribute whose value is "true" as a bare name, which is not XML.
    suppressBooleanAttributes: false,
    suppressEmptyNode: true
  });
  const body = builder.build({
    testsuites: {
      "@_name": attribute(`driftless ${options.toolVersion}`),
      "@_tests": String(tests),
      "@_failures": String(failures),
      "@_errors": "0",
      testsuite: suites
    }
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
${body.trimEnd()}
`;
}

// src/report/index.ts
var REPORT_FORMATS = ["text", "sarif", "json", "markdown", "junit"];
var REPORTERS = { text: toText, sarif: toSarif, json: toJson, markdown: toMarkdown, junit: toJunit };

// src/cli/provenance.ts
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { join as join3, resolve as resolve4 } from "node:path";
function provenanceOf(root) {
  const gitDir = gitDirectory(root);
  if (!gitDir) return void 0;
  const url = originUrl(gitDir);
  if (!url) return void 0;
  const head = read(join3(gitDir, "HEAD"))?.trim();
  let revisionId;
  let branch;
  if (head?.startsWith("ref: ")) {
    branch = head.slice(5).trim();
    revisionId = read(join3(commonDir(gitDir), branch))?.trim() ?? packedRef(commonDir(gitDir), branch);
  } else if (head && /^[0-9a-f]{40}$/.test(head)) revisionId = head;
  return {
    repositoryUri: url,
    ...revisionId && /^[0-9a-f]{40}$/.test(revisionId) ? { revisionId } : {},
    ...branch ? { branch } : {}
  };
}
function read(file) {
  try {
    return readFileSync2(file, "utf8");
  } catch {
    return void 0;
  }
}
function gitDirectory(root) {
  const dotGit = join3(root, ".git");
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
  } catch {
    return void 0;
  }
  const pointer = read(dotGit)?.match(/^gitdir:\s*(.+)$/m)?.[1]?.trim();
  return pointer ? resolve4(root, pointer) : void 0;
}
function commonDir(gitDir) {
  const common = read(join3(gitDir, "commondir"))?.trim();
  return common ? resolve4(gitDir, common) : gitDir;
}
function packedRef(gitDir, ref) {
  for (const line of (read(join3(gitDir, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.trim().split(/\s+/);
    if (name === ref && sha && /^[0-9a-f]{40}$/.test(sha)) return sha;
  }
  return void 0;
}
function originUrl(gitDir) {
  const config = read(join3(commonDir(gitDir), "config"));
  if (!config) return void 0;
  const remotes = [...config.matchAll(/^\s*\[remote\s+"([^"]+)"\]([\s\S]*?)(?=^\s*\[|(?![\s\S]))/gim)].map((m) => ({
    name: m[1],
    url: /^\s*url\s*=\s*(.+?)\s*$/im.exec(m[2])?.[1]?.replace(/^"(.*)"$/, "$1")
  }));
  const remote = remotes.find((r) => r.name === "origin" && r.url) ?? remotes.find((r) => r.url);
  if (!remote?.url) return void 0;
  return normaliseRemote(remote.url);
}
function normaliseRemote(url) {
  if (/^[A-Za-z]:[\\/]/.test(url)) return void 0;
  const scp = /^(?:[^@/]+@)?([\w.-]+):(?!\/\/)(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp && !url.includes("://")) return normaliseRemote(`ssh://${scp[1]}/${scp[2].replace(/^\/+/, "")}`);
  let u;
  try {
    u = new URL(url);
  } catch {
    return void 0;
  }
  if (!["https:", "http:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(u.protocol) || !u.hostname) return void 0;
  u.username = "";
  u.password = "";
  u.search = "";
  u.hash = "";
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    u = new URL(`https://${u.hostname}${u.pathname}`);
  }
  let text = u.toString().replace(/\/+$/, "");
  if (text.endsWith(".git")) text = text.slice(0, -4);
  return text;
}

// src/suppress/baseline.ts
import { mkdir, readFile, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname3, resolve as resolve5 } from "node:path";
import { parseTree, printParseErrorCode } from "jsonc-parser";
var BASELINE_VERSION = 1;
var TOOL = "driftless";
var NEVER_BASELINED = /* @__PURE__ */ new Set(["IAC-000", SUPPRESSION_RULE_ID]);
var BaselineError = class extends Error {
  name = "BaselineError";
};
function isBaselinable(finding) {
  return !finding.suppression && !NEVER_BASELINED.has(finding.ruleId);
}
function baselineEntry(finding, root = "") {
  return {
    ...root ? { root } : {},
    file: finding.file,
    ruleId: finding.ruleId,
    resource: finding.resource,
    path: finding.path,
    fingerprint: finding.fingerprint,
    valueDigest: finding.valueDigest ?? NO_VALUE_DIGEST,
    message: finding.message
  };
}
function keyOf(root, file, fingerprint, digest) {
  return [root, file, fingerprint.replace(/-\d+$/, ""), digest].join("\0");
}
function entryKey(entry) {
  return keyOf(entry.root ?? "", entry.file, entry.fingerprint, entry.valueDigest);
}
function applyBaseline(findings, entries, root = "") {
  const pool = /* @__PURE__ */ new Map();
  for (const entry of entries) {
    if ((entry.root ?? "") !== root) continue;
    const key = entryKey(entry);
    const list = pool.get(key);
    if (list) list.push(entry);
    else pool.set(key, [entry]);
  }
  const out = [];
  const matched = [];
  for (const finding of findings) {
    const entry = isBaselinable(finding) ? pool.get(keyOf(root, finding.file, finding.fingerprint, finding.valueDigest ?? NO_VALUE_DIGEST))?.shift() : void 0;
    if (entry) matched.push(entry);
    else out.push(finding);
  }
  return { findings: out, baselined: matched.length, matched };
}
function compareEntries(a, b) {
  for (const k of ["root", "file", "ruleId", "resource", "path", "fingerprint", "valueDigest", "message"]) {
    const x = a[k] ?? "";
    const y = b[k] ?? "";
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
function formatBaseline(entries) {
  const findings = [...entries].sort(compareEntries).map((e) => ({
    ...e.root !== void 0 ? { root: e.root } : {},
    file: e.file,
    ruleId: e.ruleId,
    resource: e.resource,
    path: e.path,
    fingerprint: e.fingerprint,
    valueDigest: e.valueDigest,
    message: e.message
  }));
  return `${JSON.stringify({ version: BASELINE_VERSION, tool: TOOL, findings }, null, 2)}
`;
}
var ENTRY_FIELDS = {
  root: { optional: true },
  file: {},
  ruleId: { pattern: /^\S+$/, expected: "a rule ID" },
  resource: {},
  path: {},
  fingerprint: { pattern: /^[0-9a-f]{32}(-\d+)?$/, expected: "32 hex digits" },
  valueDigest: { pattern: /^(?:[0-9a-f]{16}|none)$/, expected: '16 hex digits or "none"' },
  message: {}
};
function tooDeep(text) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{" || c === "[") {
      if (++depth > 3) return i;
    } else if (c === "}" || c === "]") depth--;
  }
  return -1;
}
function parseBaseline(text, shownAs) {
  const source = text.replace(/^\uFEFF/, "");
  const lineOf = (offset) => {
    let line = 1;
    for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
    return line;
  };
  const fail = (offset, what, todo = `write it again with --write-baseline ${shownAs}`) => {
    throw new BaselineError(`${shownAs}:${lineOf(offset)}: ${what}; ${todo}`);
  };
  const foreign = "give the file that --write-baseline wrote";
  const deep = tooDeep(source);
  if (deep >= 0) fail(deep, "not a driftless baseline (nested deeper than one)", foreign);
  const errors = [];
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const what = e ? printParseErrorCode(e.error).replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase() : "empty file";
    fail(e?.offset ?? 0, `not valid JSON (${what})`, foreign);
  }
  const doc = root;
  const prop = (node, name) => node.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
  const tool = doc.type === "object" ? prop(doc, "tool") : void 0;
  if (tool?.value !== TOOL) fail(tool?.offset ?? doc.offset, `not a driftless baseline (it has no "tool": "${TOOL}")`, foreign);
  const version = prop(doc, "version");
  if (version?.value !== BASELINE_VERSION) {
    const v = version ? JSON.stringify(version.value) : "none";
    fail(version?.offset ?? doc.offset, `baseline version ${v} is not one this driftless reads (${BASELINE_VERSION})`);
  }
  const list = prop(doc, "findings");
  if (list?.type !== "array") fail(list?.offset ?? doc.offset, `"findings" must be a list`);
  for (const p of doc.children ?? []) {
    const name = String(p.children?.[0]?.value);
    if (!["version", "tool", "findings"].includes(name)) fail(p.offset, `unknown key "${name}"`);
  }
  return (list.children ?? []).map((node, i) => {
    if (node.type !== "object") fail(node.offset, `findings[${i}] must be an object`);
    const entry = {};
    for (const p of node.children ?? []) {
      const name = String(p.children?.[0]?.value);
      const value = p.children?.[1];
      const spec = ENTRY_FIELDS[name];
      if (!spec) fail(p.offset, `findings[${i}]: unknown key "${name}"`);
      if (value?.type !== "string") fail(p.offset, `findings[${i}].${name}: expected a string`);
      if (spec.pattern && !spec.pattern.test(value.value)) fail(p.offset, `findings[${i}].${name}: expected ${spec.expected}`);
      entry[name] = value.value;
    }
    for (const [name, spec] of Object.entries(ENTRY_FIELDS)) {
      if (!spec.optional && entry[name] === void 0) fail(node.offset, `findings[${i}]: "${name}" is missing`);
    }
    if (NEVER_BASELINED.has(entry.ruleId)) fail(node.offset, `findings[${i}]: ${entry.ruleId} findings cannot be baselined (they must stay visible)`);
    return entry;
  });
}
async function readBaseline(file, shownAs, flag2) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") throw new BaselineError(`${flag2} not found: ${shownAs}; create it with --write-baseline ${shownAs}`);
    throw new BaselineError(`cannot read ${flag2} ${shownAs}: ${error.message}`);
  }
  return parseBaseline(text, shownAs);
}
async function writeBaseline(file, entries, shownAs) {
  try {
    await mkdir(dirname3(file), { recursive: true });
    await writeFile2(file, formatBaseline(entries), "utf8");
  } catch (error) {
    throw new BaselineError(`cannot write the baseline ${shownAs}: ${error.message}`);
  }
}
function baselineRequest(options, cwd) {
  const given = [
    ["compare", "--baseline", options.baseline],
    ["write", "--write-baseline", options.write],
    ["update", "--update-baseline", options.update]
  ].filter(([, , v]) => v !== void 0);
  if (given.length > 1) {
    throw new BaselineError(
      `${given.map(([, f]) => f).join(" and ")} cannot be combined: give one (--update-baseline FILE compares with FILE too, then drops from it what no longer occurs)`
    );
  }
  const [only] = given;
  if (!only) return void 0;
  const value = only[2];
  if (value === "" || value === "-") throw new BaselineError(`${only[1]} needs a file name`);
  return { mode: only[0], file: resolve5(cwd, value), shownAs: value };
}
async function baselineStage(request, runs) {
  const flag2 = request.mode === "update" ? "--update-baseline" : "--baseline";
  if (request.mode === "write") {
    const entries2 = [];
    const accepted = /* @__PURE__ */ new Set();
    for (const run of runs) {
      for (const f of run.findings.filter(isBaselinable)) {
        entries2.push(baselineEntry(f, run.root));
        accepted.add(f);
      }
    }
    await writeBaseline(request.file, entries2, request.shownAs);
    return { runs: runs.map((r) => ({ findings: r.findings })), accepted, note: `wrote ${entries2.length} finding${entries2.length === 1 ? "" : "s"} to the baseline ${request.shownAs}` };
  }
  const entries = await readBaseline(request.file, request.shownAs, flag2);
  const matches = runs.map((run) => applyBaseline(run.findings, entries, run.root));
  const out = { runs: matches.map((m) => ({ findings: m.findings, baselined: m.baselined })), accepted: /* @__PURE__ */ new Set() };
  if (request.mode === "update") {
    const kept = matches.flatMap((m) => m.matched);
    await writeBaseline(request.file, kept, request.shownAs);
    const dropped = entries.length - kept.length;
    out.note = `updated the baseline ${request.shownAs}: kept ${kept.length}, dropped ${dropped} that no longer occur${dropped === 1 ? "s" : ""}`;
  }
  return out;
}

// src/cli/version.ts
import { readFileSync as readFileSync3 } from "node:fs";
var cached;
function toolVersion() {
  if (cached === void 0) {
    try {
      const pkg = JSON.parse(readFileSync3(new URL("../../package.json", import.meta.url), "utf8"));
      cached = pkg.version ?? "0.0.0";
    } catch {
      cached = "0.0.0";
    }
  }
  return cached;
}

// src/cli/scan.ts
var FAIL_ON = ["error", "warning", "note", "none"];
var SCAN_OPTIONS = {
  help: { value: false },
  format: { value: true, repeatable: true, choices: REPORT_FORMATS },
  output: { value: true, repeatable: true },
  "fail-on": { value: true, choices: FAIL_ON },
  rules: { value: true, repeatable: true },
  root: { value: true },
  config: { value: true },
  rule: { value: true, repeatable: true },
  "skip-rule": { value: true, repeatable: true },
  exclude: { value: true, repeatable: true },
  quiet: { value: false },
  color: { value: false },
  "no-color": { value: false },
  "no-inline-suppressions": { value: false },
  "sarif-include-suppressed": { value: false },
  category: { value: true },
  baseline: { value: true },
  "write-baseline": { value: true },
  "update-baseline": { value: true },
  "report-unknown": { value: false },
  var: { value: true, repeatable: true },
  "var-file": { value: true, repeatable: true }
};
function terraformVariables(ordered, cwd) {
  const out = [];
  for (const { name, value } of ordered) {
    if (name === "var-file") {
      const absolutePath = resolve6(cwd, value);
      if (!existsSync3(absolutePath)) throw new CliError(`--var-file not found: ${value}`);
      out.push({ kind: "file", absolutePath });
    } else if (name === "var") {
      const eq = value.indexOf("=");
      const variable = eq > 0 ? value.slice(0, eq).trim() : "";
      if (!/^[A-Za-z_][\w-]*$/.test(variable)) throw new CliError(`invalid --var ${JSON.stringify(value)}: write --var NAME=VALUE`);
      out.push({ kind: "var", name: variable, value: value.slice(eq + 1) });
    }
  }
  return out;
}
function formatFromExtension(file) {
  const lower = file.toLowerCase();
  if (lower.endsWith(".sarif") || lower.endsWith(".sarif.json")) return "sarif";
  const ext = extname(lower);
  const byExt = { ".json": "json", ".md": "markdown", ".markdown": "markdown", ".xml": "junit", ".txt": "text", ".log": "text" };
  return byExt[ext];
}
function reportTargets(formats, outputs, cwd) {
  const fmts = [...formats];
  for (let i = fmts.length; i < outputs.length; i++) {
    const out = outputs[i];
    const format = out === "-" ? void 0 : formatFromExtension(out);
    if (!format) throw new CliError(`cannot tell the format of --output ${out} from its extension (.sarif, .json, .md, .xml, .txt); give --format before it`);
    fmts.push(format);
  }
  if (fmts.length === 0) fmts.push("text");
  const targets = fmts.map((format, i) => {
    const out = outputs[i];
    return out === void 0 || out === "-" ? { format } : { format, output: resolve6(cwd, out) };
  });
  if (targets.filter((t) => t.output === void 0).length > 1) {
    throw new CliError("only one --format may write to stdout; give the others an --output FILE");
  }
  const seen = /* @__PURE__ */ new Set();
  for (const t of targets) {
    if (t.output === void 0) continue;
    if (seen.has(t.output)) throw new CliError(`two reports write to the same file: ${t.output}`);
    seen.add(t.output);
  }
  return targets;
}
function exitCodeFor(levels, failOn) {
  if (failOn === "none") return EXIT_OK;
  const threshold = levelRank(failOn);
  for (const level of levels) if (levelRank(level) >= threshold) return EXIT_FINDINGS;
  return EXIT_OK;
}
function isInside(dir, path2) {
  const rel = relative2(dir, path2);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function idList(values) {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}
function colourWanted(parsed, stream, env) {
  if (parsed.noColor) return false;
  if (parsed.color) return true;
  const force = env.FORCE_COLOR;
  if (force !== void 0 && force !== "") return force !== "0" && force !== "false";
  return useColour(stream, env);
}
async function planRoots(paths, rootOption, cwd) {
  if (rootOption !== void 0) {
    const root = resolve6(cwd, rootOption);
    const info = await stat(root).catch(() => void 0);
    if (!info?.isDirectory()) throw new CliError(`root is not a directory: ${rootOption}`);
    for (const p of paths) {
      if (!isInside(root, resolve6(cwd, p))) throw new CliError(`${p} is outside --root ${rootOption}; give a --root that contains it`);
    }
    return [{ root, paths }];
  }
  const plans = [];
  for (const p of paths) {
    const absolute = resolve6(cwd, p);
    const info = await stat(absolute).catch(() => void 0);
    const start = info?.isDirectory() ? absolute : dirname4(absolute);
    const root = findRepositoryRoot(start, isInside(cwd, start) ? cwd : start);
    const plan = plans.find((x) => x.root === root);
    if (plan) plan.paths.push(p);
    else plans.push({ root, paths: [p] });
  }
  return plans;
}
function configFor(root, explicit, cwd) {
  if (explicit !== void 0) {
    const file2 = resolve6(cwd, explicit);
    if (!existsSync3(file2)) throw new CliError(`--config not found: ${explicit}`);
    return loadConfig(file2, explicit);
  }
  const file = defaultConfigFile(root);
  return file ? loadConfig(file, relative2(cwd, file) || file) : void 0;
}
function settingError(error, config, shownAs) {
  if (error.source === "rules" && config) {
    const path2 = ["rules", ...error.path];
    return new CliError(`${shownAs ?? config.file}:${config.lineOf(path2)}: ${describePath(path2)}: ${error.message}`);
  }
  return new CliError(`${error.source} ${error.path.join(".")}: ${error.message}`);
}
async function scanCommand(argv, io) {
  const parsed = parseArgs(argv, SCAN_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const targets = reportTargets(listOption(parsed, "format"), listOption(parsed, "output"), io.cwd);
  const paths = parsed.positionals.length ? parsed.positionals : ["."];
  const quiet = flag(parsed, "quiet");
  const only = idList(listOption(parsed, "rule"));
  const skip = idList(listOption(parsed, "skip-rule"));
  const explicitConfig = stringOption(parsed, "config");
  const plans = await planRoots(paths, stringOption(parsed, "root"), io.cwd);
  const variables = terraformVariables(parsed.ordered, io.cwd);
  let baseline;
  try {
    baseline = baselineRequest({ baseline: stringOption(parsed, "baseline"), write: stringOption(parsed, "write-baseline"), update: stringOption(parsed, "update-baseline") }, io.cwd);
  } catch (error) {
    throw error instanceof BaselineError ? new CliError(error.message) : error;
  }
  const runs = [];
  let failOn = stringOption(parsed, "fail-on");
  for (const plan of plans) {
    const config = configFor(plan.root, explicitConfig, io.cwd);
    const shownAs = config ? explicitConfig ?? relative2(io.cwd, config.file) : void 0;
    failOn ??= config?.failOn;
    const ruleSettings = { rules: config?.rules ?? {}, only, skip };
    let outcome;
    try {
      outcome = await runScan({
        paths: plan.paths,
        root: plan.root,
        rulesDirs: [...listOption(parsed, "rules").map((d) => resolve6(io.cwd, d)), ...config?.customRules ?? []],
        reportUnknown: flag(parsed, "report-unknown"),
        cwd: io.cwd,
        terraformVariables: variables,
        ruleSettings,
        include: config?.include ?? [],
        exclude: [...config?.exclude ?? [], ...listOption(parsed, "exclude")],
        suppress: {
          inline: !flag(parsed, "no-inline-suppressions") && (config?.inlineSuppressions ?? true),
          ignores: config?.ignore ?? [],
          ...config ? { configFile: relative2(plan.root, config.file).split(sep).join("/") } : {}
        }
      });
    } catch (error) {
      if (error instanceof RuleSettingError) throw settingError(error, config, shownAs);
      throw error;
    }
    runs.push({ plan, outcome, config });
  }
  const filesScanned = runs.reduce((n, r) => n + r.outcome.filesScanned, 0);
  if (filesScanned === 0 && !quiet) {
    io.stderr.write(`driftless: no IaC files found in ${paths.join(", ")} (Terraform .tf/.tf.json/.tfvars, CloudFormation templates, Pulumi TypeScript projects)
`);
  }
  const several = runs.length > 1;
  const reportRuns = runs.map(({ plan, outcome }) => {
    const prefix = several ? `${(relative2(io.cwd, plan.root) || ".").split(sep).join("/")}/` : "";
    const provenance = provenanceOf(plan.root);
    return {
      root: plan.root,
      prefix,
      findings: outcome.findings,
      filesScanned: outcome.filesScanned,
      notifications: outcome.diagnostics.map((d) => ({ level: d.severity === "error" ? "error" : "warning", message: `${d.file}: ${d.message}`, file: d.file, range: d.range })),
      ...provenance ? { provenance } : {}
    };
  });
  let accepted = /* @__PURE__ */ new Set();
  if (baseline) {
    const request = baseline;
    const rootKey = (root) => several ? relative2(dirname4(request.file), root).split(sep).join("/") || "." : "";
    const stage = await baselineStage(request, reportRuns.map((r) => ({ root: rootKey(r.root), findings: r.findings }))).catch((error) => {
      throw error instanceof BaselineError ? new CliError(error.message) : error;
    });
    stage.runs.forEach((s, i) => {
      reportRuns[i] = { ...reportRuns[i], findings: s.findings, ...s.baselined !== void 0 ? { baselined: s.baselined } : {} };
    });
    accepted = stage.accepted;
    if (stage.note && !quiet) io.stderr.write(`driftless: ${stage.note}
`);
  }
  const rules = runs[0]?.outcome.rules ?? [];
  for (const target of targets) {
    const options = {
      toolVersion: toolVersion(),
      includeSuppressed: flag(parsed, "sarif-include-suppressed") && target.format === "sarif",
      color: target.format === "text" && target.output === void 0 && colourWanted({ color: flag(parsed, "color"), noColor: flag(parsed, "no-color") }, io.stdout, io.env),
      quiet,
      ...stringOption(parsed, "category") !== void 0 ? { category: stringOption(parsed, "category") } : {}
    };
    const text = REPORTERS[target.format](reportRuns, rules, options);
    if (target.output === void 0) {
      io.stdout.write(text);
    } else {
      try {
        await mkdir2(dirname4(target.output), { recursive: true });
        await writeFile3(target.output, text, "utf8");
      } catch (error) {
        throw new CliError(`cannot write ${target.output}: ${error.message}`);
      }
    }
  }
  const failing = reportRuns.flatMap((r) => r.findings.filter((f) => !f.suppression && !accepted.has(f)));
  return exitCodeFor(
    failing.map((f) => f.level),
    failOn ?? "error"
  );
}

// src/cli/test-rules.ts
import { existsSync as existsSync4 } from "node:fs";
import path from "node:path";
var OPTIONS = {
  help: { value: false },
  fixtures: { value: true }
};
async function testRulesCommand(argv, io) {
  const parsed = parseArgs(argv, OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (parsed.positionals.length > 1) throw new CliError(`unexpected argument ${parsed.positionals[1]} (see driftless --help)`);
  const { loadRules, BUILTIN_RULES_DIR } = await import("./engine-NN6NIRES.js");
  const rulesDir = parsed.positionals[0] ? path.resolve(io.cwd, parsed.positionals[0]) : void 0;
  const fixturesOption = stringOption(parsed, "fixtures");
  const fixturesDir = fixturesOption ? path.resolve(io.cwd, fixturesOption) : rulesDir ? path.join(rulesDir, "fixtures") : path.resolve(BUILTIN_RULES_DIR, "../fixtures/rules");
  if (!existsSync4(fixturesDir)) throw new CliError(`fixtures directory not found: ${fixturesDir} (give one with --fixtures DIR)`);
  const rules = rulesDir ? await loadRules({ builtIn: false, extraDirs: [rulesDir] }) : await loadRules();
  const { runRuleTests } = await import("./rule-tests-VYUJYOVG.js");
  const report = await runRuleTests(rules, fixturesDir);
  let failed = 0;
  for (const outcome of report.outcomes) {
    if (outcome.passed) {
      io.stdout.write(`PASS  ${outcome.fixture}  (${outcome.findings.length} finding${outcome.findings.length === 1 ? "" : "s"})
`);
      continue;
    }
    failed++;
    io.stdout.write(`FAIL  ${outcome.fixture}
`);
    for (const d of outcome.diagnostics) io.stdout.write(`      could not read: line ${d.range.start.line}:${d.range.start.column} ${d.message}
`);
    for (const m of outcome.missing) io.stdout.write(`      missing     ${m.ruleId} at ${m.file ? `${m.file} ` : ""}line ${m.line}
`);
    for (const f of outcome.unexpected) io.stdout.write(`      unexpected  ${f.ruleId} at ${f.file === outcome.fixture ? "" : `${f.file} `}line ${f.range.start.line}:${f.range.start.column}  ${f.message}
`);
  }
  for (const id of report.untested) io.stdout.write(`NOTE  ${id} has no fixtures (add ${path.join(fixturesDir, id)}/)
`);
  io.stdout.write(`${report.outcomes.length - failed} passed, ${failed} failed
`);
  return failed > 0 ? EXIT_FINDINGS : EXIT_OK;
}

// src/cli/main.ts
var COMMANDS = {
  scan: scanCommand,
  rules: rulesCommand,
  explain: explainCommand,
  "test-rules": testRulesCommand,
  init: initCommand
};
function isUserError(error) {
  return error instanceof CliError || error instanceof UsageError || error instanceof Error && (error.name === "RuleLoadError" || error.constructor.name === "RuleLoadError");
}
async function main(argv, io = processIo()) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0) {
      io.stderr.write("driftless: missing command (see driftless --help)\n");
      return EXIT_USAGE;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (command === "--version" || command === "-V") {
      io.stdout.write(`${toolVersion()}
`);
      return EXIT_OK;
    }
    if (command.startsWith("-")) throw new CliError(`unknown option ${command.split("=")[0]} (see driftless --help)`);
    const run = COMMANDS[command];
    if (!run) throw new CliError(`unknown command ${command} (see driftless --help)`);
    return await run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`driftless: ${error.message.replace(/\s*\n\s*/g, " ")}
`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr.write(`driftless: internal error (please report it with the command and the file): ${message}
`);
    return EXIT_INTERNAL;
  }
}
export {
  main
};
