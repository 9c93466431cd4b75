/**
 * Encodings and line endings (issue 11, item 2): UTF-16/32 with a byte order mark is decoded
 * where the format allows it and refused with a message naming the encoding where it does not;
 * lone CR line endings get the position the format's own tool gives (YAML, JSON, TypeScript
 * break lines there) or Terraform's refusal; empty and whitespace-only files are not errors. Each
 * case also checks that the other files' findings are still reported.
 */
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliInProcess } from "../support/cli.js";
import { tempDir, writeTree } from "../support/tmp.js";

interface JsonFinding {
  ruleId: string;
  file: string;
  message: string;
  range: { start: { line: number; column: number } };
}

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, "utf16le")]);
const utf16be = (s: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, "utf16le").swap16()]);
const utf32le = (s: string) => {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(4 + cps.length * 4);
  out.writeUInt32LE(0xfeff, 0);
  cps.forEach((cp, i) => out.writeUInt32LE(cp, 4 + i * 4));
  return out;
};

const INSTANCE_YAML = "Resources:\n  Web:\n    Type: AWS::EC2::Instance\n    Properties:\n      ImageId: ami-1\n      KeyName: ops\n";
const PROGRAM = 'import * as aws from "@pulumi/aws";\nnew aws.ec2.Instance("web", {\n  ami: "ami-1",\n  keyName: "ops",\n});\n';

let findings: JsonFinding[];
const at = (file: string, ruleId = "ACC-003") => findings.filter((f) => f.file === file && f.ruleId === ruleId).map((f) => [f.range.start.line, f.range.start.column]);
const messages = (file: string) => findings.filter((f) => f.file === file).map((f) => f.message);

beforeAll(async () => {
  const dir = await tempDir();
  await mkdir(join(dir, ".git"));
  await writeTree(dir, {
    "good.tf": 'resource "aws_instance" "good" {\n  ami      = "ami-1"\n  key_name = "ops"\n}\n',
    "yaml/utf16le.yaml": utf16le(INSTANCE_YAML),
    "yaml/utf16be.yaml": utf16be(INSTANCE_YAML),
    "yaml/utf32le.yaml": utf32le(INSTANCE_YAML),
    "yaml/cr.yaml": INSTANCE_YAML.replace(/\n/g, "\r"),
    "yaml/broken16.yaml": Buffer.concat([utf16le(INSTANCE_YAML), Buffer.from([0x00, 0xd8])]),
    "tf/utf16.tf": utf16le('resource "aws_instance" "u" {\n  key_name = "ops"\n}\n'),
    "tf/terraform.tfvars": utf16be('region = "eu-west-1"\n'),
    "tf/cr.tf": 'resource "aws_instance" "c" {\r  key_name = "ops"\r}\r',
    "tf/cr-comment.tf": '# a comment with a lone \r carriage return\nresource "aws_instance" "d" {\n  key_name = "ops"\n}\n',
    "tf/cr.tf.json": '{\r"resource": {\r"aws_instance": {\r"j": {\r"key_name": "ops"\r}}}}\r',
    "tf/nobom.tf": Buffer.from('resource "aws_instance" "n" {}\n', "utf16le"),
    "json/utf16.json": utf16le('{"Resources":{"B":{"Type":"AWS::S3::Bucket"}}}'),
    "json/cr.json": '{\r"Resources": {\r"Web": {"Type": "AWS::EC2::Instance",\r"Properties": {"ImageId": "ami-1",\r"KeyName": "ops"}}}}\r',
    "app/Pulumi.yaml": "name: app\nruntime: nodejs\n",
    "app/index.ts": utf16be(PROGRAM),
    "app/cr.ts": PROGRAM.replace(/\n/g, "\r"),
    "empty/main.tf": "",
    "empty/blank.tf": "  \n\n\t\n",
    "empty/blank.yaml": "   \n",
    "empty/blank.json": " \n",
  });
  const run = await cliInProcess(["scan", ".", "--format", "json"], dir);
  findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
});

describe("UTF-16 and UTF-32 with a byte order mark", () => {
  it("are decoded for YAML (YAML 1.2 allows them): findings at the same lines as in UTF-8", () => {
    for (const file of ["yaml/utf16le.yaml", "yaml/utf16be.yaml", "yaml/utf32le.yaml"]) expect(at(file), file).toEqual([[6, 7]]);
  });

  it("are decoded for TypeScript (its compiler reads UTF-16 with a mark)", () => {
    expect(at("app/index.ts")).toEqual([[4, 3]]);
  });

  it("are refused for Terraform and JSON with a message that names the encoding, not 'binary'", () => {
    expect(messages("tf/utf16.tf")).toEqual([
      "file is UTF-16LE (with a byte order mark), and Terraform reads only UTF-8 (HCL native syntax specification: source files are UTF-8); it was not scanned: re-save it as UTF-8",
    ]);
    expect(messages("tf/terraform.tfvars")).toEqual([expect.stringMatching(/^file is UTF-16BE \(with a byte order mark\), and Terraform reads only UTF-8/)]);
    expect(messages("json/utf16.json")).toEqual([expect.stringMatching(/^file is UTF-16LE \(with a byte order mark\), and JSON reads only UTF-8 \(RFC 8259/)]);
  });

  it("UTF-16 without a mark is named as the likely cause, not 'binary'", () => {
    expect(messages("tf/nobom.tf")).toEqual(["file looks like UTF-16 without a byte order mark (every other byte is NUL) and was not scanned; re-save it as UTF-8"]);
  });

  it("a mark followed by invalid UTF-16 is refused as such", () => {
    expect(messages("yaml/broken16.yaml")).toEqual(["file starts with a UTF-16LE byte order mark but is not valid UTF-16LE; it was not scanned: re-save it as UTF-8"]);
  });
});

describe("lone CR line endings (classic Mac OS)", () => {
  it("YAML, JSON and TypeScript break lines at a lone CR, as their own parsers do", () => {
    expect(at("yaml/cr.yaml")).toEqual([[6, 7]]);
    expect(at("json/cr.json")).toEqual([[5, 1]]);
    expect(at("app/cr.ts")).toEqual([[4, 3]]);
  });

  it("Terraform rejects them: IAC-000 at the first lone CR, saying what it is and what to do", () => {
    const errors = findings.filter((f) => f.file === "tf/cr.tf");
    expect(errors.map((f) => [f.ruleId, f.range.start.line, f.range.start.column])).toEqual([["IAC-000", 1, 30]]);
    expect(errors[0]!.message).toMatch(/^Invalid character: a carriage return without a line feed \(classic Mac OS line endings\), which Terraform does not accept as a line break; convert the file's line endings to LF or CRLF$/);
  });

  it("Terraform JSON counts lines like other JSON (found by the fuzz suite: a finding at 1:129 of a 28-line file)", () => {
    expect(at("tf/cr.tf.json")).toEqual([[5, 1]]);
  });

  it("a lone CR inside a Terraform comment is part of the comment, as in HCL", () => {
    expect(messages("tf/cr-comment.tf").filter((m) => !m.includes("SSH key pair"))).toEqual([]);
    expect(at("tf/cr-comment.tf")).toEqual([[3, 3]]);
  });
});

describe("empty and whitespace-only files", () => {
  it("are not errors", () => {
    expect(findings.filter((f) => f.file.startsWith("empty/"))).toEqual([]);
  });
});

describe("the other files", () => {
  it("keep their findings", () => {
    expect(at("good.tf")).toEqual([[3, 3]]);
  });
});
