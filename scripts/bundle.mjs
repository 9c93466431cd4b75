#!/usr/bin/env node
// Builds the committed bundle in dist/ (`npm run bundle`). Installs from git use it as it is, with
// no build step and no devDependencies, as JavaScript Actions do; test/install/bundle.test.ts
// fails when it differs from what this script produces from src/.
//
// Usage: node scripts/bundle.mjs [OUTDIR]   (default: dist; OUTDIR is emptied first)
//
// Why package.json names it `bundle`, not `build`: npm "prepares" a git dependency that has a
// `build`, `prepare`, `prepack` or install script by running a full `npm install` (devDependencies
// included) in a temporary clone, and a global install then links to that clone, which npm deletes
// (npm/cli#9406): `npm install -g <git url>` would download the devDependencies and install
// nothing. Without those scripts npm packs the clone as it is.
//
// Shape: ESM for Node, dependencies left external (installed beside the package), code split so
// the modules the CLI imports lazily (scanners, ts-morph users) stay separate chunks and a cold
// start loads only what the run needs. Every output file sits in OUTDIR/cli/, two folders below
// the package root like src/cli/, so `new URL("../../rules/", import.meta.url)` and
// `../../package.json` find the package's files from any chunk.
import { rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("..", import.meta.url));
const outdir = path.resolve(root, process.argv[2] ?? "dist");

await rm(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: [
    { in: "src/cli/main.ts", out: "cli/main" },
    // The scan pipeline as a library, for bench/measure.mjs.
    { in: "src/pipeline.ts", out: "cli/pipeline" },
  ],
  outdir,
  chunkNames: "cli/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  // Readable output: the bundle is committed and reviewed as a diff.
  minify: false,
  sourcemap: false,
  legalComments: "none",
  charset: "utf8",
  logLevel: "warning",
});
