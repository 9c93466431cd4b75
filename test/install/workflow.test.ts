/**
 * The reusable sweep workflow (.github/workflows/sweep.yml): its shape, checked on the file, and
 * its scripts, run here with bash the way a runner runs them (the driftless of this checkout on
 * PATH, GitHub's output files in a temporary folder), and the README's example that calls it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { SweepDocument } from "../../src/model/sweep.js";
import { tempDir, writeTree } from "../support/tmp.js";
import { PKG, README, readmeBlocks, REPO, REPOSITORY_URL } from "./helpers.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Yaml = any;

const FILE = join(REPO, ".github/workflows/sweep.yml");
const TEXT = readFileSync(FILE, "utf8");
const WORKFLOW = parse(TEXT) as Yaml;
const SCAN = WORKFLOW.jobs.scan;
const REPORT = WORKFLOW.jobs.report;
const step = (job: Yaml, name: RegExp): Yaml => job.steps.find((s: Yaml) => name.test(s.name ?? ""));

/** Runs a step's script with bash as a runner would: its env, GitHub's files, driftless on PATH. */
function runStep(script: string, cwd: string, env: Record<string, string>, temp: string): { code: number; stdout: string; stderr: string } {
  const bin = join(temp, "bin");
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, "driftless"), `#!/bin/sh\nexec "${process.execPath}" "${join(REPO, "bin/driftless.js")}" "$@"\n`);
  chmodSync(join(bin, "driftless"), 0o755);
  const run = spawnSync("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], {
    cwd,
    encoding: "utf8",
    env: { PATH: `${bin}:${process.env.PATH}`, HOME: temp, RUNNER_TEMP: join(temp, "runner"), GITHUB_OUTPUT: join(temp, "output"), GITHUB_STEP_SUMMARY: join(temp, "summary.md"), ...env },
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

describe(".github/workflows/sweep.yml", () => {
  it("is called by other workflows with the repositories and a token", () => {
    const call = WORKFLOW.on.workflow_call;
    expect(call.inputs.repositories).toMatchObject({ type: "string", required: true });
    expect(call.inputs["driftless-ref"].default).toBe(`v${PKG.version}`);
    expect(call.secrets.token.required).toBe(true);
    expect(WORKFLOW.permissions).toEqual({ contents: "read" });
  });

  it("fans out one job per repository with a matrix, and a failing repository stops no other", () => {
    expect(SCAN.strategy.matrix.repository).toBe("${{ fromJSON(inputs.repositories) }}");
    expect(SCAN.strategy["fail-fast"]).toBe(false);
    expect(step(SCAN, /^Check out/).with).toMatchObject({ repository: "${{ matrix.repository }}", token: "${{ secrets.token }}", "persist-credentials": false });
  });

  it("pins every action by a full commit SHA with its version in a comment, and pastes no input into a script", () => {
    const steps = [...SCAN.steps, ...REPORT.steps] as Yaml[];
    const uses = steps.filter((s) => s.uses).map((s) => s.uses as string);
    expect(uses.length).toBeGreaterThanOrEqual(5);
    for (const u of uses) {
      expect(u).toMatch(/^actions\/[\w-]+@[0-9a-f]{40}$/);
      expect(TEXT).toMatch(new RegExp(`uses: ${u.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} # v\\d+\\.\\d+\\.\\d+\\n`));
    }
    for (const s of steps.filter((x) => x.run)) expect(s.run, s.name).not.toContain("${{");
  });

  it("uploads each SARIF to the scanned repository's code scanning through the REST API", () => {
    const upload = step(SCAN, /^Upload SARIF/);
    expect(upload.if).toBe("inputs.upload-sarif");
    expect(upload.env).toMatchObject({ GH_TOKEN: "${{ secrets.token }}", REPOSITORY: "${{ matrix.repository }}" });
    expect(upload.run).toContain('gh api --method POST "repos/$REPOSITORY/code-scanning/sarifs"');
    expect(upload.run).toMatch(/gzip -c "\$SARIF" \| base64 -w0/);
    expect(upload.run).toMatch(/-f commit_sha="\$COMMIT" -f ref="\$ref"/);
  });

  it("merges every repository's JSON report in a last job, also when some repositories failed", () => {
    expect(REPORT.needs).toBe("scan");
    expect(REPORT.if).toBe("${{ !cancelled() }}");
    expect(step(REPORT, /^Fetch/).with).toMatchObject({ pattern: "driftless-json-*", "merge-multiple": true });
    expect(step(SCAN, /^Keep the JSON/).with.name).toBe("driftless-json-${{ steps.scan.outputs.name }}");
    expect(step(REPORT, /^Merge/).run).toContain("driftless report merge reports/*.json --format html --output sweep/report.html");
  });

  it("its scan and merge scripts work as a runner runs them: outputs named after the repository, links to GitHub", async () => {
    const temp = await tempDir("driftless-workflow-");
    const reports = join(temp, "merge", "reports");
    mkdirSync(reports, { recursive: true });
    for (const [repository, text] of [
      ["acme/infra", 'module "a" {\n  source = "github.com/acme/terraform-a"\n}\n'],
      ["acme/platform", 'output "x" {\n  value = 1\n}\n'],
    ] as const) {
      const dir = join(temp, "repositories", repository);
      await writeTree(dir, { "main.tf": text });
      const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main", ...args], { cwd: dir });
      git("init", "-q");
      git("remote", "add", "origin", `https://github.com/${repository}`);
      git("add", "-A");
      git("commit", "-qm", "initial");
      writeFileSync(join(temp, "output"), "");
      const scan = step(SCAN, /^Scan$/);
      const run = runStep(scan.run, dir, { REPOSITORY: repository, CATEGORY: "driftless", INPUT_ARGS: "--report-unknown" }, temp);
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const outputs = Object.fromEntries(readFileSync(join(temp, "output"), "utf8").trim().split("\n").map((l) => l.split(/=(.*)/s).slice(0, 2)));
      const name = repository.replace("/", ".");
      expect(outputs).toMatchObject({ name, sarif: join(temp, "runner/driftless", `${name}.sarif`), ref: "refs/heads/main", commit: expect.stringMatching(/^[0-9a-f]{40}$/) });
      writeFileSync(join(reports, `${name}.json`), readFileSync(outputs.json!, "utf8"));
    }
    const merge = runStep(step(REPORT, /^Merge$/).run, join(temp, "merge"), {}, temp);
    expect(merge.stderr).toBe("");
    expect(merge.code).toBe(0);
    expect(readdirSync(join(temp, "merge", "sweep")).sort()).toEqual(["report.html", "sweep.json"]);
    const doc = JSON.parse(readFileSync(join(temp, "merge", "sweep", "sweep.json"), "utf8")) as SweepDocument;
    expect(doc.repositories.map((r) => [r.name, r.findings.length, r.remoteUrl])).toEqual([
      ["acme.infra", 1, "https://github.com/acme/infra"],
      ["acme.platform", 0, "https://github.com/acme/platform"],
    ]);
    const html = readFileSync(join(temp, "merge", "sweep", "report.html"), "utf8");
    expect(html).toContain(`href="https://github.com/acme/infra/blob/${doc.repositories[0]!.commit}/main.tf#L2"`);
  });
});

describe("README: sweeping many repositories", () => {
  it("calls the reusable workflow at this version with inputs it declares", () => {
    const [example] = readmeBlocks("Sweeping many repositories", "yaml");
    const caller = parse(example!) as Yaml;
    const job = Object.values(caller.jobs as Record<string, Yaml>)[0];
    const [owner, name] = REPOSITORY_URL.split("/").slice(-2);
    expect(job.uses).toBe(`${owner}/${name}/.github/workflows/sweep.yml@v${PKG.version}`);
    for (const key of Object.keys(job.with)) expect(Object.keys(WORKFLOW.on.workflow_call.inputs)).toContain(key);
    expect(Object.keys(job.secrets)).toEqual(["token"]);
    expect(() => JSON.parse(job.with.repositories)).not.toThrow();
  });

  it("shows the screenshot of the demo sweep's report", () => {
    expect(README).toMatch(/!\[[^\]]+\]\(docs\/sweep-report\.png\)/);
    const png = readFileSync(join(REPO, "docs/sweep-report.png"));
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  });
});
