import * as fs from "node:fs";
import { readdirSync, statSync, type Stats } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { range } from "../model/position.js";
import type { Diagnostic } from "../model/resource.js";
import { candidatePatterns, FILE_KINDS, kindRule, kindRules, LOCK_FILE_NAMES, PULUMI_PROJECT_FILES, type FileKind, type FileKindRule } from "./classify.js";
import { peekText, specialKind } from "./read.js";
import type { Reader } from "./reader.js";
import type { GitIgnores } from "./gitignore.js";
import { isAutoVarFile } from "./units.js";

export interface DiscoveredFile {
  /** Repository-relative path, forward slashes (what findings and SARIF URIs use). */
  path: string;
  absolutePath: string;
  kind: FileKind;
  /** Named on the command line (not found by walking a folder, nor brought in as part of a unit). */
  named: boolean;
  /** For Pulumi kinds: the folder of the project's `Pulumi.yaml`, when the file belongs to one. */
  projectDir?: string;
  /** A named file that stands for its whole unit (a `package.json` or lock file of a Pulumi project). */
  bringsUnit?: boolean;
  /** Found by walking a folder named on the command line: reported like a named file. */
  walked?: boolean;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

export interface DiscoverOptions {
  /** The run's reader: content sniffs read through it, so the scanners get the same text without reading again. */
  reader: Reader;
  /** Directory that relative `paths` are resolved against (default: the current directory). */
  cwd?: string;
  /** Repository-path globs (picomatch): when given, only matching files are scanned. */
  include?: string[];
  /** Repository-path globs: matching files are not scanned, named ones included (a hook passes staged files). */
  exclude?: string[];
  /** Absolute paths read already, for another purpose (the gate's inputs): left out unread. */
  skip?: ReadonlySet<string>;
}

/** A command-line path that does not exist, or similar misuse: the CLI turns it into exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** Directories never descended into, whatever .gitignore says. */
export const SKIPPED_DIRECTORIES: readonly string[] = [".git", "node_modules", ".terraform", ".terragrunt-cache"];

/** Repository-relative, forward-slash form of an absolute path. */
export function toRepoPath(root: string, absolutePath: string): string {
  const rel = relative(root, absolutePath);
  return (rel === "" ? "." : rel).split(sep).join("/");
}

/**
 * Finds the IaC files under `paths` (files or directories; default `.`). Directories are walked
 * recursively honouring .gitignore files (nested ones, and parents up to the git root), skipping
 * SKIPPED_DIRECTORIES and never following symlinked directories. A file named explicitly is
 * scanned even when gitignored, and brings in the rest of its unit (see units.ts): the other
 * Terraform files and auto-loaded variable files of its folder, the files of its Pulumi project;
 * a named `package.json` or lock file of a Pulumi project stands for the project. Order is
 * deterministic: sorted by repository path. Throws UsageError when a named path does not exist.
 */
export async function discover(paths: string[], options: DiscoverOptions): Promise<DiscoverResult> {
  const cwd = options.cwd ?? process.cwd();
  const reader = options.reader;
  const found = new Map<string, DiscoveredFile>();
  const diagnostics: Diagnostic[] = [];
  /** A path found but not analysed at all (listed under "Not scanned", counted by --strict). */
  const notScanned = (absolutePath: string, message: string): void => {
    diagnostics.push({ file: reader.repoPath(absolutePath), range: range(1, 1, 1, 2), severity: "warning", message, notScanned: true });
  };
  const inputs = paths.length > 0 ? paths : ["."];
  const projects = new ProjectMarkers(reader.root);
  const refusedPaths = new Set<string>();

  // picomatch loads only when there are globs to match.
  const picomatch = options.include?.length || options.exclude?.length ? (await import("picomatch")).default : undefined;
  const included = picomatch && options.include?.length ? picomatch(options.include, { dot: true }) : undefined;
  const excluded = picomatch && options.exclude?.length ? picomatch(options.exclude, { dot: true }) : undefined;
  /** `inside`: known to lie inside the root (a regular file a walk from a folder inside it found without following links). */
  const add = (absolutePath: string, named: boolean, walked = false, inside = false): DiscoveredFile | undefined => {
    const file = addFile(absolutePath, named, inside);
    if (file && walked) file.walked = true;
    return file;
  };
  const addFile = (absolutePath: string, named: boolean, inside: boolean): DiscoveredFile | undefined => {
    if (included || excluded) {
      const path = reader.repoPath(absolutePath);
      if ((included && !included(path)) || excluded?.(path)) return undefined;
    }
    if (options.skip?.has(absolutePath)) return undefined;
    const known = found.get(absolutePath);
    if (known) {
      if (named) known.named = true;
      return known;
    }
    const rules = kindRules(absolutePath);
    if (rules.length === 0) return undefined;
    // A link found by walking that leads out of the repository is not read (a file named on the
    // command line is the user's choice and is).
    const refused = named || inside ? undefined : reader.refusal(absolutePath);
    if (refused) {
      if (!refusedPaths.has(absolutePath)) notScanned(absolutePath, `not scanned: ${refused}`);
      refusedPaths.add(absolutePath);
      return undefined;
    }
    const path = reader.repoPath(absolutePath);
    // Rows sharing a suffix are tried in table order; the first whose project or content fits wins.
    let rule: FileKindRule | undefined;
    let projectDir: string | undefined;
    for (const candidate of rules) {
      const dir = candidate.project ? projects.projectOf(absolutePath, candidate.project) : candidate.kind === "pulumi-project" ? dirname(absolutePath) : undefined;
      if (candidate.sniff && !(candidate.project && dir !== undefined) && !sniffed(reader, absolutePath, candidate)) continue;
      rule = candidate;
      projectDir = dir;
      break;
    }
    if (!rule) return undefined;
    const file: DiscoveredFile = { path, absolutePath, kind: rule.kind, named };
    if (projectDir !== undefined) file.projectDir = projectDir;
    found.set(absolutePath, file);
    return file;
  };

  /** A FIFO, socket or device with an IaC file's name: never read, but said. */
  const special = (absolutePath: string, info: Stats | undefined): void =>
    notScanned(absolutePath, `not scanned: not a regular file (${info ? specialKind(info) : "it disappeared"}); IaC files are regular files`);

  const walk = async (absolute: string, named: boolean, walked = false): Promise<void> => {
    const [{ globbySync }, { GitIgnores }] = await loadGlobby();
    // Synchronous: globby's asynchronous form stats every result on the thread pool for its
    // gitignore filter, which measured twice as slow on 10,000 files as this.
    const options = {
      cwd: absolute,
      absolute: true,
      dot: true,
      // Not onlyFiles: with followSymbolicLinks off, fast-glob would drop symlinked *files*
      // (a shared provider.tf linked into several roots). Links are stat'ed below instead;
      // other entries are known from the directory listing (objectMode keeps its dirent).
      onlyFiles: false,
      objectMode: true,
      followSymbolicLinks: false,
      suppressErrors: true,
      fs: walkFs,
      ignore: SKIPPED_DIRECTORIES.map((d) => `**/${d}/**`),
    } as const;
    // .gitignore files are applied as fast-glob lists each folder (see GitIgnores): an ignored
    // folder is never entered. globby's own gitignore option costs a second walk for the
    // .gitignore files and about 0.1 ms a file (measured: 220 ms of 1,900 files against 50).
    walkFs.ignores = new GitIgnores(absolute, (name) => kindRule(name) !== null);
    let entries;
    try {
      entries = globbySync(candidatePatterns(), options);
    } finally {
      walkFs.ignores = undefined;
    }
    // fast-glob skips a folder it cannot list; the files in it are lost unless we say so.
    for (const [dir, error] of walkFs.take()) {
      notScanned(dir, `folder not scanned: ${folderProblem(dir, error)}`);
    }
    // Below a folder that resolves inside the root, an entry that is no link resolves inside it.
    const inside = reader.refusal(absolute) === undefined;
    const sorted = entries.map((entry) => ({ path: resolve(entry.path), dirent: entry.dirent }));
    sorted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    for (const { path: entryPath, dirent } of sorted) {
      if (!kindRule(entryPath) || found.has(entryPath)) continue;
      if (!dirent.isSymbolicLink()) {
        if (dirent.isFile()) add(entryPath, named, walked, inside);
        else if (!dirent.isDirectory()) special(entryPath, statSync(entryPath, { throwIfNoEntry: false }));
        continue;
      }
      let target;
      try {
        target = statSync(entryPath);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        notScanned(entryPath, `cannot read file (${code === "ENOENT" ? "broken symbolic link" : code === "ELOOP" ? "symbolic link loop" : (error as Error).message}); fix or remove the link`);
        continue;
      }
      if (target.isFile()) add(entryPath, named, walked);
      else if (!target.isDirectory()) special(entryPath, target);
    }
  };

  const namedFiles: DiscoveredFile[] = [];
  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let info;
    try {
      info = statSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`path not found: ${input}`);
      if (code === "ELOOP") throw new UsageError(`path is a symlink loop: ${input}`);
      throw new UsageError(`cannot access ${input}: ${(error as Error).message}`);
    }
    if (info.isDirectory()) {
      await walk(absolute, false, true);
      continue;
    }
    const file = add(absolute, true) ?? projectStandIn(absolute, projects, add);
    if (file) namedFiles.push(file);
  }

  // A named file is evaluated within its unit: bring in the rest of it.
  for (const file of namedFiles) {
    if (file.kind === "terraform" || file.kind === "terraform-json" || file.kind === "tfvars") {
      for (const sibling of terraformSiblings(dirname(file.absolutePath))) add(sibling, false);
    } else if (file.projectDir !== undefined) {
      add(join(file.projectDir, projectFileName(file.projectDir)), false);
      await walk(file.projectDir, false);
    }
  }

  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}

