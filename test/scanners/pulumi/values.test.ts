import { describe, expect, it } from "vitest";
import type { Resource, SourceNode } from "../../../src/model/resource.js";
import { isUnknown } from "../../../src/model/value.js";
import { at, AWS, byName, only, scanFiles, scanText } from "./helpers.js";

const PULUMI = 'import * as pulumi from "@pulumi/pulumi";\n';

function node(resource: Resource, ...path: (string | number)[]): SourceNode | undefined {
  let n: SourceNode | undefined = resource.source;
  for (const p of path) n = n?.children?.[String(p)];
  return n;
}

describe("Pulumi's output helpers keep what is known", () => {
  it("pulumi.jsonStringify with an output inside: Unknown decoding to the structure, the image known and located", async () => {
    const text = [
      PULUMI,
      AWS,
      'const logs = new aws.cloudwatch.LogGroup("logs");',
      'new aws.ecs.TaskDefinition("t", {',
      '  containerDefinitions: pulumi.jsonStringify([{ name: "app", image: "nginx:latest", logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": logs.name } } }]),',
      "});",
    ].join("\n");
    const r = byName(await scanText(text), "t");
    const defs = r.attributes.container_definitions;
    expect(isUnknown(defs)).toBe(true);
    expect(defs).toMatchObject({
      reason: "JSON of a value with unknown parts",
      decoded: [{ name: "app", image: "nginx:latest", logConfiguration: { logDriver: "awslogs", options: { "awslogs-group": { $unknown: "logs.name", reason: "resource output" } } } }],
    });
    expect(at(r, "attributes", "container_definitions", 0, "image")).toEqual([7, 62, 7, 83]);
  });

  it("pulumi.jsonStringify of a fully known value is the JSON text (indent too), like JSON.stringify", async () => {
    const r = await only(`${PULUMI}${AWS}new aws.ecs.TaskDefinition("t", { containerDefinitions: pulumi.jsonStringify([{ image: "redis" }], undefined, 2) });\n`);
    expect(r.attributes.container_definitions).toBe('[\n  {\n    "image": "redis"\n  }\n]');
    expect(at(r, "attributes", "container_definitions", 0, "image")).toEqual([3, 81, 3, 95]);
  });

  it("pulumi.output(x), pulumi.secret(x), pulumi.Output.create(x) are x; unknown stays unknown", async () => {
    const r = await only(
      `${PULUMI}${AWS}declare const tag: string;\nnew aws.lambda.Function("f", { imageUri: pulumi.output("app:latest"), handler: pulumi.secret("index.main"), role: pulumi.Output.create({ a: 1 }) as any, runtime: pulumi.output(tag) });\n`,
    );
    expect(r.attributes.image_uri).toBe("app:latest");
    expect(r.attributes.handler).toBe("index.main");
    expect(r.attributes.role).toEqual([{ a: 1 }]);
    expect(r.attributes.runtime).toMatchObject({ $unknown: "tag" });
    expect(at(r, "attributes", "image_uri")).toEqual([4, 32, 4, 69]);
  });

  it("pulumi.all of an array or object: the evaluated members, outputs among them Unknown; .apply stays Unknown", async () => {
    const text = [
      PULUMI,
      'import * as k8s from "@pulumi/kubernetes";',
      'const repo = new k8s.core.v1.Namespace("ns");',
      'new k8s.core.v1.ConfigMap("cm", { data: pulumi.all({ image: "nginx:latest", ns: repo.metadata.name }) as any, binaryData: pulumi.all([1, "x"]) as any, immutable: pulumi.all([repo.id]).apply(([id]) => !!id) });',
    ].join("\n");
    const r = byName(await scanText(text), "cm");
    expect(r.attributes.data).toEqual({ image: "nginx:latest", ns: { $unknown: "repo.metadata.name", reason: "resource output", refs: ["ns"] } });
    expect(r.attributes.binaryData).toEqual([1, "x"]);
    expect(r.attributes.immutable).toMatchObject({ reason: "output transformation (.apply)" });
    expect(at(r, "attributes", "data", "image")).toEqual([5, 54, 5, 75]);
  });

  it("a local `pulumi` is not the SDK: it is the program's own code, evaluated as such", async () => {
    const r = await only(`${AWS}const pulumi = { output: (x: string) => x + "!", secret: (x: string) => { console.log(x); if (x) return x; } };\nnew aws.lambda.Function("f", { imageUri: pulumi.output("a"), handler: pulumi.secret("b") });\n`);
    expect(r.attributes.image_uri).toBe("a!");
    expect(r.attributes.handler).toMatchObject({ $unknown: 'pulumi.secret("b")', reason: "result of a function call" });
  });
});

