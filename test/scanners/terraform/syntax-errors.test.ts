import { describe, expect, it } from "vitest";
import { LineIndex } from "../../../src/model/position.js";
import { checkSyntax, SyntaxWorker, syntaxWorkersStarted } from "../../../src/scanners/terraform/hcl2json.js";
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
    // This input overflows the stack inside the WASM; the Go runtime's state is then unknown.
    const text = `locals {\n  x = ${"[".repeat(50_000)}${"]".repeat(50_000)}\n}\n`;
    const verdict = await checkSyntax("deep.tf", text, new LineIndex(text));
    expect(verdict).toEqual({ ok: "unavailable", message: "HashiCorp's parser failed: Maximum call stack size exceeded" });
    // The crashed worker is replaced: the next file gets a real verdict from a fresh one.
    const before = syntaxWorkersStarted();
    const bad = 'resource "a" "b" {\n  x = \n}\n';
    const next = await checkSyntax("bad.tf", bad, new LineIndex(bad));
    expect(next.ok).toBe(false);
    expect(syntaxWorkersStarted()).toBe(before + 1);
  });

  it("one worker serves every rejected file, also when they arrive at once", { timeout: 60_000 }, async () => {
    const first = 'resource "a" "b" {\n  x = \n}\n';
    await checkSyntax("warm.tf", first, new LineIndex(first));
    const before = syntaxWorkersStarted();
    const texts = Array.from({ length: 20 }, (_, i) => `resource "a" "r${i}" {\n${Array.from({ length: i }, (_, k) => `  y${k} = 1\n`).join("")}  x = \n}\n`);
    const verdicts = await Promise.all(texts.map((t, i) => checkSyntax(`f${i}.tf`, t, new LineIndex(t))));
    // Each answer belongs to its own file: the error sits on that file's own line.
    verdicts.forEach((v, i) => {
      expect(v.ok).toBe(false);
      if (v.ok !== false) throw new Error("expected a syntax error");
      expect(v.range?.start.line).toBe(i + 2);
    });
    expect(syntaxWorkersStarted()).toBe(before);
  });

  // Found by the fuzz suite (npm run fuzz -- --seed 99): `Fn::` alone threw inside the lexer,
  // which looked ahead past the end of the text for a provider function's next name.
  for (const text of ["Fn::", "a::", "provider::aws::", "x = provider::", "x = a::b::", "locals {\n  y = f::"]) {
    it(`${JSON.stringify(text)} at the end of the file is a syntax error, not a crash`, async () => {
      const r = await scanText("eof.tf", text);
      expect(r.diagnostics).toHaveLength(1);
      expect(r.diagnostics[0]!.severity).toBe("error");
      expect(r.diagnostics[0]!.message).not.toMatch(/internal error/);
    });
  }

  it("never throws on binary garbage", async () => {
    const r = await scanText("bin.tf", "\u0000\u0001\u0002 { } ]] \"");
    expect(r.diagnostics.length).toBeGreaterThan(0);
  });
});

/**
 * A stand-in for hcl2json's module, driven by the file's text, so every way the worker can fail
 * is exercised quickly: a stall, a Go exit (as wasm_exec reports it), a thread crash, a trap.
 */
const FAKE_PARSER = `
globalThis.Go = class { constructor() { this.exit = () => {}; } };
export async function parse(filename, text) {
  if (text === "stall") return new Promise(() => {});
  if (text === "go-exit") { new globalThis.Go().exit(2); return new Promise(() => {}); }
  if (text === "crash") process.exit(3);
  if (text === "trap") throw new RangeError("Maximum call stack size exceeded");
  if (text === "bad") throw new Error("parse config: [" + filename + ":1,1-2: Bad thing; Detail.]");
  return { file: filename };
}
`;

describe("SyntaxWorker: one worker, restarted only when it fails", () => {
  const moduleUrl = `data:text/javascript,${encodeURIComponent(FAKE_PARSER)}`;

  it("answers in order from one worker", async () => {
    const w = new SyntaxWorker({ moduleUrl });
    try {
      const replies = await Promise.all(["a", "bad", "c"].map((t, i) => w.parse(`f${i}.tf`, t)));
      expect(replies).toEqual([
        { ok: true, json: { file: "f0.tf" } },
        { ok: false, message: "parse config: [f1.tf:1,1-2: Bad thing; Detail.]" },
        { ok: true, json: { file: "f2.tf" } },
      ]);
      expect(w.started).toBe(1);
    } finally {
      await w.close();
    }
  });

  for (const [text, message] of [
    ["stall", "HashiCorp's parser did not finish within 0.5 s"],
    ["go-exit", "HashiCorp's parser stopped (Go exit code 2)"],
    ["crash", "HashiCorp's parser stopped (exit code 3)"],
    ["trap", "HashiCorp's parser failed: Maximum call stack size exceeded"],
  ] as const) {
    it(`${text}: that file is "unavailable", the files queued behind it get a fresh worker`, async () => {
      const w = new SyntaxWorker({ moduleUrl, timeoutMs: 500 });
      try {
        const replies = await Promise.all([w.parse("a.tf", "a"), w.parse("x.tf", text), w.parse("b.tf", "b"), w.parse("c.tf", "bad")]);
        expect(replies).toEqual([
          { ok: true, json: { file: "a.tf" } },
          { ok: "unavailable", message },
          { ok: true, json: { file: "b.tf" } },
          { ok: false, message: "parse config: [c.tf:1,1-2: Bad thing; Detail.]" },
        ]);
        expect(w.started).toBe(2);
      } finally {
        await w.close();
      }
    });
  }

  it("close() waits for the files already in the worker (another scan in the process may be using it)", async () => {
    const w = new SyntaxWorker({ moduleUrl });
    const pending = [w.parse("a.tf", "a"), w.parse("b.tf", "bad")];
    const closing = w.close();
    expect(await Promise.all(pending)).toEqual([
      { ok: true, json: { file: "a.tf" } },
      { ok: false, message: "parse config: [b.tf:1,1-2: Bad thing; Detail.]" },
    ]);
    await closing;
    // Closed: the next file starts a second worker.
    expect(await w.parse("c.tf", "c")).toEqual({ ok: true, json: { file: "c.tf" } });
    expect(w.started).toBe(2);
    await w.close();
  });

  it("a parser module that fails to load is \"unavailable\", never a syntax error", async () => {
    const w = new SyntaxWorker({ moduleUrl: "file:///nonexistent/hcl2json.js" });
    try {
      const reply = await w.parse("a.tf", "a");
      expect(reply.ok).toBe("unavailable");
      expect(reply.ok === "unavailable" && reply.message).toMatch(/^HashiCorp's parser failed to load: /);
    } finally {
      await w.close();
    }
  });
});
