/**
 * Reading an input file of the gate: JSON, with the position of every value, so a change that
 * cannot be mapped back to source still lands on its own line of the plan.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from "jsonc-parser";
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

/** JSON path segments as jsonc-parser takes them: object keys and array indices. */
export type JsonPath = (string | number)[];

/** A parsed input file: its value, and where each part of it is written. */
export class JsonDocument {
  private readonly lines: LineIndex;

  constructor(
    readonly file: string,
    readonly value: unknown,
    private readonly root: Node,
    text: string,
  ) {
    this.lines = new LineIndex(text);
  }

  /**
   * Where the value at `path` is written: from its key (`"address": …` for a key's value, the
   * `{` of an array element) to the end of that line; the file's first line when the path is
   * not there.
   */
  rangeAt(path: JsonPath): Range {
    const node = findNodeAtLocation(this.root, path);
    if (!node) return range(1, 1, 1, 2);
    const start = node.parent?.type === "property" ? node.parent.offset : node.offset;
    const whole = this.lines.rangeOf(start, node.offset + node.length);
    return firstLineOf(whole, this.lines.lineText(whole.start.line));
  }

  /** A problem at `path` in this file. */
  error(path: JsonPath, problem: string): GateInputError {
    return new GateInputError(this.file, this.rangeAt(path), problem);
  }
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
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  if (errors.length > 0 || !root) {
    const first = errors[0];
    const lines = new LineIndex(text);
    const at = lines.positionAt(first?.offset ?? 0);
    const what = first ? jsonErrorMessage(first) : "Invalid JSON: the file is empty";
    throw new GateInputError(file, range(at.line, at.column, at.line, at.column + 1), `${what}; the gate reads the JSON that terraform show -json, aws cloudformation describe-change-set --output json and pulumi preview --json write`);
  }
  return new JsonDocument(file, JSON.parse(text) as unknown, root, text);
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** `resource_changes[3].change.actions`: a JSON path as people read it. */
export function formatJsonPath(path: JsonPath): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else text += text === "" ? segment : /^[A-Za-z_][\w-]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** What a value is, for a message: `a list`, `null`, `string "abc"`. */
export function describeJson(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "an object" : `${typeof value} ${JSON.stringify(value).slice(0, 40)}`;
}
