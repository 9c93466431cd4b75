/** Guards and messages shared by every reader of JSON input: the scanners and the gate. */
import { printParseErrorCode, type ParseError } from "jsonc-parser";

/**
 * The offset of the first bracket nested deeper than `limit` outside strings, or -1. Run before
 * a recursive parser (`parseTree`), whose recursion a hostile file could otherwise exhaust.
 */
export function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return i;
    } else if (c === 125 || c === 93) depth--;
  }
  return -1;
}

/** A jsonc-parser error as a sentence: `Invalid JSON: close brace expected`. */
export function jsonErrorMessage(error: ParseError): string {
  const words = printParseErrorCode(error.error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return `Invalid JSON: ${words.replace(/^invalid symbol$/, "unexpected character")}`;
}
