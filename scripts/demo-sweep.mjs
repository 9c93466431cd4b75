#!/usr/bin/env node
// `npm run docs:screenshot`: the demo sweep and its screenshot (docs/sweep-report.png, shown in
// the README). Builds a small organisation of git repositories from the fixtures in a temporary
// folder (the demo shop, two repositories made of rule fixtures, a clean one, and a folder that is
// not a git checkout), sweeps it with the built CLI, changes two repositories (a fix, new
// findings), sweeps again with --compare, and photographs report.html in Debian's Chromium.
//
// Usage: node scripts/demo-sweep.mjs [OUTDIR]   (OUTDIR keeps the sweep; default: a temporary one)
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repo = fileURLToPath(new URL("..", import.meta.url));
const work = mkdtempSync(path.join(tmpdir(), "driftless-demo-sweep-"));
const org = path.join(work, "acme");
const out = path.resolve(process.argv[2] ?? path.join(work, "sweep"));
const browser = process.env.CHROMIUM ?? "/usr/bin/chromium";

function git(dir, ...args) {
  execFileSync("git", ["-c", "user.name=demo", "-c", "user.email=demo@example.com", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], { cwd: dir, stdio: "ignore" });
}

function commitAll(dir, message) {
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", message);
}

/** A git repository at acme/NAME, filled by `fill(dir)`, with a GitHub remote. */
function repository(name, fill) {
  const dir = path.join(org, name);
  mkdirSync(dir, { recursive: true });
  fill(dir);
  git(dir, "init", "-q");
  git(dir, "remote", "add", "origin", `https://github.com/acme/${name}`);
  commitAll(dir, "initial");
  return dir;
}

/** Each rule's positive fixture of one format in a folder of its own (they reuse names). */
function fromFixtures(ids, file) {
  return (dir) => {
    for (const id of ids) {
      const target = path.join(dir, id.toLowerCase(), path.basename(file).replace("positive", "main"));
      mkdirSync(path.dirname(target), { recursive: true });
      cpSync(path.join(repo, "fixtures/rules", id, file), target);
    }
  };
}

const sweep = (...extra) => execFileSync(process.execPath, [path.join(repo, "bin/driftless.js"), "sweep", org, "--output-dir", out, ...extra], { encoding: "utf8" });

try {
  const shop = repository("shop", (dir) => cpSync(path.join(repo, "fixtures/demo"), dir, { recursive: true }));
  const payments = repository("payments", fromFixtures(["PIN-005", "ART-001", "ACC-001", "RNP-002", "DRF-002", "PIN-006"], "positive.tf"));
  repository("data-platform", fromFixtures(["PIN-005", "ART-001", "ACC-002", "DAT-001", "PIN-006"], "positive.yaml"));
  repository("platform", (dir) => writeFileSync(path.join(dir, "main.tf"), 'output "region" {\n  value = "eu-west-1"\n}\n'));
  mkdirSync(path.join(org, "legacy-scripts"));
  writeFileSync(path.join(org, "legacy-scripts", "main.tf"), 'module "old" {\n  source = "github.com/acme/old"\n}\n');

  process.stdout.write(sweep());
  cpSync(path.join(out, "sweep.json"), path.join(work, "last-month.json"));

  // A month later: the shop pinned its observability module, payments added a service.
  const main = path.join(shop, "infra/main.tf");
  writeFileSync(main, readFileSync(main, "utf8").replace('source = "github.com/acme/terraform-observability"', 'source = "github.com/acme/terraform-observability?ref=4f2c9a1b7d3e5f60718293a4b5c6d7e8f9012345"'));
  commitAll(shop, "pin observability");
  cpSync(path.join(repo, "fixtures/rules/ACC-002/positive.tf"), path.join(payments, "acc-002/main.tf"), { recursive: true });
  commitAll(payments, "add the settlement service");
  process.stdout.write(sweep("--compare", path.join(work, "last-month.json"), "--link-template", "https://github.com/acme/{repository}/blob/{commit}/{file}#L{line}"));

  const instance = await chromium.launch({ executablePath: browser, args: ["--no-sandbox"] });
  try {
    const page = await instance.newPage({ viewport: { width: 1400, height: 1150 }, deviceScaleFactor: 1 });
    await page.goto(`file://${path.join(out, "report.html")}`);
    await page.waitForFunction(() => document.querySelectorAll("canvas").length > 0 && [...document.querySelectorAll("canvas")].every((c) => globalThis.Chart?.getChart(c)));
    // Chart.js animates its first draw.
    await page.waitForTimeout(1200);
    await page.screenshot({ path: path.join(repo, "docs/sweep-report.png") });
  } finally {
    await instance.close();
  }
  process.stdout.write(`wrote docs/sweep-report.png from ${path.join(out, "report.html")}\n`);
} finally {
  if (process.argv[2] === undefined) rmSync(work, { recursive: true, force: true });
}
