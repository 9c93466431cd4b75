/**
 * Reading an input file of the gate: JSON, with the position of every value, so a change that
 * cannot be mapped back to source still lands on its own line of the plan.
 */
import { visit, type ParseError } from "jsonc-parser";
import { jsonDepth, jsonErrorMessage } from "../model/json-input.js";
import { firstLineOf, LineIndex, range, type Range } from "../model/position.js";

/** A problem with an input file that stops the gate: names the file, the line and what to do (exit code 2). */
export class GateInputError extends Error {
  constructor(
    readonly file: string,
    readonly range: Range,
    readonly problem: string,
  ) {
    super(`${file}:${range.start.line}:${range.start.column}: ${problem}`);
  }
}

/** JSON path segments: object keys and array indices. */
export type JsonPath = (string | number)[];

/** Where a value is written: from its key (for an object's property) or its first character, to its end (offsets). */
interface Place {
  start: number;
  end: number;
}

/**
 * A parsed input file: its value, and where each part of it is written. Plans run to hundreds
 * of megabytes, so positions are not kept as a syntax tree: one pass notes where the values of
 * the first `INDEXED_DEPTH` levels are (each change of a plan, change set or preview sits
 * there), and a deeper path (only an error needs one) is found by another pass.
 */
export class JsonDocument {
  private readonly lines: LineIndex;
  private readonly places: Map<string, Place>;

  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly text: string,
  ) {
    this.lines = new LineIndex(text);
    this.places = placesOf(text, INDEXED_DEPTH);
  }

  /**
   * Where the value at `path` is written: from its key (`"address": …` for a key's value, the
   * `{` of an array element) to the end of that line; the file's first line when the path is
   * not there.
   */
  rangeAt(path: JsonPath): Range {
    const key = pathKey(path);
    const place = this.places.get(key) ?? (path.length > INDEXED_DEPTH ? placesOf(this.text, path.length, key).get(key) : undefined);
    if (!place) return range(1, 1, 1, 2);
    const whole = this.lines.rangeOf(place.start, place.end);
    return firstLineOf(whole, this.lines.lineText(whole.start.line));
  }

  /** A problem at `path` in this file. */
  error(path: JsonPath, problem: string): GateInputError {
    return new GateInputError(this.file, this.rangeAt(path), problem);
  }
}

/** `Changes[0].ResourceChange` is three levels down: every entry the readers locate is within this. */
const INDEXED_DEPTH = 3;

function pathKey(path: readonly (string | number)[]): string {
  return path.join("\u0000");
}

/**
 * The places of the values at most `depth` levels down (all of them, or only the one at `only`),
 * by path key. Objects and arrays below `depth` are skipped unvisited.
 */
function placesOf(text: string, depth: number, only?: string): Map<string, Place> {
  const places = new Map<string, Place>();
  // One frame per open object or array: its key or index now, where that key starts, and the
  // place of the object or array itself (to be closed at its end).
  const frames: { array: boolean; key: string | number; keyStart: number; open?: Place }[] = [];
  const begin = (offset: number, end: number): Place | undefined => {
    const parent = frames.at(-1);
    let start = offset;
    if (parent) {
      if (parent.array) parent.key = (parent.key as number) + 1;
      else start = parent.keyStart;
    }
    // A value's path is the keys and indices of the objects and arrays around it.
    if (frames.length > depth || frames.length === 0) return undefined;
    const key = pathKey(frames.map((f) => f.key));
    if (only !== undefined && key !== only) return undefined;
    const place = { start, end };
    places.set(key, place);
    return place;
  };
  const open = (offset: number, array: boolean): boolean => {
    const place = frames.length === 0 ? undefined : begin(offset, offset + 1);
    frames.push({ array, key: array ? -1 : "", keyStart: offset, ...(place ? { open: place } : {}) });
    // What lies deeper than asked is not visited.
    return frames.length <= depth;
  };
  const close = (offset: number, length: number): void => {
    const frame = frames.pop();
    if (frame?.open) frame.open.end = offset + length;
  };
  visit(text, {
    onObjectBegin: (offset) => open(offset, false),
    onArrayBegin: (offset) => open(offset, true),
    onObjectEnd: close,
    onArrayEnd: close,
    onObjectProperty: (property, offset) => {
      const frame = frames.at(-1)!;
      frame.key = property;
      frame.keyStart = offset;
    },
    onLiteralValue: (_value, offset, length) => {
      if (frames.length > 0) begin(offset, offset + length);
    },
  });
  return places;
}

/** Deeper than any plan, change set or preview nests; deeper input is refused before parsing. */
const MAX_DEPTH = 512;

/**
 * Parses an input file. Throws GateInputError for text that is not JSON (with the position of
 * the first syntax error) or that nests deeper than MAX_DEPTH.
 */
export function readJson(file: string, text: string): JsonDocument {
  const deep = jsonDepth(text, MAX_DEPTH);
  if (deep >= 0) {
    const at = new LineIndex(text).positionAt(deep);
    throw new GateInputError(file, range(at.line, at.column, at.line, at.column + 1), `JSON nested more than ${MAX_DEPTH} levels deep: not a plan, change set or preview`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Valid input (nearly all of it) is read once; a broken one again, for where and why.
    const errors: ParseError[] = [];
    visit(text, { onError: (error, offset, length) => errors.push({ error, offset, length }) }, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const at = new LineIndex(text).positionAt(first?.offset ?? 0);
    const what = first ? jsonErrorMessage(first) : text.trim() === "" ? "Invalid JSON: the file is empty" : "Invalid JSON";
    throw new GateInputError(file, range(at.line, at.column, at.line, at.column + 1), `${what}; the gate reads the JSON that terraform show -json, aws cloudformation describe-change-set --output json and pulumi preview --json write${hint(text)}`);
  }
  return new JsonDocument(file, value, text);
}

/** Why a file of a pipeline's output may not be JSON, for the message. */
function hint(text: string): string {
  if (/^\[command\]|^::debug::|^::set-output|terraform-bin show/m.test(text)) {
    return " (this looks like the output of setup-terraform's wrapper, which adds its own lines: set terraform_wrapper: false, or write the JSON with terraform-bin)";
  }
  if (/^\s*\{/.test(text) && /\}\s*\n\s*\{/.test(text)) return " (this looks like several JSON documents one after another, as Terragrunt's run-all writes them: give each plan as a file of its own)";
  return "";
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** What a value is, for a message: `a list`, `null`, `string "abc"`. */
export function describeJson(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
