import { stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { globby } from "globby";
import { range } from "../model/position.js";
import type { Diagnostic } from "../model/resource.js";
import { candidatePatterns, kindRule, type FileKind, type FileKindRule } from "./classify.js";
import { peekText, readSource, type ReadResult } from "./read.js";

export interface DiscoveredFile {
  /** Repository-relative path, forward slashes (what findings and SARIF URIs use). */
  path: string;
  absolutePath: string;
  kind: FileKind;
  /**
   * The file as read during discovery, for kinds decided by content (CloudFormation's
   * `.json/.yaml`): the pipeline scans this instead of reading the file again. A read problem
   * (too large, not UTF-8) is kept here as the diagnostic when what could be read still
   * claims the kind.
   */
  content?: ReadResult;
}

export interface DiscoverResult {
  files: DiscoveredFile[];
  diagnostics: Diagnostic[];
}

export interface DiscoverOptions {
  /** Repository root: paths in results are relative to it. */
  root: string;
  /** Directory that relative `paths` are resolved against (default: the current directory). */
  cwd?: string;
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
 * scanned even when gitignored. Order is deterministic: sorted by repository path.
 * Throws UsageError when a named path does not exist.
 */
export async function discover(paths: string[], options: DiscoverOptions): Promise<DiscoverResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = resolve(options.root);
  const found = new Map<string, DiscoveredFile>();
  const diagnostics: Diagnostic[] = [];
  const inputs = paths.length > 0 ? paths : ["."];

  const projects = new ProjectMarkers(root);

  const add = async (absolutePath: string): Promise<void> => {
    const rule = kindRule(absolutePath);
    if (!rule || found.has(absolutePath)) return;
    const path = toRepoPath(root, absolutePath);
    if (!rule.sniff || (rule.project && (await projects.inside(absolutePath, rule.project)))) {
      found.set(absolutePath, { path, absolutePath, kind: rule.kind });
      return;
    }
    const content = await sniffed(absolutePath, path, rule);
    if (content) found.set(absolutePath, { path, absolutePath, kind: rule.kind, content });
  };

  for (const input of inputs) {
    const absolute = resolve(cwd, input);
    let info;
    try {
      info = await stat(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`path not found: ${input}`);
      if (code === "ELOOP") throw new UsageError(`path is a symlink loop: ${input}`);
      throw new UsageError(`cannot access ${input}: ${(error as Error).message}`);
    }
    if (info.isDirectory()) {
      const entries = await globby(candidatePatterns(), {
        cwd: absolute,
        absolute: true,
        dot: true,
        // Not onlyFiles: with followSymbolicLinks off, fast-glob would drop symlinked *files*
        // (a shared provider.tf linked into several roots). Entries are stat'ed below instead.
        onlyFiles: false,
        gitignore: true,
        followSymbolicLinks: false,
        suppressErrors: true,
        ignore: SKIPPED_DIRECTORIES.map((d) => `**/${d}/**`),
      });
      for (const entry of entries.sort()) {
        const entryPath = resolve(entry);
        if (!kindRule(entryPath)) continue;
        const target = await stat(entryPath).catch((error: NodeJS.ErrnoException) => error);
        if (target instanceof Error) {
          diagnostics.push({
            file: toRepoPath(root, entryPath),
            range: range(1, 1, 1, 2),
            severity: "warning",
            message: `cannot read file (${target.code === "ENOENT" ? "broken symbolic link" : target.code === "ELOOP" ? "symbolic link loop" : target.message}); fix or remove the link`,
          });
        } else if (target.isFile()) {
          await add(entryPath);
        }
      }
    } else {
      await add(absolute);
    }
  }

  const files = [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, diagnostics };
}

/**
 * Answers "is this file inside a project whose marker file accepts it?" (a `.ts` file below a
 * `Pulumi.yaml` with `runtime: nodejs`) by walking up from the file's folder to the repository
 * root (or to the file-system root for files outside it). Each folder's answer is cached, so a
 * project of many files reads its marker once.
 */
class ProjectMarkers {
  private readonly cache = new Map<string, Promise<boolean>>();

  constructor(private readonly root: string) {}

  async inside(absolutePath: string, project: NonNullable<FileKindRule["project"]>): Promise<boolean> {
    const underRoot = !relative(this.root, absolutePath).startsWith("..");
    let dir = dirname(absolutePath);
    for (;;) {
      if (await this.marks(dir, project)) return true;
      const parent = dirname(dir);
      if (parent === dir || (underRoot && dir === this.root)) return false;
      dir = parent;
    }
  }

  private marks(dir: string, project: NonNullable<FileKindRule["project"]>): Promise<boolean> {
    let answer = this.cache.get(dir);
    if (!answer) {
      answer = (async () => {
        for (const name of project.names) {
          const text = await peekText(join(dir, name));
          if (text !== undefined) return project.accepts(text);
        }
        return false;
      })();
      this.cache.set(dir, answer);
    }
    return answer;
  }
}

/**
 * Reads a file whose kind depends on its content and keeps it when the rule's sniff accepts the
 * text. Files that cannot be decoded (too large, binary, not UTF-8) are sniffed on what can be
 * read, so a real template is still reported rather than silently dropped; files that cannot be
 * read at all are dropped, since nothing says they are IaC.
 */
async function sniffed(absolutePath: string, path: string, rule: FileKindRule): Promise<ReadResult | undefined> {
  const read = await readSource(absolutePath, path);
  if (read.file) return rule.sniff!(read.file.text) ? read : undefined;
  const peek = await peekText(absolutePath);
  return peek !== undefined && rule.sniff!(peek) ? read : undefined;
}
