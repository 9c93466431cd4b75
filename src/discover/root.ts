import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The repository root: the nearest ancestor of `startDir` (inclusive) holding `.git`
 * (a directory, or a file for worktrees and submodules). Falls back to the current directory.
 */
export function findRepositoryRoot(startDir: string, fallback: string = process.cwd()): string {
  return repositoryRootOf(startDir) ?? resolve(fallback);
}

/** The nearest folder at or above `startDir` that holds a `.git` entry, or undefined outside any repository. */
export function repositoryRootOf(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (;;) {
    try {
      statSync(join(dir, ".git"));
      return dir;
    } catch {
      // not here; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
