/**
 * ts-morph is loaded only when a Pulumi program is scanned. Runs the built CLI (the committed
 * bundle in dist/, `npm run bundle`) with a module hook that logs every resolution of a module
 * named after ts-morph (the bundle's ts-morph chunk).
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, REPO } from "./helpers.js";

function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", join(REPO, "test/support/log-ts-morph.mjs"), join(REPO, "bin/driftless.js"), ...args],
      { cwd: REPO, env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 },
      (error, _stdout, stderr) => done({ code: error ? (typeof error.code === "number" ? error.code : -1) : 0, stderr }),
    );
  });
}

describe("lazy loading of ts-morph", () => {
  beforeAll(() => {
    if (!existsSync(join(REPO, "dist/cli/main.js"))) throw new Error("dist/cli/main.js is missing: run `npm run bundle` (it is committed; a test fails when it is stale)");
  });

  it("a scan without TypeScript files does not load it", async () => {
    const r = await run(["scan", "fixtures/demo/infra", "--fail-on", "none"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("LOADED");
  });

  it("nor does a Pulumi project without programs (its project file and package.json alone)", async () => {
    const r = await run(["scan", "fixtures/rules/PIN-004/positive/Pulumi.yaml", "--fail-on", "none"]);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("LOADED");
  });

  it("positive control: scanning a Pulumi program loads it", async () => {
    const r = await run(["scan", `${FIXTURES}/lone/stack.ts`, "--fail-on", "none"]);
    expect(r.code).toBe(0);
    // The bundle carries ts-morph in a chunk of its own (ts-morph-<hash>.js).
    expect(r.stderr).toMatch(/^LOADED \.\/ts-morph-\w+\.js$/m);
  });
});
