import { createRequire } from 'node:module';
import { jsonChildren } from './chunk-7RVIRNFQ.js';
import { j as jsonDepth, a as jsonErrorMessage } from './chunk-A-pb0ccY.js';
import { i as isUnknown, u as unknown, D as isValueMap, v as visit2, p as parseTree2, X as nondeterministicIn, L as LineIndex, b as buildResource, W as isRefusal, ak as parseModuleSource, al as invalidSourceMessage, r as range, am as internalError } from './core-Cp4Gwmxr.js';
import './chunk-WV4KQOO6.js';
import { resolve, join, relative, sep } from 'node:path';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';

const require$1 = createRequire(import.meta.url);
var segmenter;
function hclColumnToUtf16(lines, line, column) {
  const text = lines.lineText(line);
  if (column <= 1) return 1;
  segmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  let units = 0;
  let count = 0;
  for (const seg of segmenter.segment(text)) {
    if (count >= column - 1) break;
    units += seg.segment.length;
    count++;
  }
  if (count < column - 1) units += column - 1 - count;
  return units + 1;
}
var POSITION = /:(\d+),(\d+)(?:-(\d+)(?:,(\d+))?)?: (.*?)(?:\]|$)/s;
function parseHcl2jsonError(raw, lines) {
  const m = POSITION.exec(raw);
  if (!m) return { message: raw.replace(/^Error:\s*/, "").trim() };
  const startLine = Number(m[1]);
  const startCol = Number(m[2]);
  let endLine = startLine;
  let endCol = startCol;
  if (m[3] !== void 0 && m[4] !== void 0) {
    endLine = Number(m[3]);
    endCol = Number(m[4]);
  } else if (m[3] !== void 0) {
    endCol = Number(m[3]);
  }
  const range2 = {
    start: { line: startLine, column: hclColumnToUtf16(lines, startLine, startCol) },
    end: { line: endLine, column: hclColumnToUtf16(lines, endLine, endCol) }
  };
  return { message: m[5].trim(), range: range2 };
}
var WORKER_SOURCE = `
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
function parserModuleUrl() {
  const bundled = new URL("./hcl2json-parser.js", import.meta.url);
  if (existsSync(bundled)) return bundled.href;
  return pathToFileURL(createRequire(import.meta.url).resolve("@cdktf/hcl2json")).href;
}
var TIMEOUT_MS = 2e4;
var SyntaxWorker = class {
  moduleUrl;
  timeoutMs;
  worker;
  queue = [];
  current;
  nextId = 0;
  /** How many workers were started: 1 for any number of files unless one crashed or stalled. */
  started = 0;
  constructor(options = {}) {
    this.moduleUrl = options.moduleUrl;
    this.timeoutMs = options.timeoutMs ?? TIMEOUT_MS;
  }
  /** Parses one file; never rejects: a failure of the worker itself is an "unavailable" reply. */
  parse(filename, text) {
    return new Promise((resolve3) => {
      this.queue.push({ filename, text, resolve: resolve3 });
      this.pump();
    });
  }
  /**
   * Ends the worker once no file is in it or waiting (another scan in the same process may still
   * be using it); the next file starts a new one.
   */
  async close() {
    if (this.current || this.queue.length > 0) {
      await new Promise((resolve3) => this.idle.push(resolve3));
      if (this.current || this.queue.length > 0) return;
    }
    const worker = this.worker;
    if (!worker) return;
    this.worker = void 0;
    await worker.terminate();
  }
  /** Callers of close() waiting for the queue to drain. */
  idle = [];
  spawn() {
    const { Worker } = process.getBuiltinModule("node:worker_threads");
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { moduleUrl: this.moduleUrl ?? parserModuleUrl() }, stdout: true, stderr: true });
    this.started++;
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on("message", (reply) => {
      if (this.current?.id !== reply.id) return;
      if (reply.ok === "unavailable" && reply.ending) {
        this.lose(worker, reply.message);
      } else if (reply.ok === true) {
        this.settle({ ok: true, json: JSON.parse(reply.json) });
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
  lose(worker, message) {
    if (this.worker !== worker) return;
    this.worker = void 0;
    void worker.terminate();
    if (this.current) this.settle({ ok: "unavailable", message });
  }
  settle(reply) {
    const current = this.current;
    if (!current) return;
    this.current = void 0;
    clearTimeout(current.timer);
    current.request.resolve(reply);
    this.pump();
  }
  pump() {
    if (this.current) return;
    const request = this.queue.shift();
    if (!request) {
      const waiting = this.idle;
      this.idle = [];
      for (const resolve3 of waiting) resolve3();
      return;
    }
    const worker = this.worker ??= this.spawn();
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.lose(worker, `HashiCorp's parser did not finish within ${this.timeoutMs / 1e3} s`);
    }, this.timeoutMs);
    this.current = { id, request, timer };
    worker.postMessage({ id, filename: request.filename, text: request.text });
  }
};
var syntaxWorker = new SyntaxWorker();
function closeSyntaxWorker() {
  return syntaxWorker.close();
}
async function checkSyntax(filename, text, lines) {
  const reply = await syntaxWorker.parse(filename, text);
  if (reply.ok === true || reply.ok === "unavailable") return reply;
  return { ok: false, ...parseHcl2jsonError(reply.message, lines) };
}

// src/scanners/terraform/functions/core.ts
var EvalError = class extends Error {
  name = "EvalError";
};
var LimitError = class extends EvalError {
  name = "LimitError";
};
var MAX_STRING_LENGTH = 16 * 1024 * 1024;
var MAX_COLLECTION_LENGTH = 1e5;
function tooLarge(what) {
  return new LimitError(`${what} would be larger than driftless evaluates (${MAX_STRING_LENGTH / 1024 / 1024}M characters, ${MAX_COLLECTION_LENGTH.toLocaleString("en-US")} elements); the value is treated as unknown`);
}
function rejection(error, subject) {
  return error instanceof LimitError ? error.message : `Terraform would reject ${subject}: ${error.message}`;
}
var UnknownResult = class {
  constructor(value) {
    this.value = value;
  }
  value;
};
function containsUnknown(v) {
  if (v === null || typeof v !== "object") return false;
  if (isUnknown(v)) return true;
  if (Array.isArray(v)) return v.some(containsUnknown);
  return Object.values(v).some(containsUnknown);
}
function firstUnknown(v) {
  if (v === null || typeof v !== "object") return void 0;
  if (isUnknown(v)) return v;
  for (const item of Array.isArray(v) ? v : Object.values(v)) {
    const u = firstUnknown(item);
    if (u) return u;
  }
  return void 0;
}
function derivedUnknown(u) {
  if (u.decoded === void 0 && !u.partial) return u;
  return unknown(u.$unknown, u.reason === void 0 ? void 0 : { reason: u.reason });
}
function encodedPayload(v) {
  return isUnknown(v) && !v.partial ? v.decoded : void 0;
}
function setEntry(map, key, value) {
  if (key === "__proto__") Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  else map[key] = value;
}
function hasEntry(map, key) {
  return Object.prototype.hasOwnProperty.call(map, key);
}
function numberToString(n) {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "+Inf" : "-Inf";
  if (n === 0) return "0";
  const s = String(n);
  const e = s.indexOf("e");
  if (e < 0) return s;
  const negative = s.startsWith("-");
  const mantissa = s.slice(negative ? 1 : 0, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf(".");
  const digits = mantissa.replace(".", "");
  const point = (dot < 0 ? mantissa.length : dot) + exponent;
  let out;
  if (point <= 0) out = "0." + "0".repeat(-point) + digits;
  else if (point >= digits.length) out = digits + "0".repeat(point - digits.length);
  else out = digits.slice(0, point) + "." + digits.slice(point);
  return negative ? "-" + out : out;
}
function compareStrings(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 55296) x = x >= 57344 ? x - 2048 : x + 8192;
    if (y >= 55296) y = y >= 57344 ? y - 2048 : y + 8192;
    return x - y;
  }
  return a.length - b.length;
}
var graphemeSegmenter;
function graphemes(s) {
  if (/^[\x00-\x7f]*$/.test(s) && !s.includes("\r\n")) return s.split("");
  graphemeSegmenter ??= new Intl.Segmenter(void 0, { granularity: "grapheme" });
  return Array.from(graphemeSegmenter.segment(s), (x) => x.segment);
}
function jsonString(s) {
  return JSON.stringify(s).replace(/[<>&\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}
function friendlyName(v) {
  if (v === null) return "dynamic";
  if (isUnknown(v)) return "dynamic";
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "number";
  if (typeof v === "boolean") return "bool";
  if (Array.isArray(v)) return "tuple";
  return "object";
}
function isPrimitive(v) {
  return typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}
function convertToString(v) {
  if (typeof v === "string") return v;
  if (typeof v === "number") return numberToString(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  return { error: `string required, but have ${friendlyName(v)}` };
}
var DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
function convertToNumber(v) {
  if (typeof v === "number") return v;
  if (typeof v === "string") return DECIMAL.test(v) ? Number(v) : { error: "a number is required" };
  return { error: `number required, but have ${friendlyName(v)}` };
}
function convertToBool(v) {
  if (typeof v === "boolean") return v;
  if (typeof v === "string") {
    if (v === "true" || v === "1") return true;
    if (v === "false" || v === "0") return false;
    const lower = v.toLowerCase();
    if (lower === "true" || lower === "false") return { error: `a bool is required; to convert from string, use lowercase "${lower}"` };
    return { error: "a bool is required" };
  }
  return { error: `bool required, but have ${friendlyName(v)}` };
}
function unifyElements(values) {
  const kinds = /* @__PURE__ */ new Set();
  for (const v of values) {
    if (v === null || isUnknown(v)) continue;
    kinds.add(isPrimitive(v) ? typeof v : Array.isArray(v) ? "sequence" : "mapping");
  }
  if (kinds.size <= 1) return values;
  if (kinds.has("sequence") || kinds.has("mapping")) return void 0;
  return values.map((v) => v !== null && isPrimitive(v) ? convertToString(v) : v);
}
function valueEquals(a, b) {
  if (isUnknown(a) || isUnknown(b)) return void 0;
  if (a === null || b === null) return a === b;
  if (isPrimitive(a) || isPrimitive(b)) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  let undecided = false;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      const eq = valueEquals(a[i], b[i]);
      if (eq === false) return false;
      if (eq === void 0) undecided = true;
    }
    return undecided ? void 0 : true;
  }
  const am = a;
  const bm = b;
  const keys = Object.keys(am);
  if (keys.length !== Object.keys(bm).length) return false;
  for (const k of keys) {
    if (!hasEntry(bm, k)) return false;
    const eq = valueEquals(am[k], bm[k]);
    if (eq === false) return false;
    if (eq === void 0) undecided = true;
  }
  return undecided ? void 0 : true;
}
function toSetOrder(values) {
  const out = [];
  for (const v of values) if (!out.some((o) => valueEquals(o, v) === true)) out.push(v);
  const rank = (v) => v === null ? 2 : isPrimitive(v) ? 0 : 1;
  return out.map((v, i) => [v, i]).sort(([x, i], [y, j]) => {
    const r = rank(x) - rank(y);
    if (r !== 0) return r;
    if (typeof x === "string" && typeof y === "string") return compareStrings(x, y);
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "boolean" && typeof y === "boolean") return Number(x) - Number(y);
    return i - j;
  }).map(([v]) => v);
}
var Call = class {
  constructor(fn, args, signature) {
    this.fn = fn;
    this.args = args;
    this.signature = signature;
  }
  fn;
  args;
  signature;
  paramName(i) {
    return this.signature.params[i] ?? this.signature.variadic ?? `argument ${i + 1}`;
  }
  /** An error about one argument: `Invalid value for "x" parameter: \u{2026}`. */
  argError(i, message) {
    return new EvalError(`Invalid value for "${this.paramName(i)}" parameter: ${message}.`);
  }
  /** An error of the call as a whole: `Call to function "f" failed: \u{2026}`. */
  fail(message) {
    return new EvalError(`Call to function "${this.fn}" failed: ${message}.`);
  }
  /** Ends the call with an unknown result that says what was unknown. */
  unknownResult(what, inner) {
    const reason = inner ? `${what} is unknown (${inner.$unknown})` : `${what} is unknown`;
    throw new UnknownResult(unknown(`${this.fn}(\u2026)`, { reason }));
  }
  /** An unknown element inside a result that is otherwise known. */
  unknownElement(what, inner) {
    const reason = inner ? `${what} is unknown (${inner.$unknown})` : `${what} is unknown`;
    return unknown(`${this.fn}(\u2026)`, { reason });
  }
  /** Ends the call with this unknown argument as its result. */
  propagate(u) {
    throw new UnknownResult(derivedUnknown(u));
  }
  /** The argument, which must not be an Unknown at its top level (else the result is unknown). */
  known(i) {
    const v = this.args[i] ?? null;
    if (isUnknown(v)) this.propagate(v);
    return v;
  }
  /** The argument, which must be known and not null. */
  notNull(i) {
    const v = this.known(i);
    if (v === null) throw this.argError(i, "argument must not be null");
    return v;
  }
  /** The argument, which must not contain unknowns anywhere (else the result is unknown). */
  wholly(i, what = `argument ${i + 1}`) {
    const v = this.known(i);
    const u = firstUnknown(v);
    if (u) this.unknownResult(`part of ${what}`, u);
    return v;
  }
  string(i) {
    const s = convertToString(this.notNull(i));
    if (typeof s !== "string") throw this.argError(i, s.error);
    return s;
  }
  number(i) {
    const n = convertToNumber(this.notNull(i));
    if (typeof n !== "number") throw this.argError(i, n.error);
    return n;
  }
  /** A number argument as a Go int (gocty): whole numbers only; `describe` words the error. */
  int(i, describe2) {
    const n = this.number(i);
    if (!Number.isInteger(n) || Math.abs(n) > 2 ** 63) {
      const message = "value must be a whole number, between -9223372036854775808 and 9223372036854775807";
      throw describe2 ? describe2(message) : this.fail(message);
    }
    return n;
  }
  bool(i) {
    const b = convertToBool(this.notNull(i));
    if (typeof b !== "boolean") throw this.argError(i, b.error);
    return b;
  }
  /** A list, tuple or set argument (a JS array); `wanted` is cty's name of the parameter type. */
  sequence(i, wanted = "list of dynamic") {
    const v = this.notNull(i);
    if (!Array.isArray(v)) throw this.argError(i, `${wanted} required, but have ${friendlyName(v)}`);
    return v;
  }
  /** A list(string) argument: every element known and converted to a string (nulls stay null). */
  stringElements(i, what = "an element of the list") {
    return this.sequence(i, "list of string").map((e, index) => {
      if (isUnknown(e)) this.unknownResult(what, e);
      if (e === null) return null;
      const s = convertToString(e);
      if (typeof s !== "string") throw this.argError(i, `element ${index}: ${s.error}`);
      return s;
    });
  }
  /** A map or object argument. */
  map(i, wanted = "map of dynamic") {
    const v = this.notNull(i);
    if (!isValueMap(v)) throw this.argError(i, `${wanted} required, but have ${friendlyName(v)}`);
    return v;
  }
};
function builtin(fn, signature, body) {
  const required = signature.params.length;
  const impl = (args) => {
    if (args.length < required) {
      const qual = signature.variadic ? " at least" : "";
      throw new EvalError(`Function "${fn}" expects${qual} ${required} argument(s). Missing value for "${signature.params[args.length]}".`);
    }
    if (!signature.variadic && args.length > required) {
      throw new EvalError(`Function "${fn}" expects only ${required} argument(s).`);
    }
    try {
      return body(new Call(fn, args, signature));
    } catch (e) {
      if (e instanceof UnknownResult) return e.value;
      throw e;
    }
  };
  return [fn, impl];
}
function toTerraformString(v) {
  if (isUnknown(v)) throw new TypeError(`toTerraformString: the value is unknown (${v.$unknown})`);
  if (v === null) throw new EvalError("The expression result is null. Cannot include a null value in a string template.");
  const s = convertToString(v);
  if (typeof s !== "string") throw new EvalError(`Cannot include the given value in a string template: ${s.error}.`);
  return s;
}

