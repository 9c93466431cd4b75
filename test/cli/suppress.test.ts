/**
 * Inline suppressions, CloudFormation Metadata and configured ignore entries, through the CLI
 * (`main()` in-process with argv, as the shell would call it): which findings they accept, and
 * the IAC-001 findings for every suppression that cannot be trusted.
 */
import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { fakeIo } from "../support/io.js";
import { tempDir } from "../support/tmp.js";

const REPO = fileURLToPath(new URL("../../", import.meta.url));

interface Row {
  file: string;
  line: number;
  rule: string;
  suppressed: boolean;
  kind?: string;
  justification?: string;
  message: string;
}

async function scan(cwd: string, ...argv: string[]): Promise<{ code: number; rows: Row[]; err: string; out: string }> {
  const io = fakeIo(cwd);
  const code = await main(["scan", ...argv], io);
  const out = io.out();
  let rows: Row[] = [];
  if (argv.includes("json")) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    rows = (JSON.parse(out).findings as any[]).map((f) => ({
      file: f.file,
      line: f.range.start.line,
      rule: f.ruleId,
      suppressed: f.suppression !== null,
      ...(f.suppression ? { kind: f.suppression.kind, justification: f.suppression.justification } : {}),
      message: f.message,
    }));
  }
  return { code, rows, err: io.err(), out };
}

/** A copy of a fixture folder as its own repository (a .git directory fixes the root). */
async function repoOf(fixture: string): Promise<string> {
  const dir = await tempDir();
  await mkdir(join(dir, ".git"));
  await cp(join(REPO, fixture), dir, { recursive: true });
  return dir;
}

const brief = (rows: Row[]) => rows.map((r) => `${r.file}:${r.line} ${r.rule}${r.suppressed ? ` suppressed(${r.kind}: ${r.justification})` : ""}`);

describe("inline suppressions in Terraform (#, //, /* */)", () => {
  it("accepts block, attribute, module-call and module-argument suppressions; reports the unsound ones as IAC-001", async () => {
    const dir = await repoOf("fixtures/suppress/terraform");
    const { code, rows } = await scan(dir, ".", "--format", "json", "--skip-rule", "PIN-003,PIN-004", "--fail-on", "none");
    expect(code).toBe(0);
    expect(brief(rows)).toEqual([
      "main.tf:3 PIN-001 suppressed(inSource: vendored module, reviewed in SEC-1)",
      "main.tf:7 PIN-001 suppressed(inSource: pinned next sprint)",
      "main.tf:10 IAC-001",
      "main.tf:12 PIN-001",
      "main.tf:15 IAC-001",
      "main.tf:17 PIN-001",
      "main.tf:20 IAC-001",
      "main.tf:20 IAC-001",
      "main.tf:37 RNP-003",
      "main.tf:41 ACC-007",
      "main.tf:50 ACC-001 suppressed(inSource: break-glass, SEC-7)",
      "main.tf:57 ACC-001 suppressed(inSource: this one covers the second ingress block only)",
      "mod/main.tf:4 ART-004",
      "mod/main.tf:4 PIN-005 suppressed(inSource: test image)",
      "mod/main.tf:4 PIN-005 suppressed(inSource: whole call)",
    ]);
    const iac = rows.filter((r) => r.rule === "IAC-001").map((r) => r.message);
    expect(iac[0]).toBe('Suppression of PIN-001 at main.tf:10 gives no reason, so it is not applied. Say why after "--": driftless:ignore PIN-001 -- reason.');
    expect(iac[1]).toMatch(/^Suppression of PIN-001 at main\.tf:15 expired on 2020-01-01, so the findings it covered are reported again\./);
    expect(iac[2]).toMatch(/^Suppression at main\.tf:20 names NOPE-999, which is not a rule ID/);
    expect(iac[3]).toBe("Suppression of PIN-005, NOPE-999 at main.tf:20 matches no finding here; remove it.");
  });

  it("a suppressed finding is not a failure; the text summary counts it", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeFile(join(dir, "main.tf"), 'module "a" {\n  // driftless:ignore PIN-001 -- vendored\n  source = "git::https://example.com/a.git"\n}\n');
    const { code, out } = await scan(dir, ".", "--rule", "PIN-001");
    expect(code).toBe(0);
    expect(out).toBe("No findings in 1 file scanned (1 suppressed)\n");
    const off = await scan(dir, ".", "--rule", "PIN-001", "--no-inline-suppressions");
    expect(off.code).toBe(1);
    expect(off.out).toMatch(/^main\.tf:3:\d+ {2}ERROR {4}PIN-001 /m);
  });

  it("a multi-line /* */ comment applies to the line after it ends; a marker in prose is not a directive", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeFile(
      join(dir, "main.tf"),
      [
        "/* driftless:ignore PIN-001",
        "   -- reviewed: the vendor tags no releases */",
        'module "a" {',
        '  source = "git::https://example.com/a.git"',
        "}",
        "# see the docs on driftless:ignore before adding one",
        'module "b" {',
        '  source = "git::https://example.com/b.git"',
        "}",
        "",
      ].join("\n"),
    );
    const { rows } = await scan(dir, ".", "--format", "json", "--rule", "PIN-001", "--fail-on", "none");
    expect(brief(rows)).toEqual(["main.tf:4 PIN-001 suppressed(inSource: reviewed: the vendor tags no releases)", "main.tf:8 PIN-001"]);
  });
});

