import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ruleDocPath } from "../docs/rules-doc.js";
import type { Rule } from "../engine/rule.js";
import { listOption, parseArgs, flag, type OptionSpec } from "./args.js";
import { HELP } from "./help.js";
import { CliError, EXIT_OK, EXIT_USAGE, type Io } from "./io.js";

const RULES_OPTIONS: Record<string, OptionSpec> = {
  help: { value: false },
  rules: { value: true, repeatable: true },
};

async function loadPack(dirs: string[]): Promise<Rule[]> {
  const { loadRules } = await import("../engine/index.js");
  return loadRules(dirs.length ? { extraDirs: dirs } : undefined);
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function table(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? "").length)));
  return all
    .map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join("  ").trimEnd())
    .join("\n");
}

export async function rulesCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, RULES_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new CliError(`unexpected argument ${parsed.positionals[0]} (see driftless --help)`);
  const rules = await loadPack(listOption(parsed, "rules").map((d) => resolve(io.cwd, d)));
  const rows = [...rules]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((r) => [r.id, r.level, r.enabled ? "yes" : "no", r.formats.join(","), r.title]);
  io.stdout.write(`${table(["ID", "LEVEL", "ENABLED", "FORMATS", "TITLE"], rows)}\n`);
  return EXIT_OK;
}

export function explainText(rule: Rule): string {
  const lines = [
    `${rule.id}: ${rule.title}`,
    "",
    `Level: ${rule.level}   Security severity: ${rule.securitySeverity}   Precision: ${rule.precision}`,
    `Formats: ${rule.formats.join(", ")}   Enabled by default: ${rule.enabled ? "yes" : "no"}`,
    `Tags: ${rule.tags.join(", ")}`,
    "",
    rule.description.trim(),
  ];
  if (rule.remediation.trim()) lines.push("", "Remediation:", rule.remediation.trim());
  const params = Object.entries((rule as { params?: Record<string, { description?: string; default?: unknown }> }).params ?? {});
  if (params.length) {
    lines.push("", "Parameters (override them in configuration):");
    for (const [name, p] of params) lines.push(`  ${name}: ${p.description ?? ""}`.trimEnd(), `    default: ${JSON.stringify(p.default)}`);
  }
  for (const format of ["terraform", "cloudformation", "pulumi"] as const) {
    const example = rule.examples[format];
    if (!example?.trim()) continue;
    lines.push("", `Example (${format}):`, ...example.trimEnd().split("\n").map((l) => (l.trim() ? `    ${l}` : "")));
  }
  if (rule.references.length) lines.push("", "References:", ...rule.references.map((r) => `  - ${r}`));
  if (rule.helpUri) lines.push("", `More: ${rule.helpUri}`);
  else if (isBuiltIn(rule)) lines.push("", `More: ${ruleDocPath(rule.id)} in the driftless repository`);
  return `${lines.join("\n")}\n`;
}

/** The pack's own rules folder (src/cli and dist/cli both sit two folders below the package root). */
const BUILTIN_DIR = fileURLToPath(new URL("../../rules", import.meta.url));

function isBuiltIn(rule: Rule): boolean {
  return resolve(dirname(rule.sourceFile)) === resolve(BUILTIN_DIR);
}

export async function explainCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, RULES_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const [id, extra] = parsed.positionals;
  if (!id) throw new CliError("explain needs a rule ID, e.g. driftless explain PIN-005");
  if (extra !== undefined) throw new CliError(`unexpected argument ${extra} (see driftless --help)`);
  const rules = await loadPack(listOption(parsed, "rules").map((d) => resolve(io.cwd, d)));
  const rule = rules.find((r) => r.id.toUpperCase() === id.toUpperCase());
  if (!rule) {
    io.stderr.write(`driftless: unknown rule ${id} (see driftless rules)\n`);
    return EXIT_USAGE;
  }
  io.stdout.write(explainText(rule));
  return EXIT_OK;
}