// src/scanners/terraform/functions/cidr.ts
function dtoi(s) {
  const m = /^[0-9]+/.exec(s);
  if (!m) return void 0;
  const n = Number(m[0]);
  return n >= 16777215 ? void 0 : [n, m[0].length];
}
function parseIPv4(s) {
  let value = 0n;
  for (let i = 0; i < 4; i++) {
    if (i > 0) {
      if (s[0] !== ".") return void 0;
      s = s.slice(1);
    }
    const d = dtoi(s);
    if (!d || d[0] > 255) return void 0;
    value = value << 8n | BigInt(d[0]);
    s = s.slice(d[1]);
  }
  return s.length === 0 ? value : void 0;
}
function parseIPv6(s) {
  const groups = [];
  let ellipsis = -1;
  if (s.startsWith("::")) {
    ellipsis = 0;
    s = s.slice(2);
    if (s === "") return 0n;
  }
  while (groups.length < 8) {
    const m = /^[0-9A-Fa-f]+/.exec(s);
    if (!m || parseInt(m[0], 16) > 65535) return void 0;
    if (s[m[0].length] === ".") {
      if (ellipsis < 0 && groups.length !== 6) return void 0;
      if (groups.length > 6) return void 0;
      const v4 = parseIPv4(s);
      if (v4 === void 0) return void 0;
      groups.push(Number(v4 >> 16n), Number(v4 & 0xffffn));
      s = "";
      break;
    }
    groups.push(parseInt(m[0], 16));
    s = s.slice(m[0].length);
    if (s === "") break;
    if (s[0] !== ":" || s.length === 1) return void 0;
    s = s.slice(1);
    if (s[0] === ":") {
      if (ellipsis >= 0) return void 0;
      ellipsis = groups.length;
      s = s.slice(1);
      if (s === "") break;
    }
  }
  if (s.length !== 0) return void 0;
  if (groups.length < 8) {
    if (ellipsis < 0) return void 0;
    groups.splice(ellipsis, 0, ...new Array(8 - groups.length).fill(0));
  } else if (ellipsis >= 0) return void 0;
  return groups.reduce((acc, g) => acc << 16n | BigInt(g), 0n);
}
var maskOf = (bits, prefix) => (1n << BigInt(prefix)) - 1n << BigInt(bits - prefix);
var allOnes = (bits) => (1n << BigInt(bits)) - 1n;
var isMapped = (n) => n.bits === 128 && n.ip >> 32n === 0xffffn;
function parseCidr(call, s, argIndex) {
  const slash = s.indexOf("/");
  let net;
  if (slash >= 0) {
    const [addr, len] = [s.slice(0, slash), s.slice(slash + 1)];
    let bits = 32;
    let ip = parseIPv4(addr);
    if (ip === void 0) {
      bits = 128;
      ip = parseIPv6(addr);
    }
    const d = dtoi(len);
    if (ip !== void 0 && d && d[1] === len.length && d[0] <= bits) net = { bits, ip: ip & maskOf(bits, d[0]), prefix: d[0] };
  }
  if (!net) {
    const message = `invalid CIDR expression: invalid CIDR address: ${s}`;
    throw argIndex === void 0 ? call.fail(message) : call.argError(argIndex, message);
  }
  if (isMapped(net)) {
    call.propagate(unknown(`${call.fn}(\u2026)`, { reason: `IPv4-mapped IPv6 prefix ${s} is not evaluated statically` }));
  }
  return net;
}
function ipString(bits, ip) {
  if (bits === 32 || ip >> 32n === 0xffffn) {
    return [24n, 16n, 8n, 0n].map((s) => String(ip >> s & 0xffn)).join(".");
  }
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((s) => Number(ip >> s & 0xffffn));
  let [e0, e1] = [-1, -1];
  for (let i = 0; i < 8; i++) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j > i && j - i > e1 - e0) [e0, e1] = [i, j];
    if (j > i) i = j;
  }
  if (e1 - e0 <= 1) [e0, e1] = [-1, -1];
  const hex = (from, to) => groups.slice(from, to).map((g) => g.toString(16)).join(":");
  return e0 < 0 ? hex(0, 8) : `${hex(0, e0)}::${hex(e1, 8)}`;
}
var networkString = (n) => `${ipString(n.bits, n.ip)}/${n.prefix}`;
function bigArg(call, i) {
  const n = call.number(i);
  if (!Number.isInteger(n)) throw call.fail("value must be a whole number");
  return BigInt(n);
}
function nextSubnet(current, prefix) {
  const bits = current.bits;
  const last = current.ip | ~maskOf(bits, current.prefix) & allOnes(bits);
  const subnetLast = last & maskOf(bits, prefix) | ~maskOf(bits, prefix) & allOnes(bits);
  const next = subnetLast + 1n & allOnes(bits);
  return [{ bits, ip: next & maskOf(bits, prefix), prefix }, next === 0n];
}
var CIDR_FUNCTIONS = [
  /** cidrhost(prefix, hostnum): the host's address; a negative hostnum counts back from the last address. */
  builtin("cidrhost", { params: ["prefix", "hostnum"] }, (call) => {
    let num = bigArg(call, 1);
    const net = parseCidr(call, call.string(0));
    const hostBits = BigInt(net.bits - net.prefix);
    const maxHost = (1n << hostBits) - 1n;
    let magnitude = num;
    if (num < 0n) {
      magnitude = -num - 1n;
      num = maxHost - magnitude;
    }
    if (magnitude > maxHost) throw call.fail(`prefix of ${net.prefix} does not accommodate a host numbered ${num}`);
    return ipString(net.bits, net.ip | num);
  }),
  /** cidrnetmask(prefix): the IPv4 netmask in dotted form. */
  builtin("cidrnetmask", { params: ["prefix"] }, (call) => {
    const s = call.string(0);
    const net = parseCidr(call, s);
    if (net.bits !== 32) throw call.fail(`IPv6 addresses cannot have a netmask: ${s}`);
    return ipString(32, maskOf(32, net.prefix));
  }),
  /** cidrsubnet(prefix, newbits, netnum): the netnum'th subnet with a prefix newbits longer. */
  builtin("cidrsubnet", { params: ["prefix", "newbits", "netnum"] }, (call) => {
    const newbits = call.int(1);
    const num = bigArg(call, 2);
    const net = parseCidr(call, call.string(0));
    const prefix = net.prefix + newbits;
    if (prefix > net.bits) throw call.fail(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
    if (prefix < 0) throw call.fail(`insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
    const maxNum = newbits >= 64 || newbits < 0 ? (1n << 64n) - 1n : (1n << BigInt(newbits)) - 1n;
    if (num < 0n || num > maxNum) throw call.fail(`prefix extension of ${newbits} does not accommodate a subnet numbered ${num}`);
    return networkString({ bits: net.bits, ip: net.ip | num << BigInt(net.bits - prefix), prefix });
  }),
  /** cidrsubnets(prefix, newbits...): consecutive subnets with the given extra prefix bits, packed in order. */
  builtin("cidrsubnets", { params: ["prefix"], variadic: "newbits" }, (call) => {
    const net = parseCidr(call, call.string(0), 0);
    if (call.args.length === 1) return [];
    const firstLength = call.int(1, (m) => call.argError(1, m)) + net.prefix;
    const all = allOnes(net.bits);
    const firstMask = firstLength <= net.bits ? maskOf(net.bits, firstLength) : all;
    let current = { bits: net.bits, ip: net.ip - 1n & all & firstMask, prefix: Math.min(firstLength, net.bits) };
    const out = [];
    for (let i = 1; i < call.args.length; i++) {
      let length = call.int(i, (m) => call.argError(i, m));
      if (length < 1) throw call.argError(i, "must extend prefix by at least one bit");
      if (length > 32) throw call.argError(i, "may not extend prefix by more than 32 bits");
      length += net.prefix;
      if (length > net.bits) {
        throw call.argError(i, `would extend prefix to ${length} bits, which is too long for an ${net.bits === 32 ? "IPv4" : "IPv6"} address`);
      }
      const [next, rollover] = nextSubnet(current, length);
      if (rollover || (next.ip & maskOf(net.bits, net.prefix)) !== net.ip) {
        throw call.argError(i, `not enough remaining address space for a subnet with a prefix of ${length} bits after ${networkString(current)}`);
      }
      current = next;
      out.push(networkString(current));
    }
    return out;
  })
];

// src/scanners/terraform/functions/collections.ts
var sortedKeys = (m) => Object.keys(m).sort(compareStrings);
function uniformList(call, i) {
  const list = unifyElements(call.sequence(i));
  if (!list) throw call.argError(i, "all list elements must have the same type");
  return list;
}
function requireWhollyKnown(call, v, what) {
  const u = firstUnknown(v);
  if (u) call.unknownResult(what, u);
}
function flattenInto(list, out) {
  for (const v of list) {
    if (isUnknown(v)) return v;
    if (Array.isArray(v)) {
      const u = flattenInto(v, out);
      if (u) return u;
    } else out.push(v);
  }
  return void 0;
}
var COLLECTION_FUNCTIONS = [
  /** length(value): characters of a string, elements of a list, attributes of a map; known even when elements are not. */
  builtin("length", { params: ["value"] }, (call) => {
    const v = call.notNull(0);
    if (typeof v === "string") return graphemes(v).length;
    if (Array.isArray(v)) return v.length;
    if (isValueMap(v)) return Object.keys(v).length;
    throw call.fail("argument must be a string, a collection type, or a structural type");
  }),
  /** concat(lists...): the lists joined in order; unknown elements are kept. */
  builtin("concat", { params: [], variadic: "seqs" }, (call) => {
    if (call.args.length === 0) throw call.fail("at least one argument is required");
    return call.args.flatMap((_, i) => {
      const v = call.notNull(i);
      if (!Array.isArray(v)) throw call.argError(i, `all arguments must be lists or tuples; got ${friendlyName(v)}`);
      return v;
    });
  }),
  /** merge(maps...): later arguments win; null arguments are skipped; unknown values are kept. */
  builtin("merge", { params: [], variadic: "maps" }, (call) => {
    const out = {};
    call.args.forEach((_, i) => {
      const v = call.known(i);
      if (v === null) return;
      if (!isValueMap(v)) throw call.fail(`arguments must be maps or objects, got "${friendlyName(v)}"`);
      for (const k of Object.keys(v)) setEntry(out, k, v[k]);
    });
    const sorted = {};
    for (const k of sortedKeys(out)) setEntry(sorted, k, out[k]);
    return sorted;
  }),
  /** lookup(map, key, default?): the element (even if unknown); the default when absent, else an error. */
  builtin("lookup", { params: ["inputMap", "key"], variadic: "default" }, (call) => {
    if (call.args.length > 3) throw call.fail(`lookup() takes two or three arguments, got ${call.args.length}`);
    const v = call.notNull(0);
    if (!isValueMap(v)) throw call.argError(0, "lookup() requires a map as the first argument");
    const key = call.string(1);
    if (hasEntry(v, key)) return v[key];
    if (call.args.length === 3) return call.args[2];
    throw call.fail(`lookup failed to find key ${JSON.stringify(key)}`);
  }),
  /** element(list, index): index modulo the length (negative counts from the end); empty lists are an error. */
  builtin("element", { params: ["list", "index"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail(`cannot read elements from ${friendlyName(list)}`);
    const index = call.int(1, (m) => call.fail(`invalid index: ${m}`));
    if (list.length === 0) throw call.fail("cannot use element function with an empty list");
    return list[(index % list.length + list.length) % list.length];
  }),
  /** coalesce(vals...): the first argument that is not null or ""; unknown if an unknown comes first. */
  builtin("coalesce", { params: [], variadic: "vals" }, (call) => {
    const values = unifyElements(call.args);
    if (!values || values.length === 0) throw call.fail("all arguments must have the same type");
    const isString = values.some((v) => typeof v === "string");
    for (const v of values) {
      if (isUnknown(v)) call.propagate(v);
      if (v === null || isString && v === "") continue;
      return v;
    }
    throw call.fail("no non-null, non-empty-string arguments");
  }),
  /** coalescelist(lists...): the first non-empty list; unknown if an unknown comes first. */
  builtin("coalescelist", { params: [], variadic: "vals" }, (call) => {
    if (call.args.length === 0) throw call.fail("at least one argument is required");
    for (const v of call.args) {
      if (isUnknown(v)) break;
      if (v !== null && !Array.isArray(v)) throw call.fail("coalescelist arguments must be lists or tuples");
    }
    for (const [i, v] of call.args.entries()) {
      if (isUnknown(v)) call.propagate(v);
      if (v === null) continue;
      if (!Array.isArray(v)) throw call.fail("coalescelist arguments must be lists or tuples");
      if (v.length > 0) return call.args[i];
    }
    throw call.fail("no non-null arguments");
  }),
  /** contains(list, value): true when a known element equals the value; unknown when undecided. */
  builtin("contains", { params: ["list", "value"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail("argument must be list, tuple, or set");
    if (list.length === 0) return false;
    call.known(1);
    let undecided;
    for (const e of list) {
      const eq = valueEquals(call.args[1], e);
      if (eq === true) return true;
      if (eq === void 0) undecided ??= firstUnknown(e) ?? firstUnknown(call.args[1]);
    }
    if (undecided) call.unknownResult("an element of the list", undecided);
    return false;
  }),
  /** keys(map): the keys in lexical order; known even when values are not. */
  builtin("keys", { params: ["inputMap"] }, (call) => {
    const v = call.notNull(0);
    if (!isValueMap(v)) throw call.argError(0, "must have map or object type");
    return sortedKeys(v);
  }),
  /** values(map): the values in the lexical order of their keys. */
  builtin("values", { params: ["mapping"] }, (call) => {
    const v = call.notNull(0);
    if (!isValueMap(v)) throw call.fail("values() requires a map as the first argument");
    return sortedKeys(v).map((k) => v[k]);
  }),
  /** flatten(list): nested lists and tuples flattened recursively; maps and nulls stay elements. */
  builtin("flatten", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail("can only flatten lists, sets and tuples");
    const out = [];
    const u = flattenInto(list, out);
    if (u) call.unknownResult("an element of the list (which might itself be a list)", u);
    return out;
  }),
  /** distinct(list): the first occurrence of each element, in order. */
  builtin("distinct", { params: ["list"] }, (call) => {
    const list = uniformList(call, 0);
    requireWhollyKnown(call, list, "an element of the list");
    const out = [];
    for (const v of list) if (!out.some((o) => valueEquals(o, v) === true)) out.push(v);
    return out;
  }),
  /** compact(list): the list of strings without empty strings and nulls. */
  builtin("compact", { params: ["list"] }, (call) => call.stringElements(0).filter((s) => s !== null && s !== "")),
  /** zipmap(keys, values): a map from corresponding elements; values may be unknown. */
  builtin("zipmap", { params: ["keys", "values"] }, (call) => {
    const keys = call.stringElements(0, "a key");
    const values = call.notNull(1);
    if (!Array.isArray(values)) throw call.fail("values argument must be a list or tuple value");
    if (keys.length !== values.length) {
      throw call.fail(`number of keys (${keys.length}) does not match number of values (${values.length})`);
    }
    const out = {};
    keys.forEach((k, i) => {
      if (k === null) throw call.fail(`keys list has null value at index ${i}`);
      setEntry(out, k, values[i]);
    });
    return out;
  }),
  /** slice(list, start, end): elements from start (inclusive) to end (exclusive). */
  builtin("slice", { params: ["list", "start_index", "end_index"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.argError(0, "must be a list or tuple value");
    const start = call.int(1, (m) => call.argError(1, `invalid start index: ${m}`));
    if (start < 0) throw call.argError(1, "start index must not be less than zero");
    if (start > list.length) throw call.argError(1, "start index must not be greater than the length of the list");
    const end = call.int(2, (m) => call.argError(2, `invalid end index: ${m}`));
    if (end < 0) throw call.argError(2, "end index must not be less than zero");
    if (end > list.length) throw call.argError(2, "end index must not be greater than the length of the list");
    if (start > end) throw call.argError(1, "start index must not be greater than end index");
    return list.slice(start, end);
  }),
  builtin("reverse", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.argError(0, `can only reverse list or tuple values, not ${friendlyName(list)}`);
    return [...list].reverse();
  }),
  /** sort(list): strings in lexical (code point) order; numbers are sorted as strings. */
  builtin(
    "sort",
    { params: ["list"] },
    (call) => call.stringElements(0).map((s, i) => {
      if (s === null) throw call.fail(`given list element ${i} is null; a null string cannot be sorted`);
      return s;
    }).sort(compareStrings)
  ),
  /** index(list, value): the index of the first element equal to the value. */
  builtin("index", { params: ["list", "value"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list)) throw call.fail("argument must be a list or tuple");
    const value = call.known(1);
    if (list.length === 0) throw call.fail("cannot search an empty list");
    for (const [i, e] of list.entries()) {
      const eq = valueEquals(e, value);
      if (eq === void 0) call.unknownResult("an element of the list", firstUnknown(e) ?? firstUnknown(value));
      if (eq) return i;
    }
    throw call.fail("item not found");
  }),
  /** one(list): null for an empty list, the element of a one-element list, else an error. */
  builtin("one", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (!Array.isArray(list) || list.length > 1) {
      throw call.argError(0, "must be a list, set, or tuple value with either zero or one elements");
    }
    return list.length === 0 ? null : list[0];
  }),
  /** alltrue(list): true when every element is true (or "true"); a null element is false. */
  builtin("alltrue", { params: ["list"] }, (call) => {
    for (const b of boolElements(call)) {
      if (isUnknown(b)) call.unknownResult("an element of the list", b);
      if (b !== true) return false;
    }
    return true;
  }),
  /** anytrue(list): true when some element is true; unknown when undecided. */
  builtin("anytrue", { params: ["list"] }, (call) => {
    let undecided;
    for (const b of boolElements(call)) {
      if (b === true) return true;
      if (isUnknown(b)) undecided ??= b;
    }
    if (undecided) call.unknownResult("an element of the list", undecided);
    return false;
  }),
  /** chunklist(list, size): consecutive chunks of at most size elements (size 0: one chunk). */
  builtin("chunklist", { params: ["list", "size"] }, (call) => {
    const list = uniformList(call, 0);
    const size = call.int(1, (m) => call.fail(`invalid size: ${m}`));
    if (size < 0) throw call.fail("the size argument must be positive");
    if (list.length === 0) return [];
    if (size === 0) return [list];
    const out = [];
    for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
    return out;
  }),
  /** transpose(map of lists of strings): swaps keys and values; each new list sorted. */
  builtin("transpose", { params: ["values"] }, (call) => {
    const input = call.map(0, "map of list of string");
    requireWhollyKnown(call, input, "part of the map");
    const tmp = /* @__PURE__ */ new Map();
    for (const key of Object.keys(input)) {
      const list = input[key];
      if (list === null) throw call.fail("input must not contain null list");
      if (!Array.isArray(list)) throw call.argError(0, `element ${JSON.stringify(key)}: list of string required, but have ${friendlyName(list)}`);
      for (const v of list) {
        if (v === null) throw call.fail("input list must not contain null string");
        const outKey = convertToString(v);
        if (typeof outKey !== "string") throw call.argError(0, `element ${JSON.stringify(key)}: ${outKey.error}`);
        if (!tmp.has(outKey)) tmp.set(outKey, []);
        tmp.get(outKey).push(key);
      }
    }
    const out = {};
    for (const k of [...tmp.keys()].sort(compareStrings)) setEntry(out, k, tmp.get(k).sort(compareStrings));
    return out;
  }),
  /** matchkeys(values, keys, searchset): the values whose corresponding key is in the search set. */
  builtin("matchkeys", { params: ["values", "keys", "searchset"] }, (call) => {
    const values = uniformList(call, 0);
    const keys = call.sequence(1);
    const search = call.sequence(2);
    const unified = unifyElements([...keys, ...search]);
    if (!unified) throw call.fail("keys and searchset must be of the same type");
    if (values.length !== keys.length) throw call.fail("length of keys and values should be equal");
    if (search.length === 0) return [];
    requireWhollyKnown(call, values, "an element of values");
    requireWhollyKnown(call, unified, "an element of keys or searchset");
    const [k, s] = [unified.slice(0, keys.length), unified.slice(keys.length)];
    return values.filter((_, i) => s.some((x) => valueEquals(k[i], x) === true));
  })
];
function boolElements(call) {
  return call.sequence(0, "list of bool").map((e, i) => {
    if (e === null || isUnknown(e)) return e;
    const b = convertToBool(e);
    if (typeof b !== "boolean") throw call.argError(0, typeof e === "string" ? b.error : `element ${i}: ${b.error}`);
    return b;
  });
}

// src/scanners/terraform/functions/conversion.ts
function convertible(call) {
  const v = call.args[0] ?? null;
  if (v === null) return void 0;
  if (isUnknown(v)) call.propagate(v);
  return v;
}
var cannot = (call, v, want) => call.argError(0, `cannot convert ${friendlyName(v)} to ${want}`);
var CONVERSION_FUNCTIONS = [
  builtin("tostring", { params: ["v"] }, (call) => {
    const v = call.args[0] ?? null;
    if (isUnknown(v)) return v;
    if (v === null) return null;
    const s = convertToString(v);
    if (typeof s !== "string") throw cannot(call, v, "string");
    return s;
  }),
  /** tonumber(v): numbers, and strings holding a decimal number. */
  builtin("tonumber", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === void 0) return null;
    const n = convertToNumber(v);
    if (typeof n === "number") return n;
    if (typeof v === "string") {
      throw call.argError(0, `cannot convert ${JSON.stringify(v)} to number; given string must be a decimal representation of a number`);
    }
    throw cannot(call, v, "number");
  }),
  /** tobool(v): bools, and the strings "true" and "false". */
  builtin("tobool", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === void 0) return null;
    const b = convertToBool(v);
    if (typeof b === "boolean") return b;
    if (typeof v === "string") throw call.argError(0, `cannot convert ${JSON.stringify(v)} to bool; only the strings "true" or "false" are allowed`);
    throw cannot(call, v, "bool");
  }),
  /** tolist(v): a sequence with its elements converted to one type (mixed primitives become strings). */
  builtin("tolist", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === void 0) return null;
    const list = Array.isArray(v) ? unifyElements(v) : void 0;
    if (!list) throw cannot(call, v, "list of any single type");
    return list;
  }),
  /** toset(v): like tolist, then duplicates removed and strings/numbers sorted; unknown elements make it unknown. */
  builtin("toset", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === void 0) return null;
    const list = Array.isArray(v) ? unifyElements(v) : void 0;
    if (!list) throw cannot(call, v, "set of any single type");
    if (containsUnknown(list)) call.unknownResult("an element of the set (so which elements are distinct)");
    return toSetOrder(list);
  }),
  /** tomap(v): an object's attribute values converted to one type. */
  builtin("tomap", { params: ["v"] }, (call) => {
    const v = convertible(call);
    if (v === void 0) return null;
    if (!isValueMap(v)) throw cannot(call, v, "map of any single type");
    const keys = Object.keys(v).sort(compareStrings);
    const values = unifyElements(keys.map((k) => v[k]));
    if (!values) throw cannot(call, v, "map of any single type");
    const out = {};
    keys.forEach((k, i) => setEntry(out, k, values[i]));
    return out;
  }),
  builtin("sensitive", { params: ["value"] }, (call) => call.args[0] ?? null),
  builtin("nonsensitive", { params: ["value"] }, (call) => call.args[0] ?? null)
];

// src/scanners/terraform/functions/lazy-package.ts
function lazyPackage(importer, probe) {
  let loaded;
  return {
    async load() {
      if (loaded) return;
      const namespace = await importer();
      loaded = typeof namespace[probe] === "function" ? namespace : namespace.default;
    },
    get: () => loaded
  };
}

// src/scanners/terraform/functions/yaml-module.ts
var yaml = lazyPackage(() => import('./dist-PVRWQ3ZB.js'), "Document");
function mayUseYaml(text) {
  return /yaml(?:en|de)code|templatefile/.test(text);
}
var loadYaml = () => yaml.load();
function yamlModule() {
  const loaded = yaml.get();
  if (!loaded) throw new Error("internal error: a YAML function was evaluated before the yaml package was loaded (see mayUseYaml)");
  return loaded;
}

// src/scanners/terraform/functions/encoding.ts
var JsonInfinityError = class extends Error {
  constructor() {
    super("cannot serialize infinity as JSON");
  }
};
function encodeJson(v) {
  if (v === null) return "null";
  if (typeof v === "string") return jsonString(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new JsonInfinityError();
    return numberToString(v);
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map(encodeJson).join(",")}]`;
  if (isUnknown(v)) throw new TypeError("encodeJson: value is not known");
  const keys = Object.keys(v).sort(compareStrings);
  return `{${keys.map((k) => `${jsonString(k)}:${encodeJson(v[k])}`).join(",")}}`;
}
function fromPlain(x) {
  if (x === null || x === void 0) return null;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  if (typeof x === "bigint") return Number(x);
  if (Array.isArray(x)) return x.map(fromPlain);
  if (x instanceof Map) {
    const m2 = {};
    for (const [k, v] of x) setEntry(m2, String(k), fromPlain(v));
    return m2;
  }
  if (x instanceof Date) return x.toISOString();
  const m = {};
  for (const [k, v] of Object.entries(x)) setEntry(m, k, fromPlain(v));
  return m;
}
function duplicateJsonKey(text) {
  const stack = [];
  let duplicate;
  visit2(text, {
    onObjectBegin: () => {
      stack.push(/* @__PURE__ */ new Set());
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (name) => {
      const seen = stack[stack.length - 1];
      if (!seen) return;
      if (seen.has(name)) duplicate ??= name;
      seen.add(name);
    }
  });
  return duplicate;
}
function lastScalar(v) {
  if (Array.isArray(v)) return v.length === 0 ? void 0 : lastScalar(v[v.length - 1]);
  if (isValueMap(v)) {
    const keys = Object.keys(v).sort(compareStrings);
    return keys.length === 0 ? void 0 : lastScalar(v[keys[keys.length - 1]]);
  }
  return v;
}
var keepsTrailingNewlines = (s) => s === "\n" || s.endsWith("\n\n");
function rootLiteral(s) {
  const indentHint = s.startsWith(" ") || s.startsWith("\n") ? "2" : "";
  const chomp = !s.endsWith("\n") ? "-" : keepsTrailingNewlines(s) ? "+" : "";
  const lines = (s.endsWith("\n") ? s.slice(0, -1) : s).split("\n");
  return `|${indentHint}${chomp}
${lines.map((l) => l === "" ? "\n" : `  ${l}
`).join("")}`;
}
function encodeYaml(v) {
  const sorted = (x) => {
    if (Array.isArray(x)) return x.map(sorted);
    if (isValueMap(x)) {
      const out = {};
      for (const k of Object.keys(x).sort(compareStrings)) Object.defineProperty(out, k, { value: sorted(x[k]), enumerable: true });
      return out;
    }
    return x;
  };
  let text;
  if (typeof v === "string" && v.includes("\n")) text = rootLiteral(v);
  else {
    const { Document, isScalar, visit: visit2 } = yamlModule();
    const doc = new Document(sorted(v));
    visit2(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && typeof pair.key.value === "string") pair.key.type = "QUOTE_DOUBLE";
      },
      Scalar(key, node) {
        if (key === "key" || typeof node.value !== "string") return;
        node.type = node.value.includes("\n") ? "BLOCK_LITERAL" : "QUOTE_DOUBLE";
      }
    });
    text = doc.toString({ indentSeq: false, nullStr: "null", trueStr: "true", falseStr: "false" });
  }
  const last = lastScalar(v);
  const openEnded = last === v && typeof v !== "string" || typeof last === "string" && keepsTrailingNewlines(last);
  return openEnded ? text + "...\n" : text;
}
function encodeOrPayload(call, encode, format) {
  const v = call.args[0] ?? null;
  if (isUnknown(v)) call.propagate(v);
  if (containsUnknown(v)) return unknown(`${call.fn}(\u2026)`, { decoded: v, reason: `${format} encoding of a value with unknown parts` });
  try {
    return encode(v);
  } catch (e) {
    if (e instanceof JsonInfinityError) throw call.fail(e.message);
    throw e;
  }
}
var isDocument = (payload) => payload !== void 0 && typeof payload !== "string" && !isUnknown(payload);
var STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var utf8 = new TextDecoder("utf-8", { fatal: true });
function queryEscape(s) {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
function hash(name, algorithm, encoding) {
  return builtin(name, { params: ["str"] }, (call) => createHash(algorithm).update(call.string(0), "utf8").digest(encoding));
}
var ENCODING_FUNCTIONS = [
  /** jsonencode(value): compact JSON with sorted keys and Go's escaping of <, >, &, U+2028, U+2029. */
  builtin("jsonencode", { params: ["val"] }, (call) => encodeOrPayload(call, encodeJson, "JSON")),
  /** jsondecode(string): the value the JSON text denotes; of an encoding whose payload is known, the payload. */
  builtin("jsondecode", { params: ["str"] }, (call) => {
    const payload = encodedPayload(call.args[0] ?? null);
    if (isDocument(payload)) return payload;
    const text = call.string(0);
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw call.fail(e.message);
    }
    const duplicate = duplicateJsonKey(text);
    if (duplicate !== void 0) throw call.fail(`duplicate ${jsonString(duplicate)} property in JSON object`);
    return fromPlain(parsed);
  }),
  /** yamlencode(value): block-style YAML as Terraform (go-cty-yaml) writes it. */
  builtin("yamlencode", { params: ["value"] }, (call) => encodeOrPayload(call, encodeYaml, "YAML")),
  /** yamldecode(string): a single YAML document (core schema, merge keys) as a value. */
  builtin("yamldecode", { params: ["src"] }, (call) => {
    const payload = encodedPayload(call.args[0] ?? null);
    if (isDocument(payload)) return payload;
    const text = call.string(0);
    const docs = yamlModule().parseAllDocuments(text, { schema: "core", merge: true, uniqueKeys: true, logLevel: "silent" });
    if (docs.length === 0) throw call.fail("missing start of document");
    if (docs.length > 1) throw call.fail("only a single document is allowed");
    const doc = docs[0];
    const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
    if (problem) throw call.fail(problem.message.split("\n")[0].replace(/:$/, ""));
    try {
      return fromPlain(doc.toJS({ maxAliasCount: 1e3 }));
    } catch (e) {
      if (e instanceof RangeError) throw call.fail("cannot refer to an anchor from inside its own definition");
      throw call.fail(e.message.split("\n")[0].replace(/:$/, ""));
    }
  }),
  /**
   * base64encode(string): an Unknown whose `decoded` is the string (rules read the payload).
   * Of an encoding, its payload passes on; of a partly known string, that string is the payload.
   */
  builtin("base64encode", { params: ["str"] }, (call) => {
    const arg = call.args[0] ?? null;
    const reason = "base64 encoding";
    if (isUnknown(arg)) {
      if (arg.partial) return unknown(`${call.fn}(\u2026)`, { decoded: arg, reason });
      const payload = encodedPayload(arg);
      if (payload === void 0) call.propagate(arg);
      return unknown(`${call.fn}(\u2026)`, { decoded: payload, reason });
    }
    return unknown(`${call.fn}(\u2026)`, { decoded: call.string(0), reason });
  }),
  /** base64decode(string): strict standard base64 whose bytes must be UTF-8; of base64encode(x), x. */
  builtin("base64decode", { params: ["str"] }, (call) => {
    const payload = encodedPayload(call.args[0] ?? null);
    if (typeof payload === "string" || isUnknown(payload)) return payload;
    if (payload !== void 0) {
      return unknown(`${call.fn}(\u2026)`, { decoded: payload, reason: "decoding of an encoding with unknown parts" });
    }
    const s = call.string(0);
    const compact = s.replace(/[\r\n]/g, "");
    if (compact.length % 4 !== 0 || !STRICT_BASE64.test(compact)) throw call.fail(`failed to decode base64 data ${JSON.stringify(s)}`);
    try {
      return utf8.decode(Buffer.from(compact, "base64"));
    } catch {
      throw call.fail("the result of decoding the provided string is not valid UTF-8");
    }
  }),
  /** urlencode(string): Go's url.QueryEscape. */
  builtin("urlencode", { params: ["str"] }, (call) => queryEscape(call.string(0))),
  hash("md5", "md5", "hex"),
  hash("sha1", "sha1", "hex"),
  hash("sha256", "sha256", "hex"),
  hash("sha512", "sha512", "hex"),
  hash("base64sha256", "sha256", "base64"),
  hash("base64sha512", "sha512", "base64")
];

// src/scanners/terraform/functions/format.ts
var FormatError = class extends Error {
};
var byteOffset = (s, i) => Buffer.byteLength(s.slice(0, i));
function formatSpec(spec, args) {
  let out = "";
  let nextArg = 1;
  let highest = 0;
  let i = 0;
  while (i < spec.length) {
    const c = spec[i];
    if (c !== "%") {
      out += c;
      i++;
      continue;
    }
    if (spec[i + 1] === "%") {
      out += "%";
      i += 2;
      continue;
    }
    const start = i++;
    const verb = {
      raw: "",
      offset: byteOffset(spec, start),
      argNum: nextArg,
      mode: "",
      zero: false,
      sharp: false,
      plus: false,
      minus: false,
      space: false,
      width: -1,
      prec: -1
    };
    for (; i < spec.length && "0#-+ ".includes(spec[i]); i++) {
      const f = spec[i];
      if (f === "0") verb.zero = true;
      else if (f === "#") verb.sharp = true;
      else if (f === "-") verb.minus = true;
      else if (f === "+") verb.plus = true;
      else verb.space = true;
    }
    const digits = () => {
      const m = /^[0-9]*/.exec(spec.slice(i))[0];
      i += m.length;
      return m;
    };
    if (/[1-9]/.test(spec[i] ?? "")) verb.width = Number(digits());
    if (spec[i] === ".") {
      i++;
      verb.prec = Number(digits() || "0");
    }
    if (verb.width > MAX_STRING_LENGTH || verb.prec > MAX_STRING_LENGTH) throw tooLarge(`a format verb with ${verb.width > MAX_STRING_LENGTH ? `width ${verb.width}` : `precision ${verb.prec}`}`);
    if (spec[i] === "[") {
      i++;
      if (!/[1-9]/.test(spec[i] ?? "")) unrecognized(spec, i);
      verb.argNum = Number(digits());
      if (spec[i] !== "]") unrecognized(spec, i);
      i++;
    }
    if (i >= spec.length) throw new FormatError(`invalid format string starting at offset ${byteOffset(spec, i)}`);
    if (!/[A-Za-z]/.test(spec[i])) unrecognized(spec, i);
    verb.mode = spec[i++];
    verb.raw = spec.slice(start, i);
    highest = Math.max(highest, verb.argNum);
    out += formatVerb(verb, args);
    nextArg = verb.argNum + 1;
  }
  if (highest < args.length) {
    if (highest === 0) throw new FormatError("too many arguments; no verbs in format string");
    throw new FormatError(`too many arguments; only ${highest} used by format string`);
  }
  return out;
}
function unrecognized(spec, i) {
  const ch = String.fromCodePoint(spec.codePointAt(i) ?? 0);
  throw new FormatError(`unrecognized format character '${ch}' at offset ${byteOffset(spec, i)}`);
}
function formatVerb(verb, args) {
  const where = `"${verb.raw}" at ${verb.offset}`;
  if (verb.argNum > args.length) {
    throw new FormatError(`not enough arguments for ${where}: need index ${verb.argNum} but have ${args.length} total`);
  }
  const arg = args[verb.argNum - 1];
  if (verb.mode !== "v" && arg === null) throw new FormatError(`unsupported value for ${where}: null value cannot be formatted`);
  const unsupported2 = (message) => new FormatError(`unsupported value for ${where}: ${message}`);
  switch (verb.mode) {
    case "v":
      if (!verb.sharp && typeof arg === "string") return padWidth(verb, arg);
      if (!verb.sharp && typeof arg === "number") return padWidth(verb, goFloat(arg, "g", -1));
      try {
        return padWidth(verb, encodeJson(arg));
      } catch (e) {
        if (e instanceof JsonInfinityError) throw unsupported2(e.message);
        throw e;
      }
    case "t": {
      const b = convertToBool(arg);
      if (typeof b !== "boolean") throw unsupported2(b.error);
      return b ? "true" : "false";
    }
    case "b":
    case "d":
    case "o":
    case "x":
    case "X":
    case "e":
    case "E":
    case "f":
    case "g":
    case "G": {
      const n = convertToNumber(arg);
      if (typeof n !== "number") throw unsupported2(n.error);
      if ("bdoxX".includes(verb.mode)) {
        if (!Number.isInteger(n)) throw unsupported2("an integer is required");
        return formatInteger(verb, n);
      }
      return formatFloat(verb, n);
    }
    case "s":
    case "q": {
      let s = convertToString(arg);
      if (typeof s !== "string") throw unsupported2(s.error);
      if (verb.prec > 0) s = graphemes(s).slice(0, verb.prec).join("");
      return padWidth(verb, verb.mode === "q" ? encodeJson(s) : s);
    }
    default:
      throw new FormatError(`unsupported format verb '${verb.mode}' in "${verb.raw}" at offset ${verb.offset}`);
  }
}
function padWidth(verb, s) {
  const pad = verb.width - graphemes(s).length;
  if (verb.width < 0 || pad <= 0) return s;
  const padding = (verb.zero ? "0" : " ").repeat(pad);
  return verb.minus ? s + padding : padding + s;
}
function formatInteger(verb, n) {
  const big = BigInt(n);
  const negative = big < 0n;
  const base = { b: 2, d: 10, o: 8, x: 16, X: 16 }[verb.mode];
  let digits = (negative ? -big : big).toString(base);
  if (verb.mode === "X") digits = digits.toUpperCase();
  const sign = negative ? "-" : verb.plus ? "+" : verb.space ? " " : "";
  const prefix = verb.sharp ? { b: "0b", o: "0", x: "0x", X: "0X" }[verb.mode] ?? "" : "";
  let zeros = 0;
  if (verb.prec >= 0) {
    if (digits.length < verb.prec) zeros = verb.prec - digits.length;
    else if (digits === "0" && verb.prec === 0) return "";
  }
  let left = 0;
  let right = 0;
  const length = sign.length + prefix.length + zeros + digits.length;
  if (verb.width >= 0 && length < verb.width) {
    const d = verb.width - length;
    if (verb.minus) right = d;
    else if (verb.zero && verb.prec < 0) zeros = d;
    else left = d;
  }
  return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
}
function formatFloat(verb, n) {
  let body = goFloat(n, verb.mode, verb.mode === "g" || verb.mode === "G" ? verb.prec : verb.prec < 0 ? 6 : verb.prec);
  let sign = "";
  if (body.startsWith("-")) {
    sign = "-";
    body = body.slice(1);
  } else if (body.startsWith("+")) {
    sign = verb.space ? " " : "+";
    body = body.slice(1);
  } else if (verb.plus) sign = "+";
  else if (verb.space) sign = " ";
  const padding = verb.width > sign.length + body.length ? verb.width - sign.length - body.length : 0;
  if (verb.zero && Number.isFinite(n)) return sign + "0".repeat(padding) + body;
  if (verb.minus) return sign + body + " ".repeat(padding);
  return " ".repeat(padding) + sign + body;
}
function shortestDecimal(a) {
  const [m, e] = a.toExponential().split("e");
  return { mant: m.replace(".", "").replace(/0+$/, ""), exp: Number(e) + 1 };
}
var bitLength = (n) => n.toString(2).length;
function exactDecimal(a) {
  const short = shortestDecimal(a);
  const k = short.exp - short.mant.length;
  const num = BigInt(short.mant) * (k > 0 ? 10n ** BigInt(k) : 1n);
  const den = k < 0 ? 10n ** BigInt(-k) : 1n;
  let shift = 512 - (bitLength(num) - bitLength(den));
  const quotient = (sh) => {
    const n = sh >= 0 ? num << BigInt(sh) : num;
    const d2 = sh >= 0 ? den : den << BigInt(-sh);
    return [n / d2, n % d2, d2];
  };
  let [q, r, d] = quotient(shift);
  while (q >= 1n << 512n) [q, r, d] = quotient(--shift);
  while (q < 1n << 511n) [q, r, d] = quotient(++shift);
  if (2n * r > d || 2n * r === d && (q & 1n) === 1n) q += 1n;
  const digits = shift > 0 ? (q * 5n ** BigInt(shift)).toString() : (q << BigInt(-shift)).toString();
  const mant = digits.replace(/0+$/, "");
  return { mant, exp: digits.length - Math.max(shift, 0) };
}
function roundDecimal(d, n) {
  if (n < 0 || n >= d.mant.length) return d;
  const halfway = d.mant[n] === "5" && n + 1 === d.mant.length;
  const up = halfway ? n > 0 && Number(d.mant[n - 1]) % 2 === 1 : d.mant[n] >= "5";
  if (!up) {
    const mant = d.mant.slice(0, n).replace(/0+$/, "");
    return mant === "" ? { mant: "", exp: 0 } : { mant, exp: d.exp };
  }
  let i = n;
  while (i > 0 && d.mant[i - 1] === "9") i--;
  if (i === 0) return { mant: "1", exp: d.exp + 1 };
  return { mant: d.mant.slice(0, i - 1) + String(Number(d.mant[i - 1]) + 1), exp: d.exp };
}
function goFloat(x, fmt, prec) {
  if (!Number.isFinite(x)) return x > 0 ? "+Inf" : "-Inf";
  const neg = x < 0;
  const a = Math.abs(x);
  const shortest = prec < 0;
  let d = a === 0 ? { mant: "", exp: 0 } : shortest ? shortestDecimal(a) : exactDecimal(a);
  if (shortest) {
    if (fmt === "e" || fmt === "E") prec = Math.max(d.mant.length - 1, 0);
    else if (fmt === "f") prec = Math.max(d.mant.length - d.exp, 0);
    else prec = d.mant.length;
  } else if (fmt === "e" || fmt === "E") d = roundDecimal(d, 1 + prec);
  else if (fmt === "f") d = roundDecimal(d, d.exp + prec);
  else {
    if (prec === 0) prec = 1;
    d = roundDecimal(d, prec);
  }
  let body;
  switch (fmt) {
    case "e":
    case "E":
      body = fmtE(d, fmt, prec);
      break;
    case "f":
      body = fmtF(d, prec);
      break;
    default: {
      let eprec = prec;
      if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
      if (shortest) eprec = 6;
      const exp = d.exp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > d.mant.length) prec = d.mant.length;
        body = fmtE(d, fmt === "g" ? "e" : "E", prec - 1);
      } else {
        if (prec > d.exp) prec = d.mant.length;
        body = fmtF(d, Math.max(prec - d.exp, 0));
      }
    }
  }
  return neg ? "-" + body : body;
}
function fmtE(d, e, prec) {
  let out = d.mant[0] ?? "0";
  if (prec > 0) out += "." + d.mant.slice(1, prec + 1).padEnd(prec, "0");
  let exp = d.mant.length > 0 ? d.exp - 1 : 0;
  const sign = exp < 0 ? "-" : "+";
  exp = Math.abs(exp);
  return `${out}${e}${sign}${exp < 10 ? "0" : ""}${exp}`;
}
function fmtF(d, prec) {
  let out;
  if (d.exp > 0) out = d.mant.slice(0, d.exp).padEnd(d.exp, "0");
  else out = "0";
  if (prec > 0) {
    let frac = "";
    for (let i = 0; i < prec; i++) {
      const k = d.exp + i;
      frac += k >= 0 && k < d.mant.length ? d.mant[k] : "0";
    }
    out += "." + frac;
  }
  return out;
}
function run(call, spec, args, wrap = (m) => m) {
  try {
    return formatSpec(spec, args);
  } catch (e) {
    if (e instanceof FormatError) throw call.fail(wrap(e.message));
    throw e;
  }
}
var FORMAT_FUNCTIONS = [
  /** format(spec, values...): printf-style; any unknown value makes the result unknown. */
  builtin("format", { params: ["format"], variadic: "args" }, (call) => {
    const spec = call.string(0);
    const args = call.args.slice(1);
    args.forEach((_, i) => call.wholly(i + 1, `format argument ${i + 1}`));
    return run(call, spec, args);
  }),
  /**
   * formatlist(spec, values...): list arguments (all the same length) are iterated
   * together, other arguments repeat; an iteration with an unknown value is unknown.
   */
  builtin("formatlist", { params: ["format"], variadic: "args" }, (call) => {
    const spec = call.string(0);
    const args = call.args.slice(1);
    if (args.length === 0) return [run(call, spec, [])];
    let length = -1;
    let chooser = -1;
    args.forEach((arg, i) => {
      if (isUnknown(arg)) call.propagate(arg);
      if (!Array.isArray(arg)) return;
      if (length < 0) {
        length = arg.length;
        chooser = i;
      } else if (arg.length !== length) {
        throw call.argError(
          i + 1,
          `argument ${i + 1} has length ${arg.length}, which is inconsistent with argument ${chooser + 1} of length ${length}`
        );
      }
    });
    if (length === 0) return [];
    const out = [];
    for (let it = 0; it < Math.max(length, 1); it++) {
      const row = args.map((arg) => Array.isArray(arg) ? arg[it] : arg);
      if (row.some(containsUnknown)) {
        out.push(call.unknownElement(`formatlist iteration ${it}`));
        continue;
      }
      out.push(run(call, spec, row, (m) => `error on format iteration ${it}: ${m}`));
    }
    return out;
  })
];

