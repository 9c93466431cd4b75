import { existsSync } from "node:fs";
import path from "node:path";
import { flag, parseArgs, stringOption, type OptionSpec } from "./args.js";
import { HELP } from "./help.js";
import { CliError, EXIT_FINDINGS, EXIT_OK, type Io } from "./io.js";

const OPTIONS: Record<string, OptionSpec> = {
  help: { value: false },
  fixtures: { value: true },
};

/**
 * `driftless test-rules [RULES_DIR] [--fixtures DIR]`: runs each rule on its fixtures
 * (`<fixtures>/<RULE-ID>/*`) and compares with the expectations written in them. Without
 * RULES_DIR it tests the built-in pack against the repository's `fixtures/rules`.
 */
export async function testRulesCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  if (parsed.positionals.length > 1) throw new CliError(`unexpected argument ${parsed.positionals[1]} (see driftless --help)`);
  const { loadRules, BUILTIN_RULES_DIR } = await import("../engine/index.js");
  const rulesDir = parsed.positionals[0] ? path.resolve(io.cwd, parsed.positionals[0]) : undefined;
  const fixturesOption = stringOption(parsed, "fixtures");
  const fixturesDir = fixturesOption
    ? path.resolve(io.cwd, fixturesOption)
    : rulesDir
      ? path.join(rulesDir, "fixtures")
      : path.resolve(BUILTIN_RULES_DIR, "../fixtures/rules");
  if (!existsSync(fixturesDir)) throw new CliError(`fixtures directory not found: ${fixturesDir} (give one with --fixtures DIR)`);
  const rules = rulesDir ? await loadRules({ builtIn: false, extraDirs: [rulesDir] }) : await loadRules();
  const { runRuleTests } = await import("../rule-tests.js");
  const report = await runRuleTests(rules, fixturesDir);

  let failed = 0;
  for (const outcome of report.outcomes) {
    if (outcome.passed) {
      io.stdout.write(`PASS  ${outcome.fixture}  (${outcome.findings.length} finding${outcome.findings.length === 1 ? "" : "s"})\n`);
      continue;
    }
    failed++;
    io.stdout.write(`FAIL  ${outcome.fixture}\n`);
    for (const d of outcome.diagnostics) io.stdout.write(`      could not read: line ${d.range.start.line}:${d.range.start.column} ${d.message}\n`);
    for (const m of outcome.missing) io.stdout.write(`      missing     ${m.ruleId} at ${m.file ? `${m.file} ` : ""}line ${m.line}\n`);
    for (const f of outcome.unexpected) io.stdout.write(`      unexpected  ${f.ruleId} at ${f.file === outcome.fixture ? "" : `${f.file} `}line ${f.range.start.line}:${f.range.start.column}  ${f.message}\n`);
  }
  for (const id of report.untested) io.stdout.write(`NOTE  ${id} has no fixtures (add ${path.join(fixturesDir, id)}/)\n`);
  io.stdout.write(`${report.outcomes.length - failed} passed, ${failed} failed\n`);
  return failed > 0 ? EXIT_FINDINGS : EXIT_OK;
}
