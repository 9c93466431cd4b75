/**
 * Terraform's encoding and hash functions. Encoding a value that is not wholly known (or,
 * for base64encode, any value) gives an Unknown whose `decoded` is the payload, so rules
 * can read what a `user_data = base64encode(...)` or `policy = jsonencode({...})` holds.
 */
import { createHash } from "node:crypto";
import { visit as visitJson } from "jsonc-parser";
import type { Scalar } from "yaml";
import { yamlModule } from "./yaml-module.js";
import { isUnknown, isValueMap, unknown, type Value, type ValueMap } from "../../../model/value.js";
import { builtin, compareStrings, containsUnknown, encodedPayload, jsonString, numberToString, setEntry, type Call, type TerraformFunction } from "./core.js";

/** Thrown by encodeJson for infinities, which JSON cannot represent. */
export class JsonInfinityError extends Error {
  constructor() {
    super("cannot serialize infinity as JSON");
  }
}

/** The exact text of Terraform's jsonencode for a wholly known value: compact, keys sorted, Go escaping. */
export function encodeJson(v: Value): string {
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
  return `{${keys.map((k) => `${jsonString(k)}:${encodeJson(v[k]!)}`).join(",")}}`;
}

/** A plain JS value (from JSON.parse or yaml) as a model Value, safe for "__proto__" keys. */
function fromPlain(x: unknown): Value {
  if (x === null || x === undefined) return null;
  if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") return x;
  if (typeof x === "bigint") return Number(x);
  if (Array.isArray(x)) return x.map(fromPlain);
  if (x instanceof Map) {
    const m: ValueMap = {};
    for (const [k, v] of x) setEntry(m, String(k), fromPlain(v));
    return m;
  }
  if (x instanceof Date) return x.toISOString();
  const m: ValueMap = {};
  for (const [k, v] of Object.entries(x as object)) setEntry(m, k, fromPlain(v));
  return m;
}

/** A duplicate property name in a JSON text, which cty rejects. */
function duplicateJsonKey(text: string): string | undefined {
  const stack: Array<Set<string>> = [];
  let duplicate: string | undefined;
  visitJson(text, {
    onObjectBegin: () => {
      stack.push(new Set());
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (name) => {
      const seen = stack[stack.length - 1];
      if (!seen) return;
      if (seen.has(name)) duplicate ??= name;
      seen.add(name);
    },
  });
  return duplicate;
}

/** The last scalar of a value in document order (keys sorted), which decides libyaml's "..." end marker. */
function lastScalar(v: Value): Value | undefined {
  if (Array.isArray(v)) return v.length === 0 ? undefined : lastScalar(v[v.length - 1]!);
  if (isValueMap(v)) {
    const keys = Object.keys(v).sort(compareStrings);
    return keys.length === 0 ? undefined : lastScalar(v[keys[keys.length - 1]!]!);
  }
  return v;
}

/** libyaml keeps trailing newlines of a literal block with "|+", which leaves the document open-ended. */
const keepsTrailingNewlines = (s: string): boolean => s === "\n" || s.endsWith("\n\n");

/** A multi-line string at the document root, as libyaml writes it (the yaml package does not indent it). */
function rootLiteral(s: string): string {
  const indentHint = s.startsWith(" ") || s.startsWith("\n") ? "2" : "";
  const chomp = !s.endsWith("\n") ? "-" : keepsTrailingNewlines(s) ? "+" : "";
  const lines = (s.endsWith("\n") ? s.slice(0, -1) : s).split("\n");
  return `|${indentHint}${chomp}\n${lines.map((l) => (l === "" ? "\n" : `  ${l}\n`)).join("")}`;
}

/**
 * Terraform's yamlencode layout (go-cty-yaml on libyaml): block style, all strings
 * double-quoted, multi-line strings as literal blocks, keys sorted, "..." after a document
 * that ends open (a plain scalar at the root, or a literal keeping its trailing newlines).
 * Long double-quoted strings are folded by the yaml package's rules, which can break lines
 * at other places than libyaml does (the decoded value is the same).
 */
function encodeYaml(v: Value): string {
  const sorted = (x: Value): unknown => {
    if (Array.isArray(x)) return x.map(sorted);
    if (isValueMap(x)) {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort(compareStrings)) Object.defineProperty(out, k, { value: sorted(x[k]!), enumerable: true });
      return out;
    }
    return x;
  };
  let text: string;
  if (typeof v === "string" && v.includes("\n")) text = rootLiteral(v);
  else {
    const { Document, isScalar, visit } = yamlModule();
    const doc = new Document(sorted(v));
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && typeof pair.key.value === "string") pair.key.type = "QUOTE_DOUBLE";
      },
      Scalar(key, node: Scalar) {
        if (key === "key" || typeof node.value !== "string") return;
        node.type = node.value.includes("\n") ? "BLOCK_LITERAL" : "QUOTE_DOUBLE";
      },
    });
    text = doc.toString({ indentSeq: false, nullStr: "null", trueStr: "true", falseStr: "false" });
  }
  const last = lastScalar(v);
  const openEnded = (last === v && typeof v !== "string") || (typeof last === "string" && keepsTrailingNewlines(last));
  return openEnded ? text + "...\n" : text;
}

