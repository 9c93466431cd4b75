import { describe, expect, it } from "vitest";
import { byName, scanText, span } from "./helpers.js";

function where(d: { range: { start: { line: number; column: number } }; severity: string; message: string }): string {
  return `${d.severity} ${d.range.start.line}:${d.range.start.column} ${d.message}`;
}

describe("bad input", () => {
  it("duplicate YAML keys: a warning at the second key, and the last value wins", async () => {
    const r = await scanText("t.yaml", "AWSTemplateFormatVersion: x\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      A: first\n      A: second\n");
    expect(r.diagnostics.map(where)).toEqual([
      'warning 7:7 Duplicate key "A" (first at line 6); CloudFormation uses the last value, so the earlier one is ignored',
    ]);
    expect(span(r.diagnostics[0]!.range)).toEqual([7, 7, 7, 8]);
    expect(byName(r, "R").attributes).toEqual({ A: "second" });
  });

  it("duplicate JSON keys (also duplicate logical IDs): warning, last wins", async () => {
    const text = '{"Resources": {\n  "R": {"Type": "AWS::S3::Bucket"},\n  "R": {"Type": "AWS::SQS::Queue", "Properties": {"X": 1, "X": 2}}\n}}';
    const r = await scanText("t.json", text);
    expect(r.diagnostics.map(where)).toEqual([
      'warning 3:59 Duplicate key "X" (first at line 3); CloudFormation uses the last value, so the earlier one is ignored',
      'warning 3:3 Duplicate key "R" (first at line 2); CloudFormation uses the last value, so the earlier one is ignored',
    ]);
    expect(r.resources.map((x) => [x.type, x.attributes])).toEqual([["AWS::SQS::Queue", { X: 2 }]]);
  });

  it("a YAML alias bomb is a diagnostic and returns fast", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) levels.push(`${"abcdefghij"[i]}: &${"abcdefghij"[i]} [${Array(10).fill(`*${"abcdefghij"[i - 1]}`).join(", ")}]`);
    const text = `AWSTemplateFormatVersion: x\n${levels.join("\n")}\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      X: *i\n`;
    const started = performance.now();
    const r = await scanText("t.yaml", text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.resources).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toContain("alias bomb");
  });

  it("a few aliases are followed", async () => {
    const r = await scanText("t.yaml", "AWSTemplateFormatVersion: x\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      A: &tags [{Key: a, Value: b}]\n      B: *tags\n");
    expect(r.diagnostics).toEqual([]);
    expect(byName(r, "R").attributes.B).toEqual([{ Key: "a", Value: "b" }]);
  });

  it("a YAML syntax error is an error at the parser's position; valid documents are still scanned", async () => {
    const text = "AWSTemplateFormatVersion: x\nResources:\n  R:\n    Type: AWS::S3::Bucket\n---\nAWSTemplateFormatVersion: x\nResources:\n  S:\n    Type: [AWS::S3::Bucket\n  T: x\n";
    const r = await scanText("t.yaml", text);
    expect(r.resources.map((x) => x.name)).toEqual(["R"]);
    expect(r.diagnostics.length).toBeGreaterThan(0);
    expect(r.diagnostics[0]).toMatchObject({ severity: "error", range: { start: { line: 10, column: 3 } } });
    expect(r.diagnostics[0]!.message).toMatch(/^Invalid YAML: /);
  });

  it("a JSON syntax error is an error at its position", async () => {
    const r = await scanText("t.json", '{\n  "Resources": {\n    "R": { "Type": "AWS::S3::Bucket", }\n  }\n}\n');
    expect(r.resources).toEqual([]);
    expect(r.diagnostics.map(where)).toEqual(["error 3:39 Invalid JSON: property name expected"]);
  });

  it("deep nesting is a diagnostic, not a crash", async () => {
    const flow = await scanText("t.yaml", `AWSTemplateFormatVersion: x\nResources:\n  R: ${"[".repeat(5000)}${"]".repeat(5000)}\n`);
    expect(flow.diagnostics).toHaveLength(1);
    expect(flow.diagnostics[0]!.message).toMatch(/^Nesting too deep/);
    const block = await scanText("t.yaml", "AWSTemplateFormatVersion: x\nResources:\n  R:\n" + Array.from({ length: 300 }, (_, i) => `${" ".repeat(4 + 2 * i)}k:\n`).join(""));
    expect(block.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^Nesting too deep: more than 200 levels/)]);
    const json = await scanText("t.json", `{"Resources": ${"[".repeat(300)}${"]".repeat(300)}}`);
    expect(json.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^Nesting too deep/)]);
  });

  it("an empty file or a scalar document yields nothing", async () => {
    expect(await scanText("t.yaml", "")).toEqual({ resources: [], diagnostics: [] });
    expect(await scanText("t.yaml", "# only a comment\n")).toEqual({ resources: [], diagnostics: [] });
    expect(await scanText("t.yaml", "just text\n")).toEqual({ resources: [], diagnostics: [] });
  });
});
