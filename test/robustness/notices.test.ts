/**
 * Notices (issue 11, items 2 and 6): every file that was not analysed at all is listed with its
 * reason in the text summary and in SARIF's toolExecutionNotifications; `--strict` turns any of
 * them into exit 1; `--max-file-size` moves the size limit, and an oversized file is refused
 * from its size alone (a 50 MB sparse file is never read into memory).
 */
import { mkdir, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseByteSize } from "../../src/cli/scan.js";
import { cliInProcess } from "../support/cli.js";
import { expectValidSarif } from "../support/sarif-schema.js";
import { tempDir, writeTree } from "../support/tmp.js";

let dir: string;
let outside: string;

beforeAll(async () => {
  dir = await tempDir();
  await mkdir(join(dir, ".git"));
  await writeTree(dir, {
    "app/main.tf": 'resource "aws_instance" "web" {\n  ami      = "ami-1"\n  key_name = "ops"\n}\n',
    "app/binary.tf": Buffer.from([0x72, 0x00, 0x01, 0x02]),
    "stack/template.yaml": "Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      KeyName: ops\n",
  });
  // Sparse: 50 MB by its size, no data on disk; reading it would cost 50 MB of memory.
  await writeFile(join(dir, "app/huge.tf"), "");
  await truncate(join(dir, "app/huge.tf"), 50 * 1024 * 1024);
  outside = `${dir}-secret.tf`;
  await writeFile(outside, 'resource "x" "y" {}\n');
  await symlink(outside, join(dir, "app/linked.tf"));
});

describe("files that were not scanned", () => {
  it("are listed with their reasons in the text summary, and the other files' findings stay", async () => {
    const before = process.memoryUsage().rss;
    const run = await cliInProcess(["scan", "."], dir);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      [
        "Not scanned (3 files):",
        "  app/binary.tf: file looks binary (contains a NUL byte) and was not scanned; IaC files must be UTF-8 text",
        "  app/huge.tf: file is 50 MB, over the 5 MB limit and was not scanned; split it, exclude it if it is generated, or raise the limit with --max-file-size",
        `  app/linked.tf: it is a symbolic link to ${outside}, outside the scanned repository`,
        "",
      ].join("\n"),
    );
    expect(run.stdout).toMatch(/^app\/main\.tf:3:3 {2}WARNING {2}ACC-003 /m);
    expect(run.stdout).toMatch(/^stack\/template\.yaml:5:7 {2}WARNING {2}ACC-003 /m);
  });

  it("are SARIF tool execution notifications with file and reason", async () => {
    const run = await cliInProcess(["scan", ".", "--format", "sarif"], dir);
    const sarif = JSON.parse(run.stdout) as { runs: { invocations: { toolExecutionNotifications: { message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[] };
    expectValidSarif(sarif);
    const notes = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => [n.locations?.[0]?.physicalLocation.artifactLocation.uri, n.message.text]);
    expect(notes).toEqual(
      expect.arrayContaining([
        ["app/binary.tf", expect.stringMatching(/binary/)],
        ["app/huge.tf", expect.stringMatching(/^app\/huge\.tf: file is 50 MB, over the 5 MB limit/)],
        ["app/linked.tf", expect.stringMatching(/symbolic link/)],
      ]),
    );
  });

  it("--strict fails the scan on them even when --fail-on lets every finding pass", async () => {
    expect((await cliInProcess(["scan", ".", "--fail-on", "none"], dir)).code).toBe(0);
    expect((await cliInProcess(["scan", ".", "--fail-on", "none", "--strict"], dir)).code).toBe(1);
    // Nothing skipped: --strict changes nothing.
    expect((await cliInProcess(["scan", "stack", "--fail-on", "none", "--strict"], dir)).code).toBe(0);
  });

  it("--max-file-size moves the limit", async () => {
    const small = await cliInProcess(["scan", "app/main.tf", "--max-file-size", "20"], dir);
    expect(small.stdout).toContain("app/main.tf: file is 74 bytes, over the 20 bytes limit and was not scanned");
    const raised = await cliInProcess(["scan", "stack", "--max-file-size", "1MB", "--format", "json"], dir);
    expect((JSON.parse(raised.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain("ACC-003");
    const bad = await cliInProcess(["scan", ".", "--max-file-size", "lots"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('invalid value for --max-file-size: "lots" (expected a size such as 10MB, 512KB or 1048576)');
  });

  it("a named variable file Terraform would not load by itself is listed, with how to use it; never a finding", async () => {
    const tv = await tempDir();
    await mkdir(join(tv, ".git"));
    await writeTree(tv, { "main.tf": 'variable "a" {}\nresource "aws_instance" "i" {\n  key_name = var.a\n}\n', "prod.tfvars": 'a = "prod-key"\n' });
    const named = await cliInProcess(["scan", "prod.tfvars", "--fail-on", "note"], tv);
    expect(named.code).toBe(0);
    expect(named.stdout).toBe(
      [
        "Not scanned (1 file):",
        "  prod.tfvars: Terraform loads prod.tfvars only when it is given with -var-file; scan with --var-file prod.tfvars to evaluate the configuration with its values",
        "",
        "No findings in 1 file scanned",
        "",
      ].join("\n"),
    );
    expect((await cliInProcess(["scan", "prod.tfvars", "--strict"], tv)).code).toBe(1);
    const given = await cliInProcess(["scan", "prod.tfvars", "--var-file", "prod.tfvars"], tv);
    expect(given.stdout).not.toContain("Not scanned");
    expect(given.stdout).toMatch(/^main\.tf:3:3 {2}WARNING {2}ACC-003 {2}aws_instance\.i is launched with the SSH key pair "prod-key"/m);
  });

  it("sizes read as people write them", () => {
    expect([parseByteSize("1048576"), parseByteSize("512KB"), parseByteSize("10mb"), parseByteSize("1.5M"), parseByteSize("1 GiB")]).toEqual([1048576, 524288, 10485760, 1572864, 1073741824]);
    expect(() => parseByteSize("0")).toThrow(/at least 1 byte/);
    // A file is read whole: there is a ceiling.
    expect(() => parseByteSize("99999999999999999999GB")).toThrow(/at most 1GB/);
  });
});
