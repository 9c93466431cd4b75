import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Resource, ScanResult } from "../../../src/model/resource.js";
import { scanPulumi, scanPulumiProject } from "../../../src/scanners/pulumi/index.js";
import { byName as anyByName } from "../../support/resources.js";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const FIXTURES = "fixtures/scanners/pulumi";

/** Scans a program given as text (no other files: relative imports find nothing). */
export function scanText(text: string, path = "prog/index.ts"): Promise<ScanResult> {
  return scanPulumi({ path, absolutePath: `/nonexistent-driftless/${path}`, text });
}

/** Scans a fixture file, at its real path (relative imports are read from disk). */
export function scanFixture(name: string): Promise<ScanResult> {
  const path = `${FIXTURES}/${name}`;
  return scanPulumi({ path, absolutePath: join(REPO, path), text: readFileSync(join(REPO, path), "utf8") });
}

export function scanProjectFixture(name: string): Promise<ScanResult> {
  const path = `${FIXTURES}/${name}`;
  return scanPulumiProject({ path, absolutePath: join(REPO, path), text: readFileSync(join(REPO, path), "utf8") });
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