describe("inline suppressions in CloudFormation (YAML comments, Metadata in JSON and YAML)", () => {
  it("accepts a comment above a resource, a trailing comment on a property and Metadata entries; reports the unsound ones", async () => {
    const dir = await repoOf("fixtures/suppress/cloudformation");
    const { rows } = await scan(dir, ".", "--format", "json", "--fail-on", "none");
    expect(brief(rows)).toEqual([
      "db.json:4 DAT-001 suppressed(inSource: test database)",
      "db.json:4 DAT-003",
      "db.json:6 IAC-001",
      "web.yaml:4 ART-002 suppressed(inSource: scratch bucket, rebuilt nightly)",
      "web.yaml:4 ART-003 suppressed(inSource: scratch bucket, rebuilt nightly)",
      "web.yaml:4 DAT-001 suppressed(inSource: scratch bucket, rebuilt nightly)",
      "web.yaml:6 ART-002",
      "web.yaml:6 ART-003",
      "web.yaml:6 DAT-001 suppressed(inSource: logs are copied to the archive account)",
      "web.yaml:13 IAC-001",
      "web.yaml:21 ACC-001 suppressed(inSource: bastion, tracked in SEC-9)",
    ]);
    const messages = rows.filter((r) => r.rule === "IAC-001").map((r) => r.message);
    expect(messages).toEqual([
      "Suppression of DAT-003 at db.json:6 gives no reason, so it is not applied. Add reason: to the Metadata.driftless.ignore entry.",
      "Suppression of ART-003 at web.yaml:13 expired on 2020-05-01, so the findings it covered are reported again. Fix them, or renew the suppression with a new date and reason.",
    ]);
  });
});

describe("inline suppressions in Pulumi TypeScript (//, /* */)", () => {
  it("accepts comments above a resource and on or above an argument; a marker inside a string is not a comment", async () => {
    const dir = await repoOf("fixtures/suppress/pulumi");
    const { rows, code } = await scan(dir, ".", "--format", "json", "--fail-on", "note");
    expect(brief(rows)).toEqual([
      "index.ts:5 ART-002 suppressed(inSource: scratch bucket)",
      "index.ts:5 ART-003 suppressed(inSource: scratch bucket)",
      "index.ts:5 DAT-004 suppressed(inSource: scratch bucket)",
      "index.ts:10 PIN-005 suppressed(inSource: dev only)",
      "index.ts:17 PIN-005 suppressed(inSource: block comment form)",
    ]);
    expect(code).toBe(0);
  });
});

