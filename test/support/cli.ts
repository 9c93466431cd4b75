import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { main } from "../../src/cli/main.js";
import { fakeIo } from "./io.js";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
export const BIN = join(REPO, "bin/driftless.js");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The committed bundle (`node bin/driftless.js`) as a child process: exactly what users run. */
export function cliProcess(args: string[], cwd = REPO): Promise<Run> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/**
 * The CLI's `main()` in this process with the same argv, working directory and environment: the
 * whole command (options, configuration, scan, reports, exit code) without a Node start-up per
 * case, so suites of many cases stay fast. Each file keeps a few `cliProcess` cases for the real
 * process.
 */
export async function cliInProcess(args: string[], cwd = REPO, env: Record<string, string | undefined> = { NO_COLOR: "1" }): Promise<Run> {
  const io = fakeIo(cwd, { env });
  const code = await main(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}
