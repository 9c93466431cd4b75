import { levelRank, type Finding } from "../model/finding.js";
import { GATE_KINDS, originsOnPath, type Format, type Origin, type Resource } from "../model/resource.js";
import { describeValue, isUnknown, type PathSegment, type Unknown, type Value } from "../model/value.js";
import { resolveReference, type Scope } from "./conditions.js";
import { withoutInstanceKeys } from "./relations.js";
import type { Rule } from "./rule.js";

/** Origins that are arguments of a call (a Terraform module call, a Pulumi component or function call). */
export function isCallOrigin(o: Origin): boolean {
  return o.kind === "module-argument" || o.kind === "call-argument";
}


/**
 * The name a finding gives its resource. A record evaluated for a caller (`scopes`) is named as
 * its definition names it when the finding depends on no caller's argument (so every call gives
 * the same finding, reported once), else as seen from the outermost caller it depends on.
 */
export function findingName(resource: Resource, calls: Origin[], origins: Origin[]): string {
  const scopes = resource.scopes;
  let name = resource.name;
  if (scopes && scopes.length > 0) name = calls.length === 0 ? scopes[scopes.length - 1]! : (scopes[Math.min(...calls.map((o) => o.depth ?? 0))] ?? resource.name);
  // A finding that uses no count index or for_each key is the same for every instance: it is
  // named by its block (`aws_instance.web`, not `aws_instance.web[0]`) and reported once.
  // A gate record is one instance's change (`aws_instance.web[1]`): its own finding.
  if (resource.format !== "terraform" || GATE_KINDS.has(resource.kind) || origins.some((o) => o.kind === "instance-key")) return name;
  return withoutInstanceKeys(name);
}

/**
 * ` — via module.svc (main.tf:5)`, ` — "MUTABLE" from terraform.tfvars:3 (variable repo_mutability)`,
 * ` — values from main.tf:6 (local value ssh), main.tf:2 (default of variable world)`: which call
 * the finding depends on, and where the values it is about are written (the far end of each
 * chain of definitions: a tfvars line rather than the local that passes it on).
 */
export function provenance(calls: Origin[], written: Origin[], value: Value | undefined): string {
  const parts: string[] = [];
  if (calls.length > 0) {
    // One step per call (a call passing several of the values is named once, at its first argument).
    const chain: Origin[] = [];
    for (const o of [...calls].sort((a, b) => (a.depth ?? 0) - (b.depth ?? 0))) {
      if (!chain.some((c) => c.depth === o.depth && c.call === o.call)) chain.push(o);
    }
    parts.push(`via ${chain.map((o) => `${o.call ?? "a call"} (${o.file}:${o.range.start.line})`).join(" → ")}`);
  }
  const where = (o: Origin): string => `${o.file}:${o.range.start.line} (${o.message})`;
  if (written.length === 1 && (typeof value === "string" || typeof value === "number" || typeof value === "boolean")) {
    parts.push(`${typeof value === "string" ? JSON.stringify(value) : String(value)} from ${where(written[0]!)}`);
  } else if (written.length > 0) {
    parts.push(`${written.length === 1 ? "value" : "values"} from ${written.slice(0, 3).map(where).join(", ")}`);
  }
  return parts.length > 0 ? ` — ${parts.join("; ")}` : "";
}

/** Why a note's value is unknown: ` (not known statically: var.image_tag has no default …; verify it)`. */
export function unknownNote(unknowns: Unknown[]): string {
  const reasons = [...new Set(unknowns.map((u) => u.reason ?? `${u.$unknown.trim()} is not known statically`))];
  if (reasons.length === 0) return " (the value is not known statically; verify it)";
  return ` (not known statically: ${reasons.slice(0, 3).join("; ")}; verify it)`;
}

/**
 * One note per undecided decision: when several rules hinge on the same unknown value at the
 * same place (PIN-005 and PIN-006 on one unknown image; DRF-001 and DRF-002 on options that are
 * a variable), the note of the most severe rule stays.
 */
