/**
 * What makes installs work, checked on the files themselves (no install here; install.test.ts
 * installs): the package's name, scripts and file list, the pre-commit hooks and the GitHub
 * Action, and the README's instructions for them.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { INFORMATION_URI } from "../../src/report/sarif.js";
import { PKG, README, readmeBlocks, REPO, REPOSITORY_URL } from "./helpers.js";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Yaml = any;

describe("package.json", () => {
  it("has a scoped name (the unscoped `driftless` on npm is an unrelated package) and the `driftless` command", () => {
    expect(PKG.name).toMatch(/^@[a-z0-9-]+\/[a-z0-9-]+$/);
    expect(PKG.bin).toEqual({ driftless: "bin/driftless.js" });
  });

  it("has no script that makes npm prepare a git install (a full install with devDependencies, and a broken global link)", () => {
    // pacote prepares a git dependency that has any of these (npm/cli#9406); the bundle is committed instead.
    for (const script of ["prepare", "prepack", "build", "preinstall", "install", "postinstall"]) {
      expect(PKG.scripts[script], `scripts.${script}`).toBeUndefined();
    }
    expect(PKG.scripts.bundle).toBe("node scripts/bundle.mjs");
    expect(PKG.scripts.test).not.toContain("bundle");
    expect(PKG.scripts.start).toMatch(/^npm run bundle && /);
  });

  it("has no dependencies: the committed bundle carries them, so an install downloads nothing", () => {
    expect(PKG.dependencies ?? {}).toEqual({});
    // What the bundle is built from is pinned by package-lock.json like every devDependency.
    const lock = JSON.parse(readFileSync(join(REPO, "package-lock.json"), "utf8")) as { packages: Record<string, { dependencies?: object; devDependencies?: Record<string, string> }> };
    expect(lock.packages[""]!.dependencies).toBeUndefined();
    expect(lock.packages[""]!.devDependencies).toEqual(PKG.devDependencies);
    for (const name of ["@cdktf/hcl2json", "@ts-morph/common", "ajv", "globby", "ts-morph", "yaml"]) expect(PKG.devDependencies[name], name).toBeDefined();
  });

  it("ships what the CLI reads at run time, its licence, and nothing else", () => {
    expect(PKG.files).toEqual(expect.arrayContaining(["bin", "dist", "rules", "LICENSE", "README.md"]));
    expect(readFileSync(join(REPO, "LICENSE"), "utf8")).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} driftless contributors\n/);
    expect(PKG).toMatchObject({ license: "MIT" });
    // Every package file a bundle module reads beside itself (`new URL("../../x", import.meta.url)`)
    // is shipped: the two folders up from dist/cli/ are the package root.
    const dist = join(REPO, "dist/cli");
    const read = new Set<string>();
    for (const file of readdirSync(dist)) {
      for (const m of readFileSync(join(dist, file), "utf8").matchAll(/new URL\(\s*["']\.\.\/\.\.\/([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g)) {
        read.add(m[1]!.replace(/\/$/, ""));
      }
    }
    expect([...read].sort()).toEqual(expect.arrayContaining(["package.json", "rules"]));
    for (const target of read) {
      const top = target.split("/")[0]!;
      expect(top === "package.json" || PKG.files.includes(top), `${target} is read by the bundle but not in package.json "files"`).toBe(true);
    }
  });

  it("names its repository, and SARIF's informationUri is that repository's README", () => {
    expect(REPOSITORY_URL).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    expect(INFORMATION_URI).toBe(`${REPOSITORY_URL}#readme`);
  });

  it("keeps the committed bundle: git does not ignore dist/", () => {
    // `git check-ignore` exits 1 when no ignore rule matches.
    expect(spawnSync("git", ["check-ignore", "--no-index", "dist/cli/main.js"], { cwd: REPO }).status).toBe(1);
  });
});

describe(".pre-commit-hooks.yaml", () => {
  const hooks = parse(readFileSync(join(REPO, ".pre-commit-hooks.yaml"), "utf8")) as Yaml[];
  const staged = hooks.find((h) => h.id === "driftless");
  const whole = hooks.find((h) => h.id === "driftless-repo");

  it("has a staged-files hook and a whole-repository hook, both Node.js running `driftless scan`", () => {
    expect(hooks.map((h) => h.id)).toEqual(["driftless", "driftless-repo"]);
    for (const hook of hooks) {
      expect(hook).toMatchObject({ language: "node", entry: "driftless scan", require_serial: true });
      expect(hook.name).toEqual(expect.any(String));
    }
    expect(staged.pass_filenames).not.toBe(false);
    expect(whole).toMatchObject({ pass_filenames: false, always_run: true });
  });

  // pre-commit matches `files` with Python's re.search; this pattern means the same in JavaScript.
  const files = new RegExp(staged.files as string);
  it.each([
    "main.tf", "infra/modules/vpc/variables.tf", "stack.tf.json", "prod.tfvars", "envs/prod.auto.tfvars.json",
    "template.json", "template.yaml", "sam.yml", "legacy.template", "infra/index.ts", "Pulumi.yaml", "Pulumi.prod.yaml",
    "package.json", "infra/package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "infra/pnpm-lock.yaml", "bun.lock", "bun.lockb",
  ])("the staged-files hook takes %s", (file) => {
    expect(files.test(file)).toBe(true);
  });
  it.each(["README.md", "types/global.d.ts", "main.go", "Makefile", "main.tf.bak", "terraform.tfstate", "app.tsx", "myyarn.lock"])(
    "the staged-files hook leaves %s alone",
    (file) => {
      expect(files.test(file)).toBe(false);
    },
  );
});

describe("action.yml", () => {
  const text = readFileSync(join(REPO, "action.yml"), "utf8");
  const action = parse(text) as Yaml;
  const steps = action.runs.steps as Yaml[];
  const upload = steps.find((s) => String(s.uses ?? "").startsWith("github/codeql-action/upload-sarif@"));
  const scan = steps.find((s) => s.id === "scan");

  it("is a composite action", () => {
    expect(action.runs.using).toBe("composite");
    expect(action.name).toBe("driftless");
  });

  it("pins every action it uses by a full commit SHA, with the version in a comment", () => {
    const uses = steps.filter((s) => s.uses).map((s) => s.uses as string);
    expect(uses.length).toBeGreaterThan(0);
    for (const u of uses) {
      expect(u).toMatch(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/);
      expect(text).toMatch(new RegExp(`uses: ${u.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} # v\\d+\\.\\d+\\.\\d+\\n`));
    }
  });

  it("uploads the SARIF also when the scan failed the step, in the category of the input", () => {
    expect(upload).toBeDefined();
    expect(upload.if).toBe("success() || failure()");
    expect(upload.with.category).toBe("${{ inputs.category }}");
    expect(upload.with.sarif_file).toBe("${{ steps.scan.outputs.sarif-file }}");
    expect(action.inputs.category.default).toBe("driftless");
    expect(steps.indexOf(upload)).toBeGreaterThan(steps.indexOf(scan));
  });

  it("scans with the inputs (passed through the environment, never pasted into the script) and writes SARIF and the step summary", () => {
    expect(Object.keys(action.inputs).sort()).toEqual(["args", "category", "fail-on", "node-version", "paths"]);
    expect(scan.env).toEqual({
      INPUT_PATHS: "${{ inputs.paths }}",
      INPUT_FAIL_ON: "${{ inputs.fail-on }}",
      INPUT_CATEGORY: "${{ inputs.category }}",
      INPUT_ARGS: "${{ inputs.args }}",
    });
    const script = scan.run as string;
    expect(script).not.toContain("${{");
    expect(script).toContain('--category "$INPUT_CATEGORY"');
    // The repository's .driftless.yaml fail-on stands unless the workflow sets the input.
    expect(action.inputs["fail-on"].default).toBe("");
    expect(script).toContain('if [ -n "$INPUT_FAIL_ON" ]; then fail_on=(--fail-on "$INPUT_FAIL_ON"); fi');
    expect(script).toContain('"${fail_on[@]}"');
    expect(script).toMatch(/--format sarif --output "\$sarif"/);
    expect(script).toMatch(/--format markdown --output "\$GITHUB_STEP_SUMMARY"/);
  });

  it("installs from its own checkout without building or downloading anything", () => {
    const scripts = steps.filter((s) => s.run).map((s) => s.run as string);
    const install = steps.find((s) => s.name === "Install driftless");
    // A folder install links the command to the checkout; the bundle needs nothing more.
    expect(install.run).toMatch(/^npm install --global --no-audit --no-fund --prefix "\$RUNNER_TEMP\/driftless-cli" "\$GITHUB_ACTION_PATH"$/m);
    expect(install.run).not.toMatch(/--install-links|--omit/);
    for (const script of scripts) {
      expect(script).not.toMatch(/npm (ci|run|rebuild)\b|--include=dev|npx /);
    }
  });
});

describe("README", () => {
  it("installs the scoped package from the repository, never the unscoped npm name", () => {
    const install = readmeBlocks("Install", "sh");
    expect(install).toEqual([
      `npm install -g git+${REPOSITORY_URL}.git\n`,
      `git clone ${REPOSITORY_URL}.git\nnpm install -g ./${REPOSITORY_URL.split("/").at(-1)}\n`,
    ]);
    expect(README).toContain(PKG.name);
    expect(README).not.toMatch(/npm (install|i) (-g |--global )?driftless\b|npx (--yes )?driftless\b|<git url>/);
  });

  it("keeps starting with the two commands of a fresh clone", () => {
    expect(README.startsWith("```sh\nnpm ci && npm start\nnpm test\n```\n")).toBe(true);
  });

  it("shows a pre-commit configuration with the repository, this version's tag and the hook", () => {
    const [config] = readmeBlocks("pre-commit", "yaml");
    expect(parse(config!)).toEqual({ repos: [{ repo: REPOSITORY_URL, rev: `v${PKG.version}`, hooks: [{ id: "driftless" }] }] });
  });

  it("shows a workflow that uses the action with the permissions code scanning needs", () => {
    const [workflow] = readmeBlocks("GitHub Action", "yaml");
    const w = parse(workflow!) as Yaml;
    expect(w.permissions).toEqual({ contents: "read", "security-events": "write" });
    const steps = Object.values(w.jobs as Record<string, Yaml>)[0].steps as Yaml[];
    const [owner, name] = REPOSITORY_URL.split("/").slice(-2);
    expect(steps.map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/checkout@[0-9a-f]{40}$/), `${owner}/${name}@v${PKG.version}`]);
    expect(Object.keys(steps[1].with)).toEqual(expect.arrayContaining(["fail-on", "category"]));
    for (const key of Object.keys(steps[1].with)) expect(Object.keys(parse(readFileSync(join(REPO, "action.yml"), "utf8")).inputs)).toContain(key);
  });
});
