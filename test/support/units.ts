import { createReader, discover, formUnits, type DiscoveredFile, type Reader } from "../../src/discover/index.js";
import type { ScanResult } from "../../src/model/resource.js";
import { scanUnits } from "../../src/scanners/index.js";

/** Discovers `paths` under `root` (relative to `cwd`, default the root) with a fresh reader. */
export async function discoverIn(paths: string[], root: string, cwd: string = root) {
  const reader = createReader(root);
  return { reader, ...(await discover(paths, { reader, cwd })) };
}

/** Scans discovered files as the pipeline does: grouped into units, through the reader. */
export function scanDiscovered(reader: Reader, files: DiscoveredFile[]): Promise<ScanResult> {
  return scanUnits(formUnits(files, reader).units, reader);
}
