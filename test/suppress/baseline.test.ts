import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprint } from "../../src/engine/fingerprint.js";
import type { Finding } from "../../src/model/finding.js";
import {
  applyBaseline,
  BaselineError,
  baselineEntry,
  baselineRequest,
  baselineRootKey,
  baselineStage,
  formatBaseline,
  isBaselinable,
  parseBaseline,
  type BaselineEntry,
} from "../../src/suppress/baseline.js";
import type { ReportRun } from "../../src/report/index.js";
import { toJson } from "../../src/report/json.js";
import { summaryLine, toText } from "../../src/report/text.js";
import { makeFinding } from "../support/factories.js";
import { tempDir } from "../support/tmp.js";

const FP_A = "a".repeat(32);
const FP_B = "b".repeat(32);
const DIGEST_1 = "1".repeat(16);
const DIGEST_2 = "2".repeat(16);

/** A finding; its fingerprint is FP_A unless given or `real` (then computed as the engine does). */
function finding(overrides: Partial<Finding> = {}, real = false): Finding {
  const f = makeFinding({ fingerprint: FP_A, valueDigest: DIGEST_1, ...overrides });
  return real && !overrides.fingerprint ? { ...f, fingerprint: fingerprint(f.ruleId, f.file, f.resource, f.path) } : f;
}

function entries(...findings: Finding[]): BaselineEntry[] {
  return findings.map((f) => baselineEntry(f));
}

describe("isBaselinable", () => {
  it("refuses suppressed findings, parse errors (IAC-000) and suppression problems (IAC-001)", () => {
    expect(isBaselinable(finding())).toBe(true);
    expect(isBaselinable(finding({ suppression: { kind: "inSource", justification: "x", file: "a.tf", line: 1 } }))).toBe(false);
    expect(isBaselinable(finding({ ruleId: "IAC-000" }))).toBe(false);
    expect(isBaselinable(finding({ ruleId: "IAC-001" }))).toBe(false);
  });
});

describe("applyBaseline", () => {
  it("drops the findings the baseline holds and counts them", () => {
    const held = finding();
    const fresh = finding({ fingerprint: FP_B });
    const result = applyBaseline([held, fresh], entries(finding()));
    expect(result.findings).toEqual([fresh]);
    expect(result.baselined).toBe(1);
    expect(result.matched).toHaveLength(1);
  });

  it("ignores line numbers and messages (not part of the key)", () => {
    const moved = finding({ range: { start: { line: 40, column: 3 }, end: { line: 40, column: 9 } }, message: "other words (main.tf:40)" });
    expect(applyBaseline([moved], entries(finding())).findings).toEqual([]);
  });

  it("needs the same value digest: a changed offending value is new", () => {
    const changed = finding({ valueDigest: DIGEST_2 });
    expect(applyBaseline([changed], entries(finding())).findings).toEqual([changed]);
  });

  it("never lets a finding in one file absorb one in another, even with the same fingerprint", () => {
    const elsewhere = finding({ file: "other/main.tf" });
    expect(applyBaseline([elsewhere], entries(finding())).findings).toEqual([elsewhere]);
  });

  it("counts entries: two identical entries hold at most two findings, one holds one", () => {
    const three = [finding(), finding(), finding()];
    const byTwo = applyBaseline(three, entries(finding(), finding()));
    expect(byTwo.findings).toEqual([three[2]]);
    expect(byTwo.baselined).toBe(2);
    const byOne = applyBaseline(three.slice(0, 2), entries(finding()));
    expect(byOne.findings).toEqual([three[1]]);
  });

  it("ignores the -N suffix that tells duplicate fingerprints apart (it shifts when another is fixed)", () => {
    expect(applyBaseline([finding({ fingerprint: `${FP_A}-1` })], entries(finding())).findings).toEqual([]);
    expect(applyBaseline([finding()], entries(finding({ fingerprint: `${FP_A}-1` }))).findings).toEqual([]);
  });

  it("keeps repository roots apart", () => {
    const baseline = [baselineEntry(finding(), "../repoA")];
    expect(applyBaseline([finding()], baseline, "../repoB").findings).toHaveLength(1);
    expect(applyBaseline([finding()], baseline, "").findings).toHaveLength(1);
    expect(applyBaseline([finding()], baseline, "../repoA").findings).toHaveLength(0);
  });

  it("never holds suppressed findings, IAC-000 or IAC-001, whatever the file says", () => {
    const suppressed = finding({ suppression: { kind: "external", justification: "x", file: ".driftless.yaml", line: 3 } });
    const parse = finding({ ruleId: "IAC-000" });
    const forged: BaselineEntry[] = [baselineEntry(finding()), { ...baselineEntry(parse) }];
    const result = applyBaseline([suppressed, parse], forged);
    expect(result.findings).toEqual([suppressed, parse]);
    expect(result.baselined).toBe(0);
  });

  it("matches a finding without a value digest as one about no value", () => {
    const bare = finding({ valueDigest: undefined });
    expect(baselineEntry(bare).valueDigest).toBe("none");
    expect(applyBaseline([bare], entries(bare)).findings).toEqual([]);
  });
});

