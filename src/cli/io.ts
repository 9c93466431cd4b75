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

/**
 * Makes a folder and the missing ones above it, one level at a time. Node's `mkdir(…, {
 * recursive: true })` never returns for a path under /proc (it retries the level the kernel
 * refuses), so a mistyped `--output /proc/x/report.json` would hang a pre-commit hook; here the
 * refusal is the error (ENOENT, EACCES, EROFS, ENOTDIR, EEXIST for a file in the way).
 */
export async function makeFolder(folder: string): Promise<void> {
  const { mkdir, stat } = await import("node:fs/promises");
  const { dirname } = await import("node:path");
  const missing: string[] = [];
  for (let at = folder; ; at = dirname(at)) {
    const info = await stat(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`${at} is not a folder`), { code: "ENOTDIR" });
      break;
    }
    missing.push(at);
    if (dirname(at) === at) break;
  }
  for (const at of missing.reverse()) {
    await mkdir(at).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "EEXIST") throw error;
    });
  }
}