export function oneNotePerDecision(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const order = new Map(rules.map((r, i) => [r.id, i]));
  const severity = new Map(rules.map((r) => [r.id, levelRank(r.level)]));
  const best = new Map<string, Finding>();
  const key = (f: Finding): string => `${f.file}\u0000${f.resource}\u0000${f.range.start.line}:${f.range.start.column}\u0000${decisionOf.get(f) ?? ""}`;
  for (const f of findings) {
    if (!f.unknownValue) continue;
    const k = key(f);
    const current = best.get(k);
    if (
      !current ||
      (severity.get(f.ruleId) ?? 0) > (severity.get(current.ruleId) ?? 0) ||
      ((severity.get(f.ruleId) ?? 0) === (severity.get(current.ruleId) ?? 0) && (order.get(f.ruleId) ?? 0) < (order.get(current.ruleId) ?? 0))
    ) {
      best.set(k, f);
    }
  }
  return findings.filter((f) => !f.unknownValue || best.get(key(f)) === f);
}

/**
 * The unit each finding was evaluated in (kept out of the finding itself): two roots that call
 * one module give a finding each, and those are not merged.
 */
export const unitOf = new WeakMap<Finding, string>();

/** The unknown values each note hinged on (kept out of the finding itself). */
export const decisionOf = new WeakMap<Finding, string>();

/**
 * Where the values behind a finding really come from (parameter defaults, variables, locals,
 * module arguments, constants), once each: those on the way to the finding's element, and
 * those on and below every value the decision read (a CIDR list whose one entry is a variable).
 */
export function relatedOrigins(resource: Resource, path: PathSegment[], touched: PathSegment[][]): { origins: Origin[]; written: Origin[] } {
  const origins: Origin[] = [];
  const written: Origin[] = [];
  const add = (list: Origin[]): void => {
    for (const origin of list) if (!origins.some((o) => sameOrigin(o, origin))) origins.push(origin);
  };
  // Each list runs from where the value is used to where it is written: its far end names where
  // (a call's argument there means the caller wrote it, which "via" already says). Only the
  // innermost list along a path is about the value itself; outer ones are what held it.
  const writtenEnd = (list: Origin[] | undefined): void => {
    const chain = list?.filter((o) => o.kind !== "instance-key") ?? [];
    const end = chain.at(-1);
    if (!end || isCallOrigin(end) || written.some((o) => sameOrigin(o, end))) return;
    // A local at the end of a longer chain may have combined several values (a merge, a for
    // expression): it does not say where this one was written.
    if (end.kind === "local" && chain.some((o) => o !== end && !isCallOrigin(o))) return;
    written.push(end);
  };
  const visit = (p: PathSegment[], below: boolean, named: boolean): void => {
    if (p.length === 0) return;
    const { along, inside } = originsOnPath(resource, p, below);
    along.forEach(add);
    inside.forEach(add);
    if (!named) return;
    if (inside.length > 0) inside.forEach(writtenEnd);
    else writtenEnd(along.at(-1));
  };
  visit(path, false, true);
  // The message names where the finding's own element got its values (a CIDR list inside the
  // ingress block); values the decision only consulted elsewhere (a replica's source, a flag
  // that excused nothing) are related locations, not "from" in the message.
  const inside = (t: PathSegment[]): boolean => path.length > 0 && t.length >= path.length && path.every((s, i) => t[i] === s);
  for (const t of touched) visit(t, true, inside(t));
  return { origins, written };
}

function sameOrigin(a: Origin, b: Origin): boolean {
  return a.file === b.file && a.range.start.line === b.range.start.line && a.range.start.column === b.range.start.column;
}


/**
 * Fills `{name}` and `{reference}` placeholders. An unknown value shows as the expression that
 * was written, once: the quotes a template puts around a placeholder (`"{image}"`) are dropped
 * for it, since they would make an expression look like a literal string.
 */
export function render(template: string, scope: Scope, name: string, format: Format): string {
  return template.replace(/("?)\{(@?[A-Za-z_$][\w$.\[\]"*|-]*)\}("?)/g, (_all, open: string, reference: string, close: string) => {
    if (reference === "name") return `${open}${name}${close}`;
    if (reference.startsWith("@")) return `${open}${nativeName(reference.slice(1), format)}${close}`;
    const value = resolveReference(reference, scope).value;
    if (value !== undefined && isUnknown(value) && open && close) return display(value);
    return `${open}${display(value)}${close}`;
  });
}