// src/scanners/terraform/functions/numbers.ts
function decimal(x) {
  return Number.isInteger(x) || !Number.isFinite(x) ? x : Number(x.toPrecision(15));
}
var noNegativeZero = (x) => x === 0 ? 0 : x;
function parseBigInt(s, base) {
  const m = /^([+-]?)(.+)$/s.exec(s);
  if (!m) return void 0;
  let n = 0n;
  for (const ch of m[2]) {
    const c = ch.charCodeAt(0);
    let d;
    if (c >= 48 && c <= 57) d = c - 48;
    else if (c >= 97 && c <= 122) d = c - 97 + 10;
    else if (c >= 65 && c <= 90) d = base <= 36 ? c - 65 + 10 : c - 65 + 36;
    else return void 0;
    if (d >= base) return void 0;
    n = n * BigInt(base) + BigInt(d);
  }
  return m[1] === "-" ? -n : n;
}
var NUMBER_FUNCTIONS = [
  builtin("abs", { params: ["num"] }, (call) => Math.abs(call.number(0))),
  builtin("ceil", { params: ["num"] }, (call) => noNegativeZero(Math.ceil(call.number(0)))),
  builtin("floor", { params: ["num"] }, (call) => noNegativeZero(Math.floor(call.number(0)))),
  builtin("min", { params: [], variadic: "numbers" }, (call) => {
    if (call.args.length === 0) throw call.fail("must pass at least one number");
    return Math.min(...call.args.map((_, i) => call.number(i)));
  }),
  builtin("max", { params: [], variadic: "numbers" }, (call) => {
    if (call.args.length === 0) throw call.fail("must pass at least one number");
    return Math.max(...call.args.map((_, i) => call.number(i)));
  }),
  /** sum(list): the total of a non-empty list of numbers (numeric strings convert). */
  builtin("sum", { params: ["list"] }, (call) => {
    const list = call.notNull(0);
    if (typeof list !== "object") throw call.argError(0, "cannot sum noniterable");
    const items = Array.isArray(list) ? list : Object.values(list);
    if (items.length === 0) throw call.argError(0, "cannot sum an empty list");
    if (!Array.isArray(list)) throw call.argError(0, "argument must be list, set, or tuple. Received object");
    const u = firstUnknown(list);
    if (u) call.unknownResult("an element of the list", u);
    let total = 0;
    for (const v of list) {
      const n = v === null ? void 0 : convertToNumber(v);
      if (typeof n !== "number") throw call.argError(0, "argument must be list, set, or tuple of number values");
      if (Number.isNaN(total + n)) throw call.fail("can't compute sum of opposing infinities");
      total = decimal(total + n);
    }
    return total;
  }),
  /** pow(num, power): a float64 power; NaN is an error. */
  builtin("pow", { params: ["num", "power"] }, (call) => {
    const result = Math.pow(call.number(0), call.number(1));
    if (Number.isNaN(result)) throw call.fail("result is not a number");
    return result;
  }),
  /** log(num, base): float64 logarithm; NaN is an error. */
  builtin("log", { params: ["num", "base"] }, (call) => {
    const result = Math.log(call.number(0)) / Math.log(call.number(1));
    if (Number.isNaN(result)) throw call.fail("result is not a number");
    return result;
  }),
  /** signum(num): -1, 0 or 1 for a whole number. */
  builtin("signum", { params: ["num"] }, (call) => Math.sign(call.int(0)) || 0),
  /** parseint(string, base): an integer in base 2\u{2013}62 (no prefixes). */
  builtin("parseint", { params: ["number", "base"] }, (call) => {
    const v = call.notNull(0);
    if (typeof v !== "string") throw call.argError(0, `first argument must be a string, not ${friendlyName(v)}`);
    const base = call.int(1, (m) => call.argError(1, m));
    if (base < 2 || base > 62) throw call.argError(1, "base must be a whole number between 2 and 62 inclusive");
    const n = parseBigInt(v, base);
    if (n === void 0) throw call.argError(0, `cannot parse ${JSON.stringify(v)} as a base ${base} integer`);
    return Number(n);
  }),
  /** range(limit) / range(start, limit) / range(start, limit, step): at most 1024 numbers. */
  builtin("range", { params: [], variadic: "params" }, (call) => {
    const args = call.args.map((_, i) => call.number(i));
    let start = 0;
    let end;
    let step;
    if (args.length === 1) [end, step] = [args[0], args[0] < 0 ? -1 : 1];
    else if (args.length === 2) [start, end, step] = [args[0], args[1], args[1] < args[0] ? -1 : 1];
    else if (args.length === 3) [start, end, step] = args;
    else throw call.fail("must have one, two, or three arguments");
    if (step === 0) throw call.argError(2, "step must not be zero");
    const down = step < 0;
    if (down && end > start) throw call.argError(1, "end must be less than start when step is negative");
    if (!down && end < start) throw call.argError(1, "end must be greater than start when step is positive");
    const out = [];
    for (let k = 0, n = start; down ? n > end : n < end; k++, n = decimal(start + k * step)) {
      if (out.length >= 1024) {
        throw call.fail("more than 1024 values were generated; either decrease the difference between start and end or use a smaller step");
      }
      out.push(n);
    }
    return out;
  })
];

// src/scanners/terraform/functions/re2-module.ts
var re2 = lazyPackage(() => import('./build-CIDSBWPE.js'), "RE2JS");
function mayUseRegex(text) {
  return /\bregex(?:all)?\s*\(|\breplace\s*\(|templatefile/.test(text);
}
var loadRe2 = () => re2.load();
var re2Module = () => re2.get();

// src/scanners/terraform/functions/regex.ts
var RegexSyntaxError = class extends Error {
  constructor(code, expr) {
    super(`${code}: \`${expr}\``);
    this.code = code;
    this.expr = expr;
  }
  code;
  expr;
};
var Untranslatable = class extends Error {
};
var GENERAL_CATEGORIES = new Set(
  "L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co".split(" ")
);
var POSIX_CLASSES = {
  alnum: "0-9A-Za-z",
  alpha: "A-Za-z",
  ascii: "\\x00-\\x7f",
  blank: "\\t ",
  cntrl: "\\x00-\\x1f\\x7f",
  digit: "0-9",
  graph: "!-~",
  lower: "a-z",
  print: " -~",
  punct: "!-\\/:-@\\[-`\\{-~",
  space: "\\t\\n\\v\\f\\r ",
  upper: "A-Z",
  word: "0-9A-Za-z_",
  xdigit: "0-9A-Fa-f"
};
var JS_SYNTAX = "^$\\.*+?()[]{}|/";
var GO_SPACE_CLASS = "\\t\\n\\f\\r ";
var cache = /* @__PURE__ */ new Map();
function nestedRepetition(pattern) {
  const frames = [{ inner: false }];
  let lastClosed;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const repeats = c === "*" || c === "+" || c === "{" && /^\{\d*,\d*\}|^\{\d*[2-9]\d*\}|^\{\d{2,}\}/.test(pattern.slice(i));
    if (repeats) {
      if (lastClosed?.inner) return true;
      frames.at(-1).inner = true;
      lastClosed = void 0;
      if (c === "{") i = pattern.indexOf("}", i);
      continue;
    }
    lastClosed = void 0;
    if (c === "\\") i++;
    else if (c === "[") {
      let j = i + 1;
      if (pattern[j] === "^") j++;
      if (pattern[j] === "]") j++;
      while (j < pattern.length && pattern[j] !== "]") j += pattern[j] === "\\" ? 2 : 1;
      i = j;
    } else if (c === "(") frames.push({ inner: false });
    else if (c === ")" && frames.length > 1) {
      const group = frames.pop();
      if (group.inner) frames.at(-1).inner = true;
      lastClosed = group;
    } else if (c === "|") frames.at(-1).inner = true;
  }
  return false;
}
function translate(pattern) {
  let cached = cache.get(pattern);
  if (!cached) {
    try {
      cached = translateUncached(pattern);
    } catch (e) {
      if (!(e instanceof RegexSyntaxError || e instanceof Untranslatable || e instanceof LimitError)) throw e;
      cached = e;
    }
    if (cache.size > 500) cache.clear();
    cache.set(pattern, cached);
  }
  if (cached instanceof Error) throw cached;
  return cached;
}
function translateUncached(pattern) {
  const risky = nestedRepetition(pattern);
  if (risky) {
    const engine = re2Module();
    if (!engine) {
      throw new LimitError(`driftless does not evaluate the regular expression ${JSON.stringify(pattern)}: a repeated group that repeats or alternates inside can take exponential time in JavaScript (Terraform's RE2 is linear); the value is treated as unknown`);
    }
    const translated = translateToJs(pattern);
    let compiled;
    try {
      compiled = engine.RE2JS.compile(pattern);
    } catch {
      throw new Untranslatable();
    }
    return { ...translated, re2: compiled };
  }
  return translateToJs(pattern);
}
function translateToJs(pattern) {
  let flags = "";
  let i = 0;
  const leading = /^\(\?([imsU]+)\)/.exec(pattern);
  if (leading) {
    if (leading[1].includes("U")) throw new Untranslatable();
    flags = [...new Set(leading[1])].join("");
    i = leading[0].length;
  }
  const groups = [];
  let out = "";
  let inClass = false;
  let classStart = false;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "\\") {
      const [text, next] = escape(pattern, i, inClass);
      out += text;
      i = next;
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === "]" && !classStart) {
        inClass = false;
        out += "]";
        i++;
        continue;
      }
      classStart = false;
      const posix = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
      if (posix) {
        const set = POSIX_CLASSES[posix[2]];
        if (!set) throw new RegexSyntaxError("invalid character class range", posix[0]);
        if (posix[1]) throw new Untranslatable();
        out += set;
        i += posix[0].length;
        continue;
      }
      out += c === "[" || c === "]" ? "\\" + c : c;
      i++;
      continue;
    }
    switch (c) {
      case "[": {
        inClass = true;
        classStart = true;
        out += "[";
        i++;
        if (pattern[i] === "^") {
          out += "^";
          i++;
        }
        continue;
      }
      case "(": {
        const rest = pattern.slice(i);
        const named = /^\(\?P?<([A-Za-z0-9_]+)>/.exec(rest);
        if (named) {
          if (/^\d/.test(named[1])) throw new Untranslatable();
          if (groups.includes(named[1])) throw new RegexSyntaxError("duplicate capture group name", named[1]);
          groups.push(named[1]);
          out += `(?<${named[1]}>`;
          i += named[0].length;
          continue;
        }
        if (rest.startsWith("(?:")) {
          out += "(?:";
          i += 3;
          continue;
        }
        if (/^\(\?(=|!|<=|<!)/.test(rest)) throw new RegexSyntaxError("invalid or unsupported Perl syntax", rest.slice(0, rest[2] === "<" ? 4 : 3));
        if (rest.startsWith("(?")) {
          if (/^\(\?-?[imsU]+(-[imsU]*)?[:)]/.test(rest)) throw new Untranslatable();
          throw new RegexSyntaxError("invalid or unsupported Perl syntax", rest.slice(0, 3));
        }
        groups.push(void 0);
        out += "(";
        i++;
        continue;
      }
      case "{": {
        const rep = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i));
        if (rep) {
          if (Number(rep[1]) > 1e3 || Number(rep[3] || 0) > 1e3) throw new RegexSyntaxError("invalid repeat count", rep[0]);
          out += rep[0];
          i += rep[0].length;
        } else {
          out += "\\{";
          i++;
        }
        continue;
      }
      case "}":
      case "]":
        out += "\\" + c;
        i++;
        continue;
      case ".":
        out += flags.includes("s") ? "." : "[^\\n]";
        i++;
        continue;
      case "^":
        out += flags.includes("m") ? "(?<![^\\n])" : "^";
        i++;
        continue;
      case "$":
        out += flags.includes("m") ? "(?![^\\n])" : "$";
        i++;
        continue;
      default: {
        const cp = String.fromCodePoint(pattern.codePointAt(i));
        out += cp;
        i += cp.length;
      }
    }
  }
  if (inClass) throw new RegexSyntaxError("missing closing ]", pattern.slice(pattern.lastIndexOf("[")));
  try {
    return { re: new RegExp(out, flags.replace("m", "") + "dgu"), groups };
  } catch (e) {
    throw new RegexSyntaxError(e.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, ""), pattern);
  }
}
function escape(pattern, i, inClass) {
  const c = pattern[i + 1];
  if (c === void 0) throw new RegexSyntaxError("trailing backslash at end of expression", "");
  switch (c) {
    case "d":
    case "D":
    case "w":
    case "W":
    case "f":
    case "n":
    case "r":
    case "t":
    case "v":
      return ["\\" + c, i + 2];
    case "b":
    case "B":
      if (inClass) throw new RegexSyntaxError("invalid escape sequence", "\\" + c);
      return ["\\" + c, i + 2];
    case "s":
      return [inClass ? GO_SPACE_CLASS : `[${GO_SPACE_CLASS}]`, i + 2];
    case "S":
      if (inClass) throw new Untranslatable();
      return [`[^${GO_SPACE_CLASS}]`, i + 2];
    case "a":
      return ["\\x07", i + 2];
    case "A":
      if (inClass) throw new RegexSyntaxError("invalid escape sequence", "\\A");
      return ["(?<![\\s\\S])", i + 2];
    case "z":
      if (inClass) throw new RegexSyntaxError("invalid escape sequence", "\\z");
      return ["(?![\\s\\S])", i + 2];
    case "Q": {
      const end = pattern.indexOf("\\E", i + 2);
      const literal2 = pattern.slice(i + 2, end < 0 ? void 0 : end);
      const text = [...literal2].map((ch) => JS_SYNTAX.includes(ch) || ch === "-" ? "\\" + ch : ch).join("");
      return [text, end < 0 ? pattern.length : end + 2];
    }
    case "x": {
      const braced = /^\\x\{([0-9A-Fa-f]+)\}/.exec(pattern.slice(i));
      if (braced) {
        if (parseInt(braced[1], 16) > 1114111) throw new RegexSyntaxError("invalid escape sequence", braced[0]);
        return [`\\u{${braced[1]}}`, i + braced[0].length];
      }
      const two = /^\\x[0-9A-Fa-f]{2}/.exec(pattern.slice(i));
      if (two) return [two[0], i + 4];
      throw new RegexSyntaxError("invalid escape sequence", pattern.slice(i, i + 4));
    }
    case "p":
    case "P": {
      const m = /^\\[pP](\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(pattern.slice(i));
      if (!m) throw new RegexSyntaxError("invalid character class range", pattern.slice(i, i + 3));
      const name = m[3] ?? m[4];
      const negated = c === "P" !== (m[2] === "^");
      let body;
      if (name === "Any") {
        if (inClass) throw new Untranslatable();
        return [negated ? "[^\\s\\S]" : "[\\s\\S]", i + m[0].length];
      }
      if (GENERAL_CATEGORIES.has(name)) body = name;
      else body = `Script=${name}`;
      const text = `\\${negated ? "P" : "p"}{${body}}`;
      try {
        new RegExp(text, "u");
      } catch {
        throw new RegexSyntaxError("invalid character class range", m[0]);
      }
      return [text, i + m[0].length];
    }
    default:
      break;
  }
  if (/[0-7]/.test(c)) {
    const oct = /^\\([0-7]{1,3})/.exec(pattern.slice(i));
    if (c !== "0" && oct[1].length === 1) throw new RegexSyntaxError("invalid escape sequence", "\\" + c);
    return [`\\u{${parseInt(oct[1], 8).toString(16)}}`, i + oct[0].length];
  }
  if (/[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(c)) {
    return [JS_SYNTAX.includes(c) || inClass && c === "-" ? "\\" + c : c, i + 2];
  }
  throw new RegexSyntaxError("invalid escape sequence", "\\" + c);
}
function execAt(t, s, pos) {
  if (t.re2) {
    const m2 = t.re2.matcher(s);
    if (!m2.find(pos)) return void 0;
    const spans2 = [m2.start(), m2.end()];
    for (let g = 1; g <= m2.groupCount(); g++) spans2.push(m2.start(g), m2.end(g));
    return spans2;
  }
  const re = t.re;
  re.lastIndex = pos;
  const m = re.exec(s);
  if (!m) return void 0;
  const spans = [m.index, m.index + m[0].length];
  const indices = m.indices;
  for (let g = 1; g < m.length; g++) {
    const span = indices?.[g];
    spans.push(span ? span[0] : -1, span ? span[1] : -1);
  }
  return spans;
}
var charWidth = (s, pos) => pos < s.length ? String.fromCodePoint(s.codePointAt(pos)).length : 1;
function findAll(t, s) {
  const out = [];
  let pos = 0;
  let prevMatchEnd = -1;
  while (pos <= s.length) {
    const m = execAt(t, s, pos);
    if (!m) break;
    let accept = true;
    if (m[1] === pos) {
      if (m[0] === prevMatchEnd) accept = false;
      pos += charWidth(s, pos);
    } else {
      pos = m[1];
    }
    prevMatchEnd = m[1];
    if (accept) out.push(m);
  }
  return out;
}
function expand(template, s, m, groups) {
  let out = "";
  let rest = template;
  for (; ; ) {
    const at = rest.indexOf("$");
    if (at < 0) break;
    out += rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (rest.startsWith("$")) {
      out += "$";
      rest = rest.slice(1);
      continue;
    }
    const ref = /^(?:\{([\p{L}\p{Nd}_]+)\}|([\p{L}\p{Nd}_]+))/u.exec(rest);
    if (!ref) {
      out += "$";
      continue;
    }
    rest = rest.slice(ref[0].length);
    const name = ref[1] ?? ref[2];
    let num = /^\d+$/.test(name) && name.length <= 8 && !(name.length > 1 && name[0] === "0") ? Number(name) : -1;
    if (num < 0) num = groups.indexOf(name) + 1 || -1;
    if (num >= 0 && 2 * num + 1 < m.length && m[2 * num] >= 0) out += s.slice(m[2 * num], m[2 * num + 1]);
  }
  return out + rest;
}
function replaceAll(t, s, template) {
  const groups = t.groups;
  let out = "";
  let lastMatchEnd = 0;
  let searchPos = 0;
  while (searchPos <= s.length) {
    const m = execAt(t, s, searchPos);
    if (!m) break;
    out += s.slice(lastMatchEnd, m[0]);
    if (m[1] > lastMatchEnd || m[0] === 0) out += expand(template, s, m, groups);
    lastMatchEnd = m[1];
    const width = searchPos < s.length ? charWidth(s, searchPos) : 0;
    if (searchPos + width > m[1]) searchPos += width;
    else if (searchPos + 1 > m[1]) searchPos++;
    else searchPos = m[1];
  }
  return out + s.slice(lastMatchEnd);
}
function compileForRegex(call, pattern) {
  try {
    const t = translate(pattern);
    const named = t.groups.filter((g) => g !== void 0).length;
    if (named > 0 && named < t.groups.length) {
      throw call.argError(0, "invalid regexp pattern: cannot mix both named and unnamed capture groups");
    }
    return t;
  } catch (e) {
    if (e instanceof RegexSyntaxError) throw call.argError(0, `invalid regexp pattern: ${e.code} in ${e.expr}`);
    if (e instanceof Untranslatable) unsupported(call, pattern);
    throw e;
  }
}
function unsupported(call, pattern) {
  call.propagate(unknown(`${call.fn}(\u2026)`, { reason: `regular expression ${JSON.stringify(pattern)} uses RE2 syntax not evaluated statically` }));
}
function matchResult(t, s, m) {
  if (t.groups.length === 0) return s.slice(m[0], m[1]);
  const values = t.groups.map((_, g) => m[2 + 2 * g] >= 0 ? s.slice(m[2 + 2 * g], m[3 + 2 * g]) : null);
  if (t.groups[0] === void 0) return values;
  const map = {};
  const order = t.groups.map((name, g) => [name, g]).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
  for (const [name, g] of order) setEntry(map, name, values[g]);
  return map;
}
var REGEX_FUNCTIONS = [
  /** regex(pattern, string): the first match; a string, a list of groups or a map of named groups. */
  builtin("regex", { params: ["pattern", "string"] }, (call) => {
    const t = compileForRegex(call, call.string(0));
    const s = call.string(1);
    const m = execAt(t, s, 0);
    if (!m) throw call.fail("pattern did not match any part of the given string");
    return matchResult(t, s, m);
  }),
  /** regexall(pattern, string): a list of all matches, each as regex() would return it. */
  builtin("regexall", { params: ["pattern", "string"] }, (call) => {
    const t = compileForRegex(call, call.string(0));
    const s = call.string(1);
    return findAll(t, s).map((m) => matchResult(t, s, m));
  }),
  /** replace(string, substring, replacement): plain text, or an RE2 regex when written `/\u{2026}/`. */
  builtin("replace", { params: ["str", "substr", "replace"] }, (call) => {
    const [s, sub, repl] = [call.string(0), call.string(1), call.string(2)];
    if (sub.length > 1 && sub.startsWith("/") && sub.endsWith("/")) {
      const pattern = sub.slice(1, -1);
      let t;
      try {
        t = translate(pattern);
      } catch (e) {
        if (e instanceof RegexSyntaxError) throw call.fail(`error parsing regexp: ${e.message}`);
        if (e instanceof Untranslatable) unsupported(call, pattern);
        throw e;
      }
      return replaceAll(t, s, repl);
    }
    if (sub === "") return s === "" ? repl : repl + [...s].join(repl) + repl;
    return s.split(sub).join(repl);
  })
];

// src/scanners/terraform/functions/sets.ts
function setArguments(call) {
  const sets = call.args.map((_, i) => {
    const v = call.notNull(i);
    if (!Array.isArray(v)) throw call.argError(i, `set of dynamic required, but have ${friendlyName(v)}`);
    return v;
  });
  const unified = unifyElements(sets.flat());
  if (!unified) throw call.fail("given sets must all have compatible element types");
  const u = firstUnknown(unified);
  if (u) call.unknownResult("an element of a set (so which elements are distinct)", u);
  let offset = 0;
  return sets.map((s) => {
    const part = unified.slice(offset, offset + s.length);
    offset += s.length;
    return toSetOrder(part);
  });
}
var member = (set, v) => set.some((x) => valueEquals(x, v) === true);
var SET_FUNCTIONS = [
  /** setunion(sets...): every element of any of the sets. */
  builtin("setunion", { params: ["first_set"], variadic: "other_sets" }, (call) => toSetOrder(setArguments(call).flat())),
  /** setintersection(sets...): the elements present in all of the sets. */
  builtin("setintersection", { params: ["first_set"], variadic: "other_sets" }, (call) => {
    const [first, ...others] = setArguments(call);
    return first.filter((v) => others.every((o) => member(o, v)));
  }),
  /** setsubtract(a, b): the elements of a that are not in b. */
  builtin("setsubtract", { params: ["a", "b"] }, (call) => {
    const [a, b] = setArguments(call);
    return a.filter((v) => !member(b, v));
  }),
  /**
   * setproduct(sets...): every combination of one element from each argument, as tuples, the
   * last argument varying fastest. Lists keep their order; unknown elements are kept.
   */
  builtin("setproduct", { params: [], variadic: "sets" }, (call) => {
    if (call.args.length < 2) throw call.fail("at least two arguments are required");
    const lists = call.args.map((_, i) => {
      const v = call.notNull(i);
      if (!Array.isArray(v)) throw call.argError(i, "a set or a list is required");
      const unified = unifyElements(v);
      if (!unified) throw call.argError(i, "all elements must be of the same type");
      return unified;
    });
    const size = lists.reduce((n, list) => n * list.length, 1);
    if (size > MAX_COLLECTION_LENGTH) throw tooLarge(`setproduct(...) with ${size.toLocaleString("en-US")} combinations`);
    let product = [[]];
    for (const list of lists) product = product.flatMap((prefix) => list.map((v) => [...prefix, v]));
    return product;
  })
];

// src/scanners/terraform/functions/strings.ts
var GO_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var LEADING_SPACE = new RegExp(`^[${GO_SPACE}]+`);
var TRAILING_SPACE = new RegExp(`[${GO_SPACE}]+$`);
var IS_SPACE = new RegExp(`^[${GO_SPACE}]$`);
function mapCase(s, map) {
  let out = "";
  for (const c of s) {
    const m = map(c);
    out += [...m].length === 1 ? m : c;
  }
  return out;
}
function goTitle(s) {
  const isSeparator = (c) => {
    if (c.charCodeAt(0) <= 127 && c.length === 1) return !/[0-9A-Za-z_]/.test(c);
    if (/[\p{L}\p{Nd}]/u.test(c)) return false;
    return IS_SPACE.test(c);
  };
  let prev = " ";
  let out = "";
  for (const c of s) {
    out += isSeparator(prev) ? mapCase(c, (x) => x.toUpperCase()) : c;
    prev = c;
  }
  return out;
}
function goTrim(s, cutset) {
  if (cutset === "") return s;
  const cut = new Set(cutset);
  const chars = [...s];
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start])) start++;
  while (end > start && cut.has(chars[end - 1])) end--;
  return chars.slice(start, end).join("");
}
var STRING_FUNCTIONS = [
  /** join(separator, lists...): concatenates the elements of all the lists; nulls are an error. */
  builtin("join", { params: ["separator"], variadic: "lists" }, (call) => {
    const sep2 = call.string(0);
    if (call.args.length < 2) throw call.fail("at least one list is required");
    const lists = call.args.slice(1).map((_, i) => call.stringElements(i + 1, `an element of list ${i + 1}`));
    const items = [];
    lists.forEach(
      (list, li) => list.forEach((s, ei) => {
        if (s === null) {
          const where = lists.length > 1 ? `element ${ei} of list ${li + 1}` : `element ${ei}`;
          throw call.argError(li + 1, `${where} is null; cannot concatenate null values`);
        }
        items.push(s);
      })
    );
    return items.join(sep2);
  }),
  /** split(separator, string): Go's strings.Split (an empty separator splits into characters). */
  builtin("split", { params: ["separator", "str"] }, (call) => {
    const sep2 = call.string(0);
    const str = call.string(1);
    return sep2 === "" ? Array.from(str) : str.split(sep2);
  }),
  builtin("lower", { params: ["str"] }, (call) => mapCase(call.string(0), (c) => c.toLowerCase())),
  builtin("upper", { params: ["str"] }, (call) => mapCase(call.string(0), (c) => c.toUpperCase())),
  /** title(string): the first letter of each word upper-cased (Go's strings.Title). */
  builtin("title", { params: ["str"] }, (call) => goTitle(call.string(0))),
  /** trimspace(string): removes Unicode white space from both ends. */
  builtin("trimspace", { params: ["str"] }, (call) => call.string(0).replace(LEADING_SPACE, "").replace(TRAILING_SPACE, "")),
  /** trim(string, cutset): removes any of the cutset's characters from both ends. */
  builtin("trim", { params: ["str", "cutset"] }, (call) => goTrim(call.string(0), call.string(1))),
  builtin("trimprefix", { params: ["str", "prefix"] }, (call) => {
    const [s, p] = [call.string(0), call.string(1)];
    return s.startsWith(p) ? s.slice(p.length) : s;
  }),
  builtin("trimsuffix", { params: ["str", "suffix"] }, (call) => {
    const [s, p] = [call.string(0), call.string(1)];
    return p !== "" && s.endsWith(p) ? s.slice(0, s.length - p.length) : s;
  }),
  /** chomp(string): removes all trailing newlines (\n or \r\n). */
  builtin("chomp", { params: ["str"] }, (call) => call.string(0).replace(/(?:\r\n?|\n)+$/, "")),
  /** indent(spaces, string): adds spaces after each newline (not before the first line). */
  builtin("indent", { params: ["spaces", "str"] }, (call) => {
    const spaces = call.int(0);
    const str = call.string(1);
    if (spaces < 0) throw call.fail("strings: negative Repeat count");
    const lines = str.split("\n");
    if ((lines.length - 1) * spaces + str.length > MAX_STRING_LENGTH) throw tooLarge(`indent(${spaces}, ...)`);
    return lines.join("\n" + " ".repeat(spaces));
  }),
  /**
   * substr(string, offset, length): in characters; a negative offset counts from the end,
   * length -1 means "to the end". Reproduces cty's quirks (offset past the end gives "").
   */
  builtin("substr", { params: ["str", "offset", "length"] }, (call) => {
    const chars = graphemes(call.string(0));
    let offset = call.int(1);
    const length = call.int(2);
    if (offset < 0) offset += chars.length;
    else if (length === 0) return "";
    if (offset > chars.length) return "";
    const sub = chars.slice(Math.max(offset, 0));
    if (length <= 0) return sub.join("");
    return sub.slice(0, length).join("");
  }),
  /** strrev(string): the characters (grapheme clusters) in reverse order. */
  builtin("strrev", { params: ["str"] }, (call) => graphemes(call.string(0)).reverse().join("")),
  /** startswith(string, prefix): true even for an unknown string when the prefix is "". */
  builtin("startswith", { params: ["str", "prefix"] }, (call) => {
    const prefix = call.string(1);
    const str = call.args[0] ?? null;
    if (isUnknown(str) && prefix === "") return true;
    return call.string(0).startsWith(prefix);
  }),
  builtin("endswith", { params: ["str", "suffix"] }, (call) => {
    const [s, suffix] = [call.string(0), call.string(1)];
    return s.endsWith(suffix);
  }),
  builtin("strcontains", { params: ["str", "substr"] }, (call) => {
    const [s, sub] = [call.string(0), call.string(1)];
    return s.includes(sub);
  })
];

