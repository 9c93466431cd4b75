/** Git repositories for the sweep and report tests, made with the git on the machine. */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir, writeTree } from "./tmp.js";

/** A module call without a pinned version: one PIN-001 finding at its `source` line. */
export const UNPINNED = (name: string, line = ""): string => `${line}module "${name}" {\n  source = "github.com/acme/terraform-${name}"\n}\n`;

/** Runs git in `dir` with a fixed identity, branch name and no signing; returns its stdout. */
export function git(dir: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", ...args], { cwd: dir, encoding: "utf8" });
}

/** A git repository holding `files`, committed, with `remote` as origin when given. */
export async function repository(dir: string, files: Record<string, string>, remote?: string): Promise<void> {
  await writeTree(dir, files);
  git(dir, "init", "-q");
  if (remote) git(dir, "remote", "add", "origin", remote);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", "initial");
}

/** Writes `file` and commits it. */
export async function commitFile(dir: string, file: string, text: string): Promise<void> {
  writeFileSync(join(dir, file), text);
  git(dir, "add", "-A");
  git(dir, "commit", "-qm", `change ${file}`);
}

/** Three git repositories (clean, with findings, broken configuration) and a plain folder. */
export async function organisation(): Promise<string> {
  const root = await tempDir("driftless-sweep-");
  const org = join(root, "org");
  await repository(join(org, "clean"), { "main.tf": 'output "x" {\n  value = "y"\n}\n' });
  await repository(join(org, "findings"), { "infra/main.tf": UNPINNED("a") + "\n" + UNPINNED("b") }, "git@github.com:acme/findings.git");
  await repository(join(org, "broken"), { "main.tf": UNPINNED("c"), ".driftless.yaml": "fail-on: sometimes\n" });
  await writeTree(join(org, "plain"), { "main.tf": UNPINNED("d") });
  return org;
}

