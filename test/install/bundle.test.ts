/**
 * The committed bundle (dist/) is what every install runs, as a JavaScript Action's is: this test
 * rebuilds it from src/ into a temporary folder and fails when the committed one differs, and
 * runs the fresh one from a copy of the package's files with no node_modules anywhere, as an
 * install has them.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { cp } from "node:fs/promises";
import { builtinModules } from "node:module";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempDir, writeTree } from "../support/tmp.js";
import { REPO, run, type Run } from "./helpers.js";
import { cliInProcess } from "../support/cli.js";

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** The files of a bundle folder, by path relative to it, with their bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  if (!existsSync(dir)) return new Map();
  return new Map(filesUnder(dir).map((f) => [relative(dir, f).split("\\").join("/"), readFileSync(f)]));
}

/** The files that differ between two bundles, as `file missing|left over|differs` (empty when they are the same). */
function differences(actual: Map<string, Buffer>, expected: Map<string, Buffer>): string[] {
  return [...new Set([...actual.keys(), ...expected.keys()])]
    .sort()
    .filter((file) => !actual.get(file)?.equals(expected.get(file) ?? Buffer.alloc(0)) || !expected.has(file))
    .map((file) => `${file} ${!actual.has(file) ? "missing" : !expected.has(file) ? "left over" : "differs"}`);
}

/** The bundle's JavaScript modules (cli/*.js) by file name, with their text. */
function modules(bundle: Map<string, Buffer>): Map<string, string> {
  return new Map([...bundle].filter(([file]) => /^cli\/.*\.js$/.test(file)).map(([file, bytes]) => [file.slice(4), bytes.toString("utf8")]));
}

/** The relative modules a bundle module imports statically (`import ... from "./x.js"`, `import "./x.js"`). */
function staticImports(text: string): string[] {
  return [...text.matchAll(/^(?:import|export)\s(?:[^;]*?\sfrom\s)?\s*"(\.\/[^"]+)";?$/gm)].map((m) => m[1]!.slice(2));
}

/**
 * The modules a bundle module loads by name rather than by relative path: static imports,
 * dynamic `import("x")` (not inside a string: TypeScript's messages quote some) and the
 * `__require("x")` esbuild writes for a bundled CommonJS module's require() of a built-in.
 */
