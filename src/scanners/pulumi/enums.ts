/**
 * Values of Pulumi SDK enums (`aws.ec2.InstanceType.T3_Micro` → "t3.micro") without executing
 * the SDK: the project's own `node_modules/@pulumi/<pkg>/types/enums/<module>/index.js` read as
 * text (through the run's reader, so never outside the scanned repository) when it is installed,
 * else a few systematic rules for the enums rules care about. One `SdkEnums` per unit: what it
 * parsed goes with the unit.
 */
import { dirname, join, relative, sep } from "node:path";
import { isRefusal, type Reader } from "../../discover/reader.js";

type EnumTable = Map<string, Map<string, string | number>>;

export class SdkEnums {
  private readonly modules = new Map<string, EnumTable | null>();

  constructor(
    private readonly reader: Reader,
    /** The project folder (the program's folder outside a project): where `node_modules` is looked for, then in its parents inside the root. */
    private readonly projectDir: string | undefined,
  ) {}

  /** The enum member's value, or undefined when it is not known. */
  value(pkg: string, modules: readonly string[], enumName: string, member: string): string | number | undefined {
    const fromSdk = this.installed(pkg, modules)?.get(enumName)?.get(member);
    if (fromSdk !== undefined) return fromSdk;
    return builtIn(pkg, modules, enumName, member);
  }

  private installed(pkg: string, modules: readonly string[]): EnumTable | undefined {
    if (this.projectDir === undefined) return undefined;
    const key = `${pkg}\0${modules.join("/")}`;
    if (!this.modules.has(key)) this.modules.set(key, this.find(pkg, modules));
    return this.modules.get(key) ?? undefined;
  }

  private find(pkg: string, modules: readonly string[]): EnumTable | null {
    for (let dir = this.projectDir!; inside(this.reader.root, dir); dir = dirname(dir)) {
      const read = this.reader.readInside(join(dir, "node_modules", "@pulumi", pkg, "types", "enums", ...modules, "index.js"));
      if (!isRefusal(read) && read.file) return parseEnums(read.file.text);
      if (dirname(dir) === dir) break;
    }
    return null;
  }
}

function inside(root: string, dir: string): boolean {
  const rel = relative(root, dir);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== "..");
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

/**
 * `exports.InstanceType = { A1_2XLarge: "a1.2xlarge", ... };` blocks of an installed SDK's enum
 * module, parsed with a regular expression (the files are generated and regular).
 */
function parseEnums(text: string): EnumTable {
  const result: EnumTable = new Map();
  for (const block of text.matchAll(/exports\.([A-Za-z_$][\w$]*)\s*=\s*\{([^}]*)\}/g)) {
    const members = new Map<string, string | number>();
    for (const m of block[2]!.matchAll(/([A-Za-z_$][\w$]*|"[^"]*")\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?)/g)) {
      const name = m[1]!.startsWith('"') ? (JSON.parse(m[1]!) as string) : m[1]!;
      members.set(name, m[2]!.startsWith('"') ? (JSON.parse(m[2]!) as string) : Number(m[2]));
    }
    result.set(block[1]!, members);
  }
  return result;
}
