/**
 * HashiCorp's own HCL parser (the WASM build in @cdktf/hcl2json) as the syntax authority. It is
 * only consulted when our parser fails: to tell a real syntax error (report hcl2json's message
 * and position) from a gap in our parser (the file is valid; we say we could not read it).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { Worker } from "node:worker_threads";
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
 * streams. One worker serves every file our parser rejects, one file at a time (loading the
 * WASM costs about 300 ms, a parse a few milliseconds). When the Go runtime fails (a trap, or
 * "Go program has already exited" after an abort), the worker answers "unavailable" and ends
 * itself; a worker that dies or stalls past TIMEOUT_MS is terminated. Either way the verdict
 * is "unavailable", the scan goes on, and the next file starts a fresh worker. A module that
 * fails to load is "unavailable" too, never a syntax error.
 *
 * Protocol: the parent posts `{ id, filename, text }`; the worker replies with a WireReply.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const text = (error) => String(error && error.message ? error.message : error);
// Go's wasm_exec defines globalThis.Go and calls instance.exit(code) when the Go program ends
// (an abort ends it with code 2); the parse in flight then never calls back. Wrapping the class
// as it is defined turns that exit into an answer instead of a stall.
let GoClass;
Object.defineProperty(globalThis, "Go", {
  configurable: true,
  get: () => GoClass,
  set: (Base) => {
    GoClass = class extends Base {
      constructor(...args) {
        super(...args);
        const exit = this.exit;
        this.exit = (code) => {
          exit(code);
          parentPort.postMessage({ id: current, ok: "unavailable", ending: true, message: \`HashiCorp's parser stopped (Go exit code \${code})\` });
          process.exit(1);
        };
      }
    };
  },
});
let current;
const loading = import(workerData.moduleUrl);
// Handled when the first file arrives; without this an early failure ends the worker unanswered.
loading.catch(() => {});
// hcl2json reports a syntax error as a plain Error built from Go's message; anything else (a
// RangeError from a stack overflow inside the WASM, a RuntimeError trap, a call after Go exited)
// leaves the Go runtime in an unknown state, so this worker answers "unavailable" and ends.
const runtimeFailure = (error) =>
  !(error instanceof Error) || error.constructor !== Error || /Go program has already exited/.test(text(error));
parentPort.on("message", async ({ id, filename, text: source }) => {
  current = id;
  let module;
  try {
    module = await loading;
  } catch (error) {
    parentPort.postMessage({ id, ok: "unavailable", message: \`HashiCorp's parser failed to load: \${text(error)}\` });
    return;
  }
  try {
    // As text: structured cloning fails (silently, on the receiving side) on deeply nested values.
    parentPort.postMessage({ id, ok: true, json: JSON.stringify(await module.parse(filename, source)) });
  } catch (error) {
    if (!runtimeFailure(error)) {
      parentPort.postMessage({ id, ok: false, message: text(error) });
      return;
    }
    parentPort.postMessage({ id, ok: "unavailable", ending: true, message: \`HashiCorp's parser failed: \${text(error)}\` });
    process.exit(1);
  }
});
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

/** How long HashiCorp's parser may take on one file (the first includes loading the WASM) before we give up on it. */
const TIMEOUT_MS = 20_000;

/** hcl2json's answer for one file: its JSON, its error text (`parse config: [...]`), or no verdict. */
export type WorkerReply = { ok: true; json: Record<string, unknown> } | { ok: false; message: string } | { ok: "unavailable"; message: string };

/** A reply as it crosses the thread boundary: the parsed JSON travels as text. */
type WireReply = { id: number } & ({ ok: true; json: string } | { ok: false; message: string } | { ok: "unavailable"; message: string; ending?: boolean });

interface Request {
  filename: string;
  text: string;
  resolve: (reply: WorkerReply) => void;
}

/** Where the worker loads `parse` from (a file: URL) and how long one file may take, in ms. */
export interface SyntaxWorkerOptions {
  moduleUrl?: string;
  timeoutMs?: number;
}

/**
 * A long-lived hcl2json worker and its queue: files go in one at a time, in arrival order. Its
 * owner calls close() when parsing is done: the worker's piped output streams keep the process
 * alive (Node does not unreference them with the worker). The scanner uses one per process and
 * closes it after each scan's parsing; tests make their own with a stand-in parser module.
 */
