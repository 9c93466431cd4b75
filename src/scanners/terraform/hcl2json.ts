/**
 * HashiCorp's own HCL parser (the WASM build in @cdktf/hcl2json) as the syntax authority. It is
 * only consulted when our parser fails: to tell a real syntax error (report hcl2json's message
 * and position) from a gap in our parser (the file is valid; we say we could not read it).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { LineIndex, Range } from "../../model/position.js";

export type SyntaxVerdict =
  | { ok: true; json: Record<string, unknown> }
  | { ok: false; message: string; range?: Range }
  | { ok: "unavailable"; message: string };

let segmenter: Intl.Segmenter | undefined;

/**
 * HCL counts columns in characters (grapheme clusters); converts a 1-based HCL column on a
 * 1-based line into a UTF-16 column.
 */
export function hclColumnToUtf16(lines: LineIndex, line: number, column: number): number {
  const text = lines.lineText(line);
  if (column <= 1) return 1;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  let units = 0;
  let count = 0;
  for (const seg of segmenter.segment(text)) {
    if (count >= column - 1) break;
    units += seg.segment.length;
    count++;
  }
  // columns past the end of the line (e.g. the newline itself)
  if (count < column - 1) units += column - 1 - count;
  return units + 1;
}

const POSITION = /:(\d+),(\d+)(?:-(\d+)(?:,(\d+))?)?: (.*?)(?:\]|$)/s;

/** Parses hcl2json's error text `parse config: [f.tf:2,7-3,1: Summary; Detail.]`. */
export function parseHcl2jsonError(raw: string, lines: LineIndex): { message: string; range?: Range } {
  const m = POSITION.exec(raw);
  if (!m) return { message: raw.replace(/^Error:\s*/, "").trim() };
  const startLine = Number(m[1]);
  const startCol = Number(m[2]);
  let endLine = startLine;
  let endCol = startCol;
  if (m[3] !== undefined && m[4] !== undefined) {
    endLine = Number(m[3]);
    endCol = Number(m[4]);
  } else if (m[3] !== undefined) {
    endCol = Number(m[3]);
  }
  const range: Range = {
    start: { line: startLine, column: hclColumnToUtf16(lines, startLine, startCol) },
    end: { line: endLine, column: hclColumnToUtf16(lines, endLine, endCol) },
  };
  return { message: m[5]!.trim(), range };
}

/**
 * hcl2json runs Go compiled to WASM; on some inputs (deep recursion) the Go runtime aborts
 * and takes its process with it. It therefore runs in a worker thread with its own output
 * streams: a crash ends the worker, the verdict is "unavailable", and the scan goes on.
 * The worker imports `parse` from `workerData.moduleUrl` (see parserModuleUrl); a module that
 * fails to load is "unavailable" too, never a syntax error.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const text = (error) => String(error && error.message ? error.message : error);
import(workerData.moduleUrl).then(
  (module) => module.parse(workerData.filename, workerData.text).then(
    (json) => parentPort.postMessage({ ok: true, json }),
    (error) => parentPort.postMessage({ ok: false, message: text(error) }),
  ),
  (error) => parentPort.postMessage({ ok: "unavailable", message: \`HashiCorp's parser failed to load: \${text(error)}\` }),
);
`;

/**
 * The URL of the module that exports hcl2json's `parse`. The bundle ships its own entry beside
 * this chunk (dist/cli/hcl2json-parser.js, built from hcl2json-parser.ts, with the WASM file in
 * dist/), so an installed CLI needs no node_modules; run from src/ (vitest, tsx) there is no such
 * file and the package itself is resolved from node_modules.
 */
function parserModuleUrl(): string {
  const bundled = new URL("./hcl2json-parser.js", import.meta.url);
  if (existsSync(bundled)) return bundled.href;
  return pathToFileURL(createRequire(import.meta.url).resolve("@cdktf/hcl2json")).href;
}

/** How long HashiCorp's parser may take on one file before we give up on it. */
const TIMEOUT_MS = 20_000;

type WorkerReply = { ok: true; json: Record<string, unknown> } | { ok: false; message: string } | { ok: "unavailable"; message: string };

function parseInWorker(filename: string, text: string): Promise<WorkerReply> {
  const moduleUrl = parserModuleUrl();
  return new Promise((resolve) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { moduleUrl, filename, text }, stdout: true, stderr: true });
    // Drain the worker's output: a Go runtime crash prints pages of stack trace.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const finish = (verdict: WorkerReply) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(verdict);
    };
    const timer = setTimeout(() => finish({ ok: "unavailable", message: `HashiCorp's parser did not finish within ${TIMEOUT_MS / 1000} s` }), TIMEOUT_MS);
    worker.once("message", (reply: WorkerReply) => finish(reply));
    worker.once("error", (error) => finish({ ok: "unavailable", message: `HashiCorp's parser failed: ${error.message}` }));
    worker.once("exit", (code) => finish({ ok: "unavailable", message: `HashiCorp's parser stopped (exit code ${code})` }));
  });
}

export async function checkSyntax(filename: string, text: string, lines: LineIndex): Promise<SyntaxVerdict> {
  const reply = await parseInWorker(filename, text);
  if (reply.ok === true || reply.ok === "unavailable") return reply;
  return { ok: false, ...parseHcl2jsonError(reply.message, lines) };
}
