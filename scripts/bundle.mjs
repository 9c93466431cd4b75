#!/usr/bin/env node
// Builds the committed bundle in dist/ (`npm run bundle`). Installs use it as it is, with no
// build step and nothing to install: like a JavaScript Action's dist/, it holds every runtime
// dependency, so bin/driftless.js needs only Node's built-in modules and the package's own files
// (bin/, dist/, rules/, config.schema.json, package.json). test/install/bundle.test.ts fails when
// it differs from what this script produces from src/ and node_modules (package-lock.json).
//
// Usage: node scripts/bundle.mjs [OUTDIR]   (default: dist; OUTDIR is emptied first)
//
// Why package.json names it `bundle`, not `build`: npm "prepares" a git dependency that has a
// `build`, `prepare`, `prepack` or install script by running a full `npm install` (devDependencies
// included) in a temporary clone, and a global install then links to that clone, which npm deletes
// (npm/cli#9406): `npm install -g <git url>` would download the devDependencies and install
// nothing. Without those scripts npm packs the clone as it is.
//
// Shape: ESM for Node, code split so the modules the CLI imports lazily (scanners, ts-morph and
// the TypeScript compiler, HashiCorp's parser) stay chunks of their own and a cold start loads
// only what the run needs. esbuild bundles and splits; Rollup then joins what every scan loads
// (the CLI, the scan command, the pipeline, the engine with its compiled pack, the text report)
// into one `core` module (see coreOutputs): esbuild splits by which entries reach a module and
// so made some 30 small modules of it, and Node's ES module loader costs about a millisecond
// per module (a one-file scan: 32 modules, 230 ms; 3 modules, 205 ms). Every module sits in OUTDIR/cli/, two folders below the package root
// like src/cli/, so `new URL("../../rules/", import.meta.url)` and `../../package.json` find the
// package's files from any chunk. Beside them:
//   OUTDIR/main.wasm.gz             HashiCorp's parser, where its bundled loader looks for it
//                                   (`join(__dirname, "..", "main.wasm.gz")` from OUTDIR/cli/);
//   OUTDIR/THIRD-PARTY-LICENSES.txt the licence of every bundled package, with its text.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { copyFile, readdir, readFile, rm, unlink, writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { rollup } from "rollup";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = path.resolve(root, process.argv[2] ?? "dist");

/**
 * The `performance` module that @cdktf/hcl2json's Go bridge requires when the global is missing
 * (`globalThis.performance ??= require("performance")`): Node 20 has the global, so the bundle
 * gets a module that returns it instead of failing on a package that is not installed.
 * @returns {import("esbuild").Plugin}
 */
function globalPerformance() {
  return {
    name: "global-performance",
    setup(b) {
      b.onResolve({ filter: /^performance$/ }, () => ({ path: "performance", namespace: "global-performance" }));
      b.onLoad({ filter: /.*/, namespace: "global-performance" }, () => ({ contents: "module.exports = globalThis.performance;", loader: "js" }));
    },
  };
}

/**
 * Chart.js's source for the HTML report, inlined as a string: src/report/html/chart-source.ts
 * reads it from node_modules, which an install does not have, so its module is replaced by one
 * exporting the same function over the file's text (esbuild's `text` loader). The file stays an
 * input from node_modules/chart.js, so THIRD-PARTY-LICENSES.txt lists Chart.js.
 * @returns {import("esbuild").Plugin}
 */
