import type { Finding } from "../../src/model/finding.js";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { range } from "../../src/model/position.js";
import type { TestContext as ReportContext } from "../support/report-runs.js";
import { encodeUriPath, MAX_RESULTS, pascalCase, publishableRepositoryUri, rootUri, sarifRegion, toSarif } from "../../src/report/sarif.js";
import type { ReportOptions, ReportRun } from "../../src/report/index.js";
import { makeFinding, makeRule } from "../support/factories.js";
import { expectValidSarif, multitoolErrors, sarifErrors } from "../support/sarif-schema.js";
import { runOf } from "../support/report-runs.js";

const context: ReportContext = { root: "/work/repo", toolVersion: "0.1.0", filesScanned: 3 };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function sarif(findings: Finding[], rules: Parameters<typeof toSarif>[1], ctx: ReportContext): Json {
  const text = toSarif(runOf(findings, ctx), rules, ctx);
  const doc = JSON.parse(text) as Json;
  expectValidSarif(doc);
  return doc;
}

const pin005 = makeRule();
const pin006 = makeRule({ id: "PIN-006", title: "Container image not pinned by digest", level: "warning", securitySeverity: "5.5", helpUri: "https://example.org/rules/PIN-006" });
const rnp006 = makeRule({ id: "RNP-006", title: "Replacement is destroy-then-create", level: "note", securitySeverity: "3.0", examples: {}, references: [] });

