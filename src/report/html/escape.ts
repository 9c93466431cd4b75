/**
 * Turning untrusted text into HTML that shows it literally. Everything a report draws from a
 * scan (messages, file names, resource addresses, rule titles, repository names, failure reasons)
 * can hold markup, so every piece of it goes through one of these before it reaches the page.
 */

/** How many characters of one text (a message, a resource address, a path) a page shows. */
export const TEXT_LIMIT = 2000;

/**
 * A text cut to `max` characters, saying how much was left out: a finding's message can quote a
 * value of megabytes (a module source of 3 MB), and one such cell keeps a browser laying out
 * the page for minutes. The JSON reports keep the whole text.
 */
export function clip(text: string, max = TEXT_LIMIT): string {
  if (text.length <= max) return text;
  // Not between the two halves of a surrogate pair.
  const end = /[\ud800-\udbff]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}… (${(text.length - end).toLocaleString("en")} more characters; the JSON report holds the whole text)`;
}

/**
 * Text safe in element content and in quoted attribute values: `& < > " '` become character
 * references. Control characters (an ANSI escape in a message, a NUL in a path) become a visible
 * `\u{1b}`: HTML would drop some and turn NUL into U+FFFD, hiding what the input held.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`)
    .replace(/[&<>"']/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&#39;"));
}

/**
 * A value as the text of a `<script type="application/json">` element: the HTML parser ends a
 * script at the first `</script`, and `<!--` changes how it looks for that end, so `<` (with `>`
 * and `&` for good measure) is written as a JSON `\u` escape, which JSON.parse reads back
 * unchanged. U+2028 and U+2029 are escaped too, so the text is also a valid JavaScript literal.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Thrown when code to inline holds what would end or unbalance its `<script>` element. */
export class InlineScriptError extends Error {
  override name = "InlineScriptError";
}

/**
 * JavaScript source as the text of a `<script>` element. It must not hold `</script` (which ends
 * the element early) or `<!--` (which makes the parser treat a later `<script` as nested): no
 * rewrite of either is safe in every JavaScript context, so the code is refused instead.
 * @throws InlineScriptError naming `what` and the offending text
 */
export function inlineScript(code: string, what: string): string {
  const bad = /<\/script|<!--/i.exec(code);
  if (bad) throw new InlineScriptError(`${what} cannot be inlined into an HTML page: it holds "${bad[0]}" at offset ${bad.index}`);
  return code;
}
