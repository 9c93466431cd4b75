import { describe, expect, it } from "vitest";
import type { SweepDocument, SweepFinding, SweepRepository } from "../../src/model/sweep.js";
import { compareDocuments, documentFromRuns, familyOf, mergeDocuments, ownValue, parseReportDocument, ReportDocumentError, sweepDocument } from "../../src/report/documents.js";
import { toJson } from "../../src/report/json.js";
import { makeFinding } from "../support/factories.js";

const finding = (fingerprint: string, over: Partial<SweepFinding> = {}): SweepFinding => ({
  ruleId: "PIN-001",
  level: "error",
  message: "m",
  file: "main.tf",
  line: 1,
  column: 1,
  resource: "module.a",
  fingerprint,
  suppressed: false,
  ...over,
});
const repo = (name: string, findings: SweepFinding[], over: Partial<SweepRepository> = {}): SweepRepository => ({ name, path: name, status: "scanned", filesScanned: 1, findings, ...over });
const doc = (repositories: SweepRepository[], createdAt = "2026-11-01T00:00:00.000Z"): SweepDocument => sweepDocument("driftless 0.1.0", createdAt, repositories, []);

describe("sweep documents", () => {
  it("names a rule's family by its id's prefix", () => {
    expect([familyOf("PIN-005"), familyOf("CHG-001"), familyOf("custom")]).toEqual(["PIN", "CHG", "custom"]);
  });

  it("totals repositories by status and findings by level, suppressed ones apart", () => {
    const d = doc([repo("a", [finding("1"), finding("2", { level: "note" }), finding("3", { suppressed: true, justification: "ok" })]), repo("b", [], { status: "cached" }), repo("c", [], { status: "failed", reason: "x" })]);
    expect(d.summary).toEqual({ repositories: 3, scanned: 1, cached: 1, failed: 1, filesScanned: 3, findings: 2, errors: 1, warnings: 0, notes: 1, suppressed: 1 });
    expect(d.rules).toEqual([{ id: "PIN-001", title: "PIN-001", level: "error", family: "PIN" }]);
  });

  it("reads a scan's JSON report back, one repository per root, paths without the roots' prefixes", () => {
    const runs = [
      { root: "/w/infra", prefix: "infra/", filesScanned: 2, findings: [makeFinding({ file: "main.tf", fingerprint: "a1" })], provenance: { repositoryUri: "https://github.com/acme/infra", revisionId: "c".repeat(40) } },
      { root: "/w/infra-modules", prefix: "infra-modules/", filesScanned: 1, findings: [makeFinding({ file: "x/main.tf", fingerprint: "b1", suppression: { kind: "inSource", justification: "why", file: "x/main.tf", line: 1 } })] },
    ];
    const d = parseReportDocument(toJson(runs, [], { toolVersion: "0.1.0" }), "reports/scan.json");
    expect(d.repositories.map((r) => [r.name, r.path, r.filesScanned, r.commit ?? null, r.findings.map((f) => [f.file, f.fingerprint, f.suppressed])])).toEqual([
      ["infra", "infra", 2, "c".repeat(40), [["main.tf", "a1", false]]],
      ["infra-modules", "infra-modules", 1, null, [["x/main.tf", "b1", true]]],
    ]);
    // One root: named after the file (the merge job names each report after its repository).
    const one = parseReportDocument(toJson([runs[0]!], [], { toolVersion: "0.1.0" }), "out/acme.infra.json");
    expect(one.repositories.map((r) => r.name)).toEqual(["acme.infra"]);
  });

  it("reads a report written before reports listed their roots, named after its file", () => {
    const old = { version: "0.1.0", filesScanned: 3, findings: [{ ruleId: "PIN-001", level: "error", message: "m", file: "main.tf", range: { start: { line: 4, column: 2 }, end: { line: 4, column: 9 } }, resource: "", path: "", fingerprint: "f", suppression: null }], summary: {} };
    const d = parseReportDocument(JSON.stringify(old), "old-infra.json");
    expect(d.repositories).toEqual([{ name: "old-infra", path: ".", status: "scanned", filesScanned: 3, findings: [finding("f", { line: 4, column: 2, resource: "" })] }]);
  });

  it("refuses what is not a driftless report, naming the file and what is missing", () => {
    const cases: [string, RegExp][] = [
      ["{", /^r\.json: not JSON/],
      ["[]", /^r\.json: not a driftless JSON report/],
      ['{"runs": []}', /no "findings" list/],
      ['{"kind": "driftless-sweep", "schemaVersion": 2}', /schemaVersion 2/],
      ['{"kind": "driftless-sweep", "schemaVersion": 1, "repositories": [{"name": "a", "status": "odd", "findings": []}]}', /repositories\[0\] needs/],
      ['{"kind": "driftless-sweep", "schemaVersion": 1, "repositories": [{"name": "a", "status": "scanned", "findings": [{"ruleId": "X"}]}]}', /repositories\[0\]\.findings\[0\] needs/],
      ['{"findings": [{"ruleId": "X", "level": "bad", "file": "f", "fingerprint": "x", "range": {"start": {"line": 1}}}], "summary": {}}', /findings\[0\] needs "ruleId", "level"/],
    ];
    for (const [text, message] of cases) {
      expect(() => parseReportDocument(text, "r.json"), text).toThrow(ReportDocumentError);
      expect(() => parseReportDocument(text, "r.json"), text).toThrow(message);
    }
    // A sweep's own aggregate reads back as it is.
    const d = doc([repo("a", [finding("1")])]);
    expect(parseReportDocument(JSON.stringify(d), "sweep.json")).toEqual(d);
  });

  it("merges documents, making repeated repository names unique", () => {
    const merged = mergeDocuments([doc([repo("infra", [finding("1")])]), doc([repo("infra", []), repo("web", [finding("2", { ruleId: "ART-001", level: "warning" })])])], "driftless 0.1.0", "2026-12-01T00:00:00.000Z");
    expect(merged.repositories.map((r) => r.name)).toEqual(["infra", "infra~2", "web"]);
    expect(merged.rules.map((r) => r.id)).toEqual(["ART-001", "PIN-001"]);
    expect(merged.summary).toMatchObject({ repositories: 3, findings: 2, errors: 1, warnings: 1 });
  });

  it("compares by repository and fingerprint: new, fixed, still open; repeats counted; failed and unknown repositories fix nothing", () => {
    const previous = doc([
      repo("a", [finding("keep"), finding("gone"), finding("twice"), finding("twice"), finding("hushed", { suppressed: true })]),
      repo("b", [finding("b1")]),
      repo("old", [finding("o1")]),
    ]);
    const current = doc(
      [
        repo("a", [finding("keep"), finding("twice"), finding("fresh"), finding("hushed", { suppressed: true }), finding("now-hushed", { suppressed: true })]),
        repo("b", [], { status: "failed", reason: "x" }),
        repo("c", [finding("c1")]),
      ],
      "2026-12-01T00:00:00.000Z",
    );
    const { comparison } = compareDocuments(current, previous);
    expect(comparison).toMatchObject({ previousCreatedAt: "2026-11-01T00:00:00.000Z", new: 2, fixed: 2, open: 2 });
    expect(comparison!.repositories).toEqual([
      { name: "a", new: 1, fixed: 2, open: 2 },
      { name: "b", new: 0, fixed: 0, open: 0 },
      { name: "c", new: 1, fixed: 0, open: 0 },
    ]);
    expect(comparison!.fixedFindings.map((f) => [f.repository, f.fingerprint])).toEqual([
      ["a", "gone"],
      ["a", "twice"],
    ]);
    expect(comparison!.newFingerprints).toEqual({ a: ["fresh"], c: ["c1"] });
  });

  it("compares a report of one repository with an earlier one of one repository whatever their names", () => {
    const { comparison } = compareDocuments(doc([repo("infra", [finding("1"), finding("2")])]), doc([repo("before", [finding("1"), finding("3")])]));
    expect(comparison).toMatchObject({ new: 1, fixed: 1, open: 1, repositories: [{ name: "infra", new: 1, fixed: 1, open: 1 }] });
  });

  it("pairs one repository with one only when their remotes do not name different repositories", () => {
    const compared = (nowRemote: string | undefined, thenRemote: string | undefined) =>
      compareDocuments(doc([repo("infra", [finding("1")], nowRemote ? { remoteUrl: nowRemote } : {})]), doc([repo("before", [finding("1")], thenRemote ? { remoteUrl: thenRemote } : {})])).comparison;
    expect(compared("https://github.com/acme/infra", "https://github.com/Acme/infra.git")).toMatchObject({ new: 0, open: 1 });
    expect(compared("https://github.com/acme/infra", undefined)).toMatchObject({ new: 0, open: 1 });
    expect(compared("https://github.com/acme/infra", "https://github.com/acme/website")).toMatchObject({ new: 1, fixed: 0, open: 0 });
  });

  it("compares and reads back repositories named like Object.prototype's members", () => {
    const names = ["constructor", "toString", "__proto__", "hasOwnProperty"];
    const before = parseReportDocument(JSON.stringify(doc(names.map((n) => repo(n, [finding(`${n}-old`), finding("kept")])))), "before.json");
    const now = parseReportDocument(JSON.stringify(doc(names.map((n) => repo(n, [finding(`${n}-new`), finding("kept")])))), "now.json");
    expect(now.repositories.map((r) => r.name)).toEqual(names);
    const { comparison } = compareDocuments(now, before);
    expect(comparison!.repositories).toEqual(names.map((name) => ({ name, new: 1, fixed: 1, open: 1 })));
    const readBack = parseReportDocument(JSON.stringify(compareDocuments(now, before)), "compared.json");
    expect(readBack.repositories).toHaveLength(4);
    expect(Object.keys(comparison!.newFingerprints)).toEqual(names);
    expect(ownValue(comparison!.newFingerprints, "__proto__")).toEqual(["__proto__-new"]);
    expect(ownValue({}, "constructor")).toBeUndefined();
  });

  it("reads a hand-edited sweep document: optional parts filled in or left out, its summary and rules made again", () => {
    const edited = {
      kind: "driftless-sweep",
      schemaVersion: 1,
      tool: "driftless 0.1.0",
      createdAt: "2026-11-01T00:00:00.000Z",
      repositories: [{ name: "a", status: "scanned", commit: 1234, branch: null, findings: [{ ruleId: "PIN-001", level: "error", file: "main.tf", line: 3, fingerprint: "x" }] }],
      rules: [{ id: "PIN-001", title: "Pin modules", level: "error", family: "PIN" }, { id: 7 }],
      summary: { findings: 99 },
    };
    const d = parseReportDocument(JSON.stringify(edited), "sweep.json");
    expect(d.repositories).toEqual([{ name: "a", path: ".", status: "scanned", filesScanned: 0, findings: [finding("x", { line: 3, message: "", resource: "" })] }]);
    expect(d.summary).toMatchObject({ repositories: 1, findings: 1, errors: 1 });
    expect(d.rules).toEqual([{ id: "PIN-001", title: "Pin modules", level: "error", family: "PIN" }]);
    const refused: [object, RegExp][] = [
      [{ ...edited, createdAt: undefined }, /without a "createdAt"/],
      [{ ...edited, createdAt: "last week" }, /without a "createdAt"/],
      [{ ...edited, repositories: [{ ...edited.repositories[0], findings: [{ ...edited.repositories[0]!.findings[0], line: 0 }] }] }, /findings\[0\] needs .*"line" \(a whole number from 1\)/],
      [{ ...edited, repositories: [{ ...edited.repositories[0], name: "" }] }, /repositories\[0\] needs "name"/],
      [{ ...edited, repositories: [{ ...edited.repositories[0], findings: [{ ...edited.repositories[0]!.findings[0], message: 5 }] }] }, /findings\[0\]: "message" must be text, not 5/],
    ];
    for (const [text, message] of refused) expect(() => parseReportDocument(JSON.stringify(text), "sweep.json")).toThrow(message);
  });

  it("dates a scan's report, which records no time, by the time given for its file", () => {
    const report = { findings: [], summary: {}, repositories: [{ name: "infra", prefix: "", filesScanned: 1 }] };
    expect(parseReportDocument(JSON.stringify(report), "infra.json", "2026-11-30T10:00:00.000Z").createdAt).toBe("2026-11-30T10:00:00.000Z");
    expect(parseReportDocument(JSON.stringify(report), "infra.json").createdAt).toBe(new Date(0).toISOString());
  });

  it("makes one repository per run of a scan, with its git provenance", () => {
    const d = documentFromRuns(
      [{ root: "/src/infra", filesScanned: 4, findings: [makeFinding({ fingerprint: "z" })], provenance: { repositoryUri: "https://github.com/acme/infra", revisionId: "d".repeat(40), branch: "refs/heads/main" } }],
      [],
      "driftless 0.1.0",
      "2026-12-01T00:00:00.000Z",
    );
    expect(d.repositories).toEqual([expect.objectContaining({ name: "infra", path: ".", status: "scanned", commit: "d".repeat(40), branch: "refs/heads/main", remoteUrl: "https://github.com/acme/infra", filesScanned: 4 })]);
  });
});
