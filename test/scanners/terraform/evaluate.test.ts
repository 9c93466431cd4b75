/**
 * Terraform evaluation: expressions, templates, references, count/for_each/dynamic, Unknown
 * propagation. Each case is a small module given as text; values are read off the records.
 */
import { describe, expect, it } from "vitest";
import { isUnknown, type Value } from "../../../src/model/value.js";
import { locate, originsAlong, type Resource } from "../../../src/model/resource.js";
import { byName, scanText, span, texts } from "./helpers.js";

async function attrs(body: string, prelude = ""): Promise<Record<string, Value>> {
  const r = await scanText("main.tf", `${prelude}\nresource "x" "y" {\n${body}\n}\n`);
  if (r.diagnostics.length) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
  return byName(r, "x.y").attributes as Record<string, Value>;
}

async function one(expr: string, prelude = ""): Promise<Value> {
  return (await attrs(`  v = ${expr}`, prelude)).v!;
}

describe("expressions", () => {
  it.each([
    ["1 + 2 * 3", 7],
    ["(1 + 2) * 3", 9],
    ["10 / 4", 2.5],
    ["7 % 3", 1],
    ['"5" + 1', 6],
    ["-(3)", -3],
    ["!false", true],
    ["1 < 2 && 2 <= 2", true],
    ["1 == 1 || false", true],
    ['1 == "1"', false],
    ["[1, 2] == [1, 2]", true],
    ['{ a = 1 } != { a = 1 }', false],
    ["true ? \"yes\" : \"no\"", "yes"],
    ['"true" ? 1 : 2', 1],
    ['[for s in ["a", "b"] : upper(s)]', ["A", "B"]],
    ['[for i, s in ["a", "b"] : "${i}${s}" if s != "b"]', ["0a"]],
    ['{ for k, v in { a = 1, b = 2 } : v => k }', { "1": "a", "2": "b" }],
    ['{ for s in ["a", "b", "a"] : s => s... }', { a: ["a", "a"], b: ["b"] }],
    ['[{ n = 1 }, { n = 2 }][*].n', [1, 2]],
    ['{ a = { b = [10, 20] } }.a.b[1]', 20],
    ['["x", "y"].1', "y"],
    ['format("%s-%03d", "web", 7)', "web-007"],
    ['join(",", concat(["a"], ["b", "c"]))', "a,b,c"],
    ['lookup({ a = 1 }, "b", 9)', 9],
    ['merge({ a = 1 }, { b = 2 })', { a: 1, b: 2 }],
    ['cidrsubnet("10.0.0.0/16", 8, 2)', "10.0.2.0/24"],
    ['try({ a = 1 }.b, "fallback")', "fallback"],
    ['can({ a = 1 }.b)', false],
    ['can({ a = 1 }.a)', true],
    ['jsondecode(jsonencode({ b = 1, a = [true] }))', { a: [true], b: 1 }],
    ['upper(trimspace("  ok  "))', "OK"],
    ['max([3, 9, 1]...)', 9],
  ])("%s", async (expr, expected) => {
    expect(await one(expr)).toEqual(expected);
  });

  it("keeps the exact text Terraform's jsonencode produces", async () => {
    expect(await one('jsonencode({ b = "<x>", a = 1 })')).toBe('{"a":1,"b":"\\u003cx\\u003e"}');
  });

  it.each([
    ['"%{ if true }yes%{ else }no%{ endif }"', "yes"],
    ['"%{ if false }yes%{ else }no%{ endif }"', "no"],
    ['"%{ for p in [22, 443] }${p},%{ endfor }"', "22,443,"],
    ['"%{ for k, v in { a = 1 } }${k}=${v}%{ endfor }"', "a=1"],
    ['"a ${~ "b" ~} c"', "abc"],
  ])("template %s", async (expr, expected) => {
    expect(await one(expr)).toBe(expected);
  });

  it("renders heredoc directives with strip markers", async () => {
    const v = await one('<<-EOT\n    %{ for p in [1, 2] ~}\n    port ${p}\n    %{ endfor ~}\n    EOT');
    expect(v).toBe("port 1\nport 2\n");
  });
});