// src/scanners/terraform/functions.ts
var TERRAFORM_FUNCTIONS = Object.freeze(
  Object.assign(
    /* @__PURE__ */ Object.create(null),
    Object.fromEntries([
      ...STRING_FUNCTIONS,
      ...FORMAT_FUNCTIONS,
      ...REGEX_FUNCTIONS,
      ...COLLECTION_FUNCTIONS,
      ...SET_FUNCTIONS,
      ...NUMBER_FUNCTIONS,
      ...CONVERSION_FUNCTIONS,
      ...ENCODING_FUNCTIONS,
      ...CIDR_FUNCTIONS
    ])
  )
);

// src/scanners/terraform/lexer.ts
var THREE = ["..."];
var TWO = ["==", "!=", "<=", ">=", "&&", "||", "=>"];
var ONE = "{}[](),.=:?+-*/%<>!~";
function isIdentStart(c, text, i) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95) return true;
  if (!(c >= 128)) return false;
  return /[\p{ID_Start}]/u.test(String.fromCodePoint(text.codePointAt(i)));
}
function isIdentPart(c, text, i) {
  if (c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45) return true;
  if (!(c >= 128)) return false;
  return /[\p{ID_Continue}]/u.test(String.fromCodePoint(text.codePointAt(i)));
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function identEnd(text, i) {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isIdentPart(c, text, i)) break;
    i += c >= 55296 && c <= 56319 ? 2 : 1;
  }
  return i;
}
var LONE_CR = "Invalid character: a carriage return without a line feed (classic Mac OS line endings), which Terraform does not accept as a line break; convert the file's line endings to LF or CRLF";
function skipTrivia(text, i) {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 65279) {
      i++;
    } else if (c === 35 || c === 47 && text.charCodeAt(i + 1) === 47) {
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13 && text.charCodeAt(i + 1) === 10) break;
        i++;
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf("*/", i + 2);
      if (close < 0) {
        return { type: "invalid", start: i, end: n, text: "/*", error: "Unterminated comment: this multi-line comment has no closing */" };
      }
      i = close + 2;
    } else {
      break;
    }
  }
  return i;
}
function lex(text, pos) {
  const skipped = skipTrivia(text, pos);
  if (typeof skipped !== "number") return skipped;
  const i = skipped;
  const n = text.length;
  if (i >= n) return { type: "eof", start: n, end: n, text: "" };
  const c = text.charCodeAt(i);
  if (c === 10) return { type: "nl", start: i, end: i + 1, text: "\n" };
  if (c === 13) {
    if (text.charCodeAt(i + 1) === 10) return { type: "nl", start: i, end: i + 2, text: "\n" };
    return { type: "invalid", start: i, end: i + 1, text: "\r", error: LONE_CR };
  }
  if (isIdentStart(c, text, i)) {
    let end = identEnd(text, i);
    while (text.charCodeAt(end) === 58 && text.charCodeAt(end + 1) === 58 && isIdentStart(text.charCodeAt(end + 2), text, end + 2)) {
      end = identEnd(text, end + 2);
    }
    return { type: "ident", start: i, end, text: text.slice(i, end) };
  }
  if (isDigit(c)) {
    let end = i;
    while (isDigit(text.charCodeAt(end))) end++;
    if (text.charCodeAt(end) === 46 && isDigit(text.charCodeAt(end + 1))) {
      end++;
      while (isDigit(text.charCodeAt(end))) end++;
    }
    const e = text.charCodeAt(end);
    if (e === 101 || e === 69) {
      let k = end + 1;
      const s = text.charCodeAt(k);
      if (s === 43 || s === 45) k++;
      if (isDigit(text.charCodeAt(k))) {
        while (isDigit(text.charCodeAt(k))) k++;
        end = k;
      }
    }
    return { type: "number", start: i, end, text: text.slice(i, end) };
  }
  if (c === 34) return { type: "oquote", start: i, end: i + 1, text: '"' };
  if (c === 60 && text.charCodeAt(i + 1) === 60) {
    let k = i + 2;
    const flush = text.charCodeAt(k) === 45;
    if (flush) k++;
    if (isIdentStart(text.charCodeAt(k), text, k)) {
      const end = identEnd(text, k);
      return { type: "heredoc", start: i, end, text: text.slice(k, end), flush };
    }
  }
  const three = text.slice(i, i + 3);
  if (THREE.includes(three)) return { type: "punct", start: i, end: i + 3, text: three };
  const two = text.slice(i, i + 2);
  if (TWO.includes(two)) return { type: "punct", start: i, end: i + 2, text: two };
  const one = text[i];
  if (ONE.includes(one)) return { type: "punct", start: i, end: i + 1, text: one };
  const cp = text.codePointAt(i);
  const ch = String.fromCodePoint(cp);
  return {
    type: "invalid",
    start: i,
    end: i + ch.length,
    text: ch,
    error: c === 39 ? 'Invalid character: single quotes are not valid; use double quotes (") to enclose strings' : `Invalid character ${JSON.stringify(ch)}: this character is not used within the language`
  };
}

// src/scanners/terraform/parser.ts
var MAX_DEPTH = 200;
var HclParseError = class extends Error {
  constructor(message, offset, endOffset = offset, limit = false) {
    super(message);
    this.offset = offset;
    this.endOffset = endOffset;
    this.limit = limit;
    this.name = "HclParseError";
  }
  offset;
  endOffset;
  limit;
};
var BINARY_LEVELS = [
  ["||"],
  ["&&"],
  ["==", "!="],
  ["<", ">", "<=", ">="],
  ["+", "-"],
  ["*", "/", "%"]
];
function describe(tok) {
  switch (tok.type) {
    case "eof":
      return "end of file";
    case "nl":
      return "newline";
    case "oquote":
      return "quoted string";
    case "heredoc":
      return "heredoc";
    default:
      return JSON.stringify(tok.text);
  }
}
var Parser = class {
  /** `bare`: the text is a template body (nothing is lexed until a sequence starts). */
  constructor(text, bare = false) {
    this.text = text;
    this.tok = bare ? { type: "eof", start: 0, end: 0, text: "" } : this.fetch(0);
  }
  text;
  tok;
  /** Top of stack: are newline tokens significant here? */
  nl = [true];
  depth = 0;
  parseTemplateBody() {
    return { kind: "template", parts: this.templateParts(0, this.text.length), quoted: false, stripIndent: 0, start: 0, end: this.text.length };
  }
  parseWholeExpression() {
    this.pushNl(false);
    this.tok = this.fetch(0);
    const expr = this.parseExpression();
    if (this.t().type !== "eof") this.fail(`Extra characters after expression: found ${describe(this.tok)}`);
    return expr;
  }
  // ---- token plumbing -------------------------------------------------------------------
  fetch(pos) {
    let t = lex(this.text, pos);
    if (!this.nl[this.nl.length - 1]) {
      while (t.type === "nl") t = lex(this.text, t.end);
    }
    return t;
  }
  /** The current token (a method, so TypeScript does not narrow it across advance()). */
  t() {
    return this.tok;
  }
  advance() {
    const t = this.tok;
    this.tok = this.fetch(t.end);
    return t;
  }
  peekAfter(t) {
    return this.fetch(t.end);
  }
  pushNl(include) {
    this.nl.push(include);
  }
  popNl() {
    this.nl.pop();
  }
  is(text) {
    return this.t().type === "punct" && this.t().text === text;
  }
  fail(message, tok = this.tok) {
    if (tok.type === "invalid" && tok.error) throw new HclParseError(tok.error, tok.start, tok.end);
    throw new HclParseError(message, tok.start, tok.end);
  }
  expect(text, context) {
    if (!this.is(text)) this.fail(`${context}: expected ${JSON.stringify(text)}, found ${describe(this.tok)}`);
    return this.advance();
  }
  enter(at) {
    if (++this.depth > MAX_DEPTH) {
      throw new HclParseError(`Nesting too deep: more than ${MAX_DEPTH} levels of blocks or expressions; driftless does not read files nested this deeply`, at, at, true);
    }
  }
  leave() {
    this.depth--;
  }
  // ---- bodies ----------------------------------------------------------------------------
  /**
   * Parses the whole file. After a syntax error, parsing resumes at the next line that starts
   * with an identifier in column 1 (the usual start of a top-level block), so the blocks after
   * a construct we cannot read are still recovered; the first error is returned.
   */
  parseFile() {
    const items = [];
    let error;
    for (; ; ) {
      try {
        for (; ; ) {
          while (this.t().type === "nl") this.advance();
          if (this.t().type === "eof") break;
          if (this.is("}")) this.fail('Unexpected "}": there is no block to close here');
          items.push(this.parseItem(true));
        }
        break;
      } catch (e) {
        if (!(e instanceof HclParseError)) throw e;
        error ??= e;
        const resume = this.resyncAfter(Math.max(e.offset, this.tok.start));
        if (resume < 0) break;
        this.nl = [true];
        this.depth = 0;
        this.tok = this.fetch(resume);
      }
    }
    const body = { start: 0, end: this.text.length, items };
    return error ? { body, error } : { body };
  }
  resyncAfter(offset) {
    const re = /\n(?=[A-Za-z_])/g;
    re.lastIndex = offset;
    const m = re.exec(this.text);
    return m ? m.index + 1 : -1;
  }
  /** Parses items until `}` (not consumed). */
  parseBodyItems(openBrace) {
    const items = [];
    for (; ; ) {
      while (this.t().type === "nl") this.advance();
      if (this.t().type === "eof") {
        throw new HclParseError("Unclosed configuration block: there is no closing brace for this block", openBrace.start, openBrace.end);
      }
      if (this.is("}")) return items;
      items.push(this.parseItem(false));
    }
  }
  parseItem(topLevel) {
    const nameTok = this.tok;
    if (nameTok.type !== "ident" || nameTok.text.includes("::")) {
      this.fail(`Argument or block definition required: an argument or block definition is required here, found ${describe(nameTok)}`);
    }
    this.advance();
    if (this.is("=")) {
      this.advance();
      const expr = this.parseExpression();
      const attr = { type: "attribute", name: nameTok.text, nameEnd: nameTok.end, expr, start: nameTok.start, end: expr.end };
      this.endOfItem("argument", topLevel);
      return attr;
    }
    const labels = [];
    for (; ; ) {
      if (this.t().type === "oquote") {
        const t = this.parseQuotedTemplate();
        if (t.parts.some((p) => p.kind !== "literal")) {
          throw new HclParseError("Invalid block label: template sequences are not allowed in block labels", t.start, t.end);
        }
        labels.push({ start: t.start, end: t.end, value: t.parts.map((p) => decodeLiteral(this.text, p.start, p.end, true)).join("") });
      } else if (this.t().type === "ident") {
        const t = this.advance();
        labels.push({ start: t.start, end: t.end, value: t.text });
      } else break;
    }
    if (!this.is("{")) {
      if (labels.length === 0 && this.t().type !== "invalid") {
        this.fail(`Invalid argument or block: an equals sign ("=") must follow an argument name, or a block must open with "{"; found ${describe(this.tok)}`);
      }
      this.fail(`Invalid block definition: a block definition must have a block content delimited by "{" and "}", starting on the same line as the block header; found ${describe(this.tok)}`);
    }
    const open = this.advance();
    this.enter(open.start);
    const items = this.parseBodyItems(open);
    this.leave();
    const close = this.advance();
    const block = {
      type: "block",
      blockType: nameTok.text,
      labels,
      headerEnd: open.end,
      body: { start: open.end, end: close.start, items },
      start: nameTok.start,
      end: close.end
    };
    this.endOfItem("block", topLevel);
    return block;
  }
  endOfItem(what, topLevel) {
    if (this.t().type === "nl") {
      this.advance();
      return;
    }
    if (this.t().type === "eof") return;
    if (!topLevel && this.is("}")) return;
    this.fail(`Missing newline after ${what}: an ${what === "block" ? "block definition" : "argument definition"} must end with a newline; found ${describe(this.tok)}`);
  }
  // ---- expressions -----------------------------------------------------------------------
  parseExpression() {
    this.enter(this.tok.start);
    const condition = this.parseBinary(0);
    let result = condition;
    if (this.is("?")) {
      this.advance();
      const whenTrue = this.parseExpression();
      this.expect(":", "Missing false expression in conditional");
      const whenFalse = this.parseExpression();
      result = { kind: "conditional", condition, whenTrue, whenFalse, start: condition.start, end: whenFalse.end };
    }
    this.leave();
    return result;
  }
  parseBinary(level) {
    if (level >= BINARY_LEVELS.length) return this.parseUnary();
    const ops = BINARY_LEVELS[level];
    let left = this.parseBinary(level + 1);
    while (this.t().type === "punct" && ops.includes(this.t().text)) {
      const op = this.advance().text;
      const right = this.parseBinary(level + 1);
      left = { kind: "binary", op, left, right, start: left.start, end: right.end };
    }
    return left;
  }
  parseUnary() {
    if (this.is("!") || this.is("-")) {
      const op = this.advance();
      this.enter(op.start);
      const operand = this.parseUnary();
      this.leave();
      return { kind: "unary", op: op.text, operand, start: op.start, end: operand.end };
    }
    return this.parsePostfix(this.parsePrimary());
  }
  parsePostfix(expr) {
    for (; ; ) {
      if (this.is(".")) {
        const dot = this.advance();
        const t = this.tok;
        if (t.type === "ident" && !t.text.includes("::")) {
          this.advance();
          expr = { kind: "getattr", target: expr, name: t.text, start: expr.start, end: t.end };
        } else if (t.type === "number" && /^\d+$/.test(t.text)) {
          this.advance();
          const key = { kind: "literal", value: Number(t.text), start: t.start, end: t.end };
          expr = { kind: "index", target: expr, key, start: expr.start, end: t.end };
        } else if (t.type === "number" && /^\d+\.\d+$/.test(t.text)) {
          this.advance();
          const [a, b] = t.text.split(".");
          const k1 = { kind: "literal", value: Number(a), start: t.start, end: t.start + a.length };
          expr = { kind: "index", target: expr, key: k1, start: expr.start, end: k1.end };
          const k2 = { kind: "literal", value: Number(b), start: k1.end + 1, end: t.end };
          expr = { kind: "index", target: expr, key: k2, start: expr.start, end: t.end };
        } else if (this.is("*")) {
          const star = this.advance();
          expr = { kind: "splat", target: expr, legacy: true, start: expr.start, end: star.end };
        } else {
          this.fail(`Invalid attribute name: an attribute name is required after a dot, found ${describe(t)}`, t.type === "eof" ? dot : t);
        }
      } else if (this.is("[")) {
        const open = this.tok;
        this.pushNl(false);
        this.advance();
        if (this.is("*")) {
          this.advance();
          if (!this.is("]")) {
            this.popNl();
            this.fail(`Invalid splat: expected "]" after "[*", found ${describe(this.tok)}`);
          }
          this.popNl();
          const close = this.advance();
          expr = { kind: "splat", target: expr, legacy: false, start: expr.start, end: close.end };
        } else {
          const key = this.parseExpression();
          if (!this.is("]")) this.fail(`Missing close bracket on index: the index operator must end with a closing bracket ("]"), found ${describe(this.tok)}`);
          this.popNl();
          const close = this.advance();
          expr = { kind: "index", target: expr, key, start: expr.start, end: close.end };
          void open;
        }
      } else {
        return expr;
      }
    }
  }
  parsePrimary() {
    const t = this.tok;
    switch (t.type) {
      case "number": {
        this.advance();
        return { kind: "literal", value: Number(t.text), start: t.start, end: t.end };
      }
      case "ident": {
        if (t.text === "true" || t.text === "false" || t.text === "null") {
          this.advance();
          return { kind: "literal", value: t.text === "null" ? null : t.text === "true", start: t.start, end: t.end };
        }
        this.advance();
        if (this.is("(")) return this.parseCall(t);
        if (t.text.includes("::")) this.fail(`Missing function call arguments: expected "(" after the function name ${JSON.stringify(t.text)}`);
        return { kind: "variable", name: t.text, start: t.start, end: t.end };
      }
      case "oquote":
        return this.parseQuotedTemplate();
      case "heredoc":
        return this.parseHeredoc();
      case "punct": {
        if (t.text === "(") {
          this.pushNl(false);
          this.advance();
          const inner = this.parseExpression();
          if (!this.is(")")) this.fail(`Unbalanced parentheses: expected a closing parenthesis, found ${describe(this.tok)}`);
          this.popNl();
          const close = this.advance();
          return { kind: "paren", inner, start: t.start, end: close.end };
        }
        if (t.text === "[") return this.parseTuple();
        if (t.text === "{") return this.parseObject();
        break;
      }
      default:
        break;
    }
    this.fail(`Invalid expression: expected the start of an expression, but found ${describe(t)}`);
  }
  parseCall(nameTok) {
    this.pushNl(false);
    this.advance();
    const args = [];
    let expandFinal = false;
    while (!this.is(")")) {
      if (this.t().type === "eof") this.fail(`Unterminated function call: expected ")" to close the call to ${nameTok.text}`);
      args.push(this.parseExpression());
      if (this.is("...")) {
        this.advance();
        expandFinal = true;
        if (!this.is(")")) this.fail(`Missing closing parenthesis: an expanded function argument (with "...") must be the last argument`);
        break;
      }
      if (this.is(",")) {
        this.advance();
        continue;
      }
      if (!this.is(")")) this.fail(`Missing argument separator: a comma is required to separate function arguments, found ${describe(this.tok)}`);
    }
    this.popNl();
    const close = this.advance();
    return { kind: "call", name: nameTok.text, args, expandFinal, start: nameTok.start, end: close.end };
  }
  isForIntro() {
    if (this.t().type !== "ident" || this.t().text !== "for") return false;
    return this.peekAfter(this.tok).type === "ident";
  }
  parseTuple() {
    const open = this.tok;
    this.pushNl(false);
    this.advance();
    if (this.isForIntro()) return this.parseFor(open, false);
    const items = [];
    while (!this.is("]")) {
      if (this.t().type === "eof") this.fail(`Unterminated tuple: expected "]" to close the list started here`, open);
      items.push(this.parseExpression());
      if (this.is(",")) {
        this.advance();
        continue;
      }
      if (!this.is("]")) this.fail(`Missing item separator: expected a comma or "]" after a list item, found ${describe(this.tok)}`);
    }
    this.popNl();
    const close = this.advance();
    return { kind: "tuple", items, start: open.start, end: close.end };
  }
  parseObject() {
    const open = this.tok;
    this.pushNl(true);
    this.advance();
    while (this.t().type === "nl") this.advance();
    if (this.isForIntro()) {
      this.popNl();
      this.pushNl(false);
      return this.parseFor(open, true);
    }
    const items = [];
    for (; ; ) {
      while (this.t().type === "nl") this.advance();
      if (this.is("}")) break;
      if (this.t().type === "eof") this.fail(`Unterminated object: expected "}" to close the object started here`, open);
      this.pushNl(false);
      const key = this.parseBinary(0);
      if (!this.is("=") && !this.is(":")) {
        this.popNl();
        this.fail(`Missing key/value separator: expected an equals sign ("=") after the object key, found ${describe(this.tok)}`);
      }
      this.popNl();
      this.advance();
      const value = this.parseExpression();
      items.push({ key, value, start: key.start, end: value.end });
      if (this.is(",")) {
        this.advance();
        continue;
      }
      if (this.t().type === "nl") continue;
      if (this.is("}")) break;
      this.fail(`Missing attribute separator: expected a newline or comma to mark the beginning of the next attribute, found ${describe(this.tok)}`);
    }
    this.popNl();
    const close = this.advance();
    return { kind: "object", items, start: open.start, end: close.end };
  }
  /** Called with the current token on `for` (newlines already ignored). */
  parseFor(open, object) {
    this.advance();
    const first = this.tok;
    if (first.type !== "ident") this.fail("Invalid for expression: expected an iterator variable name");
    this.advance();
    let keyVar;
    let valueVar = first.text;
    if (this.is(",")) {
      this.advance();
      const second = this.tok;
      if (second.type !== "ident") this.fail("Invalid for expression: expected a value variable name after the comma");
      this.advance();
      keyVar = first.text;
      valueVar = second.text;
    }
    if (!(this.t().type === "ident" && this.t().text === "in")) this.fail(`Invalid for expression: expected "in" after the iterator variables, found ${describe(this.tok)}`);
    this.advance();
    const collection = this.parseExpression();
    this.expect(":", "Invalid for expression");
    let keyExpr;
    let valueExpr = this.parseExpression();
    let group = false;
    if (object) {
      if (!this.is("=>")) this.fail(`Invalid for expression: an object for expression needs "=>" between key and value, found ${describe(this.tok)}`);
      this.advance();
      keyExpr = valueExpr;
      valueExpr = this.parseExpression();
      if (this.is("...")) {
        this.advance();
        group = true;
      }
    }
    let condition;
    if (this.t().type === "ident" && this.t().text === "if") {
      this.advance();
      condition = this.parseExpression();
    }
    const closeText = object ? "}" : "]";
    if (!this.is(closeText)) this.fail(`Invalid for expression: expected ${JSON.stringify(closeText)} to end the for expression, found ${describe(this.tok)}`);
    this.popNl();
    const close = this.advance();
    const result = { kind: "for", object, valueVar, collection, valueExpr, group, start: open.start, end: close.end };
    if (keyVar !== void 0) result.keyVar = keyVar;
    if (keyExpr) result.keyExpr = keyExpr;
    if (condition) result.condition = condition;
    return result;
  }
  // ---- templates -------------------------------------------------------------------------
  /** Current token is `"`. Scans characters directly until the closing quote. */
  parseQuotedTemplate() {
    const open = this.tok;
    const text = this.text;
    const parts = [];
    let i = open.end;
    let litStart = i;
    const n = text.length;
    for (; ; ) {
      if (i >= n) throw new HclParseError('Unterminated template string: no closing quote (") for this string', open.start, open.end);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 10 || c === 13) {
        throw new HclParseError("Invalid multi-line string: quoted strings may not be split over multiple lines; use a heredoc or the join function", i, i + 1);
      }
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) i += 6;
        else if (e === 85) i += 10;
        else if (e === 110 || e === 114 || e === 116 || e === 34 || e === 92) i += 2;
        else throw new HclParseError(`Invalid escape sequence: the symbol ${JSON.stringify(text[i + 1] ?? "")} is not a valid escape sequence selector`, i, i + 2);
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
        i += 3;
        continue;
      }
      const r = this.templateSequence(i, parts, litStart);
      if (r !== void 0) {
        i = r;
        litStart = i;
        continue;
      }
      i++;
    }
    if (i > litStart || parts.length === 0) parts.push({ kind: "literal", start: litStart, end: i });
    this.tok = this.fetch(i + 1);
    return { kind: "template", parts, quoted: true, stripIndent: 0, start: open.start, end: i + 1 };
  }
  /** The literal parts and `${\u{2026}}` / `%{\u{2026}}` sequences of template text between `start` and `end` (a heredoc body, a JSON string). */
  templateParts(start, end) {
    const text = this.text;
    const parts = [];
    let litStart = start;
    let i = start;
    while (i < end) {
      const r = this.templateSequence(i, parts, litStart);
      if (r !== void 0) {
        if (r > end) throw new HclParseError("Unterminated template interpolation inside the heredoc", i, i + 2);
        i = r;
        litStart = i;
        continue;
      }
      const c = text.charCodeAt(i);
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) i += 3;
      else i++;
    }
    if (end > litStart || parts.length === 0) parts.push({ kind: "literal", start: litStart, end });
    return parts;
  }
  /**
   * At offset `i` inside a template: handles `$${`/`%%{` escapes (returns undefined: literal),
   * and `${ ... }` / `%{ ... }` sequences (flushes the literal before, returns the offset after).
   */
  templateSequence(i, parts, litStart) {
    const text = this.text;
    const c = text.charCodeAt(i);
    if (c !== 36 && c !== 37) return void 0;
    const d = text.charCodeAt(i + 1);
    if (d !== 123) return void 0;
    if (i > litStart) parts.push({ kind: "literal", start: litStart, end: i });
    let pos = i + 2;
    const stripLeft = text.charCodeAt(pos) === 126;
    if (stripLeft) pos++;
    this.pushNl(false);
    this.tok = this.fetch(pos);
    let part;
    if (c === 36) {
      const expr = this.parseExpression();
      part = { kind: "interpolation", expr, start: i, end: 0 };
    } else {
      const kw = this.tok;
      if (kw.type !== "ident") this.fail("Invalid template directive: expected if, else, endif, for or endfor");
      this.advance();
      const exprs = [];
      const names = [];
      if (kw.text === "if") exprs.push(this.parseExpression());
      else if (kw.text === "for") {
        while (this.t().type === "ident" && this.t().text !== "in") {
          names.push(this.advance().text);
          if (this.is(",")) this.advance();
        }
        if (!(this.t().type === "ident" && this.t().text === "in")) this.fail(`Invalid template directive: expected "in", found ${describe(this.tok)}`);
        if (names.length === 0 || names.length > 2) this.fail('Invalid template directive: a for directive needs one or two iterator names before "in"');
        this.advance();
        exprs.push(this.parseExpression());
      } else if (kw.text !== "else" && kw.text !== "endif" && kw.text !== "endfor") {
        this.fail(`Invalid template directive: ${JSON.stringify(kw.text)} is not a template directive keyword`, kw);
      }
      const directive = { kind: "directive", keyword: kw.text, exprs, start: i, end: 0 };
      if (names.length === 2) {
        directive.keyVar = names[0];
        directive.valueVar = names[1];
      } else if (names.length === 1) directive.valueVar = names[0];
      part = directive;
    }
    if (stripLeft) part.stripLeft = true;
    if (this.is("~")) {
      this.advance();
      part.stripRight = true;
    }
    if (!this.is("}")) this.fail(`Extra characters after interpolation expression: expected a closing brace to end the interpolation, found ${describe(this.tok)}`);
    this.popNl();
    part.end = this.tok.end;
    parts.push(part);
    return this.tok.end;
  }
  parseHeredoc() {
    const open = this.tok;
    const text = this.text;
    const marker = open.text;
    let i = open.end;
    if (text.charCodeAt(i) === 13) i++;
    if (text.charCodeAt(i) !== 10) {
      throw new HclParseError("Invalid heredoc: the heredoc marker must be followed by a newline", open.end, open.end + 1);
    }
    const bodyStart = i + 1;
    let lineStart = bodyStart;
    let closeStart = -1;
    let closeEnd = -1;
    const n = text.length;
    while (lineStart <= n) {
      let lineEnd = text.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = n;
      let a = lineStart;
      while (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9) a++;
      let b = lineEnd;
      if (text.charCodeAt(b - 1) === 13) b--;
      let bt = b;
      while (bt > a && (text.charCodeAt(bt - 1) === 32 || text.charCodeAt(bt - 1) === 9)) bt--;
      if (bt - a === marker.length && text.startsWith(marker, a)) {
        closeStart = lineStart;
        closeEnd = a + marker.length;
        break;
      }
      if (lineEnd >= n) break;
      lineStart = lineEnd + 1;
    }
    if (closeStart < 0) {
      throw new HclParseError(`Unterminated template string: the heredoc has no closing marker ${JSON.stringify(marker)}`, open.start, open.end);
    }
    let stripIndent = 0;
    if (open.flush) {
      let min = Infinity;
      let ls = bodyStart;
      while (ls < closeStart) {
        let le = text.indexOf("\n", ls);
        if (le < 0 || le > closeStart) le = closeStart;
        let a = ls;
        while (a < le && (text.charCodeAt(a) === 32 || text.charCodeAt(a) === 9)) a++;
        const blank = a >= le || text.charCodeAt(a) === 13 && a + 1 >= le;
        if (!blank) min = Math.min(min, a - ls);
        ls = le + 1;
      }
      stripIndent = min === Infinity ? 0 : min;
    }
    const parts = this.templateParts(bodyStart, closeStart);
    this.tok = this.fetch(closeEnd);
    return { kind: "template", parts, quoted: false, stripIndent, start: open.start, end: closeEnd };
  }
};
function decodeLiteral(text, start, end, quoted, stripIndent = 0, atLineStart = false, map) {
  let out = "";
  let i = start;
  let lineStart = atLineStart;
  while (i < end) {
    if (lineStart && stripIndent > 0) {
      let k = 0;
      while (k < stripIndent && i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
        i++;
        k++;
      }
      lineStart = false;
      if (i >= end) break;
    }
    const c = text.charCodeAt(i);
    if (quoted && c === 92) {
      const e = text[i + 1];
      let ch;
      let len = 2;
      switch (e) {
        case "n":
          ch = "\n";
          break;
        case "r":
          ch = "\r";
          break;
        case "t":
          ch = "	";
          break;
        case '"':
          ch = '"';
          break;
        case "\\":
          ch = "\\";
          break;
        case "u":
          ch = String.fromCodePoint(parseInt(text.slice(i + 2, i + 6), 16) || 0);
          len = 6;
          break;
        case "U": {
          const cp = parseInt(text.slice(i + 2, i + 10), 16);
          ch = String.fromCodePoint(Number.isFinite(cp) && cp <= 1114111 ? cp : 65533);
          len = 10;
          break;
        }
        default:
          ch = e ?? "";
          break;
      }
      if (map) for (let k = 0; k < ch.length; k++) map.push(i);
      out += ch;
      i += len;
      continue;
    }
    if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
      if (map) map.push(i + 1, i + 2);
      out += c === 36 ? "${" : "%{";
      i += 3;
      continue;
    }
    if (map) map.push(i);
    out += text[i];
    if (c === 10) lineStart = true;
    i++;
  }
  if (map) map.push(i);
  return out;
}
function parseHcl(text) {
  return new Parser(text).parseFile();
}
function parseTemplateText(text) {
  return new Parser(text, true).parseTemplateBody();
}
function parseExpressionText(text) {
  return new Parser(text).parseWholeExpression();
}

