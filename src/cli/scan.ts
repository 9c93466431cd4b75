import { existsSync, statSync } from "node:fs";
import { readFile, stat, writeFile } from "node:fs/promises";
import { dirname, extname, isAbsolute, relative, resolve, sep } from "node:path";
import { findRepositoryRoot, repositoryRootOf } from "../discover/index.js";
import { decodeMarkedWide, formatBytes, sizeOver } from "../discover/read.js";
import { RuleSettingError, type RuleSettings } from "../engine/configure.js";
import { levelRank, type Finding, type Level } from "../model/finding.js";
import { runScan, type ScanOutcome } from "../pipeline.js";
import type { ChangeFile, SourceChoice } from "../gate/index.js";
import type { TerraformVariableInput } from "../scanners/source.js";
import { loadReporter, REPORT_FORMATS, type ReportFormat, type ReportOptions, type ReportRun } from "../report/index.js";
import { flag, listOption, parseArgs, stringOption, type OptionSpec } from "./args.js";
import { defaultConfigFile, describePath, loadConfig, type Config } from "./config.js";
import { HELP } from "./help.js";
import { CliError, EXIT_FINDINGS, EXIT_OK, makeFolder, useColour, type Io } from "./io.js";
import { provenanceOf } from "./provenance.js";
import { BaselineError, baselineRequest, baselineRootKey, baselineStage, type BaselineRequest } from "../suppress/baseline.js";
import { toolVersion } from "./version.js";

export const FAIL_ON = ["error", "warning", "note", "none"] as const;
export type FailOn = (typeof FAIL_ON)[number];

const SCAN_OPTIONS: Record<string, OptionSpec> = {
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
  "var-file": { value: true, repeatable: true },
  compare: { value: true },
  "link-template": { value: true },
};

/**
 * `--var NAME=VALUE` and `--var-file FILE` in command-line order, as Terraform applies them to
 * root modules (after the variable files it loads by itself).
 */
export function terraformVariables(ordered: { name: string; value: string }[], cwd: string): TerraformVariableInput[] {
  const out: TerraformVariableInput[] = [];
  for (const { name, value } of ordered) {
    if (name === "var-file") {
      const absolutePath = resolve(cwd, value);
      if (!existsSync(absolutePath)) throw new CliError(`--var-file not found: ${value}`);
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

export interface ReportTarget {
  format: ReportFormat;
  /** Absolute file path, or undefined for stdout. */
  output?: string;
}

/** The report format a file name implies (`.sarif`, `.sarif.json`, `.json`, `.md`, `.xml`, `.txt`, `.html`). */
export function formatFromExtension(file: string): ReportFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".sarif") || lower.endsWith(".sarif.json")) return "sarif";
  const ext = extname(lower);
  const byExt: Record<string, ReportFormat> = { ".json": "json", ".md": "markdown", ".markdown": "markdown", ".xml": "junit", ".txt": "text", ".log": "text", ".html": "html", ".htm": "html" };
  return byExt[ext];
}

/**
 * Pairs the i-th --format with the i-th --output; formats without an output go to stdout (one at
 * most); an output without a format takes it from its extension.
 */
export function reportTargets(formats: string[], outputs: string[], cwd: string): ReportTarget[] {
  const fmts = [...formats] as ReportFormat[];
  for (let i = fmts.length; i < outputs.length; i++) {
    const out = outputs[i]!;
    const format = out === "-" ? undefined : formatFromExtension(out);
    if (!format) throw new CliError(`cannot tell the format of --output ${out} from its extension (.sarif, .json, .md, .xml, .txt, .html); give --format before it`);
    fmts.push(format);
  }
  if (fmts.length === 0) fmts.push("text");
  const targets = fmts.map((format, i) => {
    const out = outputs[i];
    return out === undefined || out === "-" ? { format } : { format, output: resolve(cwd, out) };
  });
  if (targets.filter((t) => t.output === undefined).length > 1) {
    throw new CliError("only one --format may write to stdout; give the others an --output FILE");
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.output === undefined) continue;
    if (seen.has(t.output)) throw new CliError(`two reports write to the same file: ${t.output}`);
    seen.add(t.output);
  }
  return targets;
}

