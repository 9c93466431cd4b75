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

// A realistic multi-module Terraform repository: leaf modules (one concern each), composite
// modules that call leaf modules by relative path, and environment roots (env × region) that
// call the composites with variables, tfvars, for_each and count. The shape of a platform
// team's monorepo, so a scan resolves local module calls across three levels.
const LEAF_MODULES = {
  network: `resource "aws_vpc" "this" {
  cidr_block           = var.cidr
  enable_dns_hostnames = true
  tags                 = merge(var.tags, { Name = var.name })
}

resource "aws_subnet" "private" {
  for_each          = { for i, az in var.azs : az => cidrsubnet(var.cidr, 4, i) }
  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = each.value
  tags              = merge(var.tags, { Name = "\${var.name}-\${each.key}" })
}

resource "aws_nat_gateway" "this" {
  count         = var.single_nat ? 1 : length(var.azs)
  subnet_id     = values(aws_subnet.private)[count.index].id
  allocation_id = aws_eip.nat[count.index].id
}

resource "aws_eip" "nat" {
  count  = var.single_nat ? 1 : length(var.azs)
  domain = "vpc"
}
`,
  "security-group": `resource "aws_security_group" "this" {
  name   = var.name
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = var.ingress
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = ingress.value.cidrs
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
  tags = var.tags
}
`,
  "ecs-service": `resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  requires_compatibilities = ["FARGATE"]
  cpu                      = var.cpu
  memory                   = var.memory
  container_definitions = jsonencode([
    {
      name         = var.name
      image        = "\${var.image}:\${var.image_tag}"
      essential    = true
      portMappings = [{ containerPort = var.port }]
      environment  = [for k, v in var.environment : { name = k, value = v }]
    }
  ])
}

resource "aws_ecs_service" "this" {
  name            = var.name
  cluster         = var.cluster_arn
  task_definition = aws_ecs_task_definition.this.arn
  desired_count   = var.desired_count
  lifecycle {
    ignore_changes = [desired_count]
  }
}
`,
  rds: `resource "aws_db_instance" "this" {
  identifier              = var.name
  engine                  = "postgres"
  engine_version          = var.engine_version
  instance_class          = var.instance_class
  allocated_storage       = var.storage_gb
  deletion_protection     = var.deletion_protection
  skip_final_snapshot     = !var.deletion_protection
  backup_retention_period = var.deletion_protection ? 14 : 1
  tags                    = var.tags
}
`,
  "s3-bucket": `resource "aws_s3_bucket" "this" {
  bucket        = var.name
  force_destroy = var.force_destroy
  tags          = var.tags
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}
`,
  "iam-role": `data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = var.services
    }
  }
}

resource "aws_iam_role" "this" {
  name               = var.name
  assume_role_policy = data.aws_iam_policy_document.assume.json
  tags               = var.tags
}

resource "aws_iam_role_policy_attachment" "this" {
  for_each   = toset(var.policy_arns)
  role       = aws_iam_role.this.name
  policy_arn = each.value
}
`,
  lambda: `resource "aws_lambda_function" "this" {
  function_name = var.name
  role          = var.role_arn
  package_type  = "Image"
  image_uri     = "\${var.image}:\${var.image_tag}"
  timeout       = 30
  environment {
    variables = var.environment
  }
  tags = var.tags
}
`,
  ecr: `resource "aws_ecr_repository" "this" {
  for_each             = toset(var.repositories)
  name                 = each.value
  image_tag_mutability = var.immutable ? "IMMUTABLE" : "MUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
}
`,
};

const LEAF_VARIABLES = {
  network: { name: "string", cidr: "string", azs: "list(string)", single_nat: "bool" },
  "security-group": { name: "string", vpc_id: "string", ingress: "list(object({ port = number, cidrs = list(string) }))" },
  "ecs-service": { name: "string", image: "string", image_tag: "string", cluster_arn: "string", cpu: "number", memory: "number", port: "number", desired_count: "number", environment: "map(string)" },
  rds: { name: "string", engine_version: "string", instance_class: "string", storage_gb: "number", deletion_protection: "bool" },
  "s3-bucket": { name: "string", force_destroy: "bool", versioning: "bool" },
  "iam-role": { name: "string", services: "list(string)", policy_arns: "list(string)" },
  lambda: { name: "string", role_arn: "string", image: "string", image_tag: "string", environment: "map(string)" },
  ecr: { repositories: "list(string)", immutable: "bool" },
};

const LEAF_OUTPUTS = {
  network: { vpc_id: "aws_vpc.this.id", subnet_ids: "[for s in aws_subnet.private : s.id]" },
  "security-group": { id: "aws_security_group.this.id" },
  "ecs-service": { service_name: "aws_ecs_service.this.name", task_arn: "aws_ecs_task_definition.this.arn" },
  rds: { endpoint: "aws_db_instance.this.endpoint" },
  "s3-bucket": { bucket: "aws_s3_bucket.this.id", arn: "aws_s3_bucket.this.arn" },
  "iam-role": { arn: "aws_iam_role.this.arn" },
  lambda: { arn: "aws_lambda_function.this.arn" },
  ecr: { urls: "{ for k, r in aws_ecr_repository.this : k => r.repository_url }" },
};

