/**
 * Parse-only floors for `npm run bench`: how long our HCL parser alone, and HashiCorp's parser
 * (@cdktf/hcl2json) alone, take on the .tf files under a directory, with the texts already in
 * memory (no discovery, no I/O, no rules). A full scan's time divided by our parser's floor says
 * how much the scan adds on top of parsing. Runs from src/ under tsx because the bundle has no
 * entry for the parser alone.
 *
 * Run: node --import tsx bench/floors.ts <dir> [--no-hcl2json]
 * Prints JSON: { tfFiles, bytes, oursMs, oursRejected, hcl2jsonMs | null, hcl2jsonRejected }
 * (milliseconds; ours is the median of 3 timed runs after a warm-up, hcl2json one run after a
 * one-file warm-up because it is slow).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseHcl } from "../src/scanners/terraform/parser.js";

function tfFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tfFiles(full));
    else if (entry.name.endsWith(".tf")) out.push(full);
  }
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error("usage: floors.ts <dir> [--no-hcl2json]");
  const withHcl2json = !process.argv.includes("--no-hcl2json");
  const files = tfFiles(dir).map((file) => ({ name: path.basename(file), text: readFileSync(file, "utf8") }));

  let oursRejected = 0;
  const oursOnce = (): number => {
    let rejected = 0;
    const t0 = performance.now();
    for (const f of files) if (parseHcl(f.text).error) rejected++;
    oursRejected = rejected;
    return performance.now() - t0;
  };
  oursOnce(); // warm-up: JIT, as a long scan would be after its first files
  const oursMs = median([oursOnce(), oursOnce(), oursOnce()]);

  let hcl2jsonMs: number | null = null;
  let hcl2jsonRejected = 0;
  if (withHcl2json && files.length > 0) {
    const { parse } = await import("@cdktf/hcl2json");
    await parse(files[0]!.name, files[0]!.text); // loads and instantiates the WASM module
    const t0 = performance.now();
    for (const f of files) {
      try {
        await parse(f.name, f.text);
      } catch {
        hcl2jsonRejected++;
      }
    }
    hcl2jsonMs = performance.now() - t0;
  }
  process.stdout.write(
    JSON.stringify({ tfFiles: files.length, bytes: files.reduce((n, f) => n + Buffer.byteLength(f.text), 0), oursMs, oursRejected, hcl2jsonMs, hcl2jsonRejected }),
  );
}

await main();
