import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  parseTree,
  printParseErrorCode
} from "./chunk-NA3PF5KT.js";
import {
  RuleSettingError,
  SUPPRESSION_RULE_ID,
  runScan
} from "./chunk-RFOBVW2R.js";
import "./chunk-LB7WBC64.js";
import {
  UsageError,
  findRepositoryRoot,
  repositoryRootOf
} from "./chunk-7ZH2ZNCF.js";
import "./chunk-HLV5G4LZ.js";
import {
  decodeMarkedWide,
  formatBytes,
  sizeOver
} from "./chunk-UGPQBD7R.js";
import {
  isCalendarDate
} from "./chunk-HALMFHJK.js";
import "./chunk-LZYLFCTU.js";
import "./chunk-2CLBPXII.js";
import "./chunk-VOS3E25W.js";
import {
  mostSpecific
} from "./chunk-D2XHU7JF.js";
import {
  LEVELS,
  NO_VALUE_DIGEST,
  fingerprint,
  levelRank
} from "./chunk-AEPW6RFW.js";
import "./chunk-FEAASC7O.js";
import {
  ruleDocPath
} from "./chunk-SGTIMQFB.js";
import "./chunk-VMWUQHIP.js";
import "./chunk-CW4QTCS7.js";
import "./chunk-HAQD6ZYP.js";
import "./chunk-WV4KQOO6.js";

// src/cli/help.ts
var HELP = `driftless: immutability auditor for Infrastructure-as-Code (Terraform, CloudFormation, Pulumi TypeScript)

Usage:
  driftless scan [paths...] [options]   scan files or directories (default: .); plans, change
                                        sets and previews found there are gated too
  driftless gate <inputs...> [options]  the change gate: check Terraform JSON plans, CloudFormation
                                        change sets and drift results, Pulumi previews and refresh
                                        previews (any file name; told by content), with findings
                                        mapped back to the code (scan options apply too)
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
                             replacing only the entries of the files this scan reports on (the
                             named files, or everything under the scanned folders); report as
                             usual; exit 0 unless a finding it cannot hold (IAC-000, IAC-001) is
                             at or above --fail-on
  --update-baseline FILE     as --baseline FILE, then drop from FILE the entries of the files this
                             scan reports on that no longer occur (new findings are reported, not
                             added); one baseline option at a time
  --quiet                    text: only the findings (no summary); no notices on stderr
  --color, --no-color        force colours on or off (default: on a terminal; FORCE_COLOR and
                             NO_COLOR are honoured)
  --report-unknown           also report findings that depend on values unknown statically (as notes)
  --max-file-size SIZE       refuse files larger than SIZE unread (default 5MB; units KB, MB, GB)
  --strict                   exit 1 when an IaC file was not analysed at all (refused, unreadable,
                             too large, binary, undecodable), whatever --fail-on says
  --var NAME=VALUE           a Terraform root-module variable, as terraform plan -var (repeatable)
  --var-file FILE            a Terraform variables file, as terraform plan -var-file (repeatable);
                             --var and --var-file apply in command-line order, after the files
                             Terraform loads by itself (terraform.tfvars, *.auto.tfvars)

Gate options:
  --source DIR               the code the inputs' addresses are mapped into (default: the
                             repository that holds the first input, else the one the command
                             runs in)
  --project DIR              the Terraform root module or Pulumi project the inputs are for, when
                             an address is defined in several (default for Terraform: the folder
                             the plan is in)
  --template FILE            the CloudFormation template a change set or drift result is for,
                             when a logical ID is defined in several
  The gate reads its inputs up to 256MB unless --max-file-size says otherwise.
  Inputs: terraform show -json PLANFILE (also of terraform plan -refresh-only);
  aws cloudformation describe-change-set --output json; aws cloudformation
  describe-stack-resource-drifts --output json; pulumi preview --json; pulumi refresh
  --preview-only --json.

Suppressions: a comment "driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason" on the line
above a block (the whole block; on a module call, what the call causes) or above or at the end
of an attribute line (that attribute); CloudFormation JSON and YAML also accept
Metadata: { driftless: { ignore: [ { id, reason, expires } ] } } on a resource. One without a
reason, with an unknown ID, past its expiry or matching nothing is reported as IAC-001.

Baselines: an entry holds a finding with the same rule, file, resource address (module instance
included), attribute path and values the rule looked at (the offending value, the whole element:
ports, protocol and sources of an ingress rule); line numbers do not count. A changed value or a
move to another file is a new finding. Entries name their repository relative to the baseline
file's folder. Parse errors (IAC-000) and IAC-001 are never baselined.

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
import { mkdir, writeFile } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative, resolve as resolve2 } from "node:path";

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
var CONFIG_FILE_NAME = ".driftless.yaml";
var CONFIG_SCHEMA_FILE = fileURLToPath(new URL("../../config.schema.json", import.meta.url));
function defaultConfigFile(root) {
  const file = join(root, CONFIG_FILE_NAME);
  return existsSync(file) ? file : void 0;
}
var validator;
async function validate() {
  if (!validator) {
    const ajvModule = await import("./ajv-NH4IIY6E.js");
    const Ajv = ajvModule.Ajv ?? ajvModule.default.Ajv;
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, "utf8")));
  }
  return validator;
}
async function loadConfig(file, shownAs = file) {
  const yamlModule = await import("./dist-KBDJLADZ.js");
  const yaml = typeof yamlModule.LineCounter === "function" ? yamlModule : yamlModule.default;
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`cannot read configuration ${shownAs}: ${error.code ?? error.message}`);
  }
  const lineCounter = new yaml.LineCounter();
  const document = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length) {
    const error = document.errors[0];
    throw new CliError(`${shownAs}:${lineCounter.linePos(error.pos[0]).line}: YAML syntax: ${error.message.split("\n")[0]}`);
  }
  const lineOf = (path2) => lineIn(yaml, document, lineCounter, path2);
  const data = document.toJS() ?? {};
  if (data && typeof data === "object" && !Array.isArray(data)) {
    for (const [key, value] of Object.entries(data)) if (value === null && key !== "fail-on" && key !== "inline-suppressions") delete data[key];
  }
  const check = await validate();
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
      if (!isCalendarDate(day)) throw new CliError(`${shownAs}:${lineOf(["ignore", index, "expires"])}: ignore[${index}].expires: ${day} is not a date (YYYY-MM-DD)`);
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
    customRules: (raw["custom-rules"] ?? []).map((d, i) => {
      const dir = resolve(base, d);
      if (!existsSync(dir)) throw new CliError(`${shownAs}:${lineOf(["custom-rules", i])}: custom-rules[${i}]: ${d} is not a directory (relative to ${shownAs}'s folder)`);
      return dir;
    }),
    inlineSuppressions: raw["inline-suppressions"] !== false,
    lineOf
  };
}
function lineIn(yaml, document, lineCounter, path2) {
  const { isMap, isScalar } = yaml;
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
  try {
    await mkdir(dirname2(file), { recursive: true });
    await writeFile(file, STARTER_CONFIG, "utf8");
  } catch (error) {
    throw new CliError(`cannot write ${shown}: ${error.message}`);
  }
  io.stdout.write(`wrote ${shown}
`);
  return EXIT_OK;
}

