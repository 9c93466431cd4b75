/** 1-based line and column; columns count UTF-16 code units (what SARIF `utf16CodeUnits` and editors expect). */
export interface Position {
  line: number;
  column: number;
}

/** A source span; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

export function range(startLine: number, startColumn: number, endLine: number, endColumn: number): Range {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}

/** The first line of a range only: what a "header" location means for a block that spans many lines. */
export function firstLineOf(r: Range, lineText: string): Range {
  return r.start.line === r.end.line
    ? r
    : { start: r.start, end: { line: r.start.line, column: lineText.replace(/\s+$/, "").length + 1 } };
}

/**
 * Converts string offsets to positions. Built once per file; lookups are a binary search
 * over line starts, so positions for thousands of nodes stay cheap.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  private readonly loneCrBreaks: boolean;

  /**
   * Lines end at LF, CRLF and (with `loneCr`, the default) a lone CR, as YAML 1.2, JSON editors
   * and TypeScript count them. HCL breaks lines only at LF and CRLF (a lone CR is an invalid
   * character, or part of a comment or string), so the Terraform scanner passes `loneCr: false`.
   */
  constructor(
    readonly text: string,
    options: { loneCr?: boolean } = {},
  ) {
    this.loneCrBreaks = options.loneCr ?? true;
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        else if (!this.loneCrBreaks) continue;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  offsetAt(position: Position): number {
    const start = this.lineStarts[position.line - 1] ?? this.text.length;
    return start + position.column - 1;
  }

  rangeOf(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  /** Text of a 1-based line without its line terminator. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return "";
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(this.loneCrBreaks ? /\r?\n$|\r$/ : /\r?\n$/, "");
  }
}
