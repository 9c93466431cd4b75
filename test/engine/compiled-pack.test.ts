import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultHelpUri } from "../../src/docs/rules-doc.js";
import { BUILTIN_PACK_JSON, PARAM_VALIDATORS } from "../../src/engine/builtin-pack.generated.js";
import { compileBuiltinPack, GENERATED_PACK_FILE } from "../../src/engine/compile-pack.js";
import { BUILTIN_RULES_DIR, builtinPackFingerprint, loadRules, paramProblem } from "../../src/engine/load.js";
import { loadSets, paramValidator, parseRuleDir, schemaProblem } from "../../src/engine/rule-file.js";

const STALE = "src/engine/builtin-pack.generated.ts is stale: run `npm run bundle` (or `npx tsx scripts/compile-rules.ts`) and commit it";

describe("the compiled built-in rule pack", () => {
  it("is what compiling rules/ gives now", async () => {
    const fresh = await compileBuiltinPack();
    // Compared as a boolean first: a diff of two 280 kB lines says nothing the message does not.
    expect(readFileSync(GENERATED_PACK_FILE, "utf8") === fresh, STALE).toBe(true);
  });

  it("is compiled deterministically", async () => {
    expect(await compileBuiltinPack()).toBe(await compileBuiltinPack());
  });

  it("carries the fingerprint of rules/, which changes when a rule file does", () => {
    expect((JSON.parse(BUILTIN_PACK_JSON) as { fingerprint: string }).fingerprint, STALE).toBe(builtinPackFingerprint());
    const copy = mkdtempSync(path.join(tmpdir(), "driftless-pack-"));
    cpSync(BUILTIN_RULES_DIR, copy, { recursive: true });
    expect(builtinPackFingerprint(copy)).toBe(builtinPackFingerprint());
    const file = path.join(copy, "PIN-001.yaml");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n# edited\n`);
    expect(builtinPackFingerprint(copy)).not.toBe(builtinPackFingerprint());
    writeFileSync(path.join(copy, "sets", "extra.yaml"), "name: extra\n");
    expect(builtinPackFingerprint(copy)).not.toBe(builtinPackFingerprint());
  });

  it("loads the same rules as parsing the YAML files, with paths into rules/ and one shared sets object", async () => {
    const sets = await loadSets(BUILTIN_RULES_DIR, {});
    const parsed = await parseRuleDir(BUILTIN_RULES_DIR, sets);
    for (const rule of parsed) rule.helpUri ??= defaultHelpUri(rule.id);
    const loaded = await loadRules();
    expect(loaded).toEqual(parsed);
    expect(loaded.map((r) => r.sourceFile)).toEqual(parsed.map((r) => r.sourceFile));
    expect(new Set(loaded.map((r) => r.sets)).size).toBe(1);
    // Fresh objects on every call: a caller changing a rule does not change the next load's.
    const again = await loadRules();
    expect(again[0]).not.toBe(loaded[0]);
    expect(again[0]!.checks).not.toBe(loaded[0]!.checks);
  });

  it("validates parameters with the build's compiled validators exactly as ajv does", () => {
    const samples: unknown[] = [[], ["a"], [""], [1], ["22/tcp"], [22, "x"], [70000], [-1], [1.5], "x", 3, null, {}, { a: { b: ["c"] } }, { a: { b: [1] } }, { a: 1 }];
    const schemas = Object.keys(PARAM_VALIDATORS);
    expect(schemas.length).toBeGreaterThan(0);
    for (const key of schemas) {
      const schema = JSON.parse(key) as object;
      for (const value of samples) {
        expect(paramProblem(schema, value), `${key} ${JSON.stringify(value)}`).toBe(schemaProblem(paramValidator(schema), value));
      }
    }
  });
});
