/**
 * The source of Chart.js (its minified UMD build, which defines the global `Chart`), inlined into
 * every HTML report so the page draws its charts offline.
 *
 * From source (tests, tsx) it is read from the installed chart.js package. The bundle has no
 * node_modules to read from: scripts/bundle.mjs replaces this module with one that exports the
 * same function returning the text, which esbuild inlines from the same file (so the bundle's
 * licence listing names chart.js). Keep the exported name and signature in step with that plugin.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

let cached: string | undefined;

/**
 * The text of `chart.js/dist/chart.umd.min.js`. The package's exports map hides `dist/`, so the
 * file is found beside the entry that `require.resolve("chart.js")` gives (`dist/chart.cjs`).
 * @throws when chart.js is not installed (a development checkout without `npm ci`)
 */
export function chartJsSource(): string {
  if (cached === undefined) {
    const entry = createRequire(import.meta.url).resolve("chart.js");
    cached = readFileSync(join(dirname(entry), "chart.umd.min.js"), "utf8");
  }
  return cached;
}
