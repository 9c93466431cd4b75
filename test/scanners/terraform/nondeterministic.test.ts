/**
 * Values built from calls that change on every run (`timestamp()`, `uuid()`, `bcrypt()`,
 * `plantimestamp()`) are Unknowns marked `nondeterministic`, and the mark survives locals,
 * templates, functions and encodings (DRF-003 reads it).
 */
import { describe, expect, it } from "vitest";
import { nondeterministicIn, type Value } from "../../../src/model/value.js";
import { byName, scanText } from "./helpers.js";

async function attrs(body: string, prelude = ""): Promise<Record<string, Value>> {
  const r = await scanText("main.tf", `${prelude}\nresource "x" "y" {\n${body}\n}\n`);
  if (r.diagnostics.length) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return byName(r, "x.y").attributes as Record<string, Value>;
}

describe("non-deterministic calls", () => {
  it("mark the call itself, named as the function", async () => {
    const a = await attrs('  t = timestamp()\n  p = plantimestamp()\n  u = uuid()\n  v = uuidv4()\n  b = bcrypt("secret")');
    expect(a.t).toMatchObject({ $unknown: "timestamp()", nondeterministic: "timestamp()", reason: "timestamp() gives a different value on every run" });
    expect(Object.fromEntries(Object.entries(a).map(([k, v]) => [k, nondeterministicIn(v)]))).toEqual({
      t: "timestamp()",
      p: "plantimestamp()",
      u: "uuid()",
      v: "uuidv4()",
      b: "bcrypt()",
    });
  });

  it("keep the mark through locals, templates, functions, encodings and maps", async () => {
    const a = await attrs(
      [
        "  local_ref = local.now",
        '  template  = "logs-${timestamp()}"',
        '  formatted = formatdate("YYYYMMDD", timestamp())',
        '  derived   = replace(substr(local.now, 0, 10), "-", "")',
        "  merged    = merge(var.tags, { Created = timestamp() })",
        '  encoded   = jsonencode({ id = uuid(), name = "x" })',
        "  nested    = local.tags",
        '  heredoc   = <<-EOT\n    {"built": "${timestamp()}", "by": "${var.who}"}\n  EOT',
        '  second    = "${var.who}-${uuid()}"',
      ].join("\n"),
      'locals {\n  now = timestamp()\n  tags = { Created = local.now }\n}\nvariable "tags" {}\nvariable "who" {}\n',
    );
    expect(Object.fromEntries(Object.entries(a).map(([k, v]) => [k, nondeterministicIn(v)]))).toEqual({
      local_ref: "timestamp()",
      template: "timestamp()",
      formatted: "timestamp()",
      derived: "timestamp()",
      merged: "timestamp()",
      encoded: "uuid()",
      nested: "timestamp()",
      heredoc: "timestamp()",
      second: "uuid()",
    });
    expect(a.formatted).toMatchObject({ reason: "timestamp() gives a different value on every run" });
  });

  it("do not mark what merely sits beside them, nor other unknowns", async () => {
    const a = await attrs(
      '  fixed = formatdate("YYYY", "2024-01-01T00:00:00Z")\n  other = var.who\n  text = "$${timestamp()}"\n  map = { a = timestamp(), b = var.who }',
      'variable "who" {}\n',
    );
    expect(nondeterministicIn(a.fixed)).toBeUndefined();
    expect(nondeterministicIn(a.other)).toBeUndefined();
    expect(a.text).toBe("${timestamp()}");
    expect(nondeterministicIn((a.map as Record<string, Value>).b)).toBeUndefined();
    expect(nondeterministicIn((a.map as Record<string, Value>).a)).toBe("timestamp()");
  });
});
