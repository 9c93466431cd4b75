import { describe, expect, it } from "vitest";
import { at, byName, scanFixture, scanText, span, yamlTemplate } from "./helpers.js";

describe("YAML positions (app.yaml)", async () => {
  const result = await scanFixture("app.yaml");
  const web = byName(result, "Web");

  it("scans without diagnostics", () => expect(result.diagnostics).toEqual([]));

  it("puts the header on the logical ID key and the range through the end of its body", () => {
    expect(span(web.header)).toEqual([42, 3, 42, 6]);
    expect(span(web.range)).toEqual([42, 3, 72, 40]);
    expect(span(byName(result, "Environment", "parameter").header)).toEqual([4, 3, 4, 14]);
    expect(span(byName(result, "WebId", "output").header)).toEqual([74, 3, 74, 8]);
  });

  it("locates property keys, nested keys, flow lists and block-sequence items at their `-`", () => {
    expect(at(web, "attributes", "ImageId")).toEqual([58, 7, 58, 26]);
    expect(at(web, "attributes", "SecurityGroupIds", 0)).toEqual([61, 9, 61, 32]);
    expect(at(web, "attributes", "Tags", 1)).toEqual([71, 9, 72, 40]);
    expect(at(web, "attributes", "Tags", 1, "Value")).toEqual([72, 11, 72, 40]);
    expect(at(byName(result, "WebSecurityGroup"), "attributes", "SecurityGroupIngress", 0, "FromPort")).toEqual([39, 11, 39, 24]);
  });

  it("locates options at their native keys", () => {
    expect(at(web, "options", "deletionPolicy")).toEqual([46, 5, 46, 27]);
    expect(at(web, "options", "dependsOn", 1)).toEqual([45, 26, 45, 42]);
    expect(at(web, "options", "metadata", "AWS::CloudFormation::Init", "config")).toEqual([53, 9, 56, 24]);
    expect(at(web, "options", "creationPolicy", "ResourceSignal", "Timeout")).toEqual([50, 9, 50, 23]);
  });

  it("spans a block scalar through its last line", () => {
    expect(at(web, "attributes", "UserData")).toEqual([64, 7, 67, 47]);
  });
});

describe("YAML positions: block scalars, flow maps, CRLF, non-ASCII", () => {
  it("literal and folded block scalars end on their last content line", async () => {
    const r = await scanText("t.yaml", yamlTemplate("      A: |\n        one\n        two\n\n      B: >-\n        folded\n        text\n      C: x\n"));
    const res = byName(r, "R");
    expect(res.attributes).toMatchObject({ A: "one\ntwo\n", B: "folded text", C: "x" });
    expect(at(res, "attributes", "A")).toEqual([6, 7, 8, 12]);
    expect(at(res, "attributes", "B")).toEqual([10, 7, 12, 13]);
  });

  it("flow maps and sequences locate each key and element", async () => {
    const r = await scanText("t.yaml", yamlTemplate("      Tags: [{Key: a, Value: b}, {Key: c, Value: !Ref AWS::Region}]\n"));
    const res = byName(r, "R");
    expect(at(res, "attributes", "Tags")).toEqual([6, 7, 6, 68]);
    expect(at(res, "attributes", "Tags", 1)).toEqual([6, 34, 6, 67]);
    expect(at(res, "attributes", "Tags", 1, "Value")).toEqual([6, 43, 6, 66]);
  });

  it("a list item whose content starts on the next line starts at its `-`", async () => {
    const r = await scanText("t.yaml", yamlTemplate("      L:\n        -\n          k: v\n        - !Ref AWS::Region\n"));
    const res = byName(r, "R");
    expect(at(res, "attributes", "L", 0)).toEqual([7, 9, 8, 15]);
    expect(at(res, "attributes", "L", 1)).toEqual([9, 9, 9, 27]);
  });

  it("counts CRLF line breaks once and columns in UTF-16 units", async () => {
    const text = yamlTemplate("      Name: \"🙂 x\"\r\n      Next: y\r\n").replace(/\n/g, "\r\n").replace(/\r\r/g, "\r");
    const r = await scanText("t.yaml", text);
    const res = byName(r, "R");
    expect(r.diagnostics).toEqual([]);
    expect(at(res, "attributes", "Name")).toEqual([6, 7, 6, 19]);
    expect(at(res, "attributes", "Next")).toEqual([7, 7, 7, 14]);
  });
});

describe("JSON positions (app.json)", async () => {
  const result = await scanFixture("app.json");
  const task = byName(result, "Task");

  it("scans without diagnostics", () => expect(result.diagnostics).toEqual([]));

  it("locates logical IDs, properties, array elements and nested keys", () => {
    expect(span(task.header)).toEqual([19, 5, 19, 11]);
    expect(span(task.range)).toEqual([19, 5, 35, 6]);
    expect(at(task, "attributes", "ContainerDefinitions", 1)).toEqual([29, 11, 32, 12]);
    expect(at(task, "attributes", "ContainerDefinitions", 0, "Image")).toEqual([26, 13, 26, 80]);
    expect(at(task, "options", "dependsOn", 0)).toEqual([21, 20, 21, 26]);
    expect(span(byName(result, "ImageTag", "parameter").header)).toEqual([4, 5, 4, 15]);
  });
});
