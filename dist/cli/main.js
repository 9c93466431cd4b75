import { createRequire } from 'node:module';
import { C as CliError, U as UsageError, J as EXIT_USAGE, H as HELP, t as EXIT_OK, K as toolVersion, N as EXIT_INTERNAL, O as processIo } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

// src/cli/main.ts
var COMMANDS = {
  scan: async (argv, io) => (await import('./core-Cp4Gwmxr.js').then(n => n.ao)).scanCommand(argv, io),
  gate: async (argv, io) => (await import('./core-Cp4Gwmxr.js').then(n => n.ao)).gateCommand(argv, io),
  rules: async (argv, io) => (await import('./rules-DPyJFTMC.js')).rulesCommand(argv, io),
  explain: async (argv, io) => (await import('./rules-DPyJFTMC.js')).explainCommand(argv, io),
  "test-rules": async (argv, io) => (await import('./test-rules-C5G7w4oG.js')).testRulesCommand(argv, io),
  init: async (argv, io) => (await import('./init-DSqQkmXC.js')).initCommand(argv, io),
  sweep: async (argv, io) => (await import('./sweep-CUJ9P08b.js')).sweepCommand(argv, io),
  report: async (argv, io) => (await import('./report-DrhlSwms.js')).reportCommand(argv, io)
};
function isUserError(error) {
  return error instanceof CliError || error instanceof UsageError || error instanceof Error && (error.name === "RuleLoadError" || error.constructor.name === "RuleLoadError");
}
async function main(argv, io = processIo()) {
  const [command, ...rest] = argv;
  try {
    if (command === void 0) {
      io.stderr.write("driftless: missing command (see driftless --help)\n");
      return EXIT_USAGE;
    }
    if (command === "--help" || command === "-h" || command === "help") {
      io.stdout.write(HELP);
      return EXIT_OK;
    }
    if (command === "--version" || command === "-V") {
      io.stdout.write(`${toolVersion()}
`);
      return EXIT_OK;
    }
    if (command.startsWith("-")) throw new CliError(`unknown option ${command.split("=")[0]} (see driftless --help)`);
    const run = COMMANDS[command];
    if (!run) throw new CliError(`unknown command ${command} (see driftless --help)`);
    return await run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr.write(`driftless: ${error.message.replace(/\s*\n\s*/g, " ")}
`);
      return EXIT_USAGE;
    }
    const message = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr.write(`driftless: internal error (please report it with the command and the file): ${message}
`);
    return EXIT_INTERNAL;
  }
}

export { main };
