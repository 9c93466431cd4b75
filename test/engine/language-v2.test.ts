import { describe, expect, it } from "vitest";
import { evaluate, RuleLoadError } from "../../src/engine/index.js";
import { parseRuleFile } from "../../src/engine/rule-file.js";
import { RelationIndex } from "../../src/engine/relations.js";
import { range } from "../../src/model/position.js";
import type { Format, Resource } from "../../src/model/resource.js";
import { unknown, type ValueMap } from "../../src/model/value.js";

/** A record of one unit; `line` is its header line, so findings tell records apart. */
function record(type: string, name: string, attributes: ValueMap, line: number, extra: Partial<Resource> = {}): Resource {
  const header = range(line, 1, line, 30);
  return {
    format: "terraform",
    kind: "resource",
    type,
    canonicalType: type,
    name,
    file: "main.tf",
    range: range(line, 1, line + 5, 2),
    header,
    attributes,
    options: {},
    source: {
      range: range(line, 1, line + 5, 2),
      header,
      children: { attributes: { range: header, children: Object.fromEntries(Object.keys(attributes).map((k, i) => [k, { range: range(line + 1 + i, 3, line + 1 + i, 40) }])) } },
    },
    unit: "terraform:.",
    ...extra,
  };
}

const HEAD = `title: Test rule
level: warning
security-severity: "5.0"
tags: [t]
formats: [terraform, cloudformation, pulumi]
description: A rule for the tests.
remediation: Fix it in the test code.
`;

const sets = { "bucket-types": ["aws_s3_bucket"], "admin-ports": [22, 3389] };

function rule(body: string, id = "TST-100") {
  return parseRuleFile("rules/t.yaml", `id: ${id}\n${HEAD}${body}`, sets);
}

describe("rule language v2: params and sets", () => {
  const withParams = rule(`params:
  ports:
    description: Ports that count.
    schema: { type: array, items: { type: integer } }
    default: $sets.admin-ports
  types:
    description: Types to read.
    schema: { type: array, items: { type: string } }
    default: [aws_s3_bucket]
checks:
  - select: { type: $params.types }
    when: { in: [$attributes.port, $params.ports] }
    message: '{name} uses port {attributes.port}.'
`);

  it("takes defaults (a set's values for $sets.NAME) and reads them as $params.NAME, in selectors too", () => {
    expect(withParams.paramValues).toEqual({ ports: [22, 3389], types: ["aws_s3_bucket"] });
    const findings = evaluate([record("aws_s3_bucket", "aws_s3_bucket.a", { port: 22 }, 1), record("aws_s3_bucket", "aws_s3_bucket.b", { port: 80 }, 10), record("aws_instance", "aws_instance.c", { port: 22 }, 20)], [withParams]);
    expect(findings.map((f) => f.resource)).toEqual(["aws_s3_bucket.a"]);
  });

  it("uses overridden values", () => {
    const overridden = { ...withParams, paramValues: { ...withParams.paramValues, ports: [80] } };
    expect(evaluate([record("aws_s3_bucket", "aws_s3_bucket.b", { port: 80 }, 10)], [overridden]).map((f) => f.resource)).toEqual(["aws_s3_bucket.b"]);
  });

  it("rejects a default that does not match its schema, an unknown set and an unknown parameter, naming the file and line", () => {
    const bad = (body: string): RuleLoadError => {
      try {
        rule(body);
      } catch (error) {
        return error as RuleLoadError;
      }
      throw new Error("expected a RuleLoadError");
    };
    const e1 = bad(`params:\n  ports:\n    description: d\n    schema: { type: array, items: { type: integer } }\n    default: [ssh]\nchecks:\n  - select: { type: x }\n    message: m\n`);
    expect(e1.message).toMatch(/^rules\/t\.yaml:\d+: params\.ports\.default \/0 must be integer/);
    expect(e1.line).toBe(13);
    expect(bad(`checks:\n  - select: { type: $sets.nope }\n    message: m\n`).message).toMatch(/unknown set nope \(known: bucket-types, admin-ports\)/);
    expect(bad(`checks:\n  - select: { type: x }\n    when: { in: [1, $params.nope] }\n    message: m\n`).message).toMatch(/unknown parameter nope/);
  });

  it("reads sets directly as $sets.NAME", () => {
    const r = rule(`checks:\n  - select: { type: $sets.bucket-types }\n    when: { in: [$attributes.port, $sets.admin-ports] }\n    message: m\n`);
    expect(evaluate([record("aws_s3_bucket", "aws_s3_bucket.a", { port: 3389 }, 1)], [r])).toHaveLength(1);
  });
});

