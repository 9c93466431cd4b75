import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { callFunction } from "../../src/engine/functions/index.js";
import { firstCommand, scriptText } from "../../src/engine/functions/script.js";
import { isUnknown, unknown } from "../../src/model/value.js";

/** The default command lists of the boot-script rules, as the pack ships them. */
function listOf(rule: string, param: string): string[] {
  const data = parse(readFileSync(new URL(`../../rules/${rule}.yaml`, import.meta.url), "utf8")) as { params: Record<string, { default: string[] }> };
  return data.params[param]!.default;
}
const INSTALLS = listOf("ACC-007", "commands");
const REMOTE = listOf("ACC-008", "commands");
const PINNED = listOf("ACC-008", "pinned");

describe("scriptText: what a boot script value holds", () => {
  it("reads strings, base64 and gzip+base64 literals, and encoding or template Unknowns at any depth", () => {
    const script = "#!/bin/bash\nyum install -y httpd\n";
    expect(scriptText(script)).toEqual({ text: script });
    expect(scriptText(Buffer.from(script).toString("base64"))?.text).toBe(script);
    expect(scriptText(gzipSync(script).toString("base64"))?.text).toBe(script);
    const nested = unknown("base64encode(templatefile(...))", { decoded: unknown("templatefile(...)", { decoded: script, partial: true }) });
    expect(scriptText(nested)?.text).toBe(script);
    expect(scriptText(unknown("var.user_data"))).toBeUndefined();
  });

  it("leaves words and identifiers that happen to be base64 alone", () => {
    expect(scriptText("echo")?.text).toBe("echo");
    expect(scriptText("configuration")?.text).toBe("configuration");
  });
});

describe("firstCommand with the ACC-007 install commands", () => {
  it.each([
    ["apt-get update && apt-get install -y nginx && systemctl start nginx", "apt-get install -y nginx"],
    ["sudo DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confold -y install nginx", "sudo DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confold -y install nginx"],
    ["/usr/bin/yum -y update", "/usr/bin/yum -y update"],
    ["zypper -n in nginx", "zypper -n in nginx"],
    ["python3 -m pip install boto3", "python3 -m pip install boto3"],
    ["npm i -g pm2", "npm i -g pm2"],
    ["systemctl enable chef-client", "systemctl enable chef-client"],
    ["yum install -y \\\n  httpd", "yum install -y httpd"],
    ["cd /tmp && ./efa_installer.sh -y", "./efa_installer.sh -y"],
    ["#cloud-config\npackages:\n  - nginx", "packages:"],
    ["#cloud-config\npackage_upgrade: true", "package_upgrade: true"],
    ["#cloud-config\nruncmd:\n  - [ sh, -c, \"apt-get install -y x\" ]", "sh -c apt-get install -y x"],
    ["Start-Process msiexec.exe -ArgumentList '/i C:\\x.msi /quiet'", "Start-Process msiexec.exe -ArgumentList '/i C:\\x.msi /quiet'"],
  ])("%j runs %j", (script, command) => {
    expect(firstCommand(script, INSTALLS)).toBe(command);
  });

  it.each([
    "apt-get update",
    "# apt-get install -y nginx\necho ok",
    "echo ok # yum install -y httpd",
    'echo "apt-get install is done in the image"',
    "./installer --yes",
    "install -m 0755 app /usr/local/bin/app",
    "pacman -Ss nginx",
    "rpm --import https://example.com/key",
    "dpkg -I package.deb",
    "npm run build",
    "cp install.sh /opt/",
    "#cloud-config\npackage_update: true\npackages: []",
  ])("%j installs nothing", (script) => {
    expect(firstCommand(script, INSTALLS)).toBeNull();
  });

  it("is Unknown when nothing visible matches but an unknown part stands where a command could", () => {
    const partial = unknown("templatefile(...)", { decoded: "#!/bin/bash\n${extra_commands}\n", partial: true, reason: "var.extra has no default" });
    const result = firstCommand(partial, INSTALLS);
    expect(isUnknown(result)).toBe(true);
    expect(result).toMatchObject({ $unknown: "${extra_commands}" });
    const argument = unknown("templatefile(...)", { decoded: "#!/bin/bash\necho ${extra}\n", partial: true });
    expect(firstCommand(argument, INSTALLS)).toBeNull();
    expect(firstCommand(unknown("pulumi.all([a])\n  .apply(...)", { reason: "output transformation (.apply)" }), INSTALLS)).toMatchObject({ $unknown: "pulumi.all([a])…" });
  });

  it("is callable from rules, which pass Unknown scripts through", () => {
    expect(callFunction("firstCommand", ["yum install -y httpd", INSTALLS])).toBe("yum install -y httpd");
    expect(isUnknown(callFunction("firstCommand", [unknown("var.user_data"), INSTALLS]))).toBe(true);
  });
});

