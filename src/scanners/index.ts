import type { FileKind } from "../discover/classify.js";
import type { ScanResult } from "../model/resource.js";
import type { SourceFile } from "./source.js";

const EMPTY: ScanResult = Object.freeze({ resources: [], diagnostics: [] }) as ScanResult;

/**
 * Hands a file to the scanner for its kind. Scanners are imported lazily, so a run only loads
 * (and pays the start-up cost of) the parsers it needs.
 */
export async function scanFile(kind: FileKind, file: SourceFile): Promise<ScanResult> {
  switch (kind) {
    case "terraform":
    case "terraform-json": {
      const { scanTerraform } = await import("./terraform/index.js");
      return scanTerraform(file);
    }
    case "cloudformation": {
      const { scanCloudFormation } = await import("./cloudformation/index.js");
      return scanCloudFormation(file);
    }
    case "tfvars":
      // Variable values are not scanned on their own yet (they will feed variable resolution).
      return { resources: [], diagnostics: [] };
    default: {
      const unreachable: never = kind;
      void unreachable;
      return EMPTY;
    }
  }
}
