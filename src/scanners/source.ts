import type { Reader } from "../discover/reader.js";
import type { CloudFormationUnit, PulumiUnit, TerraformUnit, Unit } from "../discover/units.js";
import type { Format, ScanResult } from "../model/resource.js";

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
}

export type { CloudFormationUnit, Format, PulumiUnit, Reader, ScanResult, TerraformUnit, Unit };
