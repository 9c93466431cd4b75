import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { expectValidSarif } from "../support/sarif-schema.js";
import { fakeIo } from "../support/io.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

describe("main(): scan in-process", () => {
  it("writes an empty, valid SARIF run for a clean fixture", async () => {
    const io = fakeIo(REPO);
    const code = await main(["scan", "fixtures/cli/clean", "--format", "sarif"], io);
    expect(io.err()).toBe("");
    expect(code).toBe(0);
    const doc = JSON.parse(io.out());
    expectValidSarif(doc);
    expect(doc.runs[0].results).toEqual([]);
    expect(doc.runs[0].tool.driver.rules.length).toBeGreaterThan(0);
    expect(doc.runs[0].tool.driver.rules.every((r: { id: string }) => typeof r.id === "string")).toBe(true);
  });

  it("colours text only on a TTY without NO_COLOR", async () => {
    const tty = fakeIo(REPO, { tty: true });
    expect(await main(["scan", "fixtures/cli/findings/main.tf"], tty)).toBe(1);
    expect(tty.out()).toContain("\u001b[31mERROR");
    const noColor = fakeIo(REPO, { tty: true, env: { NO_COLOR: "1" } });
    await main(["scan", "fixtures/cli/findings/main.tf"], noColor);
    expect(noColor.out()).not.toContain("\u001b[");
    expect(noColor.out()).toMatch(/^fixtures\/cli\/findings\/main\.tf:3:\d+ {2}ERROR {4}PIN-001 /);
  });

  it("passes a clean fixture even with --fail-on note", async () => {
    const io = fakeIo(REPO);
    expect(await main(["scan", "fixtures/cli/clean", "--fail-on", "note"], io)).toBe(0);
  });
});