/**
 * The encoding of a value: the encoded text when wholly known, else an Unknown carrying the
 * payload. An Unknown argument (whose own payload, if any, describes another encoding) gives
 * a plain Unknown.
 */
function encodeOrPayload(call: Call, encode: (v: Value) => string, format: string): Value {
  const v = call.args[0] ?? null;
  if (isUnknown(v)) call.propagate(v);
  if (containsUnknown(v)) return unknown(`${call.fn}(…)`, { decoded: v, reason: `${format} encoding of a value with unknown parts` });
  try {
    return encode(v);
  } catch (e) {
    if (e instanceof JsonInfinityError) throw call.fail(e.message);
    throw e;
  }
}

/** A decoded document payload (not the text of a string, nor an unknown string). */
const isDocument = (payload: Value | undefined): payload is Value =>
  payload !== undefined && typeof payload !== "string" && !isUnknown(payload);

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Go's url.QueryEscape: everything but letters, digits and -_.~ is %-escaped; space is "+". */
function queryEscape(s: string): string {
  let out = "";
  for (const byte of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(byte);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (c === " ") out += "+";
    else out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

function hash(name: string, algorithm: string, encoding: "hex" | "base64"): [string, TerraformFunction] {
  return builtin(name, { params: ["str"] }, (call) => createHash(algorithm).update(call.string(0), "utf8").digest(encoding));
}

export const ENCODING_FUNCTIONS: Array<[string, TerraformFunction]> = [
  /** jsonencode(value): compact JSON with sorted keys and Go's escaping of <, >, &, U+2028, U+2029. */
  builtin("jsonencode", { params: ["val"] }, (call) => encodeOrPayload(call, encodeJson, "JSON")),

  /** jsondecode(string): the value the JSON text denotes; of an encoding whose payload is known, the payload. */
  builtin("jsondecode", { params: ["str"] }, (call) => {
    const payload = encodedPayload(call.args[0] ?? null);
    if (isDocument(payload)) return payload;
    const text = call.string(0);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      throw call.fail((e as Error).message);
    }
    const duplicate = duplicateJsonKey(text);
    if (duplicate !== undefined) throw call.fail(`duplicate ${jsonString(duplicate)} property in JSON object`);
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
    const doc = docs[0]!;
    const problem = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
    if (problem) throw call.fail(problem.message.split("\n")[0]!.replace(/:$/, ""));
    try {
      return fromPlain(doc.toJS({ maxAliasCount: 1000 }));
    } catch (e) {
      if (e instanceof RangeError) throw call.fail("cannot refer to an anchor from inside its own definition");
      throw call.fail((e as Error).message.split("\n")[0]!.replace(/:$/, ""));
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
      if (arg.partial) return unknown(`${call.fn}(…)`, { decoded: arg, reason });
      const payload = encodedPayload(arg);
      if (payload === undefined) call.propagate(arg);
      return unknown(`${call.fn}(…)`, { decoded: payload, reason });
    }
    return unknown(`${call.fn}(…)`, { decoded: call.string(0), reason });
  }),

  /** base64decode(string): strict standard base64 whose bytes must be UTF-8; of base64encode(x), x. */
  builtin("base64decode", { params: ["str"] }, (call) => {
    const payload = encodedPayload(call.args[0] ?? null);
    if (typeof payload === "string" || isUnknown(payload)) return payload;
    if (payload !== undefined) {
      // base64encode(jsonencode(…)) with unknown parts: the result is that JSON text, still an encoding.
      return unknown(`${call.fn}(…)`, { decoded: payload, reason: "decoding of an encoding with unknown parts" });
    }
    const s = call.string(0);
    const compact = s.replace(/[\r\n]/g, ""); // Go's decoder skips line breaks
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
  hash("base64sha512", "sha512", "base64"),
];
