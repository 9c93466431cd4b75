import { describe, expect, it } from "vitest";
import { range } from "../../src/model/position.js";
import { summaryLine, toText } from "../../src/report/text.js";
import { makeFinding, makeRule } from "../support/factories.js";
import { runOf } from "../support/report-runs.js";

const context = { root: "/repo", toolVersion: "0.1.0", filesScanned: 4 };

describe("text reporter", () => {
  it("groups by file and prints path:line:col  LEVEL  RULE  message", () => {
    const findings = [
      makeFinding({ file: "b.tf", range: range(9, 3, 9, 8), ruleId: "PIN-006", level: "warning", message: "not pinned by digest" }),
      makeFinding({ file: "a.tf", range: range(2, 1, 2, 8), ruleId: "RNP-006", level: "note", message: "destroy first" }),
      makeFinding({ file: "b.tf", range: range(1, 5, 1, 8), ruleId: "PIN-005", level: "error", message: "tag latest" }),
    ];
    const out = toText(runOf(findings, context), [makeRule()], context);
    expect(out).toBe(
      [
        "a.tf:2:1  NOTE     RNP-006  destroy first",
        "",
        "b.tf:1:5  ERROR    PIN-005  tag latest",
        "b.tf:9:3  WARNING  PIN-006  not pinned by digest",
        "",
        "3 findings (1 error, 1 warning, 1 note) in 4 files scanned",
        "",
      ].join("\n"),
    );
    expect(out).not.toContain("\u001b[");
  });

  it("shows where a value really comes from under its finding", () => {
    const finding = makeFinding({
      file: "web.yaml",
      range: range(30, 9, 30, 30),
      ruleId: "ACC-002",
      level: "warning",
      message: "admin port reachable",
      related: [{ file: "web.yaml", range: range(12, 5, 12, 29), message: "value from the default of parameter OfficeCidr" }],
    });
    expect(toText(runOf([finding], context), [makeRule()], context).split("\n").slice(0, 2)).toEqual([
      "web.yaml:30:9  WARNING  ACC-002  admin port reachable",
      "    web.yaml:12:5  value from the default of parameter OfficeCidr",
    ]);
  });

  it("says so when clean", () => {
    expect(toText(runOf([], { ...context, filesScanned: 1 }), [], context)).toBe("No findings in 1 file scanned\n");
  });

  it("uses ANSI colours only when asked", () => {
    const out = toText(runOf([makeFinding()], { ...context, color: true }), [], { ...context, color: true });
    expect(out).toContain("\u001b[31mERROR");
    expect(out.trimEnd().split("\n").at(-1)).toBe("1 finding (1 error, 0 warnings, 0 notes) in 4 files scanned");
  });

  it("leaves suppressed findings out and counts them in the summary", () => {
    const suppressed = makeFinding({ suppression: { kind: "inSource", justification: "ok", file: "infra/main.tf", line: 2 } });
    const out = toText(runOf([suppressed], context), [], context);
    expect(out).toBe("No findings in 4 files scanned (1 suppressed)\n");
    expect(summaryLine([suppressed, makeFinding({ level: "warning" })], 2)).toBe(
      "1 finding (0 errors, 1 warning, 0 notes) in 2 files scanned (1 suppressed)",
    );
  });

  it("shows each repository's prefix and one summary over all of them", () => {
    const runs = [
      { root: "/w/a", prefix: "a/", findings: [makeFinding({ file: "main.tf", range: range(3, 1, 3, 9), message: "in a", related: [{ file: "mod/x.tf", range: range(2, 1, 2, 3), message: "module" }] })], filesScanned: 2 },
      { root: "/w/b", prefix: "../b/", findings: [makeFinding({ file: "main.tf", range: range(5, 2, 5, 9), message: "in b" })], filesScanned: 3 },
    ];
    expect(toText(runs, [], { toolVersion: "0.1.0" })).toBe(
      [
        "../b/main.tf:5:2  ERROR    PIN-005  in b",
        "",
        "a/main.tf:3:1  ERROR    PIN-005  in a",
        "    a/mod/x.tf:2:1  module",
        "",
        "2 findings (2 errors, 0 warnings, 0 notes) in 5 files scanned",
        "",
      ].join("\n"),
    );
  });
});
