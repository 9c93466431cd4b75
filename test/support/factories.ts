import type { Rule } from "../../src/engine/rule.js";
import type { RuleMeta } from "../../src/model/rule-meta.js";
import type { Finding } from "../../src/model/finding.js";
import { range } from "../../src/model/position.js";

export function makeRule(overrides: Partial<Rule> = {}): Rule {
  return {
    id: "PIN-005",
    title: "Container image tag floating",
    level: "error",
    securitySeverity: "7.0",
    precision: "high",
    tags: ["security", "immutability", "PIN"],
    formats: ["terraform", "cloudformation", "pulumi"],
    enabled: true,
    description: "A container image reference without a tag or digest, or tagged `latest`, changes under you.",
    remediation: "Pin the image to a specific tag and, better, a digest.",
    examples: {
      terraform: 'resource "aws_lambda_function" "f" {\n  image_uri = "repo/app:1.2.3@sha256:' + "a".repeat(64) + '"\n}',
      cloudformation: "Fn:\n  Type: AWS::Lambda::Function\n  Properties:\n    ImageUri: repo/app:1.2.3",
    },
    references: ["https://docs.docker.com/engine/reference/commandline/pull/#pull-an-image-by-digest-immutable-identifier", "Trivy AVD-DS-0001"],
    sourceFile: "rules/PIN-005.yaml",
    checks: [],
    params: {},
    paramValues: {},
    sets: {},
    onePer: "element",
    ...overrides,
  };
}

export function makeMeta(overrides: Partial<RuleMeta> = {}): RuleMeta {
  const { checks: _checks, params: _params, paramValues: _values, sets: _sets, onePer: _onePer, ...meta } = makeRule(overrides as Partial<Rule>);
  return meta;
}

let counter = 0;

export function makeFinding(overrides: Partial<Finding> = {}): Finding {
  counter++;
  return {
    ruleId: "PIN-005",
    level: "error",
    message: 'aws_lambda_function.f: image "repo/app:latest" is tagged latest',
    file: "infra/main.tf",
    range: range(3, 3, 3, 30),
    resource: "aws_lambda_function.f",
    path: "attributes.image_uri",
    fingerprint: `fp-${counter.toString(16).padStart(8, "0")}`,
    ...overrides,
  };
}
