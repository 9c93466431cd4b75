/**
 * HCL native-syntax tokens, lexed on demand from an offset. The lexer is stateless: the parser
 * asks for "the token at offset N" and handles template/heredoc bodies itself, because their
 * lexing depends on context (HCL's scanner is modal in the same way).
 */

export type TokenType =
  | "ident"
  | "number"
  | "oquote" // `"` starting a quoted template
  | "heredoc" // `<<EOF` / `<<-EOF`
  | "nl"
  | "eof"
  | "punct"
  | "invalid";

export interface Token {
  type: TokenType;
  start: number;
  end: number;
  /** The punctuation / operator text, identifier name, heredoc marker. */
  text: string;
  /** Heredoc: `<<-` form. */
  flush?: boolean;
  /** Invalid token: why. */
  error?: string;
}

const THREE = ["..."];
const TWO = ["==", "!=", "<=", ">=", "&&", "||", "=>"];
const ONE = "{}[](),.=:?+-*/%<>!~";

function isIdentStart(c: number, text: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) return true;
  // Past the end of the text charCodeAt gives NaN: no identifier starts there.
  if (!(c >= 128)) return false;
  return /[\p{ID_Start}]/u.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isIdentPart(c: number, text: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45) return true;
  if (!(c >= 128)) return false;
  return /[\p{ID_Continue}]/u.test(String.fromCodePoint(text.codePointAt(i)!));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Offset after an identifier starting at `i` (letters, digits, `_`, `-`). */
export function identEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isIdentPart(c, text, i)) break;
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

/** The error for a carriage return that no line feed follows. */
export const LONE_CR = "Invalid character: a carriage return without a line feed (classic Mac OS line endings), which Terraform does not accept as a line break; convert the file's line endings to LF or CRLF";

/** Skips spaces, tabs, a BOM and comments (not newlines). Returns the new offset or an invalid token. */
function skipTrivia(text: string, i: number): number | Token {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 0xfeff) {
      i++;
    } else if (c === 35 /* # */ || (c === 47 && text.charCodeAt(i + 1) === 47) /* // */) {
      while (i < n) {
        const d = text.charCodeAt(i);
        // A comment ends at LF or CRLF; HCL takes a lone CR as part of the comment.
        if (d === 10 || (d === 13 && text.charCodeAt(i + 1) === 10)) break;
        i++;
      }
    } else if (c === 47 && text.charCodeAt(i + 1) === 42 /* slash-star */) {
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

export function lex(text: string, pos: number): Token {
  const skipped = skipTrivia(text, pos);
  if (typeof skipped !== "number") return skipped;
  const i = skipped;
  const n = text.length;
  if (i >= n) return { type: "eof", start: n, end: n, text: "" };
  const c = text.charCodeAt(i);
  if (c === 10) return { type: "nl", start: i, end: i + 1, text: "\n" };
  if (c === 13) {
    // HCL's line breaks are LF and CRLF; a lone CR (classic Mac OS line endings) is an invalid
    // character to Terraform, so it is a syntax error here too.
    if (text.charCodeAt(i + 1) === 10) return { type: "nl", start: i, end: i + 2, text: "\n" };
    return { type: "invalid", start: i, end: i + 1, text: "\r", error: LONE_CR };
  }
  if (isIdentStart(c, text, i)) {
    let end = identEnd(text, i);
    // provider::ns::fn
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
  const one = text[i]!;
  if (ONE.includes(one)) return { type: "punct", start: i, end: i + 1, text: one };
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return {
    type: "invalid",
    start: i,
    end: i + ch.length,
    text: ch,
    error: c === 39 ? "Invalid character: single quotes are not valid; use double quotes (\") to enclose strings" : `Invalid character ${JSON.stringify(ch)}: this character is not used within the language`,
  };
}
