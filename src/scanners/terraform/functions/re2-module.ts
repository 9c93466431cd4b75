/**
 * re2js (a JavaScript port of RE2, linear-time like the Go regexp package Terraform uses) for the
 * patterns JavaScript's backtracking engine could take exponential time on (see
 * nestedRepetition in regex.ts). Loaded only when a scan can reach a regular expression function.
 */
type Re2 = typeof import("re2js");

let re2: Re2 | undefined;

/** Whether a Terraform file's text can reach regex(), regexall() or replace() (directly, or through a template). */
export function mayUseRegex(text: string): boolean {
  return /\bregex(?:all)?\s*\(|\breplace\s*\(|templatefile/.test(text);
}

/** Loads re2js once; the Terraform scanner awaits this before it evaluates a file for which mayUseRegex holds. */
export async function loadRe2(): Promise<void> {
  if (re2) return;
  const loaded = await import("re2js");
  // The bundle gives a CommonJS package imported dynamically as `default` only.
  re2 = typeof loaded.RE2JS === "function" ? loaded : (loaded as unknown as { default: Re2 }).default;
}

/** The loaded re2js, or undefined when loadRe2 has not run (the caller then does not evaluate the pattern). */
export function re2Module(): Re2 | undefined {
  return re2;
}
