import { describe, expect, it } from "vitest";
import { typescript } from "../../../src/scanners/pulumi/load.js";

describe("the Pulumi scanner's TypeScript compiler", () => {
  it("is the compiler ts-morph exports, loaded without ts-morph's wrapper layer", async () => {
    const ours = await typescript();
    const tsMorph = await import("ts-morph");
    // One module instance: ts-morph's `ts` is @ts-morph/common's dist/typescript.js (seen from
    // ESM through a namespace wrapper, so its members are compared).
    expect(ours.createSourceFile).toBe(tsMorph.ts.createSourceFile);
    expect(ours.SyntaxKind).toBe(tsMorph.ts.SyntaxKind);
    expect(ours.version).toMatch(/^6\.0\./);
  });

  it("parses without a program: createSourceFile gives the tree and the syntax errors", async () => {
    const ts = await typescript();
    const sf = ts.createSourceFile("index.ts", 'new aws.s3.Bucket("b", {\n', ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const errors = (sf as unknown as { parseDiagnostics: { start: number }[] }).parseDiagnostics;
    expect(sf.statements).toHaveLength(1);
    expect(errors.length).toBeGreaterThan(0);
  });
});