describe("destructuring", () => {
  it("defaults, nested patterns, rests and array patterns of static values", async () => {
    const prelude = [
      'const settings = { image: "nginx", nested: { port: 80 }, extra: 1, more: 2 };',
      "const { image, tag = \"1.0\", nested: { port }, ...others } = settings;",
      'const [first, , third = "t", ...tail] = ["a", "b"];\nconst [, ...rest] = ["x", "d", "e"];',
    ].join("\n");
    const r = await only(`import * as k8s from "@pulumi/kubernetes";\n${prelude}\nnew k8s.core.v1.ConfigMap("cm", { data: { image, tag, port, others, first, third, tail, rest } as any });\n`);
    expect(r.attributes.data).toEqual({ image: "nginx", tag: "1.0", port: 80, others: { extra: 1, more: 2 }, first: "a", third: "t", tail: [], rest: ["d", "e"] });
  });

  it("destructuring a value not known statically is Unknown (never a guess)", async () => {
    const r = await only(`import * as k8s from "@pulumi/kubernetes";\ndeclare const cfg: any;\nconst { image = "fallback" } = cfg;\nnew k8s.core.v1.ConfigMap("cm", { data: { image } });\n`);
    expect((r.attributes.data as Record<string, unknown>).image).toMatchObject({ $unknown: "image" });
  });
});

describe("helper functions that return a value are evaluated at their call", () => {
  it("an arrow returning an object built from its parameters: the value at the helper's literal, the argument as origin", async () => {
    const text = [
      AWS,
      "const taskArgs = (image: string, family = \"app\") => ({",
      "  family,",
      "  containerDefinitions: JSON.stringify([{ name: family, image }]),",
      "});",
      'const args = taskArgs("nginx:latest");',
      'new aws.ecs.TaskDefinition("t", args);',
    ].join("\n");
    const r = byName(await scanText(text), "t");
    expect(r.scopes).toBeUndefined();
    expect(r.attributes).toEqual({ family: "app", container_definitions: '[{"name":"app","image":"nginx:latest"}]' });
    expect(at(r, "attributes", "container_definitions", 0, "image")).toEqual([5, 57, 5, 62]);
    expect(node(r, "attributes", "container_definitions", 0, "image")!.origins).toEqual([
      {
        kind: "call-argument",
        file: "prog/index.ts",
        range: { start: { line: 7, column: 23 }, end: { line: 7, column: 37 } },
        message: 'argument image of taskArgs("nginx:latest")',
        depth: 0,
        call: 'taskArgs("nginx:latest")',
      },
    ]);
    expect(node(r, "attributes", "family")!.origins).toBeUndefined();
  });

  it("function declarations with consts before one return; templates of parameters; not bodies with control flow or async", async () => {
    const text = [
      'import * as k8s from "@pulumi/kubernetes";',
      "function image(name: string, tag: string) {",
      '  const registry = "registry.example.com";',
      "  return `${registry}/${name}:${tag}`;",
      "}",
      "function branchy(x: string) { if (x) { return x; } return \"none\"; }",
      "async function later(x: string) { return x; }",
      'new k8s.core.v1.ConfigMap("cm", { data: { image: image("web", "1.2"), branchy: branchy("a"), later: later("b") as any } });',
    ].join("\n");
    const r = byName(await scanText(text), "cm");
    const data = r.attributes.data as Record<string, unknown>;
    expect(data.image).toBe("registry.example.com/web:1.2");
    expect(data.branchy).toMatchObject({ $unknown: 'branchy("a")', reason: "result of a function call" });
    expect(data.later).toMatchObject({ $unknown: 'later("b")', reason: "result of a function call" });
  });

  it("a helper in another file: the value at the call, each part naming the helper's file and the argument", async () => {
    const r = await scanFiles({
      "Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "package.json": "{}",
      "lib/args.ts": 'export function bucketArgs(name: string) {\n  return { bucket: name, acl: "public-read" };\n}\n',
      "index.ts": `${AWS}import { bucketArgs } from "./lib/args";\nnew aws.s3.Bucket("b", bucketArgs("data"));\n`,
    });
    const b = byName(r, "b");
    expect(b.attributes).toEqual({ bucket: "data", acl: "public-read" });
    expect(at(b, "attributes", "acl")).toEqual([3, 24, 3, 42]);
    expect(node(b, "attributes", "acl")!.origins).toEqual([
      { file: "lib/args.ts", range: { start: { line: 2, column: 26 }, end: { line: 2, column: 44 } }, message: 'returned by bucketArgs("data") (lib/args.ts)', kind: "return-value" },
    ]);
    expect(node(b, "attributes", "bucket")!.origins!.map((o) => o.kind)).toEqual(["return-value", "call-argument"]);
  });

  it("recursion is not followed", async () => {
    const r = await only(`${AWS}function f(n: number): any { return f(n + 1); }\nnew aws.s3.Bucket("b", { bucket: f(1) });\n`);
    expect(r.attributes.bucket).toMatchObject({ $unknown: "f(n + 1)", reason: "result of a recursive or deeply nested call" });
  });
});
