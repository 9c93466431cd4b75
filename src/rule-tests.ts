import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { classify, kindRule } from "./discover/classify.js";
import { discover } from "./discover/discover.js";
import { createReader } from "./discover/reader.js";
import { formUnits, type Unit } from "./discover/units.js";
import { compareExpectations, inlineExpectations, sidecarExpectations, type Expectation } from "./engine/expectations.js";
import { PARSE_RULE_ID } from "./engine/diagnostics.js";
import type { Rule } from "./engine/rule.js";
import type { Finding } from "./model/finding.js";
import type { Diagnostic } from "./model/resource.js";
import { analyse } from "./pipeline.js";

/**
 * Rule tests as users write them (like `conftest verify` / `cfn-guard test`): each rule ID has a
 * folder of fixtures under the fixtures directory; every fixture states its expected findings
 * inline (`# expect: ID` above the line) or in a `<file>.expect` sidecar. A fixture is a file
 * (scanned on its own: fixtures sharing a folder share no variables) or a folder (scanned as a
 * repository: a Terraform configuration with its local modules, a Pulumi project). It passes when
 * the rule produces exactly the expected findings (file, rule and line) and every file parses
 * cleanly. Fixtures go through the same pipeline stages as `driftless scan`.
 */
export interface FixtureOutcome {
  ruleId: string;
  /** Fixture path relative to the fixtures directory, forward slashes. */
  fixture: string;
  expected: Expectation[];
  findings: Finding[];
  missing: Expectation[];
  unexpected: Finding[];
  diagnostics: Diagnostic[];
  passed: boolean;
}

export interface RuleTestReport {
  outcomes: FixtureOutcome[];
  /** Rules of the set without any fixture folder. */
  untested: string[];
}

export async function runRuleTests(rules: readonly Rule[], fixturesDir: string): Promise<RuleTestReport> {
  const outcomes: FixtureOutcome[] = [];
  const untested: string[] = [];
  for (const rule of rules) {
    const dir = path.join(fixturesDir, rule.id);
    if (!existsSync(dir)) {
      if (rule.checks.length > 0) untested.push(rule.id);
      continue;
    }
    const under = { ruleId: rule.id, run: [rule], compares: (id: string) => id === rule.id };
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) outcomes.push(await runFolderFixture(under, fixturesDir, full));
      else if (isFixtureFile(entry.name)) outcomes.push(await runFileFixture(under, fixturesDir, full));
    }
  }
  return { outcomes, untested };
}

/**
 * The whole pack over every rule's fixtures: a finding of any rule of `pack` (normally the
 * enabled rules) must be expected in the fixture, and every expectation of a rule of the pack
 * must be met. Keeps rules from firing where nobody looked: a fixture written for one rule is a
 * near miss or a hit for the others too. One outcome per fixture, named by the rule it belongs to.
 */
export async function runPackOverFixtures(pack: Rule[], fixturesDir: string): Promise<FixtureOutcome[]> {
  const ids = new Set(pack.map((r) => r.id));
  const outcomes: FixtureOutcome[] = [];
  for (const folder of readdirSync(fixturesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const under = { ruleId: folder, run: pack, compares: (id: string) => ids.has(id) };
    const dir = path.join(fixturesDir, folder);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) outcomes.push(await runFolderFixture(under, fixturesDir, full));
      else if (isFixtureFile(entry.name)) outcomes.push(await runFileFixture(under, fixturesDir, full));
    }
  }
  return outcomes;
}

/** What a fixture run is about: the rule it is filed under, the rules it runs, the rule IDs whose findings it compares. */
interface UnderTest {
  ruleId: string;
  run: Rule[];
  compares: (ruleId: string) => boolean;
}

/** IaC files that are fixtures by themselves (a variable file alone has nothing to evaluate). */
function isFixtureFile(name: string): boolean {
  const kind = kindRule(name)?.kind;
  return kind !== undefined && kind !== "tfvars" && kind !== "pulumi-project" && !name.endsWith(".expect");
}

/**
 * The expectations written in a fixture file and its sidecar. In a folder fixture (`file` is the
 * repository path) they are tied to that file; a sidecar line naming another file of the folder
 * is tied to that one.
 */
