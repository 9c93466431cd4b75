/**
 * The committed bundle (dist/) is what every install runs, as a JavaScript Action's is: this test
 * rebuilds it from src/ into a temporary folder and fails when the committed one differs.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/tmp.js";
import { REPO, run } from "./helpers.js";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** The files of a bundle folder, by path relative to it, with their text. */
function snapshot(dir: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(filesUnder(dir).map((f) => [relative(dir, f).split("\\").join("/"), readFileSync(f, "utf8")]));
}

/** The relative modules a bundle module imports statically (`import ... from "./x.js"`, `import "./x.js"`). */
function staticImports(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\s(?:[^;]*?\sfrom\s)?\s*"(\.\/[^"]+)";?$/gm)].map((m) => m[1]!.slice(2));
}

describe("the committed bundle", () => {
  let fresh: Map<string, string>;
  const committed = snapshot(join(REPO, "dist"));

  beforeAll(async () => {
    const out = join(await tempDir("driftless-bundle-"), "dist");
    const build = await run(process.execPath, [join(REPO, "scripts/bundle.mjs"), out], { cwd: REPO });
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    fresh = snapshot(out);
  });

  it("is what `npm run bundle` builds from src/", () => {
    const stale = [...new Set([...committed.keys(), ...fresh.keys()])]
      .sort()
      .filter((file) => committed.get(file) !== fresh.get(file))
      .map((file) => `${file} ${!committed.has(file) ? "missing" : !fresh.has(file) ? "left over" : "differs"}`);
    expect(stale, "dist/ is stale: run `npm run bundle` and commit dist/").toEqual([]);
  });

  it("is built the same way twice (no timestamps, paths or other noise)", async () => {
    const out = join(await tempDir("driftless-bundle-"), "elsewhere");
    const again = await run(process.execPath, [join(REPO, "scripts/bundle.mjs"), out], { cwd: "/" });
    expect(again.code).toBe(0);
    expect(snapshot(out)).toEqual(fresh);
  });

  it("keeps every module two folders below the package root, where ../../rules and ../../package.json resolve", () => {
    for (const file of fresh.keys()) expect(file).toMatch(/^cli\/[\w-]+\.js$/);
  });

  it("loads the scanners lazily: the CLI's start imports none of them, nor ts-morph", () => {
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const dep of staticImports(fresh.get(`cli/${file}`) ?? "")) visit(dep);
    };
    visit("main.js");
    expect([...loaded].filter((f) => /^(terraform|cloudformation|pulumi)-/.test(f))).toEqual([]);
    for (const file of loaded) expect(fresh.get(`cli/${file}`)).not.toMatch(/from "ts-morph"|import\("ts-morph"\)/);
    // The scanners exist as chunks of their own, imported on demand.
    const chunks = [...fresh.keys()].map((f) => f.slice(4));
    for (const scanner of ["terraform", "cloudformation", "pulumi"]) {
      expect(chunks.some((f) => f.startsWith(`${scanner}-`)), scanner).toBe(true);
    }
    // Dependencies stay external: no node_modules code is bundled in.
    for (const text of fresh.values()) expect(text).not.toContain("node_modules/");
  });
});