describe("formatBaseline / parseBaseline", () => {
  const sample = [
    finding({ file: "b.tf", resource: "module.x", path: "attributes.source", message: 'Module "x"\nsays' }, true),
    finding({ file: "a.tf", ruleId: "PIN-002", valueDigest: "none" }, true),
    finding({ file: "a.tf", ruleId: "PIN-001" }, true),
  ];

  it("writes a versioned, sorted, pretty-printed document that does not depend on input order", () => {
    const text = formatBaseline(entries(...sample));
    expect(text).toBe(formatBaseline(entries(...[...sample].reverse())));
    expect(text.endsWith("}\n")).toBe(true);
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(["version", "tool", "findings"]);
    expect(doc.version).toBe(2);
    expect(doc.tool).toBe("driftless");
    expect(doc.findings.map((e: BaselineEntry) => `${e.file} ${e.ruleId}`)).toEqual(["a.tf PIN-001", "a.tf PIN-002", "b.tf PIN-005"]);
    expect(Object.keys(doc.findings[0])).toEqual(["file", "ruleId", "resource", "path", "fingerprint", "valueDigest", "message"]);
    expect(text).toContain('\n  "findings": [\n    {\n      "file": "a.tf",');
  });

  it("reads back what it writes, roots included", () => {
    const written = [...entries(...sample), baselineEntry(finding({}, true), "../repoB")];
    const read = parseBaseline(formatBaseline(written), "baseline.json");
    expect(formatBaseline(read)).toBe(formatBaseline(written));
    expect(read.find((e) => e.root === "../repoB")).toBeDefined();
  });

  it("reads an empty baseline", () => {
    expect(parseBaseline(formatBaseline([]), "b.json")).toEqual([]);
  });

  const valid = (mutate: (doc: { version: unknown; tool: unknown; findings: Record<string, unknown>[] }) => void): string => {
    const doc = JSON.parse(formatBaseline(entries(...sample)));
    mutate(doc);
    return JSON.stringify(doc, null, 2);
  };

  it.each([
    ["not JSON", "{\n  \"version\": 1,\n  oops\n}", /^ci\/b\.json:3: not valid JSON \(/],
    ["empty", "", /^ci\/b\.json:1: not valid JSON/],
    ["a SARIF file", JSON.stringify({ version: "2.1.0", runs: [] }), /^ci\/b\.json:1: not a driftless baseline \(it has no "tool": "driftless"\)/],
    ["a list", "[]", /not a driftless baseline/],
    ["another version", valid((d) => (d.version = 3)), /^ci\/b\.json:2: baseline version 3 is not one this driftless reads \(2\)/],
    ["version 1", valid((d) => (d.version = 1)), /^ci\/b\.json:2: baseline version 1 was written by an earlier driftless whose value digests covered less of each finding \(this one reads version 2\)/],
    ["an edited rule", valid((d) => (d.findings[0]!.ruleId = "PIN-003")), /^ci\/b\.json:5: findings\[0\]: its fingerprint is not the one of its ruleId, file, resource and path \(was the entry edited\?\)/],
    ["an edited file", valid((d) => (d.findings[2]!.file = "c.tf")), /findings\[2\]: its fingerprint is not the one of/],
    ["no findings list", valid((d) => (d.findings = {} as never)), /"findings" must be a list/],
    ["a bad digest", valid((d) => (d.findings[1]!.valueDigest = "xyz")), /^ci\/b\.json:\d+: findings\[1\]\.valueDigest: expected 16 hex digits or "none"/],
    ["a bad fingerprint", valid((d) => (d.findings[0]!.fingerprint = "123")), /findings\[0\]\.fingerprint: expected 32 hex digits/],
    ["a missing key", valid((d) => delete d.findings[2]!.file), /findings\[2\]: "file" is missing/],
    ["an unknown key", valid((d) => (d.findings[0]!.line = "3")), /findings\[0\]: unknown key "line"/],
    ["a number for a string", valid((d) => (d.findings[0]!.path = 3)), /findings\[0\]\.path: expected a string/],
    ["an IAC-000 entry", valid((d) => (d.findings[0]!.ruleId = "IAC-000")), /findings\[0\]: IAC-000 findings cannot be baselined/],
    ["deep nesting", `{"version":1,"tool":"driftless","findings":[{"file":[[[[1]]]]}]}`, /nested deeper/],
  ])("refuses %s, naming the file, the line and what to do", (_what, text, message) => {
    let error: unknown;
    try {
      parseBaseline(text, "ci/b.json");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BaselineError);
    expect((error as Error).message).toMatch(message);
    // Advice to overwrite only files that are ours.
    expect((error as Error).message).toMatch(/not valid JSON|not a driftless baseline/.test(String((error as Error).message)) ? /; give the file that --write-baseline wrote$/ : /; write it again with --write-baseline ci\/b\.json$/);
  });

  it("points at the line of a bad entry", () => {
    const text = valid((d) => (d.findings[2]!.valueDigest = "bad"));
    const line = text.split("\n").findIndex((l) => l.includes('"bad"')) + 1;
    expect(() => parseBaseline(text, "b.json")).toThrow(new RegExp(`^b\\.json:${line}: `));
  });
});

describe("baselineRequest", () => {
  it("is undefined without an option and resolves the file against the working directory", () => {
    expect(baselineRequest({}, "/w")).toBeUndefined();
    expect(baselineRequest({ update: "ci/b.json" }, "/w")).toEqual({ mode: "update", file: join("/w", "ci/b.json"), shownAs: "ci/b.json" });
  });

  it("refuses two options together", () => {
    expect(() => baselineRequest({ baseline: "a.json", update: "a.json" }, "/w")).toThrow(/--baseline and --update-baseline cannot be combined/);
    expect(() => baselineRequest({ baseline: "a.json", write: "b.json" }, "/w")).toThrow(BaselineError);
  });
});

describe("baselineStage", () => {
  const real = (overrides: Partial<Finding> = {}): Finding => finding(overrides, true);

  it("write: creates the file and its folders, holding every baselinable finding, all of them accepted", async () => {
    const dir = await tempDir();
    const file = join(dir, "deep/er/baseline.json");
    const kept = real();
    const parse = real({ ruleId: "IAC-000" });
    const outcome = await baselineStage({ mode: "write", file, shownAs: "deep/er/baseline.json" }, [{ root: "", findings: [kept, parse] }]);
    expect(outcome.runs[0]!.findings).toEqual([kept, parse]);
    expect([...outcome.accepted]).toEqual([kept]);
    expect(outcome.note).toBe("wrote 1 finding to the baseline deep/er/baseline.json");
    expect(parseBaseline(await readFile(file, "utf8"), "b")).toEqual(entries(kept));
  });

  it("write: replaces the entries of the files the scan reports on and keeps the others (a scan of some files, other roots)", async () => {
    const dir = await tempDir();
    const file = join(dir, "b.json");
    const a1 = real({ file: "a.tf", resource: "module.one" });
    const a2 = real({ file: "a.tf", resource: "module.two" });
    const gone = real({ file: "new.tf", resource: "module.gone" });
    const elsewhere = baselineEntry(real({ file: "x.tf" }), "../repoB");
    await writeFile(file, formatBaseline([...entries(a1, a2, gone), elsewhere]));
    const fresh = real({ file: "new.tf", resource: "module.fresh" });
    const outcome = await baselineStage({ mode: "write", file, shownAs: "b.json" }, [{ root: "", findings: [fresh], covers: (f) => f === "new.tf" }]);
    expect([...outcome.accepted]).toEqual([fresh]);
    expect(outcome.note).toBe("wrote 1 finding to the baseline b.json, and kept its 3 entries for files this scan does not report on");
    expect(await readFile(file, "utf8")).toBe(formatBaseline([...entries(a1, a2, fresh), elsewhere]));
  });

  it("write: a finding of a file the scan does not speak for, already held by a kept entry, is not written twice", async () => {
    const dir = await tempDir();
    const file = join(dir, "b.json");
    const inModule = real({ file: "modules/m/main.tf" });
    await writeFile(file, formatBaseline(entries(inModule)));
    const outcome = await baselineStage({ mode: "write", file, shownAs: "b.json" }, [{ root: "", findings: [inModule], covers: (f) => f === "main.tf" }]);
    expect(outcome.accepted.size).toBe(1);
    expect(await readFile(file, "utf8")).toBe(formatBaseline(entries(inModule)));
  });

  it("write: replaces a driftless baseline it cannot read, refuses to overwrite any other file", async () => {
    const dir = await tempDir();
    const file = join(dir, "b.json");
    const f = real();
    await writeFile(file, '{ "version": 1, "tool": "driftless", "findings": [] }\n');
    const outcome = await baselineStage({ mode: "write", file, shownAs: "b.json" }, [{ root: "", findings: [f] }]);
    expect(outcome.note).toBe("wrote 1 finding to the baseline b.json (it held a baseline this driftless cannot read, now replaced)");
    expect(parseBaseline(await readFile(file, "utf8"), "b")).toEqual(entries(f));
    for (const text of ['{ "version": "2.1.0", "runs": [] }\n', 'resource "aws_s3_bucket" "b" {}\n']) {
      await writeFile(file, text);
      await expect(baselineStage({ mode: "write", file, shownAs: "b.json" }, [{ root: "", findings: [f] }])).rejects.toThrow(
        /^--write-baseline b\.json is not a driftless baseline \(b\.json:1: not .*\), so it is left as it is; give another file, or remove it first$/,
      );
      expect(await readFile(file, "utf8")).toBe(text);
    }
    // An empty file is a new one.
    await writeFile(file, "\n");
    expect((await baselineStage({ mode: "write", file, shownAs: "b.json" }, [{ root: "", findings: [f] }])).note).toBe("wrote 1 finding to the baseline b.json");
  });

  it("compare: a missing file is an error naming it", async () => {
    const dir = await tempDir();
    await expect(baselineStage({ mode: "compare", file: join(dir, "nope.json"), shownAs: "nope.json" }, [])).rejects.toThrow(
      "--baseline not found: nope.json; create it with --write-baseline nope.json",
    );
    await expect(baselineStage({ mode: "update", file: join(dir, "nope.json"), shownAs: "nope.json" }, [])).rejects.toThrow(/^--update-baseline not found: nope\.json/);
    expect(existsSync(join(dir, "nope.json"))).toBe(false);
  });

  it("update: keeps the entries that still occur, drops the others, does not add new findings", async () => {
    const dir = await tempDir();
    const file = join(dir, "b.json");
    const stays = real();
    const fixed = real({ file: "fixed.tf" });
    await writeFile(file, formatBaseline(entries(stays, fixed)));
    const fresh = real({ resource: "other" });
    const outcome = await baselineStage({ mode: "update", file, shownAs: "b.json" }, [{ root: "", findings: [stays, fresh] }]);
    expect(outcome.runs[0]).toEqual({ findings: [fresh], baselined: 1 });
    expect(outcome.accepted.size).toBe(0);
    expect(outcome.note).toBe("updated the baseline b.json: kept 1, dropped 1 that no longer occurs");
    expect(await readFile(file, "utf8")).toBe(formatBaseline(entries(stays)));
  });

  it("update: keeps the entries of files the scan does not report on and of roots it does not scan", async () => {
    const dir = await tempDir();
    const file = join(dir, "b.json");
    const a = real({ file: "a.tf" });
    const fixed = real({ file: "new.tf" });
    const other = baselineEntry(real({ file: "x.tf" }), "../repoB");
    await writeFile(file, formatBaseline([...entries(a, fixed), other]));
    const outcome = await baselineStage({ mode: "update", file, shownAs: "b.json" }, [{ root: "", findings: [], covers: (f) => f === "new.tf" }]);
    expect(outcome.note).toBe("updated the baseline b.json: kept 2 (2 for files this scan does not report on), dropped 1 that no longer occurs");
    expect(await readFile(file, "utf8")).toBe(formatBaseline([...entries(a), other]));
  });

  it("compare with several roots: each run is matched against its own root's entries", async () => {
    const dir = await tempDir();
    const file = join(dir, "b.json");
    await writeFile(file, formatBaseline([baselineEntry(real())]));
    const a = real();
    const b = real();
    const outcome = await baselineStage({ mode: "compare", file, shownAs: "b.json" }, [
      { root: "", findings: [a] },
      { root: "../other", findings: [b] },
    ]);
    expect(outcome.runs).toEqual([
      { findings: [], baselined: 1 },
      { findings: [b], baselined: 0 },
    ]);
  });
});

describe("baselineRootKey", () => {
  it("is the root relative to the baseline's folder, forward slashes, empty for that folder", () => {
    expect(baselineRootKey(join("/w/repoA", "baseline.json"), "/w/repoA")).toBe("");
    expect(baselineRootKey(join("/w/repoA", "ci/b/baseline.json"), "/w/repoA")).toBe("../..");
    expect(baselineRootKey(join("/w", "baseline.json"), "/w/repoA")).toBe("repoA");
    expect(baselineRootKey(join("/w/repoA", "baseline.json"), "/w/repoB")).toBe("../repoB");
  });

  it("reads a root of \".\" as the baseline's folder", () => {
    const text = formatBaseline([baselineEntry(finding({}, true), ".")]);
    expect(text).toContain('"root": "."');
    expect(parseBaseline(text, "b.json")[0]!.root).toBeUndefined();
  });
});

describe("reports of a scan with a baseline", () => {
  const runs = (baselined?: number): ReportRun[] => [
    { root: "/r", findings: [finding()], filesScanned: 2, ...(baselined !== undefined ? { baselined } : {}) },
    { root: "/s", prefix: "../s/", findings: [], filesScanned: 1, ...(baselined !== undefined ? { baselined: 1 } : {}) },
  ];

  it("text: the summary says how many findings the baseline held, over all roots", () => {
    expect(toText(runs(11), [], { toolVersion: "0.0.0" }).trimEnd().split("\n").at(-1)).toBe(
      "1 finding (1 error, 0 warnings, 0 notes) in 3 files scanned (12 in baseline)",
    );
    expect(toText(runs(), [], { toolVersion: "0.0.0" })).not.toContain("baseline");
    expect(summaryLine([], 1, 3)).toBe("No findings in 1 file scanned (3 in baseline)");
  });

  it("json: summary.baselined only when a baseline was given", () => {
    expect(JSON.parse(toJson(runs(0), [], { toolVersion: "0.0.0" })).summary.baselined).toBe(1);
    expect(JSON.parse(toJson(runs(), [], { toolVersion: "0.0.0" })).summary).not.toHaveProperty("baselined");
  });
});
