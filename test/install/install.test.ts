/**
 * Installs driftless from a fresh clone of this repository (its HEAD: commit first) exactly as the
 * README's "Install" section says, as the acceptance command does (`npm install -g
 * --prefix "$(mktemp -d)" <clone>`, a link to the clone), with `--install-links` (a copy), as the
 * GitHub Action's install step does, and as pre-commit installs a Node.js hook repository, then
 * runs the installed command. The committed bundle carries every dependency, so no install may
 * add a package beside driftless. Only the repository's address is replaced, by the local
 * clone's; npm reads its cache first (`prefer-offline`).
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { INFORMATION_URI } from "../../src/report/sarif.js";
import { tempDir, writeTree } from "../support/tmp.js";
import { PKG, QUIET_NPM, readmeBlocks, REPO, REPOSITORY_URL, run, type Run } from "./helpers.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const MAIN_TF = `module "network" {
  source = "git::https://example.com/network.git"
}
`;
const PINNED_TF = `module "network" {
  source = "git::https://example.com/network.git?ref=0123456789abcdef0123456789abcdef01234567"
}
`;
const FINDING = /^main\.tf:2:3 {2}ERROR {4}PIN-001 {2}Module module\.network /m;
const BROKEN_TF = 'resource "aws_s3_bucket" "b" {\n  bucket =\n';
/** HashiCorp's parser's verdict on BROKEN_TF (hcl2json's WASM, from the bundle). */
const BROKEN_FINDING = "broken/main.tf:2:11  ERROR    IAC-000  Invalid expression; Expected the start of an expression, but found an invalid expression token.\n";

/** The acceptance command, run as it is written; the clone's path is appended. */
const ACCEPTANCE = 'npm install -g --prefix "$(mktemp -d)" ';

/** Runs a README code block with bash, stopping at the first failing command. */
function bash(script: string, cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  // --norc: bash reads /etc/bash.bashrc even for -c when it takes its stdin (a socket pair here)
  // for a remote shell's, and Debian's file fails under -u.
  return run("bash", ["--noprofile", "--norc", "-euo", "pipefail", "-c", script], { cwd, env: { ...QUIET_NPM, ...env }, timeout: 180_000 });
}

/** `text` with `from` replaced, which must occur in it. */
function replaceOnce(text: string, from: string, to: string): string {
  expect(text, `expected to find ${from}`).toContain(from);
  return text.split(from).join(to);
}

/** The names of the packages installed anywhere below `dir`. */
function installedPackages(dir: string): Set<string> {
  const names = new Set<string>();
  const walk = (modules: string): void => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      const dirs = entry.startsWith("@") ? readdirSync(join(modules, entry)).map((e) => `${entry}/${e}`) : [entry];
      for (const name of dirs) {
        if (name.startsWith(".")) continue;
        names.add(name);
        walk(join(modules, name, "node_modules"));
      }
    }
  };
  walk(join(dir, "lib/node_modules"));
  return names;
}

function sizeOf(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat || stat.isSymbolicLink()) return 0;
  return stat.isDirectory() ? readdirSync(path).reduce((sum, e) => sum + sizeOf(join(path, e)), 0) : stat.size;
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", ["-c", "user.name=driftless test", "-c", "user.email=test@example.com", "-c", "init.defaultBranch=main", ...args], { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

const TAG = `v${PKG.version}`;
const REPO_NAME = REPOSITORY_URL.split("/").at(-1)!;

type Kind = "git" | "clone" | "acceptance" | "links" | "action";

/** One install: its prefix (the command is `<prefix>/bin/driftless`), npm's outcome, and the clone a folder install links to. */
interface Install {
  prefix: string;
  result: Run;
  linkedTo?: string;
}

