import { createRequire } from 'node:module';
import { l as linkTemplateProblem, e as encodePath } from './chunk-C6_0oI_1.js';
import { p as parseReportDocument, R as ReportDocumentError, m as mergeDocuments, c as compareDocuments } from './chunk-DRpJoMDH.js';
import { C as CliError, w as stringOption, t as EXIT_OK, o as parseArgs, q as flag, K as toolVersion, z as makeFolder } from './core-Cp4Gwmxr.js';
import { existsSync } from 'node:fs';
import { readFile, stat, realpath, writeFile } from 'node:fs/promises';
import { resolve, relative, sep, dirname } from 'node:path';

const require$1 = createRequire(import.meta.url);
var MERGE_FORMATS = ["html", "json"];
var MERGE_OPTIONS = {
  help: { value: false },
  format: { value: true, choices: MERGE_FORMATS },
  output: { value: true },
  compare: { value: true },
  "link-template": { value: true }
};
async function readReportFile(file, cwd, option = "") {
  let text;
  let modifiedAt;
  try {
    const path = resolve(cwd, file);
    text = await readFile(path, "utf8");
    modifiedAt = (await stat(path)).mtime.toISOString();
  } catch (error) {
    throw new CliError(`${option}${file}: cannot read it (${error.code ?? error.message})`);
  }
  try {
    return parseReportDocument(text, file, modifiedAt);
  } catch (error) {
    throw error instanceof ReportDocumentError ? new CliError(`${option}${error.message}`) : error;
  }
}
function linkTemplateOption(parsed) {
  const template = stringOption(parsed, "link-template");
  const problem = template === void 0 ? void 0 : linkTemplateProblem(template);
  if (problem) throw new CliError(`invalid value for --link-template: ${JSON.stringify(template)}: ${problem}`);
  return template;
}
function linkBaseFrom(fromFolder, root) {
  const rel = relative(fromFolder, root);
  return rel === "" ? "" : `${encodePath(rel.split(sep).join("/"))}/`;
}
function mergedLinkBase(doc, reportFolder) {
  const base = /* @__PURE__ */ Object.create(null);
  for (const repo of doc.repositories) {
    if (repo.root === void 0) continue;
    const root = resolve(reportFolder, repo.root);
    const first = repo.findings[0];
    if (first && existsSync(resolve(root, first.file))) base[repo.name] = linkBaseFrom(reportFolder, root);
  }
  return base;
}
function rebaseReports(doc, fromFolder, toFolder) {
  if (fromFolder === toFolder) return doc;
  const rebase = (file) => relative(toFolder, resolve(fromFolder, file)).split(sep).join("/") || ".";
  return {
    ...doc,
    repositories: doc.repositories.map((r) => ({
      ...r,
      ...r.root !== void 0 ? { root: rebase(r.root) } : {},
      ...r.reports ? { reports: Object.fromEntries(Object.entries(r.reports).map(([kind, file]) => [kind, rebase(file)])) } : {}
    }))
  };
}
async function reportCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") {
    io.stdout.write((await import('./help-D9YwP4Se.js')).commandHelp("report"));
    return EXIT_OK;
  }
  if (sub !== "merge") throw new CliError(`${sub === void 0 ? "driftless report needs a subcommand" : `unknown subcommand driftless report ${sub}`}: driftless report merge <reports.json...> --format html|json [--output FILE]`);
  const parsed = parseArgs(rest, MERGE_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write((await import('./help-D9YwP4Se.js')).commandHelp("report"));
    return EXIT_OK;
  }
  if (parsed.positionals.length === 0) throw new CliError("report merge needs at least one JSON report (driftless scan --format json, or a sweep's sweep.json)");
  const output = stringOption(parsed, "output");
  const format = stringOption(parsed, "format") ?? (output?.toLowerCase().endsWith(".json") ? "json" : "html");
  const linkTemplate = linkTemplateOption(parsed);
  const outFolder = output === void 0 || output === "-" ? io.cwd : dirname(resolve(io.cwd, output));
  const docs = [];
  const read = /* @__PURE__ */ new Set();
  for (const file of parsed.positionals) {
    const path = resolve(io.cwd, file);
    const real = await realpath(path).catch(() => path);
    if (read.has(real)) {
      io.stderr.write(`driftless: ${file} is given twice; merged once
`);
      continue;
    }
    read.add(real);
    docs.push(rebaseReports(await readReportFile(file, io.cwd), dirname(path), outFolder));
  }
  const compare = stringOption(parsed, "compare");
  let doc = mergeDocuments(docs, `driftless ${toolVersion()}`, (/* @__PURE__ */ new Date()).toISOString());
  if (compare !== void 0) doc = compareDocuments(doc, await readReportFile(compare, io.cwd, "--compare "));
  let text;
  if (format === "json") text = `${JSON.stringify(doc, null, 2)}
`;
  else {
    const { renderHtml } = await import('./html-BUtfiokL.js');
    const linkBase = mergedLinkBase(doc, outFolder);
    text = renderHtml(doc, { linkBase, ...linkTemplate !== void 0 ? { linkTemplate } : {} });
  }
  if (output === void 0 || output === "-") io.stdout.write(text);
  else {
    const file = resolve(io.cwd, output);
    try {
      await makeFolder(dirname(file));
      await writeFile(file, text, "utf8");
    } catch (error) {
      throw new CliError(`cannot write ${output}: ${error.message}`);
    }
  }
  return EXIT_OK;
}

export { linkTemplateOption as a, readReportFile as b, linkBaseFrom as l, reportCommand as r };