// src/scanners/terraform/evaluate.ts
var NON_DETERMINISTIC = /* @__PURE__ */ new Set(["timestamp", "plantimestamp", "uuid", "uuidv4", "bcrypt"]);
var MACHINE = /* @__PURE__ */ new Set(["abspath", "pathexpand"]);
var NOT_EVALUATED = /* @__PURE__ */ new Set([
  "basename",
  "dirname",
  "fileset",
  "filemd5",
  "filesha1",
  "filesha256",
  "filesha512",
  "filebase64sha256",
  "filebase64sha512",
  "formatdate",
  "timeadd",
  "timecmp",
  "csvdecode",
  "textencodebase64",
  "textdecodebase64",
  "base64gzip",
  "uuidv5",
  "issensitive",
  "ephemeralasnull",
  "templatestring",
  "type"
]);
var MAX_DEPTH2 = 200;
var MAX_ORIGINS = 8;
function primitiveText(v) {
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? toTerraformString(v) : void 0;
}
function mergeOrigins(a, b) {
  if (!b?.length) return a;
  if (!a?.length) return b;
  const out = [...a];
  for (const o of b) {
    if (out.length >= MAX_ORIGINS && o.kind !== "instance-key") continue;
    if (!out.some((x) => x.file === o.file && x.range.start.line === o.range.start.line && x.range.start.column === o.range.start.column)) out.push(o);
  }
  return out;
}
function allOrigins(node, out = [], depth = 0) {
  if (node.origins) {
    for (const o of node.origins) if ((out.length < MAX_ORIGINS || o.kind === "instance-key") && !out.includes(o)) out.push(o);
  }
  if (node.children && depth < 32) for (const c of Object.values(node.children)) allOrigins(c, out, depth + 1);
  return out;
}
function detach(node, extra) {
  const out = {};
  const origins = mergeOrigins(extra, node.origins);
  if (origins) out.origins = origins;
  if (node.children) {
    let children;
    for (const [k, c] of Object.entries(node.children)) {
      if (!hasOrigins(c)) continue;
      (children ??= {})[k] = detach(c);
    }
    if (children) out.children = children;
  }
  return out;
}
function hasOrigins(node, depth = 0) {
  if (node.origins?.length) return true;
  if (!node.children || depth > 32) return false;
  for (const c of Object.values(node.children)) if (hasOrigins(c, depth + 1)) return true;
  return false;
}
function toSourceNode(node, fallback) {
  const range2 = node.range ?? fallback;
  const out = { range: range2 };
  if (node.origins?.length) out.origins = node.origins;
  if (node.children) {
    const children = {};
    for (const [k, c] of Object.entries(node.children)) children[k] = toSourceNode(c, range2);
    out.children = children;
  }
  return out;
}
function child(parent, key) {
  const c = parent.children?.[key];
  if (!c) return parent.origins ? { origins: parent.origins } : {};
  if (!parent.origins) return c;
  const passed = c.origins?.length ? parent.origins.filter((o) => o.kind === "module-argument" || o.kind === "instance-key") : parent.origins;
  return passed.length ? { ...c, origins: mergeOrigins(c.origins, passed) } : c;
}
function typeName(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "list";
  if (isUnknown(v)) return "unknown";
  if (typeof v === "object") return "object";
  return typeof v === "boolean" ? "bool" : typeof v;
}
function equal(a, b) {
  if (isUnknown(a) || isUnknown(b)) return void 0;
  if (a === null || b === null) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    let unknownSeen = false;
    for (let i = 0; i < a.length; i++) {
      const e = equal(a[i], b[i]);
      if (e === false) return false;
      if (e === void 0) unknownSeen = true;
    }
    return unknownSeen ? void 0 : true;
  }
  if (typeof a === "object" || typeof b === "object") {
    if (!isValueMap(a) || !isValueMap(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    let unknownSeen = false;
    for (const k of ka) {
      if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
      const e = equal(a[k], b[k]);
      if (e === false) return false;
      if (e === void 0) unknownSeen = true;
    }
    return unknownSeen ? void 0 : true;
  }
  return a === b;
}
function toBool(v, what) {
  if (typeof v === "boolean") return v;
  if (v === "true" || v === "false") return v === "true";
  throw new EvalError(`Invalid ${what}: a bool is required, not ${typeName(v)}`);
}
function toNumber(v, what) {
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  throw new EvalError(`Invalid operand: ${what} must be a number, not ${typeName(v)}`);
}
var Evaluator = class {
  constructor(context) {
    this.context = context;
  }
  context;
  /** Evaluates an expression of `file` with the given names bound. Throws EvalError. */
  evaluate(expr, file, names = /* @__PURE__ */ new Map(), space) {
    const frame = { file, names, depth: 0 };
    if (space) frame.space = space;
    return this.eval(expr, frame);
  }
  /** The expression's text as written. */
  sourceText(expr, file, space) {
    return (space?.text ?? file.text).slice(expr.start, expr.end);
  }
  /** The expression's range in its file. */
  rangeOf(expr, file, space) {
    if (!space) return file.lines.rangeOf(expr.start, expr.end);
    const at = (o) => space.offsets[o] ?? space.offsets[space.offsets.length - 1];
    return file.lines.rangeOf(at(expr.start), at(expr.end));
  }
  spanRange(start, end, f) {
    if (!f.space) return f.file.lines.rangeOf(start, end);
    const at = (o) => f.space.offsets[o] ?? f.space.offsets[f.space.offsets.length - 1];
    return f.file.lines.rangeOf(at(start), at(end));
  }
  text(expr, f) {
    return this.sourceText(expr, f.file, f.space);
  }
  range(expr, f) {
    return this.rangeOf(expr, f.file, expr.kind === "template" && expr.space ? void 0 : f.space);
  }
  unknownEv(expr, f, reason, origins, decoded) {
    const u = unknown(this.text(expr, f), decoded === void 0 ? { reason } : { decoded, reason });
    const node = { range: this.range(expr, f) };
    if (origins?.length) node.origins = origins;
    return { value: u, node };
  }
  /** An Unknown result relabelled with this expression's text, keeping what else it says (reason, decoded payload) and the origins of what made it unknown. */
  relabel(expr, f, from, origins) {
    const node = { range: this.range(expr, f) };
    if (origins?.length) node.origins = origins;
    return { value: { ...from, $unknown: this.text(expr, f) }, node };
  }
  /**
   * Records each evaluation refers to, collected per nesting level: an unknown built from
   * others (`"${local.bucket}-logs"`, `format("%s", aws_s3_bucket.b.id)`) keeps their refs, so
   * relations still see what it points at.
   */
  refStack = [];
  eval(expr, f) {
    const level = this.refStack.length;
    this.refStack.push(void 0);
    let ev;
    let refs;
    try {
      ev = this.evalExpr(expr, f);
    } finally {
      refs = this.refStack.pop();
    }
    const v = ev.value;
    if (isUnknown(v) && (v.refs || refs)) {
      const all = union(v.refs ? [...v.refs] : void 0, refs ?? []);
      if (all.length !== (v.refs?.length ?? 0)) ev = { value: { ...v, refs: all }, node: ev.node };
      refs = all;
    }
    if (refs && level > 0) this.refStack[level - 1] = union(this.refStack[level - 1], refs);
    return ev;
  }
  evalExpr(expr, f) {
    if (f.depth > MAX_DEPTH2) {
      this.limitReached(new LimitError(`driftless does not evaluate expressions nested more than ${MAX_DEPTH2} levels deep (each operator of a chain such as 1 + 1 + ... counts as one); the value is treated as unknown`), this.range(expr, f), f);
    }
    const inner = { ...f, depth: f.depth + 1 };
    switch (expr.kind) {
      case "literal":
        return { value: expr.value, node: { range: this.range(expr, f) } };
      case "paren": {
        const ev = this.eval(expr.inner, inner);
        return { value: ev.value, node: { ...ev.node, range: this.range(expr, f) } };
      }
      case "template":
        return this.template(expr, expr.space ? { ...inner, space: expr.space } : inner, this.range(expr, f));
      case "tuple": {
        const value = [];
        const children = {};
        expr.items.forEach((item, i) => {
          const ev = this.element(item, inner);
          value.push(ev.value);
          children[String(i)] = ev.node;
        });
        return { value, node: { range: this.range(expr, f), children } };
      }
      case "object":
        return this.object(expr, inner, f);
      case "variable":
      case "getattr":
      case "index":
      case "splat":
        return this.reference(expr, inner);
      case "unary":
        return this.unary(expr, inner, f);
      case "binary":
        return this.binary(expr, inner, f);
      case "conditional":
        return this.conditional(expr, inner, f);
      case "for":
        return this.forExpr(expr, inner, f);
      case "call":
        return this.call(expr, inner, f);
    }
  }
  // ---- literals ----------------------------------------------------------------------------
  /** An element of a tuple or object: outside `try`/`can`, an error makes only it unknown. */
  element(expr, f) {
    if (f.strict) return this.eval(expr, f);
    try {
      return this.eval(expr, f);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return this.unknownEv(expr, f, rejection(error, "this expression"));
    }
  }
  object(expr, inner, f) {
    const value = {};
    const children = {};
    for (const item of expr.items) {
      const key = this.objectKey(item.key, inner);
      if (isUnknown(key)) return this.relabel(expr, f, key, allOrigins({ children }));
      const ev = this.element(item.value, inner);
      value[key] = ev.value;
      children[key] = { ...ev.node, range: this.spanRange(item.start, item.end, f) };
    }
    return { value, node: { range: this.range(expr, f), children } };
  }
  /** An object key: a bare name is the literal name; anything else is evaluated and must be a string. */
  objectKey(key, f) {
    if (key.kind === "variable") return key.name;
    const ev = this.eval(key.kind === "paren" ? key.inner : key, f);
    if (isUnknown(ev.value)) return ev.value;
    const s = primitiveText(ev.value);
    if (s === void 0) throw new EvalError(`Invalid object key: a string is required, not ${typeName(ev.value)}`);
    return s;
  }
  // ---- templates ---------------------------------------------------------------------------
  /** The decoded text of a literal part, with `~` strip markers of its neighbours applied. */
  literalText(t, index, f, map) {
    const p = t.parts[index];
    const source = (t.space ?? f.space)?.text ?? f.file.text;
    const atLineStart = !t.quoted && (index === 0 || source.charCodeAt(p.start - 1) === 10);
    let s = decodeLiteral(source, p.start, p.end, t.quoted, t.stripIndent, atLineStart, map);
    const before = t.parts[index - 1];
    const after = t.parts[index + 1];
    if (before && before.kind !== "literal" && before.stripRight) {
      const trimmed = s.replace(/^\s+/, "");
      map?.splice(0, s.length - trimmed.length);
      s = trimmed;
    }
    if (after && after.kind !== "literal" && after.stripLeft) {
      const trimmed = s.replace(/\s+$/, "");
      map?.splice(trimmed.length, s.length - trimmed.length);
      s = trimmed;
    }
    return s;
  }
  template(t, f, range2) {
    const parts = t.parts;
    if (parts.length === 1 && parts[0].kind === "interpolation" && !parts[0].stripLeft && !parts[0].stripRight) {
      const ev = this.eval(parts[0].expr, f);
      return { value: ev.value, node: { ...ev.node, range: range2 } };
    }
    const pieces = [];
    const origins = [];
    this.render(t, 0, parts.length, f, pieces, origins);
    const known = pieces.every((p) => p.known);
    if (pieces.reduce((n, p) => n + p.text.length, 0) > MAX_STRING_LENGTH) {
      this.limitReached(tooLarge("a template's text"), range2, f);
    }
    const text = pieces.map((p) => p.text).join("");
    const node = { range: range2 };
    if (origins.length) node.origins = origins.slice(0, MAX_ORIGINS);
    if (!known) {
      const renderable = !pieces.some((p) => p.opaque);
      const reason = pieces.find((p) => !p.known)?.reason ?? "part of the text is not known statically";
      const written = t.space ? t.space.text : this.sourceText(t, f.file);
      const input = pieces.every((p) => p.known || p.input);
      const u = renderable ? unknown(written, { decoded: text, reason, partial: true, input }) : unknown(written, { reason, input });
      const nondeterministic = pieces.find((p) => p.nondeterministic)?.nondeterministic;
      if (nondeterministic) u.nondeterministic = nondeterministic;
      this.jsonParts(u, pieces, node, f);
      return { value: u, node };
    }
    const children = this.jsonChildren(text, pieces, f);
    if (children) node.children = children;
    return { value: text, node };
  }
  /**
   * Renders parts[from, to) into pieces. Directives nest: `%{ if }` \u{2026} `%{ else }` \u{2026} `%{ endif }`,
   * `%{ for }` \u{2026} `%{ endfor }`. A directive whose condition or collection is unknown makes the
   * whole text unknown (opaque: its visible text cannot be given either).
   */
  render(t, from, to, f, pieces, origins) {
    const parts = t.parts;
    let i = from;
    while (i < to) {
      const p = parts[i];
      if (p.kind === "literal") {
        const map = [];
        const text = this.literalText(t, i, f, map);
        pieces.push({ known: true, text, offsets: this.toFileOffsets(map, t, f) });
        i++;
        continue;
      }
      if (p.kind === "interpolation") {
        const ev = this.eval(p.expr, f);
        for (const o of allOrigins(ev.node)) if (origins.length < MAX_ORIGINS && !origins.includes(o)) origins.push(o);
        const at = this.toFileOffsets([p.start], t, f)[0];
        if (isUnknown(ev.value)) {
          const visible = ev.value.partial && typeof ev.value.decoded === "string" ? ev.value.decoded : `\${${this.sourceTextIn(p.expr, t, f)}}`;
          pieces.push({ known: false, text: visible, at, reason: ev.value.reason ?? "not known statically", ...ev.value.input ? { input: true } : {}, ...withNondeterministic(ev.value) });
        } else if (ev.value === null) {
          throw new EvalError("Invalid template interpolation value: the expression result is null");
        } else {
          const s = primitiveText(ev.value);
          if (s === void 0) throw new EvalError(`Invalid template interpolation value: cannot include a ${typeName(ev.value)} in a string template`);
          pieces.push({ known: true, text: s, at });
        }
        i++;
        continue;
      }
      const end = this.directiveEnd(parts, i, to);
      if (p.keyword === "if") {
        const elseAt = this.matchingElse(parts, i, end);
        const cond = this.eval(p.exprs[0], f);
        if (isUnknown(cond.value)) {
          pieces.push({ known: false, opaque: true, text: "", reason: cond.value.reason ?? "condition not known statically", ...withNondeterministic(cond.value) });
        } else if (toBool(cond.value, "template condition")) this.render(t, i + 1, elseAt ?? end, f, pieces, origins);
        else if (elseAt !== void 0) this.render(t, elseAt + 1, end, f, pieces, origins);
      } else if (p.keyword === "for") {
        const collection = this.eval(p.exprs[0], f);
        if (isUnknown(collection.value)) {
          pieces.push({ known: false, opaque: true, text: "", reason: collection.value.reason ?? "collection not known statically", ...withNondeterministic(collection.value) });
        } else {
          for (const [key, value, node] of entries(collection)) {
            const names = new Map(f.names);
            names.set(p.valueVar, { value, node });
            if (p.keyVar) names.set(p.keyVar, { value: key, node: {} });
            this.render(t, i + 1, end, { ...f, names }, pieces, origins);
          }
        }
      } else {
        throw new EvalError(`Unexpected template directive %{ ${p.keyword} }`);
      }
      i = end + 1;
    }
  }
  /** Index of the `endif`/`endfor` closing the directive at `open`. */
  directiveEnd(parts, open, to) {
    const keyword = parts[open].keyword;
    const closing = keyword === "if" ? "endif" : keyword === "for" ? "endfor" : void 0;
    if (!closing) throw new EvalError(`Unexpected template directive %{ ${keyword} }`);
    let depth = 0;
    for (let j = open + 1; j < to; j++) {
      const p = parts[j];
      if (p.kind !== "directive") continue;
      if (p.keyword === "if" || p.keyword === "for") depth++;
      else if (p.keyword === "endif" || p.keyword === "endfor") {
        if (depth === 0) {
          if (p.keyword !== closing) throw new EvalError(`Template directive %{ ${keyword} } closed by %{ ${p.keyword} }`);
          return j;
        }
        depth--;
      }
    }
    throw new EvalError(`Template directive %{ ${keyword} } has no %{ ${closing} }`);
  }
  matchingElse(parts, open, end) {
    let depth = 0;
    for (let j = open + 1; j < end; j++) {
      const p = parts[j];
      if (p.kind !== "directive") continue;
      if (p.keyword === "if" || p.keyword === "for") depth++;
      else if (p.keyword === "endif" || p.keyword === "endfor") depth--;
      else if (p.keyword === "else" && depth === 0) return j;
    }
    return void 0;
  }
  sourceTextIn(expr, t, f) {
    return (t.space?.text ?? f.space?.text ?? f.file.text).slice(expr.start, expr.end);
  }
  /** Offsets in a template's text space as offsets in the file. */
  toFileOffsets(map, t, f) {
    const space = t.space ?? f.space;
    if (!space) return map;
    return map.map((o) => space.offsets[o] ?? space.offsets[space.offsets.length - 1]);
  }
  /** For text that is a JSON document, children mirroring it with file positions (a container definition in a heredoc). */
  jsonChildren(text, pieces, f) {
    const first = text.trimStart()[0];
    if (first !== "[" && first !== "{") return void 0;
    const errors = [];
    const tree = parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (!tree || errors.length > 0) return void 0;
    const offsets = pieceOffsets(pieces);
    return jsonChildren(f.file.lines, tree, (o) => offsets[o] ?? offsets[offsets.length - 1] ?? 0);
  }
  /**
   * A JSON document with interpolated parts that are not known (`"awslogs-group": "${aws_cloudwatch_log_group.api.name}"`):
   * the parts are replaced by placeholders, the document is parsed, and what is known (an image
   * beside the unknown log group) becomes the Unknown's `decoded` value, with positions.
   */
  jsonParts(u, pieces, node, f) {
    if (pieces.some((p) => p.opaque)) return;
    const marker = (n) => `\uE000${n}\uE001`;
    let text = "";
    let inString = false;
    const offsets = [];
    const unknowns = [];
    for (const p of pieces) {
      if (p.known) {
        for (let k = 0; k < p.text.length; k++) {
          const c = p.text[k];
          if (inString && c === "\\") {
            text += c + (p.text[k + 1] ?? "");
            offsets.push(p.offsets?.[k] ?? p.at ?? 0, p.offsets?.[k + 1] ?? p.at ?? 0);
            k++;
            continue;
          }
          if (c === '"') inString = !inString;
          text += c;
          offsets.push(p.offsets?.[k] ?? p.at ?? 0);
        }
        continue;
      }
      const m = marker(unknowns.length);
      unknowns.push({ text: p.text, reason: p.reason ?? "not known statically", ...p.nondeterministic ? { nondeterministic: p.nondeterministic } : {} });
      const piece = inString ? m : `"${m}"`;
      text += piece;
      for (let k = 0; k < piece.length; k++) offsets.push(p.at ?? 0);
    }
    const first = text.trimStart()[0];
    if (first !== "[" && first !== "{") return;
    const errors = [];
    const tree = parseTree2(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (!tree || errors.length > 0) return;
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      return;
    }
    const restore = (v) => {
      if (typeof v === "string") {
        if (!v.includes("\uE000")) return v;
        const exact = /^\ue000(\d+)\ue001$/.exec(v);
        if (exact) {
          const part = unknowns[Number(exact[1])];
          return markUnknown(unknown(part.text, { reason: part.reason }), part.nondeterministic);
        }
        const visible = v.replace(/\ue000(\d+)\ue001/g, (_m, n) => unknowns[Number(n)].text);
        const reason = unknowns[Number(/\ue000(\d+)\ue001/.exec(v)[1])].reason;
        const nondeterministic = [...v.matchAll(/\ue000(\d+)\ue001/g)].map((m) => unknowns[Number(m[1])].nondeterministic).find((n) => n !== void 0);
        return markUnknown(unknown(visible, { decoded: visible, reason, partial: true }), nondeterministic);
      }
      if (Array.isArray(v)) return v.map(restore);
      if (isValueMap(v)) {
        const out = {};
        for (const [k, x] of Object.entries(v)) out[k] = restore(x);
        return out;
      }
      return v;
    };
    u.decoded = restore(value);
    delete u.partial;
    const children = jsonChildren(f.file.lines, tree, (o) => offsets[o] ?? offsets[offsets.length - 1] ?? 0);
    if (children) node.children = children;
  }
  // ---- references --------------------------------------------------------------------------
  steps(expr) {
    const steps = [];
    let e = expr;
    for (; ; ) {
      if (e.kind === "getattr") {
        steps.unshift({ kind: "attr", name: e.name, expr: e });
        e = e.target;
      } else if (e.kind === "index") {
        steps.unshift({ kind: "index", key: e.key, expr: e });
        e = e.target;
      } else if (e.kind === "splat") {
        steps.unshift({ kind: "splat", expr: e });
        e = e.target;
      } else break;
    }
    return { root: e, steps };
  }
  reference(expr, f) {
    const { root, steps } = this.steps(expr);
    let base;
    let rest = steps;
    if (root.kind === "variable") {
      const resolved = this.root(root.name, steps, expr, f);
      base = resolved.ev;
      rest = steps.slice(resolved.used);
    } else {
      base = this.eval(root, f);
    }
    const result = this.apply(base, rest, f);
    if (isUnknown(result.value)) return this.relabel(expr, f, result.value, allOrigins(result.node));
    return { value: result.value, node: { ...result.node, range: this.range(expr, f) } };
  }
  /** The value a root name (and the steps it consumes, like `var.NAME`) stands for. */
  root(name, steps, expr, f) {
    const bound = f.names.get(name);
    if (bound) return { ev: { value: bound.value, node: detach(bound.node) }, used: 0 };
    const first = steps[0];
    const attr = first?.kind === "attr" ? first.name : void 0;
    const unknownRoot = (reason, used, refs) => ({
      ev: { value: unknown(this.text(expr, f), refs ? { reason, refs } : { reason }), node: {} },
      used
    });
    switch (name) {
      case "var":
        if (!attr) throw new EvalError("Invalid reference: a variable name is required after var.");
        return { ev: this.context.variable(attr), used: 1 };
      case "local":
        if (!attr) throw new EvalError("Invalid reference: a local value name is required after local.");
        return { ev: this.context.local(attr), used: 1 };
      case "module": {
        if (!attr) throw new EvalError("Invalid reference: a module call name is required after module.");
        const call = this.context.moduleCall(attr);
        if (!call) return unknownRoot(`module.${attr} is not declared in this module`, steps.length);
        return { ev: call, used: 1 };
      }
      case "path": {
        const v = attr ? this.context.pathOf(attr) : void 0;
        if (v === void 0) return unknownRoot(`path.${attr ?? ""} depends on the machine Terraform runs on`, 1);
        return { ev: { value: v, node: {} }, used: 1 };
      }
      case "terraform":
        return unknownRoot("terraform.workspace is chosen when Terraform runs", 1);
      case "each":
      case "count":
        throw new EvalError(`Reference to "${name}" in a context where it is not available`);
      case "self":
        return unknownRoot("self refers to the resource being created", steps.length);
      case "data": {
        const type = attr;
        const second = steps[1];
        const label = second?.kind === "attr" ? second.name : void 0;
        return unknownRoot(`data source data.${type ?? "?"}${label ? `.${label}` : ""} is read when Terraform runs`, steps.length, type && label ? [`data.${type}.${label}`] : void 0);
      }
      default: {
        const label = attr;
        return unknownRoot(`${name}${label ? `.${label}` : ""} is a resource: its attributes are known only after apply`, steps.length, label ? [`${name}.${label}`] : void 0);
      }
    }
  }
  /** Applies attribute, index and splat steps to a value. */
  apply(base, steps, f) {
    let current = base;
    for (let i = 0; i < steps.length; i++) {
      const step = steps[i];
      const v = current.value;
      if (isUnknown(v)) return current;
      if (step.kind === "splat") {
        const rest = steps.slice(i + 1);
        if (v === null) return { value: [], node: {} };
        const items = Array.isArray(v) ? v.map((x, k) => ({ value: x, node: child(current.node, String(k)) })) : [current];
        const values = [];
        const children = {};
        for (const [k, item] of items.entries()) {
          const ev = this.apply(item, rest, f);
          values.push(ev.value);
          children[String(k)] = ev.node;
        }
        return { value: values, node: { ...current.node.origins ? { origins: current.node.origins } : {}, children } };
      }
      let key;
      if (step.kind === "attr") key = step.name;
      else {
        const k = this.eval(step.key, f);
        if (isUnknown(k.value)) return { value: unknown("", { reason: k.value.reason ?? "index not known statically" }), node: { origins: mergeOrigins(current.node.origins, allOrigins(k.node)) ?? [] } };
        if (typeof k.value === "number") key = k.value;
        else if (typeof k.value === "string") key = k.value;
        else throw new EvalError(`Invalid index: a number or string is required, not ${typeName(k.value)}`);
        const keyOrigins = allOrigins(k.node);
        if (keyOrigins.length) current = { value: current.value, node: { ...current.node, origins: mergeOrigins(current.node.origins, keyOrigins) } };
      }
      if (v === null) throw new EvalError(`Attempt to get ${step.kind === "attr" ? `attribute "${key}"` : "an element"} from a null value`);
      if (Array.isArray(v)) {
        const n = typeof key === "number" ? key : /^\d+$/.test(key) ? Number(key) : NaN;
        if (!Number.isInteger(n)) throw new EvalError(`Invalid index: a list is indexed by numbers, not "${key}"`);
        if (n < 0 || n >= v.length) throw new EvalError(`Invalid index: the index ${n} is out of range for a list of ${v.length} elements`);
        current = { value: v[n], node: child(current.node, String(n)) };
        continue;
      }
      if (isValueMap(v)) {
        const k = String(key);
        if (!Object.prototype.hasOwnProperty.call(v, k)) {
          throw new EvalError(step.kind === "attr" ? `Unsupported attribute: this object has no attribute named "${k}"` : `Invalid index: the given key "${k}" does not exist`);
        }
        current = { value: v[k], node: child(current.node, k) };
        continue;
      }
      throw new EvalError(`Unsupported ${step.kind === "attr" ? "attribute" : "index"}: a ${typeName(v)} has no ${step.kind === "attr" ? `attribute "${key}"` : "elements"}`);
    }
    return current;
  }
  // ---- operators ---------------------------------------------------------------------------
  unary(expr, inner, f) {
    const ev = this.eval(expr.operand, inner);
    const origins = allOrigins(ev.node);
    if (isUnknown(ev.value)) return this.relabel(expr, f, ev.value, origins);
    const value = expr.op === "!" ? !toBool(ev.value, "operand of !") : -toNumber(ev.value, "the operand of -");
    return { value, node: withOrigins({ range: this.range(expr, f) }, origins) };
  }
  binary(expr, inner, f) {
    const range2 = this.range(expr, f);
    const left = this.eval(expr.left, inner);
    if (expr.op === "&&" || expr.op === "||") {
      if (!isUnknown(left.value) && toBool(left.value, `operand of ${expr.op}`) === (expr.op === "||")) {
        return { value: expr.op === "||", node: withOrigins({ range: range2 }, allOrigins(left.node)) };
      }
      const right2 = this.eval(expr.right, inner);
      const origins2 = mergeOrigins(allOrigins(left.node), allOrigins(right2.node));
      if (!isUnknown(right2.value) && toBool(right2.value, `operand of ${expr.op}`) === (expr.op === "||")) return { value: expr.op === "||", node: withOrigins({ range: range2 }, origins2) };
      if (isUnknown(left.value)) return this.relabel(expr, f, left.value, origins2);
      if (isUnknown(right2.value)) return this.relabel(expr, f, right2.value, origins2);
      return { value: expr.op === "&&", node: withOrigins({ range: range2 }, origins2) };
    }
    const right = this.eval(expr.right, inner);
    const origins = mergeOrigins(allOrigins(left.node), allOrigins(right.node));
    if (expr.op === "==" || expr.op === "!=") {
      const e = equal(left.value, right.value);
      if (e === void 0) return this.relabel(expr, f, isUnknown(left.value) ? left.value : right.value, origins);
      return { value: expr.op === "==" ? e : !e, node: withOrigins({ range: range2 }, origins) };
    }
    if (isUnknown(left.value)) return this.relabel(expr, f, left.value, origins);
    if (isUnknown(right.value)) return this.relabel(expr, f, right.value, origins);
    const a = toNumber(left.value, `the left operand of ${expr.op}`);
    const b = toNumber(right.value, `the right operand of ${expr.op}`);
    let value;
    switch (expr.op) {
      case "+":
        value = a + b;
        break;
      case "-":
        value = a - b;
        break;
      case "*":
        value = a * b;
        break;
      case "/":
        if (b === 0) throw new EvalError("Invalid operand: division by zero");
        value = a / b;
        break;
      case "%":
        if (b === 0) throw new EvalError("Invalid operand: modulo by zero");
        value = a % b;
        break;
      case "<":
        value = a < b;
        break;
      case ">":
        value = a > b;
        break;
      case "<=":
        value = a <= b;
        break;
      case ">=":
        value = a >= b;
        break;
      default:
        throw new EvalError(`Unsupported operator ${expr.op}`);
    }
    return { value, node: withOrigins({ range: range2 }, origins) };
  }
  conditional(expr, inner, f) {
    const cond = this.eval(expr.condition, inner);
    const range2 = this.range(expr, f);
    if (isUnknown(cond.value)) {
      const a = this.tryEval(expr.whenTrue, inner);
      const b = this.tryEval(expr.whenFalse, inner);
      if (a && b && !containsUnknown(a.value) && equal(a.value, b.value) === true) return { value: a.value, node: { ...a.node, range: range2 } };
      return this.relabel(expr, f, cond.value, allOrigins(cond.node));
    }
    const chosen = this.eval(toBool(cond.value, "condition") ? expr.whenTrue : expr.whenFalse, inner);
    return { value: chosen.value, node: { ...chosen.node, range: range2, origins: mergeOrigins(chosen.node.origins, allOrigins(cond.node)) ?? [] } };
  }
  /**
   * Stops at one of driftless's own limits: a notice where it is hit (inside try()/can() the
   * caller reports it, see tryEval), then the LimitError that makes the value unknown.
   */
  limitReached(limit, range2, f) {
    if (!f.strict) this.context.warn(limit.message, range2, f.file.path);
    throw limit;
  }
  tryEval(expr, f) {
    try {
      return this.eval(expr, f);
    } catch (error) {
      if (error instanceof LimitError) {
        this.context.warn(error.message, this.range(expr, f), f.file.path);
        return this.unknownEv(expr, f, error.message);
      }
      if (error instanceof EvalError) return void 0;
      throw error;
    }
  }
  forExpr(expr, inner, f) {
    const collection = this.eval(expr.collection, inner);
    if (isUnknown(collection.value)) return this.relabel(expr, f, collection.value, allOrigins(collection.node));
    if (collection.value === null) throw new EvalError("Iteration over null value: a for expression needs a collection");
    const range2 = this.range(expr, f);
    const values = [];
    const listChildren = {};
    const map = {};
    const mapChildren = {};
    const groups = /* @__PURE__ */ new Map();
    for (const [key, value, node] of entries(collection)) {
      const names = new Map(inner.names);
      names.set(expr.valueVar, { value, node });
      if (expr.keyVar) names.set(expr.keyVar, { value: key, node: {} });
      const frame = { ...inner, names };
      let kept;
      if (expr.condition) {
        const c = this.eval(expr.condition, frame);
        if (isUnknown(c.value)) return this.relabel(expr, f, c.value, allOrigins(c.node));
        if (!toBool(c.value, "for expression condition")) continue;
        kept = allOrigins(c.node);
      }
      const evaluated = this.eval(expr.valueExpr, frame);
      const v = kept?.length ? { value: evaluated.value, node: { ...evaluated.node, origins: mergeOrigins(evaluated.node.origins, kept) ?? [] } } : evaluated;
      if (!expr.object) {
        listChildren[String(values.length)] = v.node;
        values.push(v.value);
        continue;
      }
      const k = this.eval(expr.keyExpr, frame);
      if (isUnknown(k.value)) return this.relabel(expr, f, k.value, allOrigins(k.node));
      const ks = primitiveText(k.value);
      if (ks === void 0) throw new EvalError(`Invalid object key: a for expression's key must be a string, not ${typeName(k.value)}`);
      if (expr.group) {
        let g = groups.get(ks);
        if (!g) groups.set(ks, g = { values: [], nodes: [] });
        g.values.push(v.value);
        g.nodes.push(v.node);
        continue;
      }
      if (Object.prototype.hasOwnProperty.call(map, ks)) throw new EvalError(`Duplicate object key "${ks}" in a for expression; use "..." after the value to group them`);
      map[ks] = v.value;
      mapChildren[ks] = v.node;
    }
    if (!expr.object) return { value: values, node: { range: range2, children: listChildren } };
    if (expr.group) {
      for (const [k, g] of groups) {
        map[k] = g.values;
        mapChildren[k] = { children: Object.fromEntries(g.nodes.map((n, i) => [String(i), n])) };
      }
    }
    return { value: map, node: { range: range2, children: mapChildren } };
  }
  // ---- function calls ----------------------------------------------------------------------
  call(expr, inner, f) {
    const range2 = this.range(expr, f);
    const name = expr.name;
    if (name === "try") {
      for (const arg of expr.args) {
        const ev = this.tryEval(arg, { ...inner, strict: true });
        if (!ev) continue;
        if (isUnknown(ev.value)) return this.relabel(expr, f, ev.value, allOrigins(ev.node));
        return { value: ev.value, node: { ...ev.node, range: range2 } };
      }
      throw new EvalError("Invalid function argument: no expression given to try() is valid");
    }
    if (name === "can") {
      const arg = expr.args[0];
      if (!arg || expr.args.length !== 1) throw new EvalError("Invalid function call: can() takes one argument");
      const ev = this.tryEval(arg, { ...inner, strict: true });
      if (ev && isUnknown(ev.value)) return this.relabel(expr, f, ev.value, allOrigins(ev.node));
      return { value: ev !== void 0, node: { range: range2 } };
    }
    if (name.includes("::")) return this.unknownEv(expr, f, `provider function ${name} runs in its provider`);
    if (NON_DETERMINISTIC.has(name)) return markEv(this.unknownEv(expr, f, `${name}() gives a different value on every run`), `${name}()`);
    if (MACHINE.has(name)) return this.unknownEv(expr, f, `${name}() depends on the machine Terraform runs on`);
    if (NOT_EVALUATED.has(name)) {
      const from = expr.args.map((a) => this.tryEval(a, inner)?.value).map(nondeterministicIn).find((n) => n !== void 0);
      return markEv(this.unknownEv(expr, f, from ? `${from} gives a different value on every run` : `driftless does not evaluate ${name}()`), from);
    }
    const args = [];
    for (const a of expr.args) args.push(this.eval(a, inner));
    if (expr.expandFinal) {
      const last = args.pop();
      if (isUnknown(last.value)) return this.relabel(expr, f, last.value, allOrigins(last.node));
      if (!Array.isArray(last.value)) throw new EvalError("Invalid expanding argument value: the expanding argument (...) must be a list or tuple");
      last.value.forEach((v, i) => args.push({ value: v, node: child(last.node, String(i)) }));
    }
    const origins = args.reduce((acc, a) => mergeOrigins(acc, allOrigins(a.node)), void 0);
    switch (name) {
      case "file":
      case "filebase64":
      case "templatefile":
      case "fileexists":
        return this.fileCall(expr, name, args, f, range2, origins);
      case "jsonencode":
      case "base64encode":
      case "yamlencode":
      case "tostring":
      case "tonumber":
      case "tobool":
      case "tolist":
      case "toset":
      case "tomap":
      case "sensitive":
      case "nonsensitive": {
        const arg = args[0];
        if (!arg?.node.children) return this.builtin(expr, name, args, f, origins);
        const result = this.builtin(expr, name, args, f, arg.node.origins);
        if (!isUnknown(result.value) || result.value.decoded !== void 0) result.node.children = arg.node.children;
        else if (origins) result.node.origins = origins;
        return result;
      }
      default:
        return this.builtin(expr, name, args, f, origins);
    }
  }
  builtin(expr, name, args, f, origins) {
    const fn = TERRAFORM_FUNCTIONS[name];
    if (!fn) {
      const message = `Call to unknown function: there is no function named "${name}"`;
      this.context.warn(`${message}; Terraform rejects the configuration, and driftless treats the value as unknown`, this.range(expr, f), f.file.path);
      throw new EvalError(message);
    }
    let result;
    try {
      result = fn(args.map((a) => a.value));
      if (typeof result === "string" && result.length > MAX_STRING_LENGTH) throw tooLarge(`${name}(...)`);
      if (Array.isArray(result) && result.length > MAX_COLLECTION_LENGTH) throw tooLarge(`${name}(...)`);
    } catch (error) {
      const limit = error instanceof LimitError ? error : error instanceof RangeError && !/call stack/i.test(error.message) ? tooLarge(`${name}(...)`) : void 0;
      if (!limit) throw error;
      this.limitReached(limit, this.range(expr, f), f);
    }
    if (isUnknown(result)) {
      const from = result.nondeterministic === void 0 ? args.map((a) => nondeterministicIn(a.value)).find((n) => n !== void 0) : void 0;
      return this.relabel(expr, f, from ? { ...result, nondeterministic: from } : result, origins);
    }
    return { value: result, node: withOrigins({ range: this.range(expr, f) }, origins) };
  }
  fileCall(expr, name, args, f, range2, origins) {
    const path = args[0]?.value;
    if (path === void 0) throw new EvalError(`Invalid function call: ${name}() needs a path`);
    if (isUnknown(path)) return this.relabel(expr, f, path, origins);
    if (typeof path !== "string") throw new EvalError(`Invalid function argument: ${name}() needs a path string`);
    if (name === "fileexists") return { value: this.context.fileExists(path), node: { range: range2 } };
    const text = this.context.readFile(path, range2, f.file.path);
    if (isUnknown(text)) return this.relabel(expr, f, text, origins);
    if (name === "file") return { value: text, node: withOrigins({ range: range2 }, origins) };
    if (name === "filebase64") return { value: unknown(this.text(expr, f), { decoded: text, reason: "base64 encoding of a file" }), node: { range: range2 } };
    const vars = args[1]?.value ?? {};
    if (isUnknown(vars)) return this.relabel(expr, f, vars, origins);
    if (!isValueMap(vars)) throw new EvalError("Invalid function argument: templatefile() needs a map of variables");
    let template;
    try {
      template = parseTemplateText(text);
    } catch (error) {
      throw new EvalError(`Invalid template in ${path}: ${error.message}`);
    }
    const names = /* @__PURE__ */ new Map();
    for (const [k, v] of Object.entries(vars)) names.set(k, { value: v, node: child(args[1].node, k) });
    const callOffset = f.space ? f.space.offsets[expr.start] ?? 0 : expr.start;
    const space = { text, offsets: new Array(text.length + 1).fill(callOffset) };
    const ev = this.template({ ...template, space }, { file: f.file, space, names, depth: f.depth + 1 }, range2);
    const all = mergeOrigins(origins, allOrigins(ev.node));
    if (isUnknown(ev.value)) return this.relabel(expr, f, ev.value, all);
    return { value: ev.value, node: withOrigins({ range: range2 }, all) };
  }
};
function withNondeterministic(u) {
  return u.nondeterministic ? { nondeterministic: u.nondeterministic } : {};
}
function markUnknown(u, call) {
  if (call) u.nondeterministic = call;
  return u;
}
function markEv(ev, call) {
  if (call && isUnknown(ev.value)) ev.value.nondeterministic = call;
  return ev;
}
function pieceOffsets(pieces) {
  const out = [];
  for (const p of pieces) for (let k = 0; k < p.text.length; k++) out.push(p.offsets?.[k] ?? p.at ?? 0);
  return out;
}
function withOrigins(node, origins) {
  if (origins?.length) node.origins = origins;
  return node;
}
function entries(ev) {
  const v = ev.value;
  if (Array.isArray(v)) return v.map((x, i) => [i, x, detach(child(ev.node, String(i)))]);
  if (isValueMap(v)) return Object.keys(v).sort().map((k) => [k, v[k], detach(child(ev.node, k))]);
  throw new EvalError(`Iteration over a ${typeName(v)}: a collection is required`);
}
function union(a, b) {
  if (!a) return [...b];
  const out = a;
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

// src/scanners/terraform/json.ts
var MAP_ATTRIBUTES = /* @__PURE__ */ new Set([
  "tags",
  "tags_all",
  "labels",
  "annotations",
  "variables",
  "parameters",
  "triggers",
  "environment_variables",
  "resource_labels",
  "node_labels",
  "user_labels",
  "default_labels",
  "options",
  "keepers",
  "query",
  "request_headers",
  "request_parameters",
  "response_parameters",
  "stage_variables",
  "properties",
  "settings"
]);
var PLAIN_BODIES = /* @__PURE__ */ new Set(["module", "variable", "output", "locals"]);
var LABELLED = /* @__PURE__ */ new Set(["provisioner", "dynamic", "backend"]);
var ALWAYS_ARGUMENTS = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "providers", "iterator", "labels", "ignore_changes", "replace_triggered_by"]);
var KNOWN_BLOCKS = /* @__PURE__ */ new Set(["lifecycle", "connection", "content", "required_providers", "validation", "precondition", "postcondition"]);
function props(node) {
  if (!node || node.type !== "object") return [];
  const out = [];
  for (const prop of node.children ?? []) {
    const keyNode = prop.children?.[0];
    const value = prop.children?.[1];
    if (!keyNode || !value || typeof keyNode.value !== "string" || keyNode.value === "//") continue;
    out.push({ key: keyNode.value, keyNode, value, prop });
  }
  return out;
}
function objects(node) {
  if (node.type === "object") return [node];
  if (node.type === "array") return (node.children ?? []).filter((c) => c.type === "object");
  return [];
}
function decodeJsonString(text, node) {
  const offsets = [];
  let out = "";
  const end = node.offset + node.length - 1;
  let i = node.offset + 1;
  while (i < end) {
    const c = text[i];
    if (c === "\\") {
      const e = text[i + 1];
      let ch = e ?? "";
      let len = 2;
      if (e === "n") ch = "\n";
      else if (e === "r") ch = "\r";
      else if (e === "t") ch = "	";
      else if (e === "b") ch = "\b";
      else if (e === "f") ch = "\f";
      else if (e === "u") {
        ch = String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16) || 0);
        len = 6;
      }
      offsets.push(i);
      out += ch;
      i += len;
      continue;
    }
    offsets.push(i);
    out += c;
    i++;
  }
  offsets.push(i);
  return { text: out, offsets };
}
var JsonSyntax = class {
  constructor(text, file, lines, diagnostics) {
    this.text = text;
    this.file = file;
    this.lines = lines;
    this.diagnostics = diagnostics;
  }
  text;
  file;
  lines;
  diagnostics;
  body(root) {
    const items = [];
    for (const top of objects(root)) {
      for (const { key, value, keyNode } of props(top)) {
        switch (key) {
          case "resource":
          case "data":
            for (const byType of objects(value))
              for (const t of props(byType))
                for (const byName of objects(t.value))
                  for (const n of props(byName)) for (const body of objects(n.value)) items.push(this.block(key, [t, n], n.value.type === "array" ? body : n.keyNode, body, key, t.key));
            break;
          case "module":
          case "variable":
          case "output":
          case "provider":
            for (const byName of objects(value)) for (const n of props(byName)) for (const body of objects(n.value)) items.push(this.block(key, [n], n.value.type === "array" ? body : n.keyNode, body, key));
            break;
          case "locals":
          case "terraform":
          case "moved":
          case "import":
          case "removed":
          case "check":
            for (const body of objects(value)) items.push(this.block(key, [], value.type === "array" ? body : keyNode, body, key));
            break;
          default:
            break;
        }
      }
    }
    return { start: root.offset, end: root.offset + root.length, items };
  }
  label(p) {
    return { value: p.key, start: p.keyNode.offset, end: p.keyNode.offset + p.keyNode.length };
  }
  /**
   * A block whose header starts at `at` (its key, or the object itself in the array form) and
   * whose content is the object `body`. `context` is the top-level block type it sits in.
   */
  block(blockType, labels, at, body, context, resourceType = "") {
    const items = [];
    for (const p of props(body)) items.push(...this.item(p, context, blockType, resourceType));
    const end = body.offset + body.length;
    return {
      type: "block",
      blockType,
      labels: labels.map((l) => this.label(l)),
      headerEnd: body.offset + 1,
      body: { start: body.offset + 1, end: end - 1, items },
      start: at.offset,
      end
    };
  }
  /** One key of a block body: an argument, or one or more nested blocks. */
  item(p, context, blockType, resourceType) {
    const plain = PLAIN_BODIES.has(blockType) || context === "terraform" && blockType === "required_providers";
    if (!plain && LABELLED.has(p.key) && p.value.type !== "string") {
      const out = [];
      for (const o of objects(p.value))
        for (const labelled of props(o))
          for (const inner of objects(labelled.value)) out.push(this.block(p.key, [labelled], labelled.value.type === "array" ? inner : labelled.keyNode, inner, context, resourceType));
      return out;
    }
    const isMap = MAP_ATTRIBUTES.has(p.key) || p.key === "metadata" && resourceType.startsWith("google_");
    const isBlock = (!plain || blockType === "variable" && p.key === "validation") && !isMap && !ALWAYS_ARGUMENTS.has(p.key) && (KNOWN_BLOCKS.has(p.key) || p.value.type === "object" || p.value.type === "array" && (p.value.children?.length ?? 0) > 0 && p.value.children.every((c) => c.type === "object"));
    if (isBlock) return objects(p.value).map((o) => this.block(p.key, [], p.value.type === "array" ? o : p.keyNode, o, context, resourceType));
    const attribute2 = { type: "attribute", name: p.key, nameEnd: p.keyNode.offset + p.keyNode.length, expr: this.expr(p.value), start: p.prop.offset, end: p.prop.offset + p.prop.length };
    return [attribute2];
  }
  expr(node) {
    const start = node.offset;
    const end = node.offset + node.length;
    switch (node.type) {
      case "string":
        return this.template(node);
      case "number":
      case "boolean":
        return { kind: "literal", value: node.value, start, end };
      case "array":
        return { kind: "tuple", items: (node.children ?? []).map((c) => this.expr(c)), start, end };
      case "object": {
        const items = [];
        for (const p of props(node)) items.push({ key: this.template(p.keyNode), value: this.expr(p.value), start: p.prop.offset, end: p.prop.offset + p.prop.length });
        return { kind: "object", items, start, end };
      }
      default:
        return { kind: "literal", value: null, start, end };
    }
  }
  /** A JSON string as the template Terraform reads in it; a template syntax error is a diagnostic and the string stays literal. */
  template(node) {
    const space = decodeJsonString(this.text, node);
    let template;
    try {
      template = parseTemplateText(space.text);
    } catch (error) {
      if (!(error instanceof HclParseError)) throw error;
      const at = space.offsets[error.offset] ?? node.offset;
      this.diagnostics.push({
        file: this.file,
        range: this.lines.rangeOf(at, Math.max(at + 1, space.offsets[error.endOffset] ?? at + 1)),
        severity: "error",
        message: `Invalid template in a JSON string: ${error.message}`
      });
      template = { kind: "template", parts: [{ kind: "literal", start: 0, end: space.text.length }], quoted: false, stripIndent: 0, start: 0, end: space.text.length };
    }
    return { ...template, space, start: node.offset, end: node.offset + node.length };
  }
};
function parseTerraformJson(file, text, lines) {
  const diagnostics = [];
  const empty = { start: 0, end: text.length, items: [] };
  const deep = jsonDepth(text, 200);
  if (deep >= 0) {
    diagnostics.push({ file, range: lines.rangeOf(deep, deep + 1), severity: "error", message: "Nesting too deep: more than 200 levels of JSON objects and arrays" });
    return { body: empty, diagnostics };
  }
  const errors = [];
  const root = parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (errors.length > 0) {
    const e = errors[0];
    diagnostics.push({ file, range: lines.rangeOf(e.offset, e.offset + Math.max(e.length, 1)), severity: "error", message: jsonErrorMessage(e) });
    return { body: empty, diagnostics };
  }
  if (!root || root.type !== "object") {
    diagnostics.push({ file, range: lines.rangeOf(root?.offset ?? 0, (root?.offset ?? 0) + 1), severity: "error", message: "Invalid Terraform JSON: the file must contain a JSON object at the top level" });
    return { body: empty, diagnostics };
  }
  return { body: new JsonSyntax(text, file, lines, diagnostics).body(root), diagnostics };
}
function parseVariablesJson(file, text, lines) {
  const diagnostics = [];
  const errors = [];
  const root = jsonDepth(text, 200) >= 0 ? void 0 : parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: true });
  if (!root || errors.length > 0 || root.type !== "object") {
    const e = errors[0];
    const at = e?.offset ?? 0;
    diagnostics.push({ file, range: lines.rangeOf(at, at + Math.max(e?.length ?? 1, 1)), severity: "error", message: e ? jsonErrorMessage(e) : "Invalid variables file: the file must contain a JSON object of variable values" });
    return { body: { start: 0, end: text.length, items: [] }, diagnostics };
  }
  const syntax = new JsonSyntax(text, file, lines, diagnostics);
  const items = props(root).map((p) => ({ type: "attribute", name: p.key, nameEnd: p.keyNode.offset + p.keyNode.length, expr: syntax.expr(p.value), start: p.prop.offset, end: p.prop.offset + p.prop.length }));
  return { body: { start: root.offset, end: root.offset + root.length, items }, diagnostics };
}

