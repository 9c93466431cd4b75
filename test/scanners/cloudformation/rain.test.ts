import { describe, expect, it } from "vitest";
import { isUnknown } from "../../../src/model/value.js";
import { at, byName, plainDocuments, scanText, span, yamlTemplate } from "./helpers.js";

const MODULE_WARNING =
  "Resource Bucket is a Rain module (./modules/bucket.yaml), not plain CloudFormation; driftless does not expand Rain modules, " +
  "so the resources it stands for were not scanned. Run `rain pkg` on the template and scan the packaged template instead";

describe("AWS Rain modules and directives", () => {
  it("YAML `Type: !Rain::Module path` is a warning at the logical ID; the rest of the template is scanned", async () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      "Resources:",
      "  Bucket:",
      '    Type: !Rain::Module "./modules/bucket.yaml"',
      "    Properties:",
      "      BucketName: logs",
      "      Assets: !Rain::S3 {Path: site, Zip: true}",
      "  Queue:",
      "    Type: AWS::SQS::Queue",
      "    Properties:",
      "      QueueName: jobs",
      "",
    ].join("\n");
    const r = await scanText("t.yaml", text);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "warning", message: MODULE_WARNING });
    expect(span(r.diagnostics[0]!.range)).toEqual([3, 3, 3, 9]);
    expect(r.resources.map((x) => `${x.kind} ${x.name} ${x.type}`)).toEqual(["resource Queue AWS::SQS::Queue"]);
    expect(byName(r, "Queue").attributes).toEqual({ QueueName: "jobs" });
  });

  it('JSON `"Type": {"Rain::Module": path}` is the same warning at the logical ID', async () => {
    const text = [
      "{",
      '  "AWSTemplateFormatVersion": "2010-09-09",',
      '  "Resources": {',
      '    "Bucket": {',
      '      "Type": { "Rain::Module": "./modules/bucket.yaml" },',
      '      "Properties": { "BucketName": "logs" }',
      "    },",
      '    "Queue": { "Type": "AWS::SQS::Queue" }',
      "  }",
      "}",
      "",
    ].join("\n");
    const r = await scanText("t.json", text);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "warning", message: MODULE_WARNING });
    expect(span(r.diagnostics[0]!.range)).toEqual([4, 5, 4, 13]);
    expect(r.resources.map((x) => x.name)).toEqual(["Queue"]);
  });

  it("a module whose operand is not a path still gets the warning (without the path)", async () => {
    const r = await scanText("t.yaml", "AWSTemplateFormatVersion: x\nResources:\n  M:\n    Type: !Rain::Module {Source: x}\n");
    expect(r.diagnostics.map((d) => [d.severity, d.message])).toEqual([
      [
        "warning",
        "Resource M is a Rain module, not plain CloudFormation; driftless does not expand Rain modules, so the resources it stands for were not scanned. Run `rain pkg` on the template and scan the packaged template instead",
      ],
    ]);
    expect(r.resources).toEqual([]);
  });

  it("!Rain::* tags parse as their long forms, like the short-form intrinsics", () => {
    const docs = plainDocuments(
      [
        "A: !Rain::Embed script.sh",
        "B: !Rain::S3Http site/index.html",
        "C: !Rain::S3 {Path: lambda, BucketProperty: S3Bucket, KeyProperty: S3Key}",
        "D: !Rain::Include [one.yaml]",
        "E: !Rain::Env STAGE",
        "F: !Rain::Future x",
        "G: !Rain::Module ./m.yaml",
        "",
      ].join("\n"),
    );
    expect(docs).toEqual([
      {
        A: { "Rain::Embed": "script.sh" },
        B: { "Rain::S3Http": "site/index.html" },
        C: { "Rain::S3": { Path: "lambda", BucketProperty: "S3Bucket", KeyProperty: "S3Key" } },
        D: { "Rain::Include": ["one.yaml"] },
        E: { "Rain::Env": "STAGE" },
        F: { "Rain::Future": "x" },
        G: { "Rain::Module": "./m.yaml" },
      },
    ]);
  });

  it("Rain directives elsewhere evaluate as Unknowns carrying their source text, in YAML and JSON", async () => {
    const r = await scanText(
      "t.yaml",
      yamlTemplate(
        [
          "      Script: !Rain::Embed script.sh",
          "      Site: !Rain::S3Http site/index.html",
          "      Code: !Rain::S3 {Path: lambda, Zip: true}",
          "      Stage: !Sub ['app-${S}', {S: !Rain::Env STAGE}]",
          "",
        ].join("\n"),
      ),
    );
    expect(r.diagnostics).toEqual([]);
    const res = byName(r, "R");
    const a = res.attributes as Record<string, unknown>;
    for (const key of ["Script", "Site", "Code", "Stage"]) expect(isUnknown(a[key]), key).toBe(true);
    expect(a.Script).toMatchObject({ $unknown: "!Rain::Embed script.sh", reason: expect.stringContaining("Rain::Embed") });
    expect(a.Code).toMatchObject({ $unknown: "!Rain::S3 {Path: lambda, Zip: true}" });
    expect(at(res, "attributes", "Script")).toEqual([6, 7, 6, 37]);

    const json = await scanText("t.json", '{"Resources": {"R": {"Type": "AWS::S3::Bucket", "Properties": {"Script": {"Rain::Embed": "script.sh"}}}}}');
    expect(json.diagnostics).toEqual([]);
    expect(byName(json, "R").attributes.Script).toMatchObject({ $unknown: '{"Rain::Embed": "script.sh"}', reason: expect.stringContaining("rain pkg") });
  });

  it("a directive standing for a whole Properties map yields no attributes (like an intrinsic there)", async () => {
    const r = await scanText("t.yaml", "AWSTemplateFormatVersion: x\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties: !Rain::Include props.yaml\n");
    expect(r.diagnostics).toEqual([]);
    expect(byName(r, "R").attributes).toEqual({});
  });
});
