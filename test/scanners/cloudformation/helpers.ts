import { readFileSync } from "node:fs";
import { LineIndex } from "../../../src/model/position.js";
import { locate, type Resource, type ScanResult } from "../../../src/model/resource.js";
import { readTemplates, scanCloudFormation } from "../../../src/scanners/cloudformation/index.js";
import { toPlain } from "../../../src/scanners/cloudformation/tree.js";
import { byName as anyByName } from "../../support/resources.js";

export const FIXTURES = "fixtures/scanners/cloudformation";

export function fixtureText(name: string): string {
  return readFileSync(`${FIXTURES}/${name}`, "utf8");
}

export async function scanText(path: string, text: string): Promise<ScanResult> {
  return scanCloudFormation({ path, absolutePath: `/abs/${path}`, text });
}

export async function scanFixture(name: string): Promise<ScanResult> {
  return scanText(`${FIXTURES}/${name}`, fixtureText(name));
}

/** The documents of a text as plain JSON (intrinsics in their long forms). */
export function plainDocuments(text: string, path = "t.yaml"): unknown[] {
  const { documents, diagnostics } = readTemplates({ path, absolutePath: `/abs/${path}`, text }, new LineIndex(text));
  if (diagnostics.length) throw new Error(diagnostics.map((d) => d.message).join("; "));
  return documents.map(toPlain);
}

export { locate };

/** A minimal template around one resource's properties (YAML, properties indented by 6). */
export function yamlTemplate(properties: string): string {
  return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n${properties}`;
}

export { at, span } from "../../support/resources.js";

/** Records are resources unless the test says otherwise. */
export function byName(result: ScanResult, name: string, kind = "resource"): Resource {
  return anyByName(result, name, kind);
}
