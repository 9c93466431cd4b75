import { describe, expect, it } from "vitest";
import { AWS, byName, scanFiles } from "./helpers.js";

const PULUMI = 'import * as pulumi from "@pulumi/pulumi";\n';
const SCRIPT = "#!/bin/bash\napt-get install -y nginx\n";

/** The user data of resource `name` in a project made of `index.ts` and the other files. */
async function userData(program: string, name: string, files: Record<string, string> = {}): Promise<unknown> {
  const r = await scanFiles({ "app/Pulumi.yaml": "name: app\nruntime: nodejs\n", "app/index.ts": program, ...files });
  return byName(r, name).attributes.user_data;
}

describe("boot scripts read from files", () => {
  it("fs.readFileSync with an encoding, or .toString() of it, reads a repository file relative to the project", async () => {
    const program = [
      AWS,
      'import * as fs from "fs";',
      'import { readFileSync } from "node:fs";',
      'new aws.ec2.Instance("enc", { ami: "ami-1", userData: fs.readFileSync("scripts/boot.sh", "utf8") });',
      'new aws.ec2.Instance("opts", { ami: "ami-1", userData: fs.readFileSync("./scripts/boot.sh", { encoding: "utf-8" }) });',
      'new aws.ec2.Instance("named", { ami: "ami-1", userData: readFileSync("scripts/boot.sh").toString() });',
    ].join("\n");
    const files = { "app/scripts/boot.sh": SCRIPT };
    expect(await userData(program, "enc", files)).toBe(SCRIPT);
    expect(await userData(program, "opts", files)).toBe(SCRIPT);
    expect(await userData(program, "named", files)).toBe(SCRIPT);
  });

  it("paths built from __dirname with path.join, path.resolve, templates and + are relative to the file's folder", async () => {
    const program = [
      AWS,
      'import * as fs from "fs";',
      'import * as path from "path";',
      'const name = "boot.sh";',
      'new aws.ec2.Instance("join", { ami: "ami-1", userData: fs.readFileSync(path.join(__dirname, "scripts", name), "utf8") });',
      'new aws.ec2.Instance("resolve", { ami: "ami-1", userData: fs.readFileSync(path.resolve(__dirname, "scripts/boot.sh"), "utf8") });',
      'new aws.ec2.Instance("template", { ami: "ami-1", userData: fs.readFileSync(`${__dirname}/scripts/${name}`).toString() });',
      'new aws.ec2.Instance("plus", { ami: "ami-1", userData: fs.readFileSync(__dirname + "/scripts/boot.sh", "utf8") });',
    ].join("\n");
    const files = { "app/scripts/boot.sh": SCRIPT };
    for (const name of ["join", "resolve", "template", "plus"]) expect(await userData(program, name, files)).toBe(SCRIPT);
  });

  it("base64 output is Unknown, decoded to the file's text", async () => {
    const program = [AWS, 'import * as fs from "fs";', 'new aws.ec2.LaunchTemplate("lt", { userData: fs.readFileSync("boot.sh", "base64") });'].join("\n");
    expect(await userData(program, "lt", { "app/boot.sh": SCRIPT })).toEqual({ $unknown: 'fs.readFileSync("boot.sh", "base64")', decoded: SCRIPT, reason: "base64 encoding of a file" });
  });

  it("stays Unknown for a Buffer (no encoding), a missing file, a path not known statically, a file outside the repository, or a local readFileSync", async () => {
    const program = [
      AWS,
      PULUMI,
      'import * as fs from "fs";',
      "const config = new pulumi.Config();",
      "function readFileSync(p: string): string { return p; }",
      'new aws.ec2.Instance("buffer", { ami: "ami-1", userData: fs.readFileSync("boot.sh") as any });',
      'new aws.ec2.Instance("missing", { ami: "ami-1", userData: fs.readFileSync("nothing.sh", "utf8") });',
      'new aws.ec2.Instance("configured", { ami: "ami-1", userData: fs.readFileSync(config.require("script"), "utf8") });',
      'new aws.ec2.Instance("outside", { ami: "ami-1", userData: fs.readFileSync("../../etc/passwd", "utf8") });',
      'new aws.ec2.Instance("local", { ami: "ami-1", userData: readFileSync("boot.sh") });',
    ].join("\n");
    const files = { "app/boot.sh": SCRIPT };
    for (const name of ["buffer", "missing", "configured", "outside"]) expect(await userData(program, name, files)).toMatchObject({ $unknown: expect.stringContaining("readFileSync") });
    // The program's own function is followed as before: it returns its argument.
    expect(await userData(program, "local", files)).toBe("boot.sh");
  });
});

describe("boot scripts built in .apply callbacks", () => {
  it("a template returned by the callback is the Unknown's decoded value (itself partly known, parameters standing for the receiver's unknown parts)", async () => {
    const program = [
      AWS,
      PULUMI,
      "const config = new pulumi.Config();",
      'const token = config.requireSecret("token");',
      'const bucket = new aws.s3.BucketV2("b", {});',
      "const script = pulumi.all([token, bucket.id]).apply(([t, b]) => `#!/bin/bash\\ncurl -fsSL https://x/i.sh | bash -s -- ${t}\\naws s3 cp s3://${b}/app .\\n`);",
      'new aws.ec2.Instance("all", { ami: "ami-1", userData: script });',
      'new aws.ec2.Instance("block", { ami: "ami-1", userData: bucket.id.apply((id) => { const s = `echo ${id}`; return s; }) });',
      'new aws.ec2.LaunchTemplate("encoded", { userData: script.apply((s) => Buffer.from(s).toString("base64")) });',
    ].join("\n");
    const text = "#!/bin/bash\ncurl -fsSL https://x/i.sh | bash -s -- ${t}\naws s3 cp s3://${b}/app .\n";
    expect(await userData(program, "all")).toMatchObject({ reason: "output transformation (.apply)", decoded: { decoded: text, reason: "partly known string" } });
    expect(await userData(program, "block")).toMatchObject({ reason: "output transformation (.apply)", decoded: { decoded: "echo ${id}" } });
    expect(await userData(program, "encoded")).toMatchObject({
      $unknown: 'script.apply((s) => Buffer.from(s).toString("base64"))',
      decoded: { decoded: { decoded: text }, reason: "base64 encoding" },
    });
    // A string written whole in the callback is the decoded value itself.
    const constant = [AWS, 'const bucket = new aws.s3.BucketV2("b", {});', 'new aws.ec2.Instance("c", { ami: "ami-1", userData: bucket.id.apply(() => "#!/bin/bash\\necho hi\\n") });'].join("\n");
    expect(await userData(constant, "c")).toMatchObject({ decoded: "#!/bin/bash\necho hi\n" });
  });

  it("a callback that returns the receiver itself, a non-string, or has control flow adds nothing", async () => {
    const program = [
      AWS,
      'const bucket = new aws.s3.BucketV2("b", {});',
      'new aws.ec2.Instance("same", { ami: "ami-1", userData: bucket.arn.apply((a) => a) });',
      'new aws.ec2.Instance("flag", { ami: "ami-1", userData: bucket.arn.apply((a) => !!a) as any });',
      'new aws.ec2.Instance("flow", { ami: "ami-1", userData: bucket.arn.apply((a) => { if (a) { return "x"; } return "y"; }) });',
    ].join("\n");
    for (const name of ["same", "flag", "flow"]) {
      const value = await userData(program, name);
      expect(value).toMatchObject({ reason: "output transformation (.apply)" });
      expect(value).not.toHaveProperty("decoded");
    }
  });
});
