/**
 * The report's colours, one table for the stylesheet and the charts, so a level or a family has
 * the same colour in a badge, a table and every chart.
 */
import type { Level } from "../../model/finding.js";

/** Bar and badge colours per level: error red, warning amber, note blue. */
export const LEVEL_COLOURS: Readonly<Record<Level, string>> = { error: "#d1242f", warning: "#e3a008", note: "#2f6fd6" };

/** Colours of a comparison's parts: new findings, fixed ones, and those still open. */
export const CHANGE_COLOURS = { new: "#8a3ffc", fixed: "#1a7f37", open: "#8c959f" } as const;

/** The neutral colour of bars that stand for all levels together (a repository's total). */
export const TOTAL_COLOUR = "#57606a";

/** The built-in families' colours; other prefixes take FAMILY_SPARE in order of appearance. */
const FAMILY_COLOURS: Readonly<Record<string, string>> = {
  PIN: "#3b6ea5",
  RNP: "#e8833a",
  DRF: "#4c9a52",
  ACC: "#9c5bb5",
  ART: "#3fa7a3",
  DAT: "#c9a227",
  CHG: "#8d6748",
  IAC: "#a0a0a0",
};
const FAMILY_SPARE: readonly string[] = ["#d4668f", "#6b8e23", "#5f6fc9", "#b5543c", "#2b8cbe", "#7a7a3a"];

/**
 * A colour for each family given, in their order: the built-in families keep theirs, others take
 * the spare colours in turn (repeating when there are more custom families than spares).
 */
export function familyColours(families: readonly string[]): string[] {
  let spare = 0;
  return families.map((f) => FAMILY_COLOURS[f] ?? FAMILY_SPARE[spare++ % FAMILY_SPARE.length]!);
}