export function exitCodeFor(levels: Iterable<Level>, failOn: FailOn): number {
  if (failOn === "none") return EXIT_OK;
  const threshold = levelRank(failOn);
  for (const level of levels) if (levelRank(level) >= threshold) return EXIT_FINDINGS;
  return EXIT_OK;
}

/** True when `path` is `dir` or below it (both absolute). */
function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/** `--rule A,B --rule C` → [A, B, C]. */
export function idList(values: string[]): string[] {
  return values.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}

/** Colours: --color / --no-color, then FORCE_COLOR (CI logs), then NO_COLOR, then a TTY. */
export function colourWanted(parsed: { color: boolean; noColor: boolean }, stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  if (parsed.noColor) return false;
  if (parsed.color) return true;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "") return force !== "0" && force !== "false";
  return useColour(stream, env);
}

interface RootPlan {
  root: string;
  paths: string[];
}

/** Groups the paths by repository root; with --root, one root that must contain them all. */
async function planRoots(paths: string[], rootOption: string | undefined, cwd: string): Promise<RootPlan[]> {
  if (rootOption !== undefined) {
    const root = resolve(cwd, rootOption);
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory()) throw new CliError(`root is not a directory: ${rootOption}`);
    // A path outside the root would be refused file by file and the scan would pass on
    // nothing, which a gate must not do.
    for (const p of paths) {
      if (!isInside(root, resolve(cwd, p))) throw new CliError(`${p} is outside --root ${rootOption}; give a --root that contains it`);
    }
    return [{ root, paths }];
  }
  const plans: RootPlan[] = [];
  for (const p of paths) {
    const absolute = resolve(cwd, p);
    const info = await stat(absolute).catch(() => undefined);
    const start = info?.isDirectory() ? absolute : dirname(absolute);
    // Outside any git repository the root is the working directory when it holds the scanned
    // path, else the scanned folder itself (never a folder the scan cannot see).
    const root = findRepositoryRoot(start, isInside(cwd, start) ? cwd : start);
    const plan = plans.find((x) => x.root === root);
    if (plan) plan.paths.push(p);
    else plans.push({ root, paths: [p] });
  }
  return plans;
}

async function configFor(root: string, explicit: string | undefined, cwd: string): Promise<Config | undefined> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    if (!existsSync(file)) throw new CliError(`--config not found: ${explicit}`);
    return loadConfig(file, explicit);
  }
  const file = defaultConfigFile(root);
  return file ? loadConfig(file, relative(cwd, file) || file) : undefined;
}

/** A rule setting problem, located in the configuration file or on the command line. */
export function settingError(error: RuleSettingError, config: Config | undefined, shownAs: string | undefined): CliError {
  if (error.source === "rules" && config) {
    const path = ["rules", ...error.path];
    return new CliError(`${shownAs ?? config.file}:${config.lineOf(path)}: ${describePath(path)}: ${error.message}`);
  }
  return new CliError(`${error.source} ${error.path.join(".")}: ${error.message}`);
}

/** `driftless scan [paths...]`: the code under the paths, and the plans, change sets and previews found beside it. */
export async function scanCommand(argv: string[], io: Io): Promise<number> {
  return checkCommand(argv, io, "scan");
}

/** `driftless gate <inputs...>`: plans, change sets, drift results and previews, mapped into the code. */
export async function gateCommand(argv: string[], io: Io): Promise<number> {
  return checkCommand(argv, io, "gate");
}

const GATE_OPTIONS: Record<string, OptionSpec> = {
  ...SCAN_OPTIONS,
  source: { value: true },
  template: { value: true },
  project: { value: true },
};

