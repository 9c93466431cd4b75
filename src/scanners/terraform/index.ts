/**
 * The Terraform scanner: every Terraform unit (module folder) of a run at once. Folders that no
 * other folder of the scan calls are root modules (their auto-loaded variable files, then the
 * command line's `--var-file` and `--var`); every module they call is evaluated with the
 * arguments of each call, recursively. A called folder that no call reached is evaluated on its
 * own. Module folders are parsed once per run however often they are called.
 *
 * `.tf` (our own parser, with HashiCorp's as the syntax authority) and `.tf.json` are read into
 * one syntax tree (parse.ts, json.ts); module.ts evaluates it; records.ts makes the records.
 */
import { resolve } from "node:path";
import type { Reader } from "../../discover/reader.js";
import { parseModuleSource } from "../../model/module-source.js";
import type { Diagnostic, Resource, ScanResult } from "../../model/resource.js";
import type { ScanOptions, SourceFile, TerraformUnit } from "../source.js";
import { internalError } from "../shared/internal-error.js";
import { closeSyntaxWorker } from "./hcl2json.js";
import { ModuleInstance, rootInputs, Session, type ModuleConfig } from "./module.js";
import { asCalledModule, lockFileRecord, projectRecord } from "./project.js";

export async function scanTerraform(units: readonly TerraformUnit[], reader: Reader, options: ScanOptions = {}, projects = true): Promise<ScanResult> {
  try {
    return await scanTerraformUnits(units, reader, options, projects);
  } finally {
    // Files are parsed while loading and again for variable files during evaluation; a file our
    // parser rejects starts HashiCorp's worker, whose output streams would keep the process alive.
    await closeSyntaxWorker();
  }
}

/**
 * One pass over the units: each folder is loaded (with the modules it calls), and a folder no
 * call can reach is evaluated as a root at once and its parsed files let go, so a large scan
 * holds only the modules that are called. Which folders a call can reach is known before any is
 * parsed, from the text (`localCallTargets`); those are evaluated at the end, as roots when no
 * call did reach them. Problems come out loading problems first, then evaluation problems.
 */
async function scanTerraformUnits(units: readonly TerraformUnit[], reader: Reader, options: ScanOptions, projects: boolean): Promise<ScanResult> {
  const session = new Session(reader);
  /** A unit that loaded: how to load it again, its project records (as a root's and as a module's). */
  interface Loaded {
    unit: TerraformUnit;
    dir: string;
    cacheKey: string | undefined;
    manifest: Map<string, string> | undefined;
    /** Its project records as a root's: `asCalledModule` turns them into a module's. */
    project?: Resource[];
  }
  const loaded: Loaded[] = [];
  // Rule fixtures put several single-file units in one folder: each is its own configuration.
  const perFolder = new Map<string, number>();
  for (const unit of units) perFolder.set(unit.absoluteDir, (perFolder.get(unit.absoluteDir) ?? 0) + 1);
  // A folder that another folder of the scan calls through a local path is a module, not a root:
  // it is evaluated through its calls, with the arguments each passes (its defaults only where a
  // call leaves them out). Root modules get their variable files and the command line's values.
  const called = new Set<string>();
  const noteCalls = (config: ModuleConfig): void => {
    for (const call of config.calls.values()) {
      if (call.source !== undefined && parseModuleSource(call.source).kind === "local") called.add(resolve(config.absoluteDir, call.source));
    }
  };
  const mayBeCalled = localCallTargets(units, reader);
  const cacheKeyOf = (unit: TerraformUnit): string | undefined =>
    (perFolder.get(unit.absoluteDir) ?? 0) > 1 ? [unit.absoluteDir, ...unit.files.map((f) => f.absolutePath)].join("\0") : undefined;
  session.onLoad = noteCalls;
  const loadUnit = async (unit: TerraformUnit, manifest: Map<string, string> | undefined): Promise<ModuleConfig | undefined> => {
    const config = await session.load(unit.absoluteDir, unit.files, false, cacheKeyOf(unit));
    if (config) await session.loadCalled(config, manifest);
    return config;
  };

  const loading: Diagnostic[] = [];
  const evaluating: Diagnostic[] = [];
  const resources: Resource[] = [];
  const failed = new Set<Loaded>();
  const evaluate = async (entry: Loaded, config: ModuleConfig): Promise<void> => {
    session.diagnostics = evaluating;
    try {
      if (!(await evaluateRoot(session, config, entry.unit, entry.manifest, options, resources))) failed.add(entry);
    } catch (error) {
      failed.add(entry);
      evaluating.push(internalError(firstFile(entry.unit), error));
    } finally {
      session.diagnostics = loading;
    }
  };
  session.diagnostics = loading;
  for (const unit of units) {
    // A failure of driftless on one folder costs that folder, not the run's other Terraform.
    let entry: Loaded;
    let config: ModuleConfig | undefined;
    try {
      const manifest = session.manifest(unit.absoluteDir);
      config = await loadUnit(unit, manifest);
      if (!config) continue;
      entry = { unit, dir: config.absoluteDir, cacheKey: cacheKeyOf(unit), manifest };
      if (projects) entry.project = projectRecords(config, unit.dir, reader);
      loaded.push(entry);
    } catch (error) {
      loading.push(internalError(firstFile(unit), error));
      continue;
    }
    if (mayBeCalled.has(entry.dir)) continue;
    await evaluate(entry, config);
    // A root is called by nobody: its parsed files are not needed again.
    session.configs.delete(entry.cacheKey ?? entry.dir);
    session.visited.delete(config);
  }
  // Folders whose text looked called but that no call names are roots after all; then the folders
  // no call reached (every call has count = 0, the callers call each other in a cycle, or only the
  // module was named on the command line): evaluated on their own, with defaults.
  for (const calledOnes of [false, true]) {
    for (const entry of loaded) {
      if (!mayBeCalled.has(entry.dir) || called.has(entry.dir) !== calledOnes || failed.has(entry)) continue;
      let config: ModuleConfig | undefined;
      try {
        config = session.configs.get(entry.cacheKey ?? entry.dir) ?? (await loadUnit(entry.unit, entry.manifest));
      } catch (error) {
        loading.push(internalError(firstFile(entry.unit), error));
        continue;
      }
      if (config && !session.visited.has(config)) await evaluate(entry, config);
    }
  }
  // One project record per module folder: what rules about the folder as a whole read (project.ts).
  for (const entry of loaded) {
    if (!entry.project) continue;
    const unit = `terraform:${entry.unit.dir}`;
    for (const r of called.has(entry.dir) ? asCalledModule(entry.project) : entry.project) resources.push(Object.assign(r, { unit }));
  }
  if (options.onRecords && resources.length > 0) options.onRecords(resources.splice(0));
  session.diagnostics = [...loading, ...evaluating];
  return { resources, diagnostics: session.diagnostics };
}

