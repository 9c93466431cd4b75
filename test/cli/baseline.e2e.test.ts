/**
 * End-to-end: baselines (--baseline, --write-baseline, --update-baseline) through the built CLI
 * (`node bin/driftless.js`); build first (`npm run bundle`).
 */
import { existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { cliInProcess, cliProcess, type Run } from "../support/cli.js";
import { expectValidSarif } from "../support/sarif-schema.js";
import { tempDir, writeTree } from "../support/tmp.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Most cases run the command in-process (fast); the `cliProcess` cases run the built bundle. */
function cli(args: string[], cwd = REPO): Promise<Run> {
  return cliInProcess(args, cwd);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A module pinned to a branch: one PIN-002 finding (a warning: the scans use --fail-on warning). */
const mod = (name: string, ref: string): string => `module "${name}" {\n  source = "git::https://example.com/${name}.git?ref=${ref}"\n}\n`;
/** A resource no rule reports. */
const user = (name: string): string => `resource "aws_iam_user" "${name}" {\n  name = "deploy"\n}\n`;

/** A fresh repository (a `.git` folder fixes the root) holding `files`. */
async function repo(files: Record<string, string>): Promise<string> {
  const dir = await tempDir("driftless-baseline-");
  await writeTree(dir, { ".git/HEAD": "ref: refs/heads/main\n", ...files });
  return dir;
}

const scan = (dir: string, ...args: string[]): Promise<Run> => cli(["scan", ".", "--fail-on", "warning", ...args], dir);
/** The same through the built bundle in a child process. */
const scanProcess = (dir: string, ...args: string[]): Promise<Run> => cliProcess(["scan", ".", "--fail-on", "warning", ...args], dir);
const pinLines = (run: Run): string[] => run.stdout.split("\n").filter((l) => /\bPIN-002\b/.test(l));

describe("baselines (built CLI)", () => {
  beforeAll(() => {
    if (!existsSync(join(REPO, "dist/cli/main.js"))) throw new Error("dist/cli/main.js is missing: run `npm run bundle` first");
  });

  it("--write-baseline accepts the current findings (exit 0, folders created); --baseline then reports nothing new", async () => {
    const dir = await repo({ "main.tf": user("first") + mod("net", "main") });
    const plain = await scan(dir);
    expect(plain.code).toBe(1);
    expect(pinLines(plain)).toHaveLength(1);

    const write = await scanProcess(dir, "--write-baseline", "ci/baselines/driftless.json");
    expect(write.code).toBe(0);
    expect(write.stderr).toBe("driftless: wrote 1 finding to the baseline ci/baselines/driftless.json\n");
    // Writing reports as usual.
    expect(write.stdout).toBe(plain.stdout);
    const doc = JSON.parse(await readFile(join(dir, "ci/baselines/driftless.json"), "utf8")) as Json;
    expect(doc).toMatchObject({ version: 2, tool: "driftless" });
    expect(doc.findings).toEqual([
      expect.objectContaining({ file: "main.tf", ruleId: "PIN-002", resource: "module.net", path: "attributes.source", valueDigest: expect.stringMatching(/^[0-9a-f]{16}$/) }),
    ]);

    const again = await scanProcess(dir, "--baseline", "ci/baselines/driftless.json");
    expect(again).toEqual({ code: 0, stdout: "No findings in 1 file scanned (1 in baseline)\n", stderr: "" });
  });

  it("keeps a finding matched when lines are inserted above it and an unrelated resource is renamed", async () => {
    const dir = await repo({ "main.tf": user("first") + mod("net", "main") });
    expect((await scan(dir, "--write-baseline", "baseline.json")).code).toBe(0);

    await writeFile(join(dir, "main.tf"), `# inserted\n\nlocals {\n  region = "eu-west-1"\n}\n\n${user("first")}${mod("net", "main")}`);
    const moved = await scan(dir, "--baseline", "baseline.json");
    expect(moved).toEqual({ code: 0, stdout: "No findings in 1 file scanned (1 in baseline)\n", stderr: "" });

    await writeFile(join(dir, "main.tf"), `# inserted\n\n${user("renamed")}${mod("net", "main")}`);
    const renamed = await scan(dir, "--baseline", "baseline.json");
    expect(renamed).toEqual({ code: 0, stdout: "No findings in 1 file scanned (1 in baseline)\n", stderr: "" });
  });

  it("reports a finding whose offending value changed", async () => {
    const dir = await repo({ "main.tf": mod("net", "main") });
    expect((await scan(dir, "--write-baseline", "baseline.json")).code).toBe(0);
    await writeFile(join(dir, "main.tf"), mod("net", "develop"));
    const run = await scan(dir, "--baseline", "baseline.json");
    expect(run.code).toBe(1);
    expect(pinLines(run)).toEqual([expect.stringMatching(/^main\.tf:2:3 {2}WARNING {2}PIN-002 {2}.*"develop"/)]);
    expect(run.stdout).toMatch(/^1 finding \(0 errors, 1 warning, 0 notes\) in 1 file scanned\n$/m);
  });

  it("reports a finding that moved to another file", async () => {
    const dir = await repo({ "main.tf": user("first") + mod("net", "main") });
    expect((await scan(dir, "--write-baseline", "baseline.json")).code).toBe(0);
    await writeFile(join(dir, "main.tf"), user("first"));
    await writeFile(join(dir, "network.tf"), mod("net", "main"));
    const run = await scan(dir, "--baseline", "baseline.json");
    expect(run.code).toBe(1);
    expect(pinLines(run)).toEqual([expect.stringMatching(/^network\.tf:2:3 /)]);
  });

  it("a finding in one file never absorbs an identical one in another", async () => {
    const dir = await repo({ "a/main.tf": mod("net", "main") });
    expect((await scan(dir, "--write-baseline", "baseline.json")).code).toBe(0);
    await writeTree(dir, { "b/main.tf": mod("net", "main") });
    const run = await scan(dir, "--baseline", "baseline.json");
    expect(run.code).toBe(1);
    expect(pinLines(run)).toEqual([expect.stringMatching(/^b\/main\.tf:2:3 /)]);
    expect(run.stdout).toMatch(/in 2 files scanned \(1 in baseline\)\n$/);
  });

  it("--update-baseline drops the entries of fixed findings, keeps the others and adds no new ones", async () => {
    const dir = await repo({ "main.tf": mod("net", "main") + mod("dns", "v1") });
    expect((await scan(dir, "--write-baseline", "baseline.json")).code).toBe(0);
    const before = JSON.parse(await readFile(join(dir, "baseline.json"), "utf8")) as Json;
    expect(before.findings.map((e: Json) => e.resource)).toEqual(["module.dns", "module.net"]);

    // net is fixed (pinned to a commit), a new finding appears in app.tf.
    await writeFile(join(dir, "main.tf"), mod("net", "3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b0a9d8e7f") + mod("dns", "v1"));
    await writeFile(join(dir, "app.tf"), mod("app", "main"));
    const update = await scan(dir, "--update-baseline", "baseline.json");
    expect(update.code).toBe(1);
    expect(update.stderr).toBe("driftless: updated the baseline baseline.json: kept 1, dropped 1 that no longer occurs\n");
    expect(pinLines(update)).toEqual([expect.stringMatching(/^app\.tf:2:3 .*module\.app/)]);
    const after = JSON.parse(await readFile(join(dir, "baseline.json"), "utf8")) as Json;
    expect(after.findings).toEqual([before.findings[0]]);

    // The kept entry still holds its finding; the new one is still reported.
    const check = await scan(dir, "--baseline", "baseline.json");
    expect(check.code).toBe(1);
    expect(pinLines(check)).toEqual([expect.stringMatching(/^app\.tf:/)]);
    expect(check.stdout).toMatch(/\(1 in baseline\)\n$/);
  });

  it("never baselines parse errors or suppressed findings; --write-baseline still fails on a parse error", async () => {
    const dir = await repo({
      "main.tf": `module "net" {\n  # driftless:ignore PIN-002 -- the branch is protected and reviewed\n  source = "git::https://example.com/net.git?ref=main"\n}\n${mod("dns", "v1")}`,
      "broken.tf": 'resource "aws_s3_bucket" "b" {\n',
    });
    const write = await scan(dir, "--write-baseline", "baseline.json");
    expect(write.code).toBe(1);
    expect(write.stdout).toMatch(/^broken\.tf:\d+:\d+ {2}ERROR {4}IAC-000 /m);
    const doc = JSON.parse(await readFile(join(dir, "baseline.json"), "utf8")) as Json;
    expect(doc.findings.map((e: Json) => `${e.ruleId} ${e.resource}`)).toEqual(["PIN-002 module.dns"]);

    const run = await scan(dir, "--baseline", "baseline.json");
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^broken\.tf:\d+:\d+ {2}ERROR {4}IAC-000 /m);
    expect(pinLines(run)).toEqual([]);
    expect(run.stdout).toMatch(/\(1 suppressed\) \(1 in baseline\)\n$/);
  });

  it("keeps repositories apart when several are scanned at once, and matches from another working directory", async () => {
    const parent = await tempDir("driftless-baseline-roots-");
    await writeTree(parent, {
      "repoA/.git/HEAD": "ref: refs/heads/main\n",
      "repoA/main.tf": mod("net", "main"),
      "repoB/.git/HEAD": "ref: refs/heads/main\n",
      "repoB/main.tf": user("first"),
    });
    const write = await cli(["scan", "repoA", "repoB", "--fail-on", "warning", "--write-baseline", "repoA/baseline.json"], parent);
    expect(write.code).toBe(0);
    const doc = JSON.parse(await readFile(join(parent, "repoA/baseline.json"), "utf8")) as Json;
    // Roots are relative to the baseline's folder; its own folder's root is not written.
    expect(doc.findings.map((e: Json) => `${e.root} ${e.file}`)).toEqual(["undefined main.tf"]);

    await writeFile(join(parent, "repoB/main.tf"), mod("net", "main"));
    const run = await cli(["scan", "repoA", "repoB", "--fail-on", "warning", "--baseline", "repoA/baseline.json"], parent);
    expect(run.code).toBe(1);
    expect(pinLines(run)).toEqual([expect.stringMatching(/^repoB\/main\.tf:2:3 /)]);

    // The same scan from inside repoA: paths are shown differently, the keys are the same.
    const fromA = await cli(["scan", ".", "../repoB", "--fail-on", "warning", "--baseline", "baseline.json"], join(parent, "repoA"));
    expect(fromA.code).toBe(1);
    expect(pinLines(fromA)).toEqual([expect.stringMatching(/^\.\.\/repoB\/main\.tf:2:3 /)]);
  });

  it("leaves baselined findings out of JSON and SARIF too, and counts them in the JSON summary", async () => {
    const dir = await repo({ "main.tf": mod("net", "main") + mod("dns", "v1") });
    expect((await scan(dir, "--write-baseline", "baseline.json")).code).toBe(0);
    await writeFile(join(dir, "app.tf"), mod("app", "main"));
    const run = await scan(dir, "--baseline", "baseline.json", "--format", "sarif", "--output", join(dir, "out/report.sarif"), "--format", "json");
    expect(run.code).toBe(1);
    const json = JSON.parse(run.stdout) as Json;
    expect(json.findings.map((f: Json) => f.resource)).toEqual(["module.app"]);
    expect(json.summary).toEqual({ findings: 1, errors: 0, warnings: 1, notes: 0, suppressed: 0, baselined: 2 });
    const sarif = JSON.parse(await readFile(join(dir, "out/report.sarif"), "utf8")) as Json;
    expectValidSarif(sarif);
    expect(sarif.runs[0].results.map((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(["app.tf"]);
  });

  it.each([
    ["broken JSON", '{\n  "version": 2,\n  "tool": "driftless",\n  "findings": [\n', /^driftless: ci\/baseline\.json:5: not valid JSON \(.*\); give the file that --write-baseline wrote\n$/],
    ["a foreign file", '{ "version": "2.1.0", "runs": [] }\n', /^driftless: ci\/baseline\.json:1: not a driftless baseline/],
    ["a bad entry", '{ "version": 2, "tool": "driftless", "findings": [\n  { "file": "main.tf" }\n] }\n', /^driftless: ci\/baseline\.json:2: findings\[0\]: "ruleId" is missing; write it again with --write-baseline ci\/baseline\.json\n$/],
  ])("exits 2 on %s, naming the file and the line", async (_what, text, message) => {
    const dir = await repo({ "main.tf": mod("net", "main"), "ci/baseline.json": text });
    for (const option of ["--baseline", "--update-baseline"]) {
      const run = await scan(dir, option, "ci/baseline.json");
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
    }
    // --update-baseline leaves a file it cannot read alone.
    expect(await readFile(join(dir, "ci/baseline.json"), "utf8")).toBe(text);
  });

  it("exits 2 on a missing baseline (for --baseline and --update-baseline) and on two baseline options", async () => {
    const dir = await repo({ "main.tf": mod("net", "main") });
    expect(await scan(dir, "--baseline", "none.json")).toEqual({
      code: 2,
      stdout: "",
      stderr: "driftless: --baseline not found: none.json; create it with --write-baseline none.json\n",
    });
    expect(await scan(dir, "--update-baseline", "none.json")).toEqual({
      code: 2,
      stdout: "",
      stderr: "driftless: --update-baseline not found: none.json; create it with --write-baseline none.json\n",
    });
    expect(existsSync(join(dir, "none.json"))).toBe(false);
    const both = await scan(dir, "--baseline", "b.json", "--update-baseline", "b.json");
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^driftless: --baseline and --update-baseline cannot be combined: give one/);
  });

  describe("a baseline holds a finding only while what it is about stays the same", () => {
    const group = (ports: string, above = "", neighbour = "first"): string =>
      `${above}${user(neighbour)}resource "aws_security_group" "a" {\n  ingress {\n${ports}    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`;
    const ssh = '    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n';
    const accLines = (run: Run): string[] => run.stdout.split("\n").filter((l) => /\bACC-001\b/.test(l));

    it.each([
      ["every port and protocol", '    from_port   = 0\n    to_port     = 65535\n    protocol    = "-1"\n', /admin port\(s\) .*3389/],
      ["port 22 becomes 3389", '    from_port   = 3389\n    to_port     = 3389\n    protocol    = "tcp"\n', /admin port\(s\) 3389\/tcp /],
    ])("ACC-001: an ingress rule widened to %s is new although its sources are the same", async (_what, ports, message) => {
      const dir = await repo({ "a.tf": group(ssh) });
      expect((await scan(dir, "--write-baseline", "bl.json")).code).toBe(0);
      // Lines moved and another resource renamed: still held.
      await writeFile(join(dir, "a.tf"), group(ssh, "# moved\n\n", "renamed"));
      expect(await scan(dir, "--baseline", "bl.json")).toEqual({ code: 0, stdout: "No findings in 1 file scanned (1 in baseline)\n", stderr: "" });

      await writeFile(join(dir, "a.tf"), group(ports));
      const run = await scan(dir, "--baseline", "bl.json");
      expect(run.code).toBe(1);
      expect(accLines(run)).toEqual([expect.stringMatching(message)]);
      expect(run.stdout).not.toContain("in baseline");
    });

    it("PIN-005: a new tag for an image inside a container definition (JSON) is new", async () => {
      const task = (image: string): string =>
        `resource "aws_ecs_task_definition" "t" {\n  family = "x"\n  container_definitions = jsonencode([{ name = "app", image = "${image}", readonlyRootFilesystem = true }])\n}\n`;
      const dir = await repo({ "main.tf": task("httpd:latest") });
      expect((await scan(dir, "--write-baseline", "bl.json")).code).toBe(0);
      expect((await scan(dir, "--baseline", "bl.json")).code).toBe(0);
      await writeFile(join(dir, "main.tf"), task("nginx"));
      const run = await scan(dir, "--baseline", "bl.json");
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/PIN-005 .*"nginx"/);
    });

    it("PIN-002: a module source moved to another ref is new", async () => {
      const dir = await repo({ "main.tf": mod("net", "v1.2.0") });
      expect((await scan(dir, "--write-baseline", "bl.json")).code).toBe(0);
      await writeFile(join(dir, "main.tf"), mod("net", "v1.3.0"));
      const run = await scan(dir, "--baseline", "bl.json");
      expect(run.code).toBe(1);
      expect(pinLines(run)).toEqual([expect.stringMatching(/"v1\.3\.0"/)]);
    });
  });

  describe("the repository key does not depend on how many roots are scanned", () => {
    async function twoRepos(): Promise<string> {
      const parent = await tempDir("driftless-baseline-keys-");
      await writeTree(parent, {
        "repoA/.git/HEAD": "ref: refs/heads/main\n",
        "repoA/main.tf": mod("net", "main"),
        "repoB/.git/HEAD": "ref: refs/heads/main\n",
        "repoB/main.tf": mod("dns", "main"),
      });
      return parent;
    }
    const run = (parent: string, ...args: string[]): Promise<Run> => cli(["scan", "--fail-on", "warning", ...args], parent);

    it("written with one root, compared with two: the first root's findings stay held", async () => {
      const parent = await twoRepos();
      expect((await run(parent, "repoA", "--write-baseline", "bl.json")).code).toBe(0);
      const both = await run(parent, "repoA", "repoB", "--baseline", "bl.json");
      expect(both.code).toBe(1);
      expect(pinLines(both)).toEqual([expect.stringMatching(/^repoB\/main\.tf:2:3 .*module\.dns/)]);
      expect(both.stdout).toMatch(/\(1 in baseline\)\n$/);
      // A baseline inside the repository it is for: the same.
      expect((await run(parent, "repoA", "--write-baseline", "repoA/bl.json")).code).toBe(0);
      expect(pinLines(await run(parent, "repoA", "repoB", "--baseline", "repoA/bl.json"))).toEqual([expect.stringMatching(/^repoB\//)]);
    });

    it("written with two roots, compared and updated with one: held, and the other root's entries kept", async () => {
      const parent = await twoRepos();
      expect((await run(parent, "repoA", "repoB", "--write-baseline", "bl.json")).code).toBe(0);
      expect(await run(parent, "repoA", "--baseline", "bl.json")).toEqual({ code: 0, stdout: "No findings in 1 file scanned (1 in baseline)\n", stderr: "" });
      const before = await readFile(join(parent, "bl.json"), "utf8");
      const update = await run(parent, "repoA", "--update-baseline", "bl.json");
      expect(update.code).toBe(0);
      expect(update.stderr).toBe("driftless: updated the baseline bl.json: kept 2 (1 for files this scan does not report on), dropped 0 that no longer occur\n");
      expect(await readFile(join(parent, "bl.json"), "utf8")).toBe(before);
      expect((JSON.parse(before) as Json).findings.map((e: Json) => `${e.root} ${e.resource}`)).toEqual(["repoA module.net", "repoB module.dns"]);
    });
  });

  describe("a scan of some files updates only their entries", () => {
    const twoFindings = mod("net", "main") + mod("dns", "main");

    it("--update-baseline new.tf keeps a.tf's entries and drops new.tf's fixed ones", async () => {
      const dir = await repo({ "a.tf": twoFindings, "new.tf": mod("app", "main") });
      expect((await scan(dir, "--write-baseline", "bl.json")).code).toBe(0);
      await writeFile(join(dir, "new.tf"), user("first"));
      const update = await cli(["scan", "new.tf", "--fail-on", "warning", "--update-baseline", "bl.json"], dir);
      expect(update).toEqual({
        code: 0,
        stdout: "No findings in 2 files scanned\n",
        stderr: "driftless: updated the baseline bl.json: kept 2 (2 for files this scan does not report on), dropped 1 that no longer occurs\n",
      });
      expect(await scan(dir, "--baseline", "bl.json")).toEqual({ code: 0, stdout: "No findings in 2 files scanned (2 in baseline)\n", stderr: "" });
    });

    it("--update-baseline of a folder drops the entries of a file deleted from it, not those of other folders", async () => {
      const dir = await repo({ "a/main.tf": twoFindings, "a/old.tf": mod("old", "main"), "b/main.tf": mod("b", "main") });
      expect((await scan(dir, "--write-baseline", "bl.json")).code).toBe(0);
      await rm(join(dir, "a/old.tf"));
      const update = await cli(["scan", "a", "--fail-on", "warning", "--update-baseline", "bl.json"], dir);
      expect(update.stderr).toBe("driftless: updated the baseline bl.json: kept 3 (1 for files this scan does not report on), dropped 1 that no longer occurs\n");
      const doc = JSON.parse(await readFile(join(dir, "bl.json"), "utf8")) as Json;
      expect(doc.findings.map((e: Json) => `${e.file} ${e.resource}`)).toEqual(["a/main.tf module.dns", "a/main.tf module.net", "b/main.tf module.b"]);
    });

    it("--write-baseline new.tf replaces new.tf's entries and keeps a.tf's", async () => {
      const dir = await repo({ "a.tf": twoFindings, "new.tf": user("first") });
      expect((await scan(dir, "--write-baseline", "bl.json")).code).toBe(0);
      await writeFile(join(dir, "new.tf"), mod("app", "main"));
      const write = await cli(["scan", "new.tf", "--fail-on", "warning", "--write-baseline", "bl.json"], dir);
      expect(write.code).toBe(0);
      expect(write.stderr).toBe("driftless: wrote 1 finding to the baseline bl.json, and kept its 2 entries for files this scan does not report on\n");
      expect(await scan(dir, "--baseline", "bl.json")).toEqual({ code: 0, stdout: "No findings in 2 files scanned (3 in baseline)\n", stderr: "" });
      // A whole scan writes the whole repository's entries afresh.
      await writeFile(join(dir, "a.tf"), user("a"));
      expect((await scan(dir, "--write-baseline", "bl.json")).stderr).toBe("driftless: wrote 1 finding to the baseline bl.json\n");
      const doc = JSON.parse(await readFile(join(dir, "bl.json"), "utf8")) as Json;
      expect(doc.findings.map((e: Json) => e.resource)).toEqual(["module.app"]);
    });
  });

  it("exits 2 on an entry whose rule was edited by hand, naming the file and the line", async () => {
    const dir = await repo({ "main.tf": mod("net", "main") });
    expect((await scan(dir, "--write-baseline", "bl.json")).code).toBe(0);
    const text = await readFile(join(dir, "bl.json"), "utf8");
    await writeFile(join(dir, "bl.json"), text.replace('"ruleId": "PIN-002"', '"ruleId": "PIN-001"').replace(/"message": ".*"/, '"message": "accepted"'));
    const run = await scan(dir, "--baseline", "bl.json");
    expect(run).toEqual({
      code: 2,
      stdout: "",
      stderr: "driftless: bl.json:5: findings[0]: its fingerprint is not the one of its ruleId, file, resource and path (was the entry edited?); write it again with --write-baseline bl.json\n",
    });
  });

  it("never writes a baseline over a scanned file, another kind of file, or a report", async () => {
    const sarif = '{ "version": "2.1.0", "runs": [] }\n';
    const dir = await repo({ "main.tf": mod("net", "main"), "report.sarif.json": sarif });
    const source = await scan(dir, "--write-baseline", "main.tf");
    expect(source).toEqual({
      code: 2,
      stdout: "",
      stderr: "driftless: --write-baseline main.tf is a file this scan reads as infrastructure code; give the baseline another file name (such as .driftless-baseline.json)\n",
    });
    expect((await scan(dir, "--update-baseline", "main.tf")).code).toBe(2);
    expect(await readFile(join(dir, "main.tf"), "utf8")).toBe(mod("net", "main"));

    const other = await scan(dir, "--write-baseline", "report.sarif.json");
    expect(other.code).toBe(2);
    expect(other.stderr).toMatch(/^driftless: --write-baseline report\.sarif\.json is not a driftless baseline \(report\.sarif\.json:1: not a driftless baseline .*\), so it is left as it is; give another file, or remove it first\n$/);
    expect(await readFile(join(dir, "report.sarif.json"), "utf8")).toBe(sarif);

    const same = await scan(dir, "--write-baseline", "out.json", "--output", "out.json");
    expect(same).toEqual({ code: 2, stdout: "", stderr: "driftless: --output out.json is also the baseline file; give the report another file name\n" });
    expect(existsSync(join(dir, "out.json"))).toBe(false);
  });

  it("documents the options in --help", async () => {
    const run = await cli(["scan", "--help"]);
    expect(run.code).toBe(0);
    for (const option of ["--baseline FILE", "--write-baseline FILE", "--update-baseline FILE"]) expect(run.stdout).toContain(option);
    // What a scan of some files does to the entries of the others.
    expect(run.stdout).toMatch(/replacing only the entries of the files this scan reports on/);
    expect(run.stdout).toMatch(/drop from FILE the entries of the files this\s+scan reports on that no longer occur/);
  });
});
