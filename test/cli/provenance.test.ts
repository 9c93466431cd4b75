import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseRemote, provenanceOf } from "../../src/cli/provenance.js";
import { toSarif } from "../../src/report/sarif.js";
import { expectValidSarif } from "../support/sarif-schema.js";
import { tempDir, writeTree } from "../support/tmp.js";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const SHA2 = "89abcdef0123456789abcdef0123456789abcdef";

function config(remotes: Record<string, string>): string {
  return [
    "[core]",
    "\trepositoryformatversion = 0",
    ...Object.entries(remotes).flatMap(([name, url]) => [`[remote "${name}"]`, `\turl = ${url}`, `\tfetch = +refs/heads/*:refs/remotes/${name}/*`]),
    '[branch "main"]',
    "\tremote = origin",
    "",
  ].join("\n");
}

describe("provenanceOf (reads .git without running git)", () => {
  it("reads an ssh origin, the branch HEAD names and its loose ref", async () => {
    const root = await tempDir();
    await writeTree(root, {
      ".git/HEAD": "ref: refs/heads/main\n",
      ".git/refs/heads/main": `${SHA}\n`,
      ".git/config": config({ upstream: "https://github.com/other/fork.git", origin: "git@github.com:acme/infra.git" }),
    });
    expect(provenanceOf(root)).toEqual({ repositoryUri: "https://github.com/acme/infra", revisionId: SHA, branch: "refs/heads/main" });
  });

  it("finds the commit in packed-refs when the ref is not loose", async () => {
    const root = await tempDir();
    await writeTree(root, {
      ".git/HEAD": "ref: refs/heads/main\n",
      ".git/packed-refs": `# pack-refs with: peeled fully-peeled sorted\n${SHA2} refs/heads/dev\n${SHA} refs/heads/main\n^${SHA2}\n`,
      ".git/config": config({ origin: "ssh://git@github.com:22/acme/infra.git" }),
    });
    expect(provenanceOf(root)).toEqual({ repositoryUri: "https://github.com/acme/infra", revisionId: SHA, branch: "refs/heads/main" });
  });

  it("strips credentials from an https origin", async () => {
    const root = await tempDir();
    await writeTree(root, {
      ".git/HEAD": `${SHA}\n`,
      ".git/config": config({ origin: "https://x-access-token:ghs_SECRET123@github.com/acme/infra.git?private_token=SECRET456" }),
    });
    const provenance = provenanceOf(root);
    expect(provenance).toEqual({ repositoryUri: "https://github.com/acme/infra", revisionId: SHA });
    const sarif = toSarif([{ root, findings: [], filesScanned: 0, ...(provenance ? { provenance } : {}) }], [], { toolVersion: "0.1.0" });
    expectValidSarif(sarif);
    expect(sarif).toContain('"repositoryUri": "https://github.com/acme/infra"');
    expect(sarif).not.toContain("SECRET");
    expect(sarif).not.toContain("x-access-token");
  });

  it("follows a worktree's .git file to its git dir and the common dir's refs and config", async () => {
    const base = await tempDir();
    const main = join(base, "main");
    const worktree = join(base, "wt");
    await writeTree(main, {
      ".git/HEAD": "ref: refs/heads/main\n",
      ".git/refs/heads/feature": `${SHA2}\n`,
      ".git/config": config({ origin: "https://gitlab.example.com/group/infra.git" }),
      ".git/worktrees/wt/HEAD": "ref: refs/heads/feature\n",
      ".git/worktrees/wt/commondir": "../..\n",
    });
    await writeTree(worktree, { ".git": `gitdir: ${join(main, ".git/worktrees/wt")}\n`, "main.tf": "" });
    expect(provenanceOf(worktree)).toEqual({ repositoryUri: "https://gitlab.example.com/group/infra", revisionId: SHA2, branch: "refs/heads/feature" });
  });

  it("takes the first remote without an origin, and leaves out a commit it cannot find", async () => {
    const root = await tempDir();
    await writeTree(root, { ".git/HEAD": "ref: refs/heads/unborn\n", ".git/config": config({ upstream: "https://github.com/acme/up" }) });
    expect(provenanceOf(root)).toEqual({ repositoryUri: "https://github.com/acme/up", branch: "refs/heads/unborn" });
  });

  it("is undefined without .git or without both a commit and a network remote; a commit alone is kept without a repository URI", async () => {
    const none = await tempDir();
    expect(provenanceOf(none)).toBeUndefined();
    const empty = await tempDir();
    await writeTree(empty, { ".git/HEAD": "ref: refs/heads/main\n", ".git/config": "[core]\n\tbare = false\n" });
    expect(provenanceOf(empty)).toBeUndefined();
    const noRemote = await tempDir();
    await writeTree(noRemote, { ".git/HEAD": `${SHA}\n`, ".git/config": "[core]\n\tbare = false\n" });
    expect(provenanceOf(noRemote)).toEqual({ revisionId: SHA });
    const local = await tempDir();
    await writeTree(local, { ".git/HEAD": `${SHA}\n`, ".git/config": config({ origin: "/srv/git/infra.git" }) });
    expect(provenanceOf(local)).toEqual({ revisionId: SHA });
    const sha256 = await tempDir();
    await writeTree(sha256, { ".git/HEAD": `${"ab".repeat(32)}\n`, ".git/config": "[core]\n\tbare = false\n" });
    expect(provenanceOf(sha256)).toEqual({ revisionId: "ab".repeat(32) });
  });
});

describe("normaliseRemote", () => {
  it.each([
    ["git@github.com:acme/infra.git", "https://github.com/acme/infra"],
    ["github.com:acme/infra", "https://github.com/acme/infra"],
    ["ssh://git@github.com:22/acme/infra.git", "https://github.com/acme/infra"],
    ["git://example.org/a/b.git", "https://example.org/a/b"],
    ["https://user:pass@github.com/acme/infra.git", "https://github.com/acme/infra"],
    ["https://token@github.com/acme/infra/", "https://github.com/acme/infra"],
    ["user:token@github.com:acme/infra.git", "https://github.com/acme/infra"],
    ["https://github.com/acme/infra.git?token=abc#x", "https://github.com/acme/infra"],
    ["https://gitlab.example.com:8443/g/sub/p.git", "https://gitlab.example.com:8443/g/sub/p"],
  ])("%s → %s", (url, expected) => {
    expect(normaliseRemote(url)).toBe(expected);
  });

  it.each(["/srv/git/x.git", "../x", "file:///srv/x.git", "C:\\repos\\x", "C:/repos/x", "not a url"])("%s is not published", (url) => {
    expect(normaliseRemote(url)).toBeUndefined();
  });
});