function inlineChartJs() {
  const source = path.join(root, "src/report/html/chart-source.ts");
  const umd = path.join(root, "node_modules/chart.js/dist/chart.umd.min.js");
  return {
    name: "inline-chart-js",
    setup(b) {
      b.onLoad({ filter: /[\\/]src[\\/]report[\\/]html[\\/]chart-source\.ts$/ }, (args) => {
        if (path.resolve(args.path) !== source) return undefined;
        return {
          contents: 'import text from "chart.js/dist/chart.umd.min.js?text";\n/** The text of chart.js/dist/chart.umd.min.js, inlined at build time. */\nexport function chartJsSource() {\n  return text;\n}\n',
          loader: "ts",
          resolveDir: path.dirname(source),
        };
      });
      // The package's exports map hides dist/: the import is resolved here, to the file itself.
      b.onResolve({ filter: /^chart\.js\/dist\/chart\.umd\.min\.js\?text$/ }, () => ({ path: umd, namespace: "file", suffix: "" }));
      b.onLoad({ filter: /[\\/]chart\.js[\\/]dist[\\/]chart\.umd\.min\.js$/ }, async (args) => ({ contents: await readFile(args.path, "utf8"), loader: "text" }));
    },
  };
}

/**
 * @typedef {{ name: string, version: string, dir: string, license: string, author?: string,
 *   repository?: string, files: string[], embeds: Embedded[] }} BundledPackage
 *   `dir` is the package folder relative to the repository root (node_modules/...); `files` are
 *   the outputs holding its code, relative to OUTDIR, with `*` for a chunk's hash.
 * @typedef {{ name: string, version: string, license: string, file: string, texts: string[] }} Embedded
 */

/**
 * Code that a package carries from another project, under that project's licence: `file` is
 * relative to the package folder, `texts` are licence files relative to the repository root.
 * @type {Record<string, Array<{ file: string, name: string, license: string, version?: (code: string) => string, texts: string[] }>>}
 */
const EMBEDDED = {
  // ts-morph ships its own build of the TypeScript compiler (its header: Microsoft, Apache-2.0);
  // the texts come from the typescript devDependency, the same project's release.
  "@ts-morph/common": [
    {
      file: "dist/typescript.js",
      name: "typescript",
      license: "Apache-2.0",
      version: (code) => /^var version = "([^"]+)";$/m.exec(code)?.[1] ?? "unknown",
      texts: ["node_modules/typescript/LICENSE.txt", "node_modules/typescript/ThirdPartyNoticeText.txt"],
    },
  ],
  // Go's WASM support code, copied from the Go distribution (their headers: The Go Authors).
  "@cdktf/hcl2json": [
    { file: "wasm/wasm_exec.js", name: "Go (wasm_exec.js, bridge_wasm_exec.js, the Go runtime in main.wasm.gz)", license: "BSD-3-Clause", texts: ["scripts/licenses/Go.txt"] },
  ],
};

/**
 * The npm packages whose files esbuild bundled, from its metafile, one entry per name and
 * version, sorted by name then version.
 * @param {import("esbuild").Metafile} meta
 * @param {(absoluteOutput: string) => string} finalName where an esbuild output's code ends up,
 *   relative to OUTDIR, with `*` for a chunk's hash
 * @returns {BundledPackage[]}
 */
function bundledPackages(meta, finalName) {
  /** @type {Map<string, Set<string>>} package folder -> outputs */
  const outputsOf = new Map();
  for (const [output, { inputs }] of Object.entries(meta.outputs)) {
    // Chunk names carry a content hash; `chunk-*.js` keeps the licence file from changing with
    // every change to src/.
    const file = finalName(path.resolve(root, output));
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      if (bytesInOutput === 0) continue;
      const dir = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
      if (!dir) continue;
      if (!outputsOf.has(dir)) outputsOf.set(dir, new Set());
      outputsOf.get(dir).add(file);
    }
  }
  /** @type {Map<string, BundledPackage>} */
  const byKey = new Map();
  for (const [dir, files] of outputsOf) {
    const pkg = JSON.parse(readFileSyncUtf8(path.join(root, dir, "package.json")));
    const key = `${pkg.name}@${pkg.version}`;
    const known = byKey.get(key);
    if (known) {
      for (const f of files) if (!known.files.includes(f)) known.files.push(f);
      continue;
    }
    const embeds = (EMBEDDED[pkg.name] ?? [])
      .filter((e) => Object.keys(meta.inputs).includes(`${dir}/${e.file}`))
      .map((e) => ({
        name: e.name,
        license: e.license,
        file: e.file,
        texts: e.texts,
        version: e.version ? e.version(readFileSyncUtf8(path.join(root, dir, e.file))) : "",
      }));
    byKey.set(key, {
      name: pkg.name,
      version: pkg.version,
      dir,
      license: typeof pkg.license === "string" ? pkg.license : (pkg.license?.type ?? "UNKNOWN"),
      author: typeof pkg.author === "string" ? pkg.author : pkg.author?.name,
      repository: typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url,
      files: [...files],
      embeds,
    });
  }
  const packages = [...byKey.values()].sort((a, b) => compare(a.name, b.name) || compare(a.version, b.version));
  for (const p of packages) p.files.sort(compare);
  return packages;
}