describe("references", () => {
  it("reads variable defaults, locals in any order and path.module", async () => {
    const a = await attrs(
      "  a = local.b\n  c = var.name\n  d = path.module\n  e = local.list[1]",
      'locals {\n  b = "${local.c}-x"\n  c = upper(var.name)\n  list = [for s in ["p", "q"] : s]\n}\nvariable "name" {\n  default = "web"\n}\n',
    );
    expect(a).toEqual({ a: "WEB-x", c: "web", d: ".", e: "q" });
  });

  it("keeps the records an unknown refers to through locals, templates and functions", async () => {
    const a = await attrs(
      '  t = "${local.b}-logs"\n  f = format("%s-%s", local.b, aws_kms_key.k.arn)\n  d = data.aws_caller_identity.me.account_id\n  n = upper(var.name)',
      'locals {\n  b = aws_s3_bucket.logs.id\n}\nvariable "name" {\n  type = string\n}\n',
    );
    const refs = (v: Value | undefined): string[] | undefined => (isUnknown(v) ? v.refs : undefined);
    expect(refs(a.t)).toEqual(["aws_s3_bucket.logs"]);
    expect(refs(a.f)).toEqual(["aws_s3_bucket.logs", "aws_kms_key.k"]);
    expect(refs(a.d)).toEqual(["data.aws_caller_identity.me"]);
    expect(isUnknown(a.n) && a.n.refs).toBeFalsy();
  });

  it("converts a variable's default to its declared type, with optional attributes", async () => {
    const prelude =
      'variable "rules" {\n  type = list(object({ port = number, cidr = optional(string, "0.0.0.0/0") }))\n  default = [{ port = "22" }]\n}\nvariable "n" {\n  type = number\n  default = "3"\n}\n';
    expect(await attrs("  r = var.rules\n  n = var.n + 1", prelude)).toEqual({ r: [{ port: 22, cidr: "0.0.0.0/0" }], n: 4 });
  });

  it("reports a cycle of locals once, with both positions, and makes them unknown", async () => {
    const r = await scanText("main.tf", 'locals {\n  a = local.b\n  b = "${local.a}!"\n}\nresource "x" "y" {\n  v = local.a\n}\n');
    expect(r.diagnostics).toHaveLength(1);
    const d = r.diagnostics[0]!;
    expect(d.message).toMatch(/Cycle in local values: local\.a → local\.b → local\.a/);
    expect(span(d.range)).toEqual([2, 3, 2, 4]);
    expect(d.related?.map((x) => span(x.range))).toEqual([[3, 3, 3, 4]]);
    expect(isUnknown(byName(r, "x.y").attributes.v)).toBe(true);
  });

  it("records where each value comes from: default, local", async () => {
    const r = await scanText("main.tf", 'variable "world" {\n  default = "0.0.0.0/0"\n}\nlocals {\n  ssh = 22\n}\nresource "x" "y" {\n  port = local.ssh\n  cidrs = [var.world]\n}\n');
    const x = byName(r, "x.y");
    expect(originsAlong(x, ["attributes", "port"]).flat().map((o) => [o.kind, o.message, span(o.range)])).toEqual([["local", "local value ssh", [5, 3, 5, 11]]]);
    expect(originsAlong(x, ["attributes", "cidrs", 0]).flat().map((o) => [o.kind, o.message, span(o.range)])).toEqual([["variable-default", "default of variable world", [2, 3, 2, 24]]]);
    // Positions stay at the use: the value is reported where the resource uses it.
    expect(span(locate(x, ["attributes", "cidrs", 0]))).toEqual([9, 12, 9, 21]);
  });
});

