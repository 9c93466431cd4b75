import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The layering of DESIGN.md, checked on the imports: scanners know nothing of rules, rules
 * (the engine) nothing of syntax, reporters nothing of either (they import only the model),
 * and derived facts read the model only.
 */
const SRC = path.resolve(import.meta.dirname, "../src");

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

/** The top-level `src/` folders (or files) a module imports from, other than its own. */
function importedLayers(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const own = path.relative(SRC, file).split(path.sep)[0]!;
  const out = new Set<string>();
  for (const m of text.matchAll(/^(?:import|export)[^;]*?from\s+"(\.[^"]+)"/gm)) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), m[1]!)).split(path.sep)[0]!;
    if (target !== own) out.add(target.replace(/\.js$/, ""));
  }
  return [...out];
}

function layersOf(folder: string): string[] {
  return [...new Set(filesUnder(path.join(SRC, folder)).flatMap(importedLayers))].sort();
}

describe("architecture", () => {
  it("reporters import only the model", () => {
    expect(layersOf("report")).toEqual(["model"]);
  });

  it("scanners never import the engine, facts or reporters", () => {
    expect(layersOf("scanners").filter((l) => ["engine", "facts", "report"].includes(l))).toEqual([]);
  });

  it("the engine never imports scanners, facts or reporters", () => {
    expect(layersOf("engine").filter((l) => ["scanners", "facts", "report"].includes(l))).toEqual([]);
  });

  it("the gate reads the model only: it maps into the code through the records a scan produced", () => {
    expect(layersOf("gate")).toEqual(["model"]);
  });

  it("derived facts read the model only", () => {
    expect(layersOf("facts")).toEqual(["model"]);
  });
});