// src/scanners/terraform/parse.ts
async function parseFile(file, diagnostics) {
  const lower = file.path.toLowerCase();
  const json = lower.endsWith(".tf.json") || lower.endsWith(".tfvars.json");
  const lines = new LineIndex(file.text, { loneCr: json });
  const base = { path: file.path, absolutePath: file.absolutePath, text: file.text, lines };
  if (json) {
    const parsed = lower.endsWith(".tf.json") ? parseTerraformJson(file.path, file.text, lines) : parseVariablesJson(file.path, file.text, lines);
    diagnostics.push(...parsed.diagnostics);
    return { ...base, body: parsed.body };
  }
  return { ...base, body: await parseNative(file, lines, diagnostics) };
}
async function parseNative(file, lines, diagnostics) {
  const outcome = parseHcl(file.text);
  if (!outcome.error) return outcome.body;
  const err = outcome.error;
  const ours = lines.positionAt(err.offset);
  const verdict = err.limit ? { ok: "unavailable", message: "" } : await checkSyntax(file.path, file.text, lines);
  if (verdict.ok === true) {
    diagnostics.push({
      file: file.path,
      range: lines.rangeOf(err.offset, Math.max(err.endOffset, err.offset)),
      severity: "warning",
      message: `driftless could not read this construct (${file.path}:${ours.line}:${ours.column}): ${err.message}. The file is valid HCL; blocks around this point may be incomplete or missing from the scan`
    });
    return outcome.body;
  }
  if (verdict.ok === false && verdict.range) {
    const atLoneCr = file.text.charCodeAt(lines.offsetAt(verdict.range.start)) === 13 && file.text.charCodeAt(lines.offsetAt(verdict.range.start) + 1) !== 10;
    diagnostics.push({ file: file.path, range: verdict.range, severity: "error", message: atLoneCr ? LONE_CR : verdict.message });
  } else {
    diagnostics.push({
      file: file.path,
      range: lines.rangeOf(err.offset, Math.max(err.endOffset, err.offset)),
      severity: "error",
      message: verdict.message ? `${err.message} (${verdict.message})` : err.message
    });
  }
  return { ...outcome.body, items: outcome.body.items.filter((i) => i.end <= err.offset) };
}

