/**
 * Values of Pulumi SDK enums (`aws.ec2.InstanceType.T3_Micro` → "t3.micro") without executing
 * the SDK: the project's own `node_modules/@pulumi/<pkg>/types/enums/<module>/index.js` read as
 * text when it is installed, else a few systematic rules for the enums rules care about.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** The enum member's value, or undefined when it is not known. */
export function enumValue(projectDir: string | undefined, pkg: string, modules: readonly string[], enumName: string, member: string): string | number | undefined {
  const installed = projectDir ? installedEnums(projectDir, pkg, modules) : undefined;
  const fromSdk = installed?.get(enumName)?.get(member);
  if (fromSdk !== undefined) return fromSdk;
  return builtIn(pkg, modules, enumName, member);
}

function builtIn(pkg: string, modules: readonly string[], enumName: string, member: string): string | undefined {
  const key = `${pkg}.${modules.join(".")}.${enumName}`;
  switch (key) {
    case "aws.ec2.InstanceType":
      // T3_Micro → t3.micro, M5_2XLarge → m5.2xlarge, T3a_Large → t3a.large
      return /^[A-Za-z0-9]+_[A-Za-z0-9]+$/.test(member) ? member.replace("_", ".").toLowerCase() : undefined;
    case "aws.ec2.ProtocolType":
      return { All: "all", TCP: "tcp", UDP: "udp", ICMP: "icmp" }[member];
    case "aws.s3.CannedAcl":
      // PublicRead → public-read, AwsExecRead → aws-exec-read
      return member.replace(/([a-z0-9])([A-Z])/g, "$1-$2").toLowerCase();
    case "aws.lambda.Runtime": {
      // NodeJS20dX → nodejs20.x, Python3d12 → python3.12, Java21 → java21, Custom AL2023 → provided.al2023
      const m = /^(NodeJS|Python|Java|Dotnet|Ruby|Go|Custom)(.*)$/.exec(member);
      if (!m) return undefined;
      const rest = m[2]!.replace(/d/g, ".").replace(/X$/, "x");
      return m[1] === "Custom" ? `provided.${m[2]!.toLowerCase()}` : `${m[1]!.toLowerCase()}${rest.toLowerCase()}`;
    }
    default:
      return undefined;
  }
}

const cache = new Map<string, Map<string, Map<string, string | number>> | null>();

/**
 * `exports.InstanceType = { A1_2XLarge: "a1.2xlarge", ... };` blocks of an installed SDK's enum
 * module, parsed with a regular expression (the files are generated and regular). The
 * `node_modules` folder is looked for in the project folder and its parents.
 */
function installedEnums(projectDir: string, pkg: string, modules: readonly string[]): Map<string, Map<string, string | number>> | undefined {
  const key = `${projectDir}\0${pkg}\0${modules.join("/")}`;
  if (cache.has(key)) return cache.get(key) ?? undefined;
  let result: Map<string, Map<string, string | number>> | null = null;
  for (let dir = projectDir; ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", "@pulumi", pkg, "types", "enums", ...modules, "index.js");
    let text: string | undefined;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      result = new Map();
      for (const block of text.matchAll(/exports\.([A-Za-z_$][\w$]*)\s*=\s*\{([^}]*)\}/g)) {
        const members = new Map<string, string | number>();
        for (const m of block[2]!.matchAll(/([A-Za-z_$][\w$]*|"[^"]*")\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g)) {
          const name = m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!;
          members.set(name, m[2]!.startsWith('"') ? (JSON.parse(m[2]!) as string) : Number(m[2]));
        }
        result.set(block[1]!, members);
      }
      break;
    }
    if (dirname(dir) === dir) break;
  }
  cache.set(key, result);
  return result ?? undefined;
}
