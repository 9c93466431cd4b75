import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/engine/index.js";
import { parseRuleFile } from "../../src/engine/rule-file.js";
import type { Resource, SourceNode } from "../../src/model/resource.js";
import { range } from "../../src/model/position.js";
import { unknown, type ValueMap } from "../../src/model/value.js";

function resource(attributes: ValueMap, children: Record<string, SourceNode> = {}): Resource {
  return {
    format: "terraform",
    kind: "resource",
    type: "aws_security_group",
    canonicalType: "aws_security_group",
    name: "aws_security_group.web",
    file: "main.tf",
    range: range(1, 1, 20, 2),
    header: range(1, 1, 1, 40),
    attributes,
    options: {},
    source: { range: range(1, 1, 20, 2), header: range(1, 1, 1, 40), children: { attributes: { range: range(2, 3, 19, 4), children } } },
  };
}

const rule = parseRuleFile(
  "rules/t.yaml",
  `id: TST-001
title: Test rule
level: error
security-severity: "5.0"
tags: [t]
formats: [terraform]
description: A test rule that flags open ingress blocks.
remediation: Close the ingress block in the test.
checks:
  - select: { type: aws_security_group, each: "attributes.ingress[*]" }
    as: rule
    when:
      all:
        - call: portsCovered
          args: [$rule.protocol, $rule.from_port, $rule.to_port, [22]]
        - call: anyAnywhere
          args: [$rule.cidr_blocks]
    message: "{name} opens {rule.from_port} to {rule.cidr_blocks}"
`,
);

const open = { from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] };

describe("evaluate", () => {
  it("reports each matching item at the item's position with a stable fingerprint", () => {
    const r = resource({ ingress: [{ ...open, from_port: 443, to_port: 443 }, open] }, {
      ingress: { range: range(3, 3, 8, 4), children: { "0": { range: range(3, 3, 8, 4) }, "1": { range: range(9, 3, 14, 4) } } },
    });
    const [finding, ...rest] = evaluate([r], [rule]);
    expect(rest).toHaveLength(0);
    expect(finding).toMatchObject({
      ruleId: "TST-001",
      level: "error",
      range: range(9, 3, 14, 4),
      path: "attributes.ingress[1]",
      message: 'aws_security_group.web opens 22 to ["0.0.0.0/0"]',
    });
    const moved = resource({ ingress: [{ ...open, from_port: 443, to_port: 443 }, open] }, {
      ingress: { range: range(30, 3, 38, 4), children: { "1": { range: range(40, 3, 44, 4) } } },
    });
    expect(evaluate([moved], [rule])[0]!.fingerprint).toBe(finding!.fingerprint);
  });

  it("never treats an unknown value as a literal, and reports it only when asked", () => {
    const r = resource({ ingress: [{ ...open, cidr_blocks: unknown("var.cidrs") }, { ...open, from_port: unknown("var.port"), to_port: unknown("var.port") }] });
    expect(evaluate([r], [rule])).toEqual([]);
    const notes = evaluate([r], [rule], { reportUnknown: true });
    expect(notes).toHaveLength(2);
    expect(notes.every((f) => f.level === "note" && f.unknownValue && /not known statically/.test(f.message))).toBe(true);
  });

  it("iterates over an unknown collection without inventing findings", () => {
    expect(evaluate([resource({ ingress: unknown("var.rules") })], [rule])).toEqual([]);
  });

  it("skips resources the selector does not match", () => {
    expect(evaluate([{ ...resource({ ingress: [open] }), type: "aws_instance", canonicalType: "aws_instance" }], [rule])).toEqual([]);
  });

  it("names where a value behind the finding really comes from (a parameter default) as a related location", () => {
    const origin = { file: "web.yaml", range: range(12, 5, 12, 30), message: "value from the default of parameter OfficeCidr" };
    const r = resource({ ingress: [open] }, {
      ingress: { range: range(3, 3, 8, 4), children: { "0": { range: range(3, 3, 8, 4), children: { cidr_blocks: { range: range(7, 5, 7, 30), origins: [origin] } } } } },
    });
    expect(evaluate([r], [rule])[0]!.related).toEqual([origin]);
    expect(evaluate([resource({ ingress: [open] })], [rule])[0]!.related).toBeUndefined();
  });
});
