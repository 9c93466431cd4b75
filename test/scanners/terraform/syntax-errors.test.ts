import { describe, expect, it } from "vitest";
import { LineIndex } from "../../../src/model/position.js";
import { checkSyntax } from "../../../src/scanners/terraform/hcl2json.js";
import { scanText, span } from "./helpers.js";

const CASES: { name: string; text: string; expected: [number, number, number, number] }[] = [
  { name: "missing expression", text: 'resource "a" "b" {\n  x = \n}\n', expected: [2, 7, 3, 1] },
  { name: "unclosed block", text: 'resource "a" "b" {\n  x = 1\n', expected: [1, 18, 1, 19] },
  { name: "non-ASCII before the error", text: 'locals {\n  a = "é✓€" %\n}\n', expected: [2, 14, 3, 1] },
  { name: "astral character before the error", text: 'locals {\n  a = "😀" ?\n}\n', expected: [2, 13, 3, 1] },
  { name: "missing equals", text: 'resource "a" "b" {\n  x 1\n}\n', expected: [2, 3, 2, 4] },
];

describe("scanTerraform: syntax errors", () => {
  for (const c of CASES) {
    it(`${c.name}: error at hcl2json's position`, async () => {
      const r = await scanText("err.tf", c.text);
      expect(r.diagnostics).toHaveLength(1);
      const d = r.diagnostics[0]!;
      expect(d.severity).toBe("error");
      expect(d.file).toBe("err.tf");
      const authority = await checkSyntax("err.tf", c.text, new LineIndex(c.text));
      expect(authority.ok).toBe(false);
      if (authority.ok !== false) return;
      expect(d.range).toEqual(authority.range);
      expect(d.message).toBe(authority.message);
      expect(span(d.range)).toEqual(c.expected);
    });
  }

  it("keeps the blocks that parsed before an error", async () => {
    const r = await scanText("err.tf", 'resource "a" "ok" {\n  x = 1\n}\nresource "a" "bad" {\n  x = \n}\n');
    expect(r.resources.map((x) => x.name)).toEqual(["a.ok"]);
    expect(r.diagnostics[0]!.severity).toBe("error");
  });

  it("reports nesting beyond its limit itself, without handing the file to HashiCorp's parser", async () => {
    const text = `locals {\n  x = ${"[".repeat(5000)}${"]".repeat(5000)}\n}\n`;
    const r = await scanText("deep.tf", text);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.message).toMatch(/^Nesting too deep: more than 200 levels/);
    expect(r.diagnostics[0]!.range.start.line).toBe(2);
  });

  it("survives HashiCorp's parser crashing: the WASM runtime runs in a worker", { timeout: 60_000 }, async () => {
    // This input makes the Go runtime abort ("malloc deadlock"); in-process it would end the scan.
    const text = `locals {\n  x = ${"[".repeat(5000)}${"]".repeat(5000)}\n}\n`;
    const verdict = await checkSyntax("deep.tf", text, new LineIndex(text));
    expect(verdict.ok).toBe("unavailable");
  });

  it("never throws on binary garbage", async () => {
    const r = await scanText("bin.tf", "\u0000\u0001\u0002 { } ]] \"");
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });
});