// src/scanners/terraform/records.ts
var RESOURCE_META = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection"]);
var DATA_META = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "provider", "lifecycle"]);
var MODULE_META = /* @__PURE__ */ new Set(["count", "for_each", "depends_on", "providers"]);
var OUTPUT_META = /* @__PURE__ */ new Set(["depends_on"]);
var NONE = /* @__PURE__ */ new Set();
var BLOCK_KINDS = {
  resource: { kind: "resource", labels: 2, type: (l) => l[0], name: (l) => `${l[0]}.${l[1]}`, meta: RESOURCE_META },
  data: { kind: "data", labels: 2, type: (l) => l[0], name: (l) => `data.${l[0]}.${l[1]}`, meta: DATA_META },
  module: { kind: "module", labels: 1, type: () => "module", name: (l) => `module.${l[0]}`, meta: MODULE_META },
  provider: { kind: "provider", labels: 1, type: (l) => l[0], name: (l) => `provider.${l[0]}`, meta: NONE },
  variable: { kind: "variable", labels: 1, type: () => "variable", name: (l) => `var.${l[0]}`, meta: NONE },
  output: { kind: "output", labels: 1, type: () => "output", name: (l) => `output.${l[0]}`, meta: OUTPUT_META },
  locals: { kind: "locals", labels: 0, type: () => "locals", name: () => "locals", meta: NONE },
  terraform: { kind: "settings", labels: 0, type: () => "terraform", name: () => "terraform", meta: NONE }
};
var STATIC_ATTRIBUTES = {
  variable: /* @__PURE__ */ new Set(["type"])
};
var LazyValues = class {
  thunks = /* @__PURE__ */ new Map();
  values = /* @__PURE__ */ new Map();
  busy = /* @__PURE__ */ new Set();
  /** `onCycle`: the value when computing `name` asks for `name` again (a real cycle). */
  define(name, compute, onCycle) {
    this.thunks.set(name, () => {
      if (this.busy.has(name)) return onCycle();
      this.busy.add(name);
      try {
        const ev = compute();
        this.values.set(name, ev);
        return ev;
      } finally {
        this.busy.delete(name);
      }
    });
  }
  has(name) {
    return this.thunks.has(name);
  }
  get(name) {
    return this.values.get(name) ?? this.thunks.get(name)?.();
  }
  /** Computes every value not asked for yet, in definition order. */
  force() {
    for (const name of this.thunks.keys()) this.get(name);
  }
};
function isConstantText(expr) {
  return expr.kind === "literal" || expr.kind === "template" && expr.parts.every((p) => p.kind === "literal");
}
function staticString(expr, file) {
  if (expr.kind !== "template" || expr.parts.length !== 1 || expr.parts[0].kind !== "literal") return void 0;
  const p = expr.parts[0];
  const text = expr.space?.text ?? file.text;
  return decodeLiteral(text, p.start, p.end, expr.quoted, expr.stripIndent, !expr.quoted);
}
var RecordBuilder = class {
  constructor(ev, file, diagnostics) {
    this.ev = ev;
    this.file = file;
    this.diagnostics = diagnostics;
  }
  ev;
  file;
  diagnostics;
  range(start, end) {
    return this.file.lines.rangeOf(start, end);
  }
  node(start, end, ev, headerEnd) {
    const range2 = this.range(start, end);
    const node = ev ? toSourceNode({ ...ev, range: range2 }, range2) : { range: range2 };
    if (headerEnd !== void 0) node.header = this.range(start, headerEnd);
    return node;
  }
  /** Evaluates an attribute's expression; an expression Terraform would reject reads as an Unknown saying why. */
  evaluate(expr, names) {
    try {
      return this.ev.evaluate(expr, this.file, names);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return { value: unknown(this.ev.sourceText(expr, this.file), { reason: rejection(error, "this expression") }), node: { range: this.ev.rangeOf(expr, this.file) } };
    }
  }
  /** A record for one instance of a top-level block (kinds in BLOCK_KINDS). */
  record(block, instance) {
    const spec = BLOCK_KINDS[block.blockType];
    const labels = block.labels.map((l) => l.value);
    const conv = { attributes: {}, nodes: {} };
    const meta = { options: {}, nodes: {} };
    const statics = STATIC_ATTRIBUTES[block.blockType] ?? NONE;
    for (const item of block.body.items) {
      if (spec.meta.has(item.type === "attribute" ? item.name : item.blockType) && this.metaItem(item, meta, instance.names)) continue;
      if (item.type === "attribute" && statics.has(item.name)) {
        const text = staticString(item.expr, this.file) ?? this.ev.sourceText(item.expr, this.file);
        conv.attributes[item.name] = text;
        conv.nodes[item.name] = this.node(item.start, item.end);
        continue;
      }
      if (item.type === "attribute" && instance.arguments?.has(item.name)) {
        const ev = instance.arguments.get(item.name);
        conv.attributes[item.name] = ev.value;
        conv.nodes[item.name] = this.node(item.start, item.end, ev.node);
        continue;
      }
      this.bodyItem(item, conv, instance.names);
    }
    let name = instance.name;
    if (block.blockType === "provider" && typeof conv.attributes.alias === "string") name += `.${conv.attributes.alias}`;
    return buildResource({
      format: "terraform",
      kind: spec.kind,
      type: spec.type(labels),
      name,
      file: this.file.path,
      range: this.range(block.start, block.end),
      header: this.range(block.start, block.headerEnd),
      attributes: conv.attributes,
      attributeNodes: conv.nodes,
      options: meta.options,
      optionNodes: meta.nodes,
      repeated: instance.repeated,
      ...instance.scopes ? { scopes: instance.scopes } : {},
      ...instance.remoteModule ? { remoteModule: true } : {}
    });
  }
  /**
   * Evaluates one instance of a block as `record` does, without making the record: for a record
   * nobody reads (see `RecordNeeds`), whose expressions must still report their problems.
   */
  check(block, instance) {
    const spec = BLOCK_KINDS[block.blockType];
    const statics = STATIC_ATTRIBUTES[block.blockType] ?? NONE;
    for (const item of block.body.items) {
      if (spec.meta.has(item.type === "attribute" ? item.name : item.blockType) && this.metaItem(item, { options: {}, nodes: {} }, instance.names)) continue;
      if (item.type === "attribute" && statics.has(item.name)) continue;
      if (item.type === "attribute" && instance.arguments?.has(item.name)) instance.arguments.get(item.name);
      else this.checkItem(item, instance.names);
    }
  }
  checkItem(item, names) {
    if (item.type === "attribute") {
      if (!isConstantText(item.expr)) this.evaluate(item.expr, names);
    } else if (item.blockType === "dynamic" && item.labels.length === 1) {
      const { body, scopes } = this.dynamicScopes(item, names);
      for (const scope of scopes) for (const inner of body) this.checkItem(inner, scope);
    } else {
      for (const inner of item.body.items) this.checkItem(inner, names);
    }
  }
  // ---- plain bodies ----------------------------------------------------------------------
  convertBody(items, names) {
    const conv = { attributes: {}, nodes: {} };
    for (const item of items) this.bodyItem(item, conv, names);
    return conv;
  }
  bodyItem(item, conv, names) {
    if (item.type === "attribute") {
      const ev = this.evaluate(item.expr, names);
      conv.attributes[item.name] = ev.value;
      conv.nodes[item.name] = this.node(item.start, item.end, ev.node);
      return;
    }
    if (item.blockType === "dynamic" && item.labels.length === 1) {
      this.dynamic(item, conv, names);
      return;
    }
    const inner = this.convertBody(item.body.items, names);
    if (item.labels.length > 0) {
      inner.attributes = { $labels: item.labels.map((l) => l.value), ...inner.attributes };
      const labelNodes = {};
      item.labels.forEach((l, i) => labelNodes[String(i)] = this.node(l.start, l.end));
      inner.nodes = { $labels: { range: this.range(item.labels[0].start, item.labels[item.labels.length - 1].end), children: labelNodes }, ...inner.nodes };
    }
    this.appendBlock(conv, item.blockType, inner, item);
  }
  /**
   * `dynamic "x" { for_each = C  iterator = i  content { ... } }`: one `x` block per element of
   * a known C, with `i.key` / `i.value` (default name: the label) bound in `content`. Each block
   * sits at the `dynamic` line; its attributes keep their own lines. An unknown collection gives
   * one block whose iterator is unknown.
   */
  dynamic(block, conv, names) {
    const { label, body, scopes } = this.dynamicScopes(block, names);
    for (const scope of scopes) this.appendBlock(conv, label, this.convertBody(body, scope), block);
  }
  /** A `dynamic` block's label, its `content` body, and the names each generated block's body sees. */
  dynamicScopes(block, names) {
    const label = block.labels[0].value;
    let iterator = label;
    let forEach;
    let content;
    for (const item of block.body.items) {
      if (item.type === "attribute" && item.name === "for_each") forEach = item.expr;
      else if (item.type === "attribute" && item.name === "iterator") {
        iterator = item.expr.kind === "variable" ? item.expr.name : staticString(item.expr, this.file) ?? iterator;
      } else if (item.type === "block" && item.blockType === "content") content = item;
    }
    const body = content?.body.items ?? [];
    const collection = forEach ? this.evaluate(forEach, names) : { value: unknown("", { reason: "dynamic block without for_each" }), node: {} };
    let elements;
    if (isUnknown(collection.value) || collection.value === null) {
      const u = isUnknown(collection.value) ? collection.value : unknown("null", { reason: "for_each is null" });
      elements = [[unknown(`${iterator}.key`, { reason: u.reason ?? "for_each not known statically" }), unknown(`${iterator}.value`, { reason: u.reason ?? "for_each not known statically" }), collection.node]];
    } else {
      try {
        elements = entries(collection);
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
        elements = [];
      }
    }
    const scopes = elements.map(([key, value, node]) => {
      const scope = new Map(names);
      scope.set(iterator, { value: { key, value }, node: { children: { value: node } } });
      return scope;
    });
    return { label, body, scopes };
  }
  appendBlock(conv, key, inner, block) {
    let list = conv.attributes[key];
    let listNode = conv.nodes[key];
    if (!Array.isArray(list) || !listNode) {
      list = [];
      conv.attributes[key] = list;
      listNode = { range: this.range(block.start, block.end), children: {} };
      conv.nodes[key] = listNode;
    } else {
      listNode.range = { start: listNode.range.start, end: this.file.lines.positionAt(block.end) };
    }
    const index = list.length;
    list.push(inner.attributes);
    const element = { range: this.range(block.start, block.end), header: this.range(block.start, block.headerEnd) };
    if (Object.keys(inner.nodes).length > 0) element.children = inner.nodes;
    (listNode.children ??= {})[String(index)] = element;
  }
  // ---- meta-arguments --------------------------------------------------------------------
  /** Returns false when the item is not in the shape of the meta-argument (kept as an attribute). */
  metaItem(item, meta, names) {
    if (item.type === "attribute") {
      const set = (key, value, ev) => {
        meta.options[key] = value;
        meta.nodes[key] = this.node(item.start, item.end, ev);
      };
      switch (item.name) {
        case "count":
        case "for_each": {
          const ev = this.evaluate(item.expr, /* @__PURE__ */ new Map());
          set(item.name === "count" ? "count" : "forEach", ev.value, ev.node);
          return true;
        }
        case "depends_on": {
          const { value, node } = this.traversalList(item.expr);
          set("dependsOn", value, node);
          return true;
        }
        case "provider":
          set("provider", staticString(item.expr, this.file) ?? this.ev.sourceText(item.expr, this.file));
          return true;
        case "providers": {
          if (item.expr.kind !== "object") {
            set("providers", unknown(this.ev.sourceText(item.expr, this.file)));
            return true;
          }
          const value = {};
          const children = {};
          for (const it of item.expr.items) {
            const key = it.key.kind === "variable" ? it.key.name : staticString(it.key, this.file) ?? this.ev.sourceText(it.key, this.file);
            value[key] = staticString(it.value, this.file) ?? this.ev.sourceText(it.value, this.file);
            children[key] = { range: this.range(it.start, it.end) };
          }
          set("providers", value, { children });
          return true;
        }
        default:
          return false;
      }
    }
    switch (item.blockType) {
      case "lifecycle":
        this.lifecycle(item, meta, names);
        return true;
      case "provisioner":
        if (item.labels.length !== 1) return false;
        this.provisioner(item, meta, names);
        return true;
      case "connection": {
        const conv = this.convertBody(item.body.items, names);
        meta.options.connection = conv.attributes;
        meta.nodes.connection = { range: this.range(item.start, item.end), header: this.range(item.start, item.headerEnd), children: conv.nodes };
        return true;
      }
      default:
        return false;
    }
  }
  /** A tuple of traversals (or strings naming them, in JSON) as the list of their texts. */
  traversalList(expr) {
    if (expr.kind !== "tuple") return { value: unknown(this.ev.sourceText(expr, this.file)) };
    const children = {};
    const value = expr.items.map((el, i) => {
      children[String(i)] = { range: this.ev.rangeOf(el, this.file) };
      return staticString(el, this.file) ?? this.ev.sourceText(el, this.file);
    });
    return { value, node: { children } };
  }
  lifecycle(block, meta, names) {
    for (const item of block.body.items) {
      if (item.type !== "attribute") continue;
      const at = (key, value, ev) => {
        meta.options[key] = value;
        meta.nodes[key] = this.node(item.start, item.end, ev);
      };
      switch (item.name) {
        case "ignore_changes": {
          const e = item.expr;
          if (e.kind === "variable" && e.name === "all" || staticString(e, this.file) === "all") at("ignoreChanges", "all");
          else {
            const { value, node } = this.traversalList(e);
            at("ignoreChanges", value, node);
          }
          break;
        }
        case "replace_triggered_by": {
          const { value, node } = this.traversalList(item.expr);
          at("replaceTriggeredBy", value, node);
          break;
        }
        case "create_before_destroy":
          at("createBeforeDestroy", this.evaluate(item.expr, names).value);
          break;
        case "prevent_destroy":
          at("preventDestroy", this.evaluate(item.expr, names).value);
          break;
        default:
          break;
      }
    }
  }
  provisioner(block, meta, names) {
    const label = block.labels[0];
    const attributes = {};
    const attrNodes = {};
    const entry = { type: label.value, attributes };
    const children = { type: this.node(label.start, label.end) };
    for (const item of block.body.items) {
      if (item.type === "attribute" && (item.name === "when" || item.name === "on_failure")) {
        const key = item.name === "when" ? "when" : "onFailure";
        entry[key] = item.expr.kind === "variable" ? item.expr.name : staticString(item.expr, this.file) ?? unknown(this.ev.sourceText(item.expr, this.file));
        children[key] = this.node(item.start, item.end);
        continue;
      }
      this.bodyItem(item, { attributes, nodes: attrNodes }, names);
    }
    children.attributes = { range: this.range(block.start, block.end), header: this.range(block.start, block.headerEnd), children: attrNodes };
    let list = meta.options.provisioners;
    if (!Array.isArray(list)) {
      list = [];
      meta.options.provisioners = list;
      meta.nodes.provisioners = { range: this.range(block.start, block.end), children: {} };
    } else {
      const n = meta.nodes.provisioners;
      n.range = { start: n.range.start, end: this.file.lines.positionAt(block.end) };
    }
    const index = list.length;
    list.push(entry);
    meta.nodes.provisioners.children[String(index)] = { range: this.range(block.start, block.end), header: this.range(block.start, block.headerEnd), children };
  }
};

