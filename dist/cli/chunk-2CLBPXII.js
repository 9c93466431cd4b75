import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/model/position.ts
function range(startLine, startColumn, endLine, endColumn) {
  return { start: { line: startLine, column: startColumn }, end: { line: endLine, column: endColumn } };
}
function firstLineOf(r, lineText) {
  return r.start.line === r.end.line ? r : { start: r.start, end: { line: r.start.line, column: lineText.replace(/\s+$/, "").length + 1 } };
}
var LineIndex = class {
  /**
   * Lines end at LF, CRLF and (with `loneCr`, the default) a lone CR, as YAML 1.2, JSON editors
   * and TypeScript count them. HCL breaks lines only at LF and CRLF (a lone CR is an invalid
   * character, or part of a comment or string), so the Terraform scanner passes `loneCr: false`.
   */
  constructor(text, options = {}) {
    this.text = text;
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
  text;
  lineStarts;
  loneCrBreaks;
  get lineCount() {
    return this.lineStarts.length;
  }
  positionAt(offset) {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  }
  offsetAt(position) {
    const start = this.lineStarts[position.line - 1] ?? this.text.length;
    return start + position.column - 1;
  }
  rangeOf(startOffset, endOffset) {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
  /** Text of a 1-based line without its line terminator. */
  lineText(line) {
    const start = this.lineStarts[line - 1];
    if (start === void 0) return "";
    const next = this.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(this.loneCrBreaks ? /\r?\n$|\r$/ : /\r?\n$/, "");
  }
};

export {
  range,
  firstLineOf,
  LineIndex
};