describe("SARIF reporter", () => {
  it("writes an empty but complete run when there are no findings", () => {
    const doc = sarif([], [pin005], context);
    expect(doc.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(doc.version).toBe("2.1.0");
    expect(doc.runs).toHaveLength(1);
    const run = doc.runs[0];
    expect(run.results).toEqual([]);
    expect(run.columnKind).toBe("utf16CodeUnits");
    expect(run.tool.driver).toMatchObject({ name: "driftless", semanticVersion: "0.1.0" });
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///work/repo/");
    expect(run.invocations[0].executionSuccessful).toBe(true);
  });

  it("describes every rule that ran with what code scanning shows", () => {
    const doc = sarif([], [pin005, pin006], context);
    const [r0, r1] = doc.runs[0].tool.driver.rules;
    expect(r0).toMatchObject({
      id: "PIN-005",
      name: "ContainerImageTagFloating",
      shortDescription: { text: "Container image tag floating" },
      fullDescription: { text: pin005.description },
      defaultConfiguration: { level: "error" },
      properties: { tags: ["security", "immutability", "PIN"], "security-severity": "7.0", precision: "high" },
    });
    expect(r0.help.text).toContain("Pin the image");
    expect(r0.help.markdown).toContain("## Remediation");
    expect(r0.help.markdown).toContain("```hcl\nresource \"aws_lambda_function\"");
    expect(r0.help.markdown).toContain("```yaml\nFn:");
    expect(r0.help.markdown).toContain("Trivy AVD-DS-0001");
    expect(r0.helpUri).toBeUndefined();
    expect(r1.helpUri).toBe("https://example.org/rules/PIN-006");
    expect(Number(r1.properties["security-severity"])).toBeGreaterThan(0);
  });

  it("maps findings to results with one repo-relative location and our fingerprint", () => {
    const findings = [
      makeFinding({ fingerprint: "abc123" }),
      makeFinding({
        ruleId: "PIN-006",
        level: "warning",
        file: "modules/my app/ü#1.tf",
        range: range(10, 5, 12, 2),
        fingerprint: "def456",
        related: [{ file: "main.tf", range: range(4, 1, 4, 20), message: "module call passing the image" }],
      }),
    ];
    const doc = sarif(findings, [pin005, pin006], context);
    const [a, b] = doc.runs[0].results;
    expect(a).toMatchObject({
      ruleId: "PIN-005",
      ruleIndex: 0,
      level: "error",
      message: { text: findings[0]!.message },
      partialFingerprints: { "driftless/v1": "abc123" },
    });
    expect(a.locations).toHaveLength(1);
    expect(a.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: "infra/main.tf", uriBaseId: "%SRCROOT%" },
      region: { startLine: 3, startColumn: 3, endLine: 3, endColumn: 30 },
    });
    expect(b.ruleIndex).toBe(1);
    expect(b.locations[0].physicalLocation.artifactLocation.uri).toBe("modules/my%20app/%C3%BC%231.tf");
    expect(b.locations[0].physicalLocation.region).toEqual({ startLine: 10, startColumn: 5, endLine: 12, endColumn: 2 });
    expect(b.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: "main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 1, endLine: 4, endColumn: 20 } },
        message: { text: "module call passing the image" },
      },
    ]);
    expect(a.relatedLocations).toBeUndefined();
  });

  it("describes a rule that a finding names even when it was not in the list", () => {
    const parse = makeFinding({ ruleId: "IAC-000", message: "syntax error: unexpected }", range: range(7, 1, 7, 2), path: "", resource: "" });
    const doc = sarif([parse], [pin005], context);
    const ids = doc.runs[0].tool.driver.rules.map((r: Json) => r.id);
    expect(ids).toEqual(["PIN-005", "IAC-000"]);
    expect(doc.runs[0].results[0].ruleIndex).toBe(1);
  });

  it("repairs degenerate ranges", () => {
    expect(sarifRegion(range(0, 0, 0, 0))).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
    expect(sarifRegion(range(5, 4, 5, 4))).toEqual({ startLine: 5, startColumn: 4, endLine: 5, endColumn: 5 });
    expect(sarifRegion(range(5, 9, 5, 3))).toEqual({ startLine: 5, startColumn: 9, endLine: 5, endColumn: 10 });
    expect(sarifRegion(range(8, 2, 6, 1))).toEqual({ startLine: 8, startColumn: 2, endLine: 8, endColumn: 3 });
    expect(sarifRegion(range(2, 7, 4, 1))).toEqual({ startLine: 2, startColumn: 7, endLine: 4, endColumn: 1 });
    const doc = sarif([makeFinding({ range: range(0, 0, 0, 0) })], [pin005], context);
    expect(doc.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 });
  });

  it("leaves suppressed findings out by default and marks them on request", () => {
    const suppressed = makeFinding({
      suppression: { kind: "inSource", justification: "vendor image, pinned upstream", file: "infra/main.tf", line: 2 },
    });
    const open = makeFinding({ level: "error", range: range(9, 3, 9, 10) });
    expect(sarif([suppressed, open], [pin005], context).runs[0].results).toHaveLength(1);
    const doc = sarif([suppressed, open], [pin005], { ...context, includeSuppressed: true });
    const results = doc.runs[0].results;
    expect(results).toHaveLength(2);
    expect(results[0].suppressions).toEqual([
      {
        kind: "inSource",
        justification: "vendor image, pinned upstream",
        location: { physicalLocation: { artifactLocation: { uri: "infra/main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 } } },
      },
    ]);
    expect(results[1].suppressions).toBeUndefined();
  });

  it("reports tool notifications in the invocation", () => {
    const doc = sarif([], [pin005], { ...context, notifications: [{ level: "error", message: "rule evaluation crashed" }] });
    expect(doc.runs[0].invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: "error", message: { text: "rule evaluation crashed" } }],
    });
  });

  it("keeps the 25,000 most severe results and warns", () => {
    const findings = [
      ...Array.from({ length: MAX_RESULTS }, (_, i) => makeFinding({ ruleId: "RNP-006", level: "note", range: range(i + 1, 1, i + 1, 5) })),
      ...Array.from({ length: 10 }, (_, i) => makeFinding({ ruleId: "PIN-006", level: "warning", range: range(i + 1, 1, i + 1, 5) })),
      makeFinding({ ruleId: "PIN-005", level: "error" }),
    ];
    const doc = sarif(findings, [pin005, pin006, rnp006], context);
    const results = doc.runs[0].results as Json[];
    expect(results).toHaveLength(MAX_RESULTS);
    expect(results.filter((r) => r.level === "error")).toHaveLength(1);
    expect(results.filter((r) => r.level === "warning")).toHaveLength(10);
    const notes = doc.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes).toHaveLength(1);
    expect(notes[0].level).toBe("warning");
    expect(notes[0].message.text).toContain("25000");
  });

  it("helpers: PascalCase names, URI encoding and the root URI", () => {
    expect(pascalCase("Function traffic on `$LATEST`")).toBe("FunctionTrafficOnLATEST");
    expect(pascalCase("Dependency lock file absent")).toBe("DependencyLockFileAbsent");
    expect(encodeUriPath("a b/c%d/e?f/g[h]/x(1).tf")).toBe("a%20b/c%25d/e%3Ff/g%5Bh%5D/x%281%29.tf");
    expect(rootUri("/tmp/my repo")).toBe("file:///tmp/my%20repo/");
  });
});

