import { describe, expect, it } from "vitest";
import { locate, locateExact } from "../../../src/model/resource.js";
import { byName, fixtureText, scanFixture, scanText, span, texts } from "./helpers.js";

describe("scanTerraform: .tf records and values", async () => {
  const result = await scanFixture("basic.tf");
  const web = byName(result, "aws_instance.web[0]");

  it("reads every top-level block without diagnostics, one record per count index and for_each key", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.resources.map((r) => [r.kind, r.type, r.name])).toEqual([
      ["resource", "aws_instance", "aws_instance.web[0]"],
      ["resource", "aws_instance", "aws_instance.web[1]"],
      ["resource", "aws_security_group", "aws_security_group.sg"],
      ["data", "aws_ami", "data.aws_ami.ubuntu"],
      ["module", "module", 'module.vpc["a"]'],
      ["module", "module", 'module.vpc["b"]'],
      ["provider", "aws", "provider.aws.west"],
      ["settings", "terraform", "terraform"],
      ["variable", "variable", "var.region"],
      ["locals", "locals", "locals"],
      ["output", "output", "output.ip"],
    ]);
    for (const r of result.resources) {
      expect(r.format).toBe("terraform");
      expect(r.canonicalType).toBe(r.type);
      expect(r.file).toBe("fixtures/scanners/terraform/basic.tf");
    }
  });

  it("positions the resource header and range", () => {
    expect(span(web.header)).toEqual([2, 1, 2, 32]);
    expect(span(web.range)).toEqual([2, 1, 48, 2]);
    expect(span(locate(web, []))).toEqual([2, 1, 2, 32]);
    expect(span(locate(web, ["attributes", "missing"]))).toEqual([2, 1, 2, 32]); // a missing setting points at the header
    expect(locateExact(web, ["attributes", "missing"])).toBeUndefined();
  });

  it("positions attributes after comments of all three styles", () => {
    // line 3: `  ami           = "ami-0123456789abcdef0" // trailing { comment "`
    expect(span(locate(web, ["attributes", "ami"]))).toEqual([3, 3, 3, 42]);
    expect(span(locate(web, ["attributes", "instance_type"]))).toEqual([4, 3, 4, 29]);
    // after a /* */ comment spanning lines 5-6 that holds `{` and `"`
    expect(span(locate(web, ["options", "count"]))).toEqual([7, 3, 7, 12]);
    expect(web.attributes.ami).toBe("ami-0123456789abcdef0");
    expect(web.options.count).toBe(2);
    expect(web.repeated).toBe(true);
  });

  it("positions object items", () => {
    expect(span(locate(web, ["attributes", "tags"]))).toEqual([8, 3, 11, 4]);
    expect(span(locate(web, ["attributes", "tags", "Name"]))).toEqual([9, 5, 9, 18]);
    expect(span(locate(web, ["attributes", "tags", "env"]))).toEqual([10, 5, 10, 19]);
    expect(web.attributes.tags).toEqual({ Name: "web", env: "prod" });
  });

  it("keeps an interpolated heredoc unknown, with its visible text, and positions it", () => {
    expect(web.attributes.user_data).toEqual({
      $unknown: '<<EOF\n#!/bin/bash\necho "${var.name}"\nEOF',
      decoded: '#!/bin/bash\necho "${var.name}"\n',
      reason: "var.name is not declared in this module",
      partial: true,
    });
    expect(span(locate(web, ["attributes", "user_data"]))).toEqual([12, 3, 15, 4]);
  });

  it("keeps nested interpolation unknown with its exact text", () => {
    expect(texts(web.attributes.name_tag)).toEqual({ $unknown: '"${var.a}-${var.b["x"]}"' });
    expect(span(locate(web, ["attributes", "name_tag"]))).toEqual([16, 3, 16, 41]);
  });

  it("counts UTF-16 columns after non-ASCII text on the same line", () => {
    expect(web.attributes.description).toBe("Ünïcödé ✓");
    expect(span(locate(web, ["attributes", "description"]))).toEqual([17, 3, 17, 28]);
    // `  /* ✓ */ monitoring = true`: ✓ is one UTF-16 unit (U+2713)
    expect(span(locate(web, ["attributes", "monitoring"]))).toEqual([18, 11, 18, 28]);
  });

  it("turns nested blocks into lists in source order with element positions", () => {
    expect(web.attributes.ebs_block_device).toEqual([{ device_name: "/dev/sdb", volume_size: 10 }, { device_name: "/dev/sdc" }]);
    expect(span(locate(web, ["attributes", "ebs_block_device", 0]))).toEqual([19, 3, 22, 4]);
    expect(span(locate(web, ["attributes", "ebs_block_device", 1]))).toEqual([23, 3, 25, 4]);
    expect(span(web.source.children!.attributes!.children!.ebs_block_device!.children!["0"]!.header)).toEqual([19, 3, 19, 21]);
    expect(span(locate(web, ["attributes", "ebs_block_device", 0, "volume_size"]))).toEqual([21, 5, 21, 21]);
  });

  it("positions list elements", () => {
    expect(web.attributes.security_groups).toEqual(["sg-1", "sg-2"]);
    expect(span(locate(web, ["attributes", "security_groups", 1]))).toEqual([26, 30, 26, 36]);
  });

  it("maps lifecycle to options, not attributes", () => {
    expect(web.attributes.lifecycle).toBeUndefined();
    expect(web.options.ignoreChanges).toEqual(["tags", 'tags["Name"]', "user_data"]);
    expect(web.options.createBeforeDestroy).toBe(true);
    expect(span(locate(web, ["options", "ignoreChanges"]))).toEqual([29, 5, 29, 62]);
    expect(span(locate(web, ["options", "ignoreChanges", 1]))).toEqual([29, 36, 29, 48]);
    expect(span(locate(web, ["options", "createBeforeDestroy"]))).toEqual([30, 5, 30, 33]);
  });

  it("keeps provisioners in source order with mixed types", () => {
    const p = web.options.provisioners as { type: string }[];
    expect(p.map((x) => x.type)).toEqual(["local-exec", "remote-exec", "local-exec"]);
    expect(texts(web.options.provisioners)).toEqual([
      { type: "local-exec", attributes: { command: "echo created" } },
      {
        type: "remote-exec",
        attributes: { inline: ["sudo apt-get install -y nginx"], connection: [{ type: "ssh", host: { $unknown: "self.public_ip" } }] },
      },
      { type: "local-exec", attributes: { command: "echo destroyed" }, when: "destroy", onFailure: "continue" },
    ]);
    expect(span(locate(web, ["options", "provisioners", 0]))).toEqual([33, 3, 35, 4]);
    expect(span(locate(web, ["options", "provisioners", 1]))).toEqual([36, 3, 42, 4]);
    expect(span(web.source.children!.options!.children!.provisioners!.children!["1"]!.header)).toEqual([36, 3, 36, 30]);
    expect(span(locate(web, ["options", "provisioners", 1, "attributes", "inline"]))).toEqual([37, 5, 37, 47]);
    expect(span(locate(web, ["options", "provisioners", 2, "when"]))).toEqual([44, 5, 44, 25]);
  });

  it("appends dynamic blocks to the block list, at the dynamic block (one block when its collection is unknown)", () => {
    const sg = byName(result, "aws_security_group.sg");
    expect(texts(sg.attributes.ingress)).toEqual([
      { from_port: { $unknown: "port.value" }, to_port: { $unknown: "port.value" }, protocol: "tcp", cidr_blocks: ["0.0.0.0/0"] },
      { from_port: 443, to_port: 443, protocol: "tcp" },
    ]);
    expect(span(locate(sg, ["attributes", "ingress", 0]))).toEqual([52, 3, 61, 4]);
    expect(span(locate(sg, ["attributes", "ingress", 0, "cidr_blocks", 0]))).toEqual([59, 22, 59, 33]);
    expect(span(locate(sg, ["attributes", "ingress", 1]))).toEqual([62, 3, 66, 4]);
    expect(sg.options.ignoreChanges).toBe("all");
    expect(span(locate(sg, ["options", "ignoreChanges"]))).toEqual([68, 5, 68, 25]);
  });

  it("maps module meta-arguments and keeps source/version", () => {
    const vpc = byName(result, 'module.vpc["b"]');
    expect(vpc.attributes).toEqual({ source: "terraform-aws-modules/vpc/aws", version: "~> 5.0", cidr: "10.0.0.0/16" });
    expect(vpc.options).toEqual({ forEach: ["a", "b"], providers: { aws: "aws.west" }, dependsOn: ["aws_security_group.sg"] });
    expect(vpc.repeated).toBe(true);
    expect(span(locate(vpc, ["attributes", "version"]))).toEqual([83, 3, 83, 22]);
  });

  it("reads settings, labelled nested blocks, heredocs and escapes", () => {
    const tf = byName(result, "terraform");
    expect(tf.attributes.required_providers).toEqual([{ aws: { source: "hashicorp/aws", version: "5.60.0" } }]);
    expect(tf.attributes.backend).toEqual([{ $labels: ["s3"], bucket: "state" }]);
    expect(span(locate(tf, ["attributes", "required_providers", 0, "aws", "version"]))).toEqual([102, 7, 102, 25]);
    const locals = byName(result, "locals");
    expect(locals.attributes).toEqual({ flush: "line one\n  line two\n", number: -1500, empty: "", escapes: 'a"b\\c\n${x}%{y}é' });
    expect(span(locate(locals, ["attributes", "flush"]))).toEqual([116, 3, 119, 8]);
    expect(span(locate(byName(result, "output.ip"), ["attributes", "value"]))).toEqual([126, 3, 126, 40]);
  });

  it("gives a CRLF file the same positions as the LF file", async () => {
    const crlf = await scanText("crlf.tf", fixtureText("basic.tf").replace(/\n/g, "\r\n"));
    expect(crlf.diagnostics).toEqual([]);
    const strip = (x: unknown) => JSON.parse(JSON.stringify(x).replace(/\\r\\n/g, "\\n"));
    expect(crlf.resources.map((r) => r.source)).toEqual(result.resources.map((r) => r.source));
    expect(crlf.resources.map((r) => strip(r.attributes))).toEqual(result.resources.map((r) => r.attributes));
  });
});

