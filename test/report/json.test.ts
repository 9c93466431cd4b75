import { describe, expect, it } from "vitest";
import { range } from "../../src/model/position.js";
import { toJson } from "../../src/report/json.js";
import { makeFinding } from "../support/factories.js";
import { runOf } from "../support/report-runs.js";

const context = { root: "/repo", toolVersion: "0.1.0", filesScanned: 2 };

describe("JSON reporter", () => {
  it("writes version, filesScanned, findings and summary in a stable key order", () => {
    const findings = [
      makeFinding({ fingerprint: "f1", range: range(3, 3, 3, 30) }),
      makeFinding({
        fingerprint: "f2",
        level: "warning",
        ruleId: "PIN-006",
        related: [{ file: "main.tf", range: range(1, 1, 1, 9), message: "module call" }],
        suppression: { kind: "inSource", justification: "pinned upstream", file: "infra/main.tf", line: 2 },
      }),
    ];
    const text = toJson(runOf(findings, context), [], context);
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(["version", "filesScanned", "findings", "summary", "repositories"]);
    expect(doc.version).toBe("0.1.0");
    expect(doc.filesScanned).toBe(2);
    expect(Object.keys(doc.findings[0])).toEqual([
      "ruleId", "level", "message", "file", "range", "resource", "path", "fingerprint", "unknownValue", "related", "suppression",
    ]);
    expect(doc.findings[0]).toMatchObject({ ruleId: "PIN-005", file: "infra/main.tf", range: { start: { line: 3, column: 3 }, end: { line: 3, column: 30 } }, suppression: null, related: [] });
    expect(doc.findings[1].suppression).toEqual({ kind: "inSource", justification: "pinned upstream", expires: null, file: "infra/main.tf", line: 2 });
    expect(doc.summary).toEqual({ findings: 1, errors: 1, warnings: 0, notes: 0, suppressed: 1 });
    // Same input, same bytes.
    expect(toJson(runOf(findings, context), [], context)).toBe(text);
  });

  it("is well-formed when clean", () => {
    expect(JSON.parse(toJson(runOf([], context), [], context))).toEqual({
      version: "0.1.0",
      filesScanned: 2,
      findings: [],
      summary: { findings: 0, errors: 0, warnings: 0, notes: 0, suppressed: 0 },
      repositories: [{ name: "repo", prefix: "", filesScanned: 2, uri: null, commit: null, branch: null }],
    });
  });

  it("keeps one findings list over several repositories, paths with each one's prefix, and a total filesScanned", () => {
    const runs = [
      {
        root: "/w/a",
        prefix: "a/",
        findings: [
          makeFinding({ file: "main.tf", fingerprint: "a1", related: [{ file: "mod/x.tf", range: range(2, 1, 2, 3), message: "module" }] }),
          makeFinding({ file: "s.tf", fingerprint: "a2", suppression: { kind: "inSource", justification: "ok", file: "s.tf", line: 1 } }),
        ],
        filesScanned: 2,
      },
      { root: "/w/b", prefix: "../b/", findings: [makeFinding({ file: "main.tf", fingerprint: "b1", level: "warning" })], filesScanned: 3 },
    ];
    const doc = JSON.parse(toJson(runs, [], { toolVersion: "0.1.0" }));
    expect(Object.keys(doc)).toEqual(["version", "filesScanned", "findings", "summary", "repositories"]);
    expect(doc.filesScanned).toBe(5);
    expect(doc.findings.map((f: { file: string; fingerprint: string }) => [f.file, f.fingerprint])).toEqual([
      ["a/main.tf", "a1"],
      ["a/s.tf", "a2"],
      ["../b/main.tf", "b1"],
    ]);
    expect(doc.findings[0].related[0].file).toBe("a/mod/x.tf");
    expect(doc.findings[1].suppression.file).toBe("a/s.tf");
    expect(doc.summary).toEqual({ findings: 2, errors: 1, warnings: 1, notes: 0, suppressed: 1 });
    expect(doc.repositories).toEqual([
      { name: "a", prefix: "a/", filesScanned: 2, uri: null, commit: null, branch: null },
      { name: "b", prefix: "../b/", filesScanned: 3, uri: null, commit: null, branch: null },
    ]);
  });

  it("names where each root lives in git when provenance is known", () => {
    const provenance = { repositoryUri: "https://github.com/acme/infra", revisionId: "a".repeat(40), branch: "refs/heads/main" };
    const doc = JSON.parse(toJson([{ root: "/w/infra", findings: [], filesScanned: 1, provenance }], [], { toolVersion: "0.1.0" }));
    expect(doc.repositories).toEqual([{ name: "infra", prefix: "", filesScanned: 1, uri: "https://github.com/acme/infra", commit: "a".repeat(40), branch: "refs/heads/main" }]);
  });
});
