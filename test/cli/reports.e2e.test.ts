/**
 * End-to-end: the pipeline reports (markdown, JUnit, SARIF for several repositories, --category,
 * --sarif-include-suppressed) from the built CLI (`node bin/driftless.js`) as a child process.
 * Running this file alone needs a fresh build of dist/ first.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cliInProcess, cliProcess, type Run } from "../support/cli.js";
import { expectValidJunit } from "../support/junit.js";
import { expectValidSarif, multitoolErrors } from "../support/sarif-schema.js";
import { tempDir, writeTree } from "../support/tmp.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Most cases run the command in-process (fast); the `cliProcess` cases run the built bundle. */
function cli(args: string[], cwd = REPO): Promise<Run> {
  return cliInProcess(args, cwd);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const SHA_A = "0123456789abcdef0123456789abcdef01234567";
const SHA_B = "89abcdef0123456789abcdef0123456789abcdef";

/** A module block that PIN-001 reports at its `source` line (line `line + 1` of the block). */
function unpinnedModule(name: string): string {
  return `module "${name}" {\n  source = "git::https://example.com/${name}.git"\n}\n`;
}

/** A repository folder with a `.git` (origin, HEAD on main) and the given files. */
async function gitRepo(dir: string, origin: string, sha: string, files: Record<string, string>): Promise<void> {
  await writeTree(dir, {
    ".git/HEAD": "ref: refs/heads/main\n",
    ".git/refs/heads/main": `${sha}\n`,
    ".git/config": `[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = ${origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`,
    ...files,
  });
}

/** Two sibling repositories `a` and `b` under a fresh folder, each with one PIN-001 finding in main.tf. */
async function twoRepos(): Promise<string> {
  const parent = await tempDir();
  await gitRepo(join(parent, "a"), "git@github.com:acme/a.git", SHA_A, { "main.tf": unpinnedModule("x") });
  await gitRepo(join(parent, "b"), "https://ci-token:SECRET-TOKEN@github.com/acme/b.git", SHA_B, { "main.tf": `\n${unpinnedModule("y")}` });
  return parent;
}

const SUPPRESSED_TF = `# driftless:ignore PIN-001 -- vendored module, reviewed\n${unpinnedModule("x")}`;

describe("pipeline reports from the built CLI", () => {
  beforeAll(() => {
    if (!existsSync(join(REPO, "dist/cli/main.js"))) throw new Error("dist/cli/main.js is missing: build the CLI first (npm test does)");
  });

  it("--format markdown writes the step summary, with links to the commit on GitHub", async () => {
    const parent = await twoRepos();
    const run = await cli(["scan", "a", "--format", "markdown"], parent);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout.startsWith("## driftless\n\n**1 finding**: 1 error, 0 warnings, 0 notes. 1 file scanned; 0 suppressed.")).toBe(true);
    expect(run.stdout).toMatch(/^\| PIN \| 1 \| 0 \| 0 \| 1 \| 0 \|$/m);
    expect(run.stdout).toContain("### Errors (1)");
    expect(run.stdout).toContain(`- [\`main.tf:2\`](https://github.com/acme/a/blob/${SHA_A}/main.tf#L2) [**PIN-001**](`);

    // --output x.md without --format: the same report in the file, nothing on stdout.
    const file = join(parent, "out/summary.md");
    const toFile = await cli(["scan", "a", "--output", file], parent);
    expect(toFile).toMatchObject({ code: 1, stdout: "", stderr: "" });
    expect(await readFile(file, "utf8")).toBe(run.stdout);
  });

  it("--format markdown with several repositories shows each one's prefix", async () => {
    const parent = await twoRepos();
    const run = await cli(["scan", "a", "b", "--format", "markdown"], parent);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("2 files scanned in 2 repositories");
    expect(run.stdout).toContain(`- [\`a/main.tf:2\`](https://github.com/acme/a/blob/${SHA_A}/main.tf#L2) `);
    expect(run.stdout).toContain(`- [\`b/main.tf:3\`](https://github.com/acme/b/blob/${SHA_B}/main.tf#L3) `);
    expect(run.stdout).not.toContain("SECRET");
  });

  it("--format junit writes JUnit XML that the schema and the parser accept", async () => {
    const parent = await twoRepos();
    await writeTree(parent, { "a/vendored.tf": SUPPRESSED_TF.replaceAll('"x"', '"v"').replace("/x.git", "/v.git") });
    const run = await cliProcess(["scan", "a", "b", "--format", "junit"], parent);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const doc = expectValidJunit(run.stdout);
    expect(doc.testsuites).toMatchObject({ "@_tests": "3", "@_failures": "2", "@_errors": "0" });
    expect(doc.testsuites.testsuite).toHaveLength(1);
    const suite = doc.testsuites.testsuite[0];
    expect(suite).toMatchObject({ "@_name": "PIN-001: Module source unpinned", "@_tests": "3", "@_failures": "2", "@_skipped": "1" });
    const cases = suite.testcase as Json[];
    expect(cases.map((c) => c["@_name"])).toEqual(["PIN-001 a/main.tf module.x attributes.source", "PIN-001 a/vendored.tf module.v attributes.source", "PIN-001 b/main.tf module.y attributes.source"]);
    expect(cases.every((c) => c["@_classname"] === "PIN-001")).toBe(true);
    expect(cases[0].failure[0]["@_type"]).toBe("error");
    expect(cases[0].failure[0]["#text"]).toMatch(/^a\/main\.tf:2:3: error PIN-001 \(Module source unpinned\)\n/);
    expect(cases[1].skipped[0]["@_message"]).toBe("vendored module, reviewed");

    // --output x.xml without --format: the same report in the file.
    const file = join(parent, "report.xml");
    const toFile = await cliProcess(["scan", "a", "b", "--output", file], parent);
    expect(toFile).toMatchObject({ code: 1, stdout: "", stderr: "" });
    expect(await readFile(file, "utf8")).toBe(run.stdout);
  });

  it("--format junit on a clean folder writes one passing case", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "main.tf": 'variable "x" {\n  type = string\n}\n' });
    const run = await cli(["scan", ".", "--format", "junit"], dir);
    expect(run.code).toBe(0);
    const doc = expectValidJunit(run.stdout);
    expect(doc.testsuites).toMatchObject({ "@_tests": "1", "@_failures": "0" });
    expect(doc.testsuites.testsuite[0].testcase).toEqual([{ "@_name": "no findings in 1 file scanned", "@_classname": "driftless" }]);
  });

  it("SARIF for several repositories: one run per root, URIs relative to each root", { timeout: 120_000 }, async () => {
    const parent = await twoRepos();
    const run = await cli(["scan", "a", "b", "--format", "sarif"], parent);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as Json;
    expectValidSarif(doc);
    expect(doc.runs).toHaveLength(2);
    const [a, b] = doc.runs;
    expect(a.originalUriBaseIds["%SRCROOT%"].uri).toBe(pathToFileURL(join(parent, "a")).href + "/");
    expect(b.originalUriBaseIds["%SRCROOT%"].uri).toBe(pathToFileURL(join(parent, "b")).href + "/");
    for (const r of doc.runs) {
      expect(r.results.map((x: Json) => [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri])).toEqual([["PIN-001", "main.tf"]]);
    }
    expect(a.results[0].locations[0].physicalLocation.region.startLine).toBe(2);
    expect(b.results[0].locations[0].physicalLocation.region.startLine).toBe(3);
    expect(a.automationDetails).toEqual({ id: "driftless/a/" });
    expect(b.automationDetails).toEqual({ id: "driftless/b/" });
    expect(a.versionControlProvenance).toEqual([{ repositoryUri: "https://github.com/acme/a", revisionId: SHA_A, branch: "refs/heads/main", mappedTo: { uriBaseId: "%SRCROOT%" } }]);
    expect(b.versionControlProvenance[0].repositoryUri).toBe("https://github.com/acme/b");
    expect(run.stdout).not.toContain("SECRET");
    expect(run.stdout).not.toContain("ci-token");
    expect(await multitoolErrors(doc)).toEqual([]);

    // From inside the first repository the second is not `../b/main.tf`.
    const inside = JSON.parse((await cli(["scan", ".", "../b", "--format", "sarif"], join(parent, "a"))).stdout) as Json;
    expectValidSarif(inside);
    expect(inside.runs.map((r: Json) => r.results[0].locations[0].physicalLocation.artifactLocation.uri)).toEqual(["main.tf", "main.tf"]);
    expect(inside.runs.map((r: Json) => r.automationDetails.id)).toEqual(["driftless/a/", "driftless/b/"]);
  });

  it("--category becomes automationDetails.id", async () => {
    const parent = await twoRepos();
    const one = JSON.parse((await cli(["scan", "a", "--format", "sarif", "--category", "iac-prod"], parent)).stdout) as Json;
    expectValidSarif(one);
    expect(one.runs.map((r: Json) => r.automationDetails)).toEqual([{ id: "iac-prod/" }]);
    const none = JSON.parse((await cli(["scan", "a", "--format", "sarif"], parent)).stdout) as Json;
    expect(none.runs[0].automationDetails).toBeUndefined();
    const two = JSON.parse((await cli(["scan", "a", "b", "--format", "sarif", "--category", "iac-prod"], parent)).stdout) as Json;
    expectValidSarif(two);
    expect(two.runs.map((r: Json) => r.automationDetails.id)).toEqual(["iac-prod/a/", "iac-prod/b/"]);
  });

  it("--sarif-include-suppressed keeps an inline-suppressed finding with its justification", async () => {
    const dir = await tempDir();
    await gitRepo(dir, "https://github.com/acme/vendored", SHA_A, { "main.tf": SUPPRESSED_TF });
    // The suppression stage really suppresses it: JSON lists it with its suppression, and it fails nothing.
    const json = await cliProcess(["scan", ".", "--format", "json"], dir);
    expect(json.code).toBe(0);
    const findings = (JSON.parse(json.stdout) as Json).findings as Json[];
    expect(findings.map((f) => [f.ruleId, f.file, f.range.start.line, f.suppression?.kind, f.suppression?.justification])).toEqual([
      ["PIN-001", "main.tf", 3, "inSource", "vendored module, reviewed"],
    ]);

    const plain = JSON.parse((await cliProcess(["scan", ".", "--format", "sarif"], dir)).stdout) as Json;
    expectValidSarif(plain);
    expect(plain.runs[0].results).toEqual([]);

    const run = await cliProcess(["scan", ".", "--format", "sarif", "--sarif-include-suppressed"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout) as Json;
    expectValidSarif(doc);
    const results = doc.runs[0].results as Json[];
    expect(results).toHaveLength(1);
    expect(results[0].ruleId).toBe("PIN-001");
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("main.tf");
    expect(results[0].suppressions).toHaveLength(1);
    expect(results[0].suppressions[0]).toMatchObject({ kind: "inSource", justification: "vendored module, reviewed" });
    expect(results[0].suppressions[0].location.physicalLocation).toMatchObject({ artifactLocation: { uri: "main.tf", uriBaseId: "%SRCROOT%" }, region: { startLine: 1 } });
  });

  it("a file that cannot be parsed is a tool notification at its location", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "broken.tf": 'resource "x" "y" {\n  a = \n', "ok.tf": 'variable "v" {}\n' });
    const run = await cli(["scan", ".", "--format", "sarif"], dir);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as Json;
    expectValidSarif(doc);
    const notes = doc.runs[0].invocations[0].toolExecutionNotifications as Json[];
    expect(notes).toHaveLength(1);
    expect(notes[0].level).toBe("error");
    expect(notes[0].message.text).toMatch(/^broken\.tf: /);
    expect(notes[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "broken.tf", uriBaseId: "%SRCROOT%" });
    expect(notes[0].locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
  });
});
