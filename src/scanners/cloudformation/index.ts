/**
 * The CloudFormation scanner: JSON and YAML templates (short-form tags, SAM), with exact
 * positions. Whether a file is a template at all is discovery's decision (a content sniff);
 * here a document that turns out not to be a template yields nothing, quietly, while a file
 * that does not parse is a diagnostic. JSON when the first non-blank character is `{`, else
 * YAML (every `---` document that is a template is scanned).
 */
import { sizeOver } from "../../discover/read.js";
import { LineIndex, range } from "../../model/position.js";
import type { Diagnostic, Resource, ScanResult } from "../../model/resource.js";
import type { CloudFormationUnit, Reader, SourceFile } from "../source.js";
import { parseJson } from "./json.js";
import { isTemplate, TemplateReader } from "./template.js";
import type { TNode } from "./tree.js";
import { parseYaml } from "./yaml.js";

export function isJsonText(text: string): boolean {
  return /^[\s\uFEFF]*\{/.test(text);
}

/** The template documents of a file (parsed, position-annotated) and the problems met. */
export function readTemplates(file: SourceFile, lines: LineIndex): { documents: TNode[]; diagnostics: Diagnostic[] } {
  if (isJsonText(file.text)) {
    const { document, diagnostics } = parseJson(file.path, file.text, lines);
    return { documents: document ? [document] : [], diagnostics };
  }
  return parseYaml(file.path, file.text, lines);
}

/**
 * The largest template CloudFormation accepts: 1 MB in an S3 object ("AWS CloudFormation
 * quotas": template body size; 51,200 bytes when passed in the request). A larger one cannot be
 * deployed as it is, and parsing it (several seconds and hundreds of MB for a few MB of YAML)
 * would make one generated file the cost of the whole scan.
 */
export const MAX_TEMPLATE_BYTES = 1024 * 1024;

export async function scanCloudFormation(file: SourceFile): Promise<ScanResult> {
  const bytes = Buffer.byteLength(file.text, "utf8");
  if (bytes > MAX_TEMPLATE_BYTES) {
    const message = `not scanned: the template is ${sizeOver(bytes, MAX_TEMPLATE_BYTES)}, over the 1 MB CloudFormation accepts for a template (AWS CloudFormation quotas), so it cannot be deployed as it is; split it into nested stacks, or scan the templates it is generated from`;
    return { resources: [], diagnostics: [{ file: file.path, range: range(1, 1, 1, 2), severity: "warning", message, notScanned: true }] };
  }
  const lines = new LineIndex(file.text);
  const { documents, diagnostics } = readTemplates(file, lines);
  const resources: Resource[] = [];
  for (const root of documents) {
    if (!isTemplate(root)) continue;
    resources.push(...new TemplateReader(file.path, file.text, lines, root, diagnostics).records());
  }
  return { resources, diagnostics };
}

/** A template unit: the file read through the run's reader, then scanned. */
export async function scanCloudFormationUnit(unit: CloudFormationUnit, reader: Reader): Promise<ScanResult> {
  const read = reader.read(unit.file.absolutePath);
  if (!read.file) return { resources: [], diagnostics: [read.diagnostic] };
  return scanCloudFormation(read.file);
}
