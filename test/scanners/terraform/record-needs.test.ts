/**
 * Records no rule reads are left out (ScanOptions.needs), but their blocks are evaluated all the
 * same: every problem must be said as when every record is made, and the records kept must be
 * the same records.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { discover } from "../../../src/discover/index.js";
import { createReader } from "../../../src/discover/reader.js";
import { formUnits, type TerraformUnit } from "../../../src/discover/units.js";
import type { Resource } from "../../../src/model/resource.js";
import { scanTerraform } from "../../../src/scanners/terraform/index.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));

describe("records left out of a Terraform scan", () => {
  it("says every problem, and keeps exactly the records asked for", { timeout: 60_000 }, async () => {
    const reader = createReader(REPO);
    const found = await discover([REPO + "fixtures"], { reader });
    const units = formUnits(found.files, reader).units.filter((u): u is TerraformUnit => u.kind === "terraform");
    expect(units.length).toBeGreaterThan(50);
    const all = await scanTerraform(units, createReader(REPO), {});
    // Resources only, but every record of files under fixtures/suppress.
    const asked = (r: Pick<Resource, "kind" | "file">): boolean => r.kind === "resource" || r.file.startsWith("fixtures/suppress/");
    const some = await scanTerraform(units, createReader(REPO), { needs: { reads: (r) => r.kind === "resource", whole: (file) => file.startsWith("fixtures/suppress/") } });
    expect(all.diagnostics.length).toBeGreaterThan(20);
    expect(JSON.stringify(some.diagnostics)).toBe(JSON.stringify(all.diagnostics));
    const kept = all.resources.filter((r) => asked(r) || r.kind === "project");
    expect(kept.length).toBeLessThan(all.resources.length);
    expect(all.resources.some((r) => r.kind === "module" && r.file.startsWith("fixtures/suppress/"))).toBe(true);
    expect(JSON.stringify(some.resources)).toBe(JSON.stringify(kept));
  });
});
