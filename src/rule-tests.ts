import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { classify, kindRule } from "./discover/classify.js";
import { readSource } from "./discover/read.js";
import { compareExpectations, inlineExpectations, sidecarExpectations, type Expectation } from "./engine/expectations.js";
import { evaluate } from "./engine/evaluate.js";
import type { Rule } from "./engine/rule.js";
import type { Finding } from "./model/finding.js";
import type { Diagnostic } from "./model/resource.js";
import { scanFile, scanSafely } from "./scanners/index.js";

/**
 * Rule tests as users write them (like `conftest verify` / `cfn-guard test`): each rule ID has a
 * folder of fixtures under the fixtures directory; every fixture states its expected findings
 * inline (`# expect: ID` above the line) or in a `<file>.expect` sidecar. A fixture passes when
 * the rule produces exactly those findings and the file parses cleanly.
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
    for (const file of await fixtureFiles(dir)) outcomes.push(await runFixture(rule, fixturesDir, file));
  }
  return { outcomes, untested };
}

/** IaC files of a rule's fixture folder; sub-folders hold whole projects (a Pulumi.yaml and its package.json). */
async function fixtureFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await fixtureFiles(full)));
    else if (kindRule(entry.name) !== null && !entry.name.endsWith(".expect")) files.push(full);
  }
  return files;
}

async function runFixture(rule: Rule, fixturesDir: string, file: string): Promise<FixtureOutcome> {
  const fixture = path.relative(fixturesDir, file).split(path.sep).join("/");
  const base = { ruleId: rule.id, fixture, findings: [] as Finding[], missing: [] as Expectation[], unexpected: [] as Finding[] };
  const read = await readSource(file, fixture);
  if (read.diagnostic) return { ...base, expected: [], diagnostics: [read.diagnostic], passed: false };
  const sidecar = `${file}.expect`;
  const expected = [...inlineExpectations(read.file.text), ...(existsSync(sidecar) ? sidecarExpectations(await readFile(sidecar, "utf8")) : [])].filter(
    (e) => e.ruleId === rule.id,
  );
  // Kinds decided by content (a `.yaml` CloudFormation template) are classified on the text.
  const kind = classify(file, read.file.text);
  if (kind === null) {
    const diagnostic: Diagnostic = {
      file: fixture,
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      severity: "error",
      message: "fixture is not recognised as an IaC file (for CloudFormation: no AWSTemplateFormatVersion and no Resources with an AWS:: Type)",
    };
    return { ...base, expected, diagnostics: [diagnostic], passed: false };
  }
  const scanned = await scanSafely(scanFile, kind, read.file);
  const findings = evaluate(scanned.resources, [rule]);
  const { missing, unexpected } = compareExpectations(expected, findings);
  const passed = missing.length === 0 && unexpected.length === 0 && scanned.diagnostics.length === 0;
  return { ...base, expected, findings, missing, unexpected, diagnostics: scanned.diagnostics, passed };
}