async function checkCommand(argv: string[], io: Io, command: "scan" | "gate"): Promise<number> {
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
  const maxFileBytes = maxFileSize === undefined ? undefined : parseByteSize(maxFileSize);
  const gate = command === "gate" ? await gateInputs(parsed.positionals, stringOption(parsed, "source"), stringOption(parsed, "root"), io.cwd, maxFileBytes) : undefined;
  const paths = gate ? [gate.source] : parsed.positionals.length ? parsed.positionals : ["."];
  const plans = gate ? [{ root: gate.root, paths }] : await planRoots(paths, stringOption(parsed, "root"), io.cwd);
  const gateOptions = gate ? { files: gate.files, choice: sourceChoice(gate.root, stringOption(parsed, "template"), stringOption(parsed, "project"), io.cwd) } : undefined;
  const variables = terraformVariables(parsed.ordered, io.cwd);
  // Baseline options are checked before the scan, applied after it (below).
  let baseline: BaselineRequest | undefined;
  try {
    baseline = baselineRequest({ baseline: stringOption(parsed, "baseline"), write: stringOption(parsed, "write-baseline"), update: stringOption(parsed, "update-baseline") }, io.cwd);
  } catch (error) {
    throw error instanceof BaselineError ? new CliError(error.message) : error;
  }
  const baselineFile = baseline?.file;
  if (baseline && targets.some((t) => t.output === baselineFile)) {
    throw new CliError(`--output ${baseline.shownAs} is also the baseline file; give the report another file name`);
  }

  const runs: { plan: RootPlan; outcome: ScanOutcome; config: Config | undefined }[] = [];
  let failOn: FailOn | undefined = stringOption(parsed, "fail-on") as FailOn | undefined;
  for (const plan of plans) {
    const config = await configFor(plan.root, explicitConfig, io.cwd);
    const shownAs = config ? explicitConfig ?? relative(io.cwd, config.file) : undefined;
    failOn ??= config?.failOn;
    const ruleSettings: RuleSettings = { rules: config?.rules ?? {}, only, skip };
    let outcome: ScanOutcome;
    try {
      outcome = await runScan({
        paths: plan.paths,
        root: plan.root,
        rulesDirs: [...listOption(parsed, "rules").map((d) => resolve(io.cwd, d)), ...(config?.customRules ?? [])],
        reportUnknown: flag(parsed, "report-unknown"),
        ...(gateOptions ? { gate: gateOptions } : {}),
        ...(maxFileBytes !== undefined ? { maxFileBytes } : {}),
        cwd: io.cwd,
        terraformVariables: variables,
        ruleSettings,
        include: config?.include ?? [],
        exclude: [...(config?.exclude ?? []), ...listOption(parsed, "exclude")],
        suppress: {
          inline: !flag(parsed, "no-inline-suppressions") && (config?.inlineSuppressions ?? true),
          ignores: config?.ignore ?? [],
          ...(config ? { configFile: relative(plan.root, config.file).split(sep).join("/") } : {}),
        },
      });
    } catch (error) {
      if (error instanceof RuleSettingError) throw settingError(error, config, shownAs);
      throw error;
    }
    runs.push({ plan, outcome, config });
  }

  const filesScanned = runs.reduce((n, r) => n + r.outcome.filesScanned, 0);
  // Files found but not analysed (a pipe, a binary .tf) are listed in the report: not "none found".
  const skipped = runs.some((r) => r.outcome.diagnostics.some((d) => d.notScanned));
  if (filesScanned === 0 && !skipped && !quiet && !gate) {
    io.stderr.write(`driftless: no IaC files found in ${paths.join(", ")} (Terraform .tf/.tf.json/.tfvars, CloudFormation templates, Pulumi TypeScript projects)\n`);
  }

  // A change set of a stack with nested stacks holds only the parent's changes: say which
  // change sets to gate as well.
  if (gate && !quiet) {
    for (const file of gate.files) {
      for (const c of file.changes) {
        if (c.nestedChangeSet) io.stderr.write(`driftless: ${file.file}: nested stack ${c.address} has its own change set (${c.nestedChangeSet}); its resources are not in this one: describe it (aws cloudformation describe-change-set --change-set-name ${c.nestedChangeSet} --output json) and gate it too\n`);
      }
    }
  }
  // The gate reports on changes: code it could not read (a syntax error) is said here, since
  // changes of the resources in it stay on the input.
  if (gate && !quiet) {
    const unreadable = runs.flatMap((r) => r.outcome.diagnostics.filter((d) => d.severity === "error" && !gate.files.some((f) => f.file === d.file)));
    if (unreadable.length > 0) {
      const first = unreadable[0]!;
      io.stderr.write(`driftless: ${unreadable.length} problem${unreadable.length === 1 ? "" : "s"} reading the code the gate maps into (changes of resources there stay on the input), first ${first.file}:${first.range.start.line}:${first.range.start.column}: ${first.message}; driftless scan lists them all\n`);
    }
  }
  const several = runs.length > 1;
  const reportRuns: ReportRun[] = runs.map(({ plan, outcome }) => {
    const prefix = several ? `${(relative(io.cwd, plan.root) || ".").split(sep).join("/")}/` : "";
    const provenance = provenanceOf(plan.root);
    return {
      root: plan.root,
      prefix,
      findings: outcome.findings,
      filesScanned: outcome.filesScanned,
      notifications: outcome.diagnostics.map((d) => ({
        level: d.severity === "error" ? ("error" as const) : ("warning" as const),
        message: `${d.file}: ${d.message}`,
        file: d.file,
        range: d.range,
        ...(d.notScanned ? { notScanned: true as const, reason: d.message } : {}),
      })),
      ...(provenance ? { provenance } : {}),
    };
  });

  // Baselines (src/suppress/baseline.ts): the reports and the exit code see only the findings the
  // baseline does not hold; --write-baseline reports everything and fails only on what it could
  // not accept (IAC-000, IAC-001).
  let accepted: ReadonlySet<Finding> = new Set();
  if (baseline) {
    const request = baseline;
    // Never overwrite what the scan read as IaC (`--write-baseline main.tf`).
    const source = runs.find(({ plan, outcome }) => outcome.analysedFiles.has(relative(plan.root, request.file).split(sep).join("/")));
    if (source && request.mode !== "compare") {
      throw new CliError(`${request.mode === "write" ? "--write-baseline" : "--update-baseline"} ${request.shownAs} is a file this scan reads as infrastructure code; give the baseline another file name (such as .driftless-baseline.json)`);
    }
    // Each entry names its root relative to the baseline's folder (not to the working directory,
    // not by how many roots are scanned), so any run over that root matches; entries of files a
    // run does not report on (a scan of some files) are left alone.
    const stage = await baselineStage(
      request,
      reportRuns.map((r, i) => ({ root: baselineRootKey(request.file, r.root), findings: r.findings, covers: runs[i]!.outcome.reports })),
    ).catch((error: unknown) => {
      throw error instanceof BaselineError ? new CliError(error.message) : error;
    });
    stage.runs.forEach((s, i) => {
      reportRuns[i] = { ...reportRuns[i]!, findings: s.findings, ...(s.baselined !== undefined ? { baselined: s.baselined } : {}) };
    });
    accepted = stage.accepted;
    if (stage.note && !quiet) io.stderr.write(`driftless: ${stage.note}\n`);
  }

  const rules = runs[0]?.outcome.rules ?? [];
  const html = await htmlOptions(parsed, targets, reportRuns, io.cwd);
  for (const target of targets) {
    const options = {
      toolVersion: toolVersion(),
      includeSuppressed: flag(parsed, "sarif-include-suppressed") && target.format === "sarif",
      color: target.format === "text" && target.output === undefined && colourWanted({ color: flag(parsed, "color"), noColor: flag(parsed, "no-color") }, io.stdout, io.env),
      quiet,
      ...(stringOption(parsed, "category") !== undefined ? { category: stringOption(parsed, "category")! } : {}),
      ...(target.format === "html" ? html(target) : {}),
    };
    const text = (await loadReporter(target.format))(reportRuns, rules, options);
    if (target.output === undefined) {
      io.stdout.write(text);
    } else {
      try {
        await makeFolder(dirname(target.output));
        await writeFile(target.output, text, "utf8");
      } catch (error) {
        throw new CliError(`cannot write ${target.output}: ${(error as Error).message}`);
      }
    }
  }

  const failing: Finding[] = reportRuns.flatMap((r) => r.findings.filter((f) => !f.suppression && !accepted.has(f)));
  const code = exitCodeFor(
    failing.map((f) => f.level),
    failOn ?? "error",
  );
  // --strict: an IaC file that was not analysed at all is a failure, whatever --fail-on says.
  if (flag(parsed, "strict") && code === EXIT_OK && runs.some((r) => r.outcome.diagnostics.some((d) => d.notScanned))) return EXIT_FINDINGS;
  return code;
}

