import type { Reader } from "../discover/reader.js";
import type { Unit } from "../discover/units.js";
import { internalError } from "./shared/internal-error.js";
import type { Diagnostic, Resource, ScanResult } from "../model/resource.js";
import type { CloudFormationUnit, PulumiUnit, ScanOptions, TerraformUnit } from "./source.js";

/**
 * Runs a scan and turns any exception into a diagnostic on `file`, so one unit can never end a
 * run (a stack overflow on pathological nesting included). Every caller goes through this.
 */
export async function scanSafely(file: string, scan: () => Promise<ScanResult>): Promise<ScanResult> {
  try {
    return await scan();
  } catch (error) {
    return { resources: [], diagnostics: [internalError(file, error)] };
  }
}

/** The first file of a unit: where a problem with the unit as a whole is reported. */
export function unitFile(unit: Unit): string {
  switch (unit.kind) {
    case "terraform":
      return unit.files[0]?.path ?? unit.dir;
    case "cloudformation":
    case "changes":
      return unit.file.path;
    case "pulumi":
      return (unit.project ?? unit.files[0])?.path ?? unit.dir;
  }
}

/**
 * Hands each unit to the scanner of its format. Scanners are imported lazily, so a run only loads
 * (and pays the start-up cost of) the parsers it needs. The Terraform scanner takes all its units
 * at once: a folder called as a module by another is evaluated through its calls.
 */
export async function scanUnits(units: readonly Unit[], reader: Reader, options: ScanOptions = {}): Promise<ScanResult> {
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  const collect = (r: ScanResult): void => {
    if (options.onRecords) {
      if (r.resources.length > 0) options.onRecords(r.resources);
    } else for (const x of r.resources) resources.push(x);
    for (const d of r.diagnostics) diagnostics.push(d);
  };
  const terraform = units.filter((u): u is TerraformUnit => u.kind === "terraform");
  if (terraform.length > 0) {
    const { scanTerraform } = await import("./terraform/index.js");
    collect(await scanSafely(unitFile(terraform[0]!), () => scanTerraform(terraform, reader, options)));
  }
  for (const unit of units) {
    if (unit.kind === "cloudformation") {
      const { scanCloudFormationUnit } = await import("./cloudformation/index.js");
      const scanned = await scanSafely(unit.file.path, () => scanCloudFormationUnit(unit as CloudFormationUnit, reader));
      for (const r of scanned.resources) r.unit = `cloudformation:${unit.file.path}`;
      collect(scanned);
    } else if (unit.kind === "pulumi") {
      const { scanPulumiUnit } = await import("./pulumi/index.js");
      const scanned = await scanSafely(unitFile(unit), () => scanPulumiUnit(unit as PulumiUnit, reader));
      for (const r of scanned.resources) r.unit = `pulumi:${unit.dir}`;
      collect(scanned);
    }
  }
  return { resources, diagnostics };
}
