/**
 * The `ingress_rule` fact: one record per rule that lets traffic in, whatever shape wrote it, so
 * rules about reachable ports (ACC-001, ACC-002) are written once. Shapes read:
 *
 * - Terraform and Pulumi (canonical types): `aws_security_group` / `aws_default_security_group`
 *   inline `ingress` (including expanded `dynamic "ingress"` blocks), `aws_security_group_rule`
 *   (type ingress), `aws_vpc_security_group_ingress_rule`, `aws_network_acl` /
 *   `aws_default_network_acl` inline `ingress`, `aws_network_acl_rule` (egress false),
 *   `azurerm_network_security_group` inline `security_rule`, `azurerm_network_security_rule`
 *   (inbound), `google_compute_firewall` `allow` and `deny` blocks (ingress, not disabled);
 * - CloudFormation: `AWS::EC2::SecurityGroup` `SecurityGroupIngress` items,
 *   `AWS::EC2::SecurityGroupIngress`, `AWS::EC2::NetworkAclEntry` (not `Egress`).
 *
 * Attributes (any of them may be Unknown when the source is not known statically; a value is
 * never guessed):
 * - `protocol`: `tcp`, `udp`, `icmp`, `icmpv6`, `all`, or another protocol's lower-cased name;
 *   numbers map to names (`6` → `tcp`, `-1` → `all`).
 * - `ports`: the destination ports the rule lets through, a list of `[low, high]`; an entry may
 *   be Unknown. Protocol `all` and missing ranges are `[[0, 65535]]`; AWS `from_port = -1,
 *   to_port = -1` with TCP or UDP is read as all ports (the safer reading); ICMP has none.
 *   Network ACL allow entries have the ports that lower-numbered deny entries of the same ACL
 *   certainly block taken out (a deny that may apply turns the ports it would block Unknown).
 * - `port_text`: the ports as written (`22`, `3380-3390`, `22, 24`, `all`).
 * - `sources`: every source as written (CIDRs, Azure prefixes and service tags, security group
 *   ids, prefix lists, GCP tags and service accounts, `self`); `source_kinds[i]` says what
 *   `sources[i]` is: address, security_group, prefix_list, self, application_security_group,
 *   tag, service_account. A GCP firewall with no source at all applies to `0.0.0.0/0`.
 * - `internet`: true when an address source is the whole internet (prefix length 0, Azure `*`,
 *   `0.0.0.0`, `Internet`, `Any`); Unknown when an address that is not known could be; else false.
 *   Security groups, prefix lists and tags are never the internet, even when their id is unknown.
 * - `source_text`: the sources for a message (the internet ones when `internet` is true),
 *   grouped by the attribute that holds them: `cidr_blocks 0.0.0.0/0; ipv6_cidr_blocks ::/0`.
 * - `action` (allow | deny), `direction` (ingress), `priority` (NACL rule number, Azure and GCP
 *   priority), `shadowed` (true when lower-numbered NACL denies block every port of an allow
 *   entry), `shadowed_by` (their rule numbers), `element` (`ingress[1]`; absent for a standalone
 *   rule resource), `origin_type` (the native type of the record it came from).
 *
 * Positions: `range`/`header` are the element's (inline block, list item) or the resource's
 * (standalone rule resource). `protocol`, `action`, `direction`, `priority` map onto the original
 * attribute nodes (the same objects, with their origins); `ports[i]` onto the from/to or port
 * entry nodes; `sources[i]` onto each original entry. `sources` itself is the finding's anchor:
 * for a standalone rule resource it is the attribute holding the (first internet) source, for an
 * inline rule the element, so `at: $attributes.sources` follows the location convention.
 */
import type { Range } from "../model/position.js";
import type { Format, Origin, Resource, SourceNode } from "../model/resource.js";
import { isUnknown, isValueMap, unknown, type Unknown, type Value, type ValueMap } from "../model/value.js";
import { isInternet, normaliseProtocol, prefixesCoverAll, parsePortList, prefixContains } from "../model/network.js";
import type { FactDeriver } from "./index.js";

const ALL_PORTS: [number, number] = [0, 65535];

type SourceKind = "address" | "security_group" | "prefix_list" | "self" | "application_security_group" | "tag" | "service_account";

/** One source entry: its value as written and where it is. */
interface SourceEntry {
  value: Value;
  kind: SourceKind;
  /** Native name of the attribute holding it. */
  attribute: string;
  /** The attribute's node, and the entry's own node inside it when it is a list item. */
  attributeNode?: SourceNode;
  node?: SourceNode;
}

type PortEntry = [number, number] | Unknown;

/** What one shape says about one rule, before it becomes a record. */
interface Draft {
  origin: Resource;
  /** Inline: the element's path (`["ingress", 1]`), its node and the list's node. */
  element?: { path: (string | number)[]; node?: SourceNode; listNode?: SourceNode };
  protocol: Value | undefined;
  protocolNode?: SourceNode;
  ports: PortEntry[];
  /** Per port entry, the nodes it was read from (from/to, or the port spec). */
  portNodes: (SourceNode | undefined)[][];
  portText: string;
  sources: SourceEntry[];
  /** GCP: no source at all, so the rule applies to 0.0.0.0/0. */
  impliedSource?: string;
  action: Value;
  actionNode?: SourceNode;
  direction: Value;
  directionNode?: SourceNode;
  priority?: Value;
  priorityNode?: SourceNode;
  /** Network ACLs: the ACL the entry belongs to, within the unit. */
  acl?: string;
  shadowed?: Value;
  shadowedBy?: number[];
}

