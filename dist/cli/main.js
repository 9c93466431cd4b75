import { createRequire } from 'node:module';
import { C as CliError, U as UsageError, A as EXIT_USAGE, H as HELP, k as EXIT_OK, D as toolVersion, F as EXIT_INTERNAL, G as processIo } from './core-udZwOpka.js';
import './chunk-WV4KQOO6.js';

const require$1 = createRequire(import.meta.url);

// src/cli/main.ts
var COMMANDS = {
  scan: async (argv, io) => (await import('./core-udZwOpka.js').then(n => n.ad)).scanCommand(argv, io),
  gate: async (argv, io) => (await import('./core-udZwOpka.js').then(n => n.ad)).gateCommand(argv, io),
  rules: async (argv, io) => (await import('./rules-B39F7SdZ.js')).rulesCommand(argv, io),
  explain: async (argv, io) => (await import('./rules-B39F7SdZ.js')).explainCommand(argv, io),
  "test-rules": async (argv, io) => (await import('./test-rules-bk-tmTq5.js')).testRulesCommand(argv, io),
  init: async (argv, io) => (await import('./init-D5zvlif3.js')).initCommand(argv, io)
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
