// Generates a synthetic IaC repository for the benchmark: realistic Terraform files with a mix
// of clean and failing resources, deterministic (seeded) so runs are comparable.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

function terraformFile(i) {
  const port = i % 3 === 0 ? 22 : 443;
  return `# generated module file ${i}
module "net_${i}" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "${i % 2 ? "5.8.1" : "~> 5.8"}"
  name    = "net-${i}"
}

resource "aws_security_group" "sg_${i}" {
  name   = "sg-${i}"
  vpc_id = module.net_${i}.vpc_id

  ingress {
    from_port   = ${port}
    to_port     = ${port}
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ecs_task_definition" "task_${i}" {
  family = "task-${i}"
  container_definitions = jsonencode([
    {
      name      = "app"
      image     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app-${i}:${i % 4 ? "1.0." + i : "latest"}"
      essential = true
      portMappings = [{ containerPort = 8080 }]
      environment = [
        { name = "ENV", value = "prod" },
        { name = "REGION", value = var.region }
      ]
    }
  ])
}

resource "aws_instance" "vm_${i}" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo "instance ${i}" > /etc/motd
  EOT

  tags = {
    Name  = "vm-${i}"
    Owner = "team-${i % 7}"
  }

  lifecycle {
    ignore_changes = [tags${i % 5 === 0 ? ", ami" : ""}]
  }
}

resource "aws_ecr_repository" "repo_${i}" {
  name                 = "app-${i}"
  image_tag_mutability = "${i % 2 ? "IMMUTABLE" : "MUTABLE"}"
}
`;
}

function terraformJsonFile(i) {
  return JSON.stringify(
    {
      resource: {
        aws_lambda_function: { [`fn_${i}`]: { function_name: `fn-${i}`, package_type: "Image", image_uri: `acme/fn-${i}:${i % 3 ? "2.0" : "latest"}` } },
        aws_security_group_rule: { [`ssh_${i}`]: { type: "ingress", from_port: 22, to_port: 22, protocol: "tcp", cidr_blocks: ["10.0.0.0/8"], security_group_id: "sg-1" } },
      },
    },
    null,
    2,
  );
}

function cloudFormationFile(i) {
  return `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Tag:
    Type: String
    Default: "1.${i}.0"
Resources:
  Sg${i}:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: generated ${i}
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: ${i % 3 === 0 ? 22 : 443}
          ToPort: ${i % 3 === 0 ? 22 : 443}
          CidrIp: 0.0.0.0/0
  Task${i}:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: app
          Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.amazonaws.com/app:\${Tag}"
  Table${i}:
    Type: AWS::DynamoDB::Table
${i % 2 ? "    DeletionPolicy: Retain\n    UpdateReplacePolicy: Retain\n" : ""}    Properties:
      BillingMode: PAY_PER_REQUEST
  Server${i}:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          yum install -y httpd
          /opt/aws/bin/cfn-hup
`;
}

function pulumiProgram(i) {
  return `import * as aws from "@pulumi/aws";
import * as k8s from "@pulumi/kubernetes";
import { region } from "./shared";

const tags = { Service: "svc-${i}", Region: region };
const repo = new aws.ecr.Repository("repo-${i}", { imageTagMutability: "${i % 2 ? "MUTABLE" : "IMMUTABLE"}", tags });
const sg = new aws.ec2.SecurityGroup("sg-${i}", {
  ingress: [
    { protocol: "tcp", fromPort: ${i % 3 === 0 ? 22 : 443}, toPort: ${i % 3 === 0 ? 22 : 443}, cidrBlocks: ["0.0.0.0/0"] },
  ],
});
new aws.ecs.TaskDefinition("task-${i}", {
  family: "task-${i}",
  containerDefinitions: JSON.stringify([{ name: "app", image: "acme/app-${i}:${i % 4 ? "1.0." + i : "latest"}" }]),
});
new aws.dynamodb.Table("table-${i}", { billingMode: "PAY_PER_REQUEST", hashKey: "id", attributes: [{ name: "id", type: "S" }] }, { protect: ${i % 2 === 0} });
for (const env of ["dev", "prod"]) {
  new k8s.apps.v1.Deployment(\`web-${i}-\${env}\`, {
    spec: { selector: { matchLabels: { app: "web" } }, template: { metadata: { labels: { app: "web" } }, spec: { containers: [{ name: "web", image: "nginx:1.27" }] } } },
  });
}
export const url = repo.repositoryUrl;
export const group = sg.id;
`;
}

/** A Pulumi project of `count` programs under dir (Pulumi.yaml, package.json, lock file, shared.ts). */
export function generatePulumiProject(dir, count) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench", dependencies: { "@pulumi/pulumi": "^3.140.0", "@pulumi/aws": "^6.52.0" } }, null, 2));
  writeFileSync(path.join(dir, "package-lock.json"), "{}\n");
  writeFileSync(path.join(dir, "shared.ts"), 'export const region = "eu-west-1";\n');
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const text = pulumiProgram(i);
    lines += text.split("\n").length;
    writeFileSync(path.join(dir, `program-${i}.ts`), text);
  }
  return { files: count + 2, lines };
}

/** Writes `count` IaC files under dir, 20 per folder: Terraform (every tenth as .tf.json), and every tenth a CloudFormation template. */
export function generateCorpus(dir, count) {
  let lines = 0;
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `module-${Math.floor(i / 20)}`);
    mkdirSync(folder, { recursive: true });
    const [name, text] =
      i % 10 === 9 ? [`file-${i}.tf.json`, terraformJsonFile(i)] : i % 10 === 4 ? [`template-${i}.yaml`, cloudFormationFile(i)] : [`file-${i}.tf`, terraformFile(i)];
    lines += text.split("\n").length;
    writeFileSync(path.join(folder, name), text);
  }
  return { files: count, lines };
}