/** Fields of one rule (an element's map or the resource's attributes) with their nodes. */
class Fields {
  constructor(
    readonly values: ValueMap,
    readonly nodes: Record<string, SourceNode> | undefined,
    readonly format: Format,
  ) {}

  get(key: string): Value | undefined {
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : undefined;
  }

  node(key: string): SourceNode | undefined {
    return this.nodes?.[key];
  }

  /** The attribute as its format spells it: Pulumi properties are camelCase. */
  native(key: string): string {
    return this.format === "pulumi" ? key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase()) : key;
  }

  /** Source entries of an attribute (a string, a list, or an Unknown standing for either). */
  sources(key: string, kind: SourceKind): SourceEntry[] {
    const value = this.get(key);
    const attributeNode = this.node(key);
    const base = { kind, attribute: this.native(key), ...(attributeNode ? { attributeNode } : {}) };
    if (value === undefined || value === null || value === "") return [];
    if (Array.isArray(value)) {
      return value.flatMap((entry, i) => {
        if (entry === null || entry === "") return [];
        const node = attributeNode?.children?.[String(i)] ?? attributeNode;
        return [{ ...base, value: entry, ...(node ? { node } : {}) }];
      });
    }
    if (kind === "self") {
      if (isUnknown(value)) return [{ ...base, value, ...(attributeNode ? { node: attributeNode } : {}) }];
      return value === true || value === "true" ? [{ ...base, value: "self", ...(attributeNode ? { node: attributeNode } : {}) }] : [];
    }
    return [{ ...base, value, ...(attributeNode ? { node: attributeNode } : {}) }];
  }
}

/** `-1`, `"22"`, 22 → a number; Unknown stays; anything else is null. */
function portNumber(v: Value | undefined): number | Unknown | null {
  if (isUnknown(v)) return v;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return null;
}

/** Protocol written as text or number, normalised; Unknown stays; absent is undefined. */
function protocolOf(v: Value | undefined): Value | undefined {
  if (isUnknown(v)) return v;
  if (typeof v === "string" || typeof v === "number") return normaliseProtocol(v);
  return undefined;
}

/** The protocols whose rules have destination ports. */
const PORTED = new Set(["tcp", "udp", "sctp"]);

/**
 * AWS-style ports: a from/to pair (security groups, NACLs, CloudFormation). Protocol `all` is all
 * ports (AWS ignores the pair); a missing pair, or `-1`/`-1` with TCP/UDP, is all ports; ICMP
 * and other protocols have none.
 */
function fromToPorts(protocol: Value | undefined, from: Value | undefined, to: Value | undefined, nodes: (SourceNode | undefined)[]): Pick<Draft, "ports" | "portNodes" | "portText"> {
  const p = typeof protocol === "string" ? protocol : undefined;
  if (p === "all") return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  if (p !== undefined && !PORTED.has(p)) return { ports: [], portNodes: [], portText: "" };
  let low = portNumber(from);
  let high = portNumber(to);
  if (low === null && high === null) return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  low ??= high;
  high ??= low;
  if (isUnknown(low)) return { ports: [low], portNodes: [nodes], portText: low.$unknown };
  if (isUnknown(high)) return { ports: [high], portNodes: [nodes], portText: high.$unknown };
  if (low! < 0 || high! < 0) return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  const [a, b] = [Math.min(low!, high!), Math.max(low!, high!)];
  return { ports: [[a, b]], portNodes: [nodes], portText: a === b ? String(a) : `${a}-${b}` };
}

/** Port specifications (Azure, GCP): strings that may list several parts, in a string or a list. */
function specPorts(specs: { value: Value | undefined; node?: SourceNode }[], absentIsAll: boolean): Pick<Draft, "ports" | "portNodes" | "portText"> {
  const ports: PortEntry[] = [];
  const portNodes: (SourceNode | undefined)[][] = [];
  const texts: string[] = [];
  let written = false;
  for (const { value, node } of specs) {
    if (value === undefined || value === null) continue;
    const entries = Array.isArray(value) ? value.map((v, i) => ({ v, n: node?.children?.[String(i)] ?? node })) : [{ v: value, n: node }];
    for (const { v, n } of entries) {
      if (v === null || v === "") continue;
      written = true;
      if (isUnknown(v)) {
        ports.push(v);
        portNodes.push([n]);
        texts.push(v.$unknown);
      } else if (typeof v === "string" || typeof v === "number") {
        for (const range of parsePortList(v)) {
          ports.push(range);
          portNodes.push([n]);
        }
        texts.push(String(v).split(",").map((s) => s.trim()).join(", "));
      }
    }
  }
  if (!written && absentIsAll) return { ports: [ALL_PORTS], portNodes: [[]], portText: "all" };
  return { ports, portNodes, portText: texts.join(", ") };
}

function lower(v: Value | undefined): Value | undefined {
  return typeof v === "string" ? v.trim().toLowerCase() : v;
}

