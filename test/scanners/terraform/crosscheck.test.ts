/**
 * Cross-check against HashiCorp's parser (hcl2json): for every .tf fixture, the blocks,
 * attribute names, nesting and literal values we produce agree with hcl2json's JSON.
 */
import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Resource } from "../../../src/model/resource.js";
import { isUnknown, type Value } from "../../../src/model/value.js";
import { FIXTURES, fixtureText, scanText } from "./helpers.js";

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

const META = new Set(["count", "for_each", "depends_on", "provider", "lifecycle", "provisioner", "connection", "providers"]);

const DYNAMIC = "\u0000dynamic";

/** Compares our value with hcl2json's; returns a list of differences (paths). */
function compare(ours: Value | undefined, theirs: Json | undefined, path: string, out: string[]): void {
  if (ours !== undefined && isUnknown(ours)) return; // hcl2json renders expressions as "${...}" strings
  if (theirs === DYNAMIC) return;
  if (typeof theirs === "string") {
    const withoutEscapes = theirs.replace(/\$\$\{|%%\{/g, "");
    // hcl2json keeps expressions as "${...}" text; we evaluate what is knowable (a reference to a
    // local, count.index, a function of literals), so any value of ours is fine here.
    if (/[$%]\{/.test(withoutEscapes)) return;
    theirs = theirs.replace(/\$\$\{/g, "${").replace(/%%\{/g, "%{");
  }
  if (Array.isArray(theirs)) {
    if (!Array.isArray(ours) || ours.length !== theirs.length) {
      out.push(`${path}: list mismatch`);
      return;
    }
    theirs.forEach((t, i) => compare(ours[i], t, `${path}[${i}]`, out));
    return;
  }
  if (theirs !== null && typeof theirs === "object") {
    if (ours === null || typeof ours !== "object" || Array.isArray(ours)) {
      out.push(`${path}: object mismatch`);
      return;
    }
    const keys = new Set([...Object.keys(theirs), ...Object.keys(ours)]);
    for (const k of keys) compare((ours as Record<string, Value>)[k], theirs[k], `${path}.${k}`, out);
    return;
  }
  if (ours !== theirs) out.push(`${path}: ${JSON.stringify(ours)} != ${JSON.stringify(theirs)}`);
}

/** A block body from hcl2json, with dynamic blocks and labelled nested blocks folded the way we fold them. */
function normaliseBody(body: { [k: string]: Json }, meta: boolean): { [k: string]: Json } {
  const out: { [k: string]: Json } = {};
  for (const [k, v] of Object.entries(body)) {
    if (meta && META.has(k)) continue;
    if (k === "dynamic") continue;
    out[k] = v;
  }
  // Dynamic blocks are expanded over their collection (one block per element): not comparable
  // with hcl2json's single `content`; scan-hcl.test.ts checks them.
  for (const label of Object.keys((body.dynamic as { [k: string]: Json[] } | undefined) ?? {})) out[label] = DYNAMIC;
  return out;
}

function ourAttributes(r: Resource): Value {
  // hcl2json groups labelled nested blocks by label: backend "s3" {} -> backend: { s3: [ {...} ] }
  const fold = (v: Value): Value => {
    if (Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === "object" && !Array.isArray(x) && "$labels" in x)) {
      const grouped: Record<string, Value[]> = {};
      for (const x of v as Record<string, Value>[]) {
        const { $labels, ...rest } = x;
        (grouped[String(($labels as string[])[0])] ??= []).push(rest);
      }
      return grouped as Value;
    }
    if (Array.isArray(v)) return v.map(fold);
    if (v && typeof v === "object" && !isUnknown(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fold(x)]));
    return v;
  };
  return fold(r.attributes);
}

function theirBlocks(json: { [k: string]: Json }): Map<string, { [k: string]: Json }> {
  const out = new Map<string, { [k: string]: Json }>();
  const two = (kind: string, prefix: string) => {
    for (const [type, byName] of Object.entries((json[kind] as { [k: string]: { [k: string]: Json[] } }) ?? {}))
      for (const [name, bodies] of Object.entries(byName)) out.set(`${prefix}${type}.${name}`, (bodies as { [k: string]: Json }[])[0]!);
  };
  two("resource", "");
  two("data", "data.");
  for (const [kind, prefix] of [["module", "module."], ["variable", "var."], ["output", "output."]] as const)
    for (const [name, bodies] of Object.entries((json[kind] as { [k: string]: Json[] }) ?? {})) out.set(`${prefix}${name}`, (bodies as { [k: string]: Json }[])[0]!);
  for (const [name, bodies] of Object.entries((json.provider as { [k: string]: { [k: string]: Json }[] }) ?? {}))
    for (const b of bodies) out.set(`provider.${name}${typeof b.alias === "string" ? `.${b.alias}` : ""}`, b);
  ((json.locals as { [k: string]: Json }[]) ?? []).forEach((b, i) => out.set(i === 0 ? "locals" : `locals#${i}`, b));
  ((json.terraform as { [k: string]: Json }[]) ?? []).forEach((b, i) => out.set(i === 0 ? "terraform" : `terraform#${i}`, b));
  return out;
}

describe("cross-check with hcl2json over every .tf fixture", async () => {
  const { parse } = await import("@cdktf/hcl2json");
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith(".tf"));

  it("has fixtures", () => expect(files.length).toBeGreaterThan(1));

  for (const f of files) {
    it(f, async () => {
      const text = fixtureText(f);
      const ours = await scanText(f, text);
      expect(ours.diagnostics).toEqual([]);
      const theirs = theirBlocks((await parse(f, text)) as { [k: string]: Json });
      // Our records are instances (`aws_instance.web[0]`); hcl2json's are blocks.
      const blockName = (r: { name: string }): string => r.name.replace(/\[[^\]]*\]$/, "");
      expect(new Set(ours.resources.map(blockName))).toEqual(new Set(theirs.keys()));
      const diffs: string[] = [];
      for (const r of ours.resources) {
        const meta = r.kind === "resource" || r.kind === "data" || r.kind === "module" || r.kind === "output";
        compare(ourAttributes(r), normaliseBody(theirs.get(blockName(r))!, meta), r.name, diffs);
        if (meta) {
          const body = theirs.get(blockName(r))!;
          const lc = (body.lifecycle as { [k: string]: Json }[] | undefined)?.[0];
          if (lc?.ignore_changes !== undefined) expect(r.options.ignoreChanges, r.name).toBeDefined();
          const provisioners = Object.values((body.provisioner as { [k: string]: Json[] } | undefined) ?? {}).flat().length;
          expect(((r.options.provisioners as Value[] | undefined) ?? []).length, r.name).toBe(provisioners);
          if (body.count !== undefined) expect(r.options.count, r.name).toBeDefined();
          if (body.for_each !== undefined) expect(r.options.forEach, r.name).toBeDefined();
        }
      }
      expect(diffs).toEqual([]);
    });
  }
});