function namedImports(text: string): string[] {
  const names = [
    ...[...text.matchAll(/^(?:import|export)\s(?:[^;]*?\sfrom\s)?\s*"([^"]+)";?$/gm)].map((m) => m[1]!),
    ...[...text.matchAll(/(?<![\w'"`.$])import\("([^"]+)"\)/g)].map((m) => m[1]!),
    ...[...text.matchAll(/\b__require\("([^"]+)"\)/g)].map((m) => m[1]!),
  ];
  return names.filter((name) => !name.startsWith("./"));
}

/** The npm packages src/ imports at run time (type-only imports left out), by package name. */
function runtimePackages(): string[] {
  const files = filesUnder(join(REPO, "src")).filter((f) => f.endsWith(".ts"));
  const names = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    // Static imports, and dynamic ones (a package loaded only when needed is bundled too).
    for (const m of [...text.matchAll(/^(?:import|export)\s(?!type\s)[^;]*?\sfrom\s+"([^".][^"]*)";$/gm), ...text.matchAll(/\bimport\(\s*"([^".][^"]*)"\s*\)/g)]) {
      const name = m[1]!;
      if (name.startsWith("node:")) continue;
      names.add(name.startsWith("@") ? name.split("/").slice(0, 2).join("/") : name.split("/")[0]!);
    }
  }
  return [...names].sort();
}

describe("the committed bundle", () => {
  let fresh: Map<string, Buffer>;
  let js: Map<string, string>;
  let out: string;
  const committed = snapshot(join(REPO, "dist"));

  beforeAll(async () => {
    out = join(await tempDir("driftless-bundle-"), "dist");
    const build = await run(process.execPath, [join(REPO, "scripts/bundle.mjs"), out], { cwd: REPO });
    expect(build.stderr).toBe("");
    expect(build.code).toBe(0);
    fresh = snapshot(out);
    js = modules(fresh);
  });

  it("is what `npm run bundle` builds from src/", () => {
    expect(differences(committed, fresh), "dist/ is stale: run `npm run bundle` and commit dist/").toEqual([]);
  });

  it("is built the same way twice (no timestamps, paths or other noise)", async () => {
    const out = join(await tempDir("driftless-bundle-"), "elsewhere");
    const again = await run(process.execPath, [join(REPO, "scripts/bundle.mjs"), out], { cwd: "/" });
    expect(again.code).toBe(0);
    expect(differences(snapshot(out), fresh)).toEqual([]);
  });

  it("keeps every module two folders below the package root, where ../../rules and ../../package.json resolve", () => {
    const others = [...fresh.keys()].filter((file) => !/^cli\/[\w-]+\.js$/.test(file));
    // HashiCorp's parser loads its WASM from `join(__dirname, "..")`, the folder above cli/.
    expect(others).toEqual(["THIRD-PARTY-LICENSES.txt", "main.wasm.gz"]);
  });

  it("loads the scanners lazily: the CLI's start imports none of them, nor ts-morph, nor HashiCorp's parser", () => {
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const dep of staticImports(js.get(file) ?? "")) visit(dep);
    };
    visit("main.js");
    expect([...loaded].filter((f) => /^(terraform|cloudformation|pulumi|ts-morph|hcl2json)-/.test(f))).toEqual([]);
    for (const file of loaded) expect(js.get(file)).not.toMatch(/require_ts_morph|require_typescript|var ts = \{\}/);
    // The scanners, ts-morph (with the TypeScript compiler) and HashiCorp's parser exist as
    // modules of their own, imported on demand.
    for (const name of ["terraform", "cloudformation", "pulumi", "ts-morph", "hcl2json-parser"]) {
      expect([...js.keys()].some((f) => f.startsWith(`${name}-`) || f === `${name}.js`), name).toBe(true);
    }
    const tsMorph = [...js.keys()].find((f) => f.startsWith("ts-morph-"))!;
    expect(js.get(tsMorph)).toContain("var require_typescript = __commonJS(");
  });

  it("joins what every scan loads into few modules (Node's loader costs about a millisecond a module)", () => {
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const dep of staticImports(js.get(file) ?? "")) visit(dep);
    };
    const holding = (source: string): string => [...js.keys()].find((f) => js.get(f)!.includes(`\n// ${source}\n`))!;
    // A one-file Terraform scan: the CLI, the scan command and the text report, then the scanner.
    for (const source of ["src/cli/main.ts", "src/cli/scan.ts", "src/report/text.ts", "src/engine/evaluate.ts", "src/pipeline.ts", "src/scanners/terraform/index.ts"]) visit(holding(source));
    expect(holding("src/cli/scan.ts")).toBe(holding("src/engine/evaluate.ts"));
    expect(loaded.size, [...loaded].join(", ")).toBeLessThanOrEqual(8);
  });

  it("loads yaml and re2js for Terraform only when a file can reach their functions", () => {
    const loaded = new Set<string>();
    const visit = (file: string): void => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const dep of staticImports(js.get(file) ?? "")) visit(dep);
    };
    visit([...js.keys()].find((f) => f.startsWith("terraform-"))!);
    for (const file of loaded) expect(js.get(file), file).not.toMatch(/\n\/\/ node_modules\/(yaml\/dist\/index\.js|re2js\/build\/index\.js)\n/);
    expect([...js.values()].some((text) => text.includes("\n// node_modules/re2js/build/index.js\n")), "re2js is bundled").toBe(true);
  });

  it("loads the built-in rules without yaml's rule parsing or ajv: the pack is compiled at build time", () => {
    const closure = (start: string): Set<string> => {
      const loaded = new Set<string>();
      const visit = (file: string): void => {
        if (loaded.has(file)) return;
        loaded.add(file);
        for (const dep of staticImports(js.get(file) ?? "")) visit(dep);
      };
      visit(start);
      return loaded;
    };
    const loader = [...js.keys()].find((f) => js.get(f)!.includes("\n// src/engine/load.ts\n"));
    expect(loader, "no module holds src/engine/load.ts").toBeDefined();
    const loaded = new Set([...closure("main.js"), ...closure(loader!)]);
    expect([...loaded].filter((f) => js.get(f)!.includes("builtin-pack.generated.ts")).length, "the compiled pack is not with the rule loader").toBe(1);
    for (const file of loaded) {
      expect(js.get(file), file).not.toMatch(/\n\/\/ (node_modules\/ajv\/dist\/(core|ajv)\.js|node_modules\/ajv-formats\/|src\/engine\/rule-file\.ts|src\/engine\/compile-pack\.ts)\n/);
    }
    // The YAML rule loader (with ajv) stays a module of its own, for custom rule packs.
    expect([...js.keys()].some((f) => f.startsWith("rule-file-"))).toBe(true);
  });

  it("bundles every dependency: a module imports only other modules of the bundle and Node's built-ins", () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const named = [...js].flatMap(([file, text]) => namedImports(text).map((name) => `${file}: ${name}`));
    // TypeScript's `require("source-map-support")` sits in a try block (it maps stack traces when
    // that package happens to be installed) and is never needed.
    expect(named.filter((entry) => !builtins.has(entry.split(": ")[1]!) && !entry.endsWith(": source-map-support"))).toEqual([]);
  });

  it("lists every bundled package with its licence text in THIRD-PARTY-LICENSES.txt", () => {
    const text = fresh.get("THIRD-PARTY-LICENSES.txt")!.toString("utf8");
    const headers = [...text.matchAll(/^={80}\n(\S+) (\S+)\nLicense: (\S+)\n/gm)].map((m) => m[1]!);
    expect(headers.length).toBeGreaterThan(20);
    const packages = runtimePackages();
    expect(packages).toEqual(expect.arrayContaining(["@cdktf/hcl2json", "@ts-morph/common", "ajv", "globby", "yaml"]));
    expect(headers).toEqual(expect.arrayContaining([...packages, "typescript", "@ts-morph/common"]));
    expect(text).toMatch(/^@cdktf\/hcl2json \S+\nLicense: MPL-2\.0\n[\s\S]*?Mozilla Public License Version 2\.0/m);
    expect(text).toMatch(/^typescript \S+\nLicense: Apache-2\.0\n[\s\S]*?Apache License/m);
    expect(text).toMatch(/^Go \([^\n]*\nLicense: BSD-3-Clause\n[\s\S]*?The Go Authors/m);
  });

  describe("run from the package's files alone (no node_modules anywhere above them)", () => {
    let pkg: string;
    let project: string;
    const driftless = (args: string[]): Promise<Run> =>
      run(process.execPath, [join(pkg, "bin/driftless.js"), ...args], { cwd: project, env: { NODE_PATH: "" }, timeout: 60_000 });

    beforeAll(async () => {
      const dir = await tempDir("driftless-bundle-run-");
      pkg = join(dir, "package");
      for (const entry of ["bin", "rules", "config.schema.json", "package.json"]) await cp(join(REPO, entry), join(pkg, entry), { recursive: true });
      await cp(out, join(pkg, "dist"), { recursive: true });
      project = join(dir, "project");
      await writeTree(project, {
        "main.tf": 'module "network" {\n  source = "git::https://example.com/network.git"\n}\n',
        "broken/main.tf": 'resource "aws_s3_bucket" "b" {\n  bucket =\n',
        "app/Pulumi.yaml": "name: app\nruntime: nodejs\n",
        "app/package.json": '{ "name": "app", "dependencies": { "@pulumi/docker": "4.5.0" } }\n',
        "app/index.ts": 'import * as docker from "@pulumi/docker";\n\nexport const web = new docker.Container("web", { image: "nginx:latest" });\n',
        "bucket/main.tf": 'resource "aws_s3_bucket" "b" {}\n',
        "cfg/bad.yaml": 'rules:\n  ACC-007:\n    params:\n      commands: [""]\n',
        "cfg/good.yaml": "custom-rules: [acme]\nrules:\n  ACME-001:\n    params:\n      names: [xyz]\n",
        "cfg/acme/ACME-001.yaml": [
          "id: ACME-001", "title: Buckets need names", "level: warning", 'security-severity: "4.0"', "tags: [custom]", "formats: [terraform]",
          "description: Every bucket must have a name.", "remediation: Set bucket.",
          "params:", "  names:", "    description: Names.", "    schema: { type: array, items: { type: string, minLength: 2 } }", "    default: [ab]",
          "checks:", "  - select: { format: terraform, type: aws_s3_bucket }", "    when: { absent: $attributes.bucket }", '    message: "{name} has no bucket name"', "",
        ].join("\n"),
      });
      expect(existsSync(join(dir, "node_modules")) || existsSync(join(dir, "..", "node_modules"))).toBe(false);
    });

    it("finds on every fixture exactly what the source finds: lazily loaded packages work bundled too", { timeout: 120_000 }, async () => {
      // A package imported on demand can look different bundled (a CommonJS package imported
      // dynamically gives only `default`); scanning every fixture with both catches that.
      const bundled = await run(process.execPath, [join(pkg, "bin/driftless.js"), "scan", "fixtures", "--format", "json"], { cwd: REPO, env: { NODE_PATH: "" }, timeout: 120_000 });
      const source = await cliInProcess(["scan", "fixtures", "--format", "json"], REPO);
      expect(bundled.stderr).toBe(source.stderr);
      expect(bundled.code).toBe(source.code);
      const findings = (r: Run): unknown[] => (JSON.parse(r.stdout) as { findings: unknown[] }).findings;
      expect(findings(bundled).length).toBeGreaterThan(1000);
      expect(findings(bundled)).toEqual(findings(source));
    });

    it("scans Terraform: a finding, and a syntax error in HashiCorp's words (its parser and WASM from dist/)", async () => {
      const scan = await driftless(["scan", "main.tf", "broken/main.tf", "--format", "json"]);
      expect(scan.stderr).toBe("");
      expect(scan.code).toBe(1);
      const findings = (JSON.parse(scan.stdout) as { findings: { ruleId: string; file: string; message: string; range: { start: { line: number; column: number } } }[] }).findings;
      expect(findings.map((f) => [f.ruleId, f.file])).toEqual([["IAC-000", "broken/main.tf"], ["PIN-001", "main.tf"]]);
      expect(findings[0]!.message).toBe("Invalid expression; Expected the start of an expression, but found an invalid expression token.");
      expect(findings[0]!.range.start).toEqual({ line: 2, column: 11 });
    });

    it("reads a configuration file and a custom rule pack (yaml and ajv, imported on demand, from dist/)", async () => {
      // A built-in parameter is checked by the validator the build compiled, a custom one by ajv.
      const bad = await driftless(["scan", "bucket/main.tf", "--config", "cfg/bad.yaml"]);
      expect(bad.stderr).toBe("driftless: cfg/bad.yaml:4: rules.ACC-007.params.commands: ACC-007 parameter commands: /0 must NOT have fewer than 1 characters\n");
      expect(bad.code).toBe(2);
      const good = await driftless(["scan", "bucket/main.tf", "--config", "cfg/good.yaml", "--format", "json"]);
      expect(good.stderr).toBe("");
      expect((JSON.parse(good.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain("ACME-001");
    });

    it("scans a Pulumi TypeScript program (ts-morph and the TypeScript compiler from dist/)", async () => {
      const scan = await driftless(["scan", "app", "--format", "json", "--fail-on", "none"]);
      expect(scan.stderr).toBe("");
      expect(scan.code).toBe(0);
      const findings = (JSON.parse(scan.stdout) as { findings: { ruleId: string; file: string }[] }).findings;
      expect(findings).toContainEqual(expect.objectContaining({ ruleId: "PIN-005", file: "app/index.ts" }));
      expect(findings.filter((f) => f.ruleId === "IAC-000")).toEqual([]);
    });
  });
});
