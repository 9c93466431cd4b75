/**
 * CloudFormation scanner speed: parses generated templates of about 20,000 lines (YAML with
 * short-form tags, and the same template as JSON) and prints milliseconds per 1,000 lines for
 * the parse alone (text → template tree) and the full scan (→ Resource records).
 *
 *   npx tsx bench/cfn-parse.ts [targetLines]
 */
import { LineIndex } from "../src/model/position.js";
import { readTemplates, scanCloudFormation } from "../src/scanners/cloudformation/index.js";
import type { SourceFile } from "../src/scanners/source.js";

const target = Number(process.argv[2] ?? 20_000);

function resourceYaml(i: number): string {
  return `  Instance${i}:
    Type: AWS::EC2::Instance
    DeletionPolicy: Retain
    DependsOn: [Group${i}]
    Metadata:
      AWS::CloudFormation::Init:
        config:
          files:
            /etc/app${i}.conf:
              content: !Sub "port=\${Port}"
    Properties:
      ImageId: !FindInMap [Images, !Ref AWS::Region, Ami]
      InstanceType: !Ref InstanceType
      SubnetId: !Select [0, !Ref Subnets]
      SecurityGroupIds:
        - !GetAtt Group${i}.GroupId
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          echo "instance ${i} in \${AWS::Region}" > /etc/motd
          /opt/app/start --port \${Port}
      Tags:
        - Key: Name
          Value: !Join ["-", [app, "${i}"]]
        - Key: Tier
          Value: web
  Group${i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: group ${i}
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 443
          ToPort: 443
          CidrIp: 10.0.0.0/8
`;
}

const header = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  InstanceType:
    Type: String
    Default: t3.micro
  Port:
    Type: Number
    Default: 8080
  Subnets:
    Type: CommaDelimitedList
    Default: subnet-a,subnet-b
Mappings:
  Images:
    us-east-1:
      Ami: ami-0123456789abcdef0
Resources:
`;

let yaml = header;
let count = 0;
while (yaml.split("\n").length < target) yaml += resourceYaml(count++);

/** The same template as JSON (long forms), pretty-printed. */
function toJson(): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < count; i++) {
    resources[`Instance${i}`] = {
      Type: "AWS::EC2::Instance",
      DeletionPolicy: "Retain",
      DependsOn: [`Group${i}`],
      Metadata: { "AWS::CloudFormation::Init": { config: { files: { [`/etc/app${i}.conf`]: { content: { "Fn::Sub": "port=${Port}" } } } } } },
      Properties: {
        ImageId: { "Fn::FindInMap": ["Images", { Ref: "AWS::Region" }, "Ami"] },
        InstanceType: { Ref: "InstanceType" },
        SubnetId: { "Fn::Select": [0, { Ref: "Subnets" }] },
        SecurityGroupIds: [{ "Fn::GetAtt": [`Group${i}`, "GroupId"] }],
        UserData: { "Fn::Base64": { "Fn::Sub": `#!/bin/bash\necho "instance ${i} in \${AWS::Region}" > /etc/motd\n/opt/app/start --port \${Port}\n` } },
        Tags: [
          { Key: "Name", Value: { "Fn::Join": ["-", ["app", String(i)]] } },
          { Key: "Tier", Value: "web" },
        ],
      },
    };
    resources[`Group${i}`] = {
      Type: "AWS::EC2::SecurityGroup",
      Properties: { GroupDescription: `group ${i}`, SecurityGroupIngress: [{ IpProtocol: "tcp", FromPort: 443, ToPort: 443, CidrIp: "10.0.0.0/8" }] },
    };
  }
  return JSON.stringify(
    {
      AWSTemplateFormatVersion: "2010-09-09",
      Parameters: { InstanceType: { Type: "String", Default: "t3.micro" }, Port: { Type: "Number", Default: 8080 }, Subnets: { Type: "CommaDelimitedList", Default: "subnet-a,subnet-b" } },
      Mappings: { Images: { "us-east-1": { Ami: "ami-0123456789abcdef0" } } },
      Resources: resources,
    },
    null,
    2,
  );
}

const json = toJson();

async function measure(name: string, text: string): Promise<string> {
  const file: SourceFile = { path: name, absolutePath: `/bench/${name}`, text };
  const lines = text.split("\n").length;
  const runs = 7;
  const parse: number[] = [];
  const scan: number[] = [];
  let resources = 0;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    readTemplates(file, new LineIndex(text));
    parse.push(performance.now() - t);
    t = performance.now();
    const result = await scanCloudFormation(file);
    scan.push(performance.now() - t);
    resources = result.resources.length;
    if (result.diagnostics.length) throw new Error(result.diagnostics[0]!.message);
  }
  // Median of the runs after the first (JIT warm-up).
  const median = (xs: number[]): number => xs.slice(1).sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const per = (ms: number): string => ((ms / lines) * 1000).toFixed(2);
  return `${name.padEnd(10)} ${String(lines).padStart(7)} ${String(resources).padStart(9)} ${median(parse).toFixed(1).padStart(9)} ${per(median(parse)).padStart(13)} ${median(scan).toFixed(1).padStart(9)} ${per(median(scan)).padStart(12)}`;
}

console.log(`format       lines resources  parse ms  parse ms/1k   scan ms  scan ms/1k`);
console.log(await measure("cfn.yaml", yaml));
console.log(await measure("cfn.json", json));
