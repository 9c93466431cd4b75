import type { Level } from "./finding.js";

/**
 * One report over one or many repositories: what `driftless sweep` writes as its aggregate
 * (`sweep.json`), what `report merge` builds from per-repository JSON reports, and what the HTML
 * report draws. Part of the model so that reporters depend on nothing but the model.
 *
 * Shape (JSON): `{ kind: "driftless-sweep", schemaVersion: 1, tool, createdAt, repositories,
 * rules, summary, comparison? }`. Paths inside a repository are relative to its root, with `/`.
 */
export interface SweepDocument {
  kind: "driftless-sweep";
  schemaVersion: 1;
  /** `driftless 0.1.0`: the tool that wrote it. */
  tool: string;
  /** When the sweep (or merge) ended, ISO 8601 UTC. */
  createdAt: string;
  repositories: SweepRepository[];
  /** Every rule that has a finding, in id order. */
  rules: SweepRule[];
  summary: SweepSummary;
  /** Against a previous document (`--compare previous.json`). */
  comparison?: SweepComparison;
}

/** How a repository fared: scanned now, taken from the cache (HEAD and configuration unchanged), or failed. */
export type SweepStatus = "scanned" | "cached" | "failed";

export interface SweepRepository {
  /**
   * Unique within the document: a sweep names a repository after its folder, or folders that
   * share a name by the shortest ending of their paths that tells them apart (`team-a/infra`);
   * a merge adds `~2`, `~3` to names its documents repeat.
   */
  name: string;
  /** The folder scanned, as the sweep was given it (absolute, or relative to the working directory). */
  path: string;
  /**
   * The folder scanned, relative to the folder of the document that holds it (`/`-separated):
   * where its files are for links, wherever the document is read. Absent for a scan's report.
   */
  root?: string;
  status: SweepStatus;
  /** Why it failed (status `failed`): one line, naming what to do where that is known. */
  reason?: string;
  /** HEAD's commit (40 hex digits), when the repository has one. */
  commit?: string;
  /** The branch checked out (`refs/heads/main`). */
  branch?: string;
  /** The origin remote as a web address (`https://github.com/acme/infra`), without credentials. */
  remoteUrl?: string;
  filesScanned: number;
  /** This repository's reports, relative to the sweep's output folder. */
  reports?: { sarif?: string; json?: string };
  /** Wall time of its scan in milliseconds (0 when cached). */
  durationMs?: number;
  /** All findings, suppressed ones included (with `suppressed: true`). */
  findings: SweepFinding[];
}

export interface SweepFinding {
  ruleId: string;
  level: Level;
  message: string;
  /** Relative to the repository root. */
  file: string;
  /** 1-based line and column where the finding starts. */
  line: number;
  column: number;
  /** Resource address (empty for file-level findings). */
  resource: string;
  /** The finding's stable identity (see Finding.fingerprint). */
  fingerprint: string;
  suppressed: boolean;
  /** The suppression's justification, when suppressed. */
  justification?: string;
}

export interface SweepRule {
  id: string;
  title: string;
  level: Level;
  /** The catalog family: the id's prefix (`PIN`, `RNP`, `DRF`, `ACC`, `ART`, `DAT`, `CHG`, `IAC`). */
  family: string;
  helpUri?: string;
}

/** Totals over repositories; suppressed findings count only in `suppressed`. */
export interface SweepSummary {
  repositories: number;
  scanned: number;
  cached: number;
  failed: number;
  filesScanned: number;
  findings: number;
  errors: number;
  warnings: number;
  notes: number;
  suppressed: number;
}

/**
 * Against a previous document, by repository name and finding fingerprint (a multiset: two
 * findings with one fingerprint count twice). Suppressed findings take no part. A repository
 * that failed now, or was not in the previous document, has no fixed findings: nothing is known
 * to have gone. One that failed in the previous document is compared with nothing: its findings
 * are new (the team had not seen them).
 */
export interface SweepComparison {
  /** The previous document's `createdAt`. */
  previousCreatedAt: string;
  new: number;
  fixed: number;
  open: number;
  repositories: { name: string; new: number; fixed: number; open: number }[];
  /** The previous findings that are gone, with their repository (the current ones carry `change`). */
  fixedFindings: (SweepFinding & { repository: string })[];
  /** Per repository name, the fingerprints (with repeats) of the current findings that are new. */
  newFingerprints: Record<string, string[]>;
}