describe("installs from a fresh clone", () => {
  let work: string;
  /** A bare clone of this repository's HEAD, tagged with the version, named like the public one. */
  let origin: string;
  const installs = {} as Record<Kind, Install>;

  beforeAll(async () => {
    work = await tempDir("driftless-install-");
    origin = join(work, "public", `${REPO_NAME}.git`);
    git(work, "clone", "--quiet", "--bare", REPO, origin);
    git(origin, "tag", "--force", TAG);

    const [gitBlock, cloneBlock] = readmeBlocks("Install", "sh");
    const action = parse(readFileSync(join(REPO, "action.yml"), "utf8")) as Json;
    const actionInstall = (action.runs.steps as Json[]).find((s) => s.name === "Install driftless").run as string;

    const viaGit = async (): Promise<void> => {
      const prefix = join(work, "git-prefix");
      const script = replaceOnce(gitBlock!, `git+${REPOSITORY_URL}.git`, `git+file://${origin}`);
      installs.git = { prefix, result: await bash(script, work, { npm_config_prefix: prefix }) };
    };
    const viaClone = async (): Promise<void> => {
      const prefix = join(work, "clone-prefix");
      const cwd = join(work, "clone");
      await mkdir(cwd);
      const script = replaceOnce(cloneBlock!, `git clone ${REPOSITORY_URL}.git`, `git clone --quiet ${origin}`);
      const clone = join(cwd, REPO_NAME);
      installs.clone = { prefix, result: await bash(script, cwd, { npm_config_prefix: prefix }), linkedTo: clone };
      const viaLinks = async (): Promise<void> => {
        const prefix = join(work, "links-prefix");
        installs.links = { prefix, result: await bash(`npm install -g --install-links '${clone}'`, work, { npm_config_prefix: prefix }) };
      };
      // The action's checkout: the same files at the pinned ref.
      const viaAction = async (): Promise<void> => {
        const runnerTemp = join(work, "runner");
        await mkdir(runnerTemp);
        const env = { GITHUB_ACTION_PATH: clone, RUNNER_TEMP: runnerTemp, GITHUB_PATH: join(runnerTemp, "github_path") };
        installs.action = { prefix: join(runnerTemp, "driftless-cli"), result: await bash(actionInstall, cwd, env), linkedTo: clone };
      };
      await Promise.all([viaLinks(), viaAction()]);
    };
    const viaAcceptance = async (): Promise<void> => {
      const fresh = join(work, "fresh", REPO_NAME);
      git(work, "clone", "--quiet", origin, fresh);
      // mktemp -d makes the prefix under TMPDIR: a folder of the test's, to find it afterwards.
      const tmp = join(work, "mktemp");
      await mkdir(tmp);
      const result = await bash(`${ACCEPTANCE}'${fresh}'`, work, { TMPDIR: tmp });
      const made = readdirSync(tmp);
      expect(made, "mktemp -d made one folder").toHaveLength(1);
      installs.acceptance = { prefix: join(tmp, made[0]!), result, linkedTo: fresh };
    };
    await Promise.all([viaGit(), viaClone(), viaAcceptance()]);
  }, 240_000);

  describe.each(["acceptance", "clone", "git", "links", "action"] as const)("%s install", (kind) => {
    it("succeeds and gives a working `driftless` command", async () => {
      const { prefix, result } = installs[kind];
      expect(result.code, result.stderr).toBe(0);
      const version = await run(join(prefix, "bin/driftless"), ["--version"], { cwd: work });
      expect(version).toEqual({ code: 0, stdout: `${PKG.version}\n`, stderr: "" });
    });

    it("installs the package alone: no dependency, no devDependency", () => {
      const { prefix, linkedTo } = installs[kind];
      expect([...installedPackages(prefix)]).toEqual([PKG.name]);
      expect(Object.keys(PKG.devDependencies).filter((dep) => existsSync(join(prefix, "lib/node_modules", dep)))).toEqual([]);
      const root = join(prefix, "lib/node_modules", PKG.name);
      if (linkedTo) {
        // A folder install links to the clone, which has no node_modules: the bundle needs none.
        expect(lstatSync(root).isSymbolicLink()).toBe(true);
        expect(realpathSync(root)).toBe(realpathSync(linkedTo));
        expect(existsSync(join(linkedTo, "node_modules"))).toBe(false);
      } else {
        const shipped = readdirSync(root).sort();
        expect(shipped).toEqual(["LICENSE", "README.md", "bin", "config.schema.json", "dist", "package.json", "rules"]);
        expect(shipped.filter((entry) => !["package.json", ...PKG.files].includes(entry))).toEqual([]);
        // The devDependencies alone are over 100 MB.
        expect(sizeOf(prefix) / 2 ** 20).toBeLessThan(30);
      }
    });
  });

  it("the action's install puts the command on the job's PATH", async () => {
    expect(await readFile(join(work, "runner/github_path"), "utf8")).toBe(`${join(installs.action.prefix, "bin")}\n`);
  });

  it("the action's scan step writes the SARIF, its output and the step summary, and fails on a finding", async () => {
    const action = parse(readFileSync(join(REPO, "action.yml"), "utf8")) as Json;
    const scanStep = (action.runs.steps as Json[]).find((s) => s.id === "scan").run as string;
    const checkout = join(work, "checkout");
    await writeTree(checkout, { "infra/main.tf": MAIN_TF });
    git(checkout, "init", "--quiet");
    const runnerTemp = join(work, "runner");
    const files = { GITHUB_OUTPUT: join(runnerTemp, "output"), GITHUB_STEP_SUMMARY: join(runnerTemp, "summary.md") };
    for (const file of Object.values(files)) await writeFile(file, "");
    const env = (failOn: string): NodeJS.ProcessEnv => ({
      // What GITHUB_PATH adds to the following steps' PATH.
      PATH: `${join(installs.action.prefix, "bin")}:${process.env.PATH}`,
      RUNNER_TEMP: runnerTemp,
      ...files,
      INPUT_PATHS: ".",
      INPUT_FAIL_ON: failOn,
      INPUT_CATEGORY: "driftless-infra",
      INPUT_ARGS: "--report-unknown",
    });

    const failed = await bash(scanStep, checkout, env("error"));
    expect(failed.stderr).toBe("");
    expect(failed.code).toBe(1);
    const sarifFile = join(runnerTemp, "driftless.sarif");
    expect(await readFile(files.GITHUB_OUTPUT, "utf8")).toBe(`sarif-file=${sarifFile}\n`);
    const sarif = JSON.parse(await readFile(sarifFile, "utf8")) as Json;
    expect(sarif.runs[0].automationDetails.id).toMatch(/^driftless-infra\//);
    expect(sarif.runs[0].results.map((r: Json) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toContainEqual(["PIN-001", "infra/main.tf"]);
    const summary = await readFile(files.GITHUB_STEP_SUMMARY, "utf8");
    expect(summary).toMatch(/^## driftless\n/);
    expect(summary).toContain("PIN-001");

    const passed = await bash(scanStep, checkout, env("none"));
    expect(passed.code).toBe(0);

    // No input: the repository's own fail-on decides (here: none).
    await writeFile(join(checkout, ".driftless.yaml"), "fail-on: none\n");
    const configured = await bash(scanStep, checkout, env(""));
    expect(configured.stderr).toBe("");
    expect(configured.code).toBe(0);
  });

  // The two shapes of install: a link to a clone (the acceptance command) and a packed copy (git).
  describe.each(["acceptance", "git"] as const)("the command of the %s install", (kind) => {
    let project: string;
    const driftless = (args: string[]): Promise<Run> => run(join(installs[kind].prefix, "bin/driftless"), args, { cwd: project, timeout: 60_000 });

    beforeAll(async () => {
      project = join(work, `project-${kind}`);
      await writeTree(project, {
        "main.tf": MAIN_TF,
        "README.yaml": "title: not a template\nitems: [1, 2]\n",
        "broken/main.tf": BROKEN_TF,
        "app/Pulumi.yaml": "name: app\nruntime: nodejs\n",
        "app/package.json": '{ "name": "app", "dependencies": { "@pulumi/docker": "4.5.0", "@pulumi/pulumi": "3.100.0" } }\n',
        "app/index.ts": 'import * as docker from "@pulumi/docker";\n\nexport const web = new docker.Container("web", { image: "nginx:latest" });\n',
      });
      git(project, "init", "--quiet");
    });

    it("scans: a finding is exit 1 and printed, --fail-on none is exit 0", async () => {
      const scan = await driftless(["scan", "main.tf", "README.yaml"]);
      expect(scan.stderr).toBe("");
      expect(scan.stdout).toMatch(FINDING);
      expect(scan.stdout).toMatch(/1 finding \(1 error, 0 warnings, 0 notes\) in 1 file scanned\n$/);
      expect(scan.code).toBe(1);
      expect((await driftless(["scan", "main.tf", "--fail-on", "none"])).code).toBe(0);
    });

    it("reports a Terraform syntax error in HashiCorp's words (hcl2json and its WASM from the bundle)", async () => {
      const scan = await driftless(["scan", "broken/main.tf"]);
      expect(scan.stderr).toBe("");
      expect(scan.stdout).toBe(`${BROKEN_FINDING}\n1 finding (1 error, 0 warnings, 0 notes) in 1 file scanned\n`);
      expect(scan.code).toBe(1);
    });

    it("writes SARIF naming the tool, its documentation and the rules", async () => {
      const scan = await driftless(["scan", "main.tf", "--format", "sarif", "--fail-on", "none"]);
      expect(scan.code).toBe(0);
      const driver = (JSON.parse(scan.stdout) as Json).runs[0].tool.driver;
      expect(driver).toMatchObject({ name: "driftless", semanticVersion: PKG.version, informationUri: INFORMATION_URI });
      expect(driver.rules.map((r: Json) => r.id)).toContain("PIN-001");
    });

    it("reads a Pulumi program (ts-morph and the TypeScript compiler from the bundle)", async () => {
      const scan = await driftless(["scan", "app", "--fail-on", "none", "--format", "json"]);
      expect(scan.stderr).toBe("");
      expect(scan.code).toBe(0);
      const report = JSON.parse(scan.stdout) as Json;
      expect(report.filesScanned).toBeGreaterThan(0);
      expect(report.findings.filter((f: Json) => f.ruleId === "IAC-000")).toEqual([]);
      expect(report.findings).toContainEqual(expect.objectContaining({ ruleId: "PIN-005", file: "app/index.ts", range: expect.objectContaining({ start: { line: 3, column: expect.any(Number) } }) }));
    });

    it("lists and explains the built-in rules", async () => {
      const rules = await driftless(["rules"]);
      expect(rules.code).toBe(0);
      expect(rules.stdout).toMatch(/^PIN-001 +error +yes /m);
      expect(rules.stdout.trim().split("\n").length).toBeGreaterThan(40);
      const explain = await driftless(["explain", "PIN-001"]);
      expect(explain.code).toBe(0);
      expect(explain.stdout).toContain(`${REPOSITORY_URL}/blob/HEAD/docs/rules.md#pin-001`);
    });
  });

  // pre-commit installs a `language: node` hook repository by cloning it at `rev`, running
  // `npm install` in the clone (devDependencies included), `npm pack`, and `npm install -g` of
  // the tarball into its environment (pre_commit/languages/node.py). This runs the real thing.
  const preCommit = spawnSync("pre-commit", ["--version"], { encoding: "utf8" });
  describe.skipIf(preCommit.status !== 0)("as a pre-commit hook (needs `pre-commit`: apt-get install -y pre-commit, as .ci/run does)", () => {
    let project: string;
    const env = (): NodeJS.ProcessEnv => ({ ...QUIET_NPM, PRE_COMMIT_HOME: join(work, "pre-commit-home"), PRE_COMMIT_COLOR: "never" });

    beforeAll(async () => {
      project = join(work, "hooked");
      const [config] = readmeBlocks("pre-commit", "yaml");
      const local = replaceOnce(config!, `repo: ${REPOSITORY_URL}\n`, `repo: ${origin}\n`);
      await writeTree(project, {
        ".pre-commit-config.yaml": local,
        ".pre-commit-config-repo.yaml": replaceOnce(local, "- id: driftless\n", "- id: driftless-repo\n"),
        "legacy/old.tf": MAIN_TF,
      });
      git(project, "init", "--quiet");
      git(project, "add", ".");
      git(project, "commit", "--quiet", "-m", "start");
      const install = await run("pre-commit", ["install", "--install-hooks"], { cwd: project, env: env(), timeout: 180_000 });
      expect(install.code, install.stdout + install.stderr).toBe(0);
    }, 240_000);

    it("blocks a commit whose staged file has a finding, and reports only the staged files", async () => {
      await writeTree(project, { "main.tf": MAIN_TF, "README.yaml": "title: not a template\n", "notes.md": "# notes\n" });
      git(project, "add", "main.tf", "README.yaml", "notes.md");
      const commit = await run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-m", "add"], { cwd: project, env: env() });
      const out = commit.stdout + commit.stderr;
      expect(out).toMatch(/driftless \(staged files\)\.+Failed/);
      expect(out).toMatch(FINDING);
      expect(out).toContain("in 1 file scanned");
      expect(out).not.toContain("legacy/old.tf");
      expect(commit.code).not.toBe(0);
      expect(git(project, "rev-list", "--count", "HEAD").trim()).toBe("1");
    });

    it("lets the commit through once the staged file is fixed", async () => {
      await writeFile(join(project, "main.tf"), PINNED_TF);
      git(project, "add", "main.tf");
      const commit = await run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-m", "add"], { cwd: project, env: env() });
      expect(commit.stdout + commit.stderr).toMatch(/driftless \(staged files\)\.+Passed/);
      expect(commit.code).toBe(0);
      expect(git(project, "rev-list", "--count", "HEAD").trim()).toBe("2");
    });

    it("the whole-repository hook scans every file, staged or not", async () => {
      const all = await run("pre-commit", ["run", "--config", ".pre-commit-config-repo.yaml", "driftless-repo"], { cwd: project, env: env() });
      expect(all.stdout).toMatch(/driftless \(whole repository\)\.+Failed/);
      expect(all.stdout).toMatch(/^legacy\/old\.tf:2:3 {2}ERROR {4}PIN-001 /m);
      expect(all.stdout).not.toMatch(/^main\.tf:/m);
      expect(all.code).toBe(1);
    });
  });
});
