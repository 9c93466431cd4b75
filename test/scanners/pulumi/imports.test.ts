import { describe, expect, it } from "vitest";
import { byName, FIXTURES, scanFixture, scanText, span } from "./helpers.js";

describe("constructors resolved through imports", () => {
  it("every import style in the fixture program resolves to its Pulumi type", async () => {
    const r = await scanFixture("app/index.ts");
    expect(r.diagnostics).toEqual([]);
    const own = r.resources.filter((x) => x.file === `${FIXTURES}/app/index.ts`);
    expect(own.map((x) => [x.name, x.type, x.canonicalType])).toEqual([
      ["repo", "aws:ecr/repository:Repository", "aws_ecr_repository"], // namespace
      ["logs", "aws:s3/bucket:Bucket", "aws_s3_bucket"], // aliased named
      ["data", "aws:s3/bucket:Bucket", "aws_s3_bucket"], // deep
      ["raw", "aws:s3/bucketV2:BucketV2", "aws_s3_bucket"], // default
      ["queue", "aws:sqs/queue:Queue", "aws_sqs_queue"], // require
      ["other", "aws:ecr/repository:Repository", "aws_ecr_repository"], // destructured require
      ["sg", "aws:ec2/securityGroup:SecurityGroup", "aws_security_group"], // export { aws }
      ["archive", "aws:s3/bucket:Bucket", "aws_s3_bucket"], // export { s3 } from
      ["web", "kubernetes:apps/v1:Deployment", "kubernetes:apps/v1:Deployment"], // export * as k8s from
      ["task", "aws:ecs/taskDefinition:TaskDefinition", "aws_ecs_task_definition"],
      ["configure", "command:remote:Command", "command:remote:Command"],
      ["hook", "command:local:Command", "command:local:Command"],
      ["bucket-${n}", "aws:s3/bucket:Bucket", "aws_s3_bucket"],
    ]);
    // The imported component's resource, created by its call in index.ts (see instances.test.ts).
    expect(r.resources.filter((x) => !own.includes(x)).map((x) => [x.name, x.file, x.scopes])).toEqual([
      ["web-vm", `${FIXTURES}/app/components/web.ts`, ["web-vm", "${name}-vm"]],
    ]);
    // a const re-exported with `export * from "./settings"` decides a value, and says where it comes from
    const repo = byName(r, "repo");
    expect(repo.attributes.image_tag_mutability).toBe("IMMUTABLE");
    expect(repo.source.children!.attributes!.children!.image_tag_mutability!.origins).toEqual([{
      file: `${FIXTURES}/app/shared/settings.ts`,
      range: { start: { line: 3, column: 14 }, end: { line: 3, column: 38 } },
      message: "const MUTABILITY",
      kind: "const",
    }]);
  });

  it("named, aliased and ES-module-style imports, `import x = require()`, aliases of namespaces", async () => {
    const text = [
      'import { ec2 } from "@pulumi/aws";',
      'import { Instance as Vm } from "@pulumi/aws/ec2";',
      'import gcp = require("@pulumi/gcp");',
      'import * as awsx from "@pulumi/awsx";',
      'import { Container } from "@pulumi/docker";',
      "const compute = gcp.compute;",
      'new ec2.LaunchTemplate("lt", {});',
      'new Vm("vm", {});',
      'new compute.Firewall("fw", {});',
      'new awsx.ecs.FargateService("svc", {});',
      'new Container("c", {});',
      'new gcp.cloudrunv2.Service("run", {});',
    ].join("\n");
    const r = await scanText(text);
    expect(r.resources.map((x) => [x.name, x.type, x.canonicalType])).toEqual([
      ["lt", "aws:ec2/launchTemplate:LaunchTemplate", "aws_launch_template"],
      ["vm", "aws:ec2/instance:Instance", "aws_instance"],
      ["fw", "gcp:compute/firewall:Firewall", "google_compute_firewall"],
      ["svc", "awsx:ecs:FargateService", "awsx:ecs:FargateService"],
      ["c", "docker:index/container:Container", "docker_container"],
      ["run", "gcp:cloudrunv2/service:Service", "google_cloud_run_v2_service"],
    ]);
  });

  it("classes that are not Pulumi resources are ignored: local classes, pulumi.Config, other packages", async () => {
    const r = await scanText(
      'import * as pulumi from "@pulumi/pulumi";\nimport { Thing } from "some-lib";\nclass Local {}\nnew Local();\nnew Thing("t", {});\nnew pulumi.Config();\nnew Map();\n',
    );
    expect(r.resources).toEqual([]);
  });

  it("type tokens and the Terraform types they mirror (table and fallback)", async () => {
    const r = await scanText(
      [
        'import * as aws from "@pulumi/aws";',
        'import * as azure from "@pulumi/azure";',
        'import * as k8s from "@pulumi/kubernetes";',
        'import * as docker from "@pulumi/docker";',
        'import * as random from "@pulumi/random";',
        'new aws.rds.Instance("db", {});',
        'new aws.lb.LoadBalancer("lb", {});',
        'new aws.vpc.SecurityGroupIngressRule("in", {});',
        'new aws.ec2.InstanceConnectEndpoint("eice", {});',
        'new aws.cloudwatch.MetricAlarm("alarm", {});',
        'new azure.compute.LinuxVirtualMachine("vm", {});',
        'new azure.network.NetworkSecurityRule("rule", {});',
        'new k8s.core.v1.Pod("pod", {});',
        'new k8s.batch.v1.CronJob("cron", {});',
        'new docker.RemoteImage("img", {});',
        'new random.RandomPet("pet", {});',
        'new aws.Provider("east", { region: "us-east-1" });',
      ].join("\n"),
    );
    expect(r.resources.map((x) => [x.kind, x.type, x.canonicalType])).toEqual([
      ["resource", "aws:rds/instance:Instance", "aws_db_instance"],
      ["resource", "aws:lb/loadBalancer:LoadBalancer", "aws_lb"],
      ["resource", "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws_vpc_security_group_ingress_rule"],
      ["resource", "aws:ec2/instanceConnectEndpoint:InstanceConnectEndpoint", "aws_ec2_instance_connect_endpoint"],
      ["resource", "aws:cloudwatch/metricAlarm:MetricAlarm", "aws_cloudwatch_metric_alarm"],
      ["resource", "azure:compute/linuxVirtualMachine:LinuxVirtualMachine", "azurerm_linux_virtual_machine"],
      ["resource", "azure:network/networkSecurityRule:NetworkSecurityRule", "azurerm_network_security_rule"],
      ["resource", "kubernetes:core/v1:Pod", "kubernetes:core/v1:Pod"],
      ["resource", "kubernetes:batch/v1:CronJob", "kubernetes:batch/v1:CronJob"],
      ["resource", "docker:index/remoteImage:RemoteImage", "docker_image"],
      ["resource", "random:index/randomPet:RandomPet", "random_random_pet"],
      ["provider", "pulumi:providers:aws", "pulumi:providers:aws"],
    ]);
  });

  it("data source calls (getAmi, getAmiOutput, ecr getImage, gcp getImage) at the call", async () => {
    const text = [
      'import * as aws from "@pulumi/aws";',
      'import * as gcp from "@pulumi/gcp";',
      "const ubuntu = aws.ec2.getAmi({",
      "  mostRecent: true,",
      '  owners: ["099720109477"],',
      '  filters: [{ name: "name", values: ["ubuntu/*"] }],',
      "});",
      'const out = aws.ec2.getAmiOutput({ mostRecent: true, owners: [] });',
      'export const img = await aws.ecr.getImage({ repositoryName: "app", mostRecent: true });',
      'gcp.compute.getImage({ family: "debian-12" });',
    ].join("\n");
    const r = await scanText(text);
    expect(r.resources.map((x) => [x.kind, x.name, x.type, x.canonicalType, span(x.header)])).toEqual([
      ["data", "ubuntu", "aws:ec2/getAmi:getAmi", "aws_ami", [3, 16, 3, 31]],
      ["data", "out", "aws:ec2/getAmi:getAmi", "aws_ami", [8, 13, 8, 34]],
      ["data", "img", "aws:ecr/getImage:getImage", "aws_ecr_image", [9, 26, 9, 43]],
      ["data", "gcp.compute.getImage", "gcp:compute/getImage:getImage", "google_compute_image", [10, 1, 10, 22]],
    ]);
    const ubuntu = byName(r, "ubuntu", "data");
    expect(ubuntu.attributes).toEqual({ most_recent: true, owners: ["099720109477"], filters: [{ name: "name", values: ["ubuntu/*"] }] });
    expect(span(ubuntu.range)).toEqual([3, 16, 7, 3]);
    expect(span(ubuntu.source.children!.attributes!.children!.most_recent!.range)).toEqual([4, 3, 4, 19]);
  });
});