describe("rule language v2: relations", () => {
  const bucket = record("aws_s3_bucket", "aws_s3_bucket.logs", { bucket: "logs" }, 1);
  const versioning = (status: string, line: number, via = "bucket") =>
    record("aws_s3_bucket_versioning", `aws_s3_bucket_versioning.v${line}`, { [via]: unknown("aws_s3_bucket.logs.id", { refs: ["aws_s3_bucket.logs"] }), versioning_configuration: [{ status }] }, line);
  const versioned = rule(`checks:
  - select: { type: aws_s3_bucket }
    related:
      versioning:
        referenced-by: { type: aws_s3_bucket_versioning, via: attributes.bucket }
    when:
      none: $versioning
      as: v
      when: { equals: ["$v.attributes.versioning_configuration[0].status", Enabled] }
    message: '{name} is not versioned.'
`);

  it("referenced-by: a record that refers to this one through the via path decides, and is a related location", () => {
    expect(evaluate([bucket, versioning("Enabled", 10)], [versioned])).toEqual([]);
    const [finding] = evaluate([bucket, versioning("Suspended", 10)], [versioned]);
    expect(finding).toMatchObject({ resource: "aws_s3_bucket.logs", range: bucket.header });
    expect(finding!.related).toEqual([{ file: "main.tf", range: range(11, 3, 11, 40), message: "aws_s3_bucket_versioning.v10 refers to it here" }]);
  });

  it("ignores references outside the via path, in other units, and by literal name", () => {
    expect(evaluate([bucket, versioning("Enabled", 10, "expected_bucket_owner")], [versioned])).toHaveLength(1);
    const otherUnit = { ...versioning("Enabled", 10), unit: "terraform:other" };
    expect(evaluate([bucket, otherUnit], [versioned])).toHaveLength(1);
    const literal = record("aws_s3_bucket_versioning", "aws_s3_bucket_versioning.lit", { bucket: "logs", versioning_configuration: [{ status: "Enabled" }] }, 10);
    expect(evaluate([bucket, literal], [versioned])).toHaveLength(1);
  });

  it("an unknown status leaves the decision unknown: no finding", () => {
    const unknownStatus = record("aws_s3_bucket_versioning", "aws_s3_bucket_versioning.u", { bucket: unknown("aws_s3_bucket.logs.id"), versioning_configuration: [{ status: unknown("var.status") }] }, 10);
    expect(evaluate([bucket, unknownStatus], [versioned])).toEqual([]);
    expect(evaluate([bucket, unknownStatus], [versioned], { reportUnknown: true })[0]).toMatchObject({ level: "note", unknownValue: true });
  });

  it("references: records this one refers to, found from the expression text when the scanner gave no refs", () => {
    const lc = record("aws_launch_configuration", "module.app.aws_launch_configuration.web", {}, 1);
    const asg = record("aws_autoscaling_group", "module.app.aws_autoscaling_group.web[0]", { launch_configuration: unknown("aws_launch_configuration.web.name") }, 10);
    const usesLc = rule(`checks:
  - select: { type: aws_autoscaling_group }
    related:
      lc: { references: { type: aws_launch_configuration } }
    when: { some: $lc }
    at: $attributes.launch_configuration
    message: '{name} uses {lc[0].resource.name}.'
`);
    const [finding] = evaluate([lc, asg], [usesLc]);
    expect(finding).toMatchObject({ message: "module.app.aws_autoscaling_group.web uses module.app.aws_launch_configuration.web.", range: range(11, 3, 11, 40) });
    expect(finding!.related).toEqual([{ file: "main.tf", range: lc.header, message: "module.app.aws_launch_configuration.web, which it refers to" }]);
  });

  it("CloudFormation Ref, Fn::GetAtt and ${X} in Fn::Sub name logical IDs; Pulumi refs name resources", () => {
    const cfn = (name: string, type: string, attributes: ValueMap, line: number): Resource => ({ ...record(type, name, attributes, line), format: "cloudformation" as Format, unit: "cloudformation:t.yaml" });
    const fn = cfn("Fn", "AWS::Lambda::Function", {}, 1);
    const alias = cfn("Alias", "AWS::Lambda::Alias", { FunctionName: unknown("!Ref Fn") }, 10);
    const perm = cfn("Perm", "AWS::Lambda::Permission", { FunctionName: unknown('{"Fn::GetAtt": ["Fn", "Arn"]}') }, 20);
    const sub = cfn("Sub", "AWS::IAM::Policy", { Resource: unknown("!Sub arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:${Fn}") }, 30);
    const index = new RelationIndex([fn, alias, perm, sub]);
    expect(index.referencedBy(fn).map((e) => e.from.name)).toEqual(["Alias", "Perm", "Sub"]);
    const p = (name: string, attributes: ValueMap, line: number): Resource => ({ ...record("aws_lambda_function", name, attributes, line), format: "pulumi" as Format, unit: "pulumi:." });
    const pf = p("api", {}, 1);
    const pa = { ...p("live", { function_name: unknown("api.name", { refs: ["api"] }) }, 10), type: "aws:lambda/alias:Alias", canonicalType: "aws_lambda_alias" };
    expect(new RelationIndex([pf, pa]).referencedBy(pf).map((e) => e.path)).toEqual([["attributes", "function_name"]]);
  });
});