describe("firstCommand with the ACC-008 remote-code commands", () => {
  it.each([
    ["curl -fsSL https://get.docker.com | sh", "curl -fsSL https://get.docker.com | sh"],
    ["curl -sL https://deb.nodesource.com/setup_20.x | sudo -E bash -", "curl -sL https://deb.nodesource.com/setup_20.x | sudo -E bash -"],
    ['curl -s "https://x/a?b=1&c=2" | python3 -', 'curl -s "https://x/a?b=1&c=2" | python3 -'],
    ["bash <(curl -s https://x/i.sh)", "bash <(curl -s https://x/i.sh)"],
    ['sh -c "$(curl -fsSL https://x/install.sh)"', 'sh -c "$(curl -fsSL https://x/install.sh)"'],
    ["iex ((New-Object System.Net.WebClient).DownloadString('https://x/i.ps1'))", "iex ((New-Object System.Net.WebClient).DownloadString('https://x/i.ps1'))"],
    ["aws s3 cp s3://boot/x.sh /tmp/x.sh && bash /tmp/x.sh", "aws s3 cp s3://boot/x.sh /tmp/x.sh"],
    ["aws s3 cp s3://boot/configure.sh - | sudo bash", "aws s3 cp s3://boot/configure.sh - | sudo bash"],
    ["aws s3api get-object --bucket b --key boot/x.sh /tmp/x.sh", "aws s3api get-object --bucket b --key boot/x.sh /tmp/x.sh"],
    ["Read-S3Object -BucketName b -Key boot/x.ps1 -File C:\\x.ps1", "Read-S3Object -BucketName b -Key boot/x.ps1 -File C:\\x.ps1"],
    ["gsutil cp gs://b/boot.sh /tmp/boot.sh", "gsutil cp gs://b/boot.sh /tmp/boot.sh"],
    ["gsutil cat gs://b/boot.sh | bash", "gsutil cat gs://b/boot.sh | bash"],
  ])("%j runs remote code: %j", (script, command) => {
    expect(firstCommand(script, REMOTE, PINNED)).toBe(command);
  });

  it.each([
    "curl -fsSL https://download.docker.com/linux/ubuntu/gpg | gpg --dearmor -o /usr/share/keyrings/docker.gpg",
    "curl -fsSL https://x/agent.tar.gz | tar xz",
    "curl -o /tmp/i.sh https://x; cat /tmp/y | bash",
    "curl -fsSL https://raw.githubusercontent.com/org/repo/0123456789abcdef0123456789abcdef01234567/install.sh | bash",
    'curl -s "https://boot.s3.amazonaws.com/i.sh?versionId=abc" | bash',
    "aws s3api get-object --bucket b --key boot/x.sh --version-id abc /tmp/x.sh",
    "Read-S3Object -BucketName b -Key boot/x.ps1 -Version abc -File C:\\x.ps1",
    "gsutil cp gs://b/boot.sh#1712345 /tmp/boot.sh",
    "aws s3 cp s3://artifacts/app-1.4.2.jar /opt/app.jar",
    "# curl https://x | bash\necho ok",
  ])("%j fetches no mutable code", (script) => {
    expect(firstCommand(script, REMOTE, PINNED)).toBeNull();
  });
});
