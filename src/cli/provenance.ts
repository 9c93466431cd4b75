/**
 * Where a scanned repository lives in version control, read from its `.git` directory without
 * running git (no process, no network): the `origin` remote's URL, the commit checked out and
 * the branch. SARIF `versionControlProvenance` carries it so code scanning can tie results to
 * the commit.
 */
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Provenance } from "../report/index.js";

/** Provenance of the repository at `root`, or undefined when it has no `.git` or no remote. */
export function provenanceOf(root: string): Provenance | undefined {
  const gitDir = gitDirectory(root);
  if (!gitDir) return undefined;
  const url = originUrl(gitDir);
  if (!url) return undefined;
  const head = read(join(gitDir, "HEAD"))?.trim();
  let revisionId: string | undefined;
  let branch: string | undefined;
  if (head?.startsWith("ref: ")) {
    branch = head.slice(5).trim();
    revisionId = read(join(commonDir(gitDir), branch))?.trim() ?? packedRef(commonDir(gitDir), branch);
  } else if (head && /^[0-9a-f]{40}$/.test(head)) revisionId = head;
  return {
    repositoryUri: url,
    ...(revisionId && /^[0-9a-f]{40}$/.test(revisionId) ? { revisionId } : {}),
    ...(branch ? { branch } : {}),
  };
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
}

function gitDirectory(root: string): string | undefined {
  const dotGit = join(root, ".git");
  try {
    if (statSync(dotGit).isDirectory()) return dotGit;
  } catch {
    return undefined;
  }
  // A worktree or submodule: `.git` is a file `gitdir: PATH`.
  const pointer = read(dotGit)?.match(/^gitdir:\s*(.+)$/m)?.[1]?.trim();
  return pointer ? resolve(root, pointer) : undefined;
}

function commonDir(gitDir: string): string {
  const common = read(join(gitDir, "commondir"))?.trim();
  return common ? resolve(gitDir, common) : gitDir;
}

function packedRef(gitDir: string, ref: string): string | undefined {
  for (const line of (read(join(gitDir, "packed-refs")) ?? "").split("\n")) {
    const [sha, name] = line.trim().split(/\s+/);
    if (name === ref && sha && /^[0-9a-f]{40}$/.test(sha)) return sha;
  }
  return undefined;
}

/** The origin remote's URL (the first remote when there is no origin), credentials removed. */
function originUrl(gitDir: string): string | undefined {
  const config = read(join(commonDir(gitDir), "config"));
  if (!config) return undefined;
  const remotes = [...config.matchAll(/\[remote "([^"]+)"\]([^[]*)/g)].map((m) => ({ name: m[1]!, url: /^\s*url\s*=\s*(.+)$/m.exec(m[2]!)?.[1]?.trim() }));
  const remote = remotes.find((r) => r.name === "origin" && r.url) ?? remotes.find((r) => r.url);
  if (!remote?.url) return undefined;
  return normaliseRemote(remote.url);
}

/** `git@github.com:acme/infra.git` → `https://github.com/acme/infra`; strips user:password@. */
export function normaliseRemote(url: string): string {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp && !url.includes("://")) return `https://${scp[1]}/${scp[2]}`;
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    if (u.protocol === "ssh:" || u.protocol === "git:") u.protocol = "https:";
    let text = u.toString();
    if (text.endsWith(".git")) text = text.slice(0, -4);
    return text.replace(/\/$/, "");
  } catch {
    return url;
  }
}
