import { createRequire } from 'node:module';
import { a3 as kindRule, a4 as createReader, a5 as classify, Q as analyse, a6 as discover, a7 as formUnits, P as PARSE_RULE_ID } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const require$1 = createRequire(import.meta.url);

// src/engine/expectations.ts
var MARKER = /^\s*(?:#|\/\/)\s*expect:\s*([A-Z][A-Z0-9]*-\d{3,}(?:\s*,\s*[A-Z][A-Z0-9]*-\d{3,})*)\s*$/;
var COMMENT_ONLY = /^\s*(?:#|\/\/)/;
function inlineExpectations(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const expectations = [];
  let pending = [];
  lines.forEach((line, index) => {
    const marker = MARKER.exec(line);
    if (marker) {
      pending.push(...marker[1].split(",").map((id) => id.trim()));
      return;
    }
    if (pending.length === 0 || line.trim() === "" || COMMENT_ONLY.test(line)) return;
    for (const ruleId of pending) expectations.push({ ruleId, line: index + 1 });
    pending = [];
  });
  return expectations;
}
function sidecarExpectations(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "" && !line.startsWith("#")).map((line) => {
    const match = /^([A-Z][A-Z0-9]*-\d{3,})\s+(?:(\S+):)?(\d+)$/.exec(line);
    if (!match) throw new Error(`bad expectation line "${line}": write "RULE-ID LINE" or "RULE-ID FILE:LINE"`);
    const expectation = { ruleId: match[1], line: Number(match[3]) };
    if (match[2] !== void 0) expectation.file = match[2];
    return expectation;
  });
}
function compareExpectations(expected, findings) {
  const remaining = [...expected];
  const unexpected = [];
  for (const finding of findings) {
    const index = remaining.findIndex((e) => e.ruleId === finding.ruleId && e.line === finding.range.start.line && (e.file === void 0 || e.file === finding.file));
    if (index >= 0) remaining.splice(index, 1);
    else unexpected.push(finding);
  }
  return { missing: remaining, unexpected };
}

// src/rule-tests.ts
async function runRuleTests(rules, fixturesDir) {
  const outcomes = [];
  const untested = [];
  for (const rule of rules) {
    const dir = path.join(fixturesDir, rule.id);
    if (!existsSync(dir)) {
      if (rule.checks.length > 0) untested.push(rule.id);
      continue;
    }
    const under = { ruleId: rule.id, run: [rule], compares: (id) => id === rule.id };
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) outcomes.push(await runFolderFixture(under, fixturesDir, full));
      else if (isFixtureFile(entry.name)) outcomes.push(await runFileFixture(under, fixturesDir, full));
    }
  }
  return { outcomes, untested };
}
async function runPackOverFixtures(pack, fixturesDir) {
  const ids = new Set(pack.map((r) => r.id));
  const outcomes = [];
  for (const folder of readdirSync(fixturesDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
    const under = { ruleId: folder, run: pack, compares: (id) => ids.has(id) };
    const dir = path.join(fixturesDir, folder);
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) outcomes.push(await runFolderFixture(under, fixturesDir, full));
      else if (isFixtureFile(entry.name)) outcomes.push(await runFileFixture(under, fixturesDir, full));
    }
  }
  return outcomes;
}
function isFixtureFile(name) {
  const kind = kindRule(name)?.kind;
  return kind !== void 0 && kind !== "tfvars" && kind !== "pulumi-project" && !name.endsWith(".expect");
}
function expectationsOf(absolutePath, text, compares, file) {
  const sidecar = `${absolutePath}.expect`;
  const folder = file === void 0 ? void 0 : path.posix.dirname(file);
  const inline = inlineExpectations(text).map((e) => file === void 0 ? e : { ...e, file });
  const side = (existsSync(sidecar) ? sidecarExpectations(readFileSync(sidecar, "utf8")) : []).map(
    (e) => file === void 0 ? e : { ...e, file: e.file === void 0 ? file : path.posix.join(folder, e.file) }
  );
  return [...inline, ...side].filter((e) => compares(e.ruleId));
}
async function runFileFixture(under, fixturesDir, file) {
  const reader = createReader(fixturesDir);
  const fixture = reader.repoPath(file);
  const base = { ruleId: under.ruleId, fixture, findings: [], missing: [], unexpected: [] };
  const read = reader.read(file);
  if (read.diagnostic) return { ...base, expected: [], diagnostics: [read.diagnostic], passed: false };
  const expected = expectationsOf(file, read.file.text, under.compares);
  const kind = classify(file, read.file.text);
  const unitFile = { path: fixture, absolutePath: file };
  const unit = kind === "terraform" || kind === "terraform-json" ? { kind: "terraform", dir: path.posix.dirname(fixture), absoluteDir: path.dirname(file), files: [unitFile], varFiles: [] } : kind === "cloudformation" ? { kind: "cloudformation", file: unitFile } : kind === "pulumi" ? { kind: "pulumi", dir: path.posix.dirname(fixture), absoluteDir: path.dirname(file), files: [unitFile] } : void 0;
  if (!unit) {
    const diagnostic = {
      file: fixture,
      range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } },
      severity: "error",
      message: "fixture is not recognised as an IaC file (for CloudFormation: no AWSTemplateFormatVersion and no Resources with an AWS:: Type)"
    };
    return { ...base, expected, diagnostics: [diagnostic], passed: false };
  }
  return outcome(base, expected, await analyse([unit], reader, under.run), under.compares);
}
async function runFolderFixture(under, fixturesDir, folder) {
  const reader = createReader(fixturesDir);
  const fixture = reader.repoPath(folder);
  const base = { ruleId: under.ruleId, fixture, findings: [], missing: [], unexpected: [] };
  const discovered = await discover([folder], { reader });
  const plan = formUnits(discovered.files, reader);
  const expected = [];
  for (const absolutePath of filesUnder(folder)) {
    if (absolutePath.endsWith(".expect")) continue;
    const text = kindRule(absolutePath) ? reader.read(absolutePath).file?.text ?? "" : "";
    expected.push(...expectationsOf(absolutePath, text, under.compares, reader.repoPath(absolutePath)));
  }
  const analysed = await analyse(plan.units, reader, under.run);
  return outcome(base, expected, { findings: analysed.findings, diagnostics: [...discovered.diagnostics, ...analysed.diagnostics] }, under.compares);
}
function filesUnder(folder) {
  const out = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else if (entry.isFile()) out.push(full);
  }
  return out.sort();
}
function outcome(base, expected, analysed, compares) {
  const findings = analysed.findings.filter((f) => compares(f.ruleId) && f.ruleId !== PARSE_RULE_ID);
  const diagnostics = analysed.diagnostics;
  const { missing, unexpected } = compareExpectations(expected, findings);
  const passed = missing.length === 0 && unexpected.length === 0 && diagnostics.length === 0;
  return { ...base, expected, findings, missing, unexpected, diagnostics, passed };
}

export { runPackOverFixtures, runRuleTests };
