import { readFileSync } from "node:fs";
import type { ScanResult } from "../../../src/model/resource.js";
import { scanTerraformFile } from "../../../src/scanners/terraform/index.js";

export const FIXTURES = "fixtures/scanners/terraform";

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, "utf8");
}

export async function scanText(path: string, text: string): Promise<ScanResult> {
  return scanTerraformFile({ path, absolutePath: `/abs/${path}`, text });
}

export async function scanFixture(name: string): Promise<ScanResult> {
  return scanText(`${FIXTURES}/${name}`, fixtureText(name));
}

export { byName, span } from "../../support/resources.js";
