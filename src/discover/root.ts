import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/**
 * The repository root: the nearest ancestor of `startDir` (inclusive) holding `.git`
 * (a directory, or a file for worktrees and submodules). Falls back to the current directory.
 */
export function findRepositoryRoot(startDir: string, fallback: string = process.cwd()): string {
  let dir = resolve(startDir);
  for (;;) {
    try {
      statSync(join(dir, ".git"));
      return dir;
    } catch {
      // not here; keep walking up
    }
    const parent = dirname(dir);
    if (parent === dir) return resolve(fallback);
    dir = parent;
  }
}
