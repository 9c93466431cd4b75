import { describe, expect, it } from "vitest";
import { RuleIndex } from "../../src/engine/selection.js";
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
