/**
 * Writes docs/rules.md from the built-in rules: `npm run docs:rules`. `--check` only compares
 * and exits 1 when the file is out of date (what test/docs/rules-doc.test.ts does in-process).
 */
import { readFile, writeFile, mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { loadRules } from "../src/engine/index.js";
import { renderRulesDoc, RULES_DOC_PATH } from "../src/docs/rules-doc.js";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../", import.meta.url));
export const RULES_DOC_FILE = path.join(REPOSITORY_ROOT, RULES_DOC_PATH);

/** The text docs/rules.md must hold: the built-in rules, rendered. */
export async function generateRulesDoc(): Promise<string> {
  return renderRulesDoc(await loadRules());
}

async function main(argv: string[]): Promise<number> {
  const text = await generateRulesDoc();
  if (argv.includes("--check")) {
    const current = await readFile(RULES_DOC_FILE, "utf8").catch(() => "");
    if (current === text) return 0;
    process.stderr.write(`${RULES_DOC_PATH} is out of date; run npm run docs:rules\n`);
    return 1;
  }
  await mkdir(path.dirname(RULES_DOC_FILE), { recursive: true });
  await writeFile(RULES_DOC_FILE, text);
  process.stdout.write(`wrote ${RULES_DOC_PATH}\n`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
