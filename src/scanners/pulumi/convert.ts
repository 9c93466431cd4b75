/**
 * The Terraform shape of a bridged provider's arguments, so a rule written for Terraform reads
 * Pulumi resources unchanged: keys in snake_case, every nested plain object wrapped in a
 * one-element list (Terraform nested blocks are lists: `dockerConfig: { immutableTags: true }`
 * → `docker_config: [{ immutable_tags: true }]`), arrays of objects kept as arrays (their
 * objects converted, not wrapped). Map-valued arguments (MAP_ARGUMENTS) keep their keys and
 * values verbatim. A few list blocks that Pulumi names in the plural (`ebsBlockDevices`) get the
 * Terraform block name back (BLOCK_NAMES).
 *
 * The position tree is converted alongside: a converted key points at the original property, and
 * a wrapping list's child "0" is the object's own node (the `{ ... }`).
 */
import type { SourceNode } from "../../model/resource.js";
import { isUnknown, isValueMap, type Value, type ValueMap } from "../../model/value.js";
import type { ENode } from "./evaluate.js";
import { snake } from "../../model/pulumi-types.js";

/**
 * Arguments whose value is a map of user-chosen keys (tags, labels, environment variables...):
 * not blocks, so neither renamed inside nor wrapped. Matched on the Pulumi (camelCase) name.
 */
export const MAP_ARGUMENTS: ReadonlySet<string> = new Set([
  "tags",
  "tagsAll",
  "defaultTags",
  "labels",
  "userLabels",
  "resourceLabels",
  "nodeLabels",
  "annotations",
  "variables",
  "environment",
  "environmentVariables",
  "secureEnvironmentVariables",
  "metadata",
  "triggers",
  "parameters",
  "nodeSelector",
  "selector",
  "keepers",
  "appSettings",
  "stageVariables",
  "requestParameters",
  "requestTemplates",
  "responseParameters",
  "responseTemplates",
  "extraArgs",
]);

/**
 * Arguments that are maps only in some resources: a Lambda function's `environment` is a block
 * holding a `variables` map; an ECS/Batch `environment` is a list. Plain objects under these
 * names are maps unless the resource type is listed here as holding a block.
 */
const BLOCK_NOT_MAP: Record<string, ReadonlySet<string>> = {
  environment: new Set(["aws_lambda_function", "aws_lambda_layer_version", "aws_codebuild_project", "aws_sagemaker_model"]),
};

/** Pulumi plural names of repeatable blocks → Terraform block names, per Terraform type. */
const BLOCK_NAMES: Record<string, Record<string, string>> = {
  // Not a block: Pulumi names the argument `function`, Terraform `function_name`.
  aws_lambda_permission: { function: "function_name" },
  aws_instance: { ebs_block_devices: "ebs_block_device", ephemeral_block_devices: "ephemeral_block_device", network_interfaces: "network_interface" },
  aws_launch_configuration: { ebs_block_devices: "ebs_block_device", ephemeral_block_devices: "ephemeral_block_device" },
  aws_autoscaling_group: { tags: "tag" },
  aws_ecs_service: { load_balancers: "load_balancer", ordered_placement_strategies: "ordered_placement_strategy", capacity_provider_strategies: "capacity_provider_strategy", service_registries: "service_registries" },
  aws_ecs_task_definition: { volumes: "volume", placement_constraints: "placement_constraints" },
  aws_s3_bucket: { lifecycle_rules: "lifecycle_rule", grants: "grant", cors_rules: "cors_rule" },
  google_compute_instance: {
    network_interfaces: "network_interface",
    access_configs: "access_config",
    attached_disks: "attached_disk",
    scratch_disks: "scratch_disk",
    guest_accelerators: "guest_accelerator",
    ipv6_access_configs: "ipv6_access_config",
    alias_ip_ranges: "alias_ip_range",
  },
  google_compute_firewall: { allows: "allow", denies: "deny" },
  azurerm_network_security_group: { security_rules: "security_rule" },
  azurerm_container_group: { containers: "container", init_containers: "init_container", exposed_ports: "exposed_port", image_registry_credentials: "image_registry_credential" },
  azurerm_container_app: { containers: "container", init_containers: "init_container", secrets: "secret", registries: "registry" },
};

