/**
 * `.gitignore` files applied while a folder is listed, so that an ignored folder is never
 * entered (a large build output costs nothing) and each entry is matched once.
 *
 * Semantics are git's (https://git-scm.com/docs/gitignore), matched by the `ignore` package: a
 * `.gitignore` applies to its folder and below, with paths relative to its folder; a deeper file's
 * rule wins over a shallower one's, a negation (`!x`) re-includes, and nothing inside an ignored
 * folder can be re-included (git does not look inside it). The files that count are those in the
 * walked folder and below, and those above it up to the repository root (the nearest folder
 * with `.git`); outside a repository, only the walked folder's own and below.
 */
import { readFileSync, type Dirent } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { repositoryRootOf } from "./root.js";

interface IgnoreFile {
  /** The file's folder relative to the base, with forward slashes and a trailing slash ("" for the base). */
  prefix: string;
  rules: Ignore;
}

export class GitIgnores {
  /** Where the rules are anchored: the repository root, else the walked folder. */
  private readonly base: string;
  /** The ignore files in force in each folder listed (or above the walked one), shallowest first. */
  private readonly chains = new Map<string, readonly IgnoreFile[]>();

  /**
   * `folder`: the absolute path of the folder about to be walked. `matters(name)`: whether a file
   * of that name could be kept at all (others are passed through unmatched: the walk's patterns
   * drop them anyway).
   */
  constructor(
    folder: string,
    private readonly matters: (name: string) => boolean,
  ) {
    const walked = resolve(folder);
    this.base = repositoryRootOf(walked) ?? walked;
    // Above the walked folder its files are not listed: each folder's .gitignore is looked for.
    if (walked !== this.base) this.chainOf(dirname(walked), undefined);
  }

  /** The entries of `dir` (an absolute path, just listed) that no ignore file in force ignores. */
  filter(dir: string, entries: Dirent[]): Dirent[] {
    const absolute = resolve(dir);
    const chain = this.chainOf(absolute, entries.some((e) => e.name === ".gitignore" && !e.isDirectory()));
    if (chain.length === 0) return entries;
    const at = this.relative(absolute);
    return entries.filter((entry) => {
      const folder = entry.isDirectory();
      if (!folder && !this.matters(entry.name)) return true;
      const path = at + entry.name + (folder ? "/" : "");
      let ignored = false;
      for (const file of chain) {
        const result = file.rules.test(path.slice(file.prefix.length));
        if (result.ignored) ignored = true;
        else if (result.unignored) ignored = false;
      }
      return !ignored;
    });
  }

  /**
   * The ignore files in force in `dir`: its parent's, then its own. `hasOwn`: whether the listing
   * showed a `.gitignore` (undefined: not listed, look for one).
   */
  private chainOf(dir: string, hasOwn: boolean | undefined): readonly IgnoreFile[] {
    const known = this.chains.get(dir);
    if (known) return known;
    const parent = dir === this.base || dirname(dir) === dir ? [] : this.chainOf(dirname(dir), undefined);
    const own = hasOwn === false ? undefined : readIgnoreFile(join(dir, ".gitignore"));
    const chain = own === undefined ? parent : [...parent, { prefix: this.relative(dir), rules: ignore().add(own) }];
    this.chains.set(dir, chain);
    return chain;
  }

  private relative(dir: string): string {
    const rel = relative(this.base, dir);
    return rel === "" ? "" : `${rel.split(sep).join("/")}/`;
  }
}

/** A .gitignore's text; undefined when there is none or it cannot be read (git skips it too). */
function readIgnoreFile(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}