/**
 * Every folder a module call of the scan's files could name through a local path. Terraform takes
 * a module's `source` only as a literal string, so a local call shows as `source = "./…"` or
 * `"../…"` (`"source": "./…"` in JSON): each such string, resolved from its file's folder, is a
 * folder a call may reach. More than the calls (another block's `source` argument) costs only
 * a later evaluation of that folder; fewer is not possible.
 */
export function localCallTargets(units: readonly TerraformUnit[], reader: Reader): Set<string> {
  const source = /"?source"?\s*[=:]\s*"(\.[^"\r\n]*)"/g;
  const targets = new Set<string>();
  for (const unit of units) {
    for (const f of unit.files) {
      const text = reader.read(f.absolutePath).file?.text;
      if (text === undefined || !text.includes("source")) continue;
      for (const match of text.matchAll(source)) {
        // The string as decoded (`\\` in HCL and JSON, `\/` in JSON); other escapes have no place in a path.
        const path = match[1]!.replace(/\\(.)/g, "$1");
        if (parseModuleSource(path).kind === "local") targets.add(resolve(unit.absoluteDir, path));
      }
    }
  }
  return targets;
}

/** A folder's project record and its lock file record, as no other folder calls it (none for a folder without files). */
function projectRecords(config: ModuleConfig, dir: string, reader: Reader): Resource[] {
  const project = projectRecord(config, dir, reader);
  return project ? [project, lockFileRecord(project, config)] : [];
}

/**
 * Evaluates one root module into `resources`, tagged with its unit, and hands them over when
 * `onRecords` asks. On an internal error only this root's records are lost (reported on its
 * first file); false then.
 */
async function evaluateRoot(
  session: Session,
  config: ModuleConfig,
  unit: TerraformUnit,
  manifest: Map<string, string> | undefined,
  options: ScanOptions,
  resources: Resource[],
): Promise<boolean> {
  const inputs = await rootInputs(unit.varFiles, options.terraformVariables ?? [], session.reader, session.diagnostics);
  const first = resources.length;
  try {
    new ModuleInstance(session, config, config.absoluteDir, manifest, undefined, inputs).records(resources, options.needs);
  } catch (error) {
    resources.length = first;
    session.diagnostics.push(internalError(firstFile(unit), error));
    return false;
  }
  // Records of one root's evaluation name each other by address: that is their unit.
  for (let i = first; i < resources.length; i++) resources[i]!.unit = `terraform:${unit.dir}`;
  if (options.onRecords && resources.length > 0) options.onRecords(resources.splice(0));
  return true;
}

/**
 * One file scanned as a module of its own, from its text (tests and benchmarks): nothing else is
 * read, so references to other files stay unknown, and there is no folder to make a project
 * record of.
 */
export async function scanTerraformFile(file: SourceFile): Promise<ScanResult> {
  const dir = resolve(file.absolutePath, "..");
  const reader = singleFileReader(file);
  return scanTerraform([{ kind: "terraform", dir: file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : ".", absoluteDir: dir, files: [{ path: file.path, absolutePath: file.absolutePath }], varFiles: [] }], reader, {}, false);
}

function singleFileReader(file: SourceFile): Reader {
  const absolute = resolve(file.absolutePath);
  const refused = { refused: "it is not the file being scanned" };
  return {
    root: resolve(absolute, ".."),
    repoPath: (p) => (resolve(p) === absolute ? file.path : p),
    read: (p) => (resolve(p) === absolute ? { file } : { diagnostic: { file: p, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, severity: "error", message: "not available" } }),
    readInside: () => refused,
    existsInside: () => false,
    listInside: () => undefined,
    refusal: () => refused.refused,
    forget: () => undefined,
  };
}

/** Where a problem with a unit as a whole is reported: its first file (its folder when it has none). */
function firstFile(unit: TerraformUnit): string {
  return unit.files[0]?.path ?? unit.dir;
}
