/** Where a command writes, and the environment it runs in; `main` uses the real process, tests pass fakes. */
export interface Io {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  cwd: string;
  env: Record<string, string | undefined>;
}

let epipeGuard = false;

export function processIo(): Io {
  if (!epipeGuard) {
    // `driftless scan | head` closes the pipe early: stop writing quietly instead of crashing.
    epipeGuard = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
    });
  }
  return { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
}

/** A usage, configuration or rule-loading problem: one line on stderr and exit code 2. */
export class CliError extends Error {
  override name = "CliError";
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
/** driftless itself failed (a bug): not the user's input. */
export const EXIT_INTERNAL = 3;

/** Colours only on a TTY and when NO_COLOR is not set (https://no-color.org). */
export function useColour(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}
