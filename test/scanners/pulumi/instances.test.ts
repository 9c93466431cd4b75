import { describe, expect, it } from "vitest";
import type { Origin, Resource, ScanResult, SourceNode } from "../../../src/model/resource.js";
import { MAX_FOLLOWED_CALLS } from "../../../src/scanners/pulumi/instances.js";
import { at, AWS, FIXTURES, scanFiles, scanFixture, scanText, span } from "./helpers.js";

const PULUMI = 'import * as pulumi from "@pulumi/pulumi";\n';
const PROJECT = { "Pulumi.yaml": "name: p\nruntime: nodejs\n", "package.json": "{}" };

/** Every record of that name (standalone and instances share files and positions, not names). */
function named(r: ScanResult, name: string): Resource[] {
  return r.resources.filter((x) => x.name === name);
}

function one(r: ScanResult, name: string): Resource {
  const found = named(r, name);
  if (found.length !== 1) throw new Error(`${found.length} records named ${name}; have ${r.resources.map((x) => x.name).join(", ")}`);
  return found[0]!;
}

/** The source node at a path of a record. */
function node(resource: Resource, ...path: (string | number)[]): SourceNode | undefined {
  let n: SourceNode | undefined = resource.source;
  for (const p of path) n = n?.children?.[String(p)];
  return n;
}

function origins(resource: Resource, ...path: (string | number)[]): Origin[] | undefined {
  return node(resource, ...path)?.origins;
}

const WEB = [
  PULUMI,
  AWS,
  "export class WebService extends pulumi.ComponentResource {",
  "  constructor(name: string, args: { image: string; port?: number }, opts?: pulumi.ComponentResourceOptions) {",
  '    super("acme:web:WebService", name, {}, opts);',
  "    new aws.ecs.TaskDefinition(`${name}-task`, {",
  "      family: name,",
  '      containerDefinitions: JSON.stringify([{ name: "app", image: args.image, portMappings: [{ containerPort: args.port ?? 80 }] }]),',
  '    }, { parent: this, ignoreChanges: ["*"] });',
  "  }",
  "}",
].join("\n");

