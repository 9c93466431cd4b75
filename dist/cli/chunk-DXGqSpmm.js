import { createRequire } from 'node:module';
import { C as CliError, n as EXIT_OK, k as parseArgs, m as flag, o as stringOption, F as toolVersion } from './core-B1YyzGGN.js';
import { p as parseReportDocument, R as ReportDocumentError, m as mergeDocuments, c as compareDocuments } from './chunk-DmEb5run.js';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { resolve, dirname } from 'node:path';

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
  try {
    text = await readFile(resolve(cwd, file), "utf8");
  } catch (error) {
    throw new CliError(`${option}${file}: cannot read it (${error.code ?? error.message})`);
  }
  try {
    return parseReportDocument(text, file);
  } catch (error) {
    throw error instanceof ReportDocumentError ? new CliError(`${option}${error.message}`) : error;
  }
}
async function reportCommand(argv, io) {
  const [sub, ...rest] = argv;
  if (sub === "--help" || sub === "-h") {
    io.stdout.write((await import('./help-BUlHQBLl.js')).HELP);
    return EXIT_OK;
  }
  if (sub !== "merge") throw new CliError(`${sub === void 0 ? "driftless report needs a subcommand" : `unknown subcommand driftless report ${sub}`}: driftless report merge <reports.json...> --format html|json [--output FILE]`);
  const parsed = parseArgs(rest, MERGE_OPTIONS);
  if (flag(parsed, "help")) {
    io.stdout.write((await import('./help-BUlHQBLl.js')).HELP);
    return EXIT_OK;
  }
  if (parsed.positionals.length === 0) throw new CliError("report merge needs at least one JSON report (driftless scan --format json, or a sweep's sweep.json)");
  const output = stringOption(parsed, "output");
  const format = stringOption(parsed, "format") ?? (output?.toLowerCase().endsWith(".json") ? "json" : "html");
  const docs = [];
  for (const file of parsed.positionals) docs.push(await readReportFile(file, io.cwd));
  const compare = stringOption(parsed, "compare");
  let doc = mergeDocuments(docs, `driftless ${toolVersion()}`, (/* @__PURE__ */ new Date()).toISOString());
  if (compare !== void 0) doc = compareDocuments(doc, await readReportFile(compare, io.cwd, "--compare "));
  let text;
  if (format === "json") text = `${JSON.stringify(doc, null, 2)}
`;
  else {
    const { renderHtml } = await import('./html-DPOGwAZK.js');
    const linkTemplate = stringOption(parsed, "link-template");
    text = renderHtml(doc, linkTemplate !== void 0 ? { linkTemplate } : {});
  }
  if (output === void 0 || output === "-") io.stdout.write(text);
  else {
    const file = resolve(io.cwd, output);
    try {
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text, "utf8");
    } catch (error) {
      throw new CliError(`cannot write ${output}: ${error.message}`);
    }
  }
  return EXIT_OK;
}

export { readReportFile as a, reportCommand as r };
