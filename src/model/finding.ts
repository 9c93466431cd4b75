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
  /**
   * What the finding is about, as 16 hex digits of the SHA-256 of its value in canonical JSON
   * (sorted keys; an unknown value by its expression text), or `"none"` for a finding about a
   * missing setting or the resource as a whole. Baselines match on it beside the fingerprint,
   * so a finding whose offending value changes (`?ref=main` → `?ref=develop`) counts as new;
   * SARIF's partialFingerprints leave it out, so code scanning keeps tracking the alert.
   * Absent on findings no rule made (IAC-000, IAC-001).
   */
  valueDigest?: string;
  related?: RelatedLocation[];
  /** The finding depends on a value that was not statically known (`--report-unknown`). */
  unknownValue?: boolean;
  suppression?: Suppression;
}
