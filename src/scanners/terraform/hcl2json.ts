/**
 * HashiCorp's own HCL parser (the WASM build in @cdktf/hcl2json) as the syntax authority. It is
 * only consulted when our parser fails: to tell a real syntax error (report hcl2json's message
 * and position) from a gap in our parser (the file is valid; we say we could not read it).
 */
import type { Range } from "../../model/position.js";
import type { LineIndex } from "../../model/position.js";

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

type Hcl2Json = { parse(filename: string, contents: string): Promise<Record<string, unknown>> };
let loaded: Promise<Hcl2Json> | undefined;

async function load(): Promise<Hcl2Json> {
  loaded ??= import("@cdktf/hcl2json").then((m) => m as unknown as Hcl2Json);
  return loaded;
}

export async function checkSyntax(filename: string, text: string, lines: LineIndex): Promise<SyntaxVerdict> {
  let lib: Hcl2Json;
  try {
    lib = await load();
  } catch (e) {
    loaded = undefined;
    return { ok: "unavailable", message: e instanceof Error ? e.message : String(e) };
  }
  try {
    const json = await lib.parse(filename, text);
    return { ok: true, json };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    return { ok: false, ...parseHcl2jsonError(raw, lines) };
  }
}
