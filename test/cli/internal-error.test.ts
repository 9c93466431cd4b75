/** A bug in driftless is exit 3, told apart from a usage or configuration error (exit 2). */
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { fakeIo } from "../support/io.js";

vi.mock("../../src/pipeline.js", () => ({
  runScan: () => {
    throw new TypeError("Cannot read properties of undefined (reading 'range')");
  },
}));

const { main } = await import("../../src/cli/main.js");
const REPO = fileURLToPath(new URL("../../", import.meta.url));

describe("internal errors", () => {
  it("exit 3 with the error on stderr and a request to report it", async () => {
    const io = fakeIo(REPO);
    const code = await main(["scan", "fixtures/cli/clean"], io);
    expect(code).toBe(3);
    expect(io.out()).toBe("");
    expect(io.err()).toMatch(/^driftless: internal error \(please report it with the command and the file\): TypeError: Cannot read properties of undefined \(reading 'range'\)/);
  });
});
