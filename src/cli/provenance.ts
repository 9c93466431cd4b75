/**
 * Where a scanned repository lives in version control, read from its `.git` directory without
 * running git (no process, no network): the `origin` remote's URL, the commit checked out and
 * the branch. SARIF `versionControlProvenance` carries it so code scanning can tie results to
 * the commit.
 */
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Provenance } from "../report/index.js";

/**
 * Provenance of the repository at `root` (its `.git` directory, or the directory a worktree's
 * `.git` file points to), or undefined when it has no `.git`, or neither a commit nor a remote
 * that is a network URL (SARIF's versionControlProvenance needs the remote; JSON reports and
 * sweeps use the commit alone). The commit comes from HEAD, a loose ref or packed-refs; it is
 * left out when none holds a full SHA (40 hex digits, 64 in a SHA-256 repository).
 */
export function provenanceOf(root: string): Provenance | undefined {
  const head = gitHead(root);
  if (!head || (!head.remoteUrl && !head.revisionId)) return undefined;
  return {
    ...(head.remoteUrl ? { repositoryUri: head.remoteUrl } : {}),
    ...(head.revisionId ? { revisionId: head.revisionId } : {}),
    ...(head.branch ? { branch: head.branch } : {}),
  };
}

/** What a repository's `.git` says of its checkout. */
export interface GitHead {
  /** The git directory (`ROOT/.git`, or where a worktree's `.git` file points). */
  gitDir: string;
  /** HEAD's commit (40 hex digits, 64 in a SHA-256 repository); absent in a repository without commits. */
  revisionId?: string;
  /** The branch checked out (`refs/heads/main`); absent on a detached HEAD. */
  branch?: string;
  /** The origin remote as a web address, when it is a network URL. */
  remoteUrl?: string;
}

/** A full object name: SHA-1 (40 hex digits) or, in a repository made with --object-format=sha256, 64. */
const FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * The checkout of the repository at `root`, read from its `.git` without running git, or
 * undefined when `root` has no `.git` (a directory, or a worktree's or submodule's file). The
 * commit comes from HEAD, a loose ref or packed-refs; it is left out when none holds a full
 * SHA (40 hex digits, 64 in a SHA-256 repository).
 */
export function gitHead(root: string): GitHead | undefined {
  const gitDir = gitDirectory(root);
  if (!gitDir) return undefined;
  const head = read(join(gitDir, "HEAD"))?.trim();
  let revisionId: string | undefined;
  let branch: string | undefined;
  if (head?.startsWith("ref: ")) {
    branch = head.slice(5).trim();
    revisionId = read(join(commonDir(gitDir), branch))?.trim() ?? packedRef(commonDir(gitDir), branch);
  } else if (head && FULL_SHA.test(head)) revisionId = head;
  const remoteUrl = originUrl(gitDir);
  return {
    gitDir,
    ...(revisionId && FULL_SHA.test(revisionId) ? { revisionId } : {}),
    ...(branch ? { branch } : {}),
    ...(remoteUrl ? { remoteUrl } : {}),
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
    if (name === ref && sha && FULL_SHA.test(sha)) return sha;
  }
  return undefined;
}

/** The origin remote's URL (the first remote when there is no origin), credentials removed. */
function originUrl(gitDir: string): string | undefined {
  const config = read(join(commonDir(gitDir), "config"));
  if (!config) return undefined;
  // Section and key names are case-insensitive in git's config format.
  const remotes = [...config.matchAll(/^\s*\[remote\s+"([^"]+)"\]([\s\S]*?)(?=^\s*\[|(?![\s\S]))/gim)].map((m) => ({
    name: m[1]!,
    url: /^\s*url\s*=\s*(.+?)\s*$/im.exec(m[2]!)?.[1]?.replace(/^"(.*)"$/, "$1"),
  }));
  const remote = remotes.find((r) => r.name === "origin" && r.url) ?? remotes.find((r) => r.url);
  if (!remote?.url) return undefined;
  return normaliseRemote(remote.url);
}

/**
 * A remote URL as a public web address: `git@github.com:acme/infra.git` and
 * `ssh://git@github.com:22/acme/infra.git` → `https://github.com/acme/infra`. User names,
 * passwords, tokens in the query or fragment are removed, never published. Undefined when the
 * remote is not a network URL (a local path, an unknown scheme), which SARIF could not use.
 */
export function normaliseRemote(url: string): string | undefined {
  if (/^[A-Za-z]:[\\/]/.test(url)) return undefined; // a Windows drive path, not host:path
  // scp-like syntax: [user@]host:path, with no "://" and no slash before the colon.
  const scp = /^(?:[^@/]+@)?([\w.-]+):(?!\/\/)(.+?)(?:\.git)?\/?$/.exec(url);
  if (scp && !url.includes("://")) return normaliseRemote(`ssh://${scp[1]}/${scp[2]!.replace(/^\/+/, "")}`);
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  if (!["https:", "http:", "ssh:", "git:", "git+ssh:", "ssh+git:"].includes(u.protocol) || !u.hostname) return undefined;
  u.username = "";
  u.password = "";
  u.search = "";
  u.hash = "";
  if (u.protocol !== "https:" && u.protocol !== "http:") {
    // The ssh or git port means nothing on the web side.
    // WHATWG URL will not switch ssh: or git: to https: in place (a special scheme): rebuild it.
    u = new URL(`https://${u.hostname}${u.pathname}`);
  }
  let text = u.toString().replace(/\/+$/, "");
  if (text.endsWith(".git")) text = text.slice(0, -4);
  return text;
}
