import { createRequire } from 'node:module';
import { o as parseArgs, q as flag, t as EXIT_OK, C as CliError, w as stringOption, x as findRepositoryRoot, y as CONFIG_FILE_NAME, z as makeFolder, S as STARTER_CONFIG } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { resolve, join, relative, dirname } from 'node:path';

const require$1 = createRequire(import.meta.url);
async function initCommand(argv, io) {
  const parsed = parseArgs(argv, { output: { value: true }, force: { value: false }, help: { value: false } });
  if (flag(parsed, "help")) {
    io.stdout.write("Usage: driftless init [--output FILE] [--force]\n  writes a commented starter .driftless.yaml at the repository root\n");
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new CliError(`init takes no paths (got ${parsed.positionals.join(" ")}); use --output FILE`);
  const out = stringOption(parsed, "output");
  const file = out !== void 0 ? resolve(io.cwd, out) : join(findRepositoryRoot(io.cwd, io.cwd), CONFIG_FILE_NAME);
  const shown = relative(io.cwd, file) || file;
  if (existsSync(file) && !flag(parsed, "force")) throw new CliError(`${shown} already exists; edit it, or pass --force to replace it`);
  try {
    await makeFolder(dirname(file));
    await writeFile(file, STARTER_CONFIG, "utf8");
  } catch (error) {
    throw new CliError(`cannot write ${shown}: ${error.message}`);
  }
  io.stdout.write(`wrote ${shown}
`);
  return EXIT_OK;
}

export { initCommand };
