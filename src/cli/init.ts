import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { findRepositoryRoot } from "../discover/index.js";
import { flag, parseArgs, stringOption } from "./args.js";
import { CONFIG_FILE_NAME, STARTER_CONFIG } from "./config.js";
import { CliError, EXIT_OK, makeFolder, type Io } from "./io.js";

/**
 * `driftless init [--output FILE] [--force]`: writes a commented starter `.driftless.yaml` at the
 * repository root. Refuses to overwrite an existing file unless `--force`.
 */
export async function initCommand(argv: string[], io: Io): Promise<number> {
  const parsed = parseArgs(argv, { output: { value: true }, force: { value: false }, help: { value: false } });
  if (flag(parsed, "help")) {
    io.stdout.write("Usage: driftless init [--output FILE] [--force]\n  writes a commented starter .driftless.yaml at the repository root\n");
    return EXIT_OK;
  }
  if (parsed.positionals.length) throw new CliError(`init takes no paths (got ${parsed.positionals.join(" ")}); use --output FILE`);
  const out = stringOption(parsed, "output");
  const file = out !== undefined ? resolve(io.cwd, out) : join(findRepositoryRoot(io.cwd, io.cwd), CONFIG_FILE_NAME);
  const shown = relative(io.cwd, file) || file;
  if (existsSync(file) && !flag(parsed, "force")) throw new CliError(`${shown} already exists; edit it, or pass --force to replace it`);
  try {
    await makeFolder(dirname(file));
    await writeFile(file, STARTER_CONFIG, "utf8");
  } catch (error) {
    throw new CliError(`cannot write ${shown}: ${(error as Error).message}`);
  }
  io.stdout.write(`wrote ${shown}\n`);
  return EXIT_OK;
}
