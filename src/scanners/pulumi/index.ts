/**
 * The Pulumi TypeScript scanner: reads programs statically with the TypeScript parser
 * (ts-morph, loaded on first use), never executing them. `scanPulumi` handles one `.ts` file,
 * `scanPulumiProject` a `Pulumi.yaml` (the project record). See program.ts (what is a
 * resource), refs.ts (imports), evaluate.ts (argument values), convert.ts (Terraform shape for
 * bridged providers), options.ts, types.ts (tokens), project.ts.
 */
import { dirname } from "node:path";
import type { Diagnostic, ScanResult } from "../../model/resource.js";
import type { PulumiUnit, Reader, SourceFile } from "../source.js";
import { Evaluator } from "./evaluate.js";
import { ProgramFiles, repositoryRoot, toolkit, type ParsedFile, type Toolkit } from "./load.js";
import { ProgramReader } from "./program.js";
import { scanProject } from "./project.js";
import { Resolver } from "./refs.js";

const runs = new Map<string, ProgramFiles>();

/** The parsed-file cache for a repository root (one per root per process). */
function programFiles(tk: Toolkit, root: string): ProgramFiles {
  let files = runs.get(root);
  if (!files) {
    files = new ProgramFiles(tk, root);
    runs.set(root, files);
  }
  return files;
}

export async function scanPulumi(file: SourceFile): Promise<ScanResult> {
  const tk = await toolkit();
  const files = programFiles(tk, repositoryRoot(file));
  const parsed = files.parse(file);
  try {
    const diagnostics = syntaxDiagnostics(tk, parsed);
    const resolver = new Resolver(tk.ts, files);
    const evaluator = new Evaluator(tk.ts, resolver, dirname(parsed.absolutePath));
    const resources = new ProgramReader(tk.ts, resolver, evaluator).read(parsed);
    return { resources, diagnostics };
  } finally {
    // Parsed again (from disk) if another file imports it later.
    files.forget(parsed);
  }
}

export async function scanPulumiProject(file: SourceFile): Promise<ScanResult> {
  return scanProject(file);
}

/** The first syntax error of the file (later ones mostly follow from it), as an IAC-000 diagnostic. */
function syntaxDiagnostics(tk: Toolkit, parsed: ParsedFile): Diagnostic[] {
  const errors = (parsed.sf as unknown as { parseDiagnostics?: import("ts-morph").ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = errors[0];
  if (!first) return [];
  const start = first.start ?? 0;
  const message = tk.ts.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "");
  const more = errors.length > 1 ? ` (${errors.length - 1} more syntax error${errors.length > 2 ? "s follow" : " follows"})` : "";
  return [
    {
      file: parsed.path,
      range: parsed.lines.rangeOf(start, start + Math.max(1, first.length ?? 1)),
      severity: "error",
      message: `TypeScript syntax error: ${message} (TS${first.code})${more}; resources after this point may be missing from the scan`,
    },
  ];
}

/** A Pulumi unit: the project record (when there is a project) and the resources of every program file. */
export async function scanPulumiUnit(unit: PulumiUnit, reader: Reader): Promise<ScanResult> {
  const result: ScanResult = { resources: [], diagnostics: [] };
  for (const file of [...(unit.project ? [unit.project] : []), ...unit.files]) {
    const read = reader.read(file.absolutePath);
    if (!read.file) {
      result.diagnostics.push(read.diagnostic);
      continue;
    }
    const scanned = file === unit.project ? await scanPulumiProject(read.file) : await scanPulumi(read.file);
    result.resources.push(...scanned.resources);
    result.diagnostics.push(...scanned.diagnostics);
  }
  return result;
}
