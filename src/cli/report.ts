/**
 * `driftless report merge <reports.json...>`: JSON reports of several runs (each repository's
 * `scan --format json`, or sweeps' `sweep.json`) as one aggregate or one HTML report, for the
 * last job of a workflow that scanned one repository per job.
 */
import { existsSync } from "node:fs";
import { readFile, realpath, stat, writeFile } from "node:fs/promises";
import { dirname, relative, resolve, sep } from "node:path";
import { compareDocuments, mergeDocuments, parseReportDocument, ReportDocumentError } from "../report/documents.js";
import { encodePath, linkTemplateProblem } from "../report/html/links.js";
import type { SweepDocument } from "../model/sweep.js";
import { flag, parseArgs, stringOption, type OptionSpec } from "./args.js";
import { CliError, EXIT_OK, makeFolder, type Io } from "./io.js";
import { toolVersion } from "./version.js";

const MERGE_FORMATS = ["html", "json"] as const;

const MERGE_OPTIONS: Record<string, OptionSpec> = {
  help: { value: false },
  format: { value: true, choices: MERGE_FORMATS },
  output: { value: true },
  compare: { value: true },
  "link-template": { value: true },
};

/**
 * Reads one JSON report; a CliError names the file and what is wrong with it. A scan's report
 * records no time: its file's modification time stands for it.
 */
export async function readReportFile(file: string, cwd: string, option = ""): Promise<SweepDocument> {
  let text: string;
  let modifiedAt: string;
  try {
    const path = resolve(cwd, file);
    text = await readFile(path, "utf8");
    modifiedAt = (await stat(path)).mtime.toISOString();
  } catch (error) {
    throw new CliError(`${option}${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    return parseReportDocument(text, file, modifiedAt);
  } catch (error) {
    throw error instanceof ReportDocumentError ? new CliError(`${option}${error.message}`) : error;
  }
}

/** `--link-template`, checked (linkTemplateProblem); a CliError says what is wrong with it. */
export function linkTemplateOption(parsed: ReturnType<typeof parseArgs>): string | undefined {
  const template = stringOption(parsed, "link-template");
  const problem = template === undefined ? undefined : linkTemplateProblem(template);
  if (problem) throw new CliError(`invalid value for --link-template: ${JSON.stringify(template)}: ${problem}`);
  return template;
}

/**
 * The path from a folder to a repository root for links: `/`-separated, each segment
 * percent-encoded (a folder named `a #1` is `a%20%231`), with a trailing slash ("" for the folder
 * itself).
 */
export function linkBaseFrom(fromFolder: string, root: string): string {
  const rel = relative(fromFolder, root);
  return rel === "" ? "" : `${encodePath(rel.split(sep).join("/"))}/`;
}

/**
 * Plain links of merged repositories whose files are on this machine: a sweep's repository
 * whose folder (its `root`, rebased to the report's folder) holds the file of its first finding.
 * A scan's JSON report does not say where its root is, and reports merged from elsewhere (a
 * workflow's artifacts) are not here: their findings show as text.
 */
function mergedLinkBase(doc: SweepDocument, reportFolder: string): Record<string, string> {
  const base: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const repo of doc.repositories) {
    if (repo.root === undefined) continue;
    const root = resolve(reportFolder, repo.root);
    const first = repo.findings[0];
    if (first && existsSync(resolve(root, first.file))) base[repo.name] = linkBaseFrom(reportFolder, root);
  }
  return base;
}

/**
 * A sweep document's paths that are relative to the folder it was read from (each repository's
 * folder and report files) made relative to the folder the merged report goes to, so its links
 * still lead there.
 */
function rebaseReports(doc: SweepDocument, fromFolder: string, toFolder: string): SweepDocument {
  if (fromFolder === toFolder) return doc;
  const rebase = (file: string): string => relative(toFolder, resolve(fromFolder, file)).split(sep).join("/") || ".";
  return {
    ...doc,
    repositories: doc.repositories.map((r) => ({
      ...r,
      ...(r.root !== undefined ? { root: rebase(r.root) } : {}),
      ...(r.reports ? { reports: Object.fromEntries(Object.entries(r.reports).map(([kind, file]) => [kind, rebase(file)])) } : {}),
    })),
  };
}

/** `driftless report <subcommand>`: today `merge`. */
export async function reportCommand(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") {
    io.stdout.write((await import("./help.js")).commandHelp("report"));
    return EXIT_OK;
  }
  if (sub !== "merge") throw new CliError(`${sub === undefined ? "driftless report needs a subcommand" : `unknown subcommand driftless report ${sub}`}: driftless report merge <reports.json...> --format html|json [--output FILE]`);
  const parsed = parseArgs(rest, MERGE_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write((await import("./help.js")).commandHelp("report"));
    return EXIT_OK;
  }
  if (parsed.positionals.length === 0) throw new CliError("report merge needs at least one JSON report (driftless scan --format json, or a sweep's sweep.json)");
  const output = stringOption(parsed, "output");
  const format = stringOption(parsed, "format") ?? (output?.toLowerCase().endsWith(".json") ? "json" : "html");
  const linkTemplate = linkTemplateOption(parsed);
  const outFolder = output === undefined || output === "-" ? io.cwd : dirname(resolve(io.cwd, output));
  const docs = [];
  const read = new Set<string>();
  for (const file of parsed.positionals) {
    const path = resolve(io.cwd, file);
    // The same report twice (a shell glob and a name, a link) would count its findings twice.
    const real = await realpath(path).catch(() => path);
    if (read.has(real)) {
      io.stderr.write(`driftless: ${file} is given twice; merged once\n`);
      continue;
    }
    read.add(real);
    docs.push(rebaseReports(await readReportFile(file, io.cwd), dirname(path), outFolder));
  }
  const compare = stringOption(parsed, "compare");
  let doc = mergeDocuments(docs, `driftless ${toolVersion()}`, new Date().toISOString());
  if (compare !== undefined) doc = compareDocuments(doc, await readReportFile(compare, io.cwd, "--compare "));
  let text: string;
  if (format === "json") text = `${JSON.stringify(doc, null, 2)}\n`;
  else {
    const { renderHtml } = await import("../report/html.js");
    const linkBase = mergedLinkBase(doc, outFolder);
    text = renderHtml(doc, { linkBase, ...(linkTemplate !== undefined ? { linkTemplate } : {}) });
  }
  if (output === undefined || output === "-") io.stdout.write(text);
  else {
    const file = resolve(io.cwd, output);
    try {
      await makeFolder(dirname(file));
      await writeFile(file, text, "utf8");
    } catch (error) {
      throw new CliError(`cannot write ${output}: ${(error as Error).message}`);
    }
  }
  return EXIT_OK;
}
