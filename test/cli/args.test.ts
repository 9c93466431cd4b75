import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseArgs } from "../../src/cli/args.js";
import { CliError } from "../../src/cli/io.js";
import { main } from "../../src/cli/main.js";
import { exitCodeFor, reportTargets } from "../../src/cli/scan.js";
import { fakeIo } from "../support/io.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

async function run(...argv: string[]) {
  const io = fakeIo(REPO);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe("argument parsing", () => {
  const specs = {
    format: { value: true, repeatable: true, choices: ["text", "sarif", "json"] },
    root: { value: true },
    help: { value: false },
  } as const;

  it("accepts --name value, --name=value, repeats and --", () => {
    expect(parseArgs(["a", "--format", "sarif", "--format=json", "--root=x", "b", "--", "--c"], specs)).toEqual({
      positionals: ["a", "b", "--c"],
      options: { format: ["sarif", "json"], root: "x" },
      // Options with values in command-line order, where order across options matters (--var, --var-file).
      ordered: [
        { name: "format", value: "sarif" },
        { name: "format", value: "json" },
        { name: "root", value: "x" },
      ],
    });
    expect(parseArgs(["-h"], specs).options).toEqual({ help: true });
  });

  it("rejects unknown options, missing values and bad choices", () => {
    expect(() => parseArgs(["--foo"], specs)).toThrow("unknown option --foo (see driftless --help)");
    expect(() => parseArgs(["--foo=1"], specs)).toThrow("unknown option --foo");
    // Names of Object.prototype's members are no options either.
    for (const name of ["constructor", "__proto__", "toString", "hasOwnProperty"]) expect(() => parseArgs([`--${name}`], specs), name).toThrow(`unknown option --${name}`);
    expect(() => parseArgs(["--root"], specs)).toThrow("option --root needs a value");
    expect(() => parseArgs(["--format", "xml"], specs)).toThrow('invalid value for --format: "xml" (expected one of text, sarif, json)');
    expect(() => parseArgs(["--help=yes"], specs)).toThrow(CliError);
  });

  it("pairs formats with outputs", () => {
    expect(reportTargets([], [], "/cwd")).toEqual([{ format: "text" }]);
    expect(reportTargets([], ["out.txt"], "/cwd")).toEqual([{ format: "text", output: "/cwd/out.txt" }]);
    expect(reportTargets(["sarif", "text"], ["r.sarif"], "/cwd")).toEqual([{ format: "sarif", output: "/cwd/r.sarif" }, { format: "text" }]);
    expect(reportTargets(["json", "text"], ["-", "t.txt"], "/cwd")).toEqual([{ format: "json" }, { format: "text", output: "/cwd/t.txt" }]);
    expect(() => reportTargets(["sarif", "json"], [], "/cwd")).toThrow("only one --format may write to stdout");
    expect(() => reportTargets(["sarif"], ["a", "b"], "/cwd")).toThrow("cannot tell the format of --output b from its extension");
    // An output without a format takes it from its extension (not text into x.json).
    expect(reportTargets([], ["x.json", "r.sarif", "s.md", "j.xml", "t.sarif.json"], "/cwd").map((t) => t.format)).toEqual(["json", "sarif", "markdown", "junit", "sarif"]);
    expect(reportTargets(["sarif"], ["a.out", "b.json"], "/cwd").map((t) => t.format)).toEqual(["sarif", "json"]);
    expect(() => reportTargets(["sarif", "json"], ["a", "a"], "/cwd")).toThrow("two reports write to the same file");
  });

  it("computes exit codes from --fail-on", () => {
    expect(exitCodeFor([], "error")).toBe(0);
    expect(exitCodeFor(["warning", "note"], "error")).toBe(0);
    expect(exitCodeFor(["warning"], "warning")).toBe(1);
    expect(exitCodeFor(["error"], "warning")).toBe(1);
    expect(exitCodeFor(["note"], "note")).toBe(1);
    expect(exitCodeFor(["error"], "none")).toBe(0);
  });
});

describe("main(): usage errors exit 2 with one line on stderr", () => {
  it.each([
    [["scan", "--foo"], "driftless: unknown option --foo (see driftless --help)\n"],
    [["scan", "--fail-on", "fatal"], 'driftless: invalid value for --fail-on: "fatal" (expected one of error, warning, note, none)\n'],
    [["scan", "--format", "xml"], 'driftless: invalid value for --format: "xml" (expected one of text, sarif, json, markdown, junit, html)\n'],
    [["scan", "--format", "sarif", "--format", "json"], "driftless: only one --format may write to stdout; give the others an --output FILE\n"],
    [["scan", "--output"], "driftless: option --output needs a value\n"],
    [["scan", "--root", "fixtures/nowhere"], "driftless: root is not a directory: fixtures/nowhere\n"],
    [["frobnicate"], "driftless: unknown command frobnicate (see driftless --help)\n"],
    [["--frob"], "driftless: unknown option --frob (see driftless --help)\n"],
    [[], "driftless: missing command (see driftless --help)\n"],
    [["explain"], "driftless: explain needs a rule ID, e.g. driftless explain PIN-005\n"],
  ])("%j", async (argv, message) => {
    const { code, out, err } = await run(...argv);
    expect(err).toBe(message);
    expect(out).toBe("");
    expect(code).toBe(2);
  });

  it("names a path that does not exist", async () => {
    const { code, err } = await run("scan", "fixtures/cli/clean", "no/such/dir");
    expect(err).toBe("driftless: path not found: no/such/dir\n");
    expect(code).toBe(2);
  });

  it("reports an invalid rule file as exit 2, naming the file", async () => {
    const { code, out, err } = await run("scan", "fixtures/cli/clean", "--rules", "fixtures/cli/bad-rules");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(/^driftless: .*BAD-001\.yaml.*\n$/);
    expect(err.split("\n")).toHaveLength(2);
  });

  it("reports a broken --rules directory as exit 2", async () => {
    const { code, err } = await run("scan", "fixtures/cli/clean", "--rules", "fixtures/cli/no-rules-here");
    expect(code).toBe(2);
    expect(err).toMatch(/^driftless: .*no-rules-here.*\n$/);
    expect(err.split("\n")).toHaveLength(2);
  });
});

describe("main(): help, version, rules, explain", () => {
  it("prints help and the version", async () => {
    const help = await run("--help");
    expect(help.code).toBe(0);
    expect(help.out).toContain("driftless scan [paths...]");
    expect((await run("scan", "--help")).out).toBe(help.out);
    const version = await run("--version");
    expect(version).toEqual({ code: 0, out: "0.1.0\n", err: "" });
  });

  it("lists the rule pack as a table", async () => {
    const { code, out, err } = await run("rules");
    expect(err).toBe("");
    expect(code).toBe(0);
    const lines = out.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^ID\s+LEVEL\s+ENABLED\s+FORMATS\s+TITLE$/);
    expect(lines.some((l) => /^IAC-000\s+error\s+yes\s+/.test(l))).toBe(true);
    expect(lines.some((l) => /^PIN-005\s+error\s+yes\s+terraform/.test(l))).toBe(true);
  });

  it("explains a rule and rejects an unknown ID", async () => {
    const explained = await run("explain", "pin-005");
    expect(explained.code).toBe(0);
    expect(explained.out).toMatch(/^PIN-005: /);
    expect(explained.out).toContain("Level: error");
    expect(explained.out).toContain("Remediation:");
    const unknown = await run("explain", "XYZ-999");
    expect(unknown).toEqual({ code: 2, out: "", err: "driftless: unknown rule XYZ-999 (see driftless rules)\n" });
  });
});