function variablesTf(vars, withTags = true) {
  const all = withTags ? { ...vars, tags: "map(string)" } : vars;
  return Object.entries(all)
    .map(([name, type]) => `variable "${name}" {\n  type        = ${type}\n  description = "${name.replace(/_/g, " ")}"${name === "tags" ? "\n  default     = {}" : ""}\n}\n`)
    .join("\n");
}

function outputsTf(outputs) {
  return Object.entries(outputs)
    .map(([name, value]) => `output "${name}" {\n  value = ${value}\n}\n`)
    .join("\n");
}

const VERSIONS_TF = `terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
  }
}
`;

// Composite modules: each calls leaf modules through ../<leaf>.
const COMPOSITES = {
  platform: `module "network" {
  source     = "../network"
  name       = var.name
  cidr       = var.cidr
  azs        = var.azs
  single_nat = var.environment != "prod"
  tags       = local.tags
}

module "sg" {
  source   = "../security-group"
  for_each = var.security_groups
  name     = "\${var.name}-\${each.key}"
  vpc_id   = module.network.vpc_id
  ingress  = each.value
  tags     = local.tags
}

module "ecr" {
  source       = "../ecr"
  repositories = var.repositories
  immutable    = var.environment == "prod"
  tags         = local.tags
}

resource "aws_ecs_cluster" "this" {
  name = var.name
}
`,
  app: `module "role" {
  source      = "../iam-role"
  name        = "\${var.name}-task"
  services    = ["ecs-tasks.amazonaws.com", "lambda.amazonaws.com"]
  policy_arns = var.policy_arns
  tags        = local.tags
}

module "service" {
  source        = "../ecs-service"
  for_each      = var.services
  name          = "\${var.name}-\${each.key}"
  image         = each.value.image
  image_tag     = each.value.tag
  cluster_arn   = var.cluster_arn
  cpu           = each.value.cpu
  memory        = each.value.memory
  port          = 8080
  desired_count = var.environment == "prod" ? 3 : 1
  environment   = merge(var.app_environment, { SERVICE = each.key })
  tags          = local.tags
}

module "worker" {
  source      = "../lambda"
  count       = var.enable_worker ? 1 : 0
  name        = "\${var.name}-worker"
  role_arn    = module.role.arn
  image       = var.worker_image
  image_tag   = var.worker_tag
  environment = var.app_environment
  tags        = local.tags
}

module "assets" {
  source        = "../s3-bucket"
  name          = "\${var.name}-assets"
  force_destroy = var.environment != "prod"
  versioning    = true
  tags          = local.tags
}
`,
  data: `module "db" {
  source              = "../rds"
  for_each            = var.databases
  name                = "\${var.name}-\${each.key}"
  engine_version      = each.value.version
  instance_class      = each.value.class
  storage_gb          = each.value.storage_gb
  deletion_protection = var.environment == "prod"
  tags                = local.tags
}

module "backups" {
  source        = "../s3-bucket"
  name          = "\${var.name}-backups"
  force_destroy = false
  versioning    = true
  tags          = local.tags
}
`,
};

const COMPOSITE_VARIABLES = {
  platform: { name: "string", environment: "string", cidr: "string", azs: "list(string)", security_groups: "map(list(object({ port = number, cidrs = list(string) })))", repositories: "list(string)" },
  app: {
    name: "string",
    environment: "string",
    cluster_arn: "string",
    policy_arns: "list(string)",
    services: "map(object({ image = string, tag = string, cpu = number, memory = number }))",
    app_environment: "map(string)",
    enable_worker: "bool",
    worker_image: "string",
    worker_tag: "string",
  },
  data: { name: "string", environment: "string", databases: "map(object({ version = string, class = string, storage_gb = number }))" },
};

const COMPOSITE_OUTPUTS = {
  platform: { vpc_id: "module.network.vpc_id", cluster_arn: "aws_ecs_cluster.this.arn", repository_urls: "module.ecr.urls" },
  app: { role_arn: "module.role.arn", services: "{ for k, s in module.service : k => s.service_name }" },
  data: { endpoints: "{ for k, d in module.db : k => d.endpoint }" },
};

const LOCALS_TF = `locals {
  tags = merge(var.tags, {
    Environment = var.environment
    ManagedBy   = "terraform"
  })
}
`;