let globbyModule: Promise<[typeof import("globby"), typeof import("./gitignore.js")]> | undefined;

/**
 * globby and the .gitignore matcher, imported on the first folder walk only: a scan of named
 * files (the pre-commit hook) never walks one and so never pays for loading them.
 */
function loadGlobby(): Promise<[typeof import("globby"), typeof import("./gitignore.js")]> {
  globbyModule ??= Promise.all([import("globby"), import("./gitignore.js")]);
  return globbyModule;
}

/** The `.tf`, `.tf.json` and auto-loaded variable files of a folder (absolute paths). */
function terraformSiblings(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => {
      const lower = name.toLowerCase();
      return lower.endsWith(".tf") || lower.endsWith(".tf.json") || isAutoVarFile(lower);
    })
    .map((name) => join(dir, name))
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
}

/** The project file's name as written in a Pulumi project folder. */
function projectFileName(dir: string): string {
  for (const name of PULUMI_PROJECT_FILES) {
    try {
      if (statSync(join(dir, name)).isFile()) return name;
    } catch {
      // try the next spelling
    }
  }
  return PULUMI_PROJECT_FILES[0]!;
}

/**
 * A named `package.json` or lock file beside a Node.js `Pulumi.yaml` stands for the project (a
 * dependency change is a change to the program): the project file is added, marked so its
 * whole unit is reported.
 */
