/**
 * ts-morph, loaded lazily: only a run that scans a Pulumi program pays for the TypeScript
 * compiler. One in-memory `Project` per process holds every parsed file; nothing is resolved,
 * type-checked or executed. Files other than the one being scanned (modules it imports) are read
 * from disk on demand, parsed once and kept for the rest of the run.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { LineIndex } from "../../model/position.js";
import type { SourceFile } from "../source.js";

type TsMorph = typeof import("ts-morph");
export type ts = TsMorph["ts"];
export type TsNode = import("ts-morph").ts.Node;
export type TsSourceFile = import("ts-morph").ts.SourceFile;
export type TsExpression = import("ts-morph").ts.Expression;

export interface Toolkit {
  ts: TsMorph["ts"];
  project: import("ts-morph").Project;
}

let loading: Promise<Toolkit> | undefined;

/** The compiler toolkit; the first call imports ts-morph (tens of milliseconds, once). */
export function toolkit(): Promise<Toolkit> {
  loading ??= import("ts-morph").then((m) => ({
    ts: m.ts,
    project: new m.Project({
      useInMemoryFileSystem: true,
      skipFileDependencyResolution: true,
      skipAddingFilesFromTsConfig: true,
      compilerOptions: { noLib: true, allowJs: false, noResolve: true, types: [] },
    }),
  }));
  return loading;
}

/** A parsed TypeScript file of the scanned repository. */
export interface ParsedFile {
  /** Repository-relative path (forward slashes). */
  path: string;
  absolutePath: string;
  sf: TsSourceFile;
  lines: LineIndex;
}

/** The repository root a scanned file's `path` is relative to, from its absolute path. */
export function repositoryRoot(file: { path: string; absolutePath: string }): string {
  const abs = resolve(file.absolutePath);
  const rel = file.path.split("/").join(sep);
  if (abs.endsWith(sep + rel)) return abs.slice(0, abs.length - rel.length - 1);
  if (abs === rel) return "";
  return dirname(abs);
}

/** The parsed files of one run, keyed by absolute path. */
export class ProgramFiles {
  private readonly byPath = new Map<string, ParsedFile | null>();

  constructor(
    readonly tk: Toolkit,
    readonly root: string,
  ) {}

  /** Parses the file being scanned (replacing an earlier parse of the same path). */
  parse(file: SourceFile): ParsedFile {
    const absolutePath = resolve(file.absolutePath);
    const parsed = this.create(absolutePath, file.path, file.text);
    this.byPath.set(absolutePath, parsed);
    return parsed;
  }

  /** Drops a file from the run (the scanned file once done, so memory stays bounded). */
  forget(parsed: ParsedFile): void {
    this.byPath.delete(parsed.absolutePath);
    const sf = this.tk.project.getSourceFile(parsed.absolutePath);
    if (sf) this.tk.project.removeSourceFile(sf);
  }

  /**
   * The module a relative import names, read from disk: `./x` → `./x.ts`, `./x/index.ts`;
   * `./x.js` → `./x.ts` (NodeNext style). Undefined when there is no such TypeScript file.
   */
  module(fromAbsolute: string, specifier: string): ParsedFile | undefined {
    const base = resolve(dirname(fromAbsolute), specifier);
    const candidates = /\.(?:ts|mts|cts)$/.test(base) && !base.endsWith(".d.ts")
      ? [base]
      : /\.(?:js|mjs|cjs)$/.test(base)
        ? [base.replace(/\.(m|c)?js$/, ".$1ts"), base]
        : [`${base}.ts`, join(base, "index.ts")];
    for (const candidate of candidates) {
      const parsed = this.load(candidate);
      if (parsed) return parsed;
    }
    return undefined;
  }

  private load(absolutePath: string): ParsedFile | undefined {
    const known = this.byPath.get(absolutePath);
    if (known !== undefined) return known ?? undefined;
    let text: string | undefined;
    try {
      if (!absolutePath.endsWith(".ts")) throw new Error("not TypeScript");
      text = readFileSync(absolutePath, "utf8");
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    } catch {
      text = undefined;
    }
    const parsed = text === undefined ? null : this.create(absolutePath, this.repoPath(absolutePath), text);
    this.byPath.set(absolutePath, parsed);
    return parsed ?? undefined;
  }

  private create(absolutePath: string, path: string, text: string): ParsedFile {
    const sf = this.tk.project.createSourceFile(absolutePath, text, { overwrite: true });
    return { path, absolutePath, sf: sf.compilerNode, lines: new LineIndex(text) };
  }

  repoPath(absolutePath: string): string {
    return relative(this.root, absolutePath).split(sep).join("/");
  }
}
