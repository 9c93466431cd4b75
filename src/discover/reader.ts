/**
 * The one way scanners read files. Discovery makes a `Reader` for each run and hands it to the
 * scanners with their units, so every read (a unit's own files, a Terraform `file()` or local
 * module, a Pulumi import or `package.json`) gets the same encoding, size and binary checks
 * (`readSource`), and reads that a scanned file asks for cannot leave the scan root, not even
 * through a symbolic link. Results are kept for the run (a module called ten times is read
 * once) and dropped with the reader: there is no process-wide cache.
 */
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { MAX_FILE_BYTES, readSource, type ReadResult } from "./read.js";

/** An entry of a listed directory. */
export interface DirectoryEntry {
  name: string;
  /** A regular file, or a symbolic link to one. */
  isFile: boolean;
  /** A directory that is not a symbolic link (links to directories are not followed). */
  isDirectory: boolean;
}

/** A read a scanned file asked for and the reader refused: `reason` completes "cannot read PATH: …". */
export interface Refusal {
  refused: string;
}

export interface Reader {
  /** Absolute path of the scan root; reported paths are relative to it. */
  readonly root: string;
  /** Repository-relative, forward-slash form of an absolute path (`../x` when outside the root). */
  repoPath(absolutePath: string): string;
  /** A file discovery chose: decoded text, or the Diagnostic that says why it cannot be scanned. */
  read(absolutePath: string): ReadResult;
  /**
   * A file a scanned file refers to (a Terraform `file()` argument, a module's files, a Pulumi
   * import): refused when it resolves, through symbolic links too, to a place outside the root.
   */
  readInside(absolutePath: string): ReadResult | Refusal;
  /** True when the path exists inside the root (a lock file beside a project). */
  existsInside(absolutePath: string): boolean;
  /** The entries of a directory inside the root, sorted by name; undefined when it is not one. */
  listInside(absoluteDirectory: string): DirectoryEntry[] | undefined;
  /** Why a path may not be read (it leaves the root, also through a symbolic link), or undefined when it may. */
  refusal(absolutePath: string): string | undefined;
  /** Drops what was read for a file, once no scanner needs it again (keeps memory bounded). */
  forget(absolutePath: string): void;
}

export function isRefusal(result: ReadResult | Refusal): result is Refusal {
  return "refused" in result;
}

/**
 * Makes the reader of one run, rooted at `root` (the repository root of the scan). Files over
 * `maxFileBytes` (default MAX_FILE_BYTES, 5 MB) are refused unread.
 */
export function createReader(root: string, options: { maxFileBytes?: number } = {}): Reader {
  return new FileReader(resolve(root), options.maxFileBytes ?? MAX_FILE_BYTES);
}

class FileReader implements Reader {
  private readonly texts = new Map<string, ReadResult>();
  /** Real paths of folders, null for one that cannot be resolved (kept for the run). */
  private readonly realDirs = new Map<string, string | null>();
  /** Files a listing of a folder inside the root showed as no link: inside the root, without a check of their own. */
  private readonly listedInside = new Set<string>();
  private readonly realRoot: string;

  constructor(
    readonly root: string,
    private readonly maxFileBytes: number,
  ) {
    this.realRoot = safeRealpath(root) ?? root;
  }

  repoPath(absolutePath: string): string {
    const rel = relative(this.root, absolutePath);
    return (rel === "" ? "." : rel).split(sep).join("/");
  }

  read(absolutePath: string): ReadResult {
    const key = resolve(absolutePath);
    let result = this.texts.get(key);
    if (!result) {
      result = readSource(key, this.repoPath(key), this.maxFileBytes);
      this.texts.set(key, result);
    }
    return result;
  }

  readInside(absolutePath: string): ReadResult | Refusal {
    const why = this.outside(absolutePath);
    if (why) return { refused: why };
    return this.read(absolutePath);
  }

  existsInside(absolutePath: string): boolean {
    if (this.outside(absolutePath)) return false;
    try {
      statSync(absolutePath);
      return true;
    } catch {
      return false;
    }
  }

  listInside(absoluteDirectory: string): DirectoryEntry[] | undefined {
    if (this.outside(absoluteDirectory)) return undefined;
    let entries;
    try {
      entries = readdirSync(absoluteDirectory, { withFileTypes: true });
    } catch {
      return undefined;
    }
    const out: DirectoryEntry[] = [];
    for (const entry of entries) {
      if (!entry.isSymbolicLink()) this.listedInside.add(join(resolve(absoluteDirectory), entry.name));
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          isFile = statSync(join(absoluteDirectory, entry.name)).isFile();
        } catch {
          isFile = false;
        }
      }
      out.push({ name: entry.name, isFile, isDirectory: entry.isDirectory() });
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  forget(absolutePath: string): void {
    this.texts.delete(resolve(absolutePath));
  }

  refusal(absolutePath: string): string | undefined {
    return this.outside(absolutePath);
  }

  /** Why a path may not be read, or undefined when it lies inside the root (after resolving links). */
  private outside(absolutePath: string): string | undefined {
    const target = resolve(absolutePath);
    if (this.listedInside.has(target)) return undefined;
    if (!within(this.root, target)) return `it is outside the scanned repository (${this.root})`;
    const real = this.realpath(target);
    // A missing file is not a refusal: the read itself reports it.
    if (real !== undefined && !within(this.realRoot, real)) return `it is a symbolic link to ${real}, outside the scanned repository`;
    return undefined;
  }

  /**
   * realpath(3) of an existing path, or undefined when it does not exist. A path that is not
   * itself a symbolic link resolves to its folder's real path plus its name, and folders are
   * resolved once per run: one lstat per file instead of one per path component.
   */
  private realpath(target: string): string | undefined {
    let link;
    try {
      link = lstatSync(target).isSymbolicLink();
    } catch {
      return undefined;
    }
    if (link) return safeRealpath(target);
    const dir = dirname(target);
    if (dir === target) return safeRealpath(target);
    let realDir = this.realDirs.get(dir);
    if (realDir === undefined) {
      realDir = safeRealpath(dir) ?? null;
      this.realDirs.set(dir, realDir);
    }
    return realDir === null ? undefined : join(realDir, basename(target));
  }
}

function within(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function safeRealpath(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
