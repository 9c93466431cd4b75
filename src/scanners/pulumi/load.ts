/**
 * The TypeScript parser, loaded lazily: only a unit with programs pays for the compiler (the
 * module import is the one thing kept for the process). Files are parsed with the bare parser
 * (`ts.createSourceFile`): nothing is resolved, type-checked or executed, so neither a ts-morph
 * `Project` nor ts-morph's wrapper layer is loaded, only the compiler it ships (ts-morph.ts).
 *
 * `ProgramFiles` holds the parsed files of one unit: its own files and the modules they import,
 * each read through the run's reader and parsed once however many files import it, then dropped
 * with the unit.
 */
import { dirname, join, resolve } from "node:path";
import { isRefusal, type Reader } from "../../discover/reader.js";
import type { UnitFile } from "../../discover/units.js";
import { LineIndex, range } from "../../model/position.js";
import type { Diagnostic } from "../../model/resource.js";
import type { ts as TS } from "ts-morph";

/** The compiler API's namespace (types only: the module is loaded by typescript()). */
export type Ts = typeof TS;
export type TsSourceFile = TS.SourceFile;

let loading: Promise<Ts> | undefined;

/** The TypeScript compiler API; the first call imports the compiler (about 0.3 s, once per process). */
export function typescript(): Promise<Ts> {
  loading ??= import("./ts-morph.js").then((m) => m.ts);
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

/** A relative import the reader refused to read (it leaves the scanned repository). */
export interface RefusedImport {
  from: ParsedFile;
  specifier: string;
  target: string;
  reason: string;
}

/** The parsed files of one unit, keyed by absolute path. */
export class ProgramFiles {
  private readonly byPath = new Map<string, ParsedFile | null>();
  private readonly refused = new Map<string, RefusedImport>();

  constructor(
    readonly ts: Ts,
    readonly reader: Reader,
  ) {}

  /** A file of the unit, or the diagnostic saying why it cannot be read. */
  unitFile(file: UnitFile): ParsedFile | Diagnostic {
    const absolutePath = resolve(file.absolutePath);
    const known = this.byPath.get(absolutePath);
    if (known) return known;
    const read = this.reader.read(absolutePath);
    if (!read.file) return read.diagnostic;
    const parsed = this.create(absolutePath, file.path, read.file.text);
    if (typeof parsed === "string") return { file: file.path, range: range(1, 1, 1, 2), severity: "error", message: parsed, notScanned: true };
    return parsed;
  }

  /**
   * The module a relative import names: `./x` → `./x.ts`, `./x/index.ts`; `./x.js` → `./x.ts`
   * (NodeNext style). Undefined when there is no such TypeScript file inside the repository.
   */
  module(from: ParsedFile, specifier: string): ParsedFile | undefined {
    const base = resolve(dirname(from.absolutePath), specifier);
    const candidates = /\.(?:ts|mts|cts)$/.test(base) && !base.endsWith(".d.ts")
      ? [base]
      : /\.(?:js|mjs|cjs)$/.test(base)
        ? [base.replace(/\.(m|c)?js$/, ".$1ts")]
        : [`${base}.ts`, join(base, "index.ts")];
    let refusal: string | undefined;
    for (const candidate of candidates) {
      const loaded = this.load(candidate);
      if (loaded === undefined) continue;
      if (typeof loaded === "string") {
        refusal ??= loaded;
        continue;
      }
      return loaded;
    }
    // Only when no candidate could be read: an import that leaves the repository is worth saying.
    const key = `${from.absolutePath}\0${specifier}`;
    if (refusal !== undefined && !this.refused.has(key)) this.refused.set(key, { from, specifier, target: this.reader.repoPath(candidates[0]!), reason: refusal });
    return undefined;
  }

  /** Imports the reader refused, once per importing file and specifier. */
  refusedImports(): RefusedImport[] {
    return [...this.refused.values()];
  }

  /** The parsed file, the reason the reader refused it, or undefined when it is not there. */
  private load(absolutePath: string): ParsedFile | string | undefined {
    const known = this.byPath.get(absolutePath);
    if (known !== undefined) return known ?? undefined;
    const read = this.reader.readInside(absolutePath);
    if (isRefusal(read)) return read.refused;
    const created = read.file ? this.create(absolutePath, this.reader.repoPath(absolutePath), read.file.text) : null;
    if (typeof created === "string") return created;
    this.byPath.set(absolutePath, created);
    return created ?? undefined;
  }

  /** The parsed file, or why it could not be parsed (TypeScript's parser recursing past the stack). */
  private create(absolutePath: string, path: string, text: string): ParsedFile | string {
    const ts = this.ts;
    let sf: TsSourceFile;
    try {
      sf = ts.createSourceFile(absolutePath, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      return "not scanned: the file is nested too deeply for the TypeScript parser (it ran out of stack); split the nested expression";
    }
    const parsed: ParsedFile = { path, absolutePath, sf, lines: new LineIndex(text) };
    this.byPath.set(absolutePath, parsed);
    return parsed;
  }
}
