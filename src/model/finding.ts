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
   * Stable identity: hash of rule + file (this finding's `file`) + resource address + attribute
   * path. Line numbers are not part of it, so moving unrelated code does not turn a finding into
   * a "new" one.
   */
  fingerprint: string;
  /**
   * What the finding is about, as 16 hex digits of the SHA-256 of every value the rule looked
   * at in canonical JSON (sorted keys; an unknown value by its expression text): the offending
   * value, the whole element it iterated over or the fact record (an ingress rule's ports,
   * protocol and sources), and the values its conditions read; `"none"` when it read none (see
   * `findingDigest` in src/engine/fingerprint.ts). Baselines match on it beside the fingerprint,
   * so a finding whose subject changes (`?ref=main` → `?ref=develop`, port 22 → 0-65535) counts
   * as new; SARIF's partialFingerprints leave it out, so code scanning keeps tracking the alert.
   * Absent on findings no rule made (IAC-000, IAC-001).
   */
  valueDigest?: string;
  related?: RelatedLocation[];
  /** The finding depends on a value that was not statically known (`--report-unknown`). */
  unknownValue?: boolean;
  suppression?: Suppression;
}