describe("arguments flow into the program's own components", () => {
  it("each call gives an instance record at the component's positions, values from its arguments, origins at the call", async () => {
    const r = await scanFiles({
      ...PROJECT,
      "components/web.ts": WEB,
      "index.ts": 'import { WebService } from "./components/web";\n\nnew WebService("web", { image: "httpd:latest" });\nnew WebService("api", { image: "nginx@sha256:abc", port: 8080 });\n',
    });
    expect(r.diagnostics).toEqual([]);
    // the standalone record stays, parameters unknown
    const standalone = one(r, "${name}-task");
    expect(standalone.scopes).toBeUndefined();
    expect(standalone.attributes.family).toEqual({ $unknown: "name", reason: "function parameter", input: true });

    const web = one(r, "web-task");
    const api = one(r, "api-task");
    for (const x of [web, api]) {
      expect(x.file).toBe("components/web.ts");
      expect(x.range).toEqual(standalone.range);
      expect(x.header).toEqual(standalone.header);
    }
    expect(web.scopes).toEqual(["web-task", "${name}-task"]);
    expect(web.attributes.family).toBe("web");
    expect(web.attributes.container_definitions).toBe('[{"name":"app","image":"httpd:latest","portMappings":[{"containerPort":80}]}]');
    expect(api.attributes.container_definitions).toBe('[{"name":"app","image":"nginx@sha256:abc","portMappings":[{"containerPort":8080}]}]');

    // the image sits at the component's attribute; where it comes from is the call's argument
    expect(at(web, "attributes", "container_definitions", 0, "image")).toEqual(at(standalone, "attributes", "container_definitions", 0, "image"));
    expect(span(node(web, "attributes", "container_definitions", 0, "image")!.range)).toEqual([10, 60, 10, 77]);
    expect(origins(web, "attributes", "container_definitions", 0, "image")).toEqual([
      {
        kind: "call-argument",
        file: "index.ts",
        range: { start: { line: 3, column: 25 }, end: { line: 3, column: 46 } },
        message: 'argument image of new WebService("web")',
        depth: 0,
        call: 'new WebService("web")',
      },
    ]);
    expect(origins(api, "attributes", "container_definitions", 0, "portMappings", 0, "containerPort")).toMatchObject([{ message: 'argument port of new WebService("api")', range: { start: { line: 4, column: 52 } } }]);
    // a default of the component's own code depends on no argument
    expect(origins(web, "attributes", "container_definitions", 0, "portMappings", 0, "containerPort")).toBeUndefined();
    expect(origins(web, "attributes", "family")).toMatchObject([{ message: 'argument name of new WebService("web")' }]);
  });

  it("an argument that is itself a const of another file keeps that origin after the call's", async () => {
    const r = await scanFiles({
      ...PROJECT,
      "components/web.ts": WEB,
      "settings.ts": 'export const IMAGE = "httpd:latest";\n',
      "index.ts": 'import { WebService } from "./components/web";\nimport { IMAGE } from "./settings";\nnew WebService("web", { image: IMAGE });\n',
    });
    const web = one(r, "web-task");
    expect(origins(web, "attributes", "container_definitions", 0, "image")!.map((o) => [o.kind, o.file, o.range.start.line, o.message])).toEqual([
      ["call-argument", "index.ts", 3, 'argument image of new WebService("web")'],
      ["const", "settings.ts", 1, "const IMAGE"],
    ]);
  });

  it('options written in the component ("ignoreChanges") are the same for every call and name no argument', async () => {
    const r = await scanFiles({
      ...PROJECT,
      "components/web.ts": WEB,
      "index.ts": 'import { WebService } from "./components/web";\nnew WebService("a", { image: "x" });\nnew WebService("b", { image: "y" });\n',
    });
    const records = r.resources.filter((x) => x.type === "aws:ecs/taskDefinition:TaskDefinition");
    expect(records.map((x) => x.name)).toEqual(["${name}-task", "a-task", "b-task"]);
    for (const x of records) {
      expect(x.options.ignoreChanges).toEqual(["*"]);
      expect(at(x, "options", "ignoreChanges")).toEqual([11, 24, 11, 44]);
      expect(origins(x, "options", "ignoreChanges")).toBeUndefined();
      expect(origins(x, "options", "ignoreChanges", 0)).toBeUndefined();
      // the scope a finding that depends on no argument is named by: the standalone record's name
      expect(x.scopes?.at(-1) ?? x.name).toBe("${name}-task");
    }
  });

  it("the fixture project: the component imported by index.ts, its Unknown argument stays Unknown with the call as origin", async () => {
    const r = await scanFixture("app/index.ts");
    const vm = one(r, "web-vm");
    expect(vm.file).toBe(`${FIXTURES}/app/components/web.ts`);
    expect(vm.attributes.instance_type).toBe("t3.micro");
    expect(vm.attributes.ami).toMatchObject({ $unknown: 'config.require("ami")', reason: "configuration value" });
    expect(origins(vm, "attributes", "ami")).toMatchObject([{ kind: "call-argument", file: `${FIXTURES}/app/index.ts`, range: { start: { line: 55, column: 24 } }, depth: 0 }]);
  });

  it("a function: declaration, arrow and function expression consts, positional and destructured parameters with defaults", async () => {
    const text = [
      AWS,
      "function byDeclaration(name: string, image: string, size = 256) {",
      "  new aws.lambda.Function(name, { imageUri: image, memorySize: size });",
      "}",
      "const byArrow = ({ name, image = 'default:1', tags: { team } = { team: 'none' } }: any) => new aws.lambda.Function(name, { imageUri: image, tags: { team } });",
      "const byExpression = function (name: string, ...layers: string[]) { new aws.lambda.Function(name, { layers }); };",
      'byDeclaration("a", "nginx:latest");',
      'byDeclaration("b", "redis", 512);',
      'byArrow({ name: "c", tags: { team: "web" } });',
      'byArrow({ name: "d", image: "x:2" });',
      'byExpression("e", "l1", "l2");',
    ].join("\n");
    const r = await scanText(text);
    expect(r.diagnostics).toEqual([]);
    expect(one(r, "a").attributes).toEqual({ image_uri: "nginx:latest", memory_size: 256 });
    expect(one(r, "b").attributes).toEqual({ image_uri: "redis", memory_size: 512 });
    expect(one(r, "c").attributes).toEqual({ image_uri: "default:1", tags: { team: "web" } });
    expect(one(r, "d").attributes).toEqual({ image_uri: "x:2", tags: { team: "none" } });
    expect(one(r, "e").attributes).toEqual({ layers: ["l1", "l2"] });
    expect(origins(one(r, "a"), "attributes", "image_uri")).toMatchObject([{ message: 'argument image of byDeclaration("a")', call: 'byDeclaration("a")', range: { start: { line: 8, column: 20 } } }]);
    expect(origins(one(r, "a"), "attributes", "memory_size")).toBeUndefined();
    expect(origins(one(r, "c"), "attributes", "tags", "team")).toMatchObject([{ message: "argument tags.team of byArrow(...)", call: "byArrow(...)" }]);
    expect(origins(one(r, "e"), "attributes", "layers", 1)).toMatchObject([{ message: 'argument layers[1] of byExpression("e")' }]);
    expect(one(r, "a").scopes).toEqual(["a", "name"]);
  });

  it("follows calls into helpers recursively: depth per caller, names seen from each caller", async () => {
    const text = [
      PULUMI,
      AWS,
      "function task(family: string, image: string) {",
      "  return new aws.ecs.TaskDefinition(`${family}-td`, { family, containerDefinitions: JSON.stringify([{ name: family, image }]) });",
      "}",
      "class Service extends pulumi.ComponentResource {",
      "  constructor(name: string, args: { image: string }) {",
      '    super("acme:svc:Service", name, {});',
      "    task(`${name}-main`, args.image);",
      '    task(`${name}-sidecar`, "envoy:latest");',
      "  }",
      "}",
      'new Service("shop", { image: "shop:latest" });',
    ].join("\n");
    const r = await scanText(text);
    const main = one(r, "shop-main-td");
    // Seen from the outer helper, the family is partly known there: `${name}-main`.
    expect(main.scopes).toEqual(["shop-main-td", "${name}-main-td", "${family}-td"]);
    const image = origins(main, "attributes", "container_definitions", 0, "image")!;
    expect(image.map((o) => [o.depth, o.call, o.file, o.range.start.line])).toEqual([
      [1, "task(\"shop-main\")", "prog/index.ts", 11],
      [0, 'new Service("shop")', "prog/index.ts", 15],
    ]);
    // the sidecar's image depends only on the call inside the component (depth 1), the same for every Service
    const sidecar = one(r, "shop-sidecar-td");
    expect(origins(sidecar, "attributes", "container_definitions", 0, "image")!.map((o) => o.depth)).toEqual([1]);
    // the standalone record of task, the standalone walk of Service's body does not follow its calls
    expect(named(r, "${family}-td")).toHaveLength(1);
    expect(r.resources.map((x) => x.name)).toEqual(["${family}-td", "shop-main-td", "shop-sidecar-td"]);
  });

  it("calls made only inside a followed function are followed through it; calls in an uncalled entry point from the top", async () => {
    const text = [
      AWS,
      "function bucket(name: string) { new aws.s3.Bucket(name); }",
      'function pair(prefix: string) { bucket(prefix + "-a"); bucket(prefix + "-b"); }',
      'pair("x");',
      'export = async () => { bucket("entry"); };',
    ].join("\n");
    const r = await scanText(text);
    expect(r.resources.map((x) => [x.name, x.scopes])).toEqual([
      ["name", undefined],
      ["x-a", ["x-a", "${prefix}-a", "name"]],
      ["x-b", ["x-b", "${prefix}-b", "name"]],
      ["entry", ["entry", "name"]],
    ]);
  });

  it("never into a function already being followed, never deeper than the limit; a call in a loop repeats its resources", async () => {
    const text = [
      AWS,
      "function again(n: number): void { new aws.s3.Bucket(`b${n}`); again(n + 1); }",
      "again(1);",
      'for (const env of ["dev", "prod"]) make(env);',
      "function make(env: string) { new aws.sqs.Queue(env); }",
    ].join("\n");
    const r = await scanText(text);
    expect(r.resources.map((x) => [x.name, x.repeated ?? false, x.scopes])).toEqual([
      ["b${n}", false, undefined],
      ["env", false, undefined],
      ["b1", false, ["b1", "b${n}"]],
      ["env", true, ["env", "env"]],
    ]);
  });

  it("follows eight calls deep, not nine", async () => {
    const chain = (levels: number): string => {
      const lines = [AWS];
      for (let i = 0; i < levels; i++) {
        const body = i === levels - 1 ? "new aws.lambda.Function(name, { imageUri: image });" : `f${i + 1}(\`\${name}-${i}\`, image);`;
        lines.push(`function f${i}(name: string, image: string) { ${body} }`);
      }
      lines.push('f0("root", "img:latest");');
      return lines.join("\n");
    };
    const eight = await scanText(chain(8));
    const deepest = eight.resources.find((x) => x.scopes)!;
    expect(deepest.name).toBe("root-0-1-2-3-4-5-6");
    expect(deepest.scopes).toHaveLength(9);
    expect(deepest.attributes.image_uri).toBe("img:latest");
    expect(origins(deepest, "attributes", "image_uri")!.map((o) => o.depth)).toEqual([7, 6, 5, 4, 3, 2, 1, 0]);
    const nine = await scanText(chain(9));
    expect(nine.resources.filter((x) => x.scopes)).toEqual([]);
    expect(nine.diagnostics).toEqual([]);
  });

  it("super(...) into a base class of the program, a subclass without a constructor, this.method(...)", async () => {
    const text = [
      PULUMI,
      AWS,
      "class Base extends pulumi.ComponentResource {",
      "  constructor(name: string, size: string) {",
      '    super("acme:x:Base", name, {});',
      "    new aws.ec2.Instance(`${name}-vm`, { instanceType: size });",
      "    this.disk(name, 20);",
      "  }",
      "  private disk(name: string, gb: number) { new aws.ebs.Volume(`${name}-disk`, { size: gb }); }",
      "}",
      'class Big extends Base { constructor(name: string) { super(name, "m5.large"); } }',
      "class Same extends Base {}",
      'new Big("big");',
      'new Same("same", "t3.nano");',
    ].join("\n");
    const r = await scanText(text);
    expect(r.diagnostics).toEqual([]);
    expect(one(r, "big-vm").attributes).toEqual({ instance_type: "m5.large" });
    expect(origins(one(r, "big-vm"), "attributes", "instance_type")).toMatchObject([{ call: "super(\"big\")", depth: 1 }]);
    expect(one(r, "same-vm").attributes).toEqual({ instance_type: "t3.nano" });
    expect(one(r, "same-disk").attributes).toEqual({ size: 20 });
    expect(one(r, "big-disk").scopes).toEqual(["big-disk", "${name}-disk", "${name}-disk", "${name}-disk"]);
  });

  it("classes and functions imported by name, by namespace and as default from other files of the project", async () => {
    const r = await scanFiles({
      ...PROJECT,
      "lib/index.ts": `${AWS}export function queue(name: string) { return new aws.sqs.Queue(name, { delaySeconds: 5 }); }\nexport default class Topic { constructor(name: string) { new aws.sns.Topic(name); } }\n`,
      "index.ts": 'import * as lib from "./lib";\nimport Topic, { queue as q } from "./lib/index";\nlib.queue("by-namespace");\nq("by-name");\nnew Topic("by-default");\n',
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.resources.filter((x) => x.scopes).map((x) => [x.name, x.file])).toEqual([
      ["by-namespace", "lib/index.ts"],
      ["by-name", "lib/index.ts"],
      ["by-default", "lib/index.ts"],
    ]);
    expect(origins(one(r, "by-name"), "attributes")).toBeUndefined();
    expect(one(r, "by-name").attributes).toEqual({ delay_seconds: 5 });
  });

  it(`stops following after ${MAX_FOLLOWED_CALLS} calls in a unit, with a warning at the first call not followed`, async () => {
    const fan = (from: string, to: string): string => `function ${from}(n: string) { ${Array.from({ length: 10 }, (_, i) => `${to}(n + "${i}");`).join(" ")} }`;
    const text = [AWS, fan("a", "b"), fan("b", "c"), fan("c", "d"), fan("d", "e"), 'function e(n: string) { new aws.s3.Bucket(n); }', 'a("x");'].join("\n");
    const r = await scanText(text);
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ severity: "warning", message: expect.stringContaining(`more than ${MAX_FOLLOWED_CALLS} calls`) });
    expect(r.resources.length).toBeLessThanOrEqual(MAX_FOLLOWED_CALLS + 1);
  });
});
