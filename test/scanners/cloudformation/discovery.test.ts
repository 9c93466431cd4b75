import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classify, createReader, discover, looksLikeCloudFormation, needsContent } from "../../../src/discover/index.js";
import { runScan } from "../../../src/pipeline.js";
import { scanUnits } from "../../../src/scanners/index.js";
import { scanDiscovered } from "../../support/units.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { fixtureText } from "./helpers.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const FIXTURES = "fixtures/scanners/cloudformation";

describe("classify by content", () => {
  it.each([
    ["stack.json", true],
    ["stack.yaml", true],
    ["stack.yml", true],
    ["stack.template", true],
    ["stack.tf.json", false],
    ["prod.tfvars.json", false],
    ["package.json", false],
    ["package-lock.json", false],
    ["tsconfig.build.json", false],
  ])("%s needs its content: %s", (path, expected) => {
    expect(needsContent(path)).toBe(expected);
  });

  it("classifies templates as cloudformation only with their text", () => {
    const template = fixtureText("app.yaml");
    expect(classify("app.yaml")).toBeNull();
    expect(classify("app.yaml", template)).toBe("cloudformation");
    expect(classify("app.json", fixtureText("app.json"))).toBe("cloudformation");
    expect(classify("x.template", '{"Resources": {"A": {"Type": "Custom::Thing"}}}')).toBe("cloudformation");
    expect(classify("x.yaml", "Resources:\n  Skill:\n    Type: Alexa::ASK::Skill\n")).toBe("cloudformation");
    expect(classify("package.json", template)).toBeNull();
    expect(classify("main.tf.json", "{}")).toBe("terraform-json");
  });

  it("sniffs claims, not structure", () => {
    expect(looksLikeCloudFormation("AWSTemplateFormatVersion: '2010-09-09'\n")).toBe(true);
    expect(looksLikeCloudFormation('{ "AWSTemplateFormatVersion" : "2010-09-09" }')).toBe(true);
    expect(looksLikeCloudFormation("Transform: AWS::Serverless-2016-10-31\nResources: {}\n")).toBe(true);
    expect(looksLikeCloudFormation("Resources:\n  A:\n    Type: 'AWS::S3::Bucket'\n")).toBe(true);
    // Indented Resources (serverless.yml `resources: Resources:`) and types of other tools are not claims.
    expect(looksLikeCloudFormation("resources:\n  Resources:\n    A:\n      Type: AWS::S3::Bucket\n")).toBe(false);
    expect(looksLikeCloudFormation("Resources:\n  A:\n    Type: Thing\n")).toBe(false);
    expect(looksLikeCloudFormation("kind: Deployment\nspec: {}\n")).toBe(false);
  });
});

describe("discovery of templates among other JSON and YAML", () => {
  it("keeps templates, drops other tools' files without reading errors, and scans them cleanly", async () => {
    const reader = createReader(REPO);
    const { files, diagnostics } = await discover([FIXTURES], { reader, cwd: REPO });
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.path.slice(FIXTURES.length + 1), f.kind])).toEqual([
      ["app.json", "cloudformation"],
      ["app.yaml", "cloudformation"],
      ["multi.yaml", "cloudformation"],
      ["sam.yaml", "cloudformation"],
    ]);
    for (const f of files) {
      const result = await scanDiscovered(reader, [f]);
      expect(result.diagnostics).toEqual([]);
      expect(result.resources.length).toBeGreaterThan(0);
      expect(result.resources.every((r) => r.file === f.path)).toBe(true);
    }
  });

  it("the non-template files (package.json, tsconfig, Kubernetes, workflow, compose, OpenAPI, random) are not scanned", async () => {
    const { files, diagnostics } = await discover([`${FIXTURES}/not-templates`], { reader: createReader(REPO), cwd: REPO });
    expect([files, diagnostics]).toEqual([[], []]);
    const outcome = await runScan(
      { paths: [`${FIXTURES}/not-templates`], root: REPO, cwd: REPO },
      {
        loadRules: async () => [],
        evaluate: () => [],
        diagnosticFinding: () => {
          throw new Error("no diagnostic expected");
        },
        scanUnits,
      },
    );
    expect([outcome.filesScanned, outcome.findings, outcome.diagnostics]).toEqual([0, [], []]);
  });

  it("the pipeline scans discovered templates from the text read during discovery", async () => {
    const seen: string[] = [];
    const outcome = await runScan(
      { paths: [FIXTURES], root: REPO, cwd: REPO },
      {
        loadRules: async () => [],
        evaluate: (resources) => {
          seen.push(...resources.map((r) => `${r.file.slice(FIXTURES.length + 1)} ${r.name}`));
          return [];
        },
        diagnosticFinding: () => {
          throw new Error("no diagnostic expected");
        },
        scanUnits,
      },
    );
    expect(outcome.filesScanned).toBe(4);
    expect(seen).toContain("multi.yaml Second");
    expect(seen).toContain("sam.yaml Api");
  });

  it("skips node_modules and lock files, and still reports a broken file that claims to be a template", async () => {
    const dir = await tempDir();
    await writeTree(dir, {
      "node_modules/pkg/template.yaml": fixtureText("app.yaml"),
      "package-lock.json": '{"Resources": {"A": {"Type": "AWS::S3::Bucket"}}}',
      "broken.yaml": "AWSTemplateFormatVersion: x\nResources:\n  A: [\n",
      "broken.json": '{"AWSTemplateFormatVersion": "x", "Resources": {',
      "cfn.template": fixtureText("app.json"),
      "values.yaml": "replicas: 3\n",
      "infra/main.tf": "",
    });
    const big = "AWSTemplateFormatVersion: x\n" + "# padding\n".repeat(600_000);
    await writeFile(join(dir, "huge.yaml"), big);
    await writeFile(join(dir, "big-data.json"), `[${'"x",'.repeat(1_400_000)}"x"]`);
    const reader = createReader(dir);
    const { files, diagnostics } = await discover(["."], { reader, cwd: dir });
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => `${f.path} ${f.kind}`)).toEqual([
      "broken.json cloudformation",
      "broken.yaml cloudformation",
      "cfn.template cloudformation",
      "huge.yaml cloudformation",
      "infra/main.tf terraform",
    ]);
    const huge = await scanDiscovered(reader, files.filter((f) => f.path === "huge.yaml"));
    expect(huge.diagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/5 MB limit/)]);
    for (const name of ["broken.yaml", "broken.json"]) {
      const result = await scanDiscovered(reader, files.filter((x) => x.path === name));
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ severity: "error" });
    }
  });

  it("reads an explicitly named candidate and drops it when it is not a template", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "a.yaml": "x: 1\n", "b.yml": "AWSTemplateFormatVersion: x\nResources: {}\n" });
    const { files } = await discover(["a.yaml", "b.yml"], { reader: createReader(dir), cwd: dir });
    expect(files.map((f) => f.path)).toEqual(["b.yml"]);
  });

  it.skipIf(process.getuid?.() === 0)("drops an unreadable candidate silently (not as root, which reads everything)", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "secret.yaml": "AWSTemplateFormatVersion: x\n" });
    await chmod(join(dir, "secret.yaml"), 0o000);
    const { files, diagnostics } = await discover(["."], { reader: createReader(dir), cwd: dir });
    expect([files, diagnostics]).toEqual([[], []]);
  });
});
