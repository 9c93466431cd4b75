import { describe, expect, it } from "vitest";
import { isUnknown } from "../../../src/model/value.js";
import { join } from "node:path";
import { createReader } from "../../../src/discover/index.js";
import { scanPulumiUnit } from "../../../src/scanners/pulumi/index.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { at, AWS, byName, only, scanFixture, scanText } from "./helpers.js";

const K8S = 'import * as k8s from "@pulumi/kubernetes";\n';

/** Attributes of a kubernetes resource (arguments as written, no conversion) whose args are `args`. */
async function args(argsText: string, prelude = ""): Promise<Record<string, unknown>> {
  const r = await only(`${K8S}${prelude}\nnew k8s.core.v1.ConfigMap("cm", ${argsText});\n`);
  return r.attributes;
}

describe("static evaluation of arguments", () => {
  it("literals: strings, numbers, booleans, null; undefined is absent", async () => {
    expect(await args('{ a: "s", b: 1.5, c: -2, d: true, e: false, f: null, g: undefined, h: 0x10, "quoted-key": `t` }')).toEqual({
      a: "s",
      b: 1.5,
      c: -2,
      d: true,
      e: false,
      f: null,
      h: 16,
      "quoted-key": "t",
    });
  });

  it("objects, arrays, spreads of static values, shorthand properties, static computed keys", async () => {
    const prelude = 'const base = { x: 1, y: 2 };\nconst list = [1, 2];\nconst key = "k";\nconst shorthand = "sh";';
    expect(await args("{ ...base, y: 3, arr: [0, ...list, 3], shorthand, [key]: true, [`${key}2`]: false }", prelude)).toEqual({
      x: 1,
      y: 3,
      arr: [0, 1, 2, 3],
      shorthand: "sh",
      k: true,
      k2: false,
    });
  });

  it("consts in enclosing scopes; shadowing; let never reassigned; reassigned let is Unknown", async () => {
    const r = await scanText(
      [
        K8S,
        'const image = "outer";',
        'let stable = "s";',
        'let moving = "a";',
        'moving = "b";',
        "function make() {",
        '  const image = "inner";',
        '  new k8s.core.v1.ConfigMap("cm", { data: { image, stable, moving } });',
        "}",
      ].join("\n"),
    );
    const data = byName(r, "cm").attributes.data as Record<string, unknown>;
    expect(data.image).toBe("inner");
    expect(data.stable).toBe("s");
    expect(data.moving).toEqual({ $unknown: "moving", reason: "variable reassigned" });
  });

  it("a const from another file decides a value and carries its origin", async () => {
    const r = await scanFixture("app/index.ts");
    const web = byName(r, "web");
    const container = (((web.attributes.spec as any).template.spec.containers as any[])[0]) as Record<string, unknown>;
    expect(container.image).toBe("nginx:1.4.2");
  });

  it("template literals: fully known → string; partly known → Unknown with decoded text and placeholders", async () => {
    const r = await only(`${AWS}const repo = new aws.ecr.Repository("r");\nconst tag = "1.0";\nnew aws.lambda.Function("f", { imageUri: \`\${repo.repositoryUrl}:latest\`, handler: \`index.\${tag}\` });\n`.replace('const repo = new aws.ecr.Repository("r");', 'declare const repo: any;'));
    expect(r.attributes.handler).toBe("index.1.0");
    expect(r.attributes.image_uri).toEqual({
      $unknown: "`${repo.repositoryUrl}:latest`",
      decoded: "${repo.repositoryUrl}:latest",
      reason: "partly known string",
    });
  });

  it("pulumi.interpolate and pulumi.concat behave like template literals", async () => {
    const r = await only(
      `import * as pulumi from "@pulumi/pulumi";\n${AWS}declare const repo: aws.ecr.Repository;\nnew aws.lambda.Function("f", { imageUri: pulumi.interpolate\`\${repo.repositoryUrl}:latest\`, handler: pulumi.concat("a", ".", "b"), role: pulumi.interpolate\`static\` });\n`,
    );
    expect(r.attributes.image_uri).toMatchObject({ decoded: "${repo.repositoryUrl}:latest" });
    expect(isUnknown(r.attributes.image_uri)).toBe(true);
    expect(r.attributes.handler).toBe("a.b");
    expect(r.attributes.role).toBe("static");
  });

  it("string concatenation, fully and partly known", async () => {
    expect(await args('{ a: "x" + 1 + "y", b: 1 + 2, c: registry + "/app:" + version }', 'const registry = "reg.io";\ndeclare const version: string;')).toEqual({
      a: "x1y",
      b: 3,
      c: { $unknown: 'registry + "/app:" + version', decoded: "reg.io/app:${version}", reason: "partly known string" },
    });
  });

  it("ternaries and logical operators with a known condition; Unknown otherwise", async () => {
    const prelude = 'const prod = false;\nconst env = "prod";\nimport * as pulumi from "@pulumi/pulumi";\nconst config = new pulumi.Config();';
    const v = await args('{ a: prod ? "big" : "small", b: env === "prod" ? 3 : 1, c: true ? "t" : "f", d: config.getBoolean("x") ? 1 : 2, e: undefined ?? "dflt", f: prod || "alt" }', prelude);
    expect(v).toMatchObject({ a: "small", b: 3, c: "t", e: "dflt", f: "alt" });
    expect(v.d).toMatchObject({ $unknown: 'config.getBoolean("x") ? 1 : 2' });
  });

  it("as, satisfies, non-null and parentheses are transparent", async () => {
    expect(await args('{ a: ("x" as string), b: ({ y: 1 } satisfies object), c: (["z"] as const)!, d: <string>"w" }')).toEqual({ a: "x", b: { y: 1 }, c: ["z"], d: "w" });
  });

  it("enum members: SDK enums by rule, local enums", async () => {
    const r = await only(`${AWS}enum Size { Small = "t3.small", Big = "m5.2xlarge" }\nnew aws.ec2.Instance("vm", { instanceType: aws.ec2.InstanceType.T3_Micro, tenancy: Size.Big, placementPartitionNumber: aws.ec2.InstanceType.Nope_Nope_Nope });\n`);
    expect(r.attributes.instance_type).toBe("t3.micro");
    expect(r.attributes.tenancy).toBe("m5.2xlarge");
    expect(r.attributes.placement_partition_number).toMatchObject({ $unknown: "aws.ec2.InstanceType.Nope_Nope_Nope" });
    const sg = await only(`${AWS}new aws.ec2.SecurityGroup("sg", { ingress: [{ protocol: aws.ec2.ProtocolType.TCP, fromPort: 22, toPort: 22 }] });\n`);
    expect(sg.attributes.ingress).toEqual([{ protocol: "tcp", from_port: 22, to_port: 22 }]);
  });

  it("enum values read from an installed SDK's enums/index.js when present (never executed)", async () => {
    const dir = await tempDir();
    const program = `${AWS}new aws.ec2.Instance("vm", { instanceType: aws.ec2.InstanceType.T3_Micro, tenancy: aws.ec2.Tenancy.Dedicated });\n`;
    await writeTree(dir, {
      "Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "index.ts": program,
      "node_modules/@pulumi/aws/types/enums/ec2/index.js":
        '"use strict";\nexports.InstanceType = {\n    T3_Micro: "from-installed-sdk",\n};\nexports.Tenancy = {\n    Dedicated: "dedicated",\n};\nthrow new Error("never run");\n',
    });
    const reader = createReader(dir);
    const r = await scanPulumiUnit({ kind: "pulumi", dir: ".", absoluteDir: dir, project: { path: "Pulumi.yaml", absolutePath: join(dir, "Pulumi.yaml") }, files: [{ path: "index.ts", absolutePath: join(dir, "index.ts") }] }, reader);
    expect(byName(r, "vm").attributes).toEqual({ instance_type: "from-installed-sdk", tenancy: "dedicated" });
  });

  it("JSON.stringify of a static value: the JSON string, with positions of the keys inside", async () => {
    const text = `${AWS}new aws.ecs.TaskDefinition("t", {\n  family: "app",\n  containerDefinitions: JSON.stringify([\n    { name: "app", image: "nginx" },\n  ]),\n});\n`;
    const r = await only(text);
    expect(r.attributes.container_definitions).toBe('[{"name":"app","image":"nginx"}]');
    expect(at(r, "attributes", "container_definitions")).toEqual([4, 3, 6, 5]);
    expect(at(r, "attributes", "container_definitions", 0)).toEqual([5, 5, 5, 36]);
    expect(at(r, "attributes", "container_definitions", 0, "image")).toEqual([5, 20, 5, 34]);
  });

  it("JSON.stringify of a value with unknown parts: Unknown whose decoded value is the structure", async () => {
    const r = await only(`${AWS}declare const tag: string;\nnew aws.ecs.TaskDefinition("t", { containerDefinitions: JSON.stringify([{ image: "nginx:" + tag }]) });\n`);
    expect(r.attributes.container_definitions).toMatchObject({
      $unknown: 'JSON.stringify([{ image: "nginx:" + tag }])',
      decoded: [{ image: { $unknown: '"nginx:" + tag', decoded: "nginx:${tag}" } }],
    });
    expect(at(r, "attributes", "container_definitions", 0, "image")).toEqual([3, 75, 3, 96]);
  });

  it("Buffer.from(s).toString('base64'): Unknown, with the script as decoded text", async () => {
    const r = await only(`${AWS}const script = "#!/bin/sh\\napt-get install -y nginx";\nnew aws.ec2.LaunchTemplate("lt", { userData: Buffer.from(script).toString("base64") });\n`);
    expect(r.attributes.user_data).toEqual({
      $unknown: 'Buffer.from(script).toString("base64")',
      decoded: "#!/bin/sh\napt-get install -y nginx",
      reason: "base64 encoding",
    });
  });

  it("never turns an unknown into literal text: config, outputs, .apply, parameters, loop variables, calls", async () => {
    const text = [
      'import * as pulumi from "@pulumi/pulumi";',
      AWS,
      "const config = new pulumi.Config();",
      'const bucket = new aws.s3.Bucket("b");',
      "function make(param: string) {",
      '  for (const item of ["x"]) {',
      '    new aws.lambda.Function("f", {',
      '      imageUri: config.require("image"),',
      "      role: bucket.id,",
      "      handler: bucket.arn.apply((a) => a),",
      "      runtime: param,",
      "      description: item,",
      "      timeout: Date.now(),",
      "      layers: [bucket],",
      "    });",
      "  }",
      "}",
    ].join("\n");
    const r = await scanText(text);
    const f = byName(r, "f");
    expect(f.attributes).toEqual({
      image_uri: { $unknown: 'config.require("image")', reason: "configuration value" },
      role: { $unknown: "bucket.id", reason: "resource output", refs: ["b"] },
      handler: { $unknown: "bucket.arn.apply((a) => a)", reason: "output transformation (.apply)" },
      runtime: { $unknown: "param", reason: "function parameter", input: true },
      description: { $unknown: "item", reason: "loop variable" },
      timeout: { $unknown: "Date.now()", reason: "Date.now() gives a different value on every run", nondeterministic: "Date.now()" },
      layers: [{ $unknown: "bucket", reason: "object created with new (a resource: its outputs are not known statically)", refs: ["b"] }],
    });
    expect(f.repeated).toBe(true);
  });

  it("arguments that are not static at all read as Unknown at every path", async () => {
    const r = await only(`${AWS}declare const args: aws.s3.BucketArgs;\nnew aws.s3.Bucket("b", args);\n`);
    expect(isUnknown(r.attributes)).toBe(true);
    expect(r.attributes).toMatchObject({ $unknown: "args" });
    const spread = await only(`${AWS}declare const extra: object;\nnew aws.s3.Bucket("b", { ...extra, bucket: "x" });\n`);
    expect(isUnknown(spread.attributes)).toBe(true);
  });
});