describe("suppressions that would silently never expire or never be checked", () => {
  const sg = (comment: string) =>
    `resource "aws_security_group" "a" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"] ${comment}\n  }\n}\n`;
  async function one(files: Record<string, string>, ...extra: string[]) {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    return scan(dir, ".", "--format", "json", "--fail-on", "none", ...extra);
  }

  it("an expiry written after the reason is a problem, not part of the reason", async () => {
    const { rows } = await one({ "main.tf": sg("# driftless:ignore ACC-001 -- reason expires=2000-01-01") });
    expect(brief(rows)).toEqual(["main.tf:2 ACC-001", "main.tf:6 IAC-001"]);
    expect(rows[1]!.message).toBe('Suppression at main.tf:6 has expires=2000-01-01 after "--", where it is part of the reason and never applies; write it before "--".');
  });

  it("an impossible date is not a date", async () => {
    const { rows } = await one({ "main.tf": sg("# driftless:ignore ACC-001 expires=2099-02-30 -- r") });
    expect(rows.map((r) => r.message)).toContain("Suppression at main.tf:6 expires=2099-02-30 is not a date; write expires=YYYY-MM-DD.");
  });

  it("each rule of a several-rule suppression must suppress something", async () => {
    const { rows } = await one({ "main.tf": sg("# driftless:ignore ACC-001,PIN-005 -- r") });
    expect(brief(rows)).toEqual(["main.tf:2 ACC-001 suppressed(inSource: r)", "main.tf:6 IAC-001"]);
    expect(rows[1]!.message).toBe("Suppression of ACC-001, PIN-005 at main.tf:6 suppresses nothing for PIN-005; remove PIN-005 from it.");
  });

  it("JSDoc-style comments hold suppressions too", async () => {
    const dir = await repoOf("fixtures/suppress/pulumi");
    const index = join(dir, "index.ts");
    const { readFile } = await import("node:fs/promises");
    const text = (await readFile(index, "utf8"))
      .replace("// driftless:ignore DAT-004,ART-002,ART-003 -- scratch bucket", "/**\n * driftless:ignore DAT-004,ART-002,ART-003\n *   -- scratch bucket\n */")
      .replace("/* driftless:ignore PIN-005 -- block comment form */", "/** driftless:ignore PIN-005 -- block comment form */");
    await writeFile(index, text);
    const { rows } = await scan(dir, ".", "--format", "json", "--fail-on", "none");
    expect(rows.filter((r) => !r.suppressed)).toEqual([]);
    expect(rows.filter((r) => r.suppressed)).toHaveLength(5);
  });

  it("CloudFormation Metadata: an unknown key in an entry or under driftless is IAC-001 and the entry is not applied", async () => {
    const template = [
      "Resources:",
      "  SgA:",
      "    Type: AWS::EC2::SecurityGroup",
      "    Metadata: {driftless: {ignore: [{id: ACC-001, reason: r, expire: 2020-01-01}]}}",
      "    Properties: {GroupDescription: a, SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]}",
      "  SgB:",
      "    Type: AWS::EC2::SecurityGroup",
      "    Metadata:",
      "      driftless:",
      "        ignores: [{id: ACC-001, reason: r}]",
      "    Properties: {GroupDescription: b, SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0}]}",
      "",
    ].join("\n");
    const { rows } = await one({ "t.yaml": template });
    expect(brief(rows)).toEqual(["t.yaml:4 IAC-001", "t.yaml:5 ACC-001", "t.yaml:9 IAC-001", "t.yaml:11 ACC-001"]);
    expect(rows[0]!.message).toBe('Suppression at t.yaml:4 has the unknown key "expire" (an entry holds id, reason and expires), so it is not applied.');
    expect(rows[2]!.message).toBe('Suppression at t.yaml:9 has the unknown key "ignores" under Metadata.driftless (it holds ignore: a list of { id, reason, expires }).');
  });

  it("a scan of some files does not call a configured ignore entry unused", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await mkdir(join(dir, "infra"));
    await mkdir(join(dir, "other"));
    await writeFile(join(dir, "infra/main.tf"), sg(""));
    await writeFile(join(dir, "other/main.tf"), 'resource "aws_sns_topic" "t" {\n  name = "t"\n}\n');
    await writeFile(join(dir, ".driftless.yaml"), 'ignore:\n  - {rule: ACC-001, paths: ["infra/main.tf"], reason: r}\n');
    const staged = await scan(dir, "other/main.tf", "--format", "json");
    expect(staged.rows).toEqual([]);
    const whole = await scan(dir, ".", "--format", "json", "--skip-rule", "PIN-003,PIN-004");
    expect(brief(whole.rows)).toEqual(["infra/main.tf:2 ACC-001 suppressed(external: r)"]);
  });
});

describe("what cannot be suppressed", () => {
  it("IAC-000 and IAC-001 are not suppressed inline; the suppression says what to do instead", async () => {
    const dir = await tempDir();
    await mkdir(join(dir, ".git"));
    await writeFile(join(dir, "main.tf"), '# driftless:ignore IAC-000 -- fixture on purpose\nresource "a" "b" {\n  x = \n}\n');
    const { rows } = await scan(dir, ".", "--format", "json", "--fail-on", "none");
    expect(brief(rows)).toEqual(["main.tf:1 IAC-001", "main.tf:3 IAC-000"]);
    expect(rows[0]!.message).toBe("Suppression at main.tf:1 names IAC-000, which cannot be suppressed: exclude a file driftless cannot read (--exclude or exclude: in .driftless.yaml).");
  });
});
