import { describe, expect, it } from "vitest";
import { locate, locateExact } from "../../../src/model/resource.js";
import { byName, scanFixture, scanText, span, texts } from "./helpers.js";

describe("scanTerraform: .tf.json", async () => {
  const result = await scanFixture("main.tf.json");
  const web = byName(result, "aws_instance.web[0]");

  it("maps the JSON syntax to the same records as HCL", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.resources.map((r) => [r.kind, r.type, r.name])).toEqual([
      ["resource", "aws_instance", "aws_instance.web[0]"],
      ["resource", "aws_instance", "aws_instance.web[1]"],
      ["resource", "aws_security_group", "aws_security_group.sg"],
      ["resource", "aws_ecs_task_definition", "aws_ecs_task_definition.app"],
      ["module", "module", "module.vpc"],
      ["provider", "aws", "provider.aws"],
      ["provider", "aws", "provider.aws.west"],
      ["settings", "terraform", "terraform"],
      ["locals", "locals", "locals"],
      ["variable", "variable", "var.region"],
      ["output", "output", "output.ip"],
    ]);
    expect(texts(web.attributes)).toEqual({
      ami: "ami-0123456789abcdef0",
      tags: { Name: "web" },
      name_tag: { $unknown: '${var.a}-${var.b["x"]}' },
      ebs_block_device: [{ device_name: "/dev/sdb", volume_size: 10 }, { device_name: "/dev/sdc" }],
      root_block_device: [{ encrypted: true }],
    });
    expect(web.repeated).toBe(true);
    expect(web.options.count).toBe(2);
    expect(web.options.ignoreChanges).toEqual(["tags", 'tags["Name"]']);
    expect(web.options.createBeforeDestroy).toBe(true);
    expect(byName(result, "terraform").attributes).toEqual({
      required_providers: [{ aws: { source: "hashicorp/aws", version: "5.60.0" } }],
      backend: [{ $labels: ["s3"], bucket: "state" }],
    });
    expect(byName(result, "module.vpc").options).toEqual({ providers: { aws: "aws.west" } });
  });

  it("positions the header at the name key and attributes at their keys", () => {
    expect(span(web.header)).toEqual([5, 7, 5, 15]);
    expect(span(web.range)).toEqual([5, 7, 24, 8]);
    expect(span(locate(web, ["attributes", "ami"]))).toEqual([6, 9, 6, 39]);
    expect(span(locate(web, ["attributes", "tags", "Name"]))).toEqual([8, 19, 8, 32]);
    expect(span(locate(web, ["attributes", "ebs_block_device", 1]))).toEqual([12, 11, 12, 40]);
    expect(span(locate(web, ["attributes", "root_block_device", 0]))).toEqual([14, 9, 14, 51]);
    expect(span(locate(web, ["options", "ignoreChanges", 1]))).toEqual([16, 38, 16, 54]);
  });

  it("keeps provisioners in source order", () => {
    expect(web.options.provisioners).toEqual([
      { type: "local-exec", attributes: { command: "echo created" } },
      { type: "remote-exec", attributes: { inline: ["sudo apt-get install -y nginx"], connection: [{ type: "ssh" }] } },
      { type: "local-exec", attributes: { command: "echo destroyed" }, when: "destroy" },
    ]);
    expect(span(locate(web, ["options", "provisioners", 1]))).toEqual([21, 13, 21, 108]);
  });

  it("appends dynamic blocks and reads ignore_changes = all", () => {
    const sg = byName(result, "aws_security_group.sg");
    expect(texts(sg.attributes.ingress)).toEqual([{ from_port: { $unknown: "ingress.value" }, protocol: "tcp" }]);
    expect(sg.options.ignoreChanges).toBe("all");
    expect(span(locate(sg, ["options", "ignoreChanges"]))).toEqual([34, 24, 34, 47]);
  });

  it("locates keys of JSON held in a JSON string", () => {
    const app = byName(result, "aws_ecs_task_definition.app");
    // line 40: `        "container_definitions": "[{\"name\": \"app\", \"image\": \"nginx\"}]"`
    expect(span(locateExact(app, ["attributes", "container_definitions", 0, "image"]))).toEqual([40, 56, 40, 76]);
  });

  it("reads the unlabelled cloud block of a terraform block (HCP Terraform), like HCL", async () => {
    const r = await scanText("cloud.tf.json", '{"terraform": {"cloud": {"organization": "acme", "workspaces": {"name": "prod"}}}}');
    expect(r.diagnostics).toEqual([]);
    expect(r.resources.find((x) => x.kind === "settings")!.attributes).toEqual({ cloud: [{ organization: "acme", workspaces: [{ name: "prod" }] }] });
  });

  it("reports JSON syntax errors at their offset", async () => {
    const r = await scanText("bad.tf.json", '{\n  "resource": {\n    "a": 1,\n  }\n}\n');
    expect(r.resources).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.severity).toBe("error");
    expect(span(r.diagnostics[0]!.range)).toEqual([4, 3, 4, 4]);
    expect(r.diagnostics[0]!.message).toMatch(/Invalid JSON: property name expected/);
  });

  it("rejects a non-object document and deep nesting", async () => {
    expect((await scanText("a.tf.json", "[1]")).diagnostics[0]!.message).toMatch(/JSON object/);
    const deep = await scanText("d.tf.json", `{"locals": {"x": ${"[".repeat(10000)}${"]".repeat(10000)}}}`);
    expect(deep.diagnostics[0]!.message).toMatch(/Nesting too deep/);
  });
});
