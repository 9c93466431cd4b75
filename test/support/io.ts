import type { Io } from "../../src/cli/io.js";

export interface FakeIo extends Io {
  out(): string;
  err(): string;
}

/** In-memory stdout/stderr for running `main()` in-process. */
export function fakeIo(cwd: string, options: { tty?: boolean; errTty?: boolean; env?: Record<string, string | undefined> } = {}): FakeIo {
  let out = "";
  let err = "";
  return {
    stdout: { write: (s: string) => ((out += s), true), isTTY: options.tty ?? false },
    stderr: { write: (s: string) => ((err += s), true), isTTY: options.errTty ?? false },
    cwd,
    env: options.env ?? {},
    out: () => out,
    err: () => err,
  };
}