// src/scanners/terraform/types.ts
var ANY = { kind: "any" };
function parseType(expr, literal2) {
  switch (expr.kind) {
    case "variable":
      return expr.name === "string" || expr.name === "number" || expr.name === "bool" ? { kind: expr.name } : ANY;
    case "template": {
      return ANY;
    }
    case "call": {
      const arg = expr.args[0];
      if (!arg) return ANY;
      switch (expr.name) {
        case "list":
        case "set":
        case "map":
          return { kind: expr.name, element: parseType(arg, literal2) };
        case "tuple":
          return arg.kind === "tuple" ? { kind: "tuple", elements: arg.items.map((i) => parseType(i, literal2)) } : ANY;
        case "object": {
          if (arg.kind !== "object") return ANY;
          const attributes = {};
          for (const item of arg.items) {
            const name = item.key.kind === "variable" ? item.key.name : void 0;
            if (!name) continue;
            const v = item.value;
            if (v.kind === "call" && v.name === "optional" && v.args[0]) {
              const attribute2 = { type: parseType(v.args[0], literal2), optional: true };
              if (v.args[1]) attribute2.default = literal2(v.args[1]);
              attributes[name] = attribute2;
            } else attributes[name] = { type: parseType(v, literal2), optional: false };
          }
          return { kind: "object", attributes };
        }
        default:
          return ANY;
      }
    }
    default:
      return ANY;
  }
}
var ConversionError = class extends Error {
};
function convert(value, type, at = "value") {
  if (type.kind === "any" || value === null || isUnknown(value)) return value;
  switch (type.kind) {
    case "string":
      if (typeof value === "string") return value;
      if (typeof value === "number" || typeof value === "boolean") return String(value);
      throw new ConversionError(`${at}: a string is required`);
    case "number":
      if (typeof value === "number") return value;
      if (typeof value === "string" && /^\s*-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/.test(value)) return Number(value);
      throw new ConversionError(`${at}: a number is required`);
    case "bool":
      if (typeof value === "boolean") return value;
      if (value === "true" || value === "false") return value === "true";
      throw new ConversionError(`${at}: a bool is required`);
    case "list":
    case "set": {
      if (!Array.isArray(value)) throw new ConversionError(`${at}: a ${type.kind} is required`);
      const items = value.map((v, i) => convert(v, type.element, `${at}[${i}]`));
      if (type.kind === "list") return items;
      const seen = /* @__PURE__ */ new Set();
      return items.filter((v) => {
        const key = JSON.stringify(v);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
    }
    case "map": {
      if (!isValueMap(value)) throw new ConversionError(`${at}: a map is required`);
      const out = {};
      for (const [k, v] of Object.entries(value)) out[k] = convert(v, type.element, `${at}["${k}"]`);
      return out;
    }
    case "tuple": {
      if (!Array.isArray(value) || value.length !== type.elements.length) throw new ConversionError(`${at}: a tuple of ${type.elements.length} elements is required`);
      return value.map((v, i) => convert(v, type.elements[i], `${at}[${i}]`));
    }
    case "object": {
      if (!isValueMap(value)) throw new ConversionError(`${at}: an object is required`);
      const out = {};
      for (const [name, attribute2] of Object.entries(type.attributes)) {
        if (Object.prototype.hasOwnProperty.call(value, name) && value[name] !== null) out[name] = convert(value[name], attribute2.type, `${at}.${name}`);
        else if (attribute2.optional) out[name] = attribute2.default === void 0 ? null : convert(attribute2.default, attribute2.type, `${at}.${name}`);
        else if (Object.prototype.hasOwnProperty.call(value, name)) out[name] = null;
        else throw new ConversionError(`${at}: attribute "${name}" is required`);
      }
      return out;
    }
  }
}
function isPrimitive2(type) {
  return type.kind === "string" || type.kind === "number" || type.kind === "bool" || type.kind === "any";
}

// src/scanners/terraform/module.ts
var MAX_INSTANCES = 1e3;
var MAX_CALL_DEPTH = 16;
var MAX_MODULE_INSTANCES = 2e3;
var Session = class {
  constructor(reader) {
    this.reader = reader;
  }
  reader;
  configs = /* @__PURE__ */ new Map();
  /** Where problems go; the scan may point it at another list for a while (see scanTerraformUnits). */
  diagnostics = [];
  seenDiagnostics = /* @__PURE__ */ new Set();
  /** Configurations evaluated at least once (as a root, or for a call). */
  visited = /* @__PURE__ */ new Set();
  /** Called with each configuration as it is parsed (a folder parsed again is announced again). */
  onLoad;
  report(d) {
    const key = `${d.file}:${d.range.start.line}:${d.range.start.column}:${d.message}`;
    if (this.seenDiagnostics.has(key)) return;
    this.seenDiagnostics.add(key);
    this.diagnostics.push(d);
  }
  /**
   * Parses a module folder (once): the given files, or the folder's `.tf` / `.tf.json` files read
   * through the reader (a called module). Undefined when the folder cannot be read.
   */
  async load(absoluteDir, files, remote = false, cacheKey) {
    const dir = resolve(absoluteDir);
    const key = cacheKey ?? dir;
    const known = this.configs.get(key);
    if (known) return known;
    let list = files;
    if (!list) {
      const entries2 = this.reader.listInside(dir);
      if (!entries2) return void 0;
      list = entries2.filter((e) => e.isFile && (e.name.endsWith(".tf") || e.name.endsWith(".tf.json"))).map((e) => ({ path: this.reader.repoPath(join(dir, e.name)), absolutePath: join(dir, e.name) }));
    }
    const diagnostics = [];
    const parsed = [];
    for (const f of list) {
      const read = files ? this.reader.read(f.absolutePath) : this.reader.readInside(f.absolutePath);
      if (isRefusal(read)) continue;
      if (!read.file) {
        diagnostics.push(read.diagnostic);
        continue;
      }
      if (mayUseYaml(read.file.text)) await loadYaml();
      if (mayUseRegex(read.file.text)) await loadRe2();
      parsed.push(await parseFile(read.file, diagnostics));
    }
    const config = collect(this.reader.repoPath(dir), dir, parsed, diagnostics, remote);
    this.configs.set(key, config);
    this.onLoad?.(config);
    if (!remote) for (const d of config.diagnostics) this.report(d);
    return config;
  }
  /**
   * Loads every module a configuration calls through a local path, and the copies in its
   * manifest, and what those call, down to the depth evaluation follows. Breadth first, so that a
   * module is reached at its shallowest depth: a root is evaluated as soon as it is loaded, and
   * every module its calls can reach must be loaded by then.
   */
  async loadCalled(config, manifest) {
    let level = [config];
    for (let depth = 0; level.length > 0 && depth <= MAX_CALL_DEPTH; depth++) {
      const next = [];
      for (const parent of level) {
        for (const call of parent.calls.values()) {
          if (!call.source) continue;
          const source = parseModuleSource(call.source);
          if (source.kind !== "local") continue;
          const dir = resolve(parent.absoluteDir, call.source);
          if (this.configs.has(dir)) continue;
          const child2 = await this.load(dir, void 0, parent.remote);
          if (child2) next.push(child2);
          else if (!parent.remote) this.report(this.sourceProblem(call, dir));
        }
        if (manifest && depth === 0) {
          for (const dir of manifest.values()) {
            if (this.configs.has(dir)) continue;
            const child2 = await this.load(dir, void 0, true);
            if (child2) next.push(child2);
          }
        }
      }
      level = next;
    }
  }
  /** Why a local module folder could not be read: refused (outside the repository) or missing. */
  sourceProblem(call, dir) {
    const refused = this.reader.refusal(dir);
    const at = call.sourceAttribute ?? call.block;
    return {
      file: call.file.path,
      range: call.file.lines.rangeOf(at.start, "headerEnd" in at ? at.headerEnd : at.end),
      // Terraform's init would fail; the folder may also be generated by a build step: a warning.
      severity: "warning",
      message: refused ? `driftless does not read module source "${call.source}": ${refused}; the module's resources are not checked` : `Unreadable module directory: module source "${call.source}" names no folder of .tf files (${this.reader.repoPath(dir)}); terraform init would fail`
    };
  }
  /** The remote module copies `terraform init` recorded for a root module: call path (`vpc.subnets`) \u{2192} folder. */
  manifest(rootDir) {
    const read = this.reader.readInside(join(rootDir, ".terraform", "modules", "modules.json"));
    if (isRefusal(read) || !read.file) return void 0;
    try {
      const doc = JSON.parse(read.file.text);
      const out = /* @__PURE__ */ new Map();
      for (const m of doc.Modules ?? []) {
        if (typeof m.Key === "string" && m.Key !== "" && typeof m.Dir === "string") out.set(m.Key, resolve(rootDir, m.Dir));
      }
      return out;
    } catch {
      return void 0;
    }
  }
};
function collect(dir, absoluteDir, files, diagnostics, remote) {
  const config = { dir, absoluteDir, files, variables: /* @__PURE__ */ new Map(), locals: /* @__PURE__ */ new Map(), outputs: /* @__PURE__ */ new Map(), calls: /* @__PURE__ */ new Map(), blocks: [], diagnostics, remote };
  const firstAt = /* @__PURE__ */ new Map();
  const duplicate = (key, what, file, range2) => {
    const first = firstAt.get(key);
    if (!first) {
      firstAt.set(key, { file, range: range2 });
      return false;
    }
    diagnostics.push({
      file: file.path,
      range: range2,
      severity: "error",
      message: `Duplicate ${what}: it is already declared at ${first.file.path}:${first.range.start.line}; Terraform rejects the configuration`,
      related: [{ file: first.file.path, range: first.range, message: `first declaration of ${what}` }]
    });
    return true;
  };
  for (const file of files) {
    for (const item of file.body.items) {
      if (item.type !== "block") continue;
      const spec = BLOCK_KINDS[item.blockType];
      if (!spec) continue;
      const header = file.lines.rangeOf(item.start, item.headerEnd);
      const labels = item.labels.map((l) => l.value);
      if (labels.length !== spec.labels) {
        diagnostics.push({
          file: file.path,
          range: header,
          severity: "error",
          message: `Invalid ${item.blockType} block: a ${item.blockType} block needs ${spec.labels} label${spec.labels === 1 ? "" : "s"}, found ${labels.length}`
        });
        continue;
      }
      const name = labels[0];
      switch (item.blockType) {
        case "variable": {
          if (duplicate(`var.${name}`, `variable "${name}"`, file, header)) continue;
          const decl = { block: item, file, type: { kind: "any" } };
          for (const a of item.body.items) {
            if (a.type !== "attribute") continue;
            if (a.name === "default") decl.default = a;
            else if (a.name === "type") decl.type = typeOf(a, file);
            else if (a.name === "nullable" && a.expr.kind === "literal" && a.expr.value === false) decl.nonNullable = true;
          }
          config.variables.set(name, decl);
          break;
        }
        case "locals":
          for (const a of item.body.items) {
            if (a.type !== "attribute") continue;
            if (duplicate(`local.${a.name}`, `local value "${a.name}"`, file, file.lines.rangeOf(a.start, a.nameEnd))) continue;
            config.locals.set(a.name, { attribute: a, file });
          }
          break;
        case "output": {
          if (duplicate(`output.${name}`, `output "${name}"`, file, header)) continue;
          const value = item.body.items.find((a) => a.type === "attribute" && a.name === "value");
          config.outputs.set(name, value ? { block: item, file, value } : { block: item, file });
          break;
        }
        case "module": {
          if (duplicate(`module.${name}`, `module call "${name}"`, file, header)) break;
          const sourceAttr = item.body.items.find((a) => a.type === "attribute" && a.name === "source");
          const versionAttr = item.body.items.find((a) => a.type === "attribute" && a.name === "version");
          const source = sourceAttr ? staticString(sourceAttr.expr, file) : void 0;
          const problem = (at, message) => {
            diagnostics.push({ file: file.path, range: file.lines.rangeOf(at.start, at.end), severity: "error", message });
          };
          if (!sourceAttr) problem({ start: item.start, end: item.headerEnd }, `Missing required argument: module "${name}" has no source; Terraform rejects the configuration`);
          else if (source === void 0) problem(sourceAttr, `Invalid module source: the source of module "${name}" must be a literal string (Terraform does not evaluate expressions there)`);
          else if (parseModuleSource(source).kind === "invalid") problem(sourceAttr, `Invalid module source: ${invalidSourceMessage(source)}`);
          else if (versionAttr && parseModuleSource(source).kind === "local") problem(versionAttr, `Invalid argument: module "${name}" has a local source, which cannot take a version; Terraform rejects the configuration`);
          const decl = { block: item, file };
          if (source !== void 0) decl.source = source;
          if (sourceAttr) decl.sourceAttribute = sourceAttr;
          config.calls.set(name, decl);
          break;
        }
        case "resource":
        case "data":
          duplicate(`${item.blockType}.${labels.join(".")}`, `${item.blockType} "${labels.join('" "')}"`, file, header);
          break;
        default:
          break;
      }
      config.blocks.push({ block: item, file });
    }
  }
  return config;
}
function typeOf(attribute2, file) {
  const literal2 = (e) => {
    try {
      return new Evaluator(CONSTANT).evaluate(e, file).value;
    } catch {
      return null;
    }
  };
  const text = attribute2.expr.kind === "template" ? staticString(attribute2.expr, file) : void 0;
  if (text !== void 0) {
    try {
      return parseType(parseExpressionText(text), (e) => {
        try {
          return new Evaluator(CONSTANT).evaluate(e, { path: file.path, text, lines: file.lines }).value;
        } catch {
          return null;
        }
      });
    } catch (error) {
      if (error instanceof HclParseError) return { kind: "any" };
      throw error;
    }
  }
  return parseType(attribute2.expr, literal2);
}
var CONSTANT = {
  variable: () => {
    throw new EvalError("Variables not allowed: a constant value is required here");
  },
  local: () => {
    throw new EvalError("Local values not allowed: a constant value is required here");
  },
  moduleCall: () => void 0,
  pathOf: () => void 0,
  readFile: () => {
    throw new EvalError("Functions that read files are not allowed here");
  },
  fileExists: () => false,
  warn: () => void 0
};
function constantValue(attribute2, file) {
  try {
    return new Evaluator(CONSTANT).evaluate(attribute2.expr, file);
  } catch (error) {
    if (!(error instanceof EvalError)) throw error;
    return { value: unknown(file.text.slice(attribute2.expr.start, attribute2.expr.end), { reason: `not a valid value: ${error.message}` }), node: {} };
  }
}
function keySuffix(key) {
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(String(key))}]`;
}
var ModuleInstance = class _ModuleInstance {
  constructor(session, config, rootDir, manifest, site, rootInputs2) {
    this.session = session;
    this.config = config;
    this.rootDir = rootDir;
    this.manifest = manifest;
    this.site = site;
    this.rootInputs = rootInputs2;
    this.evaluator = new Evaluator(this);
    session.visited.add(config);
  }
  session;
  config;
  rootDir;
  manifest;
  site;
  rootInputs;
  evaluator;
  variables = /* @__PURE__ */ new Map();
  localValues = /* @__PURE__ */ new Map();
  localStack = [];
  outputs = /* @__PURE__ */ new Map();
  calls = /* @__PURE__ */ new Map();
  get depth() {
    return this.site?.path.length ?? 0;
  }
  // ---- references -------------------------------------------------------------------------
  variable(name) {
    const known = this.variables.get(name);
    if (known) return known;
    const decl = this.config.variables.get(name);
    if (!decl) return { value: unknown(`var.${name}`, { reason: `var.${name} is not declared in this module` }), node: {} };
    const ev = this.variableValue(name, decl);
    this.variables.set(name, ev);
    return ev;
  }
  variableValue(name, decl) {
    let given;
    if (this.site) given = this.site.inputs.get(name);
    else if (this.rootInputs) given = this.rootValue(name, decl);
    if (given && given.value === null && decl.nonNullable) given = void 0;
    if (!given && decl.default) {
      const d = constantValue(decl.default, decl.file);
      const origin = { file: decl.file.path, range: decl.file.lines.rangeOf(decl.default.start, decl.default.end), message: `default of variable ${name}`, kind: "variable-default" };
      given = { value: d.value, node: detach(d.node, [origin]) };
    }
    if (!given) {
      const reason = this.site ? `var.${name} has no default and ${this.site.label} does not pass it` : `var.${name} has no default and no value in a variable file or on the command line`;
      return { value: unknown(`var.${name}`, { reason, input: true }), node: {} };
    }
    try {
      return { value: convert(given.value, decl.type, `var.${name}`), node: given.node };
    } catch (error) {
      if (!(error instanceof ConversionError)) throw error;
      const origin = given.node.origins?.[0];
      if (origin) this.session.report({ file: origin.file, range: origin.range, severity: "warning", message: `Invalid value for variable ${name}: ${error.message}; Terraform rejects it` });
      return { value: unknown(`var.${name}`, { reason: `the value given for var.${name} is not of its type (${error.message})` }), node: given.node };
    }
  }
  /** A root module's value for a variable from variable files and the command line (the last one wins). */
  rootValue(name, decl) {
    let last;
    for (const a of this.rootInputs.assignments) if (a.name === name) last = a;
    if (!last) return void 0;
    if ("ev" in last) return last.ev;
    const origin = {
      file: decl.file.path,
      range: decl.file.lines.rangeOf(decl.block.start, decl.block.headerEnd),
      message: `variable ${name}, set by --var on the command line`,
      kind: "cli-var"
    };
    let value = last.raw;
    if (!isPrimitive2(decl.type)) {
      try {
        value = new Evaluator(CONSTANT).evaluate(parseExpressionText(last.raw), { path: "--var", text: last.raw, lines: decl.file.lines }).value;
      } catch (error) {
        value = unknown(last.raw, { reason: `--var ${name}=\u2026 is not a valid ${decl.type.kind} expression` });
        this.session.report({
          file: decl.file.path,
          range: origin.range,
          severity: "error",
          message: `Invalid value for --var ${name}: ${JSON.stringify(last.raw)} is not a valid ${decl.type.kind} expression (${error.message}); write it as in HCL, e.g. --var '${name}=["a", "b"]'`
        });
      }
    }
    return { value, node: { origins: [origin] } };
  }
  local(name) {
    const known = this.localValues.get(name);
    if (known) return known;
    const decl = this.config.locals.get(name);
    if (!decl) return { value: unknown(`local.${name}`, { reason: `local.${name} is not declared in this module` }), node: {} };
    const at = this.localStack.indexOf(name);
    if (at >= 0) return this.cycle(this.localStack.slice(at));
    this.localStack.push(name);
    let ev;
    try {
      ev = this.evaluator.evaluate(decl.attribute.expr, decl.file);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      ev = { value: unknown(`local.${name}`, { reason: rejection(error, `local.${name}`) }), node: {} };
    } finally {
      this.localStack.pop();
    }
    const origin = { file: decl.file.path, range: decl.file.lines.rangeOf(decl.attribute.start, decl.attribute.end), message: `local value ${name}`, kind: "local" };
    const result = { value: isUnknown(ev.value) ? { ...ev.value, $unknown: `local.${name}` } : ev.value, node: detach(ev.node, [origin]) };
    this.localValues.set(name, result);
    return result;
  }
  /** A cycle of locals: one diagnostic naming both ends, and the locals in it are unknown. */
  cycle(found) {
    const position = (n) => {
      const d = this.config.locals.get(n);
      return this.config.files.indexOf(d.file) * 1e9 + d.attribute.start;
    };
    const start = found.reduce((best, n, i) => position(n) < position(found[best]) ? i : best, 0);
    const names = [...found.slice(start), ...found.slice(0, start)];
    const first = this.config.locals.get(names[0]);
    const last = this.config.locals.get(names[names.length - 1]);
    const chain = [...names, names[0]].map((n) => `local.${n}`).join(" \u2192 ");
    this.session.report({
      file: first.file.path,
      range: first.file.lines.rangeOf(first.attribute.start, first.attribute.nameEnd),
      severity: "error",
      message: `Cycle in local values: ${chain}; Terraform rejects the configuration, and driftless treats these values as unknown`,
      related: [{ file: last.file.path, range: last.file.lines.rangeOf(last.attribute.start, last.attribute.nameEnd), message: `local.${names[names.length - 1]} refers back to local.${names[0]}` }]
    });
    return { value: unknown(`local.${names[0]}`, { reason: `local values in a cycle (${chain})` }), node: {} };
  }
  pathOf(name) {
    if (name === "root") return ".";
    if (name === "module") {
      const rel = relative(this.rootDir, this.config.absoluteDir).split(sep).join("/");
      return rel === "" ? "." : rel;
    }
    return void 0;
  }
  readFile(path, site, file) {
    const absolute = resolve(this.rootDir, path);
    const read = this.session.reader.readInside(absolute);
    if (isRefusal(read)) {
      this.session.report({ file, range: site, severity: "warning", message: `driftless does not read ${path}: ${read.refused}; the value is treated as unknown` });
      return unknown(path, { reason: `${path} is outside the scanned repository and is not read` });
    }
    if (!read.file) {
      if (/ENOENT|disappeared|cannot read file \(is a directory\)/.test(read.diagnostic.message) || !this.session.reader.existsInside(absolute)) {
        throw new EvalError(`Invalid function argument: no file exists at "${path}"`);
      }
      return unknown(path, { reason: `${path} cannot be read: ${read.diagnostic.message}` });
    }
    return read.file.text;
  }
  fileExists(path) {
    return this.session.reader.existsInside(resolve(this.rootDir, path));
  }
  moduleCall(name) {
    const decl = this.config.calls.get(name);
    if (!decl) return void 0;
    const instances = this.callInstances(name);
    const keyed = instances.some((i) => i.key !== void 0);
    const outputsOf = (i) => {
      if (i.repeated && i.key === void 0 && hasMeta(decl.block)) return { value: unknown(`module.${name}`, { reason: `the instances of module.${name} are not known statically` }), node: {} };
      if (!i.instance) return { value: unknown(`module.${name}`, { reason: `module.${name} comes from ${decl.source ?? "a source"} that driftless cannot read (not a local path, and no copy from terraform init)` }), node: {} };
      const value = {};
      const children = {};
      for (const out of i.instance.config.outputs.keys()) {
        const ev = i.instance.output(out);
        value[out] = ev.value;
        children[out] = ev.node;
      }
      return { value, node: { children } };
    };
    if (!keyed) {
      const only = instances[0];
      return only ? outputsOf(only) : { value: unknown(`module.${name}`, { reason: `module.${name} has no instances` }), node: {} };
    }
    const byKey = instances.map((i) => [i.key, outputsOf(i)]);
    if (byKey.every(([k]) => typeof k === "number")) return { value: byKey.map(([, ev]) => ev.value), node: { children: Object.fromEntries(byKey.map(([k, ev]) => [String(k), ev.node])) } };
    return { value: Object.fromEntries(byKey.map(([k, ev]) => [String(k), ev.value])), node: { children: Object.fromEntries(byKey.map(([k, ev]) => [String(k), ev.node])) } };
  }
  /** An output's value in this instance. */
  output(name) {
    const known = this.outputs.get(name);
    if (known) return known;
    const decl = this.config.outputs.get(name);
    let ev = { value: null, node: {} };
    if (decl?.value) {
      try {
        const v = this.evaluator.evaluate(decl.value.expr, decl.file);
        ev = { value: v.value, node: detach(v.node) };
      } catch (error) {
        if (!(error instanceof EvalError)) throw error;
        ev = { value: unknown(`output.${name}`, { reason: error.message }), node: {} };
      }
    }
    this.outputs.set(name, ev);
    return ev;
  }
  // ---- expansion -------------------------------------------------------------------------
  /** The instances of a block with `count` or `for_each`, evaluated in this module's context. */
  expand(block, file) {
    const count = block.body.items.find((a) => a.type === "attribute" && a.name === "count");
    const forEach = block.body.items.find((a) => a.type === "attribute" && a.name === "for_each");
    const repeatedUnknown = (names) => ({ keys: [{ key: void 0, names: new Map(names) }], repeated: true });
    const keyOrigin = (attribute2, message) => ({
      file: file.path,
      range: file.lines.rangeOf(attribute2.start, attribute2.end),
      message,
      kind: "instance-key"
    });
    if (count) {
      const ev = this.constantOrUnknown(count, file);
      const n = typeof ev.value === "string" && /^\d+$/.test(ev.value) ? Number(ev.value) : ev.value;
      if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > MAX_INSTANCES) {
        const reason = isUnknown(ev.value) ? ev.value.reason ?? "count not known statically" : typeof n === "number" && n > MAX_INSTANCES ? `count is ${n}` : "count is not a whole number";
        if (!isUnknown(ev.value)) this.warnExpansion(count, file, typeof n === "number" && n > MAX_INSTANCES ? `count is ${n}, more than the ${MAX_INSTANCES} instances driftless expands: the instances are checked as one, with count.index unknown` : `Invalid count argument: ${JSON.stringify(ev.value)} is not a whole number; Terraform rejects it`, n !== null && typeof n === "number" && n > MAX_INSTANCES ? "warning" : "error");
        return repeatedUnknown([["count", { value: { index: unknown("count.index", { reason }) }, node: {} }]]);
      }
      return {
        keys: Array.from({ length: n }, (_, i) => ({ key: i, names: /* @__PURE__ */ new Map([["count", { value: { index: i }, node: { origins: [keyOrigin(count, `count index ${i}`)] } }]]) })),
        repeated: n > 1
      };
    }
    if (forEach) {
      const ev = this.constantOrUnknown(forEach, file);
      const v = ev.value;
      const eachUnknown = (reason) => repeatedUnknown([["each", { value: { key: unknown("each.key", { reason }), value: unknown("each.value", { reason }) }, node: {} }]]);
      if (isUnknown(v)) return eachUnknown(v.reason ?? "for_each not known statically");
      if (Array.isArray(v) && v.some((x) => isUnknown(x) || containsUnknown(x))) return eachUnknown("some elements of the for_each set are not known statically");
      if (v === null || !Array.isArray(v) && !isValueMap(v) || Array.isArray(v) && v.some((x) => typeof x !== "string")) {
        this.warnExpansion(forEach, file, "Invalid for_each argument: for_each takes a map or a set of strings; Terraform rejects this value", "error");
        return eachUnknown("for_each is not a map or set of strings");
      }
      const items = entries(ev);
      if (items.length > MAX_INSTANCES) {
        this.warnExpansion(forEach, file, `for_each has ${items.length} elements, more than the ${MAX_INSTANCES} instances driftless expands: they are checked as one, with each.key and each.value unknown`, "warning");
        return eachUnknown(`for_each has ${items.length} elements`);
      }
      const keys = items.map(([key, value, node]) => {
        const k = Array.isArray(v) ? value : key;
        const text = typeof k === "number" ? String(k) : k;
        const origin = keyOrigin(forEach, `for_each key ${JSON.stringify(text)}`);
        return { key: text, names: /* @__PURE__ */ new Map([["each", { value: { key: text, value }, node: { origins: [origin], children: { value: node } } }]]) };
      });
      return { keys, repeated: keys.length > 1 };
    }
    return { keys: [{ key: void 0, names: /* @__PURE__ */ new Map() }], repeated: false };
  }
  warnExpansion(attribute2, file, message, severity) {
    this.session.report({ file: file.path, range: file.lines.rangeOf(attribute2.start, attribute2.end), severity, message });
  }
  /** A problem Terraform would reject in an expression (an unknown function): reported once per place. */
  warn(message, range2, file) {
    if (this.config.remote) return;
    this.session.report({ file, range: range2, severity: "warning", message });
  }
  constantOrUnknown(attribute2, file) {
    try {
      return this.evaluator.evaluate(attribute2.expr, file);
    } catch (error) {
      if (!(error instanceof EvalError)) throw error;
      return { value: unknown(file.text.slice(attribute2.expr.start, attribute2.expr.end), { reason: rejection(error, "this expression") }), node: {} };
    }
  }
  /** The instances of a module call, each with its arguments and (when the module can be read) its module instance. */
  callInstances(name) {
    const known = this.calls.get(name);
    if (known) return known;
    const decl = this.config.calls.get(name);
    const out = [];
    this.calls.set(name, out);
    const expansion = this.expand(decl.block, decl.file);
    const target = this.callTarget(name, decl);
    for (const { key, names } of expansion.keys) {
      const address = `module.${name}${key === void 0 ? "" : keySuffix(key)}`;
      const builder = new RecordBuilder(this.evaluator, decl.file, this.session.diagnostics);
      const args = new LazyValues();
      const inputs = new LazyValues();
      for (const item of decl.block.body.items) {
        if (item.type !== "attribute" || CALL_META.has(item.name)) continue;
        const origin = {
          file: decl.file.path,
          range: decl.file.lines.rangeOf(item.start, item.end),
          message: `argument ${item.name} of ${address}`,
          kind: "module-argument",
          depth: this.depth,
          call: address
        };
        const cycle = () => ({
          value: unknown(decl.file.text.slice(item.expr.start, item.expr.end), { reason: `argument ${item.name} of ${address} depends on itself through the module's outputs; Terraform rejects the cycle` }),
          node: {}
        });
        args.define(item.name, () => builder.evaluate(item.expr, names), cycle);
        inputs.define(
          item.name,
          () => {
            const ev = args.get(item.name);
            return { value: ev.value, node: detach(ev.node, [origin]) };
          },
          cycle
        );
      }
      const entry = { key, names, arguments: args, repeated: expansion.repeated };
      if (target && this.follows(decl, target)) {
        const site = {
          path: [...this.site?.path ?? [], address],
          keys: [...this.site?.keys ?? [], name],
          inputs,
          label: address,
          dirs: [...this.site?.dirs ?? [], this.config.absoluteDir],
          budget: this.budget
        };
        entry.instance = new _ModuleInstance(this.session, target, this.rootDir, this.manifest, site, void 0);
      }
      out.push(entry);
    }
    return out;
  }
  /** The configuration a call runs: a local folder, or the copy of a remote module made by `terraform init`. */
  callTarget(name, decl) {
    if (decl.source === void 0) return void 0;
    const source = parseModuleSource(decl.source);
    let dir;
    if (source.kind === "local") dir = resolve(this.config.absoluteDir, decl.source);
    else if (source.remote) dir = this.manifest?.get([...this.site?.keys ?? [], name].join("."));
    if (!dir) return void 0;
    return this.session.configs.get(dir);
  }
  /** The root module's instance budget, shared down the calls. */
  get budget() {
    return this.site?.budget ?? (this.ownBudget ??= { left: MAX_MODULE_INSTANCES });
  }
  ownBudget;
  /** Whether a call is evaluated: not a module calling itself, not past the depth or instance limits (each said once). */
  follows(decl, target) {
    const at = decl.sourceAttribute ?? decl.block;
    const warn = (message) => {
      this.session.report({ file: decl.file.path, range: decl.file.lines.rangeOf(at.start, at.end), severity: "warning", message });
      return false;
    };
    if (target.absoluteDir === this.config.absoluteDir || this.site?.dirs.includes(target.absoluteDir)) {
      return warn(`Module call cycle: module "${decl.block.labels[0]?.value}" calls ${target.dir}, which is already being evaluated above it; Terraform cannot install this configuration, and driftless does not follow the call`);
    }
    if (this.depth >= MAX_CALL_DEPTH) return warn(`Module calls nested more than ${MAX_CALL_DEPTH} deep: driftless does not follow this call, so the module's resources are not checked here`);
    if (this.budget.left <= 0) {
      return warn(`More than ${MAX_MODULE_INSTANCES} module instances below one root module: driftless does not follow this call, so the module's resources are not checked here`);
    }
    this.budget.left--;
    return true;
  }
  // ---- records ---------------------------------------------------------------------------
  /**
   * The records of this instance and of every module instance it calls. Blocks whose records
   * `needs` leaves out are evaluated all the same (for the problems they report), not recorded.
   */
  records(out = [], needs) {
    const path = this.site?.path ?? [];
    const scopesOf = (local) => path.length === 0 ? void 0 : [...path.map((_, d) => `${path.slice(d).join(".")}.${local}`), local];
    const called = path.length > 0;
    for (const { block, file } of this.config.blocks) {
      const spec = BLOCK_KINDS[block.blockType];
      if (called && (spec.kind === "variable" || spec.kind === "output" || spec.kind === "locals")) continue;
      const builder = new RecordBuilder(this.evaluator, file, this.session.diagnostics);
      const labels = block.labels.map((l) => l.value);
      const type = spec.type(labels);
      const wanted = !needs || needs.reads({ format: "terraform", kind: spec.kind, type, canonicalType: type }) || needs.whole(file.path);
      const base = spec.name(labels);
      if (block.blockType === "module" && this.config.calls.get(labels[0])?.block === block) {
        for (const call of this.callInstances(labels[0])) {
          const local = `${base}${call.key === void 0 ? "" : keySuffix(call.key)}`;
          const instance = { name: [...path, local].join("."), names: call.names, repeated: call.repeated, arguments: call.arguments };
          const scopes = scopesOf(local);
          if (scopes) instance.scopes = scopes;
          if (this.config.remote) instance.remoteModule = true;
          if (wanted) out.push(builder.record(block, instance));
          else builder.check(block, instance);
          call.instance?.records(out, needs);
        }
        continue;
      }
      const expansion = spec.kind === "resource" || spec.kind === "data" ? this.expand(block, file) : { keys: [{ key: void 0, names: /* @__PURE__ */ new Map() }], repeated: false };
      for (const { key, names } of expansion.keys) {
        const local = `${base}${key === void 0 ? "" : keySuffix(key)}`;
        const instance = { name: [...path, local].join("."), names, repeated: expansion.repeated };
        const scopes = scopesOf(local);
        if (scopes) instance.scopes = scopes;
        if (this.config.remote) instance.remoteModule = true;
        if (spec.kind === "locals") instance.arguments = new Map(block.body.items.flatMap((a) => a.type === "attribute" ? [[a.name, { value: this.local(a.name).value, node: {} }]] : []));
        if (wanted) out.push(builder.record(block, instance));
        else builder.check(block, instance);
      }
    }
    return out;
  }
};
var CALL_META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "depends_on", "providers"]);
function hasMeta(block) {
  return block.body.items.some((a) => a.type === "attribute" && (a.name === "count" || a.name === "for_each"));
}
async function variableAssignments(files, reader, diagnostics, given) {
  const out = [];
  for (const f of files) {
    const read = reader.read(f.absolutePath);
    if (!read.file) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const parsed = await parseFile(read.file, diagnostics);
    for (const item of parsed.body.items) {
      if (item.type !== "attribute") {
        diagnostics.push({ file: parsed.path, range: parsed.lines.rangeOf(item.start, item.headerEnd), severity: "error", message: `Unexpected "${item.blockType}" block: a variables file holds only variable assignments (name = value)` });
        continue;
      }
      const ev = constantValue(item, parsed);
      const origin = {
        file: parsed.path,
        range: parsed.lines.rangeOf(item.start, item.end),
        message: `variable ${item.name}${given ? ", from --var-file" : ""}`,
        kind: "tfvars"
      };
      out.push({ name: item.name, ev: { value: ev.value, node: detach(ev.node, [origin]) } });
    }
  }
  return out;
}
async function rootInputs(varFiles, cli, reader, diagnostics) {
  const assignments = await variableAssignments(varFiles, reader, diagnostics, false);
  for (const input of cli) {
    if (input.kind === "file") assignments.push(...await variableAssignments([{ path: reader.repoPath(input.absolutePath), absolutePath: input.absolutePath }], reader, diagnostics, true));
    else assignments.push({ name: input.name, raw: input.value });
  }
  return { assignments };
}
var LOCK_FILE = ".terraform.lock.hcl";
var BUILTIN_PROVIDERS = /* @__PURE__ */ new Set(["terraform"]);
function projectRecord(config, dir, reader) {
  const files = config.files;
  if (files.length === 0) return void 0;
  const settings = [];
  let backend = null;
  let hasProviderBlock = false;
  const used = {};
  const use = (name2, by) => {
    if (!name2 || BUILTIN_PROVIDERS.has(name2) || name2 in used) return;
    used[name2] = by;
  };
  for (const file of files) {
    for (const item of file.body.items) {
      if (item.type !== "block") continue;
      const labels = item.labels.map((l) => l.value);
      switch (item.blockType) {
        case "terraform":
          settings.push({ block: item, file });
          for (const inner of item.body.items) {
            if (inner.type !== "block") continue;
            if (inner.blockType === "backend" && backend === null) backend = inner.labels[0]?.value ?? "backend";
            else if (inner.blockType === "cloud" && backend === null) backend = "cloud";
          }
          break;
        case "provider":
          hasProviderBlock = true;
          use(labels[0], `provider "${labels[0]}"`);
          break;
        case "resource":
        case "data": {
          if (labels.length !== 2) break;
          const address = `${item.blockType === "data" ? "data." : ""}${labels[0]}.${labels[1]}`;
          const meta = attribute(item, "provider");
          use(meta ? providerName(meta.expr, file) : typePrefix(labels[0]), address);
          break;
        }
        case "module": {
          const providers = attribute(item, "providers");
          if (providers?.expr.kind !== "object") break;
          for (const entry of providers.expr.items) use(providerName(entry.value, file), `module.${labels[0]}`);
          break;
        }
        default:
          break;
      }
    }
  }
  const has = (s, name2) => s.block.body.items.some((i) => (i.type === "block" ? i.blockType : i.name) === name2);
  const home = settings.find((s) => has(s, "required_providers")) ?? settings.find((s) => has(s, "required_version")) ?? settings[0];
  const recordFile = home?.file ?? files[0];
  const header = firstLine(recordFile);
  const attributes = {
    root: backend !== null || hasProviderBlock,
    called: false,
    backend,
    lock_file: reader.existsInside(join(config.absoluteDir, LOCK_FILE)),
    providers_used: used
  };
  const nodes = {};
  if (home) {
    const merged = {};
    const own = (s) => s.file === recordFile;
    const homeRange = headerRange(home.block, home.file);
    const settingsNode = { range: homeRange, header: homeRange, children: {} };
    for (const s of [home, ...settings.filter((x) => x !== home)]) readSettings(s, merged, own(s) ? settingsNode.children : void 0);
    attributes.settings = merged;
    nodes.settings = settingsNode;
  }
  const name = dir === "" ? "." : dir;
  return buildResource({
    format: "terraform",
    kind: "project",
    type: "terraform_module",
    name,
    file: recordFile.path,
    range: header,
    header,
    attributes,
    attributeNodes: nodes,
    options: {},
    optionNodes: {}
  });
}
function readSettings({ block, file }, merged, nodes) {
  for (const item of block.body.items) {
    if (item.type === "attribute" && item.name === "required_version") {
      if ("required_version" in merged) continue;
      merged.required_version = literal(item.expr, file);
      if (nodes) nodes.required_version = { range: file.lines.rangeOf(item.start, item.end) };
      continue;
    }
    if (item.type !== "block" || item.blockType !== "required_providers") continue;
    const providers = merged.required_providers ??= {};
    let listNode = nodes?.required_providers;
    if (nodes && !listNode) {
      const r = headerRange(item, file);
      listNode = nodes.required_providers = { range: r, header: r, children: {} };
    }
    for (const entry of item.body.items) {
      if (entry.type !== "attribute" || entry.name in providers) continue;
      const { value, node } = requirement(entry, file);
      providers[entry.name] = value;
      if (listNode) listNode.children[entry.name] = node;
    }
  }
}
function requirement(entry, file) {
  const range2 = file.lines.rangeOf(entry.start, entry.end);
  const expr = entry.expr;
  if (expr.kind === "object") {
    const value = { source: null, version: null };
    const children = {};
    for (const item of expr.items) {
      const key = objectKey(item.key, file);
      if (key === void 0) continue;
      if (key === "configuration_aliases") continue;
      value[key] = literal(item.value, file);
      children[key] = { range: file.lines.rangeOf(item.start, item.end) };
    }
    return { value, node: { range: range2, children } };
  }
  return { value: { source: null, version: literal(expr, file) }, node: { range: range2, children: { version: { range: range2 } } } };
}
function objectKey(key, file) {
  if (key.kind === "variable") return key.name;
  return staticString(key, file);
}
function literal(expr, file) {
  const text = staticString(expr, file);
  if (text !== void 0) return text;
  const written = (expr.kind === "template" && expr.space ? expr.space.text : file.text).slice(expr.start, expr.end);
  return unknown(written, { reason: "Terraform requires a literal string here" });
}
function providerName(expr, file) {
  let e = expr;
  while (e.kind === "getattr" || e.kind === "index") e = e.target;
  if (e.kind === "variable") return e.name;
  const text = staticString(expr, file);
  return text === void 0 ? void 0 : text.split(".")[0];
}
function typePrefix(type) {
  const i = type.indexOf("_");
  return i < 0 ? type : type.slice(0, i);
}
function attribute(block, name) {
  return block.body.items.find((i) => i.type === "attribute" && i.name === name);
}
function headerRange(block, file) {
  return file.lines.rangeOf(block.start, block.headerEnd);
}
function firstLine(file) {
  return range(1, 1, 1, file.lines.lineText(1).length + 1);
}
function lockFileRecord(project, config) {
  const first = config.files[0];
  const header = firstLine(first);
  return buildResource({
    format: "terraform",
    kind: "project",
    type: "terraform_lock_file",
    name: project.name,
    file: first.path,
    range: header,
    header,
    attributes: { root: project.attributes.root ?? false, lock_file: project.attributes.lock_file ?? false },
    attributeNodes: {},
    options: {},
    optionNodes: {}
  });
}
function asCalledModule(records) {
  for (const record of records) {
    record.attributes.root = false;
    if (record.type === "terraform_module") record.attributes.called = true;
  }
  return records;
}

// src/scanners/terraform/index.ts
async function scanTerraform(units, reader, options = {}, projects = true) {
  try {
    return await scanTerraformUnits(units, reader, options, projects);
  } finally {
    await closeSyntaxWorker();
  }
}
async function scanTerraformUnits(units, reader, options, projects) {
  const session = new Session(reader);
  const loaded = [];
  const perFolder = /* @__PURE__ */ new Map();
  for (const unit of units) perFolder.set(unit.absoluteDir, (perFolder.get(unit.absoluteDir) ?? 0) + 1);
  const called = /* @__PURE__ */ new Set();
  const noteCalls = (config) => {
    for (const call of config.calls.values()) {
      if (call.source !== void 0 && parseModuleSource(call.source).kind === "local") called.add(resolve(config.absoluteDir, call.source));
    }
  };
  const mayBeCalled = localCallTargets(units, reader);
  const cacheKeyOf = (unit) => (perFolder.get(unit.absoluteDir) ?? 0) > 1 ? [unit.absoluteDir, ...unit.files.map((f) => f.absolutePath)].join("\0") : void 0;
  session.onLoad = noteCalls;
  const loadUnit = async (unit, manifest) => {
    const config = await session.load(unit.absoluteDir, unit.files, false, cacheKeyOf(unit));
    if (config) await session.loadCalled(config, manifest);
    return config;
  };
  const loading = [];
  const evaluating = [];
  const resources = [];
  const failed = /* @__PURE__ */ new Set();
  const evaluate = async (entry, config) => {
    session.diagnostics = evaluating;
    try {
      if (!await evaluateRoot(session, config, entry.unit, entry.manifest, options, resources)) failed.add(entry);
    } catch (error) {
      failed.add(entry);
      evaluating.push(internalError(firstFile(entry.unit), error));
    } finally {
      session.diagnostics = loading;
    }
  };
  session.diagnostics = loading;
  for (const unit of units) {
    let entry;
    let config;
    try {
      const manifest = session.manifest(unit.absoluteDir);
      config = await loadUnit(unit, manifest);
      if (!config) continue;
      entry = { unit, dir: config.absoluteDir, cacheKey: cacheKeyOf(unit), manifest };
      if (projects) entry.project = projectRecords(config, unit.dir, reader);
      loaded.push(entry);
    } catch (error) {
      loading.push(internalError(firstFile(unit), error));
      continue;
    }
    if (mayBeCalled.has(entry.dir)) continue;
    await evaluate(entry, config);
    session.configs.delete(entry.cacheKey ?? entry.dir);
    session.visited.delete(config);
  }
  for (const calledOnes of [false, true]) {
    for (const entry of loaded) {
      if (!mayBeCalled.has(entry.dir) || called.has(entry.dir) !== calledOnes || failed.has(entry)) continue;
      let config;
      try {
        config = session.configs.get(entry.cacheKey ?? entry.dir) ?? await loadUnit(entry.unit, entry.manifest);
      } catch (error) {
        loading.push(internalError(firstFile(entry.unit), error));
        continue;
      }
      if (config && !session.visited.has(config)) await evaluate(entry, config);
    }
  }
  for (const entry of loaded) {
    if (!entry.project) continue;
    const unit = `terraform:${entry.unit.dir}`;
    for (const r of called.has(entry.dir) ? asCalledModule(entry.project) : entry.project) resources.push(Object.assign(r, { unit }));
  }
  if (options.onRecords && resources.length > 0) options.onRecords(resources.splice(0));
  session.diagnostics = [...loading, ...evaluating];
  return { resources, diagnostics: session.diagnostics };
}
function localCallTargets(units, reader) {
  const source = /"?source"?\s*[=:]\s*"(\.[^"\r\n]*)"/g;
  const targets = /* @__PURE__ */ new Set();
  for (const unit of units) {
    for (const f of unit.files) {
      const text = reader.read(f.absolutePath).file?.text;
      if (text === void 0 || !text.includes("source")) continue;
      for (const match of text.matchAll(source)) {
        const path = match[1].replace(/\\(.)/g, "$1");
        if (parseModuleSource(path).kind === "local") targets.add(resolve(unit.absoluteDir, path));
      }
    }
  }
  return targets;
}
function projectRecords(config, dir, reader) {
  const project = projectRecord(config, dir, reader);
  return project ? [project, lockFileRecord(project, config)] : [];
}
async function evaluateRoot(session, config, unit, manifest, options, resources) {
  const inputs = await rootInputs(unit.varFiles, options.terraformVariables ?? [], session.reader, session.diagnostics);
  const first = resources.length;
  try {
    new ModuleInstance(session, config, config.absoluteDir, manifest, void 0, inputs).records(resources, options.needs);
  } catch (error) {
    resources.length = first;
    session.diagnostics.push(internalError(firstFile(unit), error));
    return false;
  }
  for (let i = first; i < resources.length; i++) resources[i].unit = `terraform:${unit.dir}`;
  if (options.onRecords && resources.length > 0) options.onRecords(resources.splice(0));
  return true;
}
async function scanTerraformFile(file) {
  const dir = resolve(file.absolutePath, "..");
  const reader = singleFileReader(file);
  return scanTerraform([{ kind: "terraform", dir: file.path.includes("/") ? file.path.slice(0, file.path.lastIndexOf("/")) : ".", absoluteDir: dir, files: [{ path: file.path, absolutePath: file.absolutePath }], varFiles: [] }], reader, {}, false);
}
function singleFileReader(file) {
  const absolute = resolve(file.absolutePath);
  const refused = { refused: "it is not the file being scanned" };
  return {
    root: resolve(absolute, ".."),
    repoPath: (p) => resolve(p) === absolute ? file.path : p,
    read: (p) => resolve(p) === absolute ? { file } : { diagnostic: { file: p, range: { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } }, severity: "error", message: "not available" } },
    readInside: () => refused,
    existsInside: () => false,
    listInside: () => void 0,
    refusal: () => refused.refused,
    forget: () => void 0
  };
}
function firstFile(unit) {
  return unit.files[0]?.path ?? unit.dir;
}

export { localCallTargets, scanTerraform, scanTerraformFile };