/**
 * `{@docker_config[0].immutable_tags}` in a message: an attribute as the user wrote it in their
 * format. Terraform: `docker_config.immutable_tags` (a nested block has no index in the source);
 * Pulumi: `dockerConfig.immutableTags` (the bridged providers' camelCase spelling of Terraform's
 * names); CloudFormation rules write property names themselves, so they pass through.
 */
export function nativeName(path: string, format: Format): string {
  const plain = path.replace(/\[(?:\d+|\*)\]/g, "");
  if (format !== "pulumi") return plain;
  return plain.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

/** A value as a message shows it: on one line (a heredoc's newline reads as `\n`). */
function display(value: Value | undefined): string {
  if (typeof value === "string") return oneLine(value);
  if (value !== undefined && isUnknown(value)) return oneLine(value.$unknown);
  return describeValue(value);
}

function oneLine(text: string): string {
  return text.replace(/\r\n|\r|\n/g, "\\n").replace(/\t/g, "\\t");
}


/** Two checks of one rule may hit the same spot; report it once, and keep fingerprints unique. */
export function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = `${f.ruleId}\u0000${f.file}\u0000${f.range.start.line}:${f.range.start.column}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const n = counts.get(f.fingerprint) ?? 0;
    counts.set(f.fingerprint, n + 1);
    out.push(n === 0 ? f : { ...f, fingerprint: `${f.fingerprint}-${n}` });
  }
  return out;
}


/**
 * One finding per rule, resource and element: findings of one rule on one resource about the
 * same element (two checks that both see a `Delete` policy) become one, and for rules that report once
 * per resource (`one-per: resource`), all of a resource's findings become one. The first (in
 * rule order; a definite finding before a note) stays; the others' places become its related
 * locations, with their messages, and a message about the same place is appended to its own.
 */
export function consolidate(findings: Finding[], rules: readonly Rule[]): Finding[] {
  const perResource = new Set(rules.filter((r) => r.onePer === "resource").map((r) => r.id));
  const kept = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    // An element is a place and the path to it: items built by one expression share a place.
    // Two findings of a rule at one place (a module's missing `required_version` and its
    // undeclared providers, both at line 1) are one result there that says both.
    // Notes about unknown values stay one per element: each names a different value to check.
    const where = perResource.has(f.ruleId) && f.resource !== "" ? "" : `${f.file}\u0000${f.range.start.line}:${f.range.start.column}${f.unknownValue ? `\u0000${f.path}` : ""}`;
    const key = `${f.ruleId}\u0000${unitOf.get(f) ?? ""}\u0000${f.resource}\u0000${where}`;
    const first = kept.get(key);
    if (!first) {
      kept.set(key, f);
      out.push(f);
      continue;
    }
    if (first.unknownValue && !f.unknownValue) {
      // A definite finding outranks a note about the same element.
      out[out.indexOf(first)] = f;
      kept.set(key, f);
      continue;
    }
    if (f.unknownValue && !first.unknownValue) continue;
    const samePlace = f.file === first.file && f.range.start.line === first.range.start.line && f.range.start.column === first.range.start.column;
    const related = [...(first.related ?? [])];
    if (!samePlace && !related.some((r) => r.file === f.file && r.range.start.line === f.range.start.line && r.range.start.column === f.range.start.column)) {
      related.push({ file: f.file, range: f.range, message: f.message });
    }
    for (const r of f.related ?? []) if (!related.some((x) => x.file === r.file && x.range.start.line === r.range.start.line && x.range.start.column === r.range.start.column)) related.push(r);
    const message = samePlace && f.path !== first.path && !first.message.includes(f.message) ? `${first.message} ${f.message}` : first.message;
    const merged: Finding = { ...first, message, ...(related.length > 0 ? { related } : {}) };
    out[out.indexOf(first)] = merged;
    kept.set(key, merged);
  }
  return out;
}
