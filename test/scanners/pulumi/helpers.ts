import { posix } from "node:path";
import { fileURLToPath } from "node:url";
import { createReader, discover, formUnits, type DirectoryEntry, type PulumiUnit, type Reader } from "../../../src/discover/index.js";
import { range } from "../../../src/model/position.js";
import type { Resource, ScanResult } from "../../../src/model/resource.js";
import { scanPulumiUnit } from "../../../src/scanners/pulumi/index.js";
import { byName as anyByName } from "../../support/resources.js";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const FIXTURES = "fixtures/scanners/pulumi";

/** Where in-memory files live: a path that exists nowhere, so nothing on disk can answer. */
const MEMORY_ROOT = "/nonexistent-driftless";

/**
 * A reader over in-memory files (repository path → text), rooted at `MEMORY_ROOT`. Reads outside
 * the root are refused as the real reader refuses them; nothing touches the disk.
 */
export function memoryReader(files: Record<string, string>): Reader {
  const abs = (path: string): string => posix.join(MEMORY_ROOT, path);
  const texts = new Map(Object.entries(files).map(([path, text]) => [abs(path), text]));
  const repoPath = (absolutePath: string): string => posix.relative(MEMORY_ROOT, absolutePath) || ".";
  const outside = (absolutePath: string): boolean => repoPath(absolutePath).startsWith("..");
  const read: Reader["read"] = (absolutePath) => {
    const text = texts.get(posix.normalize(absolutePath));
    const path = repoPath(absolutePath);
    return text === undefined
      ? { diagnostic: { file: path, range: range(1, 1, 1, 2), severity: "error", message: "cannot read file (not found)" } }
      : { file: { path, absolutePath, text } };
  };
  return {
    root: MEMORY_ROOT,
    repoPath,
    read,
    readInside: (absolutePath) => (outside(absolutePath) ? { refused: `it is outside the scanned repository (${MEMORY_ROOT})` } : read(absolutePath)),
    existsInside: (absolutePath) => !outside(absolutePath) && texts.has(posix.normalize(absolutePath)),
    listInside: (dir) => {
      const entries = new Map<string, DirectoryEntry>();
      for (const path of texts.keys()) {
        const rel = posix.relative(dir, path);
        if (rel.startsWith("..")) continue;
        const [name, ...rest] = rel.split("/");
        entries.set(name!, { name: name!, isFile: rest.length === 0, isDirectory: rest.length > 0 });
      }
      return entries.size ? [...entries.values()].sort((a, b) => (a.name < b.name ? -1 : 1)) : undefined;
    },
    refusal: (absolutePath) => (outside(absolutePath) ? `it is outside the scanned repository (${MEMORY_ROOT})` : undefined),
    forget: () => {},
  };
}

/**
 * Scans in-memory files as one Pulumi unit: a project when there is a `Pulumi.yaml` (its unit
 * files are every `.ts` file), else a program made of `programs` (default: the first file).
 */
export function scanFiles(files: Record<string, string>, programs?: string[]): Promise<ScanResult> {
  const reader = memoryReader(files);
  const paths = Object.keys(files);
  const project = paths.find((p) => /(^|\/)Pulumi\.ya?ml$/.test(p));
  const chosen = programs ?? (project ? paths.filter((p) => p.endsWith(".ts") && !p.endsWith(".d.ts")).sort() : [paths[0]!]);
  const dir = project ? posix.dirname(project) : posix.dirname(chosen[0]!);
  const unit: PulumiUnit = {
    kind: "pulumi",
    dir,
    absoluteDir: posix.join(MEMORY_ROOT, dir),
    ...(project ? { project: { path: project, absolutePath: posix.join(MEMORY_ROOT, project) } } : {}),
    files: chosen.map((path) => ({ path, absolutePath: posix.join(MEMORY_ROOT, path) })),
  };
  return scanPulumiUnit(unit, reader);
}

/** Scans a program given as text (no other files: relative imports find nothing). */
export function scanText(text: string, path = "prog/index.ts"): Promise<ScanResult> {
  return scanFiles({ [path]: text });
}

/** Scans one fixture file as a program of its own, at its real path (relative imports are read from disk). */
export function scanFixture(name: string): Promise<ScanResult> {
  const reader = createReader(REPO);
  const path = `${FIXTURES}/${name}`;
  const absolutePath = posix.join(reader.root, path);
  return scanPulumiUnit({ kind: "pulumi", dir: posix.dirname(path), absoluteDir: posix.dirname(absolutePath), files: [{ path, absolutePath }] }, reader);
}

/** The project record of a fixture's `Pulumi.yaml` alone (no programs). */
export function scanProjectFixture(name: string): Promise<ScanResult> {
  const reader = createReader(REPO);
  const path = `${FIXTURES}/${name}`;
  const absolutePath = posix.join(reader.root, path);
  return scanPulumiUnit({ kind: "pulumi", dir: posix.dirname(path), absoluteDir: posix.dirname(absolutePath), project: { path, absolutePath }, files: [] }, reader);
}

/** Scans a folder under `root` (default: the repository) as discovery forms its units; the Pulumi units only. */
export async function scanFolder(folder: string, root = REPO): Promise<ScanResult> {
  const reader = createReader(root);
  const { files } = await discover([folder], { reader, cwd: root });
  const result: ScanResult = { resources: [], diagnostics: [] };
  for (const unit of formUnits(files, reader).units) {
    if (unit.kind !== "pulumi") continue;
    const r = await scanPulumiUnit(unit, reader);
    result.resources.push(...r.resources);
    result.diagnostics.push(...r.diagnostics);
  }
  return result;
}

/** The first resource of a one-resource program. */
export async function only(text: string): Promise<Resource> {
  const r = await scanText(text);
  if (r.diagnostics.length) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  if (r.resources.length !== 1) throw new Error(`expected one resource, got ${r.resources.length}`);
  return r.resources[0]!;
}

export const AWS = 'import * as aws from "@pulumi/aws";\n';

export { at, span } from "../../support/resources.js";

/** Records are resources unless the test says otherwise. */
export function byName(result: ScanResult, name: string, kind = "resource"): Resource {
  return anyByName(result, name, kind);
}