describe("SARIF multitool validation (Sarif;Ghas rules)", () => {
  it("has no error-level results", { timeout: 120_000 }, async () => {
    const findings = [
      makeFinding({ fingerprint: "a1" }),
      makeFinding({ ruleId: "PIN-006", level: "warning", range: range(10, 5, 12, 2), fingerprint: "b2", related: [{ file: "main.tf", range: range(4, 1, 4, 20), message: "module call" }] }),
      makeFinding({ ruleId: "IAC-000", message: "syntax error", range: range(1, 1, 1, 2), fingerprint: "c3" }),
      makeFinding({ ruleId: "RNP-006", level: "note", file: "a dir/x.tf", fingerprint: "d4" }),
    ];
    const doc = JSON.parse(toSarif(runOf(findings, { ...context, root: tmpdir() }), [pin005, pin006, rnp006], { toolVersion: context.toolVersion })) as Json;
    expect(await multitoolErrors(doc)).toEqual([]);
    // Control: the same check does catch a broken document (a result without a location).
    delete doc.runs[0].results[0].locations;
    expect((await multitoolErrors(doc)).length).toBeGreaterThan(0);
  });
});

describe("SARIF for pipelines: several roots, category, provenance, notifications", () => {
  const SHA = "0123456789abcdef0123456789abcdef01234567";

  function sarifOf(runs: ReportRun[], options: Partial<ReportOptions> = {}): Json {
    const doc = JSON.parse(toSarif(runs, [pin005, pin006], { toolVersion: "0.1.0", ...options })) as Json;
    expectValidSarif(doc);
    return doc;
  }

  const two: ReportRun[] = [
    { root: "/work/a", prefix: "a/", findings: [makeFinding({ file: "main.tf", fingerprint: "a1" })], filesScanned: 1 },
    {
      root: "/work/b",
      prefix: "../b/",
      findings: [makeFinding({ ruleId: "PIN-006", level: "warning", file: "main.tf", fingerprint: "b1", related: [{ file: "mod/x.tf", range: range(2, 1, 2, 5), message: "module" }] })],
      filesScanned: 2,
    },
  ];

  it("writes one run per root, each with URIs relative to its own root", () => {
    const doc = sarifOf(two);
    expect(doc.runs).toHaveLength(2);
    const [a, b] = doc.runs;
    expect(a.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///work/a/");
    expect(b.originalUriBaseIds["%SRCROOT%"].uri).toBe("file:///work/b/");
    expect(a.results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(["main.tf"]);
    expect(b.results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(["main.tf"]);
    expect(b.results[0].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe("mod/x.tf");
    expect(JSON.stringify(doc)).not.toContain("../b");
    // Each run carries the rules, with helpUri where the rule has one, and its own rule indexes.
    for (const run of doc.runs) {
      expect(run.tool.driver.rules.map((r: Json) => [r.id, r.helpUri])).toEqual([
        ["PIN-005", undefined],
        ["PIN-006", "https://example.org/rules/PIN-006"],
      ]);
    }
    expect(b.results[0].ruleIndex).toBe(1);
  });

  it("gives each root its own automationDetails.id, with and without --category", () => {
    expect(sarifOf(two).runs.map((r: Json) => r.automationDetails.id)).toEqual(["driftless/a/", "driftless/b/"]);
    expect(sarifOf(two, { category: "iac" }).runs.map((r: Json) => r.automationDetails.id)).toEqual(["iac/a/", "iac/b/"]);
    const sameName: ReportRun[] = [
      { root: "/x/infra", findings: [], filesScanned: 0 },
      { root: "/y/infra", findings: [], filesScanned: 0 },
      { root: "/z/infra", findings: [], filesScanned: 0 },
    ];
    expect(sarifOf(sameName, { category: "iac/" }).runs.map((r: Json) => r.automationDetails.id)).toEqual(["iac/infra/", "iac/infra-2/", "iac/infra-3/"]);
  });

  it("sets automationDetails.id for one root only with --category", () => {
    const one: ReportRun[] = [{ root: "/work/a", findings: [], filesScanned: 0 }];
    expect(sarifOf(one).runs[0].automationDetails).toBeUndefined();
    expect(sarifOf(one, { category: "terraform-prod" }).runs[0].automationDetails).toEqual({ id: "terraform-prod/" });
    expect(sarifOf(one, { category: "my/cat/" }).runs[0].automationDetails).toEqual({ id: "my/cat/" });
    expect(sarifOf(one, { category: "  " }).runs[0].automationDetails).toEqual({ id: "driftless/" });
  });

  it("writes versionControlProvenance when the run has it, and only then", () => {
    const withGit: ReportRun[] = [
      { root: "/work/a", findings: [], filesScanned: 0, provenance: { repositoryUri: "https://github.com/acme/infra", revisionId: SHA, branch: "refs/heads/main" } },
      { root: "/work/b", findings: [], filesScanned: 0 },
      { root: "/work/c", findings: [], filesScanned: 0, provenance: { repositoryUri: "https://gitlab.example.com/g/p" } },
    ];
    const [a, b, c] = sarifOf(withGit).runs;
    expect(a.versionControlProvenance).toEqual([{ repositoryUri: "https://github.com/acme/infra", revisionId: SHA, branch: "refs/heads/main", mappedTo: { uriBaseId: "%SRCROOT%" } }]);
    expect(b.versionControlProvenance).toBeUndefined();
    expect(c.versionControlProvenance).toEqual([{ repositoryUri: "https://gitlab.example.com/g/p", mappedTo: { uriBaseId: "%SRCROOT%" } }]);
  });

  it("never publishes credentials or a non-URI as the repository", () => {
    for (const repositoryUri of ["https://user:secret@github.com/acme/infra", "https://token@github.com/acme/infra", "https://github.com/acme/infra?access_token=secret", "../relative/path", "not a uri"]) {
      const doc = sarifOf([{ root: "/work/a", findings: [], filesScanned: 0, provenance: { repositoryUri, revisionId: SHA } }]);
      expect(doc.runs[0].versionControlProvenance, repositoryUri).toBeUndefined();
      expect(JSON.stringify(doc)).not.toContain("secret");
    }
    expect(publishableRepositoryUri("https://github.com/acme/infra")).toBe(true);
    expect(publishableRepositoryUri("ssh://git@github.com/acme/infra")).toBe(false);
  });

  it("reports skipped and refused files as tool notifications with their location", () => {
    const doc = sarifOf([
      {
        root: "/work/a",
        findings: [],
        filesScanned: 1,
        notifications: [
          { level: "error", message: "big.tf: file is larger than 5 MB; skipped", file: "big.tf" },
          { level: "warning", message: "odd dir/x.yaml: not valid UTF-8", file: "odd dir/x.yaml", range: range(3, 2, 3, 9) },
          { level: "note", message: "no location" },
        ],
      },
    ]);
    const invocation = doc.runs[0].invocations[0];
    expect(invocation.executionSuccessful).toBe(false);
    expect(invocation.toolExecutionNotifications).toEqual([
      {
        level: "error",
        message: { text: "big.tf: file is larger than 5 MB; skipped" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "big.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }],
      },
      {
        level: "warning",
        message: { text: "odd dir/x.yaml: not valid UTF-8" },
        locations: [{ physicalLocation: { artifactLocation: { uri: "odd%20dir/x.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 3, startColumn: 2, endLine: 3, endColumn: 9 } } }],
      },
      { level: "note", message: { text: "no location" } },
    ]);
  });

  it("is valid with suppressed findings included, in every run", () => {
    const suppressed = (file: string) => makeFinding({ file, suppression: { kind: "inSource", justification: "vendored module, reviewed", file, line: 2 } });
    const doc = sarifOf(
      [
        { root: "/work/a", findings: [suppressed("main.tf")], filesScanned: 1 },
        { root: "/work/b", findings: [suppressed("x.tf"), makeFinding({ file: "y.tf" })], filesScanned: 2 },
      ],
      { includeSuppressed: true, category: "iac" },
    );
    expect(doc.runs[0].results[0].suppressions).toEqual([
      {
        kind: "inSource",
        justification: "vendored module, reviewed",
        location: { physicalLocation: { artifactLocation: { uri: "main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 } } },
      },
    ]);
    expect(doc.runs[1].results.map((r: Json) => r.suppressions?.[0]?.kind ?? "open")).toEqual(["inSource", "open"]);
  });

  it("the schema check catches a broken multi-run document (control)", () => {
    const doc = JSON.parse(toSarif(two, [pin005, pin006], { toolVersion: "0.1.0", category: "iac" })) as Json;
    doc.runs[1].automationDetails.id = 42;
    expect(sarifErrors(doc).length).toBeGreaterThan(0);
  });
});

describe("SARIF categories for several roots", () => {
  it("names each root's run by its path from the working directory, whatever the order of the paths", () => {
    const a = { root: "/w/a/repo", prefix: "../a/repo/", findings: [], filesScanned: 1 };
    const b = { root: "/w/b/repo", prefix: "../b/repo/", findings: [], filesScanned: 1 };
    const ids = (runs: (typeof a)[]) => (JSON.parse(toSarif(runs, [], { toolVersion: "0.1.0", category: "sec" })).runs as Json[]).map((r) => `${r.originalUriBaseIds["%SRCROOT%"].uri} ${r.automationDetails.id}`);
    expect(ids([a, b])).toEqual(["file:///w/a/repo/ sec/a/repo/", "file:///w/b/repo/ sec/b/repo/"]);
    expect(ids([b, a])).toEqual(["file:///w/b/repo/ sec/b/repo/", "file:///w/a/repo/ sec/a/repo/"]);
  });
});
