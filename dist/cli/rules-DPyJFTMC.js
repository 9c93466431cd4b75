import { createRequire } from 'node:module';
import { o as parseArgs, q as flag, H as HELP, t as EXIT_OK, C as CliError, a8 as listOption, a9 as ruleDocPath, J as EXIT_USAGE } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require$1 = createRequire(import.meta.url);
var RULES_OPTIONS = {
  help: { value: false },
  rules: { value: true, repeatable: true }
};
async function loadPack(dirs) {
  const { loadRules } = await import('./engine-CVe__0Rg.js');
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
  const rules = await loadPack(listOption(parsed, "rules").map((d) => resolve(io.cwd, d)));
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
var BUILTIN_DIR = fileURLToPath(new URL("../../rules", import.meta.url));
function isBuiltIn(rule) {
  return resolve(dirname(rule.sourceFile)) === resolve(BUILTIN_DIR);
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
  const rules = await loadPack(listOption(parsed, "rules").map((d) => resolve(io.cwd, d)));
  const rule = rules.find((r) => r.id.toUpperCase() === id.toUpperCase());
  if (!rule) {
    io.stderr.write(`driftless: unknown rule ${id} (see driftless rules)
`);
    return EXIT_USAGE;
  }
  io.stdout.write(explainText(rule));
  return EXIT_OK;
}

export { explainCommand, explainText, rulesCommand, table };