export class SyntaxWorker {
  private readonly moduleUrl: string | undefined;
  private readonly timeoutMs: number;
  private worker: Worker | undefined;
  private readonly queue: Request[] = [];
  private current: { id: number; request: Request; timer: NodeJS.Timeout } | undefined;
  private nextId = 0;
  /** How many workers were started: 1 for any number of files unless one crashed or stalled. */
  started = 0;

  constructor(options: SyntaxWorkerOptions = {}) {
    this.moduleUrl = options.moduleUrl;
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  }

  /** Parses one file; never rejects: a failure of the worker itself is an "unavailable" reply. */
  parse(filename: string, text: string): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.queue.push({ filename, text, resolve });
      this.pump();
    });
  }

  /**
   * Ends the worker once no file is in it or waiting (another scan in the same process may still
   * be using it); the next file starts a new one.
   */
  async close(): Promise<void> {
    if (this.current || this.queue.length > 0) {
      await new Promise<void>((resolve) => this.idle.push(resolve));
      // Another file may have arrived meanwhile: its scan closes the worker after it.
      if (this.current || this.queue.length > 0) return;
    }
    const worker = this.worker;
    if (!worker) return;
    this.worker = undefined;
    await worker.terminate();
  }

  /** Callers of close() waiting for the queue to drain. */
  private idle: (() => void)[] = [];

  private spawn(): Worker {
    // worker_threads loads with the first file our parser rejects, not with every scan.
    const { Worker } = process.getBuiltinModule("node:worker_threads");
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { moduleUrl: this.moduleUrl ?? parserModuleUrl() }, stdout: true, stderr: true });
    this.started++;
    // Drain the worker's output: a Go runtime crash prints pages of stack trace.
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on("message", (reply: WireReply) => {
      if (this.current?.id !== reply.id) return;
      if (reply.ok === "unavailable" && reply.ending) {
        this.lose(worker, reply.message);
      } else if (reply.ok === true) {
        this.settle({ ok: true, json: JSON.parse(reply.json) as Record<string, unknown> });
      } else {
        this.settle(reply.ok === false ? { ok: false, message: reply.message } : { ok: "unavailable", message: reply.message });
      }
    });
    worker.on("messageerror", (error) => this.lose(worker, `HashiCorp's parser's answer could not be read: ${error.message}`));
    worker.on("error", (error) => this.lose(worker, `HashiCorp's parser failed: ${error.message}`));
    worker.on("exit", (code) => this.lose(worker, `HashiCorp's parser stopped (exit code ${code})`));
    return worker;
  }

  /** The worker ended or failed: the file in it (if any) is "unavailable"; the next file respawns. */
  private lose(worker: Worker, message: string): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    void worker.terminate();
    if (this.current) this.settle({ ok: "unavailable", message });
  }

  private settle(reply: WorkerReply): void {
    const current = this.current;
    if (!current) return;
    this.current = undefined;
    clearTimeout(current.timer);
    current.request.resolve(reply);
    this.pump();
  }

  private pump(): void {
    if (this.current) return;
    const request = this.queue.shift();
    if (!request) {
      const waiting = this.idle;
      this.idle = [];
      for (const resolve of waiting) resolve();
      return;
    }
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    const timer = setTimeout(() => {
      // A stalled Go parser cannot be interrupted from inside; only terminating its thread ends it.
      this.lose(worker, `HashiCorp's parser did not finish within ${this.timeoutMs / 1000} s`);
    }, this.timeoutMs);
    this.current = { id, request, timer };
    worker.postMessage({ id, filename: request.filename, text: request.text });
  }
}

const syntaxWorker = new SyntaxWorker();

/** How many hcl2json workers this process has started (for tests and the bench). */
export function syntaxWorkersStarted(): number {
  return syntaxWorker.started;
}

/**
 * Ends the scanner's hcl2json worker; the next rejected file starts a new one. Safe to call any
 * time; a scan must call it when its parsing is done, or the process does not exit.
 */
export function closeSyntaxWorker(): Promise<void> {
  return syntaxWorker.close();
}

export async function checkSyntax(filename: string, text: string, lines: LineIndex): Promise<SyntaxVerdict> {
  const reply = await syntaxWorker.parse(filename, text);
  if (reply.ok === true || reply.ok === "unavailable") return reply;
  return { ok: false, ...parseHcl2jsonError(reply.message, lines) };
}
