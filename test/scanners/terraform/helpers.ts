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

/** A value with each Unknown reduced to its expression text (reasons and decoded payloads are tested separately). */
export function texts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(texts);
  if (value !== null && typeof value === "object") {
    if ("$unknown" in value) return { $unknown: (value as { $unknown: string }).$unknown };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, texts(v)]));
  }
  return value;
}
