/**
 * File-system faults (issue 11, item 4): unreadable files and folders (a real non-root process:
 * CI runs as root, which reads everything), files deleted or truncated between discovery and
 * reading, paths with spaces, non-ASCII letters, `#`, `%` and `?` (SARIF URIs percent-encoded and
 * decodable back), and paths longer than the operating system accepts. Each problem is a notice
 * naming the file and what to do; the other files' findings stay.
 */
import { execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { chmod, mkdir, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formUnits } from "../../src/discover/index.js";
import { scanUnits } from "../../src/scanners/index.js";
import { run } from "../install/helpers.js";
import { BIN, cliInProcess } from "../support/cli.js";
import { tempDir, writeTree } from "../support/tmp.js";
import { discoverIn } from "../support/units.js";

const INSTANCE = (name: string) => `resource "aws_instance" "${name}" {\n  key_name = "ops"\n}\n`;

interface JsonFinding {
  ruleId: string;
  file: string;
  message: string;
  range: { start: { line: number } };
}

describe("file-system faults", () => {
  const isRoot = process.getuid?.() === 0;

  it.skipIf(process.platform === "win32")("unreadable files and folders are notices, for a scan run by a user without access", { timeout: 60_000 }, async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, { "ok/main.tf": INSTANCE("ok"), "locked/main.tf": INSTANCE("locked"), "app/secret.tf": INSTANCE("secret"), "app/main.tf": INSTANCE("app") });
    await chmod(join(dir, "locked"), 0o000);
    await chmod(join(dir, "app/secret.tf"), 0o000);
    await chmod(dir, 0o755);
    // As root every file is readable: the scan runs as `nobody` then (root may switch users).
    const as = isRoot ? { uid: 65534, gid: 65534 } : {};
    const result = await run(process.execPath, [BIN, "scan", ".", "--format", "json"], { cwd: dir, timeout: 60_000, ...as });
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    const iac = findings.filter((f) => f.ruleId === "IAC-000").map((f) => `${f.file}: ${f.message}`);
    expect(iac).toEqual(
      expect.arrayContaining([
        "locked: folder not scanned: cannot list it (permission denied); make it readable or exclude it from the scan",
        "app/secret.tf: cannot read file (permission denied); make it readable or exclude it from the scan",
      ]),
    );
    expect(findings.filter((f) => f.ruleId === "ACC-003").map((f) => f.file).sort()).toEqual(["app/main.tf", "ok/main.tf"]);
    await chmod(join(dir, "locked"), 0o755);
  });

  it("files deleted or truncated between discovery and reading are reported, not fatal", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, { "a/main.tf": INSTANCE("a"), "b/main.tf": INSTANCE("b"), "c/main.tf": INSTANCE("c") });
    const { reader, files } = await discoverIn(["."], dir);
    expect(files.map((f) => f.path).sort()).toEqual(["a/main.tf", "b/main.tf", "c/main.tf"]);
    await rm(join(dir, "a/main.tf"));
    await truncate(join(dir, "b/main.tf"), 20);
    const result = await scanUnits(formUnits(files, reader).units, reader);
    const problems = result.diagnostics.map((d) => `${d.file}:${d.range.start.line}: ${d.message}`);
    expect(problems).toEqual(
      expect.arrayContaining([
        "a/main.tf:1: cannot read file (file disappeared while scanning); make it readable or exclude it from the scan",
        expect.stringMatching(/^b\/main\.tf:1: /),
      ]),
    );
    expect(result.resources.filter((r) => r.kind === "resource").map((r) => r.name)).toEqual(["aws_instance.c"]);
  });

  it("paths with spaces, non-ASCII letters, #, % and ?: SARIF URIs are percent-encoded and decode back to the path", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    const paths = ["my dir/a b.tf", "ünï/çødé.tf", "x#y%z?w/a%20b?.tf", "plain/main.tf"];
    await writeTree(dir, Object.fromEntries(paths.map((p, i) => [p, INSTANCE(`r${i}`)])));
    const result = await cliInProcess(["scan", ".", "--format", "sarif"], dir);
    const sarif = JSON.parse(result.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = sarif.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.artifactLocation.uri).sort();
    expect(uris).toEqual(["%C3%BCn%C3%AF/%C3%A7%C3%B8d%C3%A9.tf", "my%20dir/a%20b.tf", "plain/main.tf", "x%23y%25z%3Fw/a%2520b%3F.tf"]);
    for (const uri of uris) {
      // A relative reference that resolves inside its base (no '#' fragment, no '?' query).
      const resolved = new URL(uri, "file:///repo/");
      expect(resolved.hash).toBe("");
      expect(resolved.search).toBe("");
      expect(paths).toContain(decodeURIComponent(resolved.pathname.slice("/repo/".length)));
    }
  });

  it("a folder whose path is longer than the operating system accepts is a notice, not a silent gap", { timeout: 30_000 }, async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeFile(join(dir, "main.tf"), INSTANCE("top"));
    // Built one level at a time from inside (a single mkdir of the whole path would fail too).
    const name = "d".repeat(200);
    execFileSync("bash", ["-c", `cd "$1" && for i in $(seq 1 24); do mkdir "$2$i" && cd "$2$i"; done && printf '%s' "$3" > deep.tf`, "_", dir, name, INSTANCE("deep")]);
    const result = await cliInProcess(["scan", ".", "--format", "json"], dir);
    const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
    const notices = findings.filter((f) => f.ruleId === "IAC-000");
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/^folder not scanned: its path is \d{4} characters, longer than the operating system accepts \(PATH_MAX, 4,096 bytes on Linux\); shorten the folder names$/);
    expect(findings.filter((f) => f.ruleId === "ACC-003").map((f) => f.file)).toEqual(["main.tf"]);
  });

  it.skipIf(process.platform === "win32")("named pipes, sockets, devices, broken links and link loops are notices; a named pipe never blocks the scan", { timeout: 30_000 }, async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, { "ok/main.tf": INSTANCE("ok"), "bad-utf8.tf": Buffer.from('resource "a" "b" {}\n# \xff\n', "latin1") });
    execFileSync("mkfifo", [join(dir, "pipe.tf")]);
    await symlink("/dev/zero", join(dir, "zero.tf"));
    await symlink("nowhere.tf", join(dir, "broken.tf"));
    await symlink("loop-b.tf", join(dir, "loop-a.tf"));
    await symlink("loop-a.tf", join(dir, "loop-b.tf"));
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, "sock.tf"), resolve));
    try {
      const run = await cliInProcess(["scan", ".", "--fail-on", "none", "--strict"], dir);
      expect(run.code).toBe(1);
      const section = run.stdout.slice(run.stdout.indexOf("Not scanned"));
      expect(section.split("\n").slice(0, 8)).toEqual([
        "Not scanned (7 files):",
        "  bad-utf8.tf: file is not valid UTF-8 (first bad byte at line 2, column 3) and was not scanned; re-save it with UTF-8 encoding",
        "  broken.tf: cannot read file (broken symbolic link); fix or remove the link",
        "  loop-a.tf: cannot read file (symbolic link loop); fix or remove the link",
        "  loop-b.tf: cannot read file (symbolic link loop); fix or remove the link",
        "  pipe.tf: not a regular file (a named pipe); IaC files are regular files",
        "  sock.tf: not a regular file (a socket); IaC files are regular files",
        "  zero.tf: not a regular file (a character device); IaC files are regular files",
      ]);
      expect(run.stdout).toMatch(/^ok\/main\.tf:2:3 {2}WARNING {2}ACC-003 /m);
      // Named on the command line, a pipe is opened without waiting for a writer.
      const named = await cliInProcess(["scan", "pipe.tf", "ok/main.tf"], dir);
      expect(named.stdout).toContain("pipe.tf: not a regular file (a named pipe) and was not scanned; IaC files are regular files");
      // Found, though not analysed: not "no IaC files found".
      const alone = await cliInProcess(["scan", "pipe.tf"], dir);
      expect(alone.stderr).toBe("");
      expect(alone.stdout).toContain("  pipe.tf: not a regular file (a named pipe)");
    } finally {
      server.close();
    }
  });
});
