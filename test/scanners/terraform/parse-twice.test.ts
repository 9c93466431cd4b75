/**
 * A large scan parses root modules again when it evaluates them instead of holding every parsed
 * file (see PARSE_TWICE_FROM_FILES): the records must be the same either way.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { discover } from "../../../src/discover/index.js";
import { createReader } from "../../../src/discover/reader.js";
import { formUnits, type TerraformUnit } from "../../../src/discover/units.js";
import { scanTerraform } from "../../../src/scanners/terraform/index.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));

describe("parsing roots twice in a large scan", () => {
  it("gives the same records and problems in one pass, when no folder calls another", { timeout: 60_000 }, async () => {
    const reader = createReader(REPO);
    const found = await discover([REPO + "fixtures/rules"], { reader });
    const local = /"?source"?\s*[=:]\s*"\.\.?[\\/]/;
    const units = formUnits(found.files, reader)
      .units.filter((u): u is TerraformUnit => u.kind === "terraform")
      .filter((u) => !u.files.some((f) => local.test(reader.read(f.absolutePath).file?.text ?? "")));
    expect(units.length).toBeGreaterThan(30);
    const held = await scanTerraform(units, createReader(REPO), {}, true, Number.POSITIVE_INFINITY);
    const oneByOne = await scanTerraform(units, createReader(REPO), {}, true, 0);
    const shown = (r: typeof held) => JSON.stringify({ resources: r.resources, diagnostics: r.diagnostics });
    expect(held.diagnostics.length).toBeGreaterThan(5);
    expect(shown(oneByOne)).toBe(shown(held));
  });

  it("gives the same records and diagnostics as holding every parsed file", { timeout: 60_000 }, async () => {
    const reader = createReader(REPO);
    const found = await discover([REPO + "fixtures"], { reader });
    const units = formUnits(found.files, reader).units.filter((u): u is TerraformUnit => u.kind === "terraform");
    expect(units.length).toBeGreaterThan(50);
    const held = await scanTerraform(units, createReader(REPO), {}, true, Number.POSITIVE_INFINITY);
    const twice = await scanTerraform(units, createReader(REPO), {}, true, 0);
    const shown = (r: typeof held) => JSON.stringify({ resources: r.resources, diagnostics: r.diagnostics });
    expect(held.resources.length).toBeGreaterThan(500);
    expect(shown(twice)).toBe(shown(held));
  });
});
