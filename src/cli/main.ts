import { UsageError } from "../discover/index.js";
import { HELP } from "./help.js";
import { CliError, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, processIo, type Io } from "./io.js";
import { toolVersion } from "./version.js";

/** Each command's module loads when the command runs: a scan does not load `init` or `test-rules`. */
const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  scan: async (argv, io) => (await import("./scan.js")).scanCommand(argv, io),
  gate: async (argv, io) => (await import("./scan.js")).gateCommand(argv, io),
  rules: async (argv, io) => (await import("./rules.js")).rulesCommand(argv, io),
  explain: async (argv, io) => (await import("./rules.js")).explainCommand(argv, io),
  "test-rules": async (argv, io) => (await import("./test-rules.js")).testRulesCommand(argv, io),
  init: async (argv, io) => (await import("./init.js")).initCommand(argv, io),
  sweep: async (argv, io) => (await import("./sweep.js")).sweepCommand(argv, io),
  report: async (argv, io) => (await import("./report.js")).reportCommand(argv, io),
};

/** Errors that are the user's to fix (bad arguments, missing paths, broken rule files): exit 2, one line. */
function isUserError(error: unknown): error is Error {
  return (
    error instanceof CliError ||
    error instanceof UsageError ||
    (error instanceof Error && (error.name === "RuleLoadError" || error.constructor.name === "RuleLoadError"))
  );
}

/**
 * The CLI. Returns the exit code (0 clean, 1 findings at or above --fail-on, 2 usage or
 * configuration error, 3 internal error); never calls process.exit, so it can run in-process in
 * tests.
 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined) {
      io.stderr.write("driftless: missing command (see driftless --help)\n");
      return EXIT_USAGE;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (command === "--version" || command === "-V") {
      io.stdout.write(`${toolVersion()}\n`);
      return EXIT_OK;
    }
    if (command.startsWith("-")) throw new CliError(`unknown option ${command.split("=")[0]} (see driftless --help)`);
    const run = COMMANDS[command];
    if (!run) throw new CliError(`unknown command ${command} (see driftless --help)`);
    return await run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`driftless: ${error.message.replace(/\s*\n\s*/g, " ")}\n`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`driftless: internal error (please report it with the command and the file): ${message}\n`);
    return EXIT_INTERNAL;
  }
}
