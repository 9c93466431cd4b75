/**
 * `driftless sweep` where a sweep goes wrong in the field: folder names that are not file names,
 * folders named alike, listings that change between sweeps, reports changed behind the cache's
 * back, options that would fail every repository, an interrupted sweep.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SweepDocument } from "../../src/model/sweep.js";
import { BIN, cliInProcess } from "../support/cli.js";
import { commitFile, git, repository, UNPINNED } from "../support/repositories.js";
import { tempDir, writeTree } from "../support/tmp.js";

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;

interface ScanJson {
  findings: { message: string; file: string }[];
}

/** The module names of the findings of a repository's JSON report (`module "a"` → `a`). */
function modulesIn(out: string, report: string | undefined): string[] {
  return readJson<ScanJson>(join(out, report!)).findings.map((f) => /module\.(\w+)/.exec(f.message)?.[1] ?? "?");
}

/** Each repository of the aggregate with the modules its own report names, by path. */
function reportsByPath(out: string): Record<string, string[]> {
  const doc = readJson<SweepDocument>(join(out, "sweep.json"));
  return Object.fromEntries(doc.repositories.filter((r) => r.status !== "failed").map((r) => [r.path, modulesIn(out, r.reports?.json)]));
}

describe("driftless sweep: report files and the cache", () => {
  it("gives folders whose names are not file names, or differ only in case or punctuation, report files of their own", async () => {
    const root = await tempDir("driftless-sweep-names-");
    const org = join(root, "org");
    const names = ["日本", "中国", "with space", "with_space", "Infra", "infra", "a #1", "plain", "CON", "nul.txt"];
    for (const [i, name] of names.entries()) await repository(join(org, name), { "main.tf": UNPINNED(`m${i}`) });
    const run = await cliInProcess(["sweep", org, "--output-dir", join(root, "out")], root);
    expect(run.code).toBe(0);
    const doc = readJson<SweepDocument>(join(root, "out", "sweep.json"));
    const files = doc.repositories.map((r) => r.reports?.json);
    expect(new Set(files.map((f) => f?.toLowerCase())).size).toBe(names.length);
    // Each report holds its own repository's finding.
    for (const r of doc.repositories) expect(modulesIn(join(root, "out"), r.reports?.json)).toEqual([`m${names.indexOf(r.name)}`]);
    // Names that survive as file names keep them; the others get a digest of their path.
    expect(byName(doc, "plain").reports?.json).toBe("repositories/plain.json");
    expect(byName(doc, "with_space").reports?.json).toMatch(/^repositories\/with_space-[0-9a-f]{8}\.json$/);
    expect(byName(doc, "with space").reports?.json).toMatch(/^repositories\/with_space-[0-9a-f]{8}\.json$/);
    expect(byName(doc, "日本").reports?.json).toMatch(/^repositories\/__-[0-9a-f]{8}\.json$/);
    expect(byName(doc, "infra").reports?.json).toMatch(/^repositories\/infra-[0-9a-f]{8}\.json$/);
    // Device names on Windows are no file names there.
    expect(byName(doc, "CON").reports?.json).toMatch(/^repositories\/CON-[0-9a-f]{8}\.json$/);
    expect(byName(doc, "nul.txt").reports?.json).toMatch(/^repositories\/nul\.txt-[0-9a-f]{8}\.json$/);
    // The plain link to a folder named `a #1` is percent-encoded, segment by segment.
    expect(readFileSync(join(root, "out", "report.html"), "utf8")).toContain('href="../org/a%20%231/main.tf"');
  });

  it("never hands one repository's cached report to another when the listing changes order", async () => {
    const root = await tempDir("driftless-sweep-order-");
    await repository(join(root, "team-a", "infra"), { "main.tf": UNPINNED("a") });
    await repository(join(root, "team-b", "infra"), { "main.tf": UNPINNED("b") + UNPINNED("c", "\n") });
    const out = join(root, "out");
    writeFileSync(join(root, "repos.txt"), "team-a/infra\nteam-b/infra\n");
    await cliInProcess(["sweep", "repos.txt", "--output-dir", "out"], root);
    expect(reportsByPath(out)).toEqual({ "team-a/infra": ["a"], "team-b/infra": ["b", "c"] });
    writeFileSync(join(root, "repos.txt"), "team-b/infra\nteam-a/infra\n");
    const second = await cliInProcess(["sweep", "repos.txt", "--output-dir", "out"], root);
    const doc = readJson<SweepDocument>(join(out, "sweep.json"));
    // Names are the folders' own (the shortest unique ending of their paths), whatever the order.
    expect(doc.repositories.map((r) => [r.name, r.path, r.status, r.findings.length])).toEqual([
      ["team-b/infra", "team-b/infra", "cached", 2],
      ["team-a/infra", "team-a/infra", "cached", 1],
    ]);
    expect(reportsByPath(out)).toEqual({ "team-a/infra": ["a"], "team-b/infra": ["b", "c"] });
    expect(second.code).toBe(0);
    // Compared with the sweep before the reordering, nothing changed.
    writeFileSync(join(root, "repos.txt"), "team-a/infra\nteam-b/infra\n");
    const third = await cliInProcess(["sweep", "repos.txt", "--output-dir", "out", "--compare", "out/sweep.json"], root);
    expect(third.stdout).toMatch(/0 new, 0 fixed, 3 still open/);
  });

  it("keeps names unique and links right when a folder is named like a made-up name (infra~2)", async () => {
    const root = await tempDir("driftless-sweep-tilde-");
    await repository(join(root, "a", "infra"), { "main.tf": UNPINNED("a") });
    await repository(join(root, "b", "infra"), { "main.tf": UNPINNED("b") });
    await repository(join(root, "c", "infra~2"), { "main.tf": UNPINNED("c") });
    writeFileSync(join(root, "repos.txt"), "a/infra\nb/infra\nc/infra~2\n");
    await cliInProcess(["sweep", "repos.txt", "--output-dir", "out"], root);
    const doc = readJson<SweepDocument>(join(root, "out", "sweep.json"));
    expect(doc.repositories.map((r) => r.name)).toEqual(["a/infra", "b/infra", "infra~2"]);
    const html = readFileSync(join(root, "out", "report.html"), "utf8");
    for (const dir of ["a/infra", "b/infra", "c/infra~2"]) expect(html).toContain(`href="../${dir}/main.tf"`);
  });

  it("scans again, at the same commit, once a suppression the cached reports applied has expired", async () => {
    const root = await tempDir("driftless-sweep-expiry-");
    await repository(join(root, "org", "infra"), { "main.tf": `# driftless:ignore PIN-001 expires=2030-06-30 -- vendor pin, SEC-1\n${UNPINNED("a")}` });
    const sweepOn = async (today: string) => {
      const run = await cliInProcess(["sweep", "org", "--output-dir", "out", "--fail-on", "error"], root, { NO_COLOR: "1", DRIFTLESS_TODAY: today });
      return { code: run.code, repo: readJson<SweepDocument>(join(root, "out", "sweep.json")).repositories[0]! };
    };
    expect(await sweepOn("2030-06-01")).toMatchObject({ code: 0, repo: { status: "scanned" } });
    expect(await sweepOn("2030-06-30")).toMatchObject({ code: 0, repo: { status: "cached" } });
    const expired = await sweepOn("2030-07-01");
    expect(expired).toMatchObject({ code: 1, repo: { status: "scanned" } });
    expect(expired.repo.findings.filter((f) => !f.suppressed).map((f) => f.ruleId).sort()).toEqual(["IAC-001", "PIN-001"]);
  });

  it("scans again when a cached report was changed or removed since, and when the origin remote changed", async () => {
    const root = await tempDir("driftless-sweep-tamper-");
    const org = join(root, "org");
    await repository(join(org, "infra"), { "main.tf": UNPINNED("a") }, "https://github.com/acme/infra.git");
    const out = join(root, "out");
    await cliInProcess(["sweep", org, "--output-dir", out], root);
    const statusAfter = async (): Promise<string> => {
      await cliInProcess(["sweep", org, "--output-dir", out], root);
      return readJson<SweepDocument>(join(out, "sweep.json")).repositories[0]!.status;
    };
    expect(await statusAfter()).toBe("cached");
    const json = join(out, "repositories", "infra.json");
    writeFileSync(json, readFileSync(json, "utf8").replace(/"findings": \[/, '"findings": [ ').trimEnd());
    expect(await statusAfter()).toBe("scanned");
    writeFileSync(join(out, "repositories", "infra.sarif"), "{}");
    expect(await statusAfter()).toBe("scanned");
    expect(await statusAfter()).toBe("cached");
    // The SARIF carries the remote as its provenance: a new remote is a new report.
    git(join(org, "infra"), "remote", "set-url", "origin", "https://github.com/acme/infra-moved.git");
    expect(await statusAfter()).toBe("scanned");
    expect(readFileSync(join(out, "repositories", "infra.sarif"), "utf8")).toContain("https://github.com/acme/infra-moved");
  });

  it("scans again when a rule folder named by a repository's configuration changed, wherever it is", async () => {
    const root = await tempDir("driftless-sweep-rules-");
    const org = join(root, "org");
    const rulesDir = join(root, "team-rules");
    mkdirSync(rulesDir);
    writeFileSync(join(rulesDir, "README.md"), "team rules\n");
    await repository(join(org, "infra"), { "main.tf": UNPINNED("a"), ".driftless.yaml": "custom-rules:\n  - ../../team-rules\n" });
    const out = join(root, "out");
    const statusAfter = async (): Promise<string> => {
      const run = await cliInProcess(["sweep", org, "--output-dir", out], root);
      expect(run.stderr).not.toMatch(/internal error/);
      return readJson<SweepDocument>(join(out, "sweep.json")).repositories[0]!.status;
    };
    expect(await statusAfter()).toBe("scanned");
    expect(await statusAfter()).toBe("cached");
    writeFileSync(join(rulesDir, "README.md"), "team rules, edited\n");
    expect(await statusAfter()).toBe("scanned");
  });

  it("caches repositories whose commits are SHA-256 object names", async () => {
    const root = await tempDir("driftless-sweep-sha256-");
    const dir = join(root, "org", "infra");
    await writeTree(dir, { "main.tf": UNPINNED("a") });
    git(dir, "init", "-q", "--object-format=sha256");
    git(dir, "add", "-A");
    git(dir, "commit", "-qm", "initial");
    const out = join(root, "out");
    await cliInProcess(["sweep", join(root, "org"), "--output-dir", out], root);
    const first = readJson<SweepDocument>(join(out, "sweep.json")).repositories[0]!;
    expect(first.commit).toMatch(/^[0-9a-f]{64}$/);
    await cliInProcess(["sweep", join(root, "org"), "--output-dir", out], root);
    expect(readJson<SweepDocument>(join(out, "sweep.json")).repositories[0]!.status).toBe("cached");
  });
});

describe("driftless sweep: what it sweeps", () => {
  it("sweeps a folder given twice (or through a symbolic link) once, reads `#` inside a listed path as part of it, and never sweeps its own output folder", async () => {
    const root = await tempDir("driftless-sweep-listing-");
    const org = join(root, "org");
    await repository(join(org, "infra"), { "main.tf": UNPINNED("a") });
    await repository(join(org, "a #1"), { "main.tf": UNPINNED("b") });
    symlinkSync(join(org, "infra"), join(root, "infra-link"));
    writeFileSync(join(root, "repos.txt"), "# all of them\norg/infra\ninfra-link\norg/infra/\norg/a #1\n");
    await cliInProcess(["sweep", "repos.txt", "--output-dir", "out"], root);
    const doc = readJson<SweepDocument>(join(root, "out", "sweep.json"));
    expect(doc.repositories.map((r) => [r.name, r.path, r.status])).toEqual([
      ["infra", "org/infra", "scanned"],
      ["a #1", "org/a #1", "scanned"],
    ]);

    // The output folder inside the swept folder: neither it nor its reports folder is a repository.
    const inside = await cliInProcess(["sweep", org, "--output-dir", join(org, "sweep-out")], root);
    expect(inside.code).toBe(0);
    await cliInProcess(["sweep", org, "--output-dir", join(org, "sweep-out")], root);
    expect(readJson<SweepDocument>(join(org, "sweep-out", "sweep.json")).repositories.map((r) => r.name)).toEqual(["a #1", "infra"]);
    // The output folder as the swept folder itself.
    rmSync(join(org, "sweep-out"), { recursive: true });
    await cliInProcess(["sweep", org, "--output-dir", org], root);
    expect(readJson<SweepDocument>(join(org, "sweep.json")).repositories.map((r) => r.name)).toEqual(["a #1", "infra"]);
  });

  it("records entries it cannot reach (a looping or dangling symbolic link, a path through a file) and goes on", async () => {
    const root = await tempDir("driftless-sweep-unreachable-");
    const org = join(root, "org");
    await repository(join(org, "infra"), { "main.tf": UNPINNED("a") });
    symlinkSync(join(org, "loop"), join(org, "loop"));
    symlinkSync(join(root, "nowhere"), join(org, "dangling"));
    writeFileSync(join(root, "file"), "x");
    symlinkSync(join(root, "file"), join(org, "to-a-file"));
    const run = await cliInProcess(["sweep", "org", "--output-dir", "out"], root);
    expect(run.code).toBe(0);
    const doc = readJson<SweepDocument>(join(root, "out", "sweep.json"));
    expect(doc.repositories.map((r) => [r.name, r.status])).toEqual([["dangling", "failed"], ["infra", "scanned"], ["loop", "failed"]]);
    expect(byName(doc, "loop").reason).toMatch(/ELOOP/);
    expect(byName(doc, "dangling").reason).toMatch(/not found/);
    writeFileSync(join(root, "repos.txt"), "org/infra\nfile/inside\norg/loop\n");
    await cliInProcess(["sweep", "repos.txt", "--output-dir", "out2"], root);
    expect(readJson<SweepDocument>(join(root, "out2", "sweep.json")).repositories.map((r) => [r.name, r.status, r.reason?.slice(0, 25)])).toEqual([
      ["infra", "scanned", undefined],
      ["inside", "failed", "cannot be read (ENOTDIR):"],
      ["loop", "failed", "cannot be read (ELOOP): a"],
    ]);
  });

  it("removes the reports of repositories no longer swept", async () => {
    const root = await tempDir("driftless-sweep-stale-");
    await repository(join(root, "org", "kept"), { "main.tf": UNPINNED("a") });
    await repository(join(root, "org", "dropped"), { "main.tf": UNPINNED("b") });
    const out = join(root, "out");
    await cliInProcess(["sweep", join(root, "org"), "--output-dir", out], root);
    expect(readdirSync(join(out, "repositories")).sort()).toEqual(["dropped.json", "dropped.sarif", "kept.json", "kept.sarif"]);
    writeFileSync(join(out, "repositories", "notes.txt"), "mine\n");
    writeFileSync(join(root, "repos.txt"), "org/kept\n");
    await cliInProcess(["sweep", "repos.txt", "--output-dir", "out"], root);
    expect(readdirSync(join(out, "repositories")).sort()).toEqual(["kept.json", "kept.sarif", "notes.txt"]);
  });
});

describe("driftless sweep: options and exit codes", () => {
  it("checks the options it passes to every scan before sweeping (exit 2), and --link-template's placeholders", async () => {
    const root = await tempDir("driftless-sweep-options-");
    await repository(join(root, "org", "infra"), { "main.tf": UNPINNED("a") });
    writeFileSync(join(root, "file-here"), "not a folder");
    const cases: [string[], RegExp][] = [
      [["--rule", "NOPE-1"], /--rule NOPE-1: .*NOPE-1/],
      [["--skip-rule", "PIN-001,NOPE-2"], /--skip-rule NOPE-2/],
      [["--max-file-size", "lots"], /invalid value for --max-file-size: "lots"/],
      [["--timeout", "2147484"], /invalid value for --timeout: "2147484" \(expected a whole number from 1 to 2147483\)/],
      [["--output-dir", "file-here/out"], /--output-dir file-here\/out: cannot write there \((ENOTDIR|EEXIST)\)/],
      [["--output-dir", "/proc/driftless-nope"], /--output-dir \/proc\/driftless-nope: cannot write there \(E[A-Z]+\)/],
      [["--link-template", "https://git.example.com/{repo}/{file}#L{line}"], /--link-template.*\{repo\} is not a placeholder; use \{repository\}/],
      [["--link-template", "https://git.example.com/"], /--link-template.*names no placeholder/],
    ];
    for (const [args, message] of cases) {
      const run = await cliInProcess(["sweep", "org", "--output-dir", "out", ...args], root);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(existsSync(join(root, "out", "sweep.json"))).toBe(false);
    }
    for (const command of [["scan", join(root, "org", "infra"), "--format", "html", "--output", join(root, "r.html")], ["report", "merge", "x.json"]]) {
      const run = await cliInProcess([...command, "--link-template", "{remote}/{path}"], root);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/\{path\} is not a placeholder/);
    }
  });

  it("records a repository whose report cannot be written (a folder in its place) as failed, and leaves no temporary files", async () => {
    const root = await tempDir("driftless-sweep-eisdir-");
    await repository(join(root, "org", "infra"), { "main.tf": UNPINNED("a") });
    await repository(join(root, "org", "other"), { "main.tf": UNPINNED("b") });
    mkdirSync(join(root, "out", "repositories", "infra.json"), { recursive: true });
    const run = await cliInProcess(["sweep", "org", "--output-dir", "out"], root);
    expect(run.code).toBe(0);
    const doc = readJson<SweepDocument>(join(root, "out", "sweep.json"));
    expect(doc.repositories.map((r) => [r.name, r.status])).toEqual([["infra", "failed"], ["other", "scanned"]]);
    expect(byName(doc, "infra").reason).toMatch(/EISDIR|directory/i);
    mkdirSync(join(root, "out2", ".driftless-sweep-cache.json"), { recursive: true });
    const cacheBlocked = await cliInProcess(["sweep", "org", "--output-dir", "out2"], root);
    expect(cacheBlocked.code).toBe(2);
    expect(cacheBlocked.stderr).toMatch(/cannot write .*\.driftless-sweep-cache\.json \(EISDIR\)/);
    expect(readdirSync(join(root, "out2")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("--strict fails the sweep (exit 1) when a repository could not be swept", async () => {
    const root = await tempDir("driftless-sweep-strict-");
    await repository(join(root, "org", "infra"), { "main.tf": 'output "x" {\n  value = 1\n}\n' });
    mkdirSync(join(root, "org", "not-git"));
    expect((await cliInProcess(["sweep", "org", "--output-dir", "out"], root)).code).toBe(0);
    const strict = await cliInProcess(["sweep", "org", "--output-dir", "out", "--strict"], root);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/failed: not-git \(org\/not-git\): not a git repository/);
  });

  it.skipIf(process.platform !== "linux")("stops its child scans when it is interrupted (reads /proc: Linux only)", async () => {
    const root = await tempDir("driftless-sweep-signal-");
    // One large file: enough for a scan to take a while on any machine, cheap to make.
    const big = Array.from({ length: 20_000 }, (_, i) => UNPINNED(`m${i}`)).join("\n");
    await repository(join(root, "org", "one"), { "main.tf": big });
    const sweep = spawn(process.execPath, [BIN, "sweep", "org", "--output-dir", "out"], { cwd: root, stdio: "ignore" });
    const children = (): number[] => {
      const pids: number[] = [];
      for (const task of readdirSync(`/proc/${sweep.pid}/task`)) {
        const text = readFileSync(`/proc/${sweep.pid}/task/${task}/children`, "utf8").trim();
        if (text) pids.push(...text.split(/\s+/).map(Number));
      }
      return pids;
    };
    let running: number[] = [];
    for (let i = 0; i < 200 && running.length === 0; i++) {
      await new Promise((r) => setTimeout(r, 25));
      running = children();
    }
    expect(running.length).toBeGreaterThan(0);
    const ended = new Promise<NodeJS.Signals | null>((r) => sweep.on("exit", (_code, signal) => r(signal)));
    sweep.kill("SIGTERM");
    expect(await ended).toBe("SIGTERM");
    await new Promise((r) => setTimeout(r, 100));
    // Gone, or a zombie (dead, waiting for an init that may not reap it in a container).
    const state = (pid: number): string => (existsSync(`/proc/${pid}/stat`) ? (/\) (\w)/.exec(readFileSync(`/proc/${pid}/stat`, "utf8"))?.[1] ?? "?") : "gone");
    for (const pid of running) expect(["gone", "Z"], `child scan ${pid}`).toContain(state(pid));
  }, 60_000);
});

describe("driftless sweep: scan reports as a previous sweep", () => {
  it("takes a scan report's time from its file, and records the commit of a repository without a remote", async () => {
    const root = await tempDir("driftless-sweep-scanjson-");
    await repository(join(root, "org", "infra"), { "main.tf": UNPINNED("a") });
    const scan = await cliInProcess(["scan", ".", "--format", "json", "--output", join(root, "before.json"), "--fail-on", "none"], join(root, "org", "infra"));
    expect(scan.code).toBe(0);
    const report = readJson<{ repositories: { commit: string | null; uri: string | null }[] }>(join(root, "before.json"));
    expect(report.repositories[0]).toMatchObject({ commit: expect.stringMatching(/^[0-9a-f]{40}$/), uri: null });
    await commitFile(join(root, "org", "infra"), "main.tf", UNPINNED("b"));
    const run = await cliInProcess(["sweep", "org", "--output-dir", "out", "--compare", "before.json"], root);
    expect(run.stdout).toMatch(/since before\.json \(20\d\d-/);
    expect(run.stdout).not.toMatch(/1970/);
    expect(run.stdout).toMatch(/1 new, 1 fixed, 0 still open/);
  });
});

describe("driftless report merge: links", () => {
  it("finds a listing sweep's repositories from its sweep.json, wherever the merge runs, and never guesses a scan report's root", async () => {
    const root = await tempDir("driftless-merge-roots-");
    await repository(join(root, "org", "team-a", "infra"), { "main.tf": UNPINNED("a") });
    await repository(join(root, "org", "repo B#1"), { "main.tf": UNPINNED("b") });
    writeFileSync(join(root, "org", "list.txt"), "team-a/infra\nrepo B#1\n");
    await cliInProcess(["sweep", "org/list.txt", "--output-dir", "out"], root);
    mkdirSync(join(root, "m"));
    await cliInProcess(["report", "merge", "../out/sweep.json", "--output", "deep/z.html"], join(root, "m"));
    const links = [...readFileSync(join(root, "m", "deep", "z.html"), "utf8").matchAll(/<td class="file[^>]*><a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(["../../org/repo%20B%231/main.tf", "../../org/team-a/infra/main.tf"]);
    // Scan reports say nothing of where their roots are: from inside one repository, the other's
    // finding must not link to this one's main.tf.
    for (const dir of ["team-a/infra", "repo B#1"]) await cliInProcess(["scan", ".", "--format", "json", "--output", join(root, "reports", `${basename(dir)}.json`), "--fail-on", "none"], join(root, "org", dir));
    await cliInProcess(["report", "merge", "../../../reports/infra.json", "../../../reports/repo B#1.json", "--output", "z.html"], join(root, "org", "team-a", "infra"));
    expect(readFileSync(join(root, "org", "team-a", "infra", "z.html"), "utf8")).not.toMatch(/<td class="file[^>]*><a /);
    // The same report twice is merged once.
    const twice = await cliInProcess(["report", "merge", "out/sweep.json", "./out/sweep.json", "--format", "json"], root);
    expect((JSON.parse(twice.stdout) as SweepDocument).repositories).toHaveLength(2);
    expect(twice.stderr).toMatch(/\.\/out\/sweep\.json is given twice; merged once/);
  });

  it("links findings of repositories that are on this machine, relative to the report, and shows the others as text", async () => {
    const root = await tempDir("driftless-merge-links-");
    await repository(join(root, "org", "infra"), { "main.tf": UNPINNED("a") });
    await cliInProcess(["sweep", "org", "--output-dir", "out"], root);
    const run = await cliInProcess(["report", "merge", "out/sweep.json", "--output", "merged/report.html"], root);
    expect(run.code).toBe(0);
    expect(readFileSync(join(root, "merged", "report.html"), "utf8")).toContain('href="../org/infra/main.tf"');
    // The same aggregate where its repositories are not (a workflow's artifacts): no dead links.
    mkdirSync(join(root, "elsewhere", "artifacts"), { recursive: true });
    writeFileSync(join(root, "elsewhere", "artifacts", "sweep.json"), readFileSync(join(root, "out", "sweep.json")));
    await cliInProcess(["report", "merge", "sweep.json", "--output", "report.html"], join(root, "elsewhere", "artifacts"));
    const page = readFileSync(join(root, "elsewhere", "artifacts", "report.html"), "utf8");
    expect(page).not.toMatch(/href="[^"]*main\.tf"/);
    expect(page).toContain("main.tf:2");
    // Each repository's SARIF and JSON links lead to the sweep's files from the merged report's folder.
    expect(readFileSync(join(root, "merged", "report.html"), "utf8")).toContain('href="../out/repositories/infra.sarif"');
    const json = await cliInProcess(["report", "merge", "out/sweep.json", "--output", "merged/all.json"], root);
    expect(json.code).toBe(0);
    expect(readJson<SweepDocument>(join(root, "merged", "all.json")).repositories[0]!.reports).toEqual({ sarif: "../out/repositories/infra.sarif", json: "../out/repositories/infra.json" });
  });
});

const byName = (doc: SweepDocument, name: string) => doc.repositories.find((r) => r.name === name)!;
