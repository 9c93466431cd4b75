import { describe, expect, it } from "vitest";
import { byName, scanText } from "./helpers.js";

/**
 * Component packages (awsx) and the Kubernetes provider are not Terraform bridges: their records
 * keep the Pulumi type token as canonical type and their arguments as written (camelCase, not
 * wrapped in lists). Rules select them by token (`awsx:ecr:Repository`, `kubernetes:apps/*:Deployment`)
 * and read camelCase paths; mapping them to a Terraform type would make a bridged check read
 * snake_case paths that are not there.
 */
describe("component and Kubernetes types", () => {
  it("awsx.ecr.Repository keeps its token and camelCase arguments", async () => {
    const r = await scanText('import * as awsx from "@pulumi/awsx";\nnew awsx.ecr.Repository("repo", { imageTagMutability: "MUTABLE", forceDelete: true });\n');
    const repo = byName(r, "repo");
    expect(repo).toMatchObject({ type: "awsx:ecr:Repository", canonicalType: "awsx:ecr:Repository" });
    expect(repo.attributes).toEqual({ imageTagMutability: "MUTABLE", forceDelete: true });
  });

  it.each([
    ["k8s.apps.v1beta1.Deployment", "kubernetes:apps/v1beta1:Deployment"],
    ["k8s.apps.v1beta2.StatefulSet", "kubernetes:apps/v1beta2:StatefulSet"],
    ["k8s.extensions.v1beta1.Deployment", "kubernetes:extensions/v1beta1:Deployment"],
    ["k8s.batch.v1beta1.CronJob", "kubernetes:batch/v1beta1:CronJob"],
    ["k8s.apps.v1.DeploymentPatch", "kubernetes:apps/v1:DeploymentPatch"],
  ])("%s is %s, with its spec as written", async (cls, token) => {
    const r = await scanText(`import * as k8s from "@pulumi/kubernetes";\nnew ${cls}("w", { spec: { template: { spec: { containers: [{ name: "a", image: "nginx" }] } } } });\n`);
    const w = byName(r, "w");
    expect(w).toMatchObject({ type: token, canonicalType: token });
    expect(w.attributes).toEqual({ spec: { template: { spec: { containers: [{ name: "a", image: "nginx" }] } } } });
  });
});
