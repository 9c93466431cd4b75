import { readdirSync } from "node:fs";
import { chmod, mkdir, symlink, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { classify, createReader, discover, findRepositoryRoot, MAX_FILE_BYTES, readSource, UsageError } from "../../src/discover/index.js";
import { GitIgnores } from "../../src/discover/gitignore.js";
import { tempDir, writeTree } from "../support/tmp.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const MIXED = join(REPO, "fixtures/discover/mixed");

describe("classify", () => {
  it.each([
    ["main.tf", "terraform"],
    ["dir/Main.TF", "terraform"],
    ["stack.tf.json", "terraform-json"],
    ["prod.tfvars", "tfvars"],
    ["prod.tfvars.json", "tfvars"],
    ["C:\\x\\y.tf", "terraform"],
    ["package.json", null],
    ["values.yaml", null],
    ["README.md", null],
    [".tf", null],
    ["main.tf.bak", null],
  ])("%s → %s", (path, kind) => {
    expect(classify(path)).toBe(kind);
  });
});

describe("discover", () => {
  it("finds IaC files of the known kinds in sorted order, relative to the root", async () => {
    const { files, diagnostics } = await discover(["fixtures/discover/mixed"], { reader: createReader(REPO), cwd: REPO });
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => [f.path, f.kind])).toEqual([
      ["fixtures/discover/mixed/a/deeper/z.tf", "terraform"],
      ["fixtures/discover/mixed/b/prod.tfvars", "tfvars"],
      ["fixtures/discover/mixed/b/prod.tfvars.json", "tfvars"],
      ["fixtures/discover/mixed/b/stack.tf.json", "terraform-json"],
      ["fixtures/discover/mixed/main.tf", "terraform"],
    ]);
    expect(files[0]!.absolutePath).toBe(join(MIXED, "a/deeper/z.tf"));
  });

  it("defaults to the current directory and deduplicates overlapping paths", async () => {
    const { files } = await discover([], { reader: createReader(REPO), cwd: MIXED });
    const again = await discover([".", "b", "main.tf"], { reader: createReader(MIXED), cwd: MIXED });
    expect(files).toHaveLength(5);
    expect(again.files.map((f) => f.path)).toEqual(["a/deeper/z.tf", "b/prod.tfvars", "b/prod.tfvars.json", "b/stack.tf.json", "main.tf"]);
  });

  it("throws a UsageError naming a path that does not exist", async () => {
    await expect(discover(["fixtures/discover/nope"], { reader: createReader(REPO), cwd: REPO })).rejects.toThrow(UsageError);
    await expect(discover(["fixtures/discover/nope"], { reader: createReader(REPO), cwd: REPO })).rejects.toThrow("path not found: fixtures/discover/nope");
  });

  it("honours .gitignore files found below the scanned folder when it has none of its own", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, {
      "main.tf": "",
      "sub/.gitignore": "local.tf\ngen/\n!keep.local.tf\n",
      "sub/kept.tf": "",
      "sub/local.tf": "",
      "sub/gen/x.tf": "",
      "sub/deeper/local.tf": "",
      "other/local.tf": "",
    });
    const { files } = await discover(["."], { reader: createReader(dir), cwd: dir });
    expect(files.map((f) => f.path)).toEqual(["main.tf", "other/local.tf", "sub/kept.tf"]);
  });

  it("lets a deeper .gitignore re-include what a shallower one ignores, but never inside an ignored folder", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, {
      ".gitignore": "*.local.tf\nbuild/\n",
      "a.local.tf": "",
      "sub/.gitignore": "!keep.local.tf\n",
      "sub/keep.local.tf": "",
      "sub/other.local.tf": "",
      "build/.gitignore": "!*.tf\n",
      "build/out.tf": "",
    });
    const { files } = await discover(["."], { reader: createReader(dir), cwd: dir });
    expect(files.map((f) => f.path)).toEqual(["sub/keep.local.tf"]);
  });

  it("applies no .gitignore above the scanned folder outside a repository", async () => {
    const parent = await tempDir();
    await writeTree(parent, { ".gitignore": "*.tf\n", "stack/main.tf": "", "stack/.gitignore": "old.tf\n", "stack/old.tf": "" });
    const { files } = await discover(["stack"], { reader: createReader(parent), cwd: parent });
    expect(files.map((f) => f.path)).toEqual(["stack/main.tf"]);
  });

  it("never lists an ignored folder: the listing above it leaves it out", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeTree(dir, { ".gitignore": "cdk.out/\n/dist\n", "cdk.out/a.json": "{}", "dist/b.tf": "", "src/dist/c.tf": "", "main.tf": "" });
    const ignores = new GitIgnores(dir, (name) => name.endsWith(".tf") || name.endsWith(".json"));
    const listed = (folder: string) => ignores.filter(join(dir, folder), readdirSync(join(dir, folder), { withFileTypes: true })).map((e) => e.name).sort();
    expect(listed(".")).toEqual([".git", ".gitignore", "main.tf", "src"]);
    // `/dist` is anchored at the .gitignore's folder: src/dist stays.
    expect(listed("src")).toEqual(["dist"]);
  });

  describe("in a repository with .gitignore files, skipped directories and symlinks", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await tempDir();
      await mkdir(join(dir, ".git"));
      await writeTree(dir, {
        ".gitignore": "ignored/\n*.generated.tf\n",
        "main.tf": "",
        "out.generated.tf": "",
        "ignored/a.tf": "",
        "sub/.gitignore": "local.tf\n",
        "sub/local.tf": "",
        "sub/kept.tf": "",
        "sub/deeper/local.tf": "",
        "node_modules/pkg/main.tf": "",
        ".terraform/modules/m/main.tf": "",
        ".terragrunt-cache/x/main.tf": "",
        "sub/.terraform/y.tf": "",
        ".git/hooks/h.tf": "",
        ".hidden/visible.tf": "",
        "outside/real.tf": "",
      });
      await symlink(dir, join(dir, "sub/loop"), "dir");
      await symlink(join(dir, "outside"), join(dir, "linked"), "dir");
      await symlink(join(dir, "outside/real.tf"), join(dir, "sub/shared.tf"), "file");
      await symlink(join(dir, "missing.tf"), join(dir, "sub/broken.tf"), "file");
      await mkdir(join(dir, "sub/dir.tf"));
    });

    it("does not read a linked file that leads out of the repository, and says so", async () => {
      const outside = await tempDir();
      await writeTree(outside, { "secret.tf": 'resource "x" "y" { token = "SECRET" }\n', "vars.tfvars": 'a = "SECRET"\n' });
      const repo = await tempDir();
      await mkdir(join(repo, ".git"));
      await writeTree(repo, { "main.tf": "" });
      await symlink(join(outside, "secret.tf"), join(repo, "creds.tf"), "file");
      await symlink(join(outside, "vars.tfvars"), join(repo, "terraform.tfvars"), "file");
      const walked = await discover(["."], { reader: createReader(repo), cwd: repo });
      expect(walked.files.map((f) => f.path)).toEqual(["main.tf"]);
      expect(walked.diagnostics.map((d) => [d.file, d.severity, d.message.replace(outside, "OUT")])).toEqual([
        ["creds.tf", "warning", `not scanned: it is a symbolic link to OUT/secret.tf, outside the scanned repository`],
        ["terraform.tfvars", "warning", `not scanned: it is a symbolic link to OUT/vars.tfvars, outside the scanned repository`],
      ]);
      // The same when a sibling brings the unit in; a file named on the command line is the user's choice.
      const named = await discover(["main.tf", "creds.tf"], { reader: createReader(repo), cwd: repo });
      expect(named.files.map((f) => [f.path, f.named])).toEqual([["creds.tf", true], ["main.tf", true]]);
      expect(named.diagnostics.map((d) => d.file)).toEqual(["terraform.tfvars"]);
    });

    it("honours nested .gitignore files, skips tool directories, does not follow symlinked directories", async () => {
      const { files, diagnostics } = await discover(["."], { reader: createReader(dir), cwd: dir });
      expect(files.map((f) => f.path)).toEqual([".hidden/visible.tf", "main.tf", "outside/real.tf", "sub/kept.tf", "sub/shared.tf"]);
      expect(diagnostics).toEqual([
        expect.objectContaining({ file: "sub/broken.tf", severity: "warning", message: expect.stringMatching(/broken symbolic link/) }),
      ]);
    });

    it("applies parent .gitignore files when scanning a subdirectory", async () => {
      await writeTree(dir, { "sub/x.generated.tf": "" });
      const { files } = await discover(["sub"], { reader: createReader(dir), cwd: dir });
      expect(files.map((f) => f.path)).toEqual(["sub/kept.tf", "sub/shared.tf"]);
    });

    it("applies a parent .gitignore to a subdirectory that has none of its own", async () => {
      await writeTree(dir, { "plain/x.generated.tf": "", "plain/keep.tf": "", "plain/deeper/y.generated.tf": "" });
      const { files } = await discover(["plain"], { reader: createReader(dir), cwd: dir });
      expect(files.map((f) => f.path)).toEqual(["plain/keep.tf"]);
    });

    it("scans an explicitly named file even when it is gitignored, with the rest of its module", async () => {
      const { files } = await discover(["sub/local.tf", "ignored/a.tf"], { reader: createReader(dir), cwd: join(dir) });
      // Terraform reads every .tf file of a module folder, ignored by git or not: so does the unit.
      expect(files.filter((f) => f.named).map((f) => f.path)).toEqual(["ignored/a.tf", "sub/local.tf"]);
      expect(files.filter((f) => !f.named).map((f) => f.path)).toEqual(["sub/kept.tf", "sub/shared.tf", "sub/x.generated.tf"]);
    });
  });
});

