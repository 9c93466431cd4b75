import type { Range } from "./position.js";

export type Level = "error" | "warning" | "note";
export const LEVELS: readonly Level[] = ["error", "warning", "note"];

/** Orders levels for fail-on comparisons: error > warning > note. */
export function levelRank(level: Level | "none"): number {
  return level === "error" ? 3 : level === "warning" ? 2 : level === "note" ? 1 : 0;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Suppression {
  /** `inSource`: a comment or CloudFormation Metadata; `external`: an `ignore:` entry of the configuration. */
  kind: "inSource" | "external";
  justification: string;
  expires?: string;
  file: string;
  line: number;
}

export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  file: string;
  range: Range;
  /** Address of the resource the finding is about (empty for file-level findings). */
  resource: string;
  /** Dotted attribute path inside the resource, the last part of the fingerprint. */
  path: string;
  /**
   * Stable identity: hash of rule + file + resource address + attribute path. Line numbers are
   * not part of it, so moving unrelated code does not turn a finding into a "new" one.
   */
  fingerprint: string;
  related?: RelatedLocation[];
  /** The finding depends on a value that was not statically known (`--report-unknown`). */
  unknownValue?: boolean;
  suppression?: Suppression;
}