/**
 * What the HTML report needs beside the runs: the time, `--compare`'s previous report (read and
 * checked here, before any report is written), `--link-template`, and per repository the path
 * from the report's folder (the working directory for stdout) to its root for plain links.
 * --compare and --link-template without an HTML report are usage errors.
 */
async function htmlOptions(parsed: ReturnType<typeof parseArgs>, targets: ReportTarget[], runs: ReportRun[], cwd: string): Promise<(target: ReportTarget) => Partial<ReportOptions>> {
  const compare = stringOption(parsed, "compare");
  const { linkBaseFrom, linkTemplateOption, readReportFile } = await import("./report.js");
  const linkTemplate = linkTemplateOption(parsed);
  if (!targets.some((t) => t.format === "html")) {
    if (compare !== undefined || linkTemplate !== undefined) throw new CliError(`--${compare !== undefined ? "compare" : "link-template"} applies to the HTML report: add --format html --output report.html`);
    return () => ({});
  }
  const previous = compare === undefined ? undefined : await readReportFile(compare, cwd, "--compare ");
  const { documentFromRuns } = await import("../report/documents.js");
  const names = documentFromRuns(runs, [], "", "").repositories.map((r) => r.name);
  const createdAt = new Date().toISOString();
  return (target) => {
    const folder = target.output === undefined ? cwd : dirname(target.output);
    const linkBase = Object.fromEntries(runs.map((run, i) => [names[i]!, linkBaseFrom(folder, run.root)]));
    return { createdAt, linkBase, ...(previous ? { previous } : {}), ...(linkTemplate !== undefined ? { linkTemplate } : {}) };
  };
}