describe("readSource", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await tempDir();
  });

  async function read(name: string, content: string | Uint8Array) {
    await writeFile(join(dir, name), content);
    return readSource(join(dir, name), `x/${name}`);
  }

  it("reads UTF-8 text and strips a BOM, keeping CRLF as is", async () => {
    const result = await read("bom.tf", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a = "é"\r\nb = 1\r\n')]));
    expect(result.diagnostic).toBeUndefined();
    expect(result.file).toEqual({ path: "x/bom.tf", absolutePath: join(dir, "bom.tf"), text: 'a = "é"\r\nb = 1\r\n' });
  });

  it("rejects binary content", async () => {
    const result = await read("bin.tf", Buffer.from([0x61, 0x00, 0x62]));
    expect(result.diagnostic).toMatchObject({ file: "x/bin.tf", severity: "error", range: { start: { line: 1, column: 1 } } });
    expect(result.diagnostic!.message).toMatch(/binary/);
  });

  it("rejects invalid UTF-8", async () => {
    const result = await read("latin1.tf", Buffer.from("a = 1\nb = \"\u00e9\" # caf\u00e9 \u2713\nc = \"caf\xe9\"\n", "latin1"));
    // line 3 `c = "caf` then the Latin-1 é (0xE9) at column 9; line 2 holds valid multi-byte text
    const fixed = Buffer.concat([Buffer.from('a = 1\nb = "\u00e9" # \u2713\nc = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
    const precise = await read("latin1b.tf", fixed);
    expect(precise.diagnostic?.message).toMatch(/not valid UTF-8 \(first bad byte at line 3, column 9\).*UTF-8/);
    expect(precise.diagnostic?.range).toEqual({ start: { line: 3, column: 9 }, end: { line: 3, column: 10 } });
    expect(result.diagnostic?.message).toMatch(/not valid UTF-8/);
  });

  it("rejects files over 5 MB without reading them", async () => {
    const result = await read("huge.tf", Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    expect(result.diagnostic?.message).toMatch(/5 MB/);
  });

  it.skipIf(process.getuid?.() === 0)("reports an unreadable file", async () => {
    await writeFile(join(dir, "secret.tf"), "a = 1\n");
    await chmod(join(dir, "secret.tf"), 0o000);
    const result = await readSource(join(dir, "secret.tf"), "x/secret.tf");
    expect(result.diagnostic?.message).toMatch(/permission denied/);
  });

  it("reports a file that vanished", async () => {
    const result = await readSource(join(dir, "gone.tf"), "x/gone.tf");
    expect(result.diagnostic?.message).toMatch(/cannot read file/);
  });
});

describe("findRepositoryRoot", () => {
  it("finds the enclosing .git directory", () => {
    expect(findRepositoryRoot(MIXED)).toBe(resolve(REPO));
  });

  it("accepts a .git file (worktrees, submodules) and falls back to the given directory", async () => {
    const dir = await tempDir();
    await writeTree(dir, { "wt/.git": "gitdir: /elsewhere\n", "wt/a/b/.keep": "" });
    expect(findRepositoryRoot(join(dir, "wt/a/b"))).toBe(join(dir, "wt"));
    const plain = await tempDir();
    await mkdir(join(plain, "x"));
    expect(findRepositoryRoot(join(plain, "x"), "/fallback")).toBe("/fallback");
  });
});