/** Inline elements of a list attribute: maps only (an Unknown element cannot be judged). */
function elements(origin: Resource, key: string): { value: ValueMap; path: (string | number)[]; node?: SourceNode; listNode?: SourceNode }[] {
  const list = origin.attributes[key];
  if (!Array.isArray(list)) return [];
  const listNode = origin.source.children?.attributes?.children?.[key];
  return list.flatMap((value, i) => {
    if (!isValueMap(value)) return [];
    const node = listNode?.children?.[String(i)];
    return [{ value, path: [key, i], ...(node ? { node } : {}), ...(listNode ? { listNode } : {}) }];
  });
}

function attributeFields(origin: Resource): Fields {
  return new Fields(origin.attributes, origin.source.children?.attributes?.children, origin.format);
}

/** How an `ingress`/`egress` direction field reads: ingress, not ingress (null), or Unknown. */
function ingressDirection(v: Value | undefined, ingressWords: string[], absent: "ingress" | null): Value | null {
  if (v === undefined || v === null) return absent;
  if (isUnknown(v)) return v;
  const text = String(v).trim().toLowerCase();
  return ingressWords.includes(text) ? "ingress" : null;
}

// ---------------------------------------------------------------------------------------------
// AWS security groups

function awsSecurityGroupSources(f: Fields, groupKey: string): SourceEntry[] {
  return [
    ...f.sources("cidr_blocks", "address"),
    ...f.sources("ipv6_cidr_blocks", "address"),
    ...f.sources(groupKey, "security_group"),
    ...f.sources("prefix_list_ids", "prefix_list"),
    ...f.sources("self", "self"),
  ];
}

function awsPortsOf(f: Fields, protocolKey: string, fromKey: string, toKey: string): Pick<Draft, "protocol" | "protocolNode" | "ports" | "portNodes" | "portText"> {
  const protocol = protocolOf(f.get(protocolKey));
  const protocolNode = f.node(protocolKey);
  return {
    protocol,
    ...(protocolNode ? { protocolNode } : {}),
    ...fromToPorts(protocol, f.get(fromKey), f.get(toKey), [f.node(fromKey), f.node(toKey)]),
  };
}

function securityGroupInline(origin: Resource): Draft[] {
  return elements(origin, "ingress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return {
      origin,
      element: el,
      ...awsPortsOf(f, "protocol", "from_port", "to_port"),
      sources: awsSecurityGroupSources(f, "security_groups"),
      action: "allow",
      direction: "ingress",
    };
  });
}

function securityGroupRule(origin: Resource): Draft[] {
  const f = attributeFields(origin);
  const direction = ingressDirection(f.get("type"), ["ingress"], null);
  if (direction === null) return [];
  return [
    {
      origin,
      ...awsPortsOf(f, "protocol", "from_port", "to_port"),
      sources: awsSecurityGroupSources(f, "source_security_group_id"),
      action: "allow",
      direction,
      ...nodeOf("directionNode", f.node("type")),
    },
  ];
}

function vpcIngressRule(origin: Resource): Draft[] {
  const f = attributeFields(origin);
  return [
    {
      origin,
      ...awsPortsOf(f, "ip_protocol", "from_port", "to_port"),
      sources: [
        ...f.sources("cidr_ipv4", "address"),
        ...f.sources("cidr_ipv6", "address"),
        ...f.sources("referenced_security_group_id", "security_group"),
        ...f.sources("prefix_list_id", "prefix_list"),
      ],
      action: "allow",
      direction: "ingress",
    },
  ];
}

function cfnSecurityGroupSources(f: Fields): SourceEntry[] {
  return [
    ...f.sources("CidrIp", "address"),
    ...f.sources("CidrIpv6", "address"),
    ...f.sources("SourceSecurityGroupId", "security_group"),
    ...f.sources("SourceSecurityGroupName", "security_group"),
    ...f.sources("SourcePrefixListId", "prefix_list"),
  ];
}

function cfnSecurityGroup(origin: Resource): Draft[] {
  return elements(origin, "SecurityGroupIngress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return { origin, element: el, ...awsPortsOf(f, "IpProtocol", "FromPort", "ToPort"), sources: cfnSecurityGroupSources(f), action: "allow", direction: "ingress" };
  });
}

function cfnSecurityGroupIngress(origin: Resource): Draft[] {
  const f = attributeFields(origin);
  return [{ origin, ...awsPortsOf(f, "IpProtocol", "FromPort", "ToPort"), sources: cfnSecurityGroupSources(f), action: "allow", direction: "ingress" }];
}

// ---------------------------------------------------------------------------------------------
// AWS network ACLs

function nodeOf<K extends string>(key: K, node: SourceNode | undefined): Partial<Record<K, SourceNode>> {
  return node ? ({ [key]: node } as Record<K, SourceNode>) : {};
}

function naclEntry(origin: Resource, f: Fields, keys: { action: string; priority: string; from: string; to: string; cidr: string; cidr6: string; protocol: string }, acl: string | undefined, rest: Partial<Draft>): Draft {
  const action = lower(f.get(keys.action));
  return {
    origin,
    ...awsPortsOf(f, keys.protocol, keys.from, keys.to),
    sources: [...f.sources(keys.cidr, "address"), ...f.sources(keys.cidr6, "address")],
    action: action ?? null,
    ...nodeOf("actionNode", f.node(keys.action)),
    direction: "ingress",
    ...(f.get(keys.priority) !== undefined ? { priority: f.get(keys.priority)! } : {}),
    ...nodeOf("priorityNode", f.node(keys.priority)),
    ...(acl !== undefined ? { acl } : {}),
    ...rest,
  };
}

