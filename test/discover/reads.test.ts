/**
 * Reading and discovery without per-file chains of fs calls: the reader's cached folder real
 * paths must refuse exactly what a full realpath refuses, reads of odd files keep their
 * diagnostics, and globby is imported only when a folder is walked.
 */
import { mkdir, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createReader, discover, isRefusal, MAX_FILE_BYTES, readSource } from "../../src/discover/index.js";
import { tempDir, writeTree } from "../support/tmp.js";

const globbyLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock("globby", async (importOriginal) => {
  globbyLoads.count++;
  return importOriginal();
});

describe("the reader's symbolic-link refusal", () => {
  it("refuses a file reached through a linked folder that leaves the root, and reads one whose link stays inside", async () => {
    const base = await tempDir();
    const root = join(base, "repo");
    await writeTree(base, { "outside/secret.tf": 'a = "x"\n', "repo/shared/common.tf": 'b = "y"\n', "repo/app/main.tf": "" });
    await symlink(join(base, "outside"), join(root, "app/out"));
    await symlink(join(root, "shared"), join(root, "app/in"));
    await symlink(join(base, "outside/secret.tf"), join(root, "app/secret-link.tf"));
    const reader = createReader(root);
    // Asked twice: the second answer comes from the cached folder and must be the same.
    for (let i = 0; i < 2; i++) {
      const out = reader.readInside(join(root, "app/out/secret.tf"));
      expect(isRefusal(out) && out.refused).toBe(`it is a symbolic link to ${join(base, "outside/secret.tf")}, outside the scanned repository`);
      const link = reader.readInside(join(root, "app/secret-link.tf"));
      expect(isRefusal(link) && link.refused).toMatch(/symbolic link to .*outside\/secret\.tf, outside/);
      const inside = reader.readInside(join(root, "app/in/common.tf"));
      expect(!isRefusal(inside) && inside.file?.text).toBe('b = "y"\n');
      expect(reader.existsInside(join(root, "app/out/secret.tf"))).toBe(false);
      expect(reader.existsInside(join(root, "app/in/common.tf"))).toBe(true);
      // Missing files are not refusals: the read reports them.
      const missing = reader.readInside(join(root, "app/out/none.tf"));
      expect(isRefusal(missing)).toBe(false);
    }
  });

  it("still refuses a linked file of a folder it has listed (a listing vouches for plain files only)", async () => {
    const base = await tempDir();
    const root = join(base, "repo");
    await writeTree(base, { "outside/secret.tf": 'a = "x"\n', "repo/app/main.tf": 'b = "y"\n' });
    await symlink(join(base, "outside/secret.tf"), join(root, "app/secret-link.tf"));
    await symlink(join(base, "outside"), join(root, "app/out"));
    const reader = createReader(root);
    expect(reader.listInside(join(root, "app"))?.map((e) => e.name).sort()).toEqual(["main.tf", "out", "secret-link.tf"]);
    const link = reader.readInside(join(root, "app/secret-link.tf"));
    expect(isRefusal(link) && link.refused).toMatch(/symbolic link to .*outside\/secret\.tf, outside/);
    expect(isRefusal(reader.readInside(join(root, "app/out/secret.tf")))).toBe(true);
    const plain = reader.readInside(join(root, "app/main.tf"));
    expect(!isRefusal(plain) && plain.file?.text).toBe('b = "y"\n');
  });
});

describe("readSource on odd files", () => {
  it("reports a directory, an empty file and a file of exactly the limit", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, "folder.tf"));
    expect(readSource(join(dir, "folder.tf"), "folder.tf").diagnostic?.message).toBe(
      "cannot read file (is a directory); make it readable or exclude it from the scan",
    );
    await writeFile(join(dir, "empty.tf"), "");
    expect(readSource(join(dir, "empty.tf"), "empty.tf").file?.text).toBe("");
    await writeFile(join(dir, "limit.tf"), Buffer.alloc(MAX_FILE_BYTES, 0x20));
    expect(readSource(join(dir, "limit.tf"), "limit.tf").file?.text.length).toBe(MAX_FILE_BYTES);
    await writeFile(join(dir, "over.tf"), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(readSource(join(dir, "over.tf"), "over.tf").diagnostic?.message).toMatch(/^file is 5242881 bytes, over the 5 MB limit/);
  });
});

describe("globby", () => {
  it("is not imported for named files, and is for a walked folder", async () => {
    const root = await tempDir();
    await writeTree(root, { "infra/main.tf": 'resource "a" "b" {}\n', "infra/vars.tf": "" });
    const named = await discover([join(root, "infra/main.tf")], { reader: createReader(root), cwd: root });
    expect(named.files.map((f) => f.path)).toEqual(["infra/main.tf", "infra/vars.tf"]);
    expect(globbyLoads.count).toBe(0);
    const walked = await discover([join(root, "infra")], { reader: createReader(root), cwd: root });
    expect(walked.files.map((f) => f.path)).toEqual(["infra/main.tf", "infra/vars.tf"]);
    expect(globbyLoads.count).toBe(1);
  });
});
