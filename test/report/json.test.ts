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
    expect(Object.keys(doc)).toEqual(["version", "filesScanned", "findings", "summary"]);
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
    });
  });
});
