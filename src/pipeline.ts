import { discover } from "./discover/index.js";
import { range } from "./model/position.js";
import { createReader, type Reader } from "./discover/reader.js";
import { formUnits, isAutoVarFile, unitPaths, type GroupOptions, type Unit } from "./discover/units.js";
import type { Rule } from "./engine/rule.js";
import type { Finding } from "./model/finding.js";
import { GATE_KINDS, type Diagnostic, type Resource, type ScanResult } from "./model/resource.js";
import type { RecordNeeds, ScanOptions as ScannerOptions, TerraformVariableInput } from "./scanners/source.js";
import { scanUnits } from "./scanners/index.js";
import { deriveFacts, FACT_SOURCES } from "./facts/index.js";
import { diagnosticFinding, evaluate, Evaluation, loadRules } from "./engine/index.js";
import { configureRules, type RuleSettings } from "./engine/configure.js";
import { applySuppressions, SUPPRESSION_RULE_ID } from "./suppress/apply.js";
import type { InlineSuppression } from "./suppress/inline.js";
import { MARKER } from "./suppress/marker.js";
import { isValueMap } from "./model/value.js";
import type { IgnoreEntry } from "./suppress/ignore.js";
import type { ChangeFile, SourceChoice } from "./gate/index.js";
import { todayUtc } from "./suppress/ignore.js";
import { statSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";

export interface ScanOptions {
  /** Files or directories (default: the current directory). */
  paths: string[];
  /** Repository root: finding paths are relative to it, and scanned files may not read outside it. */
  root: string;
  /** Extra rule directories (`--rules DIR`). */
  rulesDirs?: string[];
  /** Report findings that hinge on unknown values, at level note. */
  reportUnknown?: boolean;
  /** Directory that relative paths are resolved against (default: process.cwd()). */
  cwd?: string;
  /** Files larger than this many bytes are refused unread (`--max-file-size`; default 5 MB). */
  maxFileBytes?: number;
  /** `--var` and `--var-file`, in command-line order. */
  terraformVariables?: TerraformVariableInput[];
  /** How files group into units (rule fixtures: each file on its own). */
  grouping?: GroupOptions;
  /** Which rules run, at what level, with which parameters (configuration, --rule, --skip-rule). */
  ruleSettings?: RuleSettings;
  /** Repository-path globs: only files matching `include` (when given) and none matching `exclude` are scanned. */
  include?: string[];
  exclude?: string[];
  /** `driftless gate`: evaluate these inputs only, mapped into the scanned code. */
  gate?: GateOptions;
  /** The suppression stage; absent: nothing is suppressed and nothing reported about suppressions. */
  suppress?: {
    /** Honour driftless:ignore comments and CloudFormation Metadata. */
    inline: boolean;
    /** `ignore:` entries and the repository path of the configuration file holding them. */
    ignores: IgnoreEntry[];
    configFile?: string;
    /** YYYY-MM-DD (default: today, UTC). */
    today?: string;
  };
}

export interface ScanOutcome {
  /** Sorted by file, line, column, rule. */
  findings: Finding[];
  /** Files analysed: every file of every unit (a named file brings in its unit), less those not analysed at all. */
  filesScanned: number;
  /** Repository paths of those files. */
  analysedFiles: Set<string>;
  /**
   * Repository paths of the files whose findings this scan reports: with files named on the
   * command line, their scope (a finding elsewhere is reported only when a named file causes
   * it), else every analysed file.
   */
  reportedFiles: Set<string>;
  /**
   * True when this scan reports the findings of `file` (a repository path), also one that no
   * longer exists: one of `reportedFiles`, or, when no file was named, any file under a scanned
   * folder that include and exclude do not leave out. A baseline updates the entries of these
   * files only.
   */
  reports(file: string): boolean;
  /** The rules that ran (enabled ones), in pack order. */
  rules: Rule[];
  /** Every rule of the pack with this scan's settings (disabled ones included). */
  pack: Rule[];
  /** Every non-rule problem (parse errors, unreadable files); each is also an IAC-000 finding. */
  diagnostics: Diagnostic[];
}

/** The engine and scanner entry points; replaceable in tests. */
export interface PipelineDeps {
  loadRules(options?: { extraDirs?: string[] }): Promise<Rule[]>;
  evaluate(resources: Resource[], rules: Rule[], options?: { reportUnknown?: boolean }): Finding[];
  diagnosticFinding(diagnostic: Diagnostic): Finding;
  scanUnits(units: readonly Unit[], reader: Reader, options?: ScannerOptions): Promise<ScanResult>;
  /**
   * Evaluation a unit at a time, as the scanners hand records over (see `Evaluation`): records
   * are dropped once evaluated, so a large scan holds the findings, not every record. Without
   * it, all records are scanned, then evaluated at once.
   */
  evaluation?(rules: Rule[], options: { reportUnknown: boolean }): UnitEvaluation;
}

/** The engine's evaluation a unit at a time (see `Evaluation`); `reads`: which records its rules read (omitted: all). */
export interface UnitEvaluation {
  add(resources: readonly Resource[]): void;
  finish(): Finding[];
  readonly reads?: RecordNeeds["reads"];
}

/** Every run needs the engine and the dispatcher; the scanners themselves load lazily. */
const DEFAULT_DEPS: PipelineDeps = { loadRules, evaluate, diagnosticFinding, scanUnits, evaluation: (rules, options) => new Evaluation(rules, options) };

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

export interface AnalyseOptions extends ScannerOptions {
  reportUnknown?: boolean;
  /** The change gate's inputs and choices (see `GateOptions`). */
  gate?: GateOptions;
}

/**
 * `driftless gate`: the inputs named on the command line (already read and checked), which
 * template or project their addresses belong to, and that only they are evaluated (the scanned
 * code is where their findings are mapped to, not itself checked). Without it, a scan evaluates
 * the plans, change sets and previews it finds beside the code.
 */
export interface GateOptions {
  files: ChangeFile[];
  choice: SourceChoice;
}

/**
 * scan → evaluate for units already formed: the stages `scan` and `test-rules` share. Findings
 * come sorted; parse problems are IAC-000 findings beside the rules' ones.
 */
export async function analyse(
  units: readonly Unit[],
  reader: Reader,
  rules: Rule[],
  options: AnalyseOptions = {},
  deps: PipelineDeps = DEFAULT_DEPS,
): Promise<{ findings: Finding[]; diagnostics: Diagnostic[]; resources: Resource[] }> {
  const code = units.filter((u) => u.kind !== "changes");
  // Evaluated a unit at a time unless something needs every record at once: the gate maps
  // changes through them, and --report-unknown weighs a definition against its instances.
  if (deps.evaluation && !options.gate && !options.reportUnknown && code.length === units.length) return analyseByUnit(code, reader, rules, options, deps, deps.evaluation(rules, { reportUnknown: false }));
  const scanned = await deps.scanUnits(code, reader, options.terraformVariables ? { terraformVariables: options.terraformVariables } : {});
  const diagnostics = [...scanned.diagnostics];
  const changes = await changeStage(units, reader, scanned.resources, diagnostics, options.gate);
  // The gate checks the changes only; the scanned code is what they are mapped back to.
  const evaluated = options.gate ? changes : [...scanned.resources, ...deriveFacts(scanned.resources), ...changes];
  const findings = deps.evaluate(evaluated, rules, { reportUnknown: options.reportUnknown ?? false });
  // The gate reports on the changes: a syntax error in code it maps into is a notice, not a finding.
  if (!options.gate) for (const diagnostic of diagnostics) findings.push(deps.diagnosticFinding(diagnostic));
  findings.sort(compareFindings);
  return { findings, diagnostics, resources: scanned.resources };
}

/**
 * `analyse`, evaluating each unit's records as the scanners hand them over and keeping only the
 * records the suppression stage reads: those of files with a suppression comment, and
 * CloudFormation resources with `Metadata.driftless`.
 */
async function analyseByUnit(
  units: readonly Unit[],
  reader: Reader,
  rules: Rule[],
  options: AnalyseOptions,
  deps: PipelineDeps,
  evaluation: UnitEvaluation,
): Promise<{ findings: Finding[]; diagnostics: Diagnostic[]; resources: Resource[] }> {
  const kept: Resource[] = [];
  const marked = new Map<string, boolean>();
  const hasMarker = (file: string): boolean => {
    let known = marked.get(file);
    if (known === undefined) marked.set(file, (known = reader.read(resolve(reader.root, file)).file?.text.includes(MARKER) ?? false));
    return known;
  };
  const onRecords = (records: Resource[]): void => {
    evaluation.add([...records, ...deriveFacts(records)]);
    for (const r of records) {
      if (hasMarker(r.file) || (r.format === "cloudformation" && isValueMap(r.options.metadata) && "driftless" in r.options.metadata)) kept.push(r);
    }
  };
  // Records no rule reads need not be made, but for files whose suppression comments are
  // measured against their blocks; facts are derived from resources.
  const reads = evaluation.reads;
  const needs: RecordNeeds | undefined = reads && { reads: (record) => FACT_SOURCES.includes(record.kind) || reads(record), whole: hasMarker };
  const scanned = await deps.scanUnits(units, reader, { ...(options.terraformVariables ? { terraformVariables: options.terraformVariables } : {}), onRecords, ...(needs ? { needs } : {}) });
  const findings = evaluation.finish();
  for (const diagnostic of scanned.diagnostics) findings.push(deps.diagnosticFinding(diagnostic));
  findings.sort(compareFindings);
  return { findings, diagnostics: scanned.diagnostics, resources: kept };
}

/**
 * The change records of the gate's inputs (given, or found among the units), mapped to the
 * scanned records. An input found by a scan that cannot be read as one is an IAC-000 problem
 * at its line; the gate module loads only when there are inputs.
 */
async function changeStage(units: readonly Unit[], reader: Reader, resources: readonly Resource[], diagnostics: Diagnostic[], gate: GateOptions | undefined): Promise<Resource[]> {
  const found = gate ? [] : units.filter((u) => u.kind === "changes");
  if (!gate && found.length === 0) return [];
  const { changeRecords, GateInputError, readChangeFile } = await import("./gate/index.js");
  const files: ChangeFile[] = [...(gate?.files ?? [])];
  for (const unit of found) {
    const read = reader.read(unit.file.absolutePath);
    if (!read.file) {
      if (read.diagnostic) diagnostics.push(read.diagnostic);
      continue;
    }
    try {
      files.push(readChangeFile(unit.file.path, read.file.text));
    } catch (error) {
      if (!(error instanceof GateInputError)) throw error;
      diagnostics.push({ file: error.file, range: error.range, severity: "error", message: error.problem });
    }
  }
  return changeRecords(
    files.flatMap((f) => f.changes),
    resources,
    gate?.choice ?? {},
  );
}

/**
 * discover → units → scan → evaluate; never stops on one file's problem. With files named on
 * the command line, only findings in those files, or caused by values written in them (a module
 * argument, a variable file), are reported.
 */
export async function runScan(options: ScanOptions, deps?: PipelineDeps): Promise<ScanOutcome> {
  const d = deps ?? DEFAULT_DEPS;
  // Rules first: a broken rule file or setting is a configuration error before any work is done.
  const loaded = await d.loadRules(options.rulesDirs?.length ? { extraDirs: options.rulesDirs } : undefined);
  const pack = options.ruleSettings ? configureRules(loaded, options.ruleSettings) : loaded;
  const rules = pack.filter((rule) => rule.enabled);

  const reader = createReader(options.root, options.maxFileBytes !== undefined ? { maxFileBytes: options.maxFileBytes } : {});
  const discovered = await discover(options.paths, {
    reader,
    ...(options.cwd ? { cwd: options.cwd } : {}),
    ...(options.include?.length ? { include: options.include } : {}),
    ...(options.exclude?.length ? { exclude: options.exclude } : {}),
    // The gate's inputs are read already; the source is scanned for the code they map into.
    ...(options.gate ? { skip: new Set(options.gate.files.map((f) => resolve(options.root, f.file))) } : {}),
  });
  const plan = formUnits(discovered.files, reader, options.grouping);
  const analysed = await analyse(
    plan.units,
    reader,
    rules,
    {
      reportUnknown: options.reportUnknown ?? false,
      ...(options.terraformVariables ? { terraformVariables: options.terraformVariables } : {}),
      ...(options.gate ? { gate: options.gate } : {}),
    },
    d,
  );
  const diagnostics = [...discovered.diagnostics, ...analysed.diagnostics];
  // A variable file named on the command line that Terraform would not load by itself: say so
  // rather than let it pass unmentioned (it is read only when given with --var-file).
  const varFiles = new Set((options.terraformVariables ?? []).flatMap((v) => (v.kind === "file" ? [resolve(v.absolutePath)] : [])));
  for (const f of discovered.files) {
    if (!f.named || f.kind !== "tfvars" || isAutoVarFile(basename(f.path)) || varFiles.has(resolve(f.absolutePath))) continue;
    const notice: Diagnostic = {
      file: f.path,
      range: range(1, 1, 1, 2),
      severity: "warning",
      message: `not scanned: Terraform loads ${basename(f.path)} only when it is given with -var-file; scan with --var-file ${f.path} to evaluate the configuration with its values`,
      notScanned: true,
    };
    // A notice only, not an IAC-000 finding: staging such a file must not fail a hook's
    // --fail-on warning (--strict, which asks for every skipped file, does fail).
    diagnostics.push(notice);
  }
  let findings = [...discovered.diagnostics.map((x) => d.diagnosticFinding(x)), ...analysed.findings];
  const scope = plan.scope;
  if (scope) findings = findings.filter((f) => scope.has(f.file) || (f.related ?? []).some((r) => scope.has(r.file)));

  const files = new Set<string>();
  for (const unit of plan.units) for (const path of unitPaths(unit)) files.add(path);
  for (const input of options.gate?.files ?? []) files.add(input.file);

  if (options.suppress) {
    const inline: InlineSuppression[] = [];
    if (options.suppress.inline) {
      // The comment lexers (and `yaml`) load only when some file holds a suppression.
      const marked: { file: string; text: string }[] = [];
      for (const file of new Set([...files, ...findings.map((f) => f.file)])) {
        const read = reader.read(resolve(options.root, file));
        if (read.file?.text.includes(MARKER)) marked.push({ file, text: read.file.text });
        reader.forget(resolve(options.root, file));
      }
      const metadata = analysed.resources.some((r) => r.format === "cloudformation" && isValueMap(r.options.metadata) && "driftless" in r.options.metadata);
      if (marked.length > 0 || metadata) {
        const { commentSuppressions, metadataSuppressions } = await import("./suppress/inline.js");
        for (const { file, text } of marked) inline.push(...commentSuppressions(file, text));
        inline.push(...metadataSuppressions(analysed.resources));
      }
    }
    const iac001 = pack.find((r) => r.id === SUPPRESSION_RULE_ID);
    // The gate reports on the files its findings land in and its inputs, not on the whole source.
    // (with their related locations: a module call's suppression covers what the call causes).
    const gateScope = options.gate ? new Set([...findings.flatMap((f) => [f.file, ...(f.related ?? []).map((r) => r.file)]), ...options.gate.files.map((f) => f.file)]) : undefined;
    // picomatch loads only when an ignore: entry names paths.
    const picomatch = options.suppress.ignores.some((e) => e.paths) ? (await import("picomatch")).default : undefined;
    findings = applySuppressions(findings, {
      inline,
      ignores: options.suppress.ignores,
      ...(picomatch ? { glob: (globs: string[]) => picomatch(globs, { dot: true }) } : {}),
      ...(options.suppress.configFile !== undefined ? { configFile: options.suppress.configFile } : {}),
      records: analysed.resources,
      known: new Set(pack.map((r) => r.id)),
      // The gate runs its rules on changes only: a suppression of another rule is not its to judge;
      // and one of a gate rule waits for the plans to come (one plan without that change says
      // nothing of the next), so neither run calls it unused.
      ran: new Set((options.gate ? rules.filter(selectsChanges) : rules).filter((r) => !selectsChangesOnly(r)).map((r) => r.id)),
      today: options.suppress.today ?? todayUtc(),
      level: iac001?.enabled ? iac001.level : undefined,
      ...(gateScope ? { inScope: (file: string) => gateScope.has(file) } : scope ? { inScope: (file: string) => scope.has(file) } : {}),
    });
  }
  findings.sort(compareFindings);
  const reportedFiles = scope ?? files;
  const folders = scope ? [] : scannedFolders(options.paths, options.cwd ?? process.cwd(), reader);
  // picomatch loads only when there are globs to match.
  const picomatch = options.include?.length || options.exclude?.length ? (await import("picomatch")).default : undefined;
  const included = picomatch && options.include?.length ? picomatch(options.include, { dot: true }) : () => true;
  const excluded = picomatch && options.exclude?.length ? picomatch(options.exclude, { dot: true }) : () => false;
  const reports = (file: string): boolean =>
    reportedFiles.has(file) || (folders.some((folder) => folder === "" || file.startsWith(`${folder}/`)) && included(file) && !excluded(file));
  // Files read but not analysed at all (too large, binary, undecodable...) are listed apart, not counted as scanned.
  const notScanned = new Set(diagnostics.filter((d) => d.notScanned).map((d) => d.file));
  let filesScanned = 0;
  for (const file of files) if (!notScanned.has(file)) filesScanned++;
  return { findings, filesScanned, analysedFiles: files, reportedFiles, reports, rules, pack, diagnostics };
}

/** The repository paths ("" for the root) of the scanned paths that are folders inside the root. */
function scannedFolders(paths: readonly string[], cwd: string, reader: Reader): string[] {
  const out: string[] = [];
  for (const p of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve(cwd, p);
    if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) continue;
    const path = reader.repoPath(absolute);
    if (path === ".") out.push("");
    else if (path !== ".." && !path.startsWith("../") && !isAbsolute(path)) out.push(path);
  }
  return out;
}

/** True for a rule with a check that selects the gate's records (`kind: change` or `drift`). */
function selectsChanges(rule: Rule): boolean {
  return rule.checks.some(checkSelectsChanges);
}

/** True for a gate rule: every check selects the gate's records only. */
function selectsChangesOnly(rule: Rule): boolean {
  return rule.checks.length > 0 && rule.checks.every(checkSelectsChanges);
}

function checkSelectsChanges(check: Rule["checks"][number]): boolean {
  return [check.select].flat().some((selector) => [selector.kind ?? []].flat().some((kind) => GATE_KINDS.has(kind)));
}
