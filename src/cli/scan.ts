import { existsSync } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { findRepositoryRoot } from "../discover/index.js";
import { levelRank, type Level } from "../model/finding.js";
import { runScan } from "../pipeline.js";
import type { TerraformVariableInput } from "../scanners/source.js";
import { REPORT_FORMATS, REPORTERS, type ReportFormat } from "../report/index.js";
import { flag, listOption, parseArgs, stringOption, type OptionSpec } from "./args.js";
import { HELP } from "./help.js";
import { CliError, EXIT_FINDINGS, EXIT_OK, useColour, type Io } from "./io.js";
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
  "report-unknown": { value: false },
  var: { value: true, repeatable: true },
  "var-file": { value: true, repeatable: true },
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

/** Pairs the i-th --format with the i-th --output; formats without an output go to stdout (one at most). */
export function reportTargets(formats: string[], outputs: string[], cwd: string): ReportTarget[] {
  const fmts = (formats.length ? formats : ["text"]) as ReportFormat[];
  if (outputs.length > fmts.length) {
    throw new CliError(`more --output (${outputs.length}) than --format (${fmts.length}); give each --output its --format`);
  }
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

/** True when `path` is `dir` or below it (both absolute). */
function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

export function exitCodeFor(levels: Iterable<Level>, failOn: FailOn): number {
  if (failOn === "none") return EXIT_OK;
  const threshold = levelRank(failOn);
  for (const level of levels) if (levelRank(level) >= threshold) return EXIT_FINDINGS;
  return EXIT_OK;
}

export async function scanCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, SCAN_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write(HELP);
    return EXIT_OK;
  }
  const targets = reportTargets(listOption(parsed, "format"), listOption(parsed, "output"), io.cwd);
  const failOn = (stringOption(parsed, "fail-on") ?? "error") as FailOn;
  const paths = parsed.positionals.length ? parsed.positionals : ["."];

  let root: string;
  const rootOption = stringOption(parsed, "root");
  if (rootOption !== undefined) {
    root = resolve(io.cwd, rootOption);
    const info = await stat(root).catch(() => undefined);
    if (!info?.isDirectory()) throw new CliError(`root is not a directory: ${rootOption}`);
    // A path outside the root would be refused file by file and the scan would pass on
    // nothing, which a gate must not do.
    for (const p of paths) {
      if (!isInside(root, resolve(io.cwd, p))) throw new CliError(`${p} is outside --root ${rootOption}; give a --root that contains it`);
    }
  } else {
    const first = resolve(io.cwd, paths[0]!);
    const info = await stat(first).catch(() => undefined);
    const start = info?.isDirectory() ? first : dirname(first);
    // Outside any git repository the root is the working directory when it holds the scanned
    // path, else the scanned folder itself (never a folder the scan cannot see).
    root = findRepositoryRoot(start, isInside(io.cwd, start) ? io.cwd : start);
    for (const p of paths.slice(1)) {
      if (!isInside(root, resolve(io.cwd, p))) throw new CliError(`${p} is outside the repository of ${paths[0]} (${root}); scan it separately or give a --root that contains both`);
    }
  }

  const outcome = await runScan({
    paths,
    root,
    rulesDirs: listOption(parsed, "rules").map((d) => resolve(io.cwd, d)),
    reportUnknown: flag(parsed, "report-unknown"),
    cwd: io.cwd,
    terraformVariables: terraformVariables(parsed.ordered, io.cwd),
  });

  for (const target of targets) {
    const context = {
      root,
      toolVersion: toolVersion(),
      filesScanned: outcome.filesScanned,
      color: target.format === "text" && target.output === undefined && useColour(io.stdout, io.env),
    };
    const text = REPORTERS[target.format](outcome.findings, outcome.rules, context);
    if (target.output === undefined) {
      io.stdout.write(text);
    } else {
      try {
        await mkdir(dirname(target.output), { recursive: true });
        await writeFile(target.output, text, "utf8");
      } catch (error) {
        throw new CliError(`cannot write ${target.output}: ${(error as Error).message}`);
      }
    }
  }

  return exitCodeFor(
    outcome.findings.filter((f) => !f.suppression).map((f) => f.level),
    failOn,
  );
}
