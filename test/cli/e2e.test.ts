/**
 * End-to-end: the CLI from argv to exit code and outputs. The exit-code basics and the demo run
 * the committed bundle (`node bin/driftless.js`) as a child process; the other cases run the same
 * command in-process. The bundle is committed: after changing src/, run `npm run bundle`.
 */
import { cp, mkdir, readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cliInProcess, cliProcess, type Run } from "../support/cli.js";
import { expectValidSarif, multitoolErrors } from "../support/sarif-schema.js";
import { tempDir } from "../support/tmp.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Most cases run the command in-process (fast); the first three and the demo run the built bundle. */
function cli(args: string[], cwd = REPO): Promise<Run> {
  return cliInProcess(args, cwd);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

describe("driftless CLI (built)", () => {
  beforeAll(() => {
    if (!existsSync(join(REPO, "dist/cli/main.js"))) throw new Error("dist/cli/main.js is missing: run `npm run bundle` and commit dist/");
  });

  it("exits 0 on a clean fixture", async () => {
    const run = await cliProcess(["scan", "fixtures/cli/clean"]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("No findings in 1 file scanned\n");
    expect(run.code).toBe(0);
  });

  it("exits 1 with findings at or above --fail-on, 0 with --fail-on none", async () => {
    const run = await cliProcess(["scan", "fixtures/cli/findings"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^fixtures\/cli\/findings\/broken\.tf:\d+:\d+ {2}ERROR {4}IAC-000 {2}/m);
    expect(run.stdout).toMatch(/^fixtures\/cli\/findings\/main\.tf:3:\d+ {2}ERROR {4}PIN-001 {2}.*network/m);
    expect(run.stdout).toMatch(/^fixtures\/cli\/findings\/sub\/app\.tf:2:\d+ {2}ERROR {4}PIN-001 {2}/m);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toMatch(/^3 findings \(3 errors, 0 warnings, 0 notes\) in 3 files scanned$/);
    const relaxed = await cliProcess(["scan", "fixtures/cli/findings", "--fail-on", "none"]);
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toBe(run.stdout);
  });

  it.each([
    [["scan", "fixtures/cli/nope"], "driftless: path not found: fixtures/cli/nope\n"],
    [["scan", "--foo"], "driftless: unknown option --foo (see driftless --help)\n"],
    [["scan", "--fail-on", "sometimes"], 'driftless: invalid value for --fail-on: "sometimes" (expected one of error, warning, note, none)\n'],
  ])("exits 2 on %j", async (args, message) => {
    const run = await cli(args);
    expect(run).toEqual({ code: 2, stdout: "", stderr: message });
  });

  it("files our HCL parser rejects go to one hcl2json worker, and the process exits when the scan is done", { timeout: 60_000 }, async () => {
    const dir = await tempDir();
    for (let i = 0; i < 10; i++) await writeFile(join(dir, `f${i}.tf`), `resource "aws_instance" "r${i}" {\n  ami = \n}\n`);
    // A variable file is parsed after the configurations, during evaluation: its worker too must end.
    await mkdir(join(dir, "vars"));
    await writeFile(join(dir, "vars/main.tf"), 'variable "x" {}\n');
    await writeFile(join(dir, "vars/terraform.tfvars"), "x = 1\n}\n");
    const started = Date.now();
    const run = await cliProcess(["scan", ".", "--format", "json"], dir);
    // A worker per file cost about 0.25 s each; one shared worker loads the WASM once.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as Json).findings as Json[];
    expect(findings.map((f: Json) => [f.ruleId, f.file, f.range.start.line]).sort()).toEqual(
      [...Array.from({ length: 10 }, (_, i) => ["IAC-000", `f${i}.tf`, 2]), ["IAC-000", "vars/terraform.tfvars", 2]].sort(),
    );
  });

  it("writes several formats in one run", async () => {
    const dir = await tempDir();
    const run = await cli([
      "scan", "fixtures/cli/findings",
      "--format", "sarif", "--output", join(dir, "out/report.sarif"),
      "--format", "json", "--output", join(dir, "out/report.json"),
      "--format", "text",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/3 findings .* in 3 files scanned\n$/);
    const sarif = JSON.parse(await readFile(join(dir, "out/report.sarif"), "utf8")) as Json;
    expectValidSarif(sarif);
    expect(sarif.runs[0].results).toHaveLength(3);
    const ruleIds = sarif.runs[0].tool.driver.rules.map((r: Json) => r.id);
    expect(ruleIds).toContain("PIN-001");
    expect(ruleIds).toContain("IAC-000");
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    const json = JSON.parse(await readFile(join(dir, "out/report.json"), "utf8")) as Json;
    expect(json.filesScanned).toBe(3);
    expect(json.summary).toEqual({ findings: 3, errors: 3, warnings: 0, notes: 0, suppressed: 0 });
  });

  it("writes SARIF URIs relative to the repository root when run from a subdirectory on a subfolder", async () => {
    const repo = await tempDir();
    await mkdir(join(repo, ".git"));
    await cp(join(REPO, "fixtures/cli/findings"), join(repo, "infra"), { recursive: true });
    const run = await cli(["scan", "sub", "--format", "sarif"], join(repo, "infra"));
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const sarif = JSON.parse(run.stdout) as Json;
    expectValidSarif(sarif);
    const runObj = sarif.runs[0];
    expect(runObj.originalUriBaseIds["%SRCROOT%"].uri).toBe(pathToFileURL(repo).href + "/");
    expect(runObj.results).toHaveLength(1);
    expect(runObj.results[0].ruleId).toBe("PIN-001");
    expect(runObj.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "infra/sub/app.tf", uriBaseId: "%SRCROOT%" });
    expect(runObj.results[0].locations[0].physicalLocation.region.startLine).toBe(2);

    const rooted = await cli(["scan", "sub", "--format", "sarif", "--root", "."], join(repo, "infra"));
    expect(JSON.parse(rooted.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("sub/app.tf");
  });

  it("never passes on a path it refuses: outside --root is exit 2; outside the working directory's tree, a path is its own root", async () => {
    const repo = await tempDir();
    await mkdir(join(repo, ".git"));
    const elsewhere = await tempDir();
    await cp(join(REPO, "fixtures/cli/findings/sub"), join(elsewhere, "sub"), { recursive: true });

    const outside = await cli(["scan", join(elsewhere, "sub"), "--root", "."], repo);
    expect(outside.code).toBe(2);
    expect(outside.stdout).toBe("");
    expect(outside.stderr).toBe(`driftless: ${join(elsewhere, "sub")} is outside --root .; give a --root that contains it\n`);

    // No .git above the scanned folder and the working directory elsewhere: the folder is the root.
    const alone = await cli(["scan", join(elsewhere, "sub")], repo);
    expect(alone.stderr).toBe("");
    expect(alone.code).toBe(1);
    expect(alone.stdout).toMatch(/^app\.tf:2:\d+ {2}ERROR {4}PIN-001 {2}/m);

    // Paths in different repositories are scanned together, each against its own root.
    await cp(join(REPO, "fixtures/cli/findings/sub"), join(repo, "infra"), { recursive: true });
    const mixed = await cli(["scan", ".", join(elsewhere, "sub")], repo);
    expect(mixed.stderr).toBe("");
    expect(mixed.code).toBe(1);
    expect(mixed.stdout).toMatch(/^\.\/infra\/app\.tf:2:\d+ {2}ERROR {4}PIN-001 {2}/m);
    expect(mixed.stdout).toMatch(/\/sub\/app\.tf:2:\d+ {2}ERROR {4}PIN-001 {2}/m);
  });

  it("scans the demo into SARIF that the schema and GitHub's rule kinds accept", { timeout: 120_000 }, async () => {
    const dir = await tempDir();
    const output = join(dir, "x.sarif");
    const run = await cliProcess(["scan", "fixtures/demo", "--format", "sarif", "--output", output]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const sarif = JSON.parse(await readFile(output, "utf8")) as Json;
    expectValidSarif(sarif);
    const results = sarif.runs[0].results as Json[];
    expect(results.length).toBeGreaterThanOrEqual(10);
    for (const result of results) {
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(artifactLocation.uri).toMatch(/^fixtures\/demo\/(infra\/[\w/.-]+\.tf|cloudformation\/[\w/.-]+\.(json|ya?ml|template)|pulumi\/([\w/.-]+\.ts|package\.json|Pulumi\.yaml))$/);
      expect(artifactLocation.uriBaseId).toBe("%SRCROOT%");
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
      expect(region.endColumn).toBeGreaterThanOrEqual(1);
      expect(result.partialFingerprints["driftless/v1"]).toMatch(/^[0-9a-f]{32}/);
    }
    expect(new Set(results.map((r) => r.ruleId))).toEqual(new Set(["PIN-001", "PIN-002", "PIN-005", "PIN-006", "PIN-007", "RNP-001", "RNP-002", "RNP-006", "DRF-001", "DRF-002", "ART-001", "ART-002", "ART-003", "ART-004", "ACC-001", "ACC-002", "ACC-005", "ACC-006", "DAT-001", "DAT-002", "DAT-003", "DAT-004", "PIN-003", "PIN-004", "CHG-001", "CHG-004"]));
    expect(await multitoolErrors(sarif)).toEqual([]);
  });

  it("tests custom rules on their fixtures, and fails when an expectation is not met", async () => {
    const run = await cli(["test-rules", "fixtures/cli/custom-rules"]);
    expect(run).toEqual({
      code: 0,
      stdout: "PASS  ACME-001/negative.tf  (0 findings)\nPASS  ACME-001/positive.tf  (1 finding)\n2 passed, 0 failed\n",
      stderr: "",
    });
    const dir = await tempDir();
    await cp(join(REPO, "fixtures/cli/custom-rules"), dir, { recursive: true });
    const negative = join(dir, "fixtures/ACME-001/negative.tf");
    await writeFile(negative, (await readFile(negative, "utf8")).replace("data.aws_ami.golden.id", '"ami-0fedcba987654321f"'));
    const failing = await cli(["test-rules", dir]);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('FAIL  ACME-001/negative.tf\n      unexpected  ACME-001 at line 2:3  aws_instance.app uses the literal AMI "ami-0fedcba987654321f"');
    expect(failing.stdout).toMatch(/\n1 passed, 1 failed\n$/);
  });

  it("scans with a custom rule directory", async () => {
    const run = await cli(["scan", "fixtures/cli/custom-rules/fixtures/ACME-001/positive.tf", "--rules", "fixtures/cli/custom-rules"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/positive\.tf:3:3 {2}ERROR {4}ACME-001 {2}aws_instance\.app uses the literal AMI/);
  });

  it("prints the version and the rule list", async () => {
    const version = await cli(["--version"]);
    const pkg = JSON.parse(await readFile(join(REPO, "package.json"), "utf8")) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    const rules = await cli(["rules"]);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/^PIN-001\s+error\s+yes\s+terraform\s+Module source unpinned$/m);
  });
});
