import type { Reader } from "../discover/reader.js";
import type { CloudFormationUnit, PulumiUnit, TerraformUnit, Unit } from "../discover/units.js";
import type { Format, Resource, ScanResult } from "../model/resource.js";

/** A file handed to a scanner: already read and decoded (BOM removed, UTF-8 checked) by the reader. */
export interface SourceFile {
  /** Repository-relative path with forward slashes; what findings and SARIF URIs use. */
  path: string;
  absolutePath: string;
  text: string;
}

/**
 * A variable value given on the command line for Terraform root modules: `--var NAME=VALUE`
 * or `--var-file FILE` (absolute path). Terraform applies them in command-line order, after
 * the variable files it loads by itself.
 */
export type TerraformVariableInput = { kind: "var"; name: string; value: string } | { kind: "file"; absolutePath: string };

export interface ScanOptions {
  terraformVariables?: readonly TerraformVariableInput[];
  /**
   * When given, records are handed over as they are made, the records of one unit at a time (a
   * Terraform root module's evaluation; then the module folders' project records; a template; a
   * Pulumi project), in the order a scan would return them, and not returned: a large scan then
   * need not hold them all at once.
   */
  onRecords?: (records: Resource[]) => void;
  /** The records the caller reads; omitted: every record. */
  needs?: RecordNeeds;
}

/**
 * Which records a caller reads: those `reads` accepts (by format, kind and type; the canonical
 * type is the type for the records a scanner may leave out), and every record of a file `whole`
 * names (a file with suppression comments, whose blocks' extents the suppressions are measured
 * against). A scanner may leave the others out; it still evaluates what it leaves out, so the
 * problems found there (an unknown function in a variable's default) are said as before.
 */
export interface RecordNeeds {
  reads(record: Pick<Resource, "format" | "kind" | "type" | "canonicalType">): boolean;
  whole(file: string): boolean;
}

export type { CloudFormationUnit, Format, PulumiUnit, Reader, ScanResult, TerraformUnit, Unit };
