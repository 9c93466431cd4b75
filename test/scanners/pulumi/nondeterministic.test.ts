/**
 * Values built from calls that change on every run (`Date.now()`, `new Date()`, `Math.random()`,
 * `crypto.randomUUID()`, `uuid.v4()`) are Unknowns marked `nondeterministic`, and the mark
 * survives consts, templates, method calls, operators and `JSON.stringify` (DRF-003 reads it).
 */
import { describe, expect, it } from "vitest";
import { nondeterministicIn, type Value } from "../../../src/model/value.js";
import { AWS, byName, scanText } from "./helpers.js";

async function marks(prelude: string, args: string): Promise<Record<string, string | undefined>> {
  const r = await scanText(`${AWS}${prelude}\nnew aws.ssm.Parameter("p", {\n${args}\n});\n`);
  if (r.diagnostics.length) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  const attributes = byName(r, "p").attributes as Record<string, Value>;
  return Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, nondeterministicIn(v)]));
}

describe("non-deterministic calls in Pulumi programs", () => {
  it("mark the globals and crypto/uuid imports, named as written", async () => {
    const found = await marks(
      'import * as crypto from "crypto";\nimport { randomUUID } from "node:crypto";\nimport { v4 as uuidv4 } from "uuid";\nimport * as uuid from "uuid";',
      [
        "  a: Date.now(),",
        "  b: new Date().toISOString(),",
        "  c: Math.random(),",
        "  d: crypto.randomUUID(),",
        "  e: randomUUID(),",
        "  f: uuidv4(),",
        "  g: uuid.v4(),",
        "  h: Date(),",
      ].join("\n"),
    );
    expect(found).toEqual({ a: "Date.now()", b: "new Date()", c: "Math.random()", d: "crypto.randomUUID()", e: "randomUUID()", f: "uuidv4()", g: "uuid.v4()", h: "Date()" });
  });

  it("keep the mark through consts, templates, method calls, operators, JSON.stringify and .apply callbacks", async () => {
    const found = await marks(
      'const now = new Date().toISOString();\nconst stamp = Date.now();\nconst b = new aws.s3.Bucket("b");',
      [
        "  constant: now,",
        "  template: `logs-${stamp}`,",
        "  method: now.slice(0, 10),",
        "  wrapped: String(stamp),",
        "  math: Math.floor(Math.random() * 100),",
        "  sum: stamp + 1,",
        '  json: JSON.stringify({ built: now, name: "x" }),',
        "  nested: { tags: { Created: now } },",
        "  applied: b.id.apply((id) => `${id}-${Date.now()}`),",
      ].join("\n"),
    );
    expect(found).toEqual({
      constant: "new Date()",
      template: "Date.now()",
      method: "new Date()",
      wrapped: "Date.now()",
      math: "Math.random()",
      sum: "Date.now()",
      json: "new Date()",
      nested: "new Date()",
      applied: "Date.now()",
    });
  });

  it("do not mark fixed dates, shadowing declarations, other resources or other callbacks", async () => {
    const found = await marks(
      'const Math = { random: () => 4 };\nconst b = new aws.s3.Bucket("b", { tags: { t: Date.now() } });\nconst f = () => Date.now();',
      [
        '  fixed: new Date("2024-01-01").toISOString(),',
        "  epoch: new Date(0).getTime(),",
        "  shadowed: Math.random(),",
        "  output: b.arn,",
        "  callback: f,",
        '  text: "Date.now()",',
      ].join("\n"),
    );
    expect(found).toEqual({ fixed: undefined, epoch: undefined, shadowed: undefined, output: undefined, callback: undefined, text: undefined });
  });
});