// src/cli/rules.ts
import { dirname as dirname3, resolve as resolve3 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var RULES_OPTIONS = {
  help: { value: false },
  rules: { value: true, repeatable: true }
};
async function loadPack(dirs) {
  const { loadRules } = await import("./engine-6A4PHZGY.js");
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
  return resolve3(dirname3(rule.sourceFile)) === resolve3(BUILTIN_DIR);
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
import { existsSync as existsSync3, statSync as statSync2 } from "node:fs";
import { mkdir as mkdir3, readFile as readFile2, stat, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname5, extname, isAbsolute as isAbsolute2, relative as relative3, resolve as resolve7, sep as sep2 } from "node:path";

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
import { isAbsolute, resolve as resolve4 } from "node:path";
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
function physicalLocation(file, r, root) {
  const outside = file.startsWith("../") || file === ".." || isAbsolute(file);
  return {
    artifactLocation: outside ? { uri: pathToFileURL(resolve4(root, file)).href } : { uri: encodeUriPath(file), uriBaseId: SRCROOT },
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
function relatedLocation(related, index, root) {
  return { id: index + 1, physicalLocation: physicalLocation(related.file, related.range, root), message: { text: related.message } };
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
    const fromPrefix = (run.prefix ?? "").split("/").filter((part) => part !== "" && part !== "." && part !== "..").join("/");
    const base = (fromPrefix || run.root.split(/[\\/]/).filter(Boolean).at(-1) || "root").replace(/\s+/g, "-");
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
      locations: [{ physicalLocation: physicalLocation(finding.file, finding.range, run.root) }],
      partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint }
    };
    if (finding.related?.length) result.relatedLocations = finding.related.map((related, i) => relatedLocation(related, i, run.root));
    if (finding.suppression) {
      result.suppressions = [
        {
          kind: finding.suppression.kind,
          justification: finding.suppression.justification,
          location: { physicalLocation: physicalLocation(finding.suppression.file, lineRange(finding.suppression.line), run.root) }
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
          ...n.file ? { locations: [{ physicalLocation: physicalLocation(n.file, n.range ?? lineRange(1), run.root) }] } : {}
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
  const skipped = runs.flatMap((run) => (run.notifications ?? []).filter((n) => n.notScanned && n.file !== void 0).map((n) => ({ file: `${run.prefix ?? ""}${n.file}`, reason: n.reason ?? n.message })));
  if (skipped.length > 0) {
    lines.push(paint(ANSI.bold, `Not scanned (${plural(skipped.length, "file")}):`));
    for (const s of skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0)) lines.push(`  ${s.file}: ${s.reason.replace(/^not scanned: /, "")}`);
    lines.push("");
  }
  lines.push(summaryLine(findings, filesScanned, runs.reduce((n, r) => n + (r.baselined ?? 0), 0)));
  return `${lines.join("\n")}
`;
}

// src/report/markdown.ts
var MAX_LISTED = 500;
var MAX_BYTES = 900 * 1024;
var MAX_MESSAGE = 1e3;
var MAX_RELATED = 5;
var FAMILIES = ["PIN", "RNP", "DRF", "ACC", "ART", "DAT", "CHG", "IAC"];
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
  const baselined = runs.reduce((n, r) => n + (r.baselined ?? 0), 0);
  const held = runs.some((r) => r.baselined !== void 0) ? `; ${baselined} in baseline` : "";
  out.push(`${verdict} ${plural2(filesScanned, "file")} scanned${scope}; ${summary.suppressed} suppressed${held}. driftless ${escapeMarkdown(options.toolVersion)}.`, "");
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

// node_modules/xml-naming/src/index.js
var nameStartChar10 = ":A-Za-z_À-ÖØ-öø-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�";
var nameChar10 = nameStartChar10 + "\\-\\.\\d·̀-ͯ‿-⁀";
var nameStartChar11 = ":A-Za-z_À-˿Ͱ-ͽͿ-҆҈-῿‌-‍⁰-↏Ⰰ-⿯、-퟿豈-﷏ﷰ-�𐀀-󯿿";
var nameChar11 = nameStartChar11 + "\\-\\.\\d·̀-ͯ҇‿-⁀";
var buildRegexes = (startChar, char, flags = "") => {
  const ncStart = startChar.replace(":", "");
  const ncChar = char.replace(":", "");
  const ncNamePat = `[${ncStart}][${ncChar}]*`;
  return {
    name: new RegExp(`^[${startChar}][${char}]*$`, flags),
    ncName: new RegExp(`^${ncNamePat}$`, flags),
    qName: new RegExp(`^${ncNamePat}(?::${ncNamePat})?$`, flags),
    nmToken: new RegExp(`^[${char}]+$`, flags),
    nmTokens: new RegExp(`^[${char}]+(?:\\s+[${char}]+)*$`, flags)
  };
};
var regexes10 = buildRegexes(nameStartChar10, nameChar10);
var regexes11 = buildRegexes(nameStartChar11, nameChar11, "u");
var nameStartCharAscii = ":A-Za-z_";
var nameCharAscii = nameStartCharAscii + "\\-\\.\\d";
var regexesAscii = buildRegexes(nameStartCharAscii, nameCharAscii);
var getRegexes = (xmlVersion = "1.0", asciiOnly = false) => {
  if (asciiOnly) return regexesAscii;
  return xmlVersion === "1.1" ? regexes11 : regexes10;
};
var PRODUCTIONS = ["name", "ncName", "qName", "nmToken", "nmTokens"];
var createValidator = (production, { xmlVersion = "1.0", asciiOnly = false, maxCacheSize = 2048 } = {}) => {
  if (!PRODUCTIONS.includes(production)) {
    throw new TypeError(
      `Unknown production "${production}". Must be one of: ${PRODUCTIONS.join(", ")}`
    );
  }
  const regex = getRegexes(xmlVersion, asciiOnly)[production];
  let cache = /* @__PURE__ */ new Map();
  const validator2 = (str) => {
    const cached2 = cache.get(str);
    if (cached2 !== void 0) return cached2;
    const result = regex.test(str);
    if (cache.size < maxCacheSize) cache.set(str, result);
    return result;
  };
  validator2.reset = () => {
    cache = /* @__PURE__ */ new Map();
  };
  return validator2;
};

// node_modules/path-expression-matcher/src/Expression.js
var Expression = class {
  /**
   * Create a new Expression
   * @param {string} pattern - Pattern string (e.g., "root.users.user", "..user[id]")
   * @param {Object} options - Configuration options
   * @param {string} options.separator - Path separator (default: '.')
   */
  constructor(pattern, options = {}, data) {
    this.pattern = pattern;
    this.separator = options.separator || ".";
    this.segments = this._parse(pattern);
    this.data = data;
    this._hasDeepWildcard = this.segments.some((seg) => seg.type === "deep-wildcard");
    this._hasAttributeCondition = this.segments.some((seg) => seg.attrName !== void 0);
    this._hasPositionSelector = this.segments.some((seg) => seg.position !== void 0);
  }
  /**
   * Parse pattern string into segments
   * @private
   * @param {string} pattern - Pattern to parse
   * @returns {Array} Array of segment objects
   */
  _parse(pattern) {
    const segments = [];
    let i = 0;
    let currentPart = "";
    while (i < pattern.length) {
      if (pattern[i] === this.separator) {
        if (i + 1 < pattern.length && pattern[i + 1] === this.separator) {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
            currentPart = "";
          }
          segments.push({ type: "deep-wildcard" });
          i += 2;
        } else {
          if (currentPart.trim()) {
            segments.push(this._parseSegment(currentPart.trim()));
          }
          currentPart = "";
          i++;
        }
      } else {
        currentPart += pattern[i];
        i++;
      }
    }
    if (currentPart.trim()) {
      segments.push(this._parseSegment(currentPart.trim()));
    }
    return segments;
  }
  /**
   * Parse a single segment
   * @private
   * @param {string} part - Segment string (e.g., "user", "ns::user", "user[id]", "ns::user:first")
   * @returns {Object} Segment object
   */
  _parseSegment(part) {
    const segment = { type: "tag" };
    let bracketContent = null;
    let withoutBrackets = part;
    const bracketMatch = part.match(/^([^\[]+)(\[[^\]]*\])(.*)$/);
    if (bracketMatch) {
      withoutBrackets = bracketMatch[1] + bracketMatch[3];
      if (bracketMatch[2]) {
        const content = bracketMatch[2].slice(1, -1);
        if (content) {
          bracketContent = content;
        }
      }
    }
    let namespace = void 0;
    let tagAndPosition = withoutBrackets;
    if (withoutBrackets.includes("::")) {
      const nsIndex = withoutBrackets.indexOf("::");
      namespace = withoutBrackets.substring(0, nsIndex).trim();
      tagAndPosition = withoutBrackets.substring(nsIndex + 2).trim();
      if (!namespace) {
        throw new Error(`Invalid namespace in pattern: ${part}`);
      }
    }
    let tag = void 0;
    let positionMatch = null;
    if (tagAndPosition.includes(":")) {
      const colonIndex = tagAndPosition.lastIndexOf(":");
      const tagPart = tagAndPosition.substring(0, colonIndex).trim();
      const posPart = tagAndPosition.substring(colonIndex + 1).trim();
      const isPositionKeyword = ["first", "last", "odd", "even"].includes(posPart) || /^nth\(\d+\)$/.test(posPart);
      if (isPositionKeyword) {
        tag = tagPart;
        positionMatch = posPart;
      } else {
        tag = tagAndPosition;
      }
    } else {
      tag = tagAndPosition;
    }
    if (!tag) {
      throw new Error(`Invalid segment pattern: ${part}`);
    }
    segment.tag = tag;
    if (namespace) {
      segment.namespace = namespace;
    }
    if (bracketContent) {
      if (bracketContent.includes("=")) {
        const eqIndex = bracketContent.indexOf("=");
        segment.attrName = bracketContent.substring(0, eqIndex).trim();
        segment.attrValue = bracketContent.substring(eqIndex + 1).trim();
      } else {
        segment.attrName = bracketContent.trim();
      }
    }
    if (positionMatch) {
      const nthMatch = positionMatch.match(/^nth\((\d+)\)$/);
      if (nthMatch) {
        segment.position = "nth";
        segment.positionValue = parseInt(nthMatch[1], 10);
      } else {
        segment.position = positionMatch;
      }
    }
    return segment;
  }
  /**
   * Get the number of segments
   * @returns {number}
   */
  get length() {
    return this.segments.length;
  }
  /**
   * Check if expression contains deep wildcard
   * @returns {boolean}
   */
  hasDeepWildcard() {
    return this._hasDeepWildcard;
  }
  /**
   * Check if expression has attribute conditions
   * @returns {boolean}
   */
  hasAttributeCondition() {
    return this._hasAttributeCondition;
  }
  /**
   * Check if expression has position selectors
   * @returns {boolean}
   */
  hasPositionSelector() {
    return this._hasPositionSelector;
  }
  /**
   * Get string representation
   * @returns {string}
   */
  toString() {
    return this.pattern;
  }
};

// node_modules/path-expression-matcher/src/Matcher.js
var MatcherView = class {
  /**
   * @param {Matcher} matcher - The parent Matcher instance to read from.
   */
  constructor(matcher) {
    this._matcher = matcher;
  }
  /**
   * Get the path separator used by the parent matcher.
   * @returns {string}
   */
  get separator() {
    return this._matcher.separator;
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    const path2 = this._matcher.path;
    return path2.length > 0 ? path2[path2.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    const path2 = this._matcher.path;
    return path2.length > 0 ? path2[path2.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    const path2 = this._matcher.path;
    if (path2.length === 0) return void 0;
    return path2[path2.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    const path2 = this._matcher.path;
    if (path2.length === 0) return false;
    const current = path2[path2.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {*}
   */
  getAnyParentAttr(attrName) {
    return this._matcher.getAnyParentAttr(attrName);
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    return this._matcher.hasAnyParentAttr(attrName);
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    const path2 = this._matcher.path;
    if (path2.length === 0) return -1;
    return path2[path2.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    const path2 = this._matcher.path;
    if (path2.length === 0) return -1;
    return path2[path2.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this._matcher.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    return this._matcher.toString(separator, includeNamespace);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this._matcher.path.map((n) => n.tag);
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    return this._matcher.matches(expression);
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this._matcher);
  }
};
var Matcher = class {
  /**
   * Create a new Matcher.
   * @param {Object} [options={}]
   * @param {string} [options.separator='.'] - Default path separator
   */
  constructor(options = {}) {
    this.separator = options.separator || ".";
    this.path = [];
    this.siblingStacks = [];
    this._pathStringCache = null;
    this._view = new MatcherView(this);
    this._keptAttrs = [];
  }
  /**
   * Push a new tag onto the path.
   * @param {string} tagName
   * @param {Object|null} [attrValues=null]
   * @param {string|null} [namespace=null]
   * @param {Object|null} [options=null]
   * @param {string[]} [options.keep] - Names of attributes (from attrValues)
   */
  push(tagName, attrValues = null, namespace = null, options = null) {
    this._pathStringCache = null;
    if (this.path.length > 0) {
      this.path[this.path.length - 1].values = void 0;
    }
    const currentLevel = this.path.length;
    let level = this.siblingStacks[currentLevel];
    if (!level) {
      level = { counts: /* @__PURE__ */ new Map(), total: 0 };
      this.siblingStacks[currentLevel] = level;
    }
    const siblingKey = namespace ? `${namespace}:${tagName}` : tagName;
    const counter = level.counts.get(siblingKey) || 0;
    const position = level.total;
    level.counts.set(siblingKey, counter + 1);
    level.total++;
    const node = {
      tag: tagName,
      position,
      counter
    };
    if (namespace !== null && namespace !== void 0) {
      node.namespace = namespace;
    }
    if (attrValues !== null && attrValues !== void 0) {
      node.values = attrValues;
    }
    this.path.push(node);
    const depth = this.path.length;
    const keep = options !== null ? options.keep : null;
    if (keep !== null && keep !== void 0 && keep.length > 0 && attrValues) {
      for (let i = 0; i < keep.length; i++) {
        const name = keep[i];
        if (attrValues[name] !== void 0) {
          this._keptAttrs.push({ depth, name, value: attrValues[name] });
        }
      }
    }
  }
  /**
   * Pop the last tag from the path.
   * @returns {Object|undefined} The popped node
   */
  pop() {
    if (this.path.length === 0) return void 0;
    this._pathStringCache = null;
    const node = this.path.pop();
    if (this.siblingStacks.length > this.path.length + 1) {
      this.siblingStacks.length = this.path.length + 1;
    }
    const poppedDepth = this.path.length + 1;
    while (this._keptAttrs.length > 0 && this._keptAttrs[this._keptAttrs.length - 1].depth >= poppedDepth) {
      this._keptAttrs.pop();
    }
    return node;
  }
  /**
   * Update current node's attribute values.
   * Useful when attributes are parsed after push.
   * @param {Object} attrValues
   */
  updateCurrent(attrValues) {
    if (this.path.length > 0) {
      const current = this.path[this.path.length - 1];
      if (attrValues !== null && attrValues !== void 0) {
        current.values = attrValues;
      }
    }
  }
  /**
   * Get current tag name.
   * @returns {string|undefined}
   */
  getCurrentTag() {
    return this.path.length > 0 ? this.path[this.path.length - 1].tag : void 0;
  }
  /**
   * Get current namespace.
   * @returns {string|undefined}
   */
  getCurrentNamespace() {
    return this.path.length > 0 ? this.path[this.path.length - 1].namespace : void 0;
  }
  /**
   * Get current node's attribute value.
   * @param {string} attrName
   * @returns {*}
   */
  getAttrValue(attrName) {
    if (this.path.length === 0) return void 0;
    return this.path[this.path.length - 1].values?.[attrName];
  }
  /**
   * Check if current node has an attribute.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAttr(attrName) {
    if (this.path.length === 0) return false;
    const current = this.path[this.path.length - 1];
    return current.values !== void 0 && attrName in current.values;
  }
  /**
   * Get the value of a "kept" attribute from the nearest ancestor (or
   * current node) that declared it via `push(tag, attrs, ns, { keep: [...] })`.
   * Unlike getAttrValue(), this works regardless of how deep the path has
   * gone since the attribute was pushed — but only for attribute names that
   * were explicitly marked with `keep` at push time. Cost is proportional to
   * the number of currently-kept attributes (typically 0-3), not path depth.
   * @param {string} attrName
   * @returns {*} the value, or undefined if no ancestor kept this attribute
   */
  getAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return kept[i].value;
    }
    return void 0;
  }
  /**
   * Check whether any ancestor (or the current node) kept the given
   * attribute via `push(tag, attrs, ns, { keep: [...] })`.
   * @param {string} attrName
   * @returns {boolean}
   */
  hasAnyParentAttr(attrName) {
    const kept = this._keptAttrs;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (kept[i].name === attrName) return true;
    }
    return false;
  }
  /**
   * Get current node's sibling position (child index in parent).
   * @returns {number}
   */
  getPosition() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].position ?? 0;
  }
  /**
   * Get current node's repeat counter (occurrence count of this tag name).
   * @returns {number}
   */
  getCounter() {
    if (this.path.length === 0) return -1;
    return this.path[this.path.length - 1].counter ?? 0;
  }
  /**
   * Get current node's sibling index (alias for getPosition).
   * @returns {number}
   * @deprecated Use getPosition() or getCounter() instead
   */
  getIndex() {
    return this.getPosition();
  }
  /**
   * Get current path depth.
   * @returns {number}
   */
  getDepth() {
    return this.path.length;
  }
  /**
   * Get path as string.
   * @param {string} [separator] - Optional separator (uses default if not provided)
   * @param {boolean} [includeNamespace=true]
   * @returns {string}
   */
  toString(separator, includeNamespace = true) {
    const sep3 = separator || this.separator;
    const isDefault = sep3 === this.separator && includeNamespace === true;
    if (isDefault) {
      if (this._pathStringCache !== null) {
        return this._pathStringCache;
      }
      const result = this.path.map(
        (n) => n.namespace ? `${n.namespace}:${n.tag}` : n.tag
      ).join(sep3);
      this._pathStringCache = result;
      return result;
    }
    return this.path.map(
      (n) => includeNamespace && n.namespace ? `${n.namespace}:${n.tag}` : n.tag
    ).join(sep3);
  }
  /**
   * Get path as array of tag names.
   * @returns {string[]}
   */
  toArray() {
    return this.path.map((n) => n.tag);
  }
  /**
   * Reset the path to empty.
   */
  reset() {
    this._pathStringCache = null;
    this.path = [];
    this.siblingStacks = [];
    this._keptAttrs = [];
  }
  /**
   * Match current path against an Expression.
   * @param {Expression} expression
   * @returns {boolean}
   */
  matches(expression) {
    const segments = expression.segments;
    if (segments.length === 0) {
      return false;
    }
    if (expression.hasDeepWildcard()) {
      return this._matchWithDeepWildcard(segments);
    }
    return this._matchSimple(segments);
  }
  /**
   * @private
   */
  _matchSimple(segments) {
    if (this.path.length !== segments.length) {
      return false;
    }
    for (let i = 0; i < segments.length; i++) {
      if (!this._matchSegment(segments[i], this.path[i], i === this.path.length - 1)) {
        return false;
      }
    }
    return true;
  }
  /**
   * @private
   */
  _matchWithDeepWildcard(segments) {
    let pathIdx = this.path.length - 1;
    let segIdx = segments.length - 1;
    while (segIdx >= 0 && pathIdx >= 0) {
      const segment = segments[segIdx];
      if (segment.type === "deep-wildcard") {
        segIdx--;
        if (segIdx < 0) {
          return true;
        }
        const nextSeg = segments[segIdx];
        let found = false;
        for (let i = pathIdx; i >= 0; i--) {
          if (this._matchSegment(nextSeg, this.path[i], i === this.path.length - 1)) {
            pathIdx = i - 1;
            segIdx--;
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      } else {
        if (!this._matchSegment(segment, this.path[pathIdx], pathIdx === this.path.length - 1)) {
          return false;
        }
        pathIdx--;
        segIdx--;
      }
    }
    return segIdx < 0;
  }
  /**
   * @private
   */
  _matchSegment(segment, node, isCurrentNode) {
    if (segment.tag !== "*" && segment.tag !== node.tag) {
      return false;
    }
    if (segment.namespace !== void 0) {
      if (segment.namespace !== "*" && segment.namespace !== node.namespace) {
        return false;
      }
    }
    if (segment.attrName !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      if (!node.values || !(segment.attrName in node.values)) {
        return false;
      }
      if (segment.attrValue !== void 0) {
        if (String(node.values[segment.attrName]) !== String(segment.attrValue)) {
          return false;
        }
      }
    }
    if (segment.position !== void 0) {
      if (!isCurrentNode) {
        return false;
      }
      const counter = node.counter ?? 0;
      if (segment.position === "first" && counter !== 0) {
        return false;
      } else if (segment.position === "odd" && counter % 2 !== 1) {
        return false;
      } else if (segment.position === "even" && counter % 2 !== 0) {
        return false;
      } else if (segment.position === "nth" && counter !== segment.positionValue) {
        return false;
      }
    }
    return true;
  }
  /**
   * Match any expression in the given set against the current path.
   * @param {ExpressionSet} exprSet
   * @returns {boolean}
   */
  matchesAny(exprSet) {
    return exprSet.matchesAny(this);
  }
  /**
   * Create a snapshot of current state.
   * @returns {Object}
   */
  snapshot() {
    return {
      path: this.path.map((node) => ({ ...node })),
      siblingStacks: this.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level),
      keptAttrs: this._keptAttrs.map((entry) => ({ ...entry }))
    };
  }
  /**
   * Restore state from snapshot.
   * @param {Object} snapshot
   */
  restore(snapshot) {
    this._pathStringCache = null;
    this.path = snapshot.path.map((node) => ({ ...node }));
    this.siblingStacks = snapshot.siblingStacks.map((level) => level ? { counts: new Map(level.counts), total: level.total } : level);
    this._keptAttrs = (snapshot.keptAttrs || []).map((entry) => ({ ...entry }));
  }
  /**
   * Return the read-only {@link MatcherView} for this matcher.
   *
   * The same instance is returned on every call — no allocation occurs.
   * It always reflects the current parser state and is safe to pass to
   * user callbacks without risk of accidental mutation.
   *
   * @returns {MatcherView}
   *
   * @example
   * const view = matcher.readOnly();
   * // pass view to callbacks — it stays in sync automatically
   * view.matches(expr);       // ✓
   * view.getCurrentTag();     // ✓
   * // view.push(...)         // ✗ method does not exist — caught by TypeScript
   */
  readOnly() {
    return this._view;
  }
};

// node_modules/fast-xml-builder/src/util.js
function valToStr(val) {
  return typeof val === "number" && Object.is(val, -0) ? "-0" : String(val);
}
function safeComment(val) {
  return valToStr(val).replace(/--/g, "- -").replace(/--/g, "- -").replace(/-$/, "- ");
}
function safeCdata(val) {
  return valToStr(val).replace(/\]\]>/g, "]]]]><![CDATA[>");
}
function escapeAttribute(val) {
  return valToStr(val).replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function resolveName(name, isAttribute2, options, matcher, validator2) {
  if (!options.sanitizeName) return name;
  const isPI = !isAttribute2 && name[0] === "?";
  const bare = isPI ? name.slice(1) : name;
  if (validator2(bare)) return name;
  const result = options.sanitizeName(bare, { isAttribute: isAttribute2, matcher: matcher.readOnly() });
  if (typeof result !== "string" || !validator2(result)) {
    throw new Error(`sanitizeName returned an invalid XML name for "${bare}"`);
  }
  return isPI ? "?" + result : result;
}

// node_modules/fast-xml-builder/src/orderedJs2Xml.js
var EOL = "\n";
function detectXmlVersionFromArray(jArray, options) {
  if (!Array.isArray(jArray) || jArray.length === 0) return "1.0";
  const first = jArray[0];
  const firstKey = propName(first);
  if (firstKey === "?xml") {
    const attrs = first[":@"];
    if (attrs) {
      const versionKey = options.attributeNamePrefix + "version";
      if (attrs[versionKey]) return attrs[versionKey];
    }
  }
  return "1.0";
}
function toXml(jArray, options) {
  let indentation = "";
  if (options.format) {
    indentation = EOL;
  }
  const stopNodeExpressions = [];
  if (options.stopNodes && Array.isArray(options.stopNodes)) {
    for (let i = 0; i < options.stopNodes.length; i++) {
      const node = options.stopNodes[i];
      if (typeof node === "string") {
        stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        stopNodeExpressions.push(node);
      }
    }
  }
  const xmlVersion = detectXmlVersionFromArray(jArray, options);
  const qNameValidator = createValidator("qName", { xmlVersion });
  const matcher = new Matcher();
  return arrToStr(jArray, options, indentation, matcher, stopNodeExpressions, qNameValidator);
}
function arrToStr(arr, options, indentation, matcher, stopNodeExpressions, qNameValidator) {
  let xmlStr = "";
  let isPreviousElementTag = false;
  if (options.maxNestedTags && matcher.getDepth() > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      let text = valToStr(arr);
      text = replaceEntitiesValue(text, options);
      return text;
    }
    return "";
  }
  for (let i = 0; i < arr.length; i++) {
    const tagObj = arr[i];
    const rawTagName = propName(tagObj);
    if (rawTagName === void 0) continue;
    const isSpecialName = rawTagName === options.textNodeName || rawTagName === options.cdataPropName || rawTagName === options.commentPropName;
    const tagName = isSpecialName ? rawTagName : resolveName(rawTagName, false, options, matcher, qNameValidator);
    const attrValues = extractAttributeValues(tagObj[":@"], options);
    matcher.push(tagName, attrValues);
    const isStopNode = checkStopNode(matcher, stopNodeExpressions);
    if (tagName === options.textNodeName) {
      let tagText = tagObj[rawTagName];
      if (!isStopNode) {
        tagText = options.tagValueProcessor(tagName, tagText);
        tagText = replaceEntitiesValue(tagText, options);
      }
      tagText = valToStr(tagText);
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      xmlStr += tagText;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.cdataPropName) {
      if (isPreviousElementTag) {
        xmlStr += indentation;
      }
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeCdata(val);
      xmlStr += `<![CDATA[${safeVal}]]>`;
      isPreviousElementTag = false;
      matcher.pop();
      continue;
    } else if (tagName === options.commentPropName) {
      const val = tagObj[rawTagName][0][options.textNodeName];
      const safeVal = safeComment(val);
      xmlStr += indentation + `<!--${safeVal}-->`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    } else if (tagName[0] === "?") {
      const attStr2 = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
      const tempInd = tagName === "?xml" ? "" : indentation;
      xmlStr += tempInd + `<${tagName}${attStr2}?>`;
      isPreviousElementTag = true;
      matcher.pop();
      continue;
    }
    let newIdentation = indentation;
    if (newIdentation !== "") {
      newIdentation += options.indentBy;
    }
    const attStr = attr_to_str(tagObj[":@"], options, isStopNode, matcher, qNameValidator);
    const tagStart = indentation + `<${tagName}${attStr}`;
    let tagValue;
    if (isStopNode) {
      tagValue = getRawContent(tagObj[rawTagName], options, matcher.getDepth());
    } else {
      tagValue = arrToStr(tagObj[rawTagName], options, newIdentation, matcher, stopNodeExpressions, qNameValidator);
    }
    if (options.unpairedTags.indexOf(tagName) !== -1) {
      if (options.suppressUnpairedNode) xmlStr += tagStart + ">";
      else xmlStr += tagStart + "/>";
    } else if ((!tagValue || tagValue.length === 0) && options.suppressEmptyNode) {
      xmlStr += tagStart + "/>";
    } else if (tagValue && tagValue.endsWith(">")) {
      xmlStr += tagStart + `>${tagValue}${indentation}</${tagName}>`;
    } else {
      xmlStr += tagStart + ">";
      if (tagValue && indentation !== "" && (tagValue.includes("/>") || tagValue.includes("</"))) {
        xmlStr += indentation + options.indentBy + tagValue + indentation;
      } else {
        xmlStr += tagValue;
      }
      xmlStr += `</${tagName}>`;
    }
    isPreviousElementTag = true;
    matcher.pop();
  }
  return xmlStr;
}
function extractAttributeValues(attrMap, options) {
  if (!attrMap || options.ignoreAttributes) return null;
  const attrValues = {};
  let hasAttrs = false;
  for (let attr in attrMap) {
    if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
    const cleanAttrName = attr.startsWith(options.attributeNamePrefix) ? attr.substr(options.attributeNamePrefix.length) : attr;
    attrValues[cleanAttrName] = escapeAttribute(attrMap[attr]);
    hasAttrs = true;
  }
  return hasAttrs ? attrValues : null;
}
function getRawContent(arr, options, depth = 0) {
  if (options.maxNestedTags && depth > options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (!Array.isArray(arr)) {
    if (arr !== void 0 && arr !== null) {
      return valToStr(arr);
    }
    return "";
  }
  let content = "";
  for (let i = 0; i < arr.length; i++) {
    const item = arr[i];
    const tagName = propName(item);
    if (tagName === options.textNodeName) {
      content += valToStr(item[tagName]);
    } else if (tagName === options.cdataPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName === options.commentPropName) {
      content += item[tagName][0][options.textNodeName];
    } else if (tagName && tagName[0] === "?") {
      continue;
    } else if (tagName) {
      const attStr = attr_to_str_raw(item[":@"], options);
      const nestedContent = getRawContent(item[tagName], options, depth + 1);
      if (!nestedContent || nestedContent.length === 0) {
        content += `<${tagName}${attStr}/>`;
      } else {
        content += `<${tagName}${attStr}>${nestedContent}</${tagName}>`;
      }
    }
  }
  return content;
}
function attr_to_str_raw(attrMap, options) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      let attrVal = attrMap[attr];
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}`;
      } else {
        attrStr += ` ${attr.substr(options.attributeNamePrefix.length)}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function propName(obj) {
  const keys = Object.keys(obj);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (key !== ":@") return key;
  }
}
function attr_to_str(attrMap, options, isStopNode, matcher, qNameValidator) {
  let attrStr = "";
  if (attrMap && !options.ignoreAttributes) {
    for (let attr in attrMap) {
      if (!Object.prototype.hasOwnProperty.call(attrMap, attr)) continue;
      const cleanAttrName = attr.substr(options.attributeNamePrefix.length);
      const resolvedAttrName = isStopNode ? cleanAttrName : resolveName(cleanAttrName, true, options, matcher, qNameValidator);
      let attrVal;
      if (isStopNode) {
        attrVal = attrMap[attr];
      } else {
        attrVal = options.attributeValueProcessor(attr, attrMap[attr]);
        attrVal = replaceEntitiesValue(attrVal, options);
      }
      if (attrVal === true && options.suppressBooleanAttributes) {
        attrStr += ` ${resolvedAttrName}`;
      } else {
        attrStr += ` ${resolvedAttrName}="${escapeAttribute(attrVal)}"`;
      }
    }
  }
  return attrStr;
}
function checkStopNode(matcher, stopNodeExpressions) {
  if (!stopNodeExpressions || stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < stopNodeExpressions.length; i++) {
    if (matcher.matches(stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
}
function replaceEntitiesValue(textValue, options) {
  if (textValue && textValue.length > 0 && options.processEntities) {
    for (let i = 0; i < options.entities.length; i++) {
      const entity = options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
}

// node_modules/fast-xml-builder/src/ignoreAttributes.js
function getIgnoreAttributesFn(ignoreAttributes) {
  if (typeof ignoreAttributes === "function") {
    return ignoreAttributes;
  }
  if (Array.isArray(ignoreAttributes)) {
    return (attrName) => {
      for (const pattern of ignoreAttributes) {
        if (typeof pattern === "string" && attrName === pattern) {
          return true;
        }
        if (pattern instanceof RegExp && pattern.test(attrName)) {
          return true;
        }
      }
    };
  }
  return () => false;
}

// node_modules/fast-xml-builder/src/fxb.js
var defaultOptions = {
  attributeNamePrefix: "@_",
  attributesGroupName: false,
  textNodeName: "#text",
  ignoreAttributes: true,
  cdataPropName: false,
  format: false,
  indentBy: "  ",
  suppressEmptyNode: false,
  suppressUnpairedNode: true,
  suppressBooleanAttributes: true,
  tagValueProcessor: function(key, a) {
    return a;
  },
  attributeValueProcessor: function(attrName, a) {
    return a;
  },
  preserveOrder: false,
  commentPropName: false,
  unpairedTags: [],
  entities: [
    { regex: new RegExp("&", "g"), val: "&amp;" },
    //it must be on top
    { regex: new RegExp(">", "g"), val: "&gt;" },
    { regex: new RegExp("<", "g"), val: "&lt;" },
    { regex: new RegExp("'", "g"), val: "&apos;" },
    { regex: new RegExp('"', "g"), val: "&quot;" }
  ],
  processEntities: true,
  stopNodes: [],
  // transformTagName: false,
  // transformAttributeName: false,
  oneListGroup: false,
  maxNestedTags: 100,
  jPath: true,
  // When true, callbacks receive string jPath; when false, receive Matcher instance
  sanitizeName: false
  // false = allow all names as-is (default, backward-compatible).
  // Set to a function (name, { isAttribute, matcher }) => string to
  // validate/sanitize tag and attribute names. Throw inside the function
  // to reject an invalid name.
};
function Builder(options) {
  this.options = Object.assign({}, defaultOptions, options);
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    this.options.stopNodes = this.options.stopNodes.map((node) => {
      if (typeof node === "string" && node.startsWith("*.")) {
        return ".." + node.substring(2);
      }
      return node;
    });
  }
  this.stopNodeExpressions = [];
  if (this.options.stopNodes && Array.isArray(this.options.stopNodes)) {
    for (let i = 0; i < this.options.stopNodes.length; i++) {
      const node = this.options.stopNodes[i];
      if (typeof node === "string") {
        this.stopNodeExpressions.push(new Expression(node));
      } else if (node instanceof Expression) {
        this.stopNodeExpressions.push(node);
      }
    }
  }
  if (this.options.ignoreAttributes === true || this.options.attributesGroupName) {
    this.isAttribute = function() {
      return false;
    };
  } else {
    this.ignoreAttributesFn = getIgnoreAttributesFn(this.options.ignoreAttributes);
    this.attrPrefixLen = this.options.attributeNamePrefix.length;
    this.isAttribute = isAttribute;
  }
  this.processTextOrObjNode = processTextOrObjNode;
  if (this.options.format) {
    this.indentate = indentate;
    this.tagEndChar = ">\n";
    this.newLine = "\n";
  } else {
    this.indentate = function() {
      return "";
    };
    this.tagEndChar = ">";
    this.newLine = "";
  }
}
function detectXmlVersionFromObj(jObj, options) {
  const decl = jObj["?xml"];
  if (decl && typeof decl === "object") {
    if (options.attributesGroupName && decl[options.attributesGroupName]) {
      const v2 = decl[options.attributesGroupName][options.attributeNamePrefix + "version"];
      if (v2) return v2;
    }
    const v = decl[options.attributeNamePrefix + "version"];
    if (v) return v;
  }
  return "1.0";
}
Builder.prototype.build = function(jObj) {
  if (this.options.preserveOrder) {
    return toXml(jObj, this.options);
  } else {
    if (Array.isArray(jObj) && this.options.arrayNodeName && this.options.arrayNodeName.length > 1) {
      jObj = {
        [this.options.arrayNodeName]: jObj
      };
    }
    const matcher = new Matcher();
    const xmlVersion = detectXmlVersionFromObj(jObj, this.options);
    const qNameValidator = createValidator("qName", { xmlVersion });
    return this.j2x(jObj, 0, matcher, qNameValidator).val;
  }
};
Builder.prototype.j2x = function(jObj, level, matcher, qNameValidator) {
  let attrStr = "";
  let val = "";
  if (this.options.maxNestedTags && matcher.getDepth() >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  const jPath = this.options.jPath ? matcher.toString() : matcher;
  const isCurrentStopNode = this.checkStopNode(matcher);
  for (let key in jObj) {
    if (!Object.prototype.hasOwnProperty.call(jObj, key)) continue;
    const isSpecialKey = key === this.options.textNodeName || key === this.options.cdataPropName || key === this.options.commentPropName || this.options.attributesGroupName && key === this.options.attributesGroupName || this.isAttribute(key);
    const resolvedKey = isSpecialKey ? key : resolveName(key, false, this.options, matcher, qNameValidator);
    if (typeof jObj[key] === "undefined") {
      if (this.isAttribute(key)) {
        val += "";
      }
    } else if (jObj[key] === null) {
      if (this.isAttribute(key)) {
        val += "";
      } else if (resolvedKey === this.options.cdataPropName || resolvedKey === this.options.commentPropName) {
        val += "";
      } else if (resolvedKey[0] === "?") {
        val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
      } else {
        val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
      }
    } else if (jObj[key] instanceof Date) {
      val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
    } else if (typeof jObj[key] !== "object") {
      const attr = this.isAttribute(key);
      if (attr && !this.ignoreAttributesFn(attr, jPath)) {
        const resolvedAttr = resolveName(attr, true, this.options, matcher, qNameValidator);
        attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key]), isCurrentStopNode);
      } else if (!attr) {
        if (key === this.options.textNodeName) {
          let newval = this.options.tagValueProcessor(key, valToStr(jObj[key]));
          val += this.replaceEntitiesValue(newval);
        } else {
          matcher.push(resolvedKey);
          const isStopNode = this.checkStopNode(matcher);
          matcher.pop();
          if (isStopNode) {
            const textValue = valToStr(jObj[key]);
            if (textValue === "") {
              val += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
            } else {
              val += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
            }
          } else {
            val += this.buildTextValNode(jObj[key], resolvedKey, "", level, matcher);
          }
        }
      }
    } else if (Array.isArray(jObj[key])) {
      const arrLen = jObj[key].length;
      let listTagVal = "";
      let listTagAttr = "";
      for (let j = 0; j < arrLen; j++) {
        const item = jObj[key][j];
        if (typeof item === "undefined") {
        } else if (item === null) {
          if (resolvedKey[0] === "?") val += this.indentate(level) + "<" + resolvedKey + "?" + this.tagEndChar;
          else val += this.indentate(level) + "<" + resolvedKey + "/" + this.tagEndChar;
        } else if (typeof item === "object") {
          if (this.options.oneListGroup) {
            matcher.push(resolvedKey);
            const result = this.j2x(item, level + 1, matcher, qNameValidator);
            matcher.pop();
            listTagVal += result.val;
            if (this.options.attributesGroupName && item.hasOwnProperty(this.options.attributesGroupName)) {
              listTagAttr += result.attrStr;
            }
          } else {
            listTagVal += this.processTextOrObjNode(item, resolvedKey, level, matcher, qNameValidator);
          }
        } else {
          if (this.options.oneListGroup) {
            let textValue = this.options.tagValueProcessor(resolvedKey, item);
            textValue = this.replaceEntitiesValue(textValue);
            textValue = valToStr(textValue);
            listTagVal += textValue;
          } else {
            matcher.push(resolvedKey);
            const isStopNode = this.checkStopNode(matcher);
            matcher.pop();
            if (isStopNode) {
              const textValue = valToStr(item);
              if (textValue === "") {
                listTagVal += this.indentate(level) + "<" + resolvedKey + this.closeTag(resolvedKey) + this.tagEndChar;
              } else {
                listTagVal += this.indentate(level) + "<" + resolvedKey + ">" + textValue + "</" + resolvedKey + this.tagEndChar;
              }
            } else {
              listTagVal += this.buildTextValNode(item, resolvedKey, "", level, matcher);
            }
          }
        }
      }
      if (this.options.oneListGroup) {
        listTagVal = this.buildObjectNode(listTagVal, resolvedKey, listTagAttr, level);
      }
      val += listTagVal;
    } else {
      if (this.options.attributesGroupName && key === this.options.attributesGroupName) {
        const Ks = Object.keys(jObj[key]);
        const L = Ks.length;
        for (let j = 0; j < L; j++) {
          const resolvedAttr = resolveName(Ks[j], true, this.options, matcher, qNameValidator);
          attrStr += this.buildAttrPairStr(resolvedAttr, valToStr(jObj[key][Ks[j]]), isCurrentStopNode);
        }
      } else {
        val += this.processTextOrObjNode(jObj[key], resolvedKey, level, matcher, qNameValidator);
      }
    }
  }
  return { attrStr, val };
};
Builder.prototype.buildAttrPairStr = function(attrName, val, isStopNode) {
  if (!isStopNode) {
    val = this.options.attributeValueProcessor(attrName, valToStr(val));
    val = this.replaceEntitiesValue(val);
  }
  if (this.options.suppressBooleanAttributes && val === "true") {
    return " " + attrName;
  } else return " " + attrName + '="' + escapeAttribute(val) + '"';
};
function processTextOrObjNode(object, key, level, matcher, qNameValidator) {
  const attrValues = this.extractAttributes(object);
  matcher.push(key, attrValues);
  const isStopNode = this.checkStopNode(matcher);
  if (isStopNode) {
    const rawContent = this.buildRawContent(object, matcher.getDepth());
    const attrStr = this.buildAttributesForStopNode(object);
    matcher.pop();
    return this.buildObjectNode(rawContent, key, attrStr, level);
  }
  const result = this.j2x(object, level + 1, matcher, qNameValidator);
  matcher.pop();
  if (key[0] === "?") {
    return this.buildTextValNode("", key, result.attrStr, level, matcher);
  } else if (object[this.options.textNodeName] !== void 0 && Object.keys(object).length === 1) {
    return this.buildTextValNode(object[this.options.textNodeName], key, result.attrStr, level, matcher);
  } else {
    return this.buildObjectNode(result.val, key, result.attrStr, level);
  }
}
Builder.prototype.extractAttributes = function(obj) {
  if (!obj || typeof obj !== "object") return null;
  const attrValues = {};
  let hasAttrs = false;
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      attrValues[cleanKey] = escapeAttribute(attrGroup[attrKey]);
      hasAttrs = true;
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        attrValues[attr] = escapeAttribute(obj[key]);
        hasAttrs = true;
      }
    }
  }
  return hasAttrs ? attrValues : null;
};
Builder.prototype.buildRawContent = function(obj, depth = 0) {
  if (this.options.maxNestedTags && depth >= this.options.maxNestedTags) {
    throw new Error("Maximum nested tags exceeded");
  }
  if (typeof obj === "string") {
    return obj;
  }
  if (typeof obj !== "object" || obj === null) {
    return String(obj);
  }
  if (obj[this.options.textNodeName] !== void 0) {
    return obj[this.options.textNodeName];
  }
  let content = "";
  for (let key in obj) {
    if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
    if (this.isAttribute(key)) continue;
    if (this.options.attributesGroupName && key === this.options.attributesGroupName) continue;
    const value = obj[key];
    if (key === this.options.textNodeName) {
      content += value;
    } else if (Array.isArray(value)) {
      for (let item of value) {
        if (typeof item === "string" || typeof item === "number") {
          content += `<${key}>${item}</${key}>`;
        } else if (typeof item === "object" && item !== null) {
          const nestedContent = this.buildRawContent(item, depth + 1);
          const nestedAttrs = this.buildAttributesForStopNode(item);
          if (nestedContent === "") {
            content += `<${key}${nestedAttrs}/>`;
          } else {
            content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
          }
        }
      }
    } else if (typeof value === "object" && value !== null) {
      const nestedContent = this.buildRawContent(value, depth + 1);
      const nestedAttrs = this.buildAttributesForStopNode(value);
      if (nestedContent === "") {
        content += `<${key}${nestedAttrs}/>`;
      } else {
        content += `<${key}${nestedAttrs}>${nestedContent}</${key}>`;
      }
    } else {
      content += `<${key}>${value}</${key}>`;
    }
  }
  return content;
};
Builder.prototype.buildAttributesForStopNode = function(obj) {
  if (!obj || typeof obj !== "object") return "";
  let attrStr = "";
  if (this.options.attributesGroupName && obj[this.options.attributesGroupName]) {
    const attrGroup = obj[this.options.attributesGroupName];
    for (let attrKey in attrGroup) {
      if (!Object.prototype.hasOwnProperty.call(attrGroup, attrKey)) continue;
      const cleanKey = attrKey.startsWith(this.options.attributeNamePrefix) ? attrKey.substring(this.options.attributeNamePrefix.length) : attrKey;
      const val = attrGroup[attrKey];
      if (val === true && this.options.suppressBooleanAttributes) {
        attrStr += " " + cleanKey;
      } else {
        attrStr += " " + cleanKey + '="' + escapeAttribute(val) + '"';
      }
    }
  } else {
    for (let key in obj) {
      if (!Object.prototype.hasOwnProperty.call(obj, key)) continue;
      const attr = this.isAttribute(key);
      if (attr) {
        const val = obj[key];
        if (val === true && this.options.suppressBooleanAttributes) {
          attrStr += " " + attr;
        } else {
          attrStr += " " + attr + '="' + escapeAttribute(val) + '"';
        }
      }
    }
  }
  return attrStr;
};
Builder.prototype.buildObjectNode = function(val, key, attrStr, level) {
  if (val === "") {
    if (key[0] === "?") return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
    else {
      return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    }
  } else if (key[0] === "?") {
    return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let tagEndExp = "</" + key + this.tagEndChar;
    let piClosingChar = "";
    if (key[0] === "?") {
      piClosingChar = "?";
      tagEndExp = "";
    }
    if ((attrStr || attrStr === "") && val.indexOf("<") === -1) {
      return this.indentate(level) + "<" + key + attrStr + piClosingChar + ">" + val + tagEndExp;
    } else if (this.options.commentPropName !== false && key === this.options.commentPropName && piClosingChar.length === 0) {
      return this.indentate(level) + `<!--${safeComment(val)}-->` + this.newLine;
    } else {
      return this.indentate(level) + "<" + key + attrStr + piClosingChar + this.tagEndChar + val + this.indentate(level) + tagEndExp;
    }
  }
};
Builder.prototype.closeTag = function(key) {
  let closeTag = "";
  if (this.options.unpairedTags.indexOf(key) !== -1) {
    if (!this.options.suppressUnpairedNode) closeTag = "/";
  } else if (this.options.suppressEmptyNode) {
    closeTag = "/";
  } else {
    closeTag = `></${key}`;
  }
  return closeTag;
};
Builder.prototype.checkStopNode = function(matcher) {
  if (!this.stopNodeExpressions || this.stopNodeExpressions.length === 0) return false;
  for (let i = 0; i < this.stopNodeExpressions.length; i++) {
    if (matcher.matches(this.stopNodeExpressions[i])) {
      return true;
    }
  }
  return false;
};
Builder.prototype.buildTextValNode = function(val, key, attrStr, level, matcher) {
  if (this.options.cdataPropName !== false && key === this.options.cdataPropName) {
    const safeVal = safeCdata(val);
    return this.indentate(level) + `<![CDATA[${safeVal}]]>` + this.newLine;
  } else if (this.options.commentPropName !== false && key === this.options.commentPropName) {
    const safeVal = safeComment(val);
    return this.indentate(level) + `<!--${safeVal}-->` + this.newLine;
  } else if (key[0] === "?") {
    return this.indentate(level) + "<" + key + attrStr + "?" + this.tagEndChar;
  } else {
    let textValue = this.options.tagValueProcessor(key, val);
    textValue = this.replaceEntitiesValue(textValue);
    textValue = valToStr(textValue);
    if (textValue === "") {
      return this.indentate(level) + "<" + key + attrStr + this.closeTag(key) + this.tagEndChar;
    } else {
      return this.indentate(level) + "<" + key + attrStr + ">" + textValue + "</" + key + this.tagEndChar;
    }
  }
};
Builder.prototype.replaceEntitiesValue = function(textValue) {
  if (textValue && textValue.length > 0 && this.options.processEntities) {
    for (let i = 0; i < this.options.entities.length; i++) {
      const entity = this.options.entities[i];
      textValue = textValue.replace(entity.regex, entity.val);
    }
  }
  return textValue;
};
function indentate(level) {
  return this.options.indentBy.repeat(level);
}
function isAttribute(name) {
  if (name.startsWith(this.options.attributeNamePrefix) && name !== this.options.textNodeName) {
    return name.substr(this.attrPrefixLen);
  } else {
    return false;
  }
}

// node_modules/fast-xml-parser/src/xmlbuilder/json2xml.js
var json2xml_default = Builder;

// src/report/junit.ts
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
  const builder = new json2xml_default({
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
import { join as join3, resolve as resolve5 } from "node:path";
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
  return pointer ? resolve5(root, pointer) : void 0;
}
function commonDir(gitDir) {
  const common = read(join3(gitDir, "commondir"))?.trim();
  return common ? resolve5(gitDir, common) : gitDir;
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
import { mkdir as mkdir2, readFile, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname4, relative as relative2, resolve as resolve6, sep } from "node:path";
var BASELINE_VERSION = 2;
var TOOL = "driftless";
var NEVER_BASELINED = /* @__PURE__ */ new Set(["IAC-000", SUPPRESSION_RULE_ID]);
var BaselineError = class extends Error {
  /**
   * @param foreign the file is not a driftless baseline at all (not JSON, no `"tool": "driftless"`):
   *   never overwritten
   * @param detail `FILE:LINE: what is wrong`, without the advice
   */
  constructor(message, foreign = false, detail = message) {
    super(message);
    this.foreign = foreign;
    this.detail = detail;
  }
  foreign;
  detail;
  name = "BaselineError";
};
function baselineRootKey(file, root) {
  const rel = relative2(dirname4(file), root).split(sep).join("/");
  return rel === "." ? "" : rel;
}
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
function keyOf(root, file, fingerprint2, digest) {
  return [root, file, fingerprint2.replace(/-\d+$/, ""), digest].join("\0");
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
    ...e.root ? { root: e.root } : {},
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
  const FOREIGN = "give the file that --write-baseline wrote";
  const fail = (offset, what, todo = `write it again with --write-baseline ${shownAs}`) => {
    const detail = `${shownAs}:${lineOf(offset)}: ${what}`;
    throw new BaselineError(`${detail}; ${todo}`, todo === FOREIGN, detail);
  };
  const foreign = FOREIGN;
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
  if (version?.value === 1) {
    fail(version.offset, `baseline version 1 was written by an earlier driftless whose value digests covered less of each finding (this one reads version ${BASELINE_VERSION})`);
  }
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
    if (entry.fingerprint.replace(/-\d+$/, "") !== fingerprint(entry.ruleId, entry.file, entry.resource, entry.path)) {
      fail(node.offset, `findings[${i}]: its fingerprint is not the one of its ruleId, file, resource and path (was the entry edited?)`);
    }
    if (entry.root === "." || entry.root === "") delete entry.root;
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
    await mkdir2(dirname4(file), { recursive: true });
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
  return { mode: only[0], file: resolve6(cwd, value), shownAs: value };
}
var plural3 = (n, one, many) => `${n} ${n === 1 ? one : many}`;
function coveredBy(runs) {
  return (entry) => {
    const run = runs.find((r) => r.root === (entry.root ?? ""));
    return run !== void 0 && (run.covers?.(entry.file) ?? true);
  };
}
async function existingEntries(request) {
  let text;
  try {
    text = await readFile(request.file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { entries: [], replaced: false };
    throw new BaselineError(`cannot read --write-baseline ${request.shownAs}: ${error.message}`);
  }
  if (text.replace(/^\uFEFF/, "").trim() === "") return { entries: [], replaced: false };
  try {
    return { entries: parseBaseline(text, request.shownAs), replaced: false };
  } catch (error) {
    if (!(error instanceof BaselineError)) throw error;
    if (error.foreign) {
      throw new BaselineError(`--write-baseline ${request.shownAs} is not a driftless baseline (${error.detail}), so it is left as it is; give another file, or remove it first`, true);
    }
    return { entries: [], replaced: true };
  }
}
async function baselineStage(request, runs) {
  const flag2 = request.mode === "update" ? "--update-baseline" : "--baseline";
  const covered = coveredBy(runs);
  if (request.mode === "write") {
    const existing = await existingEntries(request);
    const kept = existing.entries.filter((e) => !covered(e));
    const written = [];
    const accepted = /* @__PURE__ */ new Set();
    for (const run of runs) {
      const baselinable = run.findings.filter(isBaselinable);
      for (const f of baselinable) accepted.add(f);
      for (const f of applyBaseline(baselinable, kept, run.root).findings) written.push(baselineEntry(f, run.root));
    }
    await writeBaseline(request.file, [...kept, ...written], request.shownAs);
    let note = `wrote ${plural3(written.length, "finding", "findings")} to the baseline ${request.shownAs}`;
    if (kept.length > 0) note += `, and kept its ${plural3(kept.length, "entry", "entries")} for files this scan does not report on`;
    if (existing.replaced) note += " (it held a baseline this driftless cannot read, now replaced)";
    return { runs: runs.map((r) => ({ findings: r.findings })), accepted, note };
  }
  const entries = await readBaseline(request.file, request.shownAs, flag2);
  const matches = runs.map((run) => applyBaseline(run.findings, entries, run.root));
  const out = { runs: matches.map((m) => ({ findings: m.findings, baselined: m.baselined })), accepted: /* @__PURE__ */ new Set() };
  if (request.mode === "update") {
    const matched = new Set(matches.flatMap((m) => m.matched));
    const others = entries.filter((e) => !matched.has(e) && !covered(e));
    const kept = entries.filter((e) => matched.has(e) || !covered(e));
    await writeBaseline(request.file, kept, request.shownAs);
    const dropped = entries.length - kept.length;
    const aside = others.length > 0 ? ` (${others.length} for files this scan does not report on)` : "";
    out.note = `updated the baseline ${request.shownAs}: kept ${kept.length}${aside}, dropped ${dropped} that no longer occur${dropped === 1 ? "s" : ""}`;
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
  "max-file-size": { value: true },
  strict: { value: false },
  var: { value: true, repeatable: true },
  "var-file": { value: true, repeatable: true }
};
function terraformVariables(ordered, cwd) {
  const out = [];
  for (const { name, value } of ordered) {
    if (name === "var-file") {
      const absolutePath = resolve7(cwd, value);
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
    return out === void 0 || out === "-" ? { format } : { format, output: resolve7(cwd, out) };
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
  const rel = relative3(dir, path2);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
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
    const root = resolve7(cwd, rootOption);
    const info = await stat(root).catch(() => void 0);
    if (!info?.isDirectory()) throw new CliError(`root is not a directory: ${rootOption}`);
    for (const p of paths) {
      if (!isInside(root, resolve7(cwd, p))) throw new CliError(`${p} is outside --root ${rootOption}; give a --root that contains it`);
    }
    return [{ root, paths }];
  }
  const plans = [];
  for (const p of paths) {
    const absolute = resolve7(cwd, p);
    const info = await stat(absolute).catch(() => void 0);
    const start = info?.isDirectory() ? absolute : dirname5(absolute);
    const root = findRepositoryRoot(start, isInside(cwd, start) ? cwd : start);
    const plan = plans.find((x) => x.root === root);
    if (plan) plan.paths.push(p);
    else plans.push({ root, paths: [p] });
  }
  return plans;
}
async function configFor(root, explicit, cwd) {
  if (explicit !== void 0) {
    const file2 = resolve7(cwd, explicit);
    if (!existsSync3(file2)) throw new CliError(`--config not found: ${explicit}`);
    return loadConfig(file2, explicit);
  }
  const file = defaultConfigFile(root);
  return file ? loadConfig(file, relative3(cwd, file) || file) : void 0;
}
function settingError(error, config, shownAs) {
  if (error.source === "rules" && config) {
    const path2 = ["rules", ...error.path];
    return new CliError(`${shownAs ?? config.file}:${config.lineOf(path2)}: ${describePath(path2)}: ${error.message}`);
  }
  return new CliError(`${error.source} ${error.path.join(".")}: ${error.message}`);
}
async function scanCommand(argv, io) {
  return checkCommand(argv, io, "scan");
}
async function gateCommand(argv, io) {
  return checkCommand(argv, io, "gate");
}
var GATE_OPTIONS = {
  ...SCAN_OPTIONS,
  source: { value: true },
  template: { value: true },
  project: { value: true }
};
async function checkCommand(argv, io, command) {
  const parsed = parseArgs(argv, command === "gate" ? GATE_OPTIONS : SCAN_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const targets = reportTargets(listOption(parsed, "format"), listOption(parsed, "output"), io.cwd);
  const quiet = flag(parsed, "quiet");
  const only = idList(listOption(parsed, "rule"));
  const skip = idList(listOption(parsed, "skip-rule"));
  const explicitConfig = stringOption(parsed, "config");
  const maxFileSize = stringOption(parsed, "max-file-size");
  const maxFileBytes = maxFileSize === void 0 ? void 0 : parseByteSize(maxFileSize);
  const gate = command === "gate" ? await gateInputs(parsed.positionals, stringOption(parsed, "source"), stringOption(parsed, "root"), io.cwd, maxFileBytes) : void 0;
  const paths = gate ? [gate.source] : parsed.positionals.length ? parsed.positionals : ["."];
  const plans = gate ? [{ root: gate.root, paths }] : await planRoots(paths, stringOption(parsed, "root"), io.cwd);
  const gateOptions = gate ? { files: gate.files, choice: sourceChoice(gate.root, stringOption(parsed, "template"), stringOption(parsed, "project"), io.cwd) } : void 0;
  const variables = terraformVariables(parsed.ordered, io.cwd);
  let baseline;
  try {
    baseline = baselineRequest({ baseline: stringOption(parsed, "baseline"), write: stringOption(parsed, "write-baseline"), update: stringOption(parsed, "update-baseline") }, io.cwd);
  } catch (error) {
    throw error instanceof BaselineError ? new CliError(error.message) : error;
  }
  const baselineFile = baseline?.file;
  if (baseline && targets.some((t) => t.output === baselineFile)) {
    throw new CliError(`--output ${baseline.shownAs} is also the baseline file; give the report another file name`);
  }
  const runs = [];
  let failOn = stringOption(parsed, "fail-on");
  for (const plan of plans) {
    const config = await configFor(plan.root, explicitConfig, io.cwd);
    const shownAs = config ? explicitConfig ?? relative3(io.cwd, config.file) : void 0;
    failOn ??= config?.failOn;
    const ruleSettings = { rules: config?.rules ?? {}, only, skip };
    let outcome;
    try {
      outcome = await runScan({
        paths: plan.paths,
        root: plan.root,
        rulesDirs: [...listOption(parsed, "rules").map((d) => resolve7(io.cwd, d)), ...config?.customRules ?? []],
        reportUnknown: flag(parsed, "report-unknown"),
        ...gateOptions ? { gate: gateOptions } : {},
        ...maxFileBytes !== void 0 ? { maxFileBytes } : {},
        cwd: io.cwd,
        terraformVariables: variables,
        ruleSettings,
        include: config?.include ?? [],
        exclude: [...config?.exclude ?? [], ...listOption(parsed, "exclude")],
        suppress: {
          inline: !flag(parsed, "no-inline-suppressions") && (config?.inlineSuppressions ?? true),
          ignores: config?.ignore ?? [],
          ...config ? { configFile: relative3(plan.root, config.file).split(sep2).join("/") } : {}
        }
      });
    } catch (error) {
      if (error instanceof RuleSettingError) throw settingError(error, config, shownAs);
      throw error;
    }
    runs.push({ plan, outcome, config });
  }
  const filesScanned = runs.reduce((n, r) => n + r.outcome.filesScanned, 0);
  const skipped = runs.some((r) => r.outcome.diagnostics.some((d) => d.notScanned));
  if (filesScanned === 0 && !skipped && !quiet && !gate) {
    io.stderr.write(`driftless: no IaC files found in ${paths.join(", ")} (Terraform .tf/.tf.json/.tfvars, CloudFormation templates, Pulumi TypeScript projects)
`);
  }
  if (gate && !quiet) {
    for (const file of gate.files) {
      for (const c of file.changes) {
        if (c.nestedChangeSet) io.stderr.write(`driftless: ${file.file}: nested stack ${c.address} has its own change set (${c.nestedChangeSet}); its resources are not in this one: describe it (aws cloudformation describe-change-set --change-set-name ${c.nestedChangeSet} --output json) and gate it too
`);
      }
    }
  }
  if (gate && !quiet) {
    const unreadable = runs.flatMap((r) => r.outcome.diagnostics.filter((d) => d.severity === "error" && !gate.files.some((f) => f.file === d.file)));
    if (unreadable.length > 0) {
      const first = unreadable[0];
      io.stderr.write(`driftless: ${unreadable.length} problem${unreadable.length === 1 ? "" : "s"} reading the code the gate maps into (changes of resources there stay on the input), first ${first.file}:${first.range.start.line}:${first.range.start.column}: ${first.message}; driftless scan lists them all
`);
    }
  }
  const several = runs.length > 1;
  const reportRuns = runs.map(({ plan, outcome }) => {
    const prefix = several ? `${(relative3(io.cwd, plan.root) || ".").split(sep2).join("/")}/` : "";
    const provenance = provenanceOf(plan.root);
    return {
      root: plan.root,
      prefix,
      findings: outcome.findings,
      filesScanned: outcome.filesScanned,
      notifications: outcome.diagnostics.map((d) => ({
        level: d.severity === "error" ? "error" : "warning",
        message: `${d.file}: ${d.message}`,
        file: d.file,
        range: d.range,
        ...d.notScanned ? { notScanned: true, reason: d.message } : {}
      })),
      ...provenance ? { provenance } : {}
    };
  });
  let accepted = /* @__PURE__ */ new Set();
  if (baseline) {
    const request = baseline;
    const source = runs.find(({ plan, outcome }) => outcome.analysedFiles.has(relative3(plan.root, request.file).split(sep2).join("/")));
    if (source && request.mode !== "compare") {
      throw new CliError(`${request.mode === "write" ? "--write-baseline" : "--update-baseline"} ${request.shownAs} is a file this scan reads as infrastructure code; give the baseline another file name (such as .driftless-baseline.json)`);
    }
    const stage = await baselineStage(
      request,
      reportRuns.map((r, i) => ({ root: baselineRootKey(request.file, r.root), findings: r.findings, covers: runs[i].outcome.reports }))
    ).catch((error) => {
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
        await mkdir3(dirname5(target.output), { recursive: true });
        await writeFile3(target.output, text, "utf8");
      } catch (error) {
        throw new CliError(`cannot write ${target.output}: ${error.message}`);
      }
    }
  }
  const failing = reportRuns.flatMap((r) => r.findings.filter((f) => !f.suppression && !accepted.has(f)));
  const code = exitCodeFor(
    failing.map((f) => f.level),
    failOn ?? "error"
  );
  if (flag(parsed, "strict") && code === EXIT_OK && runs.some((r) => r.outcome.diagnostics.some((d) => d.notScanned))) return EXIT_FINDINGS;
  return code;
}
function parseByteSize(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!m) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (expected a size such as 10MB, 512KB or 1048576)`);
  const unit = (m[2] ?? "b").toLowerCase()[0];
  const bytes = Math.floor(Number(m[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1));
  if (bytes < 1) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (it must be at least 1 byte)`);
  if (bytes > 1024 ** 3) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (at most 1GB)`);
  return bytes;
}
async function gateInputs(inputs, sourceOption, rootOption, cwd, maxFileBytes) {
  if (inputs.length === 0) {
    throw new CliError("driftless gate needs at least one input: a Terraform plan (terraform show -json PLANFILE > plan.json), a CloudFormation change set or drift result (aws cloudformation describe-change-set / describe-stack-resource-drifts --output json), or a Pulumi preview (pulumi preview --json)");
  }
  const { GateInputError, readChangeFile } = await import("./gate-HUG5PSKE.js");
  const absolute = inputs.map((p) => resolve7(cwd, p));
  for (const [i, file] of absolute.entries()) {
    const info = await stat(file).catch(() => void 0);
    if (!info) throw new CliError(`gate input not found: ${inputs[i]}`);
    if (!info.isFile()) throw new CliError(`gate input is not a file: ${inputs[i]} (the gate reads plans, change sets and previews; to check the code in a folder, and the plans in it, run driftless scan ${inputs[i]})`);
    const limit = maxFileBytes ?? DEFAULT_GATE_INPUT_BYTES;
    if (info.size > limit) throw new CliError(`${inputs[i]}: the file is ${sizeOver(info.size, limit)}, over the ${formatBytes(limit)} limit; raise it with --max-file-size`);
  }
  const source = sourceOption !== void 0 ? resolve7(cwd, sourceOption) : repositoryRootOf(dirname5(absolute[0])) ?? findRepositoryRoot(cwd, cwd);
  const sourceInfo = await stat(source).catch(() => void 0);
  if (!sourceInfo?.isDirectory()) throw new CliError(`--source is not a directory: ${sourceOption ?? source}`);
  const root = rootOption !== void 0 ? resolve7(cwd, rootOption) : findRepositoryRoot(source, source);
  if (!isInside(root, source)) throw new CliError(`--source ${sourceOption ?? source} is outside --root ${rootOption}; give a --root that contains it`);
  const files = [];
  for (const [i, file] of absolute.entries()) {
    const repoPath = relative3(root, file).split(sep2).join("/");
    let bytes;
    try {
      bytes = await readFile2(file);
    } catch (error) {
      throw new CliError(`cannot read gate input ${inputs[i]}: ${error.message}`);
    }
    try {
      files.push(readChangeFile(repoPath, inputText(bytes)));
    } catch (error) {
      if (error instanceof GateInputError) throw new CliError(`${inputs[i]}:${error.range.start.line}:${error.range.start.column}: ${error.problem}`);
      throw error;
    }
  }
  return { root, source, files };
}
function inputText(bytes) {
  const wide = decodeMarkedWide(bytes);
  if (wide !== void 0) return wide;
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var DEFAULT_GATE_INPUT_BYTES = 256 * 1024 ** 2;
function sourceChoice(root, template, project, cwd) {
  const repoPath = (p) => relative3(root, resolve7(cwd, p)).split(sep2).join("/") || ".";
  const check = (option, value, folder) => {
    const info = statSync2(resolve7(cwd, value), { throwIfNoEntry: false });
    if (!info) throw new CliError(`${option} not found: ${value}`);
    if (folder !== info.isDirectory()) throw new CliError(`${option} ${value} is ${folder ? "not a folder: give the Terraform root module's or Pulumi project's folder" : "a folder: give the CloudFormation template file"}`);
    if (!isInside(root, resolve7(cwd, value))) throw new CliError(`${option} ${value} is outside the repository the gate maps into (${root}); give --source to map into another`);
  };
  const choice = {};
  if (template !== void 0) {
    check("--template", template, false);
    choice.template = repoPath(template);
  }
  if (project !== void 0) {
    check("--project", project, true);
    choice.project = repoPath(project);
  }
  return choice;
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
  const { loadRules, BUILTIN_RULES_DIR } = await import("./engine-6A4PHZGY.js");
  const rulesDir = parsed.positionals[0] ? path.resolve(io.cwd, parsed.positionals[0]) : void 0;
  const fixturesOption = stringOption(parsed, "fixtures");
  const fixturesDir = fixturesOption ? path.resolve(io.cwd, fixturesOption) : rulesDir ? path.join(rulesDir, "fixtures") : path.resolve(BUILTIN_RULES_DIR, "../fixtures/rules");
  if (!existsSync4(fixturesDir)) throw new CliError(`fixtures directory not found: ${fixturesDir} (give one with --fixtures DIR)`);
  const rules = rulesDir ? await loadRules({ builtIn: false, extraDirs: [rulesDir] }) : await loadRules();
  const { runRuleTests } = await import("./rule-tests-5T2PUB4F.js");
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
  gate: gateCommand,
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
