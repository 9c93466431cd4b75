/**
 * The Pulumi TypeScript scanner: reads a unit (a project, or a program outside any project)
 * statically with the TypeScript parser (loaded on first use, so a unit without programs never
 * loads it), never executing it. Everything is read through the run's reader, and everything
 * parsed belongs to the unit: each file is parsed once however many files import it, and dropped
 * with the unit.
 *
 * Per unit: the project record (project.ts), the resources of every program file as written
 * (program.ts; a parameter is Unknown), then the resources of each call of the program's own
 * components and functions with that call's arguments (instances.ts). See refs.ts (imports and
 * callees), evaluate.ts (argument values), convert.ts (Terraform shape for bridged providers),
 * options.ts, types.ts (tokens), enums.ts.
 */
import type { ts as TS } from "ts-morph";
import type { Diagnostic, ScanResult } from "../../model/resource.js";
import type { PulumiUnit, Reader } from "../source.js";
import { isRefusal } from "../../discover/reader.js";
import { SdkEnums } from "./enums.js";
import { Evaluator } from "./evaluate.js";
import { followCalls } from "./instances.js";
import { ProgramFiles, typescript, type ParsedFile, type RefusedImport, type Ts } from "./load.js";
import { ProgramReader, type CallSite } from "./program.js";
import { scanProject } from "./project.js";
import { Resolver } from "./refs.js";

export async function scanPulumiUnit(unit: PulumiUnit, reader: Reader): Promise<ScanResult> {
  const result: ScanResult = { resources: [], diagnostics: [] };
  if (unit.project) {
    const read = reader.read(unit.project.absolutePath);
    if (read.file) {
      const project = scanProject(read.file, reader);
      result.resources.push(...project.resources);
      result.diagnostics.push(...project.diagnostics);
    } else {
      result.diagnostics.push(read.diagnostic);
    }
  }
  if (unit.files.length === 0) return result;

  const ts = await typescript();
  const files = new ProgramFiles(ts, reader);
  const parsed: ParsedFile[] = [];
  for (const file of unit.files) {
    const p = files.unitFile(file);
    if ("sf" in p) {
      parsed.push(p);
      result.diagnostics.push(...syntaxDiagnostics(ts, p));
    } else {
      result.diagnostics.push(p);
    }
  }
  const resolver = new Resolver(ts, files);
  const evaluator = new Evaluator(ts, resolver, new SdkEnums(reader, unit.absoluteDir), {
    projectDir: unit.absoluteDir,
    read: (absolutePath) => {
      const read = reader.readInside(absolutePath);
      return isRefusal(read) ? undefined : read.file?.text;
    },
  });
  const program = new ProgramReader(ts, resolver, evaluator);
  const sites: CallSite[] = [];
  for (const file of parsed) {
    const walked = program.read(file);
    result.resources.push(...walked.resources);
    sites.push(...walked.sites);
  }
  const followed = followCalls(ts, program, evaluator, sites);
  result.resources.push(...followed.resources);
  result.diagnostics.push(...followed.diagnostics, ...files.refusedImports().map(refusedImport));
  return result;
}

/** The first syntax error of the file (later ones mostly follow from it), as an IAC-000 diagnostic. */
function syntaxDiagnostics(ts: Ts, parsed: ParsedFile): Diagnostic[] {
  const errors = (parsed.sf as unknown as { parseDiagnostics?: TS.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
  const first = errors[0];
  if (!first) return [];
  const start = first.start ?? 0;
  const message = ts.flattenDiagnosticMessageText(first.messageText, " ").replace(/\.$/, "");
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

/** A relative import that leaves the repository: said at the import, since values from it are then unknown. */
function refusedImport(r: RefusedImport): Diagnostic {
  const text = r.from.sf.text;
  const at = [`"${r.specifier}"`, `'${r.specifier}'`, `\`${r.specifier}\``].map((q) => text.indexOf(q)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  return {
    file: r.from.path,
    range: r.from.lines.rangeOf(at, at + Math.max(1, r.specifier.length + 2)),
    severity: "warning",
    message: `cannot read ${r.target}: ${r.reason}; values imported from "${r.specifier}" are not known statically`,
  };
}