/**
 * The key under which entries of one ACL meet, within the unit and the module instance the
 * record sits in: the ACL's address as the module's code names it (`aws_network_acl.main`), a
 * Pulumi resource name, a CloudFormation logical ID, or a literal id (`acl-123`).
 */
function aclKey(origin: Resource, target: string): string {
  const module = /^((?:module\.[^.[]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)*)/.exec(origin.name)?.[1] ?? "";
  return `${origin.unit ?? ""}\u0000${module}\u0000${target.replace(/\s+/g, "")}`;
}

const withoutInstanceKeys = (address: string): string => address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, "");

/** `module.a.aws_network_acl.main[0]` → `aws_network_acl.main`: how the module's own code names it. */
function localAddress(origin: Resource): string {
  return withoutInstanceKeys(origin.name.replace(/^(?:module\.[^.[]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)+/, ""));
}

const TF_NACL_INLINE = { action: "action", priority: "rule_no", from: "from_port", to: "to_port", cidr: "cidr_block", cidr6: "ipv6_cidr_block", protocol: "protocol" };

function networkAclInline(origin: Resource): Draft[] {
  // Terraform code names the ACL by its address, a Pulumi program by its resource's name.
  const acl = aclKey(origin, origin.format === "terraform" ? localAddress(origin) : origin.name);
  return elements(origin, "ingress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return naclEntry(origin, f, TF_NACL_INLINE, acl, { element: el });
  });
}

/**
 * The ACL a standalone entry names: the one record its reference points at (`Unknown.refs`:
 * `aws_network_acl.main`, a Pulumi resource name), else the reference's text without instance
 * keys and `.id` (`aws_network_acl.main[0].id` → `aws_network_acl.main`), or a literal id.
 */
function referenceKey(origin: Resource, v: Value | undefined): string | undefined {
  if (isUnknown(v)) {
    if (v.refs?.length === 1) return aclKey(origin, v.refs[0]!);
    return aclKey(origin, withoutInstanceKeys(v.$unknown).replace(/\.id$/, ""));
  }
  if (typeof v === "string") return aclKey(origin, `literal:${v}`);
  return undefined;
}

function networkAclRule(origin: Resource): Draft[] {
  const f = attributeFields(origin);
  const egress = f.get("egress");
  if (egress === true || egress === "true") return [];
  const direction = isUnknown(egress) ? egress : "ingress";
  const keys = { action: "rule_action", priority: "rule_number", from: "from_port", to: "to_port", cidr: "cidr_block", cidr6: "ipv6_cidr_block", protocol: "protocol" };
  return [naclEntry(origin, f, keys, referenceKey(origin, f.get("network_acl_id")), { direction, ...nodeOf("directionNode", f.node("egress")) })];
}