function expectationsOf(absolutePath: string, text: string, compares: (ruleId: string) => boolean, file?: string): Expectation[] {
  const sidecar = `${absolutePath}.expect`;
  const folder = file === undefined ? undefined : path.posix.dirname(file);
  const inline = inlineExpectations(text).map((e) => (file === undefined ? e : { ...e, file }));
  const side = (existsSync(sidecar) ? sidecarExpectations(readFileSync(sidecar, "utf8")) : []).map((e) =>
    file === undefined ? e : { ...e, file: e.file === undefined ? file : path.posix.join(folder!, e.file) },
  );
  return [...inline, ...side].filter((e) => compares(e.ruleId));
}

async function runFileFixture(under: UnderTest, fixturesDir: string, file: string): Promise<FixtureOutcome> {
  const reader = createReader(fixturesDir);
  const fixture = reader.repoPath(file);
  const base = { ruleId: under.ruleId, fixture, findings: [] as Finding[], missing: [] as Expectation[], unexpected: [] as Finding[] };
  const read = reader.read(file);
  if (read.diagnostic) return { ...base, expected: [], diagnostics: [read.diagnostic], passed: false };
  const expected = expectationsOf(file, read.file.text, under.compares);
  // Kinds decided by content (a `.yaml` CloudFormation template) are classified on the text.
  const kind = classify(file, read.file.text);
  const unitFile = { path: fixture, absolutePath: file };
  const unit: Unit | undefined =
    kind === "terraform" || kind === "terraform-json"
      ? { kind: "terraform", dir: path.posix.dirname(fixture), absoluteDir: path.dirname(file), files: [unitFile], varFiles: [] }
      : kind === "cloudformation"
        ? { kind: "cloudformation", file: unitFile }
        : kind === "pulumi"
          ? { kind: "pulumi", dir: path.posix.dirname(fixture), absoluteDir: path.dirname(file), files: [unitFile] }
          : undefined;
  if (!unit) {
    const diagnostic: Diagnostic = {
      file: fixture,
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      severity: "error",
      message: "fixture is not recognised as an IaC file (for CloudFormation: no AWSTemplateFormatVersion and no Resources with an AWS:: Type)",
    };
    return { ...base, expected, diagnostics: [diagnostic], passed: false };
  }
  return outcome(base, expected, await analyse([unit], reader, under.run), under.compares);
}

async function runFolderFixture(under: UnderTest, fixturesDir: string, folder: string): Promise<FixtureOutcome> {
  const reader = createReader(fixturesDir);
  const fixture = reader.repoPath(folder);
  const base = { ruleId: under.ruleId, fixture, findings: [] as Finding[], missing: [] as Expectation[], unexpected: [] as Finding[] };
  const discovered = await discover([folder], { reader });
  const plan = formUnits(discovered.files, reader);
  const expected: Expectation[] = [];
  for (const absolutePath of filesUnder(folder)) {
    if (absolutePath.endsWith(".expect")) continue;
    const text = kindRule(absolutePath) ? (reader.read(absolutePath).file?.text ?? "") : "";
    expected.push(...expectationsOf(absolutePath, text, under.compares, reader.repoPath(absolutePath)));
  }
  const analysed = await analyse(plan.units, reader, under.run);
  return outcome(base, expected, { findings: analysed.findings, diagnostics: [...discovered.diagnostics, ...analysed.diagnostics] }, under.compares);
}

/** Every file below a folder (absolute paths, sorted). */
function filesUnder(folder: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}

function outcome(
  base: Pick<FixtureOutcome, "ruleId" | "fixture">,
  expected: Expectation[],
  analysed: { findings: Finding[]; diagnostics: Diagnostic[] },
  compares: (ruleId: string) => boolean,
): FixtureOutcome {
  // Parse problems are diagnostics here, not findings to compare.
  const findings = analysed.findings.filter((f) => compares(f.ruleId) && f.ruleId !== PARSE_RULE_ID);
  const diagnostics = analysed.diagnostics;
  const { missing, unexpected } = compareExpectations(expected, findings);
  const passed = missing.length === 0 && unexpected.length === 0 && diagnostics.length === 0;
  return { ...base, expected, findings, missing, unexpected, diagnostics, passed };
}
