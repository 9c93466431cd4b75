/**
 * Comments of the files driftless reads, found the way each language's lexer would (so a
 * `# driftless:ignore` inside a string, a heredoc or a YAML block scalar is not a comment).
 * Only what suppressions need: each comment's text, where it starts, and whether code precedes it
 * on its line.
 */
import { Parser } from "yaml";
import { LineIndex } from "../model/position.js";

export interface Comment {
  /** 1-based line and column of the comment marker (`#`, `//`, `/*`). */
  line: number;
  column: number;
  /** The comment's text without its markers. */
  text: string;
  /** Code comes before it on its line (`ami = "x" # …`): it is about that line. */
  trailing: boolean;
  /** The line the comment ends on (a block comment may span lines). */
  endLine: number;
}

export type CommentSyntax = "hcl" | "yaml" | "typescript" | "none";

/** The comment syntax of a file by its name (JSON has none; `.template` by its first character). */
export function commentSyntax(path: string, text: string): CommentSyntax {
  if (/\.(tf|tfvars|hcl)$/i.test(path)) return "hcl";
  if (/\.(ts|mts|cts)$/i.test(path)) return "typescript";
  if (/\.(ya?ml)$/i.test(path)) return "yaml";
  if (/\.template$/i.test(path)) return /^\s*[{[]/.test(text) ? "none" : "yaml";
  return "none";
}

/** Every comment of a file in source order. */
export function findComments(syntax: CommentSyntax, text: string): Comment[] {
  switch (syntax) {
    case "hcl":
      return cLike(text, true);
    case "typescript":
      return cLike(text, false);
    case "yaml":
      return yamlComments(text);
    case "none":
      return [];
  }
}

function precededByCode(lines: LineIndex, offset: number, line: number): boolean {
  return lines.text.slice(lines.offsetAt({ line, column: 1 }), offset).trim() !== "";
}

/**
 * HCL (`#`, `//`, `/* *\/`; strings with `${…}` templates; heredocs) and TypeScript (`//`,
 * `/* *\/`; '…', "…", template literals with nested `${…}`; regular expression literals told
 * from division by the token before them).
 */
function cLike(text: string, hcl: boolean): Comment[] {
  const lines = new LineIndex(text, { loneCr: !hcl });
  const out: Comment[] = [];
  // Each entry: how deep `${` nesting is inside a template/string we returned from.
  const braceStack: ("code" | "template")[] = [];
  let i = 0;
  let lastSignificant = "";
  const n = text.length;
  const push = (start: number, end: number, body: string): void => {
    const { line, column } = lines.positionAt(start);
    out.push({ line, column, text: body, trailing: precededByCode(lines, start, line), endLine: lines.positionAt(Math.max(start, end - 1)).line });
  };
  const skipString = (quote: string): void => {
    // i is just after the opening quote
    while (i < n) {
      const c = text[i]!;
      if (c === "\\") {
        i += 2;
        continue;
      }
      if (c === quote) {
        i++;
        return;
      }
      if (hcl && c === "$" && text[i + 1] === "{" && quote === '"') {
        i += 2;
        braceStack.push("template");
        return; // back to code inside the interpolation
      }
      if (!hcl && quote === "`" && c === "$" && text[i + 1] === "{") {
        i += 2;
        braceStack.push("template");
        return;
      }
      if (c === "\n" && quote !== "`" && !hcl) return; // unterminated: resync at the line end
      i++;
    }
  };
  let resumeQuote: string[] = [];
  while (i < n) {
    const c = text[i]!;
    const next = text[i + 1];
    if (c === "#" && hcl) {
      const end = lineEnd(text, i, hcl);
      const stop = end < 0 ? n : end;
      push(i, stop, text.slice(i + 1, stop));
      i = stop;
      continue;
    }
    if (c === "/" && next === "/") {
      const end = lineEnd(text, i, hcl);
      const stop = end < 0 ? n : end;
      push(i, stop, text.slice(i + 2, stop));
      i = stop;
      continue;
    }
    if (c === "/" && next === "*") {
      const end = text.indexOf("*/", i + 2);
      const stop = end < 0 ? n : end + 2;
      push(i, stop, text.slice(i + 2, end < 0 ? n : end));
      i = stop;
      continue;
    }
    if (c === '"' || c === "'" || c === "`") {
      if (hcl && c !== '"') {
        i++;
        continue;
      }
      i++;
      resumeQuote.push(c);
      skipString(c);
      if (braceStack.at(-1) !== "template" || text.slice(i - 2, i) !== "${") resumeQuote.pop();
      lastSignificant = "a";
      continue;
    }
    if (hcl && c === "<" && next === "<") {
      const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(i, i + 200));
      if (m) {
        const marker = m[1]!;
        const closing = new RegExp(`^[ \\t]*${marker}[ \\t]*\\r?$`, "m");
        const bodyStart = i + m[0].length;
        const rest = text.slice(bodyStart);
        const found = closing.exec(rest);
        i = found ? bodyStart + found.index + found[0].length : n;
        lastSignificant = "a";
        continue;
      }
    }
    if (!hcl && c === "/" && regexAllowedAfter(lastSignificant)) {
      // A regular expression literal: skip to its closing slash (classes may hold slashes).
      let j = i + 1;
      let inClass = false;
      while (j < n && text[j] !== "\n") {
        const d = text[j]!;
        if (d === "\\") j += 2;
        else {
          if (d === "[") inClass = true;
          else if (d === "]") inClass = false;
          else if (d === "/" && !inClass) break;
          j++;
        }
      }
      i = j + 1;
      lastSignificant = "a";
      continue;
    }
    if (c === "{") braceStack.push("code");
    if (c === "}") {
      const top = braceStack.pop();
      if (top === "template") {
        // Back inside the string or template literal the interpolation sat in.
        const quote = resumeQuote.pop() ?? (hcl ? '"' : "`");
        i++;
        resumeQuote.push(quote);
        skipString(quote);
        if (braceStack.at(-1) !== "template" || text.slice(i - 2, i) !== "${") resumeQuote.pop();
        lastSignificant = "a";
        continue;
      }
    }
    if (!/\s/.test(c)) lastSignificant = c;
    i++;
  }
  return out;
}

/**
 * Offset of the line break that ends the line holding `from` (-1 at the end of the text): LF,
 * CRLF, and a lone CR unless `hcl` (HCL's comments run to LF or CRLF; a lone CR is inside them).
 */
function lineEnd(text: string, from: number, hcl: boolean): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && (!hcl || text.charCodeAt(i + 1) === 10))) return i;
  }
  return -1;
}

function regexAllowedAfter(previous: string): boolean {
  return previous === "" || "(,=:[!&|?{};+-*%<>~^".includes(previous);
}

/** YAML comments from the yaml package's CST parser: block scalars and quoted strings are content. */
function yamlComments(text: string): Comment[] {
  const lines = new LineIndex(text);
  const out: Comment[] = [];
  const seen = new Set<number>();
  const visit = (node: unknown, depth: number): void => {
    if (depth > 200 || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const x of node) visit(x, depth + 1);
      return;
    }
    const token = node as { type?: string; offset?: number; source?: string };
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string" && !seen.has(token.offset)) {
      seen.add(token.offset);
      const { line, column } = lines.positionAt(token.offset);
      out.push({ line, column, text: token.source.slice(1), trailing: precededByCode(lines, token.offset, line), endLine: line });
      return;
    }
    for (const value of Object.values(node)) if (value !== null && typeof value === "object") visit(value, depth + 1);
  };
  for (const token of new Parser().parse(text)) visit(token, 0);
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