/** `!Ref Acl`, `{"Ref": "Acl"}`, `Ref: Acl`, `!GetAtt Acl.Id` → `Acl`, so every spelling of one reference meets. */
function cfnReferenceKey(origin: Resource, v: Value | undefined): string | undefined {
  if (isUnknown(v)) {
    const ref = /^(?:!Ref\s+|\{\s*"Ref"\s*:\s*"|Ref:\s*|!GetAtt\s+|\{\s*"Fn::GetAtt"\s*:\s*\[\s*"|Fn::GetAtt:\s*\[?\s*)([A-Za-z0-9]+)/.exec(v.$unknown.trim());
    if (ref) return aclKey(origin, ref[1]!);
  }
  return referenceKey(origin, v);
}

function cfnNetworkAclEntry(origin: Resource): Draft[] {
  const f = attributeFields(origin);
  const egress = f.get("Egress");
  if (egress === true || egress === "true") return [];
  const direction = isUnknown(egress) ? egress : "ingress";
  const range = f.get("PortRange");
  const rangeFields = new Fields(isValueMap(range) ? range : {}, f.node("PortRange")?.children, origin.format);
  const protocol = protocolOf(f.get("Protocol"));
  const action = lower(f.get("RuleAction"));
  const ports = isUnknown(range)
    ? { ports: [range] as PortEntry[], portNodes: [[f.node("PortRange")]], portText: range.$unknown }
    : fromToPorts(protocol, rangeFields.get("From"), rangeFields.get("To"), [rangeFields.node("From"), rangeFields.node("To")]);
  const acl = cfnReferenceKey(origin, f.get("NetworkAclId"));
  return [
    {
      origin,
      protocol,
      ...nodeOf("protocolNode", f.node("Protocol")),
      ...ports,
      sources: [...f.sources("CidrBlock", "address"), ...f.sources("Ipv6CidrBlock", "address")],
      action: action ?? null,
      ...nodeOf("actionNode", f.node("RuleAction")),
      direction,
      ...nodeOf("directionNode", f.node("Egress")),
      ...(f.get("RuleNumber") !== undefined ? { priority: f.get("RuleNumber")! } : {}),
      ...nodeOf("priorityNode", f.node("RuleNumber")),
      ...(acl !== undefined ? { acl } : {}),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Azure network security groups

function azureRule(origin: Resource, f: Fields, element?: Draft["element"]): Draft[] {
  const direction = ingressDirection(f.get("direction"), ["inbound"], null);
  if (direction === null) return [];
  const protocol = protocolOf(f.get("protocol"));
  const access = lower(f.get("access"));
  return [
    {
      origin,
      ...(element ? { element } : {}),
      protocol,
      ...nodeOf("protocolNode", f.node("protocol")),
      ...(protocol === "all" || typeof protocol !== "string" || PORTED.has(protocol)
        ? specPorts(
            [
              { value: f.get("destination_port_range"), ...nodeOf("node", f.node("destination_port_range")) },
              { value: f.get("destination_port_ranges"), ...nodeOf("node", f.node("destination_port_ranges")) },
            ],
            true,
          )
        : { ports: [], portNodes: [], portText: "" }),
      sources: [
        ...f.sources("source_address_prefix", "address"),
        ...f.sources("source_address_prefixes", "address"),
        ...f.sources("source_application_security_group_ids", "application_security_group"),
      ],
      action: access ?? null,
      ...nodeOf("actionNode", f.node("access")),
      direction,
      ...nodeOf("directionNode", f.node("direction")),
      ...(f.get("priority") !== undefined ? { priority: f.get("priority")! } : {}),
      ...nodeOf("priorityNode", f.node("priority")),
    },
  ];
}

function azureNsgInline(origin: Resource): Draft[] {
  return elements(origin, "security_rule").flatMap((el) => azureRule(origin, new Fields(el.value, el.node?.children, origin.format), el));
}

function azureNsgRule(origin: Resource): Draft[] {
  return azureRule(origin, attributeFields(origin));
}

// ---------------------------------------------------------------------------------------------
// GCP firewalls

function isEmpty(v: Value | undefined): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
}

function gcpFirewall(origin: Resource): Draft[] {
  const f = attributeFields(origin);
  const direction = ingressDirection(f.get("direction"), ["ingress"], "ingress");
  if (direction === null) return [];
  const disabled = f.get("disabled");
  if (disabled === true || disabled === "true") return [];
  const sources = [...f.sources("source_ranges", "address"), ...f.sources("source_tags", "tag"), ...f.sources("source_service_accounts", "service_account")];
  const implied = ["source_ranges", "source_tags", "source_service_accounts"].every((k) => isEmpty(f.get(k)));
  return (["allow", "deny"] as const).flatMap((action) =>
    elements(origin, action).map((el): Draft => {
      const b = new Fields(el.value, el.node?.children, origin.format);
      const protocol = protocolOf(b.get("protocol"));
      return {
        origin,
        element: el,
        protocol,
        ...nodeOf("protocolNode", b.node("protocol")),
        ...(protocol === "all"
          ? { ports: [ALL_PORTS], portNodes: [[]], portText: "all" }
          : typeof protocol === "string" && !PORTED.has(protocol)
            ? { ports: [], portNodes: [], portText: "" }
            : specPorts([{ value: b.get("ports"), ...nodeOf("node", b.node("ports")) }], true)),
        sources,
        ...(implied ? { impliedSource: "0.0.0.0/0" } : {}),
        // A firewall whose `disabled` is not known may or may not let anything in.
        action: isUnknown(disabled) ? disabled : action,
        ...nodeOf("actionNode", isUnknown(disabled) ? f.node("disabled") : undefined),
        direction,
        ...nodeOf("directionNode", f.node("direction")),
        ...(f.get("priority") !== undefined ? { priority: f.get("priority")! } : {}),
        ...nodeOf("priorityNode", f.node("priority")),
      };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Shapes

type ShapeReader = (origin: Resource) => Draft[];

const TERRAFORM_SHAPES: Record<string, ShapeReader> = {
  aws_security_group: securityGroupInline,
  aws_default_security_group: securityGroupInline,
  aws_security_group_rule: securityGroupRule,
  aws_vpc_security_group_ingress_rule: vpcIngressRule,
  aws_network_acl: networkAclInline,
  aws_default_network_acl: networkAclInline,
  aws_network_acl_rule: networkAclRule,
  azurerm_network_security_group: azureNsgInline,
  azurerm_network_security_rule: azureNsgRule,
  google_compute_firewall: gcpFirewall,
};

const CLOUDFORMATION_SHAPES: Record<string, ShapeReader> = {
  "AWS::EC2::SecurityGroup": cfnSecurityGroup,
  "AWS::EC2::SecurityGroupIngress": cfnSecurityGroupIngress,
  "AWS::EC2::NetworkAclEntry": cfnNetworkAclEntry,
};

function shapeOf(r: Resource): ShapeReader | undefined {
  if (r.kind !== "resource") return undefined;
  return r.format === "cloudformation" ? CLOUDFORMATION_SHAPES[r.canonicalType] : TERRAFORM_SHAPES[r.canonicalType];
}

// ---------------------------------------------------------------------------------------------
// Internet, NACL order, records

/** True, false, or the Unknown that could make it true. */
function internetOf(d: Draft): Value {
  if (d.impliedSource !== undefined) return true;
  let undecided: Value | null = null;
  for (const s of d.sources) {
    if (s.kind !== "address") continue;
    if (isUnknown(s.value)) undecided ??= s.value;
    else if (typeof s.value === "string" && isInternet(s.value)) return true;
  }
  if (coversInternet(d)) return true;
  return undecided ?? false;
}

/** Several address sources that together are the whole internet (`0.0.0.0/1` + `128.0.0.0/1`). */
function coversInternet(d: Draft): boolean {
  const addresses = d.sources.filter((s) => s.kind === "address" && typeof s.value === "string").map((s) => s.value as string);
  return addresses.length > 1 && prefixesCoverAll(addresses);
}

const isInternetEntry = (s: SourceEntry): boolean => s.kind === "address" && typeof s.value === "string" && isInternet(s.value);

function show(v: Value): string {
  if (isUnknown(v)) return v.$unknown.replace(/\s*\r?\n\s*/g, " ");
  return typeof v === "string" ? v : JSON.stringify(v);
}

function sourceText(d: Draft, internet: Value): string {
  if (d.impliedSource !== undefined) {
    const [ranges, tags, accounts] = ["source_ranges", "source_tags", "source_service_accounts"].map((k) => (d.origin.format === "pulumi" ? k.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase()) : k));
    return `no ${ranges}, ${tags} or ${accounts}, so GCP applies ${d.impliedSource}`;
  }
  const union = internet === true && !d.sources.some(isInternetEntry);
  const shown = internet === true && !union ? d.sources.filter(isInternetEntry) : d.sources;
  const groups: { attribute: string; values: string[] }[] = [];
  for (const s of shown) {
    const text = s.kind === "self" && s.value === "self" ? "" : show(s.value);
    const group = groups.find((g) => g.attribute === s.attribute);
    if (group) group.values.push(text);
    else groups.push({ attribute: s.attribute, values: [text] });
  }
  return groups.map((g) => `${g.attribute}${g.values.some((v) => v !== "") ? ` ${g.values.filter((v) => v !== "").join(", ")}` : ""}`).join("; ");
}

/** Three-valued truth as a value: true, false, or the Unknown that leaves it open. */
type Truth3 = true | false | Unknown;

function and3(...values: Truth3[]): Truth3 {
  let open: Unknown | null = null;
  for (const v of values) {
    if (v === false) return false;
    if (v !== true) open ??= v;
  }
  return open ?? true;
}

function numberOf(v: Value | undefined): number | Unknown | null {
  if (isUnknown(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}

/** Whether network ACL entry `deny` is evaluated before `allow` and blocks the same traffic. */
function blocks(deny: Draft, allow: Draft): Truth3 {
  const why = (what: string, u: Unknown): Unknown =>
    unknown(u.$unknown, { reason: `a lower-numbered network ACL deny entry may block these ports (its ${what} ${u.$unknown} is not known statically)` });
  const isDeny: Truth3 = isUnknown(deny.action) ? why("action", deny.action) : deny.action === "deny";
  const dn = numberOf(deny.priority);
  const an = numberOf(allow.priority);
  const earlier: Truth3 = isUnknown(dn) ? why("rule number", dn) : isUnknown(an) ? why("rule number", an) : dn !== null && an !== null && dn < an;
  const dp = deny.protocol;
  const ap = allow.protocol;
  // A deny of one protocol does not close an allow of all protocols (the others stay open).
  const protocol: Truth3 = isUnknown(dp) ? why("protocol", dp) : dp === "all" || (typeof ap === "string" && dp === ap);
  const ds = deny.sources.find((s) => s.kind === "address");
  const as = allow.sources.find((s) => s.kind === "address");
  let source: Truth3 = false;
  if (ds && as) {
    if (isUnknown(ds.value)) source = why("CIDR", ds.value);
    else if (isUnknown(as.value)) source = false; // the allow's own unknown source already keeps rules silent
    else if (typeof ds.value === "string" && typeof as.value === "string") source = prefixContains(ds.value, as.value) === true;
  }
  return and3(isDeny, earlier, protocol, source);
}

function byRuleNumber(a: Draft, b: Draft): number {
  const key = (d: Draft): number => {
    const n = numberOf(d.priority);
    return typeof n === "number" ? n : Number.MAX_SAFE_INTEGER;
  };
  return key(a) - key(b);
}

/** `ranges` minus `cut` (inclusive ranges). */
function subtract(ranges: [number, number][], cut: [number, number]): [number, number][] {
  return ranges.flatMap(([lo, hi]) => {
    if (cut[1] < lo || cut[0] > hi) return [[lo, hi] as [number, number]];
    const out: [number, number][] = [];
    if (cut[0] > lo) out.push([lo, cut[0] - 1]);
    if (cut[1] < hi) out.push([cut[1] + 1, hi]);
    return out;
  });
}

function overlap(ranges: [number, number][], cut: [number, number]): boolean {
  return ranges.some(([lo, hi]) => !(cut[1] < lo || cut[0] > hi));
}

/**
 * Network ACL entries are evaluated in rule-number order and the first match decides: take out
 * of each allow entry's ports what lower-numbered deny entries of the same ACL (same protocol or
 * all, a source containing its source) certainly block; ports a deny may block become Unknown.
 */
function applyAclOrder(drafts: Draft[]): void {
  // Inline entries meet per record (each instance of an ACL is one list); standalone entries
  // meet by the ACL they name, and join the inline entries of the one record that ACL names.
  const inline = new Map<Resource, Draft[]>();
  const standalone = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.origin.canonicalType === "aws_network_acl" || d.origin.canonicalType === "aws_default_network_acl") {
      inline.set(d.origin, [...(inline.get(d.origin) ?? []), d]);
    } else if (d.acl !== undefined) {
      standalone.set(d.acl, [...(standalone.get(d.acl) ?? []), d]);
    }
  }
  const groups: Draft[][] = [];
  const joined = new Set<string>();
  for (const entries of inline.values()) {
    const key = entries[0]!.acl;
    const named = key === undefined ? [] : [...inline.keys()].filter((r) => inline.get(r)![0]!.acl === key);
    const others = key !== undefined && named.length === 1 ? (standalone.get(key) ?? []) : [];
    if (others.length > 0) joined.add(key!);
    groups.push([...entries, ...others]);
  }
  for (const [key, entries] of standalone) if (!joined.has(key)) groups.push(entries);
  for (const group of groups) {
    for (const allow of group) {
      if (allow.action !== "allow") continue;
      const known = allow.ports.filter((p): p is [number, number] => !isUnknown(p));
      if (known.length === 0) continue;
      let open = known;
      const maybe: { cut: [number, number] | null; deny: Draft; why: Unknown }[] = [];
      const by: number[] = [];
      // In rule-number order, so `shadowed_by` names the entries that match first.
      for (const deny of [...group].sort(byRuleNumber)) {
        if (deny === allow) continue;
        const verdict = blocks(deny, allow);
        if (verdict === false) continue;
        const cuts = deny.ports.length === 0 && deny.protocol !== "all" ? [] : deny.ports;
        for (const cut of cuts) {
          if (isUnknown(cut)) {
            maybe.push({ cut: null, deny, why: verdict === true ? unknown(cut.$unknown, { reason: `a lower-numbered network ACL deny entry may block these ports (its ports ${cut.$unknown} are not known statically)` }) : verdict });
          } else if (verdict === true) {
            if (overlap(open, cut)) {
              open = subtract(open, cut);
              const n = numberOf(deny.priority);
              if (typeof n === "number" && !by.includes(n)) by.push(n);
            }
          } else if (overlap(open, cut)) {
            maybe.push({ cut, deny, why: verdict });
          }
        }
      }
      // Ports an undecided deny may block are not known to be open: Unknown entries that say so.
      const undecided: Unknown[] = [];
      // One Unknown per span a deny may block; `decoded` is the span, so other ports stay decided.
      const entry = (ranges: [number, number][], deny: Draft, why: Unknown): Unknown[] =>
        ranges.map(([lo, hi]) =>
          unknown(`${lo === hi ? lo : `${lo}-${hi}`} unless entry ${show(deny.priority ?? "?")} denies it`, { decoded: [lo, hi], reason: why.reason ?? `${why.$unknown} is not known statically` }),
        );
      for (const { cut, deny, why } of maybe) {
        if (cut === null) {
          undecided.push(...entry(open, deny, why));
          open = [];
        } else if (overlap(open, cut)) {
          undecided.push(...entry(open.flatMap(([lo, hi]) => (cut[1] < lo || cut[0] > hi ? [] : [[Math.max(lo, cut[0]), Math.min(hi, cut[1])] as [number, number]])), deny, why));
          open = subtract(open, cut);
        }
      }
      const unknownPorts = allow.ports.filter(isUnknown);
      allow.ports = [...open, ...unknownPorts, ...undecided];
      allow.portNodes = allow.ports.map(() => allow.portNodes[0] ?? []);
      allow.shadowed = open.length > 0 || unknownPorts.length > 0 ? false : undecided.length > 0 ? undecided[0]! : true;
      if (by.length > 0) allow.shadowedBy = by.sort((a, b) => a - b);
    }
  }
}

function mergeOrigins(...lists: (Origin[] | undefined)[]): Origin[] | undefined {
  const out: Origin[] = [];
  for (const list of lists) for (const o of list ?? []) if (!out.includes(o)) out.push(o);
  return out.length > 0 ? out : undefined;
}

/** A node standing for `at`, with the given children; it keeps `at`'s position and origins. */
function wrap(at: { range: Range; header?: Range; origins?: Origin[] }, children: Record<string, SourceNode>, origins = at.origins): SourceNode {
  return { range: at.range, ...(at.header ? { header: at.header } : {}), ...(origins ? { origins } : {}), children };
}

function toRecord(d: Draft): Resource {
  const { origin, element } = d;
  const internet = internetOf(d);
  const range = element?.node?.range ?? origin.range;
  const header = element ? (element.node?.header ?? element.node?.range ?? origin.header) : origin.header;
  const sources: Value[] = d.sources.map((s) => s.value);
  const kinds: Value[] = d.sources.map((s) => s.kind);
  if (d.impliedSource !== undefined) {
    sources.push(d.impliedSource);
    kinds.push("address");
  }
  const attributes: ValueMap = {
    protocol: d.protocol ?? null,
    ports: d.ports,
    port_text: d.portText,
    sources,
    source_kinds: kinds,
    internet,
    source_text: sourceText(d, internet),
    action: d.action,
    direction: d.direction,
    shadowed: d.shadowed ?? false,
    origin_type: origin.type,
  };
  if (d.priority !== undefined) attributes.priority = d.priority;
  if (d.shadowedBy) attributes.shadowed_by = d.shadowedBy;
  if (element) attributes.element = element.path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");

  const nodes: Record<string, SourceNode> = {};
  if (d.protocolNode) nodes.protocol = d.protocolNode;
  if (d.actionNode) nodes.action = d.actionNode;
  if (d.directionNode) nodes.direction = d.directionNode;
  if (d.priorityNode) nodes.priority = d.priorityNode;
  const portChildren: Record<string, SourceNode> = {};
  d.portNodes.forEach((list, i) => {
    const present = list.filter((n): n is SourceNode => n !== undefined);
    if (present.length === 0) return;
    portChildren[String(i)] = wrap(present[0]!, Object.fromEntries(present.map((n, j) => [String(j), n])), mergeOrigins(...present.map((n) => n.origins)));
  });
  const firstPortNode = d.portNodes.flat().find((n): n is SourceNode => n !== undefined);
  if (firstPortNode) nodes.ports = wrap(firstPortNode, portChildren);
  // The source the finding is about: the first internet one when there is one.
  const anchor = d.sources.find(isInternetEntry) ?? d.sources[0];
  const sourceChildren: Record<string, SourceNode> = {};
  d.sources.forEach((s, i) => {
    if (s.node) sourceChildren[String(i)] = s.node;
  });
  if (element?.node) {
    nodes.sources = wrap(element.node, sourceChildren, mergeOrigins(element.listNode?.origins, element.node.origins));
  } else if (anchor?.attributeNode) {
    nodes.sources = wrap(anchor.attributeNode, sourceChildren);
  } else if (Object.keys(sourceChildren).length > 0) {
    nodes.sources = { range: origin.header, children: sourceChildren };
  }
  const internetSource = internet === true ? (d.sources.find(isInternetEntry) ?? d.sources.find((s) => s.kind === "address")) : d.sources.find((s) => s.kind === "address" && isUnknown(s.value));
  if (internetSource?.attributeNode) nodes.internet = internetSource.attributeNode;

  const optionsNode = origin.source.children?.options ?? { range: origin.range, header: origin.header };
  const fact: Resource = {
    format: origin.format,
    kind: "fact",
    type: "ingress_rule",
    canonicalType: "ingress_rule",
    name: origin.name,
    file: origin.file,
    range,
    header,
    attributes,
    options: origin.options,
    source: { range, header, children: { attributes: { range, header, children: nodes }, options: optionsNode } },
  };
  if (origin.unit !== undefined) fact.unit = origin.unit;
  // Findings on the fact are about this element of the origin: that is their identity.
  if (element) fact.element = ["attributes", ...element.path];
  if (origin.scopes) fact.scopes = origin.scopes;
  if (origin.remoteModule) fact.remoteModule = true;
  if (origin.repeated) fact.repeated = true;
  return fact;
}

/**
 * Expanded `dynamic` blocks are one element in the source: copies that differ only in their
 * ports become one fact (one finding per element), with the ports of all.
 */
function mergeExpanded(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // Twins share their origin record and element position: look among those only (a scan of
  // thousands of files has tens of thousands of drafts).
  const byPlace = new Map<Resource, Map<string, Draft[]>>();
  for (const d of drafts) {
    const at = d.element?.node?.range;
    const place = at ? `${at.start.line}:${at.start.column}` : undefined;
    let here: Draft[] | undefined;
    if (place !== undefined) {
      let ofOrigin = byPlace.get(d.origin);
      if (!ofOrigin) byPlace.set(d.origin, (ofOrigin = new Map()));
      here = ofOrigin.get(place);
      if (!here) ofOrigin.set(place, (here = []));
    }
    const twin = here?.find((o) => same(o, d));
    if (!twin) {
      const copy = { ...d, ports: [...d.ports], portNodes: [...d.portNodes] };
      out.push(copy);
      here?.push(copy);
      continue;
    }
    d.ports.forEach((p, i) => {
      if (twin.ports.some((q) => JSON.stringify(q) === JSON.stringify(p))) return;
      twin.ports.push(p);
      twin.portNodes.push(d.portNodes[i] ?? []);
    });
    const texts = new Set(twin.portText.split(", ").filter((t) => t !== ""));
    for (const t of d.portText.split(", ")) if (t !== "") texts.add(t);
    twin.portText = [...texts].join(", ");
    if (d.shadowedBy) twin.shadowedBy = [...new Set([...(twin.shadowedBy ?? []), ...d.shadowedBy])].sort((a, b) => a - b);
    if (twin.shadowed === true && d.shadowed !== true) twin.shadowed = d.shadowed ?? false;
  }
  return out;
}

function same(a: Draft, b: Draft): boolean {
  const key = (d: Draft) => JSON.stringify([d.protocol, d.sources.map((s) => [s.kind, s.attribute, s.value]), d.impliedSource, d.action, d.direction]);
  return key(a) === key(b);
}

/** Every ingress rule of the scanned records, as `ingress_rule` facts. */
export const deriveIngressRules: FactDeriver = (resources) => {
  const drafts: Draft[] = [];
  for (const r of resources) {
    const shape = shapeOf(r);
    if (shape) drafts.push(...shape(r));
  }
  applyAclOrder(drafts);
  return mergeExpanded(drafts).map(toRecord);
};
