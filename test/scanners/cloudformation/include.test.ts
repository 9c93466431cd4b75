import { describe, expect, it } from "vitest";
import { at, scanText, span } from "./helpers.js";

/** AWS::Include transforms are records of kind "module", wherever the template writes them. */
describe("AWS::Include records", () => {
  const yaml = [
    'AWSTemplateFormatVersion: "2010-09-09"', // 1
    "Transform:", // 2
    "  - AWS::Serverless-2016-10-31", // 3
    "  - Name: AWS::Include", // 4
    "    Parameters:", // 5
    "      Location: s3://acme/common.yaml", // 6
    "Parameters:", // 7
    "  Bucket:", // 8
    "    Type: String", // 9
    "    Default: acme", // 10
    "Resources:", // 11
    "  Fn::Transform:", // 12
    "    Name: AWS::Include", // 13
    "    Parameters:", // 14
    "      Location: s3://acme/resources.yaml", // 15
    "  Api:", // 16
    "    Type: AWS::Serverless::Api", // 17
    "    Properties:", // 18
    "      StageName: prod", // 19
    "      DefinitionBody:", // 20
    "        Fn::Transform:", // 21
    "          Name: AWS::Include", // 22
    "          Parameters:", // 23
    '            Location: !Sub "s3://${Bucket}/api.yaml"', // 24
    "  Topic:", // 25
    "    Type: AWS::SNS::Topic", // 26
    "    Properties:", // 27
    "      Fn::Transform:", // 28
    "        Name: AcmeTags", // 29
    "Mappings:", // 30
    "  Fn::Transform:", // 31
    "    Name: AWS::Include", // 32
    "    Parameters: { Location: s3://acme/mappings.yaml }", // 33
    "",
  ].join("\n");

  it("makes one record per include, named by its resource or section, with the Location at its key", async () => {
    const result = await scanText("t.yaml", yaml);
    expect(result.diagnostics).toEqual([]);
    const includes = result.resources.filter((r) => r.kind === "module");
    expect(includes.map((r) => [r.type, r.name, r.attributes.Location])).toEqual([
      ["AWS::Include", "Transform", "s3://acme/common.yaml"],
      ["AWS::Include", "Resources", "s3://acme/resources.yaml"],
      ["AWS::Include", "Api", "s3://acme/api.yaml"],
      ["AWS::Include", "Mappings", "s3://acme/mappings.yaml"],
    ]);
    const [top, resources, api, mappings] = includes;
    expect(span(top!.header)).toEqual([4, 3, 4, 23]);
    expect(at(top!, "attributes", "Location")).toEqual([6, 7, 6, 38]);
    expect(span(resources!.header)).toEqual([12, 3, 12, 16]);
    expect(at(resources!, "attributes", "Location")).toEqual([15, 7, 15, 41]);
    expect(span(api!.header)).toEqual([21, 9, 21, 22]);
    expect(at(api!, "attributes", "Location")).toEqual([24, 13, 24, 53]);
    expect(span(mappings!.header)).toEqual([31, 3, 31, 16]);
    expect(at(mappings!, "attributes", "Location")).toEqual([33, 19, 33, 52]);
  });

  it("does not take Fn::Transform among the resources for a resource without a Type", async () => {
    const result = await scanText("t.yaml", yaml);
    expect(result.resources.filter((r) => r.kind === "resource").map((r) => r.name)).toEqual(["Api", "Topic"]);
  });

  it("reads the Transform section written as one map, in JSON", async () => {
    const json = [
      "{", // 1
      '  "Transform": {', // 2
      '    "Name": "AWS::Include",', // 3
      '    "Parameters": { "Location": "s3://acme/common.json" }', // 4
      "  },", // 5
      '  "Resources": { "T": { "Type": "AWS::SNS::Topic" } }', // 6
      "}",
    ].join("\n");
    const result = await scanText("t.json", json);
    expect(result.diagnostics).toEqual([]);
    const [include] = result.resources.filter((r) => r.kind === "module");
    expect(include!.name).toBe("Transform");
    expect(span(include!.header)).toEqual([2, 3, 2, 14]);
    expect(at(include!, "attributes", "Location")).toEqual([4, 21, 4, 56]);
  });

  it("ignores a Transform section that only names macros", async () => {
    const result = await scanText("t.yaml", 'AWSTemplateFormatVersion: "2010-09-09"\nTransform: AWS::Serverless-2016-10-31\nResources:\n  T:\n    Type: AWS::SNS::Topic\n');
    expect(result.resources.filter((r) => r.kind === "module")).toEqual([]);
  });
});