function projectStandIn(
  absolutePath: string,
  projects: ProjectMarkers,
  add: (absolutePath: string, named: boolean) => DiscoveredFile | undefined,
): DiscoveredFile | undefined {
  const name = basename(absolutePath).toLowerCase();
  if (name !== "package.json" && !LOCK_FILE_NAMES.includes(name)) return undefined;
  const pulumi = FILE_KINDS.find((k) => k.kind === "pulumi")?.project;
  const dir = dirname(absolutePath);
  if (!pulumi || projects.projectOf(join(dir, "index.ts"), pulumi) !== dir) return undefined;
  const file = add(join(dir, projectFileName(dir)), true);
  if (file) file.bringsUnit = true;
  return file;
}


/**
 * The file-system calls fast-glob makes (its `fs` option): folder listings pass through the
 * walk's `.gitignore` files (`ignores`, set for one walk), and the folders it could not list are
 * recorded (with `suppressErrors` it skips them in silence). Vanished folders (ENOENT) are not
 * recorded: nothing was in them to lose.
 */
const walkFs = {
  ignores: undefined as GitIgnores | undefined,
  failures: new Map<string, NodeJS.ErrnoException>(),
  take(): [string, NodeJS.ErrnoException][] {
    const out = [...this.failures].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.failures.clear();
    return out;
  },
  /** Entries of a listing (with file types) that the walk's ignore files leave in. */
  kept<T>(path: fs.PathLike, entries: T): T {
    if (!walkFs.ignores || !Array.isArray(entries) || !(entries[0] instanceof fs.Dirent)) return entries;
    return walkFs.ignores.filter(String(path), entries as fs.Dirent[]) as T;
  },
  readdirSync: ((path: fs.PathLike, options?: unknown) => {
    try {
      return walkFs.kept(path, fs.readdirSync(path, options as { withFileTypes: true }));
    } catch (error) {
      walkFs.note(String(path), error as NodeJS.ErrnoException);
      throw error;
    }
  }) as typeof fs.readdirSync,
  readdir: ((path: fs.PathLike, options: unknown, callback?: (error: NodeJS.ErrnoException | null, entries?: unknown) => void) => {
    const done = (typeof options === "function" ? options : callback) as (error: NodeJS.ErrnoException | null, entries?: unknown) => void;
    const finish = (error: NodeJS.ErrnoException | null, entries?: unknown) => {
      if (error) walkFs.note(String(path), error);
      done(error, error ? entries : walkFs.kept(path, entries));
    };
    if (typeof options === "function") fs.readdir(path, finish as never);
    else fs.readdir(path, options as never, finish as never);
  }) as unknown as typeof fs.readdir,
  lstat: fs.lstat,
  stat: fs.stat,
  lstatSync: fs.lstatSync,
  statSync: fs.statSync,
  note(path: string, error: NodeJS.ErrnoException): void {
    if (error.code !== "ENOENT") this.failures.set(resolve(path), error);
  },
};

