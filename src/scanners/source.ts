import type { Format, ScanResult } from "../model/resource.js";

/** A file handed to a scanner: already read and decoded (BOM removed, UTF-8 checked) by discovery. */
export interface SourceFile {
  /** Repository-relative path with forward slashes; what findings and SARIF URIs use. */
  path: string;
  absolutePath: string;
  text: string;
}

export type Scanner = (file: SourceFile) => Promise<ScanResult>;

export type { Format, ScanResult };
