import { describe, expect, it } from "vitest";
import { at, AWS, byName, FIXTURES, only, scanFixture, scanText, span } from "./helpers.js";

describe("resource records", () => {
  it("range is the new expression, header its first line up to the `(`; name static or its text", async () => {
    const r = await scanText(`${AWS}const web = new aws.ec2.Instance(\n  "web",\n  { ami: "ami-1" },\n);\ndeclare const n: string;\nnew aws.s3.Bucket(n + "-b");\n`);
    const web = byName(r, "web");
    expect(span(web.range)).toEqual([2, 13, 5, 2]);
    expect(span(web.header)).toEqual([2, 13, 2, 34]);
    expect(web.format).toBe("pulumi");
    // A partly known name reads as its visible text.
    expect(r.resources[1]!.name).toBe("${n}-b");
  });

  it("options: values evaluated, each at its key in the options object, elements as children", async () => {
    const text = [
      AWS,
      'const other = new aws.s3.Bucket("other");',
      'new aws.ec2.Instance("vm", { userData: "x" }, {',
      '  ignoreChanges: ["tags", "userData"],',
      "  protect: true,",
      "  retainOnDelete: false,",
      "  deleteBeforeReplace: true,",
      '  replaceOnChanges: ["ami"],',
      "  dependsOn: [other],",
      "  parent: other,",
      '  aliases: [{ name: "old" }],',
      '  customTimeouts: { create: "30m" },',
      "});",
    ].join("\n");
    const vm = byName(await scanText(text), "vm");
    expect(vm.options).toEqual({
      ignoreChanges: ["tags", "userData"],
      protect: true,
      retainOnDelete: false,
      deleteBeforeReplace: true,
      replaceOnChanges: ["ami"],
      dependsOn: [{ $unknown: "other", reason: "object created with new (a resource: its outputs are not known statically)", refs: ["other"] }],
      parent: { $unknown: "other", reason: "object created with new (a resource: its outputs are not known statically)", refs: ["other"] },
      aliases: [{ name: "old" }],
      customTimeouts: { create: "30m" },
    });
    expect(at(vm, "options", "ignoreChanges")).toEqual([5, 3, 5, 38]);
    expect(at(vm, "options", "ignoreChanges", 1)).toEqual([5, 27, 5, 37]);
    expect(at(vm, "options", "deleteBeforeReplace")).toEqual([8, 3, 8, 28]);
    expect(at(vm, "options", "customTimeouts", "create")).toEqual([13, 21, 13, 34]);
  });

  it('ignoreChanges: ["*"] and options from a const', async () => {
    const vm = await only(`${AWS}const opts = { ignoreChanges: ["*"] };\nnew aws.ec2.Instance("vm", {}, opts);\n`);
    expect(vm.options).toEqual({ ignoreChanges: ["*"] });
    expect(at(vm, "options", "ignoreChanges")).toEqual([2, 16, 2, 36]);
  });

  it("bridged providers: snake_case keys, nested objects wrapped in a one-element list, arrays kept, maps verbatim", async () => {
    const text = [
      'import * as gcp from "@pulumi/gcp";',
      'new gcp.artifactregistry.Repository("r", {',
      '  format: "DOCKER",',
      "  dockerConfig: { immutableTags: true },",
      '  labels: { teamName: "shop", "cost-center": "x" },',
      "  cleanupPolicies: [{ id: \"keep\", mostRecentVersions: { keepCount: 5 } }],",
      "});",
    ].join("\n");
    const r = await only(text);
    expect(r.attributes).toEqual({
      format: "DOCKER",
      docker_config: [{ immutable_tags: true }],
      labels: { teamName: "shop", "cost-center": "x" },
      cleanup_policies: [{ id: "keep", most_recent_versions: [{ keep_count: 5 }] }],
    });
    expect(at(r, "attributes", "docker_config")).toEqual([4, 3, 4, 40]);
    expect(at(r, "attributes", "docker_config", 0)).toEqual([4, 17, 4, 40]);
    expect(at(r, "attributes", "docker_config", 0, "immutable_tags")).toEqual([4, 19, 4, 38]);
    expect(at(r, "attributes", "labels", "teamName")).toEqual([5, 13, 5, 29]);
    expect(at(r, "attributes", "cleanup_policies", 0)).toEqual([6, 21, 6, 73]);
    expect(at(r, "attributes", "cleanup_policies", 0, "most_recent_versions", 0, "keep_count")).toEqual([6, 57, 6, 69]);
  });

  it("userDataReplaceOnChange, Lambda environment block with a variables map, plural block names", async () => {
    const vm = await only(`${AWS}new aws.ec2.Instance("vm", { userData: "x", userDataReplaceOnChange: false, ebsBlockDevices: [{ deviceName: "/dev/sdb" }], tags: { Name: "vm" } });\n`);
    expect(vm.attributes).toEqual({
      user_data: "x",
      user_data_replace_on_change: false,
      ebs_block_device: [{ device_name: "/dev/sdb" }],
      tags: { Name: "vm" },
    });
    const fn = await only(`${AWS}new aws.lambda.Function("f", { environment: { variables: { LOG_LEVEL: "debug" } }, s3Key: "k" });\n`);
    expect(fn.attributes).toEqual({ environment: [{ variables: { LOG_LEVEL: "debug" } }], s3_key: "k" });
  });

  it("kubernetes, awsx and command arguments keep their keys and shapes", async () => {
    const r = await scanFixture("app/index.ts");
    const web = byName(r, "web");
    expect(web.attributes).toEqual({
      metadata: { labels: { app: "web" } },
      spec: { template: { spec: { containers: [{ name: "web", image: "nginx:1.4.2", securityContext: { readOnlyRootFilesystem: true } }] } } },
    });
    expect(at(web, "attributes", "spec", "template", "spec", "containers", 0, "image")).toEqual([41, 37, 41, 64]);
    expect(web.source.children!.attributes!.children!.spec!.children!.template!.children!.spec!.children!.containers!.children!["0"]!.children!.image!.origins).toBeUndefined();
    const awsx = await only('import * as awsx from "@pulumi/awsx";\nnew awsx.ecs.FargateService("svc", { taskDefinitionArgs: { container: { name: "app", image: "nginx" } } });\n');
    expect(awsx.attributes).toEqual({ taskDefinitionArgs: { container: { name: "app", image: "nginx" } } });
  });

  it("repeated: loops of every kind, .map/.forEach/.flatMap/.filter/.reduce callbacks, Array.from; not the loop header", async () => {
    const text = [
      AWS,
      'for (let i = 0; i < 2; i++) new aws.s3.Bucket("for");',
      'for (const x of ["a"]) new aws.s3.Bucket("forOf");',
      'for (const k in { a: 1 }) new aws.s3.Bucket("forIn");',
      'let n = 0; while (n++ < 2) { new aws.s3.Bucket("while"); }',
      'do { new aws.s3.Bucket("do"); } while (false);',
      '["a"].forEach((x) => new aws.s3.Bucket("forEach"));',
      '["a"].flatMap(function (x) { return [new aws.s3.Bucket("flatMap")]; });',
      '["a"].filter((x) => !!new aws.s3.Bucket("filter"));',
      '["a"].reduce((acc, x) => new aws.s3.Bucket("reduce"), null);',
      'Array.from({ length: 2 }, () => new aws.s3.Bucket("arrayFrom"));',
      'for (const b of [new aws.s3.Bucket("header")]) {}',
      'new aws.s3.Bucket("once");',
      'function helper() { return new aws.s3.Bucket("inFunction"); }',
    ].join("\n");
    const r = await scanText(text);
    expect(r.resources.map((x) => [x.name, x.repeated ?? false])).toEqual([
      ["for", true],
      ["forOf", true],
      ["forIn", true],
      ["while", true],
      ["do", true],
      ["forEach", true],
      ["flatMap", true],
      ["filter", true],
      ["reduce", true],
      ["arrayFrom", true],
      ["header", false],
      ["once", false],
      ["inFunction", false],
    ]);
  });

  it("resources inside a ComponentResource subclass, constructor parameters Unknown", async () => {
    const r = await scanFixture("app/components/web.ts");
    expect(r.diagnostics).toEqual([]);
    expect(r.resources).toHaveLength(1);
    const vm = r.resources[0]!;
    expect(vm.file).toBe(`${FIXTURES}/app/components/web.ts`);
    expect(vm.name).toBe("${name}-vm");
    expect(vm.attributes).toEqual({
      ami: { $unknown: "args.ami", reason: "function parameter", input: true },
      instance_type: { $unknown: "args.size", reason: "function parameter", input: true },
      key_name: "ops",
    });
    expect(vm.options).toEqual({ parent: { $unknown: "this", reason: "this" } });
    expect(span(vm.header)).toEqual([7, 5, 7, 26]);
  });

  it("a program that does not parse: an error at the syntax error, resources before it still found", async () => {
    const r = await scanFixture("broken/index.ts");
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ file: `${FIXTURES}/broken/index.ts`, severity: "error", range: { start: { line: 4, column: 52 } } });
    expect(r.diagnostics[0]!.message).toMatch(/^TypeScript syntax error: ',' expected \(TS1005\)/);
    expect(r.resources.map((x) => x.name)).toContain("ok");
  });
});
