/**
 * The scanner reads only through the run's reader and keeps nothing between units: imports,
 * package.json, lock files and installed SDK enums obey the reader's root (symbolic links
 * included), and every file of a unit is parsed once.
 */
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createReader, type PulumiUnit } from "../../../src/discover/index.js";
import { scanPulumiUnit } from "../../../src/scanners/pulumi/index.js";
import { ProgramFiles, typescript } from "../../../src/scanners/pulumi/load.js";
import { countingReader } from "../../support/reader.js";
import { tempDir, writeTree } from "../../support/tmp.js";
import { AWS, byName, memoryReader, scanFolder } from "./helpers.js";

function unit(root: string, dir: string, files: string[], project = true): PulumiUnit {
  return {
    kind: "pulumi",
    dir,
    absoluteDir: join(root, dir),
    ...(project ? { project: { path: `${dir}/Pulumi.yaml`, absolutePath: join(root, dir, "Pulumi.yaml") } } : {}),
    files: files.map((f) => ({ path: `${dir}/${f}`, absolutePath: join(root, dir, f) })),
  };
}

describe("Pulumi reads go through the reader", () => {
  it("nothing is kept between runs: a changed imported file is read again", async () => {
    const root = await tempDir();
    await writeTree(root, {
      "app/Pulumi.yaml": "name: app\nruntime: nodejs\n",
      "app/package.json": "{}",
      "app/index.ts": `${AWS}import { MUTABILITY } from "./settings";\nnew aws.ecr.Repository("r", { imageTagMutability: MUTABILITY });\n`,
      "app/settings.ts": 'export const MUTABILITY = "MUTABLE";\n',
    });
    const first = await scanPulumiUnit(unit(root, "app", ["index.ts"]), createReader(root));
    expect(byName(first, "r").attributes.image_tag_mutability).toBe("MUTABLE");
    await writeFile(join(root, "app/settings.ts"), 'export const MUTABILITY = "IMMUTABLE";\n');
    const second = await scanPulumiUnit(unit(root, "app", ["index.ts"]), createReader(root));
    expect(byName(second, "r").attributes.image_tag_mutability).toBe("IMMUTABLE");
  });

  it("each file of a unit is parsed once, however many files import it", async () => {
    const root = await tempDir();
    const files: Record<string, string> = {
      "p/Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "p/package.json": "{}",
      "p/shared.ts": 'export const TAG = "1.0";\n',
    };
    for (let i = 0; i < 5; i++) files[`p/svc${i}.ts`] = `${AWS}import { TAG } from "./shared";\nnew aws.lambda.Function("f${i}", { imageUri: "app:" + TAG });\n`;
    await writeTree(root, files);
    // Every parse starts with a read (the unit's files and imports are cached as parsed files, not as text).
    const { reader: counting, reads } = countingReader(createReader(root));
    const r = await scanPulumiUnit(unit(root, "p", ["shared.ts", "svc0.ts", "svc1.ts", "svc2.ts", "svc3.ts", "svc4.ts"]), counting);
    expect(r.resources.filter((x) => x.kind === "resource").map((x) => x.attributes.image_uri)).toEqual(Array(5).fill("app:1.0"));
    expect([...reads.entries()].filter(([p]) => p.endsWith(".ts")).map(([p, n]) => [p.slice(root.length + 1), n])).toEqual([
      ["p/shared.ts", 1],
      ["p/svc0.ts", 1],
      ["p/svc1.ts", 1],
      ["p/svc2.ts", 1],
      ["p/svc3.ts", 1],
      ["p/svc4.ts", 1],
    ]);
  });

  it("a unit file imported by another is the same parsed file", async () => {
    const ts = await typescript();
    const files = new ProgramFiles(ts, memoryReader({ "a.ts": 'import { x } from "./b";\n', "b.ts": "export const x = 1;\n", "c.ts": 'import { x } from "./b.js";\n' }));
    const a = files.unitFile({ path: "a.ts", absolutePath: "/nonexistent-driftless/a.ts" });
    const c = files.unitFile({ path: "c.ts", absolutePath: "/nonexistent-driftless/c.ts" });
    if (!("sf" in a) || !("sf" in c)) throw new Error("not parsed");
    const viaA = files.module(a, "./b");
    expect(viaA).toBeDefined();
    expect(files.module(c, "./b.js")).toBe(viaA);
    expect(files.unitFile({ path: "b.ts", absolutePath: "/nonexistent-driftless/b.ts" })).toBe(viaA);
    expect(files.module(a, "./missing")).toBeUndefined();
    expect(files.refusedImports()).toEqual([]);
  });

  it("an import that leaves the repository (here through a symbolic link) is not read: a warning at the import, its values Unknown", async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await writeTree(outside, { "secret.ts": 'export const IMAGE = "from-outside:1";\n' });
    await writeTree(root, {
      "p/Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "p/package.json": "{}",
      "p/index.ts": `${AWS}import { IMAGE } from "./linked/secret";\nnew aws.lambda.Function("f", { imageUri: IMAGE });\n`,
    });
    await symlink(outside, join(root, "p/linked"));
    const r = await scanPulumiUnit(unit(root, "p", ["index.ts"]), createReader(root));
    expect(byName(r, "f").attributes.image_uri).toMatchObject({ $unknown: "IMAGE" });
    expect(r.diagnostics).toEqual([
      expect.objectContaining({
        file: "p/index.ts",
        severity: "warning",
        range: { start: { line: 2, column: 23 }, end: { line: 2, column: 40 } },
        message: expect.stringMatching(/^cannot read p\/linked\/secret\.ts: it is a symbolic link to .*, outside the scanned repository; values imported from "\.\/linked\/secret" are not known statically$/),
      }),
    ]);
  });

  it("installed SDK enums and package.json are not read through links leaving the repository", async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await writeTree(outside, {
      "node_modules/@pulumi/aws/types/enums/ec2/index.js": 'exports.InstanceType = {\n    T3_Micro: "from-outside",\n};\n',
      "package.json": '{ "dependencies": { "@pulumi/aws": "latest" } }\n',
    });
    await writeTree(root, {
      "p/Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "p/index.ts": `${AWS}new aws.ec2.Instance("vm", { instanceType: aws.ec2.InstanceType.T3_Micro });\n`,
    });
    await symlink(join(outside, "node_modules"), join(root, "p/node_modules"));
    await symlink(join(outside, "package.json"), join(root, "p/package.json"));
    const r = await scanPulumiUnit(unit(root, "p", ["index.ts"]), createReader(root));
    // the built-in rule, not the linked SDK
    expect(byName(r, "vm").attributes.instance_type).toBe("t3.micro");
    expect(r.diagnostics).toEqual([
      expect.objectContaining({ file: "p/Pulumi.yaml", severity: "warning", message: expect.stringMatching(/^cannot read p\/package\.json \(it is a symbolic link to .*outside the scanned repository\)/) }),
    ]);
    expect(byName(r, "p", "project").file).toBe("p/Pulumi.yaml");
  });

  it("installed SDK enums are looked for in the project folder and its parents inside the root", async () => {
    const root = await tempDir();
    await writeTree(root, {
      "node_modules/@pulumi/aws/types/enums/ec2/index.js": 'exports.InstanceType = {\n    T3_Micro: "hoisted",\n};\n',
      "infra/p/Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "infra/p/package.json": "{}",
      "infra/p/package-lock.json": "{}",
      "infra/p/index.ts": `${AWS}new aws.ec2.Instance("vm", { instanceType: aws.ec2.InstanceType.T3_Micro });\n`,
    });
    await mkdir(join(root, ".git"));
    const r = await scanFolder("infra", root);
    expect(r.diagnostics).toEqual([]);
    expect(byName(r, "vm").attributes.instance_type).toBe("hoisted");
    expect(byName(r, "p", "project").attributes.lockFiles).toEqual(["package-lock.json"]);
  });

  it("a unit whose file cannot be read: its diagnostic, and the other files still scanned", async () => {
    const root = await tempDir();
    await writeTree(root, {
      "p/Pulumi.yaml": "name: p\nruntime: nodejs\n",
      "p/package.json": "{}",
      "p/a.ts": `${AWS}new aws.s3.Bucket("a");\n`,
      "p/b.ts": Buffer.from([0x69, 0x6d, 0x70, 0x00, 0x01]),
    });
    const r = await scanPulumiUnit(unit(root, "p", ["a.ts", "b.ts"]), createReader(root));
    expect(r.resources.map((x) => x.name)).toEqual(["p", "a"]);
    expect(r.diagnostics).toEqual([expect.objectContaining({ file: "p/b.ts", message: expect.stringContaining("binary") })]);
  });
});
