import { describe, expect, it } from "vitest";
import { range } from "../../src/model/position.js";
import type { ReportRun } from "../../src/report/index.js";
import { toJunit, xmlSafe } from "../../src/report/junit.js";
import { makeFinding, makeMeta } from "../support/factories.js";
import { expectValidJunit, junitSchemaErrors } from "../support/junit.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const options = { toolVersion: "0.1.0" };
const pin005 = makeMeta({ helpUri: "https://example.org/rules#pin-005" });
const pin006 = makeMeta({ id: "PIN-006", title: "Container image not pinned by digest", level: "warning" });
const rnp006 = makeMeta({ id: "RNP-006", title: "Replacement is destroy-then-create", level: "note" });
const rules = [pin005, pin006, rnp006];

function run(findings: ReportRun["findings"], extra: Partial<ReportRun> = {}): ReportRun {
  return { root: "/work/repo", findings, filesScanned: 4, ...extra };
}

function junit(runs: ReportRun[]): Json {
  return expectValidJunit(toJunit(runs, rules, options));
}

describe("JUnit reporter", () => {
  it("writes one suite per rule, most severe first, each finding a failing case", () => {
    const findings = [
      makeFinding({ ruleId: "RNP-006", level: "note", message: "launch template is destroyed first", file: "b.tf", resource: "aws_launch_template.t", path: "" }),
      makeFinding({
        file: "infra/main.tf",
        range: range(9, 5, 9, 30),
        related: [{ file: "main.tf", range: range(4, 1, 4, 20), message: "module call passing the image" }],
      }),
      makeFinding({ file: "infra/a.tf", range: range(2, 3, 2, 9), resource: "aws_lambda_function.g" }),
    ];
    const doc = junit([run(findings)]);
    expect(doc.testsuites).toMatchObject({ "@_name": "driftless 0.1.0", "@_tests": "3", "@_failures": "3", "@_errors": "0" });
    const suites = doc.testsuites.testsuite as Json[];
    expect(suites.map((s) => s["@_name"])).toEqual(["PIN-005: Container image tag floating", "RNP-006: Replacement is destroy-then-create"]);
    expect(suites[0]).toMatchObject({ "@_tests": "2", "@_failures": "2", "@_errors": "0", "@_skipped": "0" });
    const [first, second] = suites[0].testcase as Json[];
    // Cases in path order; the rule is the classname GitLab shows as "Suite".
    expect(first["@_name"]).toBe("PIN-005 infra/a.tf aws_lambda_function.g attributes.image_uri");
    expect(first["@_classname"]).toBe("PIN-005");
    expect(second["@_name"]).toBe("PIN-005 infra/main.tf aws_lambda_function.f attributes.image_uri");
    expect(second.failure).toHaveLength(1);
    expect(second.failure[0]["@_type"]).toBe("error");
    expect(second.failure[0]["@_message"]).toBe(findings[1]!.message);
    expect(second.failure[0]["#text"]).toBe(
      [
        "infra/main.tf:9:5: error PIN-005 (Container image tag floating)",
        findings[1]!.message,
        "related: main.tf:4:1 module call passing the image",
        "help: https://example.org/rules#pin-005",
      ].join("\n"),
    );
    const note = suites[1].testcase[0];
    expect(note["@_name"]).toBe("RNP-006 b.tf aws_launch_template.t");
    expect(note.failure[0]["@_type"]).toBe("note");
  });

  it("names a case without its line, so a finding that moved is the same test", () => {
    const at = (line: number) => toJunit([run([makeFinding({ fingerprint: "same", range: range(line, 3, line, 9) })])], rules, options);
    const name = (xml: string) => expectValidJunit(xml).testsuites.testsuite[0].testcase[0]["@_name"];
    expect(name(at(3))).toBe(name(at(40)));
    expect(at(3)).not.toBe(at(40));
  });

  it("keeps case names unique", () => {
    const twice = [makeFinding({ range: range(1, 1, 1, 5) }), makeFinding({ range: range(7, 1, 7, 5) })];
    const names = (junit([run(twice)]).testsuites.testsuite[0].testcase as Json[]).map((c) => c["@_name"]);
    expect(new Set(names).size).toBe(2);
    expect(names[1]).toBe(`${names[0]} #2`);
  });

  it("reports suppressed findings as skipped cases with the justification", () => {
    const findings = [
      makeFinding({ ruleId: "PIN-006", level: "warning", suppression: { kind: "inSource", justification: "vendored image, reviewed", file: "infra/main.tf", line: 2 } }),
      makeFinding({ ruleId: "PIN-006", level: "warning", file: "z.tf" }),
    ];
    const doc = junit([run(findings)]);
    expect(doc.testsuites).toMatchObject({ "@_tests": "2", "@_failures": "1", "@_errors": "0" });
    const suite = doc.testsuites.testsuite[0];
    expect(suite).toMatchObject({ "@_tests": "2", "@_failures": "1", "@_skipped": "1" });
    const [skipped, failing] = suite.testcase as Json[];
    expect(skipped.failure).toBeUndefined();
    expect(skipped.skipped[0]["@_message"]).toBe("vendored image, reviewed");
    expect(skipped.skipped[0]["#text"]).toContain("infra/main.tf:3:3: suppressed (inSource) at infra/main.tf:2: vendored image, reviewed");
    expect(failing.failure[0]["@_type"]).toBe("warning");
  });

  it("writes one passing case when there are no findings", () => {
    const doc = junit([run([])]);
    expect(doc.testsuites).toMatchObject({ "@_tests": "1", "@_failures": "0", "@_errors": "0" });
    expect(doc.testsuites.testsuite).toHaveLength(1);
    expect(doc.testsuites.testsuite[0]).toMatchObject({ "@_name": "driftless", "@_tests": "1", "@_failures": "0", "@_skipped": "0" });
    const testcase = doc.testsuites.testsuite[0].testcase[0];
    expect(testcase).toEqual({ "@_name": "no findings in 4 files scanned", "@_classname": "driftless" });
  });

  it("shows each repository's prefix when several were scanned", () => {
    const runs = [
      run([makeFinding({ file: "main.tf" })], { root: "/w/a", prefix: "a/" }),
      run([makeFinding({ file: "main.tf" })], { root: "/w/b", prefix: "../b/" }),
    ];
    const cases = junit(runs).testsuites.testsuite[0].testcase as Json[];
    expect(cases.map((c) => c["@_name"])).toEqual([
      "PIN-005 ../b/main.tf aws_lambda_function.f attributes.image_uri",
      "PIN-005 a/main.tf aws_lambda_function.f attributes.image_uri",
    ]);
    expect(cases[1].failure[0]["#text"]).toMatch(/^a\/main\.tf:3:3: error/);
  });

  it("keeps the XML valid whatever the message holds", () => {
    const hostile = 'end ]]> of <![CDATA[ & "quotes" \'apos\' <tag/> \u001b[31mred\u0000 \uD800 lone \uFFFE ok 😀 tab\tline\nnext';
    const findings = [
      makeFinding({ message: hostile, resource: "x]]>y", path: "a<b", related: [{ file: "r&d.tf", range: range(1, 1, 1, 2), message: hostile }] }),
      makeFinding({ ruleId: "PIN-006", level: "warning", message: "true", suppression: { kind: "inSource", justification: "true", file: "a.tf", line: 1 } }),
    ];
    const xml = toJunit([run(findings)], rules, options);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).not.toContain("]]>");
    const doc = expectValidJunit(xml);
    const failure = doc.testsuites.testsuite[0].testcase[0].failure[0];
    const safe = 'end ]]> of <![CDATA[ & "quotes" \'apos\' <tag/> \\u{1b}[31mred\\u{0} \\u{d800} lone \\u{fffe} ok 😀 tab\tline';
    expect(failure["@_message"]).toBe(`${safe} next`);
    expect(failure["#text"]).toContain(`${safe}\nnext`);
    expect(doc.testsuites.testsuite[0].testcase[0]["@_name"]).toBe("PIN-005 infra/main.tf x]]>y a<b");
    // "true" stays an attribute value (the builder's default would write a bare attribute name).
    expect(doc.testsuites.testsuite[1].testcase[0].skipped[0]["@_message"]).toBe("true");
  });

  it("xmlSafe replaces only what XML 1.0 cannot hold", () => {
    expect(xmlSafe("a\tb\nc\rd")).toBe("a\tb\nc\rd");
    expect(xmlSafe("\u0001\u001f\uFFFF")).toBe("\\u{1}\\u{1f}\\u{ffff}");
    expect(xmlSafe("😀 é 中")).toBe("😀 é 中");
  });

  it("the schema check rejects what GitLab or Jenkins could not read (control)", () => {
    const ok = toJunit([run([makeFinding()])], rules, options);
    expect(junitSchemaErrors(ok)).toBe("");
    expect(junitSchemaErrors(ok.replace(/<testcase name="[^"]*"/, "<testcase"))).toMatch(/name/);
    expect(junitSchemaErrors(ok.replace(/<testsuite name="([^"]*)" tests="\d+"/, '<testsuite name="$1"'))).toMatch(/tests/);
    expect(junitSchemaErrors(ok.replace("<failure ", "<oops "))).not.toBe("");
  });
});
