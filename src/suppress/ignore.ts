/**
 * `ignore:` entries of `.driftless.yaml`: the file-based way to accept findings, matched on the
 * findings themselves (rule, repository path, resource address, fingerprint).
 */
import type { Finding } from "../model/finding.js";

export interface IgnoreEntry {
  /** Position in the `ignore:` list, and the line the entry starts on in the configuration file. */
  index: number;
  line: number;
  /** Rule IDs; absent: any rule (then a fingerprint is given). */
  rules?: string[];
  /** Globs of repository paths (picomatch, `dot: true`). */
  paths?: string[];
  /** A resource address; `X.*` matches X and everything below it (`module.app.*`). */
  resource?: string;
  fingerprint?: string;
  reason: string;
  /** YYYY-MM-DD: the last day it suppresses. */
  expires?: string;
}

/** Compiles path globs into a predicate (picomatch with `dot: true`; loaded only when an entry has paths). */
export type GlobMatcher = (globs: string[]) => (path: string) => boolean;

/** A predicate for one entry: all of its criteria must hold. `glob` compiles its `paths`. */
export function ignoreMatcher(entry: IgnoreEntry, glob: GlobMatcher | undefined): (finding: Finding) => boolean {
  if (entry.paths && !glob) throw new Error(`ignore entry ${entry.index} has paths but no glob matcher was given`);
  const pathMatch = entry.paths ? glob!(entry.paths) : undefined;
  const rules = entry.rules ? new Set(entry.rules) : undefined;
  const resource = entry.resource;
  const prefix = resource?.endsWith(".*") ? resource.slice(0, -2) : undefined;
  return (f) => {
    if (rules && !rules.has(f.ruleId)) return false;
    if (entry.fingerprint && f.fingerprint !== entry.fingerprint) return false;
    if (pathMatch && !pathMatch(f.file)) return false;
    if (resource !== undefined) {
      if (prefix !== undefined) {
        if (!(f.resource === prefix || f.resource.startsWith(`${prefix}.`) || f.resource.startsWith(`${prefix}[`))) return false;
      } else if (f.resource !== resource) return false;
    }
    return true;
  };
}

/** True when a YYYY-MM-DD expiry day lies before `today` (also YYYY-MM-DD, UTC). */
export function isExpired(expires: string | undefined, today: string): boolean {
  return expires !== undefined && expires < today;
}

/** Today's date, YYYY-MM-DD in UTC (`DRIFTLESS_TODAY` overrides it for reproducible runs and tests). */
export function todayUtc(env: Record<string, string | undefined> = process.env): string {
  const forced = env.DRIFTLESS_TODAY;
  if (forced && /^\d{4}-\d{2}-\d{2}$/.test(forced)) return forced;
  return new Date().toISOString().slice(0, 10);
}

/** YYYY-MM-DD naming a real day (2099-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}