/**
 * The text of dist/THIRD-PARTY-LICENSES.txt: for each bundled package its name, version, licence,
 * author, source and the dist/ files holding it, then its licence files (LICENSE*, LICENCE*,
 * COPYING*, NOTICE*) or, for a package that ships none, the standard text of its declared
 * licence from scripts/licenses/.
 * @param {BundledPackage[]} packages
 * @returns {Promise<string>}
 * @throws when a package has no licence file and scripts/licenses/ has no text for its licence
 */
async function thirdPartyLicenses(packages) {
  const rule = "=".repeat(80);
  const parts = [
    "Third-party software bundled in this folder by scripts/bundle.mjs, with its licences.\n" +
      "driftless itself is under the MIT licence: see LICENSE in the package root.\n",
  ];
  for (const p of packages) {
    const files = (await readdir(path.join(root, p.dir))).filter((f) => /^(licen[cs]e|copying|notice)([.-]|$)/i.test(f)).sort(compare);
    let texts = await Promise.all(files.map((f) => readText(path.join(p.dir, f))));
    let note = "";
    if (texts.length === 0) {
      const standard = `scripts/licenses/${p.license}.txt`;
      texts = [await readText(standard).catch(() => {
        throw new Error(`scripts/bundle.mjs: ${p.name}@${p.version} (${p.dir}) ships no licence file and ${standard} does not exist: add the text of ${p.license} there`);
      })];
      note = `The package ships no licence file; the standard text of ${p.license}, which its package.json names, follows.\n`;
    }
    parts.push(
      `${rule}\n${p.name} ${p.version}\nLicense: ${p.license}\n` +
        (p.author ? `Author: ${p.author}\n` : "") +
        (p.repository ? `Source: ${p.repository}\n` : "") +
        `In: ${p.files.join(", ")}\n${note}\n${texts.join("\n\n")}\n`,
    );
    for (const e of p.embeds) {
      const embedded = await Promise.all(e.texts.map(readText));
      parts.push(
        `${rule}\n${e.name}${e.version ? ` ${e.version}` : ""}\nLicense: ${e.license}\n` +
          `Embedded in: ${p.name} ${p.version} (${e.file})\n\n${embedded.join("\n\n")}\n`,
      );
    }
  }
  return parts.join("\n");
}

/** A repository file's text with LF line ends and no trailing blank lines. */
async function readText(relative) {
  return (await readFile(path.join(root, relative), "utf8")).replace(/\r\n?/g, "\n").trimEnd();
}

function readFileSyncUtf8(file) {
  return readFileSync(file, "utf8");
}

/** Code-unit order, the same on every machine (localeCompare depends on the locale). */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The esbuild outputs every scan loads (absolute paths): what main.js imports, the scan command
 * and the text report (imported on demand, by every scan), and what they import, less what
 * HashiCorp's parser imports in its worker thread (which must stay small).
 * @param {import("esbuild").Metafile} meta
 * @returns {Set<string>}
 */