describe("rule language v2: one finding per rule, resource and element", () => {
  const twoChecks = (onePer?: string) =>
    rule(`${onePer ? `one-per: ${onePer}\n` : ""}checks:
  - select: { type: aws_instance }
    when: { truthy: $attributes.a }
    at: $attributes.a
    message: '{name} has a.'
  - select: { type: aws_instance }
    when: { truthy: $attributes.a }
    at: $attributes.a
    message: '{name} has a, again.'
  - select: { type: aws_instance }
    when: { truthy: $attributes.b }
    at: $attributes.b
    message: '{name} has b.'
`);
  const vm = record("aws_instance", "aws_instance.vm", { a: true, b: true }, 1);

  it("two checks on the same element give one finding", () => {
    expect(evaluate([vm], [twoChecks()]).map((f) => f.message)).toEqual(["aws_instance.vm has a.", "aws_instance.vm has b."]);
  });

  it("never merges findings of different units (two roots calling one module)", () => {
    // Each root passes its own value: the messages differ, the resource and place do not.
    const a = { ...vm, attributes: { a: "x" }, unit: "terraform:a" };
    const b = { ...vm, attributes: { a: "y" }, unit: "terraform:b" };
    const shown = rule(`one-per: resource\nchecks:\n  - select: { type: aws_instance }\n    when: { present: $attributes.a }\n    message: '{name} has a = {attributes.a}.'\n`);
    expect(evaluate([a, b], [shown]).map((f) => f.message)).toEqual(["aws_instance.vm has a = x.", "aws_instance.vm has a = y."]);
  });

  it("one-per: resource gives one finding per resource, the other places as related locations", () => {
    const findings = evaluate([vm], [twoChecks("resource")]);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.related).toEqual([{ file: "main.tf", range: range(3, 3, 3, 40), message: "aws_instance.vm has b." }]);
  });
});

describe("|text reads the visible text through wrapped unknowns", () => {
  it("follows an .apply callback's result wrapped in another Unknown", async () => {
    const { decodeText } = await import("../../src/engine/path.js");
    const inner = unknown("`${url}:latest`", { decoded: "${url}:latest", partial: true });
    const outer = unknown("repo.repositoryUrl.apply((url) => `${url}:latest`)", { decoded: inner });
    expect(decodeText(outer)).toBe("${url}:latest");
    expect(decodeText(unknown("var.x"))).toEqual(unknown("var.x"));
  });
});
