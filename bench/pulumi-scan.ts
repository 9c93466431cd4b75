/**
 * Pulumi scanner benchmark: generates a project of N programs (default 200) in a temporary
 * folder, then measures, in this process: loading ts-morph (first `typescript()` call), and
 * discovering + scanning every unit (through `scanUnits`, as the pipeline does).
 *
 *   npx tsx bench/pulumi-scan.ts [N]
 */
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createReader, discover, formUnits } from "../src/discover/index.js";
import { scanUnits } from "../src/scanners/index.js";
import { typescript } from "../src/scanners/pulumi/load.js";

export function program(i: number): string {
  return `import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as k8s from "@pulumi/kubernetes";
import { REGION, TAG } from "./shared";

const config = new pulumi.Config();
const tags = { Service: "svc-${i}", Region: REGION };

const repo = new aws.ecr.Repository("repo-${i}", {
  imageTagMutability: ${i % 2 ? '"MUTABLE"' : '"IMMUTABLE"'},
  imageScanningConfiguration: { scanOnPush: true },
  tags,
});

const bucket = new aws.s3.Bucket("bucket-${i}", { versioning: { enabled: true }, tags }, { protect: true });

const sg = new aws.ec2.SecurityGroup("sg-${i}", {
  ingress: [
    { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] },
    { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["10.0.0.0/8"] },
  ],
});

const web = new aws.ec2.Instance("web-${i}", {
  ami: config.require("ami"),
  instanceType: aws.ec2.InstanceType.T3_Micro,
  vpcSecurityGroupIds: [sg.id],
  userData: \`#!/bin/bash
apt-get install -y nginx
echo ${i}\`,
  tags,
}, { ignoreChanges: ["tags"] });

new aws.ecs.TaskDefinition("task-${i}", {
  family: "app-${i}",
  containerDefinitions: JSON.stringify([{ name: "app", image: \`nginx:\${TAG}\`, readonlyRootFilesystem: true }]),
});

for (const n of ["a", "b", "c"]) {
  new aws.sqs.Queue(\`queue-${i}-\${n}\`, { delaySeconds: 0 });
}

new k8s.apps.v1.Deployment("deploy-${i}", {
  spec: { template: { spec: { containers: [{ name: "web", image: \`\${repo.repositoryUrl}:latest\` }] } } },
});

export const url = bucket.bucketDomainName;
`;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 200);
  const dir = await mkdtemp(join(tmpdir(), "driftless-pulumi-bench-"));
  try {
    await mkdir(join(dir, "programs"), { recursive: true });
    await writeFile(join(dir, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
    await writeFile(join(dir, "package.json"), '{ "dependencies": { "@pulumi/aws": "6.50.0" } }\n');
    await writeFile(join(dir, "programs/shared.ts"), 'export const REGION = "eu-west-1";\nexport const TAG = "1.2.3";\n');
    for (let i = 0; i < count; i++) await writeFile(join(dir, `programs/p${String(i).padStart(4, "0")}.ts`), program(i));

    const t0 = performance.now();
    await typescript();
    const loadMs = performance.now() - t0;

    const t1 = performance.now();
    const reader = createReader(dir);
    const { files } = await discover(["."], { reader, cwd: dir });
    const discoverMs = performance.now() - t1;

    const t2 = performance.now();
    const result = await scanUnits(formUnits(files, reader).units, reader);
    const resources = result.resources.length;
    const diagnostics = result.diagnostics.length;
    const scanMs = performance.now() - t2;
    const rows: [string, string][] = [
      ["files (programs + shared + Pulumi.yaml)", String(files.length)],
      ["resources", String(resources)],
      ["diagnostics", String(diagnostics)],
      ["ts-morph load (ms)", loadMs.toFixed(0)],
      ["discovery (ms)", discoverMs.toFixed(0)],
      ["scan (ms)", scanMs.toFixed(0)],
      ["scan files/s", ((files.length / scanMs) * 1000).toFixed(0)],
      ["ms per program", (scanMs / count).toFixed(2)],
      ["heap used (MB)", (process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)],
    ];
    for (const [k, v] of rows) console.log(`${k.padEnd(42)} ${v}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