function coreOutputs(meta) {
  const closure = (starts) => {
    const seen = new Set();
    const visit = (output) => {
      if (seen.has(output)) return;
      seen.add(output);
      for (const i of meta.outputs[output].imports) if (i.kind === "import-statement" && !i.external) visit(i.path);
    };
    for (const start of starts) visit(start);
    return seen;
  };
  const outputOf = (entry) => {
    const found = Object.keys(meta.outputs).find((o) => meta.outputs[o].entryPoint === entry);
    if (!found) throw new Error(`scripts/bundle.mjs: no output for ${entry}`);
    return found;
  };
  const core = closure(["src/cli/main.ts", "src/cli/scan.ts", "src/report/text.ts"].map(outputOf));
  for (const output of closure([outputOf("src/scanners/terraform/hcl2json-parser.ts")])) core.delete(output);
  core.delete(outputOf("src/cli/main.ts"));
  return new Set([...core].map((o) => path.resolve(root, o)));
}

/**
 * Joins the core outputs (coreOutputs) into one module with Rollup, in place in OUTDIR/cli/; the
 * other outputs that import code of them are rewritten to import it from there, and those that do
 * not (the TypeScript compiler, HashiCorp's parser, yaml...) are left as esbuild wrote them.
 * Returns where each esbuild output's code ends up (see bundledPackages).
 * @param {import("esbuild").Metafile} meta
 * @returns {Promise<(absoluteOutput: string) => string>}
 */
async function joinCore(meta) {
  const core = coreOutputs(meta);
  const absolute = (o) => path.resolve(root, o);
  // Outputs that reach a core output through their imports must be rebuilt; the rest stay.
  const reaches = new Map();
  const reachesCore = (output) => {
    if (reaches.has(output)) return reaches.get(output);
    reaches.set(output, false);
    const answer = core.has(absolute(output)) || meta.outputs[output].imports.some((i) => !i.external && reachesCore(i.path));
    reaches.set(output, answer);
    return answer;
  };
  const rebuilt = new Set(Object.keys(meta.outputs).filter(reachesCore).map(absolute));
  const entries = Object.fromEntries(
    Object.entries(meta.outputs)
      .filter(([o, m]) => m.entryPoint && rebuilt.has(absolute(o)) && !core.has(absolute(o)))
      .map(([o]) => [path.basename(o, ".js"), absolute(o)]),
  );
  const bundle = await rollup({
    input: entries,
    external: (id, importer) => {
      if (id.startsWith("node:") || builtinModules.includes(id)) return true;
      const target = importer ? path.resolve(path.dirname(importer), id) : id;
      return !rebuilt.has(target);
    },
    // esbuild's output as it is: nothing removed, nothing moved but whole modules.
    treeshake: false,
    onwarn: (warning) => {
      if (warning.code !== "CIRCULAR_DEPENDENCY") throw new Error(`scripts/bundle.mjs: rollup: ${warning.message}`);
    },
  });
  const { output } = await bundle.write({
    dir: path.join(outdir, "cli"),
    format: "es",
    // The lazily imported modules keep esbuild's names (terraform-, pulumi-...), with Rollup's hash.
    entryFileNames: (chunk) => (["main", "pipeline", "hcl2json-parser"].includes(chunk.name) ? "[name].js" : `${chunk.name.replace(/-[A-Z0-9]{8}$/, "")}-[hash].js`),
    chunkFileNames: (chunk) => `${chunk.name.replace(/-[A-Z0-9]{8}$/, "")}-[hash].js`,
    manualChunks: (id) => (core.has(id) ? "core" : undefined),
    // A module keeps its own imports; Rollup would add the transitive ones to each.
    hoistTransitiveImports: false,
    generatedCode: "es2015",
  });
  await bundle.close();
  /** @type {Map<string, string>} esbuild output -> final file */
  const moved = new Map();
  for (const chunk of output) if (chunk.type === "chunk") for (const id of chunk.moduleIds) moved.set(id, chunk.fileName);
  const written = new Set(output.map((o) => o.fileName));
  for (const old of rebuilt) if (!written.has(path.basename(old))) await unlink(old);
  return (output) => {
    const file = moved.get(output) ?? path.basename(output);
    const name = `cli/${file}`;
    return /^cli\/(main|pipeline|hcl2json-parser)\.js$/.test(name) ? name : name.replace(/-[A-Za-z0-9_-]{8}\.js$/, "-*.js");
  };
}