/**
 * `--max-file-size`: a byte count with an optional unit, `KB`/`MB`/`GB` (or `K`/`M`/`G`, any
 * case; binary multiples, as the default 5 MB is 5 × 1024 × 1024 bytes). CliError otherwise.
 */
export function parseByteSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$/i.exec(text);
  if (!m) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (expected a size such as 10MB, 512KB or 1048576)`);
  const unit = (m[2] ?? "b").toLowerCase()[0]!;
  const bytes = Math.floor(Number(m[1]) * (unit === "k" ? 1024 : unit === "m" ? 1024 ** 2 : unit === "g" ? 1024 ** 3 : 1));
  if (bytes < 1) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (it must be at least 1 byte)`);
  // A file is read into memory whole (twice its size at the peak): no IaC file needs more.
  if (bytes > 1024 ** 3) throw new CliError(`invalid value for --max-file-size: ${JSON.stringify(text)} (at most 1GB)`);
  return bytes;
}

/** The gate's inputs, read and checked, and the repository they are mapped into. */
interface GateInputs {
  /** The repository root: reported paths are relative to it. */
  root: string;
  /** The folder whose code the addresses are mapped into (`--source`, default: the root). */
  source: string;
  files: ChangeFile[];
}

/**
 * Reads each input (any file name; the format is told by content). The source is `--source`,
 * else the repository that holds the first input; the root is `--root`, else the repository
 * that holds the source. A missing, unreadable, foreign or malformed input is a CliError (exit
 * 2) that names the file, the line and what was expected.
 */
