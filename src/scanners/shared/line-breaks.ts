/**
 * The text with each lone CR as LF. YAML 1.2 (§5.4) counts CR, LF and CRLF as line breaks; the
 * yaml package only LF and CRLF, and would read a file with classic Mac OS line endings as one
 * line. One character for one keeps every offset, and LineIndex already breaks lines at a lone CR.
 */
export function yamlLineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r(?!\n)/g, "\n") : text;
}
