import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SweepDocument } from "../../src/model/sweep.js";
import { main } from "../../src/cli/main.js";
import { cliInProcess, cliProcess } from "../support/cli.js";
import { fakeIo } from "../support/io.js";
import { expectValidSarif } from "../support/sarif-schema.js";
import { commitFile, organisation, repository, UNPINNED } from "../support/repositories.js";

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const byName = (doc: SweepDocument, name: string) => doc.repositories.find((r) => r.name === name)!;

describe("driftless sweep", () => {
  it("scans each repository as its own root: per-repository SARIF and JSON, an aggregate, an HTML report; failures recorded", async () => {
    const org = await organisation();
    const out = join(org, "..", "out");
    const run = await cliInProcess(["sweep", org, "--output-dir", out, "--concurrency", "2"], org);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/4 repositories \(2 scanned, 0 unchanged since the last sweep, 2 failed\): 2 findings \(2 errors/);
    // Plain progress lines when stderr is not a terminal: one per repository.
    expect(run.stderr.match(/^driftless: sweep \[\d\/4\] /gm)).toHaveLength(4);

    const doc = readJson<SweepDocument>(join(out, "sweep.json"));
    expect(doc).toMatchObject({ kind: "driftless-sweep", schemaVersion: 1 });
    expect(doc.repositories.map((r) => [r.name, r.status])).toEqual([
      ["broken", "failed"],
      ["clean", "scanned"],
      ["findings", "scanned"],
      ["plain", "failed"],
    ]);
    expect(byName(doc, "broken").reason).toMatch(/\.driftless\.yaml:1: fail-on/);
    expect(byName(doc, "plain").reason).toMatch(/^not a git repository/);
    const findings = byName(doc, "findings");
    expect(findings.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(findings.remoteUrl).toBe("https://github.com/acme/findings");
    expect(findings.findings.map((f) => [f.ruleId, f.file, f.line, f.column])).toEqual([
      ["PIN-001", "infra/main.tf", 2, 3],
      ["PIN-001", "infra/main.tf", 6, 3],
    ]);
    expect(byName(doc, "clean").findings).toEqual([]);
    expect(doc.summary).toMatchObject({ repositories: 4, scanned: 2, cached: 0, failed: 2, findings: 2, errors: 2 });
    expect(doc.rules).toEqual([expect.objectContaining({ id: "PIN-001", family: "PIN", title: expect.stringMatching(/\w/) })]);

    // Each repository's SARIF is ready for its own code scanning: URIs relative to its root.
    for (const name of ["clean", "findings"]) {
      const sarif = readJson<{ runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }>(join(out, "repositories", `${name}.sarif`));
      expectValidSarif(sarif);
      expect(byName(doc, name).reports).toEqual({ sarif: `repositories/${name}.sarif`, json: `repositories/${name}.json` });
      for (const result of sarif.runs[0]!.results) expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toBe("infra/main.tf");
    }
    expect(existsSync(join(out, "repositories", "broken.sarif"))).toBe(false);
    const html = readFileSync(join(out, "report.html"), "utf8");
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    // Plain links go from the report's folder to the file in its repository.
    expect(html).toContain('href="../org/findings/infra/main.tf"');
  });

  it("rescans only the repositories whose HEAD or configuration changed", async () => {
    const org = await organisation();
    const out = join(org, "..", "out");
    expect((await cliInProcess(["sweep", org, "--output-dir", out], org)).code).toBe(0);
    await commitFile(join(org, "findings"), "infra/main.tf", UNPINNED("a"));
    const second = await cliInProcess(["sweep", org, "--output-dir", out], org);
    expect(second.code).toBe(0);
    const doc = readJson<SweepDocument>(join(out, "sweep.json"));
    expect(Object.fromEntries(doc.repositories.map((r) => [r.name, r.status]))).toEqual({ broken: "failed", clean: "cached", findings: "scanned", plain: "failed" });
    expect(byName(doc, "findings").findings).toHaveLength(1);
    expect(second.stderr).toMatch(/clean: 0 findings \(unchanged since the last sweep\)/);

    // A changed configuration is a change too, even at the same commit (not committed here).
    writeFileSync(join(org, "clean", ".driftless.yaml"), "fail-on: warning\n");
    await cliInProcess(["sweep", org, "--output-dir", out], org);
    expect(byName(readJson<SweepDocument>(join(out, "sweep.json")), "clean").status).toBe("scanned");
    // --no-cache scans everything.
    await cliInProcess(["sweep", org, "--output-dir", out, "--no-cache"], org);
    expect(readJson<SweepDocument>(join(out, "sweep.json")).summary).toMatchObject({ scanned: 2, cached: 0 });
  });

  it("--compare reports new, fixed and still open findings against an earlier sweep", async () => {
    const org = await organisation();
    const out = join(org, "..", "out");
    await cliInProcess(["sweep", org, "--output-dir", out], org);
    copyFileSync(join(out, "sweep.json"), join(org, "..", "previous.json"));
    // b fixed, e new, a still open (it moves down a line: fingerprints leave lines out).
    await commitFile(join(org, "findings"), "infra/main.tf", `# moved\n${UNPINNED("a")}\n${UNPINNED("e")}`);
    await commitFile(join(org, "clean"), "extra.tf", UNPINNED("f"));
    const run = await cliInProcess(["sweep", org, "--output-dir", out, "--compare", join(org, "..", "previous.json")], org);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 new, 1 fixed, 1 still open/);
    const doc = readJson<SweepDocument>(join(out, "sweep.json"));
    expect(doc.comparison).toMatchObject({ new: 2, fixed: 1, open: 1 });
    expect(doc.comparison!.repositories).toEqual([
      { name: "broken", new: 0, fixed: 0, open: 0 },
      { name: "clean", new: 1, fixed: 0, open: 0 },
      { name: "findings", new: 1, fixed: 1, open: 1 },
      { name: "plain", new: 0, fixed: 0, open: 0 },
    ]);
    expect(doc.comparison!.fixedFindings.map((f) => [f.repository, f.message])).toEqual([["findings", expect.stringContaining("module.b")]]);
    // The output folder's own sweep.json works as --compare: read before it is replaced.
    const again = await cliInProcess(["sweep", org, "--output-dir", out, "--compare", join(out, "sweep.json")], org);
    expect(again.stdout).toMatch(/0 new, 0 fixed, 3 still open/);
  });

  it("takes a file listing repositories: comments, relative paths, repeated names, missing folders", async () => {
    const org = await organisation();
    const other = join(org, "..", "elsewhere", "findings");
    await repository(other, { "main.tf": UNPINNED("z") });
    // Comments are whole lines: `#` inside a line is part of the path (folders may be named `a #1`).
    writeFileSync(join(org, "..", "repos.txt"), `# the team's repositories\norg/findings\n  # a fork\nelsewhere/findings\n\norg/gone\n`);
    const run = await cliInProcess(["sweep", "repos.txt", "--output-dir", "out"], join(org, ".."));
    expect(run.code).toBe(0);
    const doc = readJson<SweepDocument>(join(org, "..", "out", "sweep.json"));
    expect(doc.repositories.map((r) => [r.name, r.path, r.status])).toEqual([
      ["org/findings", "org/findings", "scanned"],
      ["elsewhere/findings", "elsewhere/findings", "scanned"],
      ["gone", "org/gone", "failed"],
    ]);
    // Two folders named alike: each report file is named after its folder's path, not the order.
    const stems = doc.repositories.slice(0, 2).map((r) => r.reports?.sarif);
    expect(stems).toEqual([expect.stringMatching(/^repositories\/findings-[0-9a-f]{8}\.sarif$/), expect.stringMatching(/^repositories\/findings-[0-9a-f]{8}\.sarif$/)]);
    expect(new Set(stems).size).toBe(2);
    for (const stem of stems) expect(existsSync(join(org, "..", "out", stem!))).toBe(true);
    expect(byName(doc, "gone").reason).toMatch(/not found/);
  });

  it("refuses what it cannot sweep, naming what to give instead (exit 2)", async () => {
    const org = await organisation();
    const cases: [string[], RegExp][] = [
      [["sweep", org], /--output-dir/],
      [["sweep", join(org, "findings"), "--output-dir", "x"], /is a git repository itself/],
      [["sweep", join(org, "nothing"), "--output-dir", "x"], /not found/],
      [["sweep", org, "--output-dir", "x", "--concurrency", "0"], /--concurrency/],
      [["sweep", org, "--output-dir", "x", "--compare", join(org, "clean", "main.tf")], /main\.tf: not JSON/],
    ];
    for (const [args, message] of cases) {
      const run = await cliInProcess(args, org);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    mkdirSync(join(org, "..", "empty"));
    expect((await cliInProcess(["sweep", join(org, "..", "empty"), "--output-dir", "x"], org)).stderr).toMatch(/holds no repositories/);
  });

  it("draws a progress bar when stderr is a terminal: repositories done of all, findings so far, time left", async () => {
    const org = await organisation();
    const io = fakeIo(org, { errTty: true, env: { NO_COLOR: "1" } });
    expect(await main(["sweep", org, "--output-dir", join(org, "..", "out")], io)).toBe(0);
    const frames = io.err().split(/\x1b\[1G/).filter((f) => f.startsWith("sweep "));
    expect(frames[0]).toMatch(/ 0\/4 repositories \| 0 findings \| 0 failed \| /);
    expect(frames.at(-1)).toMatch(/ 4\/4 repositories \| 2 findings \| 2 failed \| 0s left \| \w/);
    expect(io.err()).not.toMatch(/^driftless: sweep \[/m);
  });

  it("--fail-on makes findings in any repository fail the sweep; the real process works", async () => {
    const org = await organisation();
    const run = await cliProcess(["sweep", org, "--output-dir", join(org, "..", "out"), "--fail-on", "error", "--quiet"], org);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^driftless sweep: 4 repositories/);
  });
});

describe("driftless report merge", () => {
  it("merges each repository's JSON report into one aggregate or HTML report", async () => {
    const org = await organisation();
    const out = join(org, "..", "reports");
    mkdirSync(out);
    for (const name of ["clean", "findings"]) {
      const run = await cliInProcess(["scan", ".", "--format", "json", "--output", join(out, `${name}.json`), "--fail-on", "none"], join(org, name));
      expect(run.code).toBe(0);
    }
    const merged = await cliInProcess(["report", "merge", join(out, "clean.json"), join(out, "findings.json"), "--format", "json"], org);
    expect(merged.code).toBe(0);
    const doc = JSON.parse(merged.stdout) as SweepDocument;
    expect(doc.repositories.map((r) => [r.name, r.status, r.findings.length, r.remoteUrl ?? null])).toEqual([
      ["clean", "scanned", 0, null],
      ["findings", "scanned", 2, "https://github.com/acme/findings"],
    ]);
    const html = await cliInProcess(["report", "merge", join(out, "clean.json"), join(out, "findings.json"), "--output", join(out, "report.html"), "--link-template", "{remote}/blob/{commit}/{file}#L{line}"], org);
    expect(html.code).toBe(0);
    const page = readFileSync(join(out, "report.html"), "utf8");
    expect(page).toContain(`href="https://github.com/acme/findings/blob/${doc.repositories[1]!.commit}/infra/main.tf#L2"`);
    const bad = await cliInProcess(["report", "merge", join(org, "findings", "infra", "main.tf")], org);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/main\.tf: not JSON/);
    expect((await cliInProcess(["report", "split"], org)).stderr).toMatch(/unknown subcommand driftless report split/);
  });
});

describe("driftless scan --format html", () => {
  it("writes the HTML report with links relative to it, --compare against an earlier JSON report, and refuses those options without it", async () => {
    const org = await organisation();
    const dir = join(org, "findings");
    expect((await cliInProcess(["scan", ".", "--format", "json", "--output", "../before.json", "--fail-on", "none"], dir)).code).toBe(0);
    await commitFile(dir, "infra/main.tf", UNPINNED("a"));
    const run = await cliInProcess(["scan", ".", "--output", "../out/report.html", "--compare", "../before.json", "--fail-on", "none"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const page = readFileSync(join(org, "out", "report.html"), "utf8");
    expect(page).toContain('href="../findings/infra/main.tf"');
    // module.b's finding is gone since before.json: only the fixed findings' table names it.
    expect(page).toMatch(/Module module\.b is fetched/);
    for (const args of [["--compare", "../before.json"], ["--link-template", "{file}"]]) {
      const refused = await cliInProcess(["scan", ".", ...args], dir);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/applies to the HTML report: add --format html --output report\.html/);
    }
    const missing = await cliInProcess(["scan", ".", "--format", "html", "--output", "r.html", "--compare", "../nowhere.json"], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--compare \.\.\/nowhere\.json: cannot read it \(ENOENT\)/);
  });
});
