/**
 * re2js (a JavaScript port of RE2, linear-time like the Go regexp package Terraform uses) for the
 * patterns JavaScript's backtracking engine could take exponential time on (see
 * nestedRepetition in regex.ts). Loaded only when a scan can reach a regular expression function.
 */
import { lazyPackage } from "./lazy-package.js";

type Re2 = typeof import("re2js");

const re2 = lazyPackage<Re2>(() => import("re2js"), "RE2JS");

/** Whether a Terraform file's text can reach regex(), regexall() or replace() (directly, or through a template). */
export function mayUseRegex(text: string): boolean {
  return /\bregex(?:all)?\s*\(|\breplace\s*\(|templatefile/.test(text);
}

/** Loads re2js once; the Terraform scanner awaits this before it evaluates a file for which mayUseRegex holds. */
export const loadRe2 = (): Promise<void> => re2.load();

/** The loaded re2js, or undefined when loadRe2 has not run (the caller then does not evaluate the pattern). */
export const re2Module = (): Re2 | undefined => re2.get();