function envRoot(env, region, team, n) {
  const prod = env === "prod";
  const tag = (k) => (prod && k % 3 !== 0 ? `1.${k}.${n % 10}` : k % 4 === 0 ? "latest" : `1.${k}.0`);
  const files = {
    "versions.tf": VERSIONS_TF,
    "backend.tf": `terraform {
  backend "s3" {
    bucket = "acme-tfstate-${env}"
    key    = "${team}/${region}/terraform.tfstate"
    region = "eu-west-1"
  }
}
`,
    "providers.tf": `provider "aws" {
  region = var.region
  default_tags {
    tags = { Team = "${team}", Environment = var.environment }
  }
}
`,
    "variables.tf": variablesTf({ region: "string", environment: "string", cidr: "string", services: "map(object({ image = string, tag = string, cpu = number, memory = number }))", worker_tag: "string" }),
    "main.tf": `locals {
  name = "\${var.environment}-${team}-\${var.region}"
  azs  = [for s in ["a", "b", "c"] : "\${var.region}\${s}"]
}

module "platform" {
  source      = "../../../modules/platform"
  name        = local.name
  environment = var.environment
  cidr        = var.cidr
  azs         = local.azs
  security_groups = {
    web = [{ port = 443, cidrs = ["0.0.0.0/0"] }]
    ssh = [{ port = 22, cidrs = [${n % 5 === 0 ? '"0.0.0.0/0"' : '"10.0.0.0/8"'}] }]
  }
  repositories = [for k in keys(var.services) : "${team}/\${k}"]
  tags         = { CostCenter = "${team}" }
}

module "app" {
  source          = "../../../modules/app"
  name            = local.name
  environment     = var.environment
  cluster_arn     = module.platform.cluster_arn
  policy_arns     = ["arn:aws:iam::aws:policy/CloudWatchLogsFullAccess"]
  services        = var.services
  app_environment = { REGION = var.region, TEAM = "${team}" }
  enable_worker   = ${n % 2 === 0}
  worker_image    = "123456789012.dkr.ecr.\${var.region}.amazonaws.com/${team}/worker"
  worker_tag      = var.worker_tag
}

module "data" {
  source      = "../../../modules/data"
  count       = ${n % 3 === 0 ? 0 : 1}
  name        = local.name
  environment = var.environment
  databases = {
    main = { version = "${prod ? "16.4" : "16"}", class = "db.t4g.medium", storage_gb = 50 }
  }
}

resource "aws_cloudwatch_log_group" "app" {
  for_each          = var.services
  name              = "/ecs/\${local.name}/\${each.key}"
  retention_in_days = ${prod ? 90 : 7}
}
`,
    "outputs.tf": outputsTf({ vpc_id: "module.platform.vpc_id", services: "module.app.services" }),
    "terraform.tfvars": `region      = "${region}"
environment = "${env}"
cidr        = "10.${n % 250}.0.0/16"
worker_tag  = "${tag(7)}"
services = {
${[0, 1, 2, 3]
  .map((k) => `  svc${k} = { image = "123456789012.dkr.ecr.${region}.amazonaws.com/${team}/svc${k}", tag = "${tag(k)}", cpu = 256, memory = 512 }`)
  .join("\n")}
}
`,
  };
  return files;
}

/**
 * Writes the multi-module repository under dir: modules/<leaf|composite>/ and
 * envs/<env>/<team>/<region>/ roots. Returns { files, lines } (files counts .tf and .tfvars).
 */
export function generateTerraformRepo(dir) {
  let files = 0;
  let lines = 0;
  const write = (rel, text) => {
    const file = path.join(dir, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    files++;
    lines += text.split("\n").length;
  };
  for (const [name, main] of Object.entries(LEAF_MODULES)) {
    write(`modules/${name}/main.tf`, main);
    write(`modules/${name}/variables.tf`, variablesTf(LEAF_VARIABLES[name]));
    write(`modules/${name}/outputs.tf`, outputsTf(LEAF_OUTPUTS[name]));
    write(`modules/${name}/versions.tf`, VERSIONS_TF);
  }
  for (const [name, main] of Object.entries(COMPOSITES)) {
    write(`modules/${name}/main.tf`, main);
    write(`modules/${name}/locals.tf`, LOCALS_TF);
    write(`modules/${name}/variables.tf`, variablesTf(COMPOSITE_VARIABLES[name]));
    write(`modules/${name}/outputs.tf`, outputsTf(COMPOSITE_OUTPUTS[name]));
    write(`modules/${name}/versions.tf`, VERSIONS_TF);
  }
  let n = 0;
  for (const env of ["dev", "staging", "prod"]) {
    for (const team of ["payments", "search", "identity", "catalog"]) {
      for (const region of ["eu-west-1", "us-east-1", "ap-southeast-2"]) {
        for (const [name, text] of Object.entries(envRoot(env, region, team, n))) write(`envs/${env}/${team}/${region}/${name}`, text);
        n++;
      }
    }
  }
  return { files, lines };
}