describe("scanTerraform: JSON inside attributes", async () => {
  const result = await scanFixture("ecs.tf");

  it("decodes jsonencode and locates items inside it", () => {
    const app = byName(result, "aws_ecs_task_definition.app");
    const cd = app.attributes.container_definitions as { $unknown: string; decoded: unknown };
    expect(cd.$unknown.startsWith("jsonencode([")).toBe(true);
    expect(texts(cd.decoded)).toEqual([
      { name: "app", image: "nginx:latest", essential: true, portMappings: [{ containerPort: 80 }], environment: [{ name: "ENV", value: { $unknown: "var.env" } }] },
    ]);
    expect(span(locate(app, ["attributes", "container_definitions"]))).toEqual([3, 3, 11, 5]);
    expect(span(locateExact(app, ["attributes", "container_definitions", 0]))).toEqual([4, 5, 10, 6]);
    expect(span(locateExact(app, ["attributes", "container_definitions", 0, "image"]))).toEqual([6, 7, 6, 36]);
    expect(span(locateExact(app, ["attributes", "container_definitions", 0, "environment", 0, "value"]))).toEqual([9, 39, 9, 54]);
  });

  it("locates keys inside a JSON heredoc exactly", () => {
    const r = byName(result, "aws_ecs_task_definition.heredoc");
    expect(r.attributes.container_definitions).toBe('[\n  {\n    "name": "app",\n    "image": "nginx"\n  }\n]\n');
    expect(span(locateExact(r, ["attributes", "container_definitions", 0]))).toEqual([18, 3, 21, 4]);
    expect(span(locateExact(r, ["attributes", "container_definitions", 0, "image"]))).toEqual([20, 5, 20, 21]);
  });

  it("locates keys inside a JSON quoted string, through escapes", () => {
    const r = byName(result, "aws_ecs_task_definition.quoted");
    // line 28: `  container_definitions = "[{\"name\": \"app\", \"image\": \"redis:7\"}]"`
    expect(span(locateExact(r, ["attributes", "container_definitions", 0, "image"]))).toEqual([28, 49, 28, 71]);
  });

  it("decodes base64encode of a flush heredoc and to* conversions", () => {
    const r = byName(result, "aws_instance.b64");
    expect(r.attributes.user_data).toMatchObject({ decoded: "#!/bin/bash\nyum install -y httpd\n" });
    expect(r.attributes.user_data_base64).toBe("x");
  });
});

