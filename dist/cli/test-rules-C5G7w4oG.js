import { createRequire } from 'node:module';
import { o as parseArgs, q as flag, H as HELP, t as EXIT_OK, C as CliError, w as stringOption, ah as EXIT_FINDINGS } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';
import { existsSync } from 'node:fs';
import path from 'node:path';

const require$1 = createRequire(import.meta.url);
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
  const { loadRules, BUILTIN_RULES_DIR } = await import('./engine-CVe__0Rg.js');
  const rulesDir = parsed.positionals[0] ? path.resolve(io.cwd, parsed.positionals[0]) : void 0;
  const fixturesOption = stringOption(parsed, "fixtures");
  const fixturesDir = fixturesOption ? path.resolve(io.cwd, fixturesOption) : rulesDir ? path.join(rulesDir, "fixtures") : path.resolve(BUILTIN_RULES_DIR, "../fixtures/rules");
  if (!existsSync(fixturesDir)) throw new CliError(`fixtures directory not found: ${fixturesDir} (give one with --fixtures DIR)`);
  const rules = rulesDir ? await loadRules({ builtIn: false, extraDirs: [rulesDir] }) : await loadRules();
  const { runRuleTests } = await import('./rule-tests-DQ03pifs.js');
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

export { testRulesCommand };