/** Why a folder could not be listed, and what to do, in words. */
function folderProblem(dir: string, error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case "EACCES":
    case "EPERM":
      return "cannot list it (permission denied); make it readable or exclude it from the scan";
    case "ENAMETOOLONG":
      return `its path is ${dir.length} characters, longer than the operating system accepts (PATH_MAX, 4,096 bytes on Linux); shorten the folder names`;
    case "ELOOP":
      return "symbolic link loop; fix or remove the link";
    default:
      return `cannot list it (${error.message}); fix it or exclude it from the scan`;
  }
}

/**
 * Answers "which project does this file belong to?" (the folder of the nearest `Pulumi.yaml`
 * with `runtime: nodejs` above a `.ts` file) by walking up from the file's folder to the
 * repository root (or to the file-system root for files outside it). Each folder's answer is
 * kept for the run, so a project of many files reads its marker once.
 */
class ProjectMarkers {
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly root: string) {}

  projectOf(absolutePath: string, project: NonNullable<FileKindRule["project"]>): string | undefined {
    const underRoot = !relative(this.root, absolutePath).startsWith("..");
    let dir = dirname(absolutePath);
    for (;;) {
      if (this.marks(dir, project)) return dir;
      const parent = dirname(dir);
      if (parent === dir || (underRoot && dir === this.root)) return undefined;
      dir = parent;
    }
  }

  private marks(dir: string, project: NonNullable<FileKindRule["project"]>): boolean {
    let answer = this.cache.get(dir);
    if (answer === undefined) {
      answer = false;
      for (const name of project.names) {
        const text = peekText(join(dir, name));
        if (text !== undefined) {
          answer = project.accepts(text);
          break;
        }
      }
      this.cache.set(dir, answer);
    }
    return answer;
  }
}

/**
 * True when a file whose kind depends on its content claims that kind. Files that cannot be
 * decoded (too large, binary, not UTF-8) are sniffed on what can be read, so a real template is
 * still reported (the scanner then reports the read problem) rather than silently dropped;
 * files that cannot be read at all are dropped, since nothing says they are IaC.
 */
function sniffed(reader: Reader, absolutePath: string, rule: FileKindRule): boolean {
  const read = reader.read(absolutePath);
  if (read.file) return rule.sniff!(read.file.text);
  const peek = peekText(absolutePath);
  return peek !== undefined && rule.sniff!(peek);
}