describe("scanTerraform: expressions", () => {
  it("evaluates what is static and keeps the rest unknown with its source text", async () => {
    const text = [
      'resource "x" "y" {',
      "  a = var.list[*].id",
      "  b = var.x ? 1 : 2",
      "  c = [for k, v in var.m : upper(v) if k != \"x\"]",
      "  d = {for k, v in var.m : k => v...}",
      "  e = provider::aws::arn_parse(var.arn)",
      "  f = concat(var.a, var.b...)",
      "  g = 1 + 2 * 3",
      "  h = { (var.k) = 1, known: 2, \"q\" = [1, var.z] }",
      "  i = aws_instance.web.*.id",
      '  j = "%{ if var.x }yes%{ else }no%{ endif }"',
      "  k = (",
      "    1",
      "  )",
      "  l = !true",
      "  m = a.0.b",
      "}",
      "",
    ].join("\n");
    const r = await scanText("e.tf", text);
    expect(r.diagnostics).toEqual([]);
    const a = r.resources[0]!.attributes;
    expect(texts(a)).toEqual({
      a: { $unknown: "var.list[*].id" },
      b: { $unknown: "var.x ? 1 : 2" },
      c: { $unknown: '[for k, v in var.m : upper(v) if k != "x"]' },
      d: { $unknown: "{for k, v in var.m : k => v...}" },
      e: { $unknown: "provider::aws::arn_parse(var.arn)" },
      f: { $unknown: "concat(var.a, var.b...)" },
      g: 7,
      // A key that is not known makes the whole object unknown, as in Terraform.
      h: { $unknown: '{ (var.k) = 1, known: 2, "q" = [1, var.z] }' },
      i: { $unknown: "aws_instance.web.*.id" },
      j: { $unknown: '"%{ if var.x }yes%{ else }no%{ endif }"' },
      k: 1,
      l: false,
      m: { $unknown: "a.0.b" },
    });
  });

  it("caps deep nesting with a diagnostic instead of overflowing the stack", async () => {
    const deep = `locals {\n  x = ${"[".repeat(5000)}${"]".repeat(5000)}\n}\n`;
    const r = await scanText("deep.tf", deep);
    expect(r.resources).toEqual([]);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]!.severity).toBe("error");
  });

  it("treats a leading BOM as whitespace", async () => {
    const r = await scanText("bom.tf", '\uFEFFlocals {\n  a = 1\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(span(r.resources[0]!.header)).toEqual([1, 2, 1, 10]);
  });
});
