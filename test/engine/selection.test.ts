import { describe, expect, it } from "vitest";
import { recordsRead, RuleIndex } from "../../src/engine/selection.js";
import { buildResource, type Format, type ResourceKind } from "../../src/model/resource.js";
import { range } from "../../src/model/position.js";
import { makeRule } from "../support/factories.js";

function record(format: Format, kind: ResourceKind, type: string, name: string) {
  const r = range(1, 1, 1, 2);
  return buildResource({ format, kind, type, name, file: "x", range: r, header: r, attributes: {}, attributeNodes: {}, options: {}, optionNodes: {} });
}

describe("RuleIndex", () => {
  const rules = [
    makeRule({ id: "TST-001", checks: [{ select: { format: "terraform", kind: "resource", type: "aws_instance" }, message: "a" }] }),
    makeRule({ id: "TST-002", checks: [{ select: { format: ["terraform", "pulumi"], type: "aws_*" }, message: "b" }] }),
    makeRule({ id: "TST-003", checks: [{ select: { format: "cloudformation", type: "AWS::EC2::Instance" }, message: "c" }] }),
  ];
  const index = new RuleIndex(rules);
  const ids = (r: ReturnType<typeof record>) => index.select(r).map((s) => s.rule.id);

  it("selects by format, kind and type (exact or glob), in rule order", () => {
    expect(ids(record("terraform", "resource", "aws_instance", "aws_instance.a"))).toEqual(["TST-001", "TST-002"]);
    expect(ids(record("terraform", "data", "aws_instance", "data.aws_instance.a"))).toEqual(["TST-002"]);
    expect(ids(record("cloudformation", "resource", "AWS::EC2::Instance", "A"))).toEqual(["TST-003"]);
    expect(ids(record("cloudformation", "resource", "aws_instance", "B"))).toEqual([]);
  });

  it("works a selection out once per format, kind and type, whatever the number of records", () => {
    const a = index.select(record("terraform", "resource", "aws_s3_bucket", "aws_s3_bucket.a"));
    const b = index.select(record("terraform", "resource", "aws_s3_bucket", "aws_s3_bucket.b"));
    expect(b).toBe(a);
    expect(index.select(record("pulumi", "resource", "aws_s3_bucket", "b"))).not.toBe(a);
  });
});

describe("recordsRead", () => {
  const key = (format: Format, kind: ResourceKind, type: string) => ({ format, kind, type, canonicalType: type });

  it("answers by the selectors' and relations' format, kind and type", () => {
    const reads = recordsRead([
      makeRule({ id: "TST-001", checks: [{ select: { format: "terraform", kind: "resource", type: "aws_instance" }, message: "a" }] }),
      makeRule({ id: "TST-002", checks: [{ select: { format: "terraform", kind: "resource", type: "aws_lambda_function" }, related: { aliases: { "referenced-by": { type: "aws_lambda_alias" } } }, message: "b" }] }),
      makeRule({ id: "TST-003", checks: [{ select: { format: "cloudformation", type: "AWS::EC2::*" }, message: "c" }] }),
    ]);
    expect(reads(key("terraform", "resource", "aws_instance"))).toBe(true);
    expect(reads(key("terraform", "data", "aws_instance"))).toBe(false);
    expect(reads(key("terraform", "variable", "variable"))).toBe(false);
    expect(reads(key("terraform", "resource", "aws_lambda_alias"))).toBe(true);
    expect(reads(key("cloudformation", "resource", "AWS::EC2::Instance"))).toBe(true);
    expect(reads(key("cloudformation", "parameter", "AWS::EC2::KeyPair::KeyName"))).toBe(true);
    expect(reads(key("pulumi", "resource", "aws_instance"))).toBe(false);
  });

  it("reads every record of a format when a selector names neither kind nor type", () => {
    const reads = recordsRead([makeRule({ id: "TST-004", checks: [{ select: { format: "terraform" }, message: "d" }] })]);
    expect(reads(key("terraform", "variable", "variable"))).toBe(true);
    expect(reads(key("terraform", "output", "output"))).toBe(true);
    // The gate's records are only for selectors that name their kinds.
    expect(reads(key("terraform", "change", "aws_instance"))).toBe(false);
  });

  it("leaves out Terraform variables, outputs, locals and settings with the built-in pack", async () => {
    const { loadRules } = await import("../../src/engine/index.js");
    const reads = recordsRead((await loadRules()).filter((r) => r.enabled));
    expect(reads(key("terraform", "variable", "variable"))).toBe(false);
    expect(reads(key("terraform", "output", "output"))).toBe(false);
    expect(reads(key("terraform", "locals", "locals"))).toBe(false);
    expect(reads(key("terraform", "settings", "terraform"))).toBe(false);
    expect(reads(key("terraform", "module", "module"))).toBe(true);
    expect(reads(key("terraform", "resource", "aws_instance"))).toBe(true);
  });
});
