import { describe, expect, it } from "vitest";
import { originsAlong } from "../../../src/model/resource.js";
import { at, byName, scanFixture, scanText, span } from "./helpers.js";

const PARAMS = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Tag:
    Type: String
    Default: "1.2.3"
  NoDefault:
    Type: String
  Ami:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami
Mappings:
  Sizes:
    prod:
      Type: t3.large
Resources:
  Other:
    Type: AWS::S3::Bucket
  R:
    Type: AWS::EC2::Instance
    Properties:
`;

async function props(lines: string) {
  const r = await scanText("t.yaml", PARAMS + lines);
  expect(r.diagnostics).toEqual([]);
  return byName(r, "R");
}

describe("static evaluation of intrinsics", () => {
  it("Ref to a parameter default is the default, with the Default entry as origin", async () => {
    const r = await props("      Image: !Ref Tag\n");
    expect(r.attributes.Image).toBe("1.2.3");
    const [origin] = originsAlong(r, ["attributes", "Image"]).flat();
    expect(origin?.message).toBe("value from the default of parameter Tag");
    expect(span(origin?.range)).toEqual([5, 5, 5, 21]);
  });

  it("Ref without default, to a resource, to a pseudo parameter, to an SSM parameter is Unknown with a reason", async () => {
    const r = await props("      A: !Ref NoDefault\n      B: !Ref Other\n      C: !Ref AWS::Region\n      D: !Ref Ami\n");
    expect(r.attributes.A).toEqual({ $unknown: "!Ref NoDefault", reason: "parameter NoDefault has no default" });
    expect(r.attributes.B).toMatchObject({ $unknown: "!Ref Other", reason: expect.stringContaining("resource Other") });
    expect(r.attributes.C).toMatchObject({ $unknown: "!Ref AWS::Region", reason: expect.stringContaining("pseudo parameter") });
    expect(r.attributes.D).toMatchObject({ $unknown: "!Ref Ami", reason: expect.stringContaining("SSM") });
  });

  it("Fn::Sub without variables (or only escapes) is the string; with variables Unknown with the text as decoded", async () => {
    const r = await props("      A: !Sub plain text\n      B: !Sub 'cost ${!Literal}'\n      C: !Sub 'run ${NoDefault} in ${AWS::Region}'\n      D: !Sub 'tag ${Tag}'\n");
    expect(r.attributes.A).toBe("plain text");
    expect(r.attributes.B).toBe("cost ${Literal}");
    expect(r.attributes.C).toMatchObject({ $unknown: "!Sub 'run ${NoDefault} in ${AWS::Region}'", decoded: "run ${NoDefault} in ${AWS::Region}" });
    expect(r.attributes.D).toBe("tag 1.2.3");
  });

  it("Fn::Sub [text, vars] substitutes literal variables", async () => {
    const r = await props("      A: !Sub ['${X}-${Y}', {X: a, Y: 2}]\n      B: !Sub ['${X}-${Z}', {X: a, Z: !GetAtt Other.Arn}]\n");
    expect(r.attributes.A).toBe("a-2");
    expect(r.attributes.B).toMatchObject({ decoded: "a-${Z}" });
  });

  it("Fn::FindInMap into a literal table is the value, with the mapping entry as origin", async () => {
    const r = await props("      A: !FindInMap [Sizes, prod, Type]\n      B: !FindInMap [Sizes, !Ref NoDefault, Type]\n      C: !FindInMap [Sizes, dev, Type]\n");
    expect(r.attributes.A).toBe("t3.large");
    expect(span(originsAlong(r, ["attributes", "A"]).flat()[0]?.range)).toEqual([14, 7, 14, 21]);
    expect(r.attributes.B).toMatchObject({ $unknown: "!FindInMap [Sizes, !Ref NoDefault, Type]" });
    expect(r.attributes.C).toMatchObject({ reason: "mapping Sizes has no entry dev.Type" });
  });

  it("Fn::Base64 of a literal or of a Fn::Sub keeps the visible text as decoded", async () => {
    const r = await props("      A: !Base64 hello\n      B:\n        Fn::Base64: !Sub |\n          #!/bin/bash\n          yum install -y app-${Tag} ${NoDefault}\n      C: !Base64 {Ref: NoDefault}\n");
    expect(r.attributes.A).toMatchObject({ $unknown: "!Base64 hello", decoded: "hello" });
    expect(r.attributes.B).toMatchObject({ decoded: "#!/bin/bash\nyum install -y app-1.2.3 ${NoDefault}\n" });
    expect((r.attributes.B as { $unknown: string }).$unknown).toMatch(/^Fn::Base64: !Sub \|/);
    expect(r.attributes.C).toEqual({ $unknown: "!Base64 {Ref: NoDefault}", reason: expect.any(String) });
  });

  it("Fn::If is known when both branches agree", async () => {
    const r = await props("      A: !If [IsProd, same, same]\n      B: !If [IsProd, one, two]\n");
    expect(r.attributes.A).toBe("same");
    expect(r.attributes.B).toMatchObject({ $unknown: "!If [IsProd, one, two]" });
  });

  it("Fn::Join with a literal delimiter and known parts is the joined string", async () => {
    const r = await props("      A: !Join [':', [repo, !Ref Tag]]\n      B: !Join ['', ['#!/bin/sh\\n', !Ref NoDefault]]\n");
    expect(r.attributes.A).toBe("repo:1.2.3");
    expect(originsAlong(r, ["attributes", "A"]).flat()[0]?.message).toBe("value from the default of parameter Tag");
    expect(r.attributes.B).toMatchObject({ $unknown: "!Join ['', ['#!/bin/sh\\n', !Ref NoDefault]]", decoded: "#!/bin/sh\\n${!Ref NoDefault}", partial: true }); // single quotes: no escapes
  });

  it("everything else is Unknown with its source text", async () => {
    const r = await props("      A: !GetAtt Other.Arn\n      B: !ImportValue shared\n      C: !Select [0, !GetAZs '']\n      D: !Cidr [10.0.0.0/16, 4, 8]\n      E: !Select [1, [a, b]]\n      F: !Split [',', 'a,b']\n");
    expect(r.attributes.A).toMatchObject({ $unknown: "!GetAtt Other.Arn" });
    expect(r.attributes.B).toMatchObject({ $unknown: "!ImportValue shared" });
    expect(r.attributes.C).toMatchObject({ $unknown: "!Select [0, !GetAZs '']" });
    expect(r.attributes.D).toMatchObject({ $unknown: "!Cidr [10.0.0.0/16, 4, 8]" });
    expect(r.attributes.E).toBe("b");
    expect(r.attributes.F).toEqual(["a", "b"]);
  });

  it("keeps literal scalar types", async () => {
    const r = await props("      A: 22\n      B: true\n      C: null\n      D: '22'\n      E: yes\n");
    expect(r.attributes).toEqual({ A: 22, B: true, C: null, D: "22", E: "yes" });
  });

  it("JSON long forms evaluate the same way", async () => {
    const r = await scanFixture("app.json");
    expect(byName(r, "Task").attributes.ContainerDefinitions).toEqual([
      { Name: "app", Image: "repo/app:1.4.2", ReadonlyRootFilesystem: true },
      { Name: "sidecar", Image: "repo/side:2.0" },
    ]);
    const host = byName(r, "Host");
    expect(host.attributes.KeyName).toMatchObject({ $unknown: '{ "Ref": "KeyName" }', reason: "parameter KeyName has no default" });
    expect(host.attributes.UserData).toMatchObject({ decoded: "#!/bin/bash\napt-get install -y nginx=1.4.2\n" });
    expect(byName(r, "Repo").attributes.RepositoryName).toBe("app-${Literal}");
  });
});

describe("records", async () => {
  const app = await scanFixture("app.yaml");

  it("makes resources, parameters and outputs with normalised options", () => {
    expect(app.resources.map((r) => `${r.kind} ${r.name} ${r.type}`)).toEqual([
      "parameter Environment String",
      "parameter ImageTag String",
      "parameter AmiId AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>",
      "parameter Subnets CommaDelimitedList",
      "resource Network AWS::CloudFormation::Stack",
      "resource WebSecurityGroup AWS::EC2::SecurityGroup",
      "resource Web AWS::EC2::Instance",
      "output WebId output",
    ]);
    const web = byName(app, "Web");
    expect(web.format).toBe("cloudformation");
    expect(web.options).toEqual({
      condition: "IsProd",
      dependsOn: ["Network", "WebSecurityGroup"],
      deletionPolicy: "Retain",
      updateReplacePolicy: "Retain",
      creationPolicy: { ResourceSignal: { Timeout: "PT15M" } },
      metadata: { "AWS::CloudFormation::Init": { config: { packages: { yum: { httpd: [] } } } } },
    });
    expect(byName(app, "Environment", "parameter").attributes).toEqual({ Type: "String", Default: "prod", AllowedValues: ["dev", "prod"] });
    expect(byName(app, "Network").attributes).toEqual({ TemplateURL: "https://s3.amazonaws.com/bucket/network.yaml?versionId=abc", Parameters: { Env: "prod" } });
    expect(byName(app, "Web").attributes.SubnetId).toBe("subnet-a");
  });

  it("merges SAM Globals into serverless functions; own values win; merged values point at Globals", async () => {
    const sam = await scanFixture("sam.yaml");
    expect(sam.diagnostics).toEqual([]);
    const api = byName(sam, "Api");
    expect(api.attributes).toMatchObject({
      Runtime: "python3.12",
      Timeout: 10,
      Environment: { Variables: { STAGE: "prod", LOG_LEVEL: "debug" } },
      Layers: ["arn:aws:lambda:us-east-1:123456789012:layer:common:3", { $unknown: "!Ref ExtraLayer" }],
    });
    expect(at(api, "attributes", "Runtime")).toEqual([5, 5, 5, 24]);
    expect(at(api, "attributes", "Timeout")).toEqual([19, 7, 19, 18]);
    expect(at(api, "attributes", "Environment", "Variables", "STAGE")).toEqual([9, 9, 9, 20]);
    expect(at(api, "attributes", "Environment", "Variables", "LOG_LEVEL")).toEqual([22, 11, 22, 27]);
    expect(at(api, "attributes", "Layers", 0)).toEqual([12, 7, 12, 61]);
    expect(at(api, "attributes", "Layers", 1)).toEqual([24, 9, 24, 26]);
    expect(byName(sam, "ExtraLayer").attributes).toEqual({ ContentUri: "s3://bucket/layer.zip" });
    expect(byName(sam, "Table").attributes).toEqual({});
  });

  it("scans every template document of a multi-document stream", async () => {
    const r = await scanFixture("multi.yaml");
    expect(r.diagnostics).toEqual([]);
    expect(r.resources.map((x) => `${x.name}@${x.header.start.line}`)).toEqual(["First@11", "Second@15"]);
  });

  it("reports a resource without a Type", async () => {
    const r = await scanText("t.yaml", "AWSTemplateFormatVersion: x\nResources:\n  A:\n    Properties: {}\n  B: 3\n");
    expect(r.resources).toEqual([]);
    expect(r.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.message}`)).toEqual([
      "3:3 Resource A has no Type (a string such as AWS::S3::Bucket)",
      "5:3 Resource B must be a mapping with a Type",
    ]);
  });

  it("yields nothing for a document that is not a template", async () => {
    expect(await scanText("x.yaml", "Resources:\n  Foo:\n    Type: Thing\n")).toEqual({ resources: [], diagnostics: [] });
    expect(await scanText("x.json", '{"Resources": []}')).toEqual({ resources: [], diagnostics: [] });
  });
});
