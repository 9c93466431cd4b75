import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createReader } from "../../../src/discover/index.js";
import { scanPulumiUnit } from "../../../src/scanners/pulumi/index.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { at, FIXTURES, scanProjectFixture, span } from "./helpers.js";

describe("the project record", () => {
  it("reads Pulumi.yaml and the package.json beside it, with dependency positions and lock files", async () => {
    const r = await scanProjectFixture("app/Pulumi.yaml");
    expect(r.diagnostics).toEqual([]);
    expect(r.resources).toHaveLength(1);
    const p = r.resources[0]!;
    expect(p).toMatchObject({ format: "pulumi", kind: "project", type: "pulumi:project", canonicalType: "pulumi:project", name: "shop-app", file: `${FIXTURES}/app/package.json` });
    expect(span(p.header)).toEqual([1, 1, 1, 2]);
    expect(span(p.range)).toEqual([1, 1, 1, 2]);
    expect(p.attributes).toEqual({
      name: "shop-app",
      runtime: "nodejs",
      dependencies: { "@pulumi/aws": "^6.0.0", "@pulumi/pulumi": "*", "@pulumi/kubernetes": "4.18.0" },
      devDependencies: { "@types/node": "^20" },
      lockFiles: ["package-lock.json"],
      pulumiYaml: `${FIXTURES}/app/Pulumi.yaml`,
    });
    expect(at(p, "attributes", "dependencies", "@pulumi/aws")).toEqual([5, 5, 5, 28]);
    expect(at(p, "attributes", "dependencies", "@pulumi/pulumi")).toEqual([6, 5, 6, 26]);
    expect(at(p, "attributes", "devDependencies", "@types/node")).toEqual([10, 5, 10, 25]);
  });

  it("runtime in its object form; no lock file → an empty list", async () => {
    const r = await scanProjectFixture("nolock/Pulumi.yaml");
    expect(r.resources[0]!.attributes).toMatchObject({ name: "nolock", runtime: "nodejs", lockFiles: [], dependencies: { "@pulumi/gcp": "latest" }, devDependencies: {} });
    expect(at(r.resources[0]!, "attributes", "dependencies", "@pulumi/gcp")).toEqual([1, 21, 1, 44]);
  });

  it("a missing package.json: a warning on Pulumi.yaml, the record stays in Pulumi.yaml", async () => {
    const r = await scanProjectFixture("broken/Pulumi.yaml");
    expect(r.resources[0]).toMatchObject({ file: `${FIXTURES}/broken/Pulumi.yaml`, name: "broken" });
    expect(span(r.resources[0]!.header)).toEqual([1, 1, 1, 13]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: `${FIXTURES}/broken/Pulumi.yaml`, severity: "warning", message: expect.stringMatching(/no package\.json beside/) })]);
  });

  it("an unparsable package.json: an error on package.json at the problem; other lock files are found", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "svc/Pulumi.yaml": "name: p\nruntime: nodejs\n", "svc/package.json": '{\n  "dependencies": {\n    "@pulumi/aws": \n  }\n}\n', "svc/yarn.lock": "", "svc/pnpm-lock.yaml": "" });
    const project = { path: "svc/Pulumi.yaml", absolutePath: join(dir, "svc/Pulumi.yaml") };
    const r = await scanPulumiUnit({ kind: "pulumi", dir: "svc", absoluteDir: join(dir, "svc"), project, files: [] }, createReader(dir));
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: "svc/package.json", severity: "error", range: expect.objectContaining({ start: { line: 4, column: 3 } }) })]);
    expect(r.resources[0]).toMatchObject({ file: "svc/package.json", attributes: { lockFiles: ["yarn.lock", "pnpm-lock.yaml"], dependencies: {} } });
  });
});
