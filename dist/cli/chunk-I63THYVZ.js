import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);

// src/model/pulumi-types.ts
var NATIVE_PACKAGES = /* @__PURE__ */ new Set([
  "awsx",
  "kubernetes",
  "command",
  "azure-native",
  "google-native",
  "aws-native",
  "eks",
  "docker-build",
  "kubernetes-cert-manager",
  "kubernetes-ingress-nginx",
  "pulumi",
  "policy"
]);
var TF_PREFIX = { gcp: "google", azure: "azurerm", azuread: "azuread" };
function isBridged(pkg) {
  return !NATIVE_PACKAGES.has(pkg);
}
function tfPrefix(pkg) {
  return TF_PREFIX[pkg] ?? pkg.replace(/-/g, "_");
}
var CANONICAL = {
  "aws ec2/Instance": "aws_instance",
  "aws ec2/SecurityGroup": "aws_security_group",
  "aws ec2/SecurityGroupRule": "aws_security_group_rule",
  "aws vpc/SecurityGroupIngressRule": "aws_vpc_security_group_ingress_rule",
  "aws vpc/SecurityGroupEgressRule": "aws_vpc_security_group_egress_rule",
  "aws ec2/NetworkAcl": "aws_network_acl",
  "aws ec2/NetworkAclRule": "aws_network_acl_rule",
  "aws ec2/LaunchTemplate": "aws_launch_template",
  "aws ec2/LaunchConfiguration": "aws_launch_configuration",
  "aws ec2/KeyPair": "aws_key_pair",
  "aws ec2/InstanceConnectEndpoint": "aws_ec2_instance_connect_endpoint",
  "aws ec2/Eip": "aws_eip",
  "aws ec2/Vpc": "aws_vpc",
  "aws ec2/Subnet": "aws_subnet",
  "aws autoscaling/Group": "aws_autoscaling_group",
  "aws ecr/Repository": "aws_ecr_repository",
  "aws ecs/TaskDefinition": "aws_ecs_task_definition",
  "aws ecs/Service": "aws_ecs_service",
  "aws ecs/Cluster": "aws_ecs_cluster",
  "aws lambda/Function": "aws_lambda_function",
  "aws lambda/LayerVersion": "aws_lambda_layer_version",
  "aws lambda/Alias": "aws_lambda_alias",
  "aws lambda/Permission": "aws_lambda_permission",
  "aws batch/JobDefinition": "aws_batch_job_definition",
  "aws apprunner/Service": "aws_apprunner_service",
  "aws s3/Bucket": "aws_s3_bucket",
  "aws s3/BucketV2": "aws_s3_bucket",
  "aws s3/BucketVersioningV2": "aws_s3_bucket_versioning",
  "aws s3/BucketVersioning": "aws_s3_bucket_versioning",
  "aws s3/BucketObjectLockConfigurationV2": "aws_s3_bucket_object_lock_configuration",
  "aws s3/BucketObjectLockConfiguration": "aws_s3_bucket_object_lock_configuration",
  "aws s3/BucketObject": "aws_s3_object",
  "aws s3/BucketObjectv2": "aws_s3_object",
  "aws rds/Instance": "aws_db_instance",
  "aws rds/Cluster": "aws_rds_cluster",
  "aws dynamodb/Table": "aws_dynamodb_table",
  "aws lb/LoadBalancer": "aws_lb",
  "aws alb/LoadBalancer": "aws_lb",
  "aws ssm/Association": "aws_ssm_association",
  "aws ssm/PatchBaseline": "aws_ssm_patch_baseline",
  "aws ssm/Document": "aws_ssm_document",
  "aws cloudformation/Stack": "aws_cloudformation_stack",
  "aws eks/NodeGroup": "aws_eks_node_group",
  "aws eks/Cluster": "aws_eks_cluster",
  "aws acm/Certificate": "aws_acm_certificate",
  "aws apigateway/Deployment": "aws_api_gateway_deployment",
  "aws iam/InstanceProfile": "aws_iam_instance_profile",
  "aws iam/Role": "aws_iam_role",
  "aws efs/FileSystem": "aws_efs_file_system",
  "aws ebs/Volume": "aws_ebs_volume",
  "aws elasticache/Cluster": "aws_elasticache_cluster",
  "aws elasticache/ReplicationGroup": "aws_elasticache_replication_group",
  "aws kms/Key": "aws_kms_key",
  "aws cognito/UserPool": "aws_cognito_user_pool",
  "aws sqs/Queue": "aws_sqs_queue",
  "aws kinesis/Stream": "aws_kinesis_stream",
  "aws cloudwatch/LogGroup": "aws_cloudwatch_log_group",
  "aws backup/Vault": "aws_backup_vault",
  "gcp compute/Instance": "google_compute_instance",
  "gcp compute/Firewall": "google_compute_firewall",
  "gcp artifactregistry/Repository": "google_artifact_registry_repository",
  "gcp cloudrun/Service": "google_cloud_run_service",
  "gcp cloudrunv2/Service": "google_cloud_run_v2_service",
  "gcp cloudrunv2/Job": "google_cloud_run_v2_job",
  "gcp storage/Bucket": "google_storage_bucket",
  "gcp container/NodePool": "google_container_node_pool",
  "gcp container/Cluster": "google_container_cluster",
  "gcp sql/DatabaseInstance": "google_sql_database_instance",
  "azure network/NetworkSecurityGroup": "azurerm_network_security_group",
  "azure network/NetworkSecurityRule": "azurerm_network_security_rule",
  "azure containerservice/Group": "azurerm_container_group",
  "azure containerservice/KubernetesCluster": "azurerm_kubernetes_cluster",
  "azure containerapp/App": "azurerm_container_app",
  "azure compute/LinuxVirtualMachine": "azurerm_linux_virtual_machine",
  "azure compute/WindowsVirtualMachine": "azurerm_windows_virtual_machine",
  "azure compute/VirtualMachine": "azurerm_virtual_machine",
  "azure compute/LinuxVirtualMachineScaleSet": "azurerm_linux_virtual_machine_scale_set",
  "azure compute/WindowsVirtualMachineScaleSet": "azurerm_windows_virtual_machine_scale_set",
  "azure compute/OrchestratedVirtualMachineScaleSet": "azurerm_orchestrated_virtual_machine_scale_set",
  "azure compute/ScaleSet": "azurerm_virtual_machine_scale_set",
  "azure compute/VirtualMachineScaleSetExtension": "azurerm_virtual_machine_scale_set_extension",
  "azure compute/RunCommand": "azurerm_virtual_machine_run_command",
  "aws ec2/SpotInstanceRequest": "aws_spot_instance_request",
  "aws ec2/SpotFleetRequest": "aws_spot_fleet_request",
  "gcp osconfig/PatchDeployment": "google_os_config_patch_deployment",
  "gcp osconfig/OsPolicyAssignment": "google_os_config_os_policy_assignment",
  "gcp osconfig/GuestPolicies": "google_os_config_guest_policies",
  "azure compute/Extension": "azurerm_virtual_machine_extension",
  "azure compute/VirtualMachineExtension": "azurerm_virtual_machine_extension",
  "azure storage/Account": "azurerm_storage_account",
  "docker index/Container": "docker_container",
  "docker index/RemoteImage": "docker_image",
  "docker index/Image": "docker_image",
  // Data sources (invokes): the Terraform data source they mirror.
  "aws ec2/getAmi": "aws_ami",
  "aws ecr/getImage": "aws_ecr_image",
  "gcp compute/getImage": "google_compute_image"
};
function snake(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").toLowerCase();
}
function lowerFirst(s) {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
function resourceType(pkg, path) {
  const name = path[path.length - 1];
  const modules = path.slice(0, -1);
  if (pkg === "kubernetes") {
    const group = modules[0] === "helm" ? "helm.sh" : modules[0];
    const token2 = modules.length === 0 ? `kubernetes:index:${name}` : modules.length === 1 ? `kubernetes:${group}:${name}` : `kubernetes:${[group, ...modules.slice(1)].join("/")}:${name}`;
    return { type: token2, canonicalType: token2, bridged: false };
  }
  if (!isBridged(pkg)) {
    const token2 = `${pkg}:${modules.length ? modules.join("/") : "index"}:${name}`;
    return { type: token2, canonicalType: token2, bridged: false };
  }
  const module = modules.length ? modules.join("/") : "index";
  const token = `${pkg}:${module}/${lowerFirst(name)}:${name}`;
  return { type: token, canonicalType: CANONICAL[`${pkg} ${module}/${name}`] ?? fallback(pkg, modules, name), bridged: true };
}
function invokeType(pkg, path) {
  const fn = path[path.length - 1].replace(/Output$/, "");
  const modules = path.slice(0, -1);
  const module = modules.length ? modules.join("/") : "index";
  if (!isBridged(pkg)) {
    const token2 = `${pkg}:${module}:${fn}`;
    return { type: token2, canonicalType: token2, bridged: false };
  }
  const token = `${pkg}:${module}/${fn}:${fn}`;
  return { type: token, canonicalType: CANONICAL[`${pkg} ${module}/${fn}`] ?? fallback(pkg, modules, fn.replace(/^get/, "")), bridged: true };
}
function fallback(pkg, modules, name) {
  return [tfPrefix(pkg), ...modules.map((m) => m.replace(/[^A-Za-z0-9]+/g, "_").toLowerCase()), snake(name)].join("_");
}
function isResourceClassPath(path) {
  const last = path[path.length - 1];
  return last !== void 0 && /^[A-Z]/.test(last) && !path.includes("types") && !path.includes("config");
}
function isInvokePath(path) {
  const last = path[path.length - 1];
  return last !== void 0 && /^get[A-Z0-9]/.test(last) && !path.includes("config");
}
function tokenType(token) {
  const m = /^([^:]+):([^:]*):([^:]+)$/.exec(token);
  if (!m) return { type: token, canonicalType: token, bridged: false };
  const [, pkg, module, name] = m;
  if (pkg === "kubernetes" || !isBridged(pkg)) return { type: token, canonicalType: token, bridged: false };
  const parts = module.split("/");
  if (parts.length > 1 && parts.at(-1).toLowerCase() === name.toLowerCase()) parts.pop();
  const modules = parts.length === 1 && parts[0] === "index" ? [] : parts;
  const info = resourceType(pkg, [...modules, name]);
  return { type: token, canonicalType: info.canonicalType, bridged: true };
}

export {
  snake,
  resourceType,
  invokeType,
  isResourceClassPath,
  isInvokePath,
  tokenType
};
