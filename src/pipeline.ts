import { discover, readSource, type DiscoveredFile } from "./discover/index.js";
import type { Rule } from "./engine/rule.js";
import type { Finding } from "./model/finding.js";
import type { Diagnostic, Resource, ScanResult } from "./model/resource.js";
import type { SourceFile } from "./scanners/source.js";
import { scanFile, scanSafely } from "./scanners/index.js";
import { diagnosticFinding, evaluate, loadRules } from "./engine/index.js";

export interface ScanOptions {
  /** Files or directories (default: the current directory). */
  paths: string[];
  /** Repository root: finding paths are relative to it. */
  root: string;
  /** Extra rule directories (`--rules DIR`). */
  rulesDirs?: string[];
  /** Report findings that hinge on unknown values, at level note. */
  reportUnknown?: boolean;
  /** Directory that relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
}

export interface ScanOutcome {
  /** Sorted by file, line, column, rule. */
  findings: Finding[];
  filesScanned: number;
  /** The rules that ran (enabled ones), in pack order. */
  rules: Rule[];
  /** Every non-rule problem (parse errors, unreadable files); each is also an IAC-000 finding. */
  diagnostics: Diagnostic[];
}

/** The engine and scanner entry points; replaceable in tests. */
export interface PipelineDeps {
  loadRules(options?: { extraDirs?: string[] }): Promise<Rule[]>;
  evaluate(resources: Resource[], rules: Rule[], options?: { reportUnknown?: boolean }): Finding[];
  diagnosticFinding(diagnostic: Diagnostic): Finding;
  scanFile(kind: DiscoveredFile["kind"], file: SourceFile): Promise<ScanResult>;
}

/** Every run needs the engine and the dispatcher; the scanners themselves load lazily. */
const DEFAULT_DEPS: PipelineDeps = { loadRules, evaluate, diagnosticFinding, scanFile };

export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.file, b.file) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message) ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** discover → read → scan → evaluate; never stops on one file's problem. */
export async function runScan(options: ScanOptions, deps?: PipelineDeps): Promise<ScanOutcome> {
  const d = deps ?? DEFAULT_DEPS;
  // Rules first: a broken rule file is a configuration error before any work is done.
  const allRules = await d.loadRules(options.rulesDirs?.length ? { extraDirs: options.rulesDirs } : undefined);
  const rules = allRules.filter((rule) => rule.enabled);

  const discovered = await discover(options.paths, { root: options.root, ...(options.cwd ? { cwd: options.cwd } : {}) });
  const diagnostics: Diagnostic[] = [...discovered.diagnostics];
  const resources: Resource[] = [];

  for (const entry of discovered.files) {
    // Content-sniffed kinds were read by discovery; the others are read here, one at a time.
    const read = entry.content ?? (await readSource(entry.absolutePath, entry.path));
    delete entry.content;
    if (read.diagnostic) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const result = await scanSafely(d.scanFile, entry.kind, read.file);
    resources.push(...result.resources);
    diagnostics.push(...result.diagnostics);
  }

  const findings = d.evaluate(resources, rules, { reportUnknown: options.reportUnknown ?? false });
  for (const diagnostic of diagnostics) findings.push(d.diagnosticFinding(diagnostic));
  findings.sort(compareFindings);

  return { findings, filesScanned: discovered.files.length, rules, diagnostics };
}