export interface Converted {
  value: ValueMap;
  nodes: Record<string, SourceNode>;
}

/** Converts a bridged resource's evaluated arguments (top level) to the Terraform shape. */
export function toTerraformShape(value: ValueMap, nodes: Record<string, ENode> | undefined, canonicalType: string): Converted {
  return convertMap(value, nodes, BLOCK_NAMES[canonicalType] ?? {}, canonicalType, 0);
}

function isMapArgument(key: string, canonicalType: string): boolean {
  if (!MAP_ARGUMENTS.has(key)) return false;
  return !BLOCK_NOT_MAP[key]?.has(canonicalType);
}

function convertMap(value: ValueMap, nodes: Record<string, ENode> | undefined, renames: Record<string, string>, canonicalType: string, depth: number): Converted {
  const out: ValueMap = {};
  const outNodes: Record<string, SourceNode> = {};
  for (const [key, v] of Object.entries(value)) {
    const node = nodes?.[key];
    if (isMapArgument(key, canonicalType) && (isValueMap(v) || isUnknown(v))) {
      out[snake(key)] = v;
      if (node) outNodes[snake(key)] = plain(node);
      continue;
    }
    const snaked = snake(key);
    const name = renames[snaked] ?? snaked;
    const converted = convertValue(v, node, renames, canonicalType, depth + 1, true);
    out[name] = converted.value;
    if (converted.node) outNodes[name] = converted.node;
  }
  return { value: out, nodes: outNodes };
}

function convertValue(
  v: Value,
  node: ENode | undefined,
  renames: Record<string, string>,
  canonicalType: string,
  depth: number,
  wrap: boolean,
): { value: Value; node?: SourceNode } {
  if (depth > 100) return { value: v, ...(node ? { node: plain(node) } : {}) };
  if (isValueMap(v)) {
    const inner = convertMap(v, node?.children, renames, canonicalType, depth);
    if (!wrap) return { value: inner.value, ...(node ? { node: withChildren(base(node), inner.nodes) } : {}) };
    if (!node) return { value: [inner.value] };
    const objectNode = withChildren({ range: node.valueRange ?? node.range }, inner.nodes);
    return { value: [inner.value], node: withChildren(base(node), { "0": objectNode }) };
  }
  if (Array.isArray(v)) {
    const children: Record<string, SourceNode> = {};
    const value = v.map((el, i) => {
      const c = convertValue(el, node?.children?.[String(i)], renames, canonicalType, depth + 1, false);
      if (c.node) children[String(i)] = c.node;
      return c.value;
    });
    return { value, ...(node ? { node: withChildren(base(node), children) } : {}) };
  }
  return { value: v, ...(node ? { node: plain(node) } : {}) };
}

function base(node: ENode): SourceNode {
  const out: SourceNode = { range: node.range };
  if (node.origins && node.origins.length > 0) out.origins = node.origins;
  return out;
}

function withChildren(node: SourceNode, children: Record<string, SourceNode>): SourceNode {
  if (Object.keys(children).length > 0) node.children = children;
  return node;
}

/** An evaluator node as a model `SourceNode` (drops `valueRange`, keeps the shape). */
export function plain(node: ENode): SourceNode {
  const out = base(node);
  if (node.children) {
    const children: Record<string, SourceNode> = {};
    for (const [k, c] of Object.entries(node.children)) children[k] = plain(c);
    if (Object.keys(children).length > 0) out.children = children;
  }
  return out;
}

/** Nodes of an object's properties as model nodes, unconverted (non-bridged packages, options). */
export function plainChildren(nodes: Record<string, ENode> | undefined): Record<string, SourceNode> {
  const out: Record<string, SourceNode> = {};
  for (const [k, c] of Object.entries(nodes ?? {})) out[k] = plain(c);
  return out;
}