/**
 * Escapes what esbuild's `charset: "ascii"` leaves in comments (an arrow, a dash), so that every
 * module is ASCII: comments only, since esbuild escapes strings, templates and regular expressions.
 * @param {string} dir
 */
async function asciiComments(dir) {
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".js")).sort(compare)) {
    const file = path.join(dir, name);
    const text = await readFile(file, "utf8");
    // eslint-disable-next-line no-control-regex
    if (/^[\x00-\x7f]*$/.test(text)) continue;
    await writeFile(file, text.replace(/[^\x00-\x7f]/gu, (c) => `\\u{${c.codePointAt(0).toString(16)}}`));
  }
}

// The built-in rule pack, compiled and validated (src/engine/builtin-pack.generated.ts): the CLI
// then loads it without parsing YAML or importing yaml and ajv. It is TypeScript importing
// src/, so tsx runs it; an invalid rule fails the build here.
execFileSync(process.execPath, ["--import", "tsx", "scripts/compile-rules.ts"], { cwd: root, stdio: "inherit" });

await rm(outdir, { recursive: true, force: true });
const { metafile } = await build({
  absWorkingDir: root,
  entryPoints: [
    { in: "src/cli/main.ts", out: "cli/main" },
    // The scan pipeline as a library, for bench/measure.mjs.
    { in: "src/pipeline.ts", out: "cli/pipeline" },
    // Imported by path in hcl2json.ts's worker thread, never by the CLI's own thread.
    { in: "src/scanners/terraform/hcl2json-parser.ts", out: "cli/hcl2json-parser" },
  ],
  outdir,
  chunkNames: "cli/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  // ESM builds first: jsonc-parser's `main` is a UMD file whose require() calls esbuild cannot
  // follow (they go through the factory's parameter), so they would run against dist/ and fail.
  mainFields: ["module", "main"],
  // Bundled CommonJS (ts-morph, TypeScript, ajv, fast-glob, hcl2json...) calls require() for
  // Node's built-in modules and reads __filename/__dirname (TypeScript when it loads, hcl2json to
  // find its WASM); an ES module has none of them.
  banner: {
    js: 'import { createRequire as __bundleCreateRequire } from "node:module";\nconst require = __bundleCreateRequire(import.meta.url);',
  },
  define: { __filename: "import.meta.filename", __dirname: "import.meta.dirname" },
  plugins: [globalPerformance(), inlineChartJs()],
  // Readable output: the bundle is committed and reviewed as a diff. Minifying the vendored code
  // would halve dist/ on disk but hardly the repository (git compresses both to a similar size).
  minify: false,
  sourcemap: false,
  // The licences go to THIRD-PARTY-LICENSES.txt, complete, rather than as scattered comments.
  legalComments: "none",
  // ASCII: Node reads a module's source faster, and V8 holds it in half the memory, when every
  // character is one byte (a one-file scan: about 5 ms). Strings keep their text as \u escapes.
  charset: "ascii",
  logLevel: "warning",
  metafile: true,
});

const finalName = await joinCore(metafile);
await asciiComments(path.join(outdir, "cli"));
const packages = bundledPackages(metafile, finalName);
const hcl2json = packages.find((p) => p.name === "@cdktf/hcl2json");
if (!hcl2json) throw new Error("scripts/bundle.mjs: @cdktf/hcl2json is not in the bundle; hcl2json-parser.ts should import it");
await copyFile(path.join(root, hcl2json.dir, "main.wasm.gz"), path.join(outdir, "main.wasm.gz"));
hcl2json.files = [...hcl2json.files, "main.wasm.gz"].sort(compare);
await writeFile(path.join(outdir, "THIRD-PARTY-LICENSES.txt"), await thirdPartyLicenses(packages));