describe("unknown values", () => {
  it("poison only what depends on them, and say why", async () => {
    const a = await attrs(
      '  list = ["a", var.missing, aws_s3_bucket.b.arn]\n  obj = { known = 1, later = data.aws_ami.u.id }\n  sum = var.missing + 1\n  n = length([var.missing, 2])\n  keys = keys({ a = var.missing })\n  cond = var.missing ? 1 : 1\n  t = timestamp()',
      'variable "missing" {}\n',
    );
    expect(texts(a)).toEqual({
      list: ["a", { $unknown: "var.missing" }, { $unknown: "aws_s3_bucket.b.arn" }],
      obj: { known: 1, later: { $unknown: "data.aws_ami.u.id" } },
      sum: { $unknown: "var.missing + 1" },
      n: 2,
      keys: ["a"],
      cond: 1,
      t: { $unknown: "timestamp()" },
    });
    const list = a.list as Value[];
    expect((list[1] as { reason: string }).reason).toBe("var.missing has no default and no value in a variable file or on the command line");
    expect((list[2] as { reason: string }).reason).toMatch(/aws_s3_bucket\.b is a resource: its attributes are known only after apply/);
    expect((a.t as { reason: string }).reason).toMatch(/different value on every run/);
  });

  it("keeps the visible text of a partly known string", async () => {
    const v = await one('"${aws_ecr_repository.app.repository_url}:latest"');
    expect(v).toMatchObject({ decoded: "${aws_ecr_repository.app.repository_url}:latest", partial: true });
  });

  it("keeps the known parts of JSON with unknown interpolations, with positions", async () => {
    const text = [
      'resource "aws_ecs_task_definition" "api" {',
      "  container_definitions = <<EOF",
      "[",
      "  {",
      '    "image": "nginx:latest",',
      '    "cpu": ${var.cpu},',
      '    "logConfiguration": { "options": { "awslogs-group": "${aws_cloudwatch_log_group.api.name}" } }',
      "  }",
      "]",
      "EOF",
      "}",
      "",
    ].join("\n");
    const r = await scanText("main.tf", text);
    const td = byName(r, "aws_ecs_task_definition.api");
    const cd = td.attributes.container_definitions as { decoded: Value };
    expect(texts(cd.decoded)).toEqual([
      { image: "nginx:latest", cpu: { $unknown: "${var.cpu}" }, logConfiguration: { options: { "awslogs-group": { $unknown: "${aws_cloudwatch_log_group.api.name}" } } } },
    ]);
    expect(span(locate(td, ["attributes", "container_definitions", 0, "image"]))).toEqual([5, 5, 5, 28]);
  });

  it("an unknown condition in a template directive makes the text unknown, with nothing visible", async () => {
    const v = await one('"%{ if var.x }a%{ endif }b"', 'variable "x" {}\n');
    expect(isUnknown(v)).toBe(true);
    expect((v as { decoded?: Value }).decoded).toBeUndefined();
  });

  it("an expression Terraform rejects is an unknown saying so, beside known siblings", async () => {
    const a = await attrs('  l = ["ok", { a = 1 }.missing]');
    expect(texts(a.l)).toEqual(["ok", { $unknown: "{ a = 1 }.missing" }]);
    expect(((a.l as Value[])[1] as { reason: string }).reason).toMatch(/Terraform would reject this expression: Unsupported attribute/);
  });
});

describe("count, for_each and dynamic blocks", () => {
  async function records(text: string): Promise<Resource[]> {
    const r = await scanText("main.tf", text);
    if (r.diagnostics.length) throw new Error(r.diagnostics.map((d) => d.message).join("; "));
    return r.resources;
  }

  it("count = 0 means the resource does not exist; count.index per instance", async () => {
    const rs = await records('resource "x" "none" {\n  count = 0\n}\nresource "x" "two" {\n  count = 2\n  name = "n-${count.index}"\n}\n');
    expect(rs.map((r) => [r.name, r.attributes.name, r.repeated])).toEqual([
      ["x.two[0]", "n-0", true],
      ["x.two[1]", "n-1", true],
    ]);
  });

  it("for_each over a map and a set: one instance per key with each.key and each.value", async () => {
    const rs = await records('resource "x" "m" {\n  for_each = { ssh = { port = 22 }, rdp = { port = 3389 } }\n  port = each.value.port\n  k = each.key\n}\nresource "x" "s" {\n  for_each = toset(["b", "a"])\n  v = each.value\n}\n');
    expect(rs.map((r) => [r.name, r.attributes])).toEqual([
      ['x.m["rdp"]', { port: 3389, k: "rdp" }],
      ['x.m["ssh"]', { port: 22, k: "ssh" }],
      ['x.s["a"]', { v: "a" }],
      ['x.s["b"]', { v: "b" }],
    ]);
  });

  it("an unknown for_each gives one repeated record with each unknown", async () => {
    const rs = await records('variable "m" {}\nresource "x" "u" {\n  for_each = var.m\n  v = each.value\n}\n');
    expect(rs.filter((r) => r.kind === "resource").map((r) => [r.name, r.repeated, isUnknown(r.attributes.v as Value)])).toEqual([["x.u", true, true]]);
  });

  it("expands dynamic blocks over known collections, at the dynamic line, with the iterator bound", async () => {
    const rs = await records(
      [
        'resource "aws_security_group" "g" {',
        '  dynamic "ingress" {',
        "    for_each = [22, 443]",
        "    iterator = rule",
        "    content {",
        "      from_port = rule.value",
        "      key       = rule.key",
        "    }",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
    const g = rs[0]!;
    expect(g.attributes.ingress).toEqual([
      { from_port: 22, key: 0 },
      { from_port: 443, key: 1 },
    ]);
    expect(span(locate(g, ["attributes", "ingress", 1]))).toEqual([2, 3, 9, 4]);
    expect(span(locate(g, ["attributes", "ingress", 1, "from_port"]))).toEqual([6, 7, 6, 29]);
  });
});
