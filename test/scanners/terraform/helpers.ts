import { readFileSync } from "node:fs";
import type { Range } from "../../../src/model/position.js";
import type { Resource, ScanResult } from "../../../src/model/resource.js";
import { scanTerraform } from "../../../src/scanners/terraform/index.js";

export const FIXTURES = "fixtures/scanners/terraform";

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, "utf8");
}

export async function scanText(path: string, text: string): Promise<ScanResult> {
  return scanTerraform({ path, absolutePath: `/abs/${path}`, text });
}

export async function scanFixture(name: string): Promise<ScanResult> {
  return scanText(`${FIXTURES}/${name}`, fixtureText(name));
}

export function byName(result: ScanResult, name: string): Resource {
  const r = result.resources.find((x) => x.name === name);
  if (!r) throw new Error(`no resource ${name}; have ${result.resources.map((x) => x.name).join(", ")}`);
  return r;
}

/** [startLine, startColumn, endLine, endColumn] */
export function span(r: Range | undefined): [number, number, number, number] | undefined {
  return r ? [r.start.line, r.start.column, r.end.line, r.end.column] : undefined;
}
