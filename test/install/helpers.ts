/** Shared by the install tests: the repository, its package.json and README, and a process runner. */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { normaliseRepository } from "../../src/docs/rules-doc.js";

export const REPO = fileURLToPath(new URL("../../", import.meta.url));

export interface PackageJson {
  name: string;
  version: string;
  repository?: string | { url?: string };
  bin: Record<string, string>;
  files: string[];
  scripts: Record<string, string>;
  /** None: the committed bundle carries every runtime dependency (scripts/bundle.mjs). */
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
}

export const PKG = JSON.parse(readFileSync(`${REPO}package.json`, "utf8")) as PackageJson;

/** The repository's web address (`https://github.com/owner/name`), from package.json. */
export const REPOSITORY_URL = normaliseRepository(typeof PKG.repository === "string" ? PKG.repository : PKG.repository?.url) ?? "";

export const README = readFileSync(`${REPO}README.md`, "utf8");

/** The fenced code blocks (of one language) of a `## Heading` section of the README, in order. */
export function readmeBlocks(heading: string, language: string): string[] {
  const start = README.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const rest = README.slice(start + heading.length + 5);
  const next = rest.search(/\n## /);
  const section = next < 0 ? rest : rest.slice(0, next);
  return [...section.matchAll(new RegExp("^```" + language + "\\n([\\s\\S]*?)^```$", "gm"))].map((m) => m[1]!);
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a program (no shell) and resolves with its exit code and output, never rejects. */
export function run(file: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number; uid?: number; gid?: number }): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        cwd: options.cwd,
        env: { ...process.env, NO_COLOR: "1", ...options.env },
        timeout: options.timeout ?? 120_000,
        maxBuffer: 64 << 20,
        // As another user (a root test process checking what an unprivileged scan sees).
        ...(options.uid !== undefined ? { uid: options.uid } : {}),
        ...(options.gid !== undefined ? { gid: options.gid } : {}),
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : -1) : 0;
        resolve({ code, stdout, stderr: error && code === -1 ? `${stderr}\n${String(error)}` : stderr });
      },
    );
  });
}

/** npm settings for the tests' installs: the cache first, no audit or funding requests. */
export const QUIET_NPM: NodeJS.ProcessEnv = {
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  npm_config_update_notifier: "false",
  npm_config_loglevel: "warn",
};
