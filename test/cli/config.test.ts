/**
 * `.driftless.yaml` and the scan flags that select rules and files, through the CLI (`main()`
 * in-process with argv): every setting's effect, and every configuration error as exit 2 with
 * the file, the line, the setting's path and the problem.
 */
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/cli/config.js";
import { main } from "../../src/cli/main.js";
import { fakeIo } from "../support/io.js";
import { tempDir } from "../support/tmp.js";

const MODULES = [
  'module "a" {',
  '  source = "git::https://example.com/a.git"',
  "}",
  "",
  'resource "aws_ecs_task_definition" "t" {',
  '  family                = "t"',
  '  container_definitions = jsonencode([{ name = "a", image = "nginx:latest", readonlyRootFilesystem = true }])',
  "}",
  "",
].join("\n");

async function repo(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, ".git"));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, ".."), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

async function run(cwd: string, argv: string[], env: Record<string, string> = {}, tty = false) {
  const io = fakeIo(cwd, { env, tty });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

function rules(out: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (JSON.parse(out).findings as any[]).map((f) => `${f.file}:${f.range.start.line} ${f.ruleId} ${f.level}${f.suppression ? " suppressed" : ""}`);
}

describe(".driftless.yaml", () => {
  it("sets rules' enabled state and level, fail-on, include/exclude and custom rule directories", async () => {
    const dir = await repo({
      "infra/main.tf": MODULES,
      "examples/main.tf": MODULES,
      "policies/ACME-001.yaml": [
        "id: ACME-001",
        "title: Task definitions need a family name",
        "level: note",
        'security-severity: "2.0"',
        "tags: [custom]",
        "formats: [terraform]",
        "description: Every task definition must set family so it is found again.",
        "remediation: Set family on every aws_ecs_task_definition.",
        "checks:",
        "  - select: { format: terraform, type: aws_ecs_task_definition }",
        "    message: '{name} is a task definition'",
        "",
      ].join("\n"),
      ".driftless.yaml": [
        "fail-on: warning",
        "rules:",
        "  PIN-001: { level: note }",
        "  PIN-003: { enabled: false }",
        "  PIN-004: { enabled: false }",
        "  ART-004: { enabled: false }",
        "exclude: ['examples/**']",
        "custom-rules: [policies]",
        "",
      ].join("\n"),
    });
    const { code, out, err } = await run(dir, ["scan", ".", "--format", "json"]);
    expect(err).toBe("");
    expect(rules(out)).toEqual(["infra/main.tf:2 PIN-001 note", "infra/main.tf:5 ACME-001 note", "infra/main.tf:7 PIN-005 error"]);
    // fail-on: warning from the file; the error fails it.
    expect(code).toBe(1);
    // The command line wins over the file.
    expect((await run(dir, ["scan", ".", "--fail-on", "none"])).code).toBe(0);
  });

  it("passes rule parameters, validated against the rule's schema", async () => {
    const dir = await repo({
      "main.tf": 'resource "aws_instance" "a" {\n  ami = "ami-1"\n  lifecycle {\n    ignore_changes = [tags, user_data]\n  }\n}\n',
      ".driftless.yaml": "rules:\n  DRF-002:\n    params:\n      allowed: [tags, user_data]\n",
    });
    const before = await run(dir, ["scan", ".", "--rule", "DRF-002", "--format", "json", "--config", "/dev/null"]);
    expect(rules(before.out)).toEqual(["main.tf:4 DRF-002 warning"]);
    const after = await run(dir, ["scan", ".", "--rule", "DRF-002", "--format", "json"]);
    expect(rules(after.out)).toEqual([]);
  });

  it("ignore entries accept findings by rule, path, resource and fingerprint; unsound ones are IAC-001 at the entry", async () => {
    const dir = await repo({ "infra/main.tf": MODULES, "sandbox/main.tf": MODULES });
    const first = await run(dir, ["scan", ".", "--rule", "PIN-001,PIN-005", "--format", "json"]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const sandboxImage = (JSON.parse(first.out).findings as any[]).find((f) => f.ruleId === "PIN-005" && f.file === "sandbox/main.tf");
    await writeFile(
      join(dir, ".driftless.yaml"),
      [
        "ignore:",
        "  - rule: PIN-001",
        "    paths: ['sandbox/**']",
        "    reason: sandboxes are rebuilt nightly",
        "    expires: 2099-12-31",
        `  - fingerprint: ${sandboxImage.fingerprint}`,
        "    reason: vendor image",
        "  - rule: [PIN-005]",
        "    resource: module.nowhere.*",
        "    reason: nothing matches this",
        "  - rule: PIN-001",
        "    resource: module.a",
        "    paths: ['infra/**']",
        "    reason: expired acceptance",
        "    expires: 2020-01-01",
        "  - rule: PIN-005",
        "    reason: ''",
        "",
      ].join("\n"),
    );
    const { out, code } = await run(dir, ["scan", ".", "--rule", "PIN-001,PIN-005", "--format", "json"]);
    expect(code).toBe(1);
    expect(rules(out)).toEqual([
      ".driftless.yaml:8 IAC-001 warning",
      ".driftless.yaml:11 IAC-001 warning",
      ".driftless.yaml:16 IAC-001 warning",
      "infra/main.tf:2 PIN-001 error",
      "infra/main.tf:7 PIN-005 error",
      "sandbox/main.tf:2 PIN-001 error suppressed",
      "sandbox/main.tf:7 PIN-005 error suppressed",
    ]);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const findings = JSON.parse(out).findings as any[];
    expect(findings.find((f) => f.file === "sandbox/main.tf" && f.ruleId === "PIN-001").suppression).toMatchObject({ kind: "external", justification: "sandboxes are rebuilt nightly", expires: "2099-12-31", file: ".driftless.yaml", line: 2 });
    expect(findings.filter((f) => f.ruleId === "IAC-001").map((f) => f.message)).toEqual([
      "ignore[2] (PIN-005) at .driftless.yaml:8 matches no finding; remove it.",
      "ignore[3] (PIN-001) at .driftless.yaml:11 expired on 2020-01-01, so the findings it covered are reported again. Fix them, or renew the entry with a new date and reason.",
      "ignore[4] (PIN-005) at .driftless.yaml:16 gives no reason, so it is not applied. Add reason: with why the findings are accepted.",
    ]);
  });

  it("inline-suppressions: false turns comments off", async () => {
    const dir = await repo({
      "main.tf": 'module "a" {\n  # driftless:ignore PIN-001 -- vendored\n  source = "git::https://example.com/a.git"\n}\n',
      ".driftless.yaml": "inline-suppressions: false\n",
    });
    const { code, out } = await run(dir, ["scan", ".", "--rule", "PIN-001"]);
    expect(code).toBe(1);
    expect(out).toMatch(/PIN-001/);
  });

  it.each([
    ["unknown key", "fail_on: error\n", ".driftless.yaml:1: fail_on: unknown key (allowed here: rules, ignore, include, exclude, fail-on, custom-rules, inline-suppressions)"],
    ["wrong type", "exclude: examples/**\n", ".driftless.yaml:1: exclude: must be a list"],
    ["bad level", "rules:\n  PIN-001:\n    level: fatal\n", '.driftless.yaml:3: rules.PIN-001.level: must be one of "error", "warning", "note"'],
    ["unknown rule key", "rules:\n  PIN-001:\n    disabled: true\n", ".driftless.yaml:3: rules.PIN-001.disabled: unknown key (allowed here: enabled, level, params)"],
    ["not a rule ID", "rules:\n  pin-1: {}\n", '.driftless.yaml:2: rules: "pin-1" is not a rule ID such as PIN-005'],
    ["unknown rule ID", "rules:\n  PIN-099:\n    enabled: false\n", ".driftless.yaml:2: rules.PIN-099: unknown rule ID PIN-099 (driftless rules lists them)"],
    ["unknown parameter", "rules:\n  DRF-002:\n    params:\n      allow: [tags]\n", ".driftless.yaml:4: rules.DRF-002.params.allow: DRF-002 has no parameter allow (it has allowed, metadata, owned-elsewhere)"],
    ["bad parameter", "rules:\n  DRF-002:\n    params:\n      allowed: tags\n", ".driftless.yaml:4: rules.DRF-002.params.allowed: DRF-002 parameter allowed: value must be array"],
    ["ignore without reason key", "ignore:\n  - rule: PIN-001\n", '.driftless.yaml:2: ignore[0]: missing "reason" (say why the finding is accepted)'],
    ["bad expiry", "ignore:\n  - rule: PIN-001\n    reason: x\n    expires: soon\n", ".driftless.yaml:4: ignore[0].expires: must be a date YYYY-MM-DD"],
    ["impossible expiry", "ignore:\n  - rule: PIN-001\n    reason: x\n    expires: 2099-02-30\n", ".driftless.yaml:4: ignore[0].expires: 2099-02-30 is not a date (YYYY-MM-DD)"],
    ["YAML syntax", "rules: [\n", ".driftless.yaml:2: YAML syntax:"],
    ["missing custom rule directory", "fail-on: error\ncustom-rules:\n  - policies\n", ".driftless.yaml:3: custom-rules[0]: policies is not a directory (relative to .driftless.yaml's folder)"],
  ])("%s is exit 2 naming the file, line and path", async (_name, text, message) => {
    const dir = await repo({ "main.tf": MODULES, ".driftless.yaml": text });
    const { code, err, out } = await run(dir, ["scan", "."]);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.startsWith(`driftless: ${message}`), err).toBe(true);
  });

  it("--config FILE is used instead of the repository's file, and a missing one is exit 2", async () => {
    const dir = await repo({ "main.tf": MODULES, ".driftless.yaml": "fail_on: x\n", "ci/strict.yaml": "fail-on: note\n" });
    expect((await run(dir, ["scan", ".", "--config", "ci/strict.yaml", "--rule", "PIN-001"])).code).toBe(1);
    const missing = await run(dir, ["scan", ".", "--config", "ci/nope.yaml"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe("driftless: --config not found: ci/nope.yaml\n");
  });

  it("driftless init writes a starter file that loads, and refuses to overwrite it", async () => {
    const dir = await repo({});
    const first = await run(dir, ["init"]);
    expect(first).toEqual({ code: 0, out: "wrote .driftless.yaml\n", err: "" });
    const config = await loadConfig(join(dir, ".driftless.yaml"));
    expect(config.failOn).toBe("error");
    expect(config.inlineSuppressions).toBe(true);
    expect(await readFile(join(dir, ".driftless.yaml"), "utf8")).toMatch(/# Accepted findings/);
    const again = await run(dir, ["init"]);
    expect(again.code).toBe(2);
    expect(again.err).toBe("driftless: .driftless.yaml already exists; edit it, or pass --force to replace it\n");
    expect((await run(dir, ["init", "--force"])).code).toBe(0);
    // Into a folder that does not exist yet.
    expect(await run(dir, ["init", "--output", "ci/driftless/config.yaml"])).toEqual({ code: 0, out: "wrote ci/driftless/config.yaml\n", err: "" });
  });

  it("the starter file's examples can be uncommented as they are; keys left empty mean none", async () => {
    const dir = await repo({ "main.tf": MODULES });
    await run(dir, ["init"]);
    const file = join(dir, ".driftless.yaml");
    const starter = await readFile(file, "utf8");
    expect((await loadConfig(file)).rules).toEqual({});
    const uncommented = starter.replace(/^#( {2}.*)$/gm, "$1");
    await writeFile(file, uncommented);
    await mkdir(join(dir, "policies"));
    const config = await loadConfig(file);
    expect(config.rules).toEqual({ "RNP-009": { enabled: true }, "PIN-003": { level: "note" }, "DRF-002": { params: { allowed: ["tags", "tags_all", "desired_count"] } } });
    expect(config.exclude).toEqual(["examples/**", "**/test/fixtures/**"]);
    expect(config.ignore.map((e) => e.rules)).toEqual([["PIN-004"], ["ACC-002"]]);
  });
});

describe("scan flags", () => {
  it("--rule runs only those (a rule disabled by default too), --skip-rule leaves some out, unknown IDs are exit 2", async () => {
    const dir = await repo({ "main.tf": MODULES });
    const only = await run(dir, ["scan", ".", "--rule", "PIN-001", "--format", "json"]);
    expect(rules(only.out)).toEqual(["main.tf:2 PIN-001 error"]);
    const skip = await run(dir, ["scan", ".", "--skip-rule", "PIN-001,PIN-003", "--skip-rule", "PIN-004", "--format", "json"]);
    expect(rules(skip.out)).toEqual(["main.tf:7 PIN-005 error"]);
    const bad = await run(dir, ["scan", ".", "--rule", "PIN-01"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe("driftless: --rule PIN-01: unknown rule ID PIN-01 (driftless rules lists them)\n");
    const both = await run(dir, ["scan", ".", "--rule", "PIN-001", "--skip-rule", "PIN-001"]);
    expect(both.code).toBe(2);
    expect(both.err).toBe("driftless: --skip-rule PIN-001: PIN-001 is also named by --rule; name it in one of them\n");
  });

  it("--exclude leaves files out, named ones included", async () => {
    const dir = await repo({ "infra/main.tf": MODULES, "examples/main.tf": MODULES });
    const { out } = await run(dir, ["scan", ".", "--rule", "PIN-001", "--exclude", "examples/**", "--format", "json"]);
    expect(rules(out)).toEqual(["infra/main.tf:2 PIN-001 error"]);
    const named = await run(dir, ["scan", "examples/main.tf", "--rule", "PIN-001", "--exclude", "examples/**"]);
    expect(named.out).toBe("No findings in 0 files scanned\n");
    expect(named.err).toMatch(/^driftless: no IaC files found in examples\/main\.tf/);
  });

  it("--quiet prints only findings; a scan that finds no IaC file says so on stderr", async () => {
    const dir = await repo({ "main.tf": MODULES, "docs/readme.md": "# hi\n" });
    const quiet = await run(dir, ["scan", ".", "--rule", "PIN-001", "--quiet"]);
    expect(quiet.out).toMatch(/^main\.tf:2:\d+ {2}ERROR {4}PIN-001 {2}.*\n\n$/);
    const empty = await run(dir, ["scan", "docs"]);
    expect(empty.code).toBe(0);
    expect(empty.err).toBe("driftless: no IaC files found in docs (Terraform .tf/.tf.json/.tfvars, CloudFormation templates, Pulumi TypeScript projects)\n");
    expect((await run(dir, ["scan", "docs", "--quiet"])).err).toBe("");
  });

  it("colours: --color, --no-color, FORCE_COLOR, NO_COLOR and a TTY", async () => {
    const dir = await repo({ "main.tf": MODULES });
    const ansi = /\u001b\[/;
    const args = ["scan", ".", "--rule", "PIN-001"];
    expect((await run(dir, args)).out).not.toMatch(ansi);
    expect((await run(dir, [...args, "--color"])).out).toMatch(ansi);
    expect((await run(dir, args, { FORCE_COLOR: "1" })).out).toMatch(ansi);
    expect((await run(dir, args, { FORCE_COLOR: "0" }, true)).out).not.toMatch(ansi);
    expect((await run(dir, args, {}, true)).out).toMatch(ansi);
    expect((await run(dir, args, { NO_COLOR: "1" }, true)).out).not.toMatch(ansi);
    expect((await run(dir, [...args, "--no-color"], { FORCE_COLOR: "1" }, true)).out).not.toMatch(ansi);
  });

  it("--output FILE without --format takes the format from the extension", async () => {
    const dir = await repo({ "main.tf": MODULES });
    await run(dir, ["scan", ".", "--rule", "PIN-001", "--output", "out/x.json", "--output", "out/x.sarif"]);
    expect(JSON.parse(await readFile(join(dir, "out/x.json"), "utf8")).findings).toHaveLength(1);
    expect(JSON.parse(await readFile(join(dir, "out/x.sarif"), "utf8")).version).toBe("2.1.0");
    const unknown = await run(dir, ["scan", ".", "--output", "x.out"]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toBe("driftless: cannot tell the format of --output x.out from its extension (.sarif, .json, .md, .xml, .txt, .html); give --format before it\n");
  });
});

describe("documentation", () => {
  it("the README's configuration example is valid and its rule settings apply", async () => {
    const readme = await readFile(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Configuration"));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const dir = await repo({ "main.tf": MODULES, ".driftless.yaml": example, "policies/.keep": "" });
    const { code, err } = await run(dir, ["scan", ".", "--fail-on", "none"]);
    expect(err).toBe("");
    expect(code).toBe(0);
  });
});

describe("named files and folders together", () => {
  it("a folder named beside a file is reported whole (scan infra/ other/b.tf)", async () => {
    const dir = await repo({ "infra/main.tf": MODULES, "other/b.tf": MODULES, "other/c.tf": 'module "c" {\n  source = "git::https://example.com/c.git"\n}\n' });
    const { out } = await run(dir, ["scan", "infra", "other/b.tf", "--rule", "PIN-001", "--format", "json"]);
    expect(rules(out)).toEqual(["infra/main.tf:2 PIN-001 error", "other/b.tf:2 PIN-001 error"]);
  });
});
