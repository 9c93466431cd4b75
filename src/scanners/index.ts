import type { FileKind } from "../discover/classify.js";
import { range } from "../model/position.js";
import type { ScanResult } from "../model/resource.js";
import type { SourceFile } from "./source.js";

const EMPTY: ScanResult = Object.freeze({ resources: [], diagnostics: [] }) as ScanResult;

/**
 * Runs a scan and turns any exception into a diagnostic on that file, so one file can never end
 * a run (a stack overflow on pathological nesting included). Every caller goes through this.
 */
export async function scanSafely(scan: (kind: FileKind, file: SourceFile) => Promise<ScanResult>, kind: FileKind, file: SourceFile): Promise<ScanResult> {
  try {
    return await scan(kind, file);
  } catch (error) {
    const detail = error instanceof RangeError ? "the file is nested too deeply to read" : error instanceof Error ? error.message : String(error);
    return {
      resources: [],
      diagnostics: [
        {
          file: file.path,
          range: range(1, 1, 1, 2),
          severity: "error",
          message: `internal error while scanning this file (${detail}); the rest of the scan went on. Please report this with the file attached.`,
        },
      ],
    };
  }
}

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
    case "pulumi": {
      const { scanPulumi } = await import("./pulumi/index.js");
      return scanPulumi(file);
    }
    case "pulumi-project": {
      const { scanPulumiProject } = await import("./pulumi/index.js");
      return scanPulumiProject(file);
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