async function gateInputs(inputs: string[], sourceOption: string | undefined, rootOption: string | undefined, cwd: string, maxFileBytes: number | undefined): Promise<GateInputs> {
  if (inputs.length === 0) {
    throw new CliError("driftless gate needs at least one input: a Terraform plan (terraform show -json PLANFILE > plan.json), a CloudFormation change set or drift result (aws cloudformation describe-change-set / describe-stack-resource-drifts --output json), or a Pulumi preview (pulumi preview --json)");
  }
  const { GateInputError, readChangeFile } = await import("../gate/index.js");
  const absolute = inputs.map((p) => resolve(cwd, p));
  for (const [i, file] of absolute.entries()) {
    const info = await stat(file).catch(() => undefined);
    if (!info) throw new CliError(`gate input not found: ${inputs[i]}`);
    if (!info.isFile()) throw new CliError(`gate input is not a file: ${inputs[i]} (the gate reads plans, change sets and previews; to check the code in a folder, and the plans in it, run driftless scan ${inputs[i]})`);
    const limit = maxFileBytes ?? DEFAULT_GATE_INPUT_BYTES;
    if (info.size > limit) throw new CliError(`${inputs[i]}: the file is ${sizeOver(info.size, limit)}, over the ${formatBytes(limit)} limit; raise it with --max-file-size`);
  }
  // The repository that holds the first input; an input outside any repository (a pipeline's
  // temporary folder) is about the code of the repository the command runs in.
  const source = sourceOption !== undefined ? resolve(cwd, sourceOption) : (repositoryRootOf(dirname(absolute[0]!)) ?? findRepositoryRoot(cwd, cwd));
  const sourceInfo = await stat(source).catch(() => undefined);
  if (!sourceInfo?.isDirectory()) throw new CliError(`--source is not a directory: ${sourceOption ?? source}`);
  const root = rootOption !== undefined ? resolve(cwd, rootOption) : findRepositoryRoot(source, source);
  if (!isInside(root, source)) throw new CliError(`--source ${sourceOption ?? source} is outside --root ${rootOption}; give a --root that contains it`);
  const files: ChangeFile[] = [];
  for (const [i, file] of absolute.entries()) {
    const repoPath = relative(root, file).split(sep).join("/");
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new CliError(`cannot read gate input ${inputs[i]}: ${(error as Error).message}`);
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

/**
 * An input's text: UTF-8, or UTF-16/32 with its byte order mark (what Windows PowerShell's `>`
 * writes: `terraform show -json plan.out > plan.json` there gives UTF-16LE); the mark is dropped.
 */
function inputText(bytes: Buffer): string {
  const wide = decodeMarkedWide(bytes);
  if (wide !== undefined) return wide;
  const text = bytes.toString("utf8");
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Plans run to tens of megabytes: the gate reads up to 256 MB unless --max-file-size says otherwise. */
const DEFAULT_GATE_INPUT_BYTES = 256 * 1024 ** 2;

/** `--template FILE` / `--project DIR` as repository paths. */
function sourceChoice(root: string, template: string | undefined, project: string | undefined, cwd: string): SourceChoice {
  const repoPath = (p: string): string => relative(root, resolve(cwd, p)).split(sep).join("/") || ".";
  const check = (option: string, value: string, folder: boolean): void => {
    const info = statSync(resolve(cwd, value), { throwIfNoEntry: false });
    if (!info) throw new CliError(`${option} not found: ${value}`);
    if (folder !== info.isDirectory()) throw new CliError(`${option} ${value} is ${folder ? "not a folder: give the Terraform root module's or Pulumi project's folder" : "a folder: give the CloudFormation template file"}`);
    if (!isInside(root, resolve(cwd, value))) throw new CliError(`${option} ${value} is outside the repository the gate maps into (${root}); give --source to map into another`);
  };
  const choice: SourceChoice = {};
  if (template !== undefined) {
    check("--template", template, false);
    choice.template = repoPath(template);
  }
  if (project !== undefined) {
    check("--project", project, true);
    choice.project = repoPath(project);
  }
  return choice;
}
