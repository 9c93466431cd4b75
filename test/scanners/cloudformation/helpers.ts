import { readFileSync } from "node:fs";
import { LineIndex, type Range } from "../../../src/model/position.js";
import { locate, locateExact, type Resource, type ScanResult } from "../../../src/model/resource.js";
import { readTemplates, scanCloudFormation } from "../../../src/scanners/cloudformation/index.js";
import { toPlain } from "../../../src/scanners/cloudformation/tree.js";

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

export function byName(result: ScanResult, name: string, kind = "resource"): Resource {
  const r = result.resources.find((x) => x.name === name && x.kind === kind);
  if (!r) throw new Error(`no ${kind} ${name}; have ${result.resources.map((x) => `${x.kind} ${x.name}`).join(", ")}`);
  return r;
}

/** [startLine, startColumn, endLine, endColumn] */
export function span(r: Range | undefined): [number, number, number, number] | undefined {
  return r ? [r.start.line, r.start.column, r.end.line, r.end.column] : undefined;
}

export function at(resource: Resource, ...path: (string | number)[]): [number, number, number, number] | undefined {
  return span(locateExact(resource, path));
}

export { locate };

/** A minimal template around one resource's properties (YAML, properties indented by 6). */
export function yamlTemplate(properties: string): string {
  return `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n${properties}`;
}
