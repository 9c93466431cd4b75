import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classify, createReader, discover, formUnits } from "../../../src/discover/index.js";
import { importsPulumi, isNodejsPulumiProject } from "../../../src/discover/sniff.js";
import { runScan } from "../../../src/pipeline.js";
import { scanUnits } from "../../../src/scanners/index.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { FIXTURES, REPO } from "./helpers.js";

describe("Pulumi detection", () => {
  it("sniffs imports of @pulumi packages, at the start of a statement only", () => {
    expect(importsPulumi('import * as aws from "@pulumi/aws";')).toBe(true);
    expect(importsPulumi("import {\n  s3,\n} from '@pulumi/aws';")).toBe(true);
    expect(importsPulumi('const aws = require("@pulumi/aws");')).toBe(true);
    expect(importsPulumi('export * from "@pulumi/aws";')).toBe(true);
    expect(importsPulumi('import "@pulumi/aws";')).toBe(true);
    expect(importsPulumi('const text = \'import * as aws from "@pulumi/aws"\';')).toBe(false);
    expect(importsPulumi('import * as x from "pulumi-like";')).toBe(false);
  });

  it("reads the runtime of Pulumi.yaml in its forms", () => {
    expect(isNodejsPulumiProject("name: a\nruntime: nodejs\n")).toBe(true);
    expect(isNodejsPulumiProject("runtime: { name: nodejs, options: { typescript: true } }\n")).toBe(true);
    expect(isNodejsPulumiProject("runtime:\n  name: nodejs\n")).toBe(true);
    expect(isNodejsPulumiProject("runtime: python\n")).toBe(false);
    expect(isNodejsPulumiProject("runtime:\n  name: go\n")).toBe(false);
  });

  it("classifies Pulumi.yaml by runtime and .ts files by their imports; never .d.ts", () => {
    expect(classify("x/Pulumi.yaml", "runtime: nodejs\n")).toBe("pulumi-project");
    expect(classify("x/Pulumi.yml", "runtime: nodejs\n")).toBe("pulumi-project");
    expect(classify("x/Pulumi.yaml", "runtime: python\n")).toBeNull();
    expect(classify("x/index.ts", 'import * as aws from "@pulumi/aws";\n')).toBe("pulumi");
    expect(classify("x/index.ts", "export const a = 1;\n")).toBeNull();
    expect(classify("x/types.d.ts", 'import * as aws from "@pulumi/aws";\n')).toBeNull();
  });

  it("a project's .ts files are scanned (not .d.ts, not node_modules); a lone .ts importing @pulumi too; others skipped", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, {
      "infra/Pulumi.yaml": "name: infra\nruntime: nodejs\n",
      "infra/package.json": "{}",
      "infra/index.ts": 'import * as aws from "@pulumi/aws";\nnew aws.s3.Bucket("b");\n',
      "infra/lib/helpers.ts": "export const x = 1;\n",
      "infra/types.d.ts": "declare const y: number;\n",
      "infra/node_modules/@pulumi/aws/index.ts": 'import * as aws from "@pulumi/aws";\n',
      "py/Pulumi.yaml": "name: py\nruntime: python\n",
      "py/helper.ts": "export const z = 1;\n",
      "scripts/deploy.ts": 'import { s3 } from "@pulumi/aws";\nnew s3.Bucket("lone");\n',
      "src/app.ts": "export const app = 1;\n",
    });
    const { files, diagnostics } = await discover(["."], { reader: createReader(dir), cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.path, f.kind])).toEqual([
      ["infra/Pulumi.yaml", "pulumi-project"],
      ["infra/index.ts", "pulumi"],
      ["infra/lib/helpers.ts", "pulumi"],
      ["scripts/deploy.ts", "pulumi"],
    ]);
    // Named explicitly (pre-commit passes staged files): the same answers, and the named
    // program brings in the rest of its project (its unit) without naming it.
    const named = await discover(["infra/lib/helpers.ts", "src/app.ts", "infra/types.d.ts"], { reader: createReader(dir), cwd: dir });
    expect(named.files.map((f) => [f.path, f.named])).toEqual([
      ["infra/Pulumi.yaml", false],
      ["infra/index.ts", false],
      ["infra/lib/helpers.ts", true],
    ]);
    // A package.json or lock file of a project stands for the project, and scopes the report to
    // the whole unit, package.json included (where the project's own findings are).
    const plan = formUnits((await discover(["infra/package.json"], { reader: createReader(dir), cwd: dir })).files, createReader(dir));
    expect([...(plan.scope ?? [])].filter((p) => !/lock|yarn|shrinkwrap/.test(p)).sort()).toEqual(["infra/Pulumi.yaml", "infra/index.ts", "infra/lib/helpers.ts", "infra/package.json"]);
    const stand = await discover(["infra/package.json"], { reader: createReader(dir), cwd: dir });
    expect(stand.files.map((f) => [f.path, f.named, f.bringsUnit ?? false])).toEqual([
      ["infra/Pulumi.yaml", true, true],
      ["infra/index.ts", false, false],
      ["infra/lib/helpers.ts", false, false],
    ]);
  });

  it("scans the fixture projects end to end through the pipeline", async () => {
    const deps = {
      loadRules: async () => [],
      evaluate: () => [],
      diagnosticFinding: () => {
        throw new Error("unused");
      },
      scanUnits,
    };
    const resources: string[] = [];
    const outcome = await runScan(
      { paths: [`${FIXTURES}/lone`, `${FIXTURES}/nolock`, `${FIXTURES}/python`], root: REPO, cwd: REPO },
      {
        ...deps,
        evaluate: (rs) => {
          resources.push(...rs.map((r) => `${r.file} ${r.kind} ${r.canonicalType} ${r.name}`));
          return [];
        },
      },
    );
    expect(outcome.filesScanned).toBe(4);
    expect(resources).toEqual([
      `${FIXTURES}/lone/stack.ts resource docker_container web`,
      `${FIXTURES}/nolock/package.json project pulumi:project nolock`,
      `${FIXTURES}/nolock/index.ts resource google_artifact_registry_repository images`,
    ]);
  });

  it("Pulumi.yaml is never taken for a CloudFormation template", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "Pulumi.yaml"), "name: x\nruntime: nodejs\nresources:\n  Resources:\n    Type: AWS::S3::Bucket\n");
    const { files } = await discover(["."], { reader: createReader(dir), cwd: dir });
    expect(files.map((f) => f.kind)).toEqual(["pulumi-project"]);
  });
});
