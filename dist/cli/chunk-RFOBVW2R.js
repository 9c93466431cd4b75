import { createRequire as __bundleCreateRequire } from "node:module";
const require = __bundleCreateRequire(import.meta.url);
import {
  internalError
} from "./chunk-LB7WBC64.js";
import {
  discover,
  formUnits,
  isAutoVarFile,
  unitPaths
} from "./chunk-7ZH2ZNCF.js";
import {
  createReader
} from "./chunk-HLV5G4LZ.js";
import {
  MARKER,
  ignoreMatcher,
  isExpired,
  todayUtc
} from "./chunk-HALMFHJK.js";
import {
  require_picomatch
} from "./chunk-LZYLFCTU.js";
import {
  range
} from "./chunk-2CLBPXII.js";
import {
  Evaluation,
  diagnosticFinding,
  evaluate,
  fingerprint
} from "./chunk-AEPW6RFW.js";
import {
  GATE_KINDS
} from "./chunk-FEAASC7O.js";
import {
  isInternet,
  loadRules,
  normaliseProtocol,
  paramProblem,
  parsePortList,
  prefixContains,
  prefixesCoverAll
} from "./chunk-SGTIMQFB.js";
import {
  isUnknown,
  isValueMap,
  unknown
} from "./chunk-CW4QTCS7.js";
import {
  __toESM
} from "./chunk-WV4KQOO6.js";

// src/scanners/index.ts
async function scanSafely(file, scan) {
  try {
    return await scan();
  } catch (error) {
    return { resources: [], diagnostics: [internalError(file, error)] };
  }
}
function unitFile(unit) {
  switch (unit.kind) {
    case "terraform":
      return unit.files[0]?.path ?? unit.dir;
    case "cloudformation":
    case "changes":
      return unit.file.path;
    case "pulumi":
      return (unit.project ?? unit.files[0])?.path ?? unit.dir;
  }
}
async function scanUnits(units, reader, options = {}) {
  const resources = [];
  const diagnostics = [];
  const collect = (r) => {
    if (options.onRecords) {
      if (r.resources.length > 0) options.onRecords(r.resources);
    } else for (const x of r.resources) resources.push(x);
    for (const d of r.diagnostics) diagnostics.push(d);
  };
  const terraform = units.filter((u) => u.kind === "terraform");
  if (terraform.length > 0) {
    const { scanTerraform } = await import("./terraform-NRIOW5ON.js");
    collect(await scanSafely(unitFile(terraform[0]), () => scanTerraform(terraform, reader, options)));
  }
  for (const unit of units) {
    if (unit.kind === "cloudformation") {
      const { scanCloudFormationUnit } = await import("./cloudformation-3VEF4C6X.js");
      const scanned = await scanSafely(unit.file.path, () => scanCloudFormationUnit(unit, reader));
      for (const r of scanned.resources) r.unit = `cloudformation:${unit.file.path}`;
      collect(scanned);
    } else if (unit.kind === "pulumi") {
      const { scanPulumiUnit } = await import("./pulumi-JFO2N5I2.js");
      const scanned = await scanSafely(unitFile(unit), () => scanPulumiUnit(unit, reader));
      for (const r of scanned.resources) r.unit = `pulumi:${unit.dir}`;
      collect(scanned);
    }
  }
  return { resources, diagnostics };
}

// src/facts/ingress.ts
var ALL_PORTS = [0, 65535];
var Fields = class {
  constructor(values, nodes, format) {
    this.values = values;
    this.nodes = nodes;
    this.format = format;
  }
  values;
  nodes;
  format;
  get(key) {
    return Object.prototype.hasOwnProperty.call(this.values, key) ? this.values[key] : void 0;
  }
  node(key) {
    return this.nodes?.[key];
  }
  /** The attribute as its format spells it: Pulumi properties are camelCase. */
  native(key) {
    return this.format === "pulumi" ? key.replace(/_([a-z0-9])/g, (_m, c) => c.toUpperCase()) : key;
  }
  /** Source entries of an attribute (a string, a list, or an Unknown standing for either). */
  sources(key, kind) {
    const value = this.get(key);
    const attributeNode = this.node(key);
    const base = { kind, attribute: this.native(key), ...attributeNode ? { attributeNode } : {} };
    if (value === void 0 || value === null || value === "") return [];
    if (Array.isArray(value)) {
      return value.flatMap((entry, i) => {
        if (entry === null || entry === "") return [];
        const node = attributeNode?.children?.[String(i)] ?? attributeNode;
        return [{ ...base, value: entry, ...node ? { node } : {} }];
      });
    }
    if (kind === "self") {
      if (isUnknown(value)) return [{ ...base, value, ...attributeNode ? { node: attributeNode } : {} }];
      return value === true || value === "true" ? [{ ...base, value: "self", ...attributeNode ? { node: attributeNode } : {} }] : [];
    }
    return [{ ...base, value, ...attributeNode ? { node: attributeNode } : {} }];
  }
};
function portNumber(v) {
  if (isUnknown(v)) return v;
  if (typeof v === "number" && Number.isInteger(v)) return v;
  if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
  return null;
}
function protocolOf(v) {
  if (isUnknown(v)) return v;
  if (typeof v === "string" || typeof v === "number") return normaliseProtocol(v);
  return void 0;
}
var PORTED = /* @__PURE__ */ new Set(["tcp", "udp", "sctp"]);
function fromToPorts(protocol, from, to, nodes) {
  const p = typeof protocol === "string" ? protocol : void 0;
  if (p === "all") return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  if (p !== void 0 && !PORTED.has(p)) return { ports: [], portNodes: [], portText: "" };
  let low = portNumber(from);
  let high = portNumber(to);
  if (low === null && high === null) return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  low ??= high;
  high ??= low;
  if (isUnknown(low)) return { ports: [low], portNodes: [nodes], portText: low.$unknown };
  if (isUnknown(high)) return { ports: [high], portNodes: [nodes], portText: high.$unknown };
  if (low < 0 || high < 0) return { ports: [ALL_PORTS], portNodes: [nodes], portText: "all" };
  const [a, b] = [Math.min(low, high), Math.max(low, high)];
  return { ports: [[a, b]], portNodes: [nodes], portText: a === b ? String(a) : `${a}-${b}` };
}
function specPorts(specs, absentIsAll) {
  const ports = [];
  const portNodes = [];
  const texts = [];
  let written = false;
  for (const { value, node } of specs) {
    if (value === void 0 || value === null) continue;
    const entries = Array.isArray(value) ? value.map((v, i) => ({ v, n: node?.children?.[String(i)] ?? node })) : [{ v: value, n: node }];
    for (const { v, n } of entries) {
      if (v === null || v === "") continue;
      written = true;
      if (isUnknown(v)) {
        ports.push(v);
        portNodes.push([n]);
        texts.push(v.$unknown);
      } else if (typeof v === "string" || typeof v === "number") {
        for (const range2 of parsePortList(v)) {
          ports.push(range2);
          portNodes.push([n]);
        }
        texts.push(String(v).split(",").map((s) => s.trim()).join(", "));
      }
    }
  }
  if (!written && absentIsAll) return { ports: [ALL_PORTS], portNodes: [[]], portText: "all" };
  return { ports, portNodes, portText: texts.join(", ") };
}
function lower(v) {
  return typeof v === "string" ? v.trim().toLowerCase() : v;
}
function elements(origin, key) {
  const list = origin.attributes[key];
  if (!Array.isArray(list)) return [];
  const listNode = origin.source.children?.attributes?.children?.[key];
  return list.flatMap((value, i) => {
    if (!isValueMap(value)) return [];
    const node = listNode?.children?.[String(i)];
    return [{ value, path: [key, i], ...node ? { node } : {}, ...listNode ? { listNode } : {} }];
  });
}
function attributeFields(origin) {
  return new Fields(origin.attributes, origin.source.children?.attributes?.children, origin.format);
}
function ingressDirection(v, ingressWords, absent) {
  if (v === void 0 || v === null) return absent;
  if (isUnknown(v)) return v;
  const text = String(v).trim().toLowerCase();
  return ingressWords.includes(text) ? "ingress" : null;
}
function awsSecurityGroupSources(f, groupKey) {
  return [
    ...f.sources("cidr_blocks", "address"),
    ...f.sources("ipv6_cidr_blocks", "address"),
    ...f.sources(groupKey, "security_group"),
    ...f.sources("prefix_list_ids", "prefix_list"),
    ...f.sources("self", "self")
  ];
}
function awsPortsOf(f, protocolKey, fromKey, toKey) {
  const protocol = protocolOf(f.get(protocolKey));
  const protocolNode = f.node(protocolKey);
  return {
    protocol,
    ...protocolNode ? { protocolNode } : {},
    ...fromToPorts(protocol, f.get(fromKey), f.get(toKey), [f.node(fromKey), f.node(toKey)])
  };
}
function securityGroupInline(origin) {
  return elements(origin, "ingress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return {
      origin,
      element: el,
      ...awsPortsOf(f, "protocol", "from_port", "to_port"),
      sources: awsSecurityGroupSources(f, "security_groups"),
      action: "allow",
      direction: "ingress"
    };
  });
}
function securityGroupRule(origin) {
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
      ...nodeOf("directionNode", f.node("type"))
    }
  ];
}
function vpcIngressRule(origin) {
  const f = attributeFields(origin);
  return [
    {
      origin,
      ...awsPortsOf(f, "ip_protocol", "from_port", "to_port"),
      sources: [
        ...f.sources("cidr_ipv4", "address"),
        ...f.sources("cidr_ipv6", "address"),
        ...f.sources("referenced_security_group_id", "security_group"),
        ...f.sources("prefix_list_id", "prefix_list")
      ],
      action: "allow",
      direction: "ingress"
    }
  ];
}
function cfnSecurityGroupSources(f) {
  return [
    ...f.sources("CidrIp", "address"),
    ...f.sources("CidrIpv6", "address"),
    ...f.sources("SourceSecurityGroupId", "security_group"),
    ...f.sources("SourceSecurityGroupName", "security_group"),
    ...f.sources("SourcePrefixListId", "prefix_list")
  ];
}
function cfnSecurityGroup(origin) {
  return elements(origin, "SecurityGroupIngress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return { origin, element: el, ...awsPortsOf(f, "IpProtocol", "FromPort", "ToPort"), sources: cfnSecurityGroupSources(f), action: "allow", direction: "ingress" };
  });
}
function cfnSecurityGroupIngress(origin) {
  const f = attributeFields(origin);
  return [{ origin, ...awsPortsOf(f, "IpProtocol", "FromPort", "ToPort"), sources: cfnSecurityGroupSources(f), action: "allow", direction: "ingress" }];
}
function nodeOf(key, node) {
  return node ? { [key]: node } : {};
}
function naclEntry(origin, f, keys, acl, rest) {
  const action = lower(f.get(keys.action));
  return {
    origin,
    ...awsPortsOf(f, keys.protocol, keys.from, keys.to),
    sources: [...f.sources(keys.cidr, "address"), ...f.sources(keys.cidr6, "address")],
    action: action ?? null,
    ...nodeOf("actionNode", f.node(keys.action)),
    direction: "ingress",
    ...f.get(keys.priority) !== void 0 ? { priority: f.get(keys.priority) } : {},
    ...nodeOf("priorityNode", f.node(keys.priority)),
    ...acl !== void 0 ? { acl } : {},
    ...rest
  };
}
function aclKey(origin, target) {
  const module = /^((?:module\.[^.[]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)*)/.exec(origin.name)?.[1] ?? "";
  return `${origin.unit ?? ""}\0${module}\0${target.replace(/\s+/g, "")}`;
}
var withoutInstanceKeys = (address) => address.replace(/\[(?:\d+|"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, "");
function localAddress(origin) {
  return withoutInstanceKeys(origin.name.replace(/^(?:module\.[^.[]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.)+/, ""));
}
var TF_NACL_INLINE = { action: "action", priority: "rule_no", from: "from_port", to: "to_port", cidr: "cidr_block", cidr6: "ipv6_cidr_block", protocol: "protocol" };
function networkAclInline(origin) {
  const acl = aclKey(origin, origin.format === "terraform" ? localAddress(origin) : origin.name);
  return elements(origin, "ingress").map((el) => {
    const f = new Fields(el.value, el.node?.children, origin.format);
    return naclEntry(origin, f, TF_NACL_INLINE, acl, { element: el });
  });
}
function referenceKey(origin, v) {
  if (isUnknown(v)) {
    if (v.refs?.length === 1) return aclKey(origin, v.refs[0]);
    return aclKey(origin, withoutInstanceKeys(v.$unknown).replace(/\.id$/, ""));
  }
  if (typeof v === "string") return aclKey(origin, `literal:${v}`);
  return void 0;
}
function networkAclRule(origin) {
  const f = attributeFields(origin);
  const egress = f.get("egress");
  if (egress === true || egress === "true") return [];
  const direction = isUnknown(egress) ? egress : "ingress";
  const keys = { action: "rule_action", priority: "rule_number", from: "from_port", to: "to_port", cidr: "cidr_block", cidr6: "ipv6_cidr_block", protocol: "protocol" };
  return [naclEntry(origin, f, keys, referenceKey(origin, f.get("network_acl_id")), { direction, ...nodeOf("directionNode", f.node("egress")) })];
}
function cfnReferenceKey(origin, v) {
  if (isUnknown(v)) {
    const ref = /^(?:!Ref\s+|\{\s*"Ref"\s*:\s*"|Ref:\s*|!GetAtt\s+|\{\s*"Fn::GetAtt"\s*:\s*\[\s*"|Fn::GetAtt:\s*\[?\s*)([A-Za-z0-9]+)/.exec(v.$unknown.trim());
    if (ref) return aclKey(origin, ref[1]);
  }
  return referenceKey(origin, v);
}
function cfnNetworkAclEntry(origin) {
  const f = attributeFields(origin);
  const egress = f.get("Egress");
  if (egress === true || egress === "true") return [];
  const direction = isUnknown(egress) ? egress : "ingress";
  const range2 = f.get("PortRange");
  const rangeFields = new Fields(isValueMap(range2) ? range2 : {}, f.node("PortRange")?.children, origin.format);
  const protocol = protocolOf(f.get("Protocol"));
  const action = lower(f.get("RuleAction"));
  const ports = isUnknown(range2) ? { ports: [range2], portNodes: [[f.node("PortRange")]], portText: range2.$unknown } : fromToPorts(protocol, rangeFields.get("From"), rangeFields.get("To"), [rangeFields.node("From"), rangeFields.node("To")]);
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
      ...f.get("RuleNumber") !== void 0 ? { priority: f.get("RuleNumber") } : {},
      ...nodeOf("priorityNode", f.node("RuleNumber")),
      ...acl !== void 0 ? { acl } : {}
    }
  ];
}
function azureRule(origin, f, element) {
  const direction = ingressDirection(f.get("direction"), ["inbound"], null);
  if (direction === null) return [];
  const protocol = protocolOf(f.get("protocol"));
  const access = lower(f.get("access"));
  return [
    {
      origin,
      ...element ? { element } : {},
      protocol,
      ...nodeOf("protocolNode", f.node("protocol")),
      ...protocol === "all" || typeof protocol !== "string" || PORTED.has(protocol) ? specPorts(
        [
          { value: f.get("destination_port_range"), ...nodeOf("node", f.node("destination_port_range")) },
          { value: f.get("destination_port_ranges"), ...nodeOf("node", f.node("destination_port_ranges")) }
        ],
        true
      ) : { ports: [], portNodes: [], portText: "" },
      sources: [
        ...f.sources("source_address_prefix", "address"),
        ...f.sources("source_address_prefixes", "address"),
        ...f.sources("source_application_security_group_ids", "application_security_group")
      ],
      action: access ?? null,
      ...nodeOf("actionNode", f.node("access")),
      direction,
      ...nodeOf("directionNode", f.node("direction")),
      ...f.get("priority") !== void 0 ? { priority: f.get("priority") } : {},
      ...nodeOf("priorityNode", f.node("priority"))
    }
  ];
}
function azureNsgInline(origin) {
  return elements(origin, "security_rule").flatMap((el) => azureRule(origin, new Fields(el.value, el.node?.children, origin.format), el));
}
function azureNsgRule(origin) {
  return azureRule(origin, attributeFields(origin));
}
function isEmpty(v) {
  return v === void 0 || v === null || Array.isArray(v) && v.length === 0;
}
function gcpFirewall(origin) {
  const f = attributeFields(origin);
  const direction = ingressDirection(f.get("direction"), ["ingress"], "ingress");
  if (direction === null) return [];
  const disabled = f.get("disabled");
  if (disabled === true || disabled === "true") return [];
  const sources = [...f.sources("source_ranges", "address"), ...f.sources("source_tags", "tag"), ...f.sources("source_service_accounts", "service_account")];
  const implied = ["source_ranges", "source_tags", "source_service_accounts"].every((k) => isEmpty(f.get(k)));
  return ["allow", "deny"].flatMap(
    (action) => elements(origin, action).map((el) => {
      const b = new Fields(el.value, el.node?.children, origin.format);
      const protocol = protocolOf(b.get("protocol"));
      return {
        origin,
        element: el,
        protocol,
        ...nodeOf("protocolNode", b.node("protocol")),
        ...protocol === "all" ? { ports: [ALL_PORTS], portNodes: [[]], portText: "all" } : typeof protocol === "string" && !PORTED.has(protocol) ? { ports: [], portNodes: [], portText: "" } : specPorts([{ value: b.get("ports"), ...nodeOf("node", b.node("ports")) }], true),
        sources,
        ...implied ? { impliedSource: "0.0.0.0/0" } : {},
        // A firewall whose `disabled` is not known may or may not let anything in.
        action: isUnknown(disabled) ? disabled : action,
        ...nodeOf("actionNode", isUnknown(disabled) ? f.node("disabled") : void 0),
        direction,
        ...nodeOf("directionNode", f.node("direction")),
        ...f.get("priority") !== void 0 ? { priority: f.get("priority") } : {},
        ...nodeOf("priorityNode", f.node("priority"))
      };
    })
  );
}
var TERRAFORM_SHAPES = {
  aws_security_group: securityGroupInline,
  aws_default_security_group: securityGroupInline,
  aws_security_group_rule: securityGroupRule,
  aws_vpc_security_group_ingress_rule: vpcIngressRule,
  aws_network_acl: networkAclInline,
  aws_default_network_acl: networkAclInline,
  aws_network_acl_rule: networkAclRule,
  azurerm_network_security_group: azureNsgInline,
  azurerm_network_security_rule: azureNsgRule,
  google_compute_firewall: gcpFirewall
};
var CLOUDFORMATION_SHAPES = {
  "AWS::EC2::SecurityGroup": cfnSecurityGroup,
  "AWS::EC2::SecurityGroupIngress": cfnSecurityGroupIngress,
  "AWS::EC2::NetworkAclEntry": cfnNetworkAclEntry
};
function shapeOf(r) {
  if (r.kind !== "resource") return void 0;
  return r.format === "cloudformation" ? CLOUDFORMATION_SHAPES[r.canonicalType] : TERRAFORM_SHAPES[r.canonicalType];
}
function internetOf(d) {
  if (d.impliedSource !== void 0) return true;
  let undecided = null;
  for (const s of d.sources) {
    if (s.kind !== "address") continue;
    if (isUnknown(s.value)) undecided ??= s.value;
    else if (typeof s.value === "string" && isInternet(s.value)) return true;
  }
  if (coversInternet(d)) return true;
  return undecided ?? false;
}
function coversInternet(d) {
  const addresses = d.sources.filter((s) => s.kind === "address" && typeof s.value === "string").map((s) => s.value);
  return addresses.length > 1 && prefixesCoverAll(addresses);
}
var isInternetEntry = (s) => s.kind === "address" && typeof s.value === "string" && isInternet(s.value);
function show(v) {
  if (isUnknown(v)) return v.$unknown.replace(/\s*\r?\n\s*/g, " ");
  return typeof v === "string" ? v : JSON.stringify(v);
}
function sourceText(d, internet) {
  if (d.impliedSource !== void 0) {
    const [ranges, tags, accounts] = ["source_ranges", "source_tags", "source_service_accounts"].map((k) => d.origin.format === "pulumi" ? k.replace(/_([a-z])/g, (_m, c) => c.toUpperCase()) : k);
    return `no ${ranges}, ${tags} or ${accounts}, so GCP applies ${d.impliedSource}`;
  }
  const union = internet === true && !d.sources.some(isInternetEntry);
  const shown = internet === true && !union ? d.sources.filter(isInternetEntry) : d.sources;
  const groups = [];
  for (const s of shown) {
    const text = s.kind === "self" && s.value === "self" ? "" : show(s.value);
    const group = groups.find((g) => g.attribute === s.attribute);
    if (group) group.values.push(text);
    else groups.push({ attribute: s.attribute, values: [text] });
  }
  return groups.map((g) => `${g.attribute}${g.values.some((v) => v !== "") ? ` ${g.values.filter((v) => v !== "").join(", ")}` : ""}`).join("; ");
}
function and3(...values) {
  let open = null;
  for (const v of values) {
    if (v === false) return false;
    if (v !== true) open ??= v;
  }
  return open ?? true;
}
function numberOf(v) {
  if (isUnknown(v)) return v;
  if (typeof v === "number") return v;
  if (typeof v === "string" && /^\s*\d+\s*$/.test(v)) return Number(v);
  return null;
}
function blocks(deny, allow) {
  const why = (what, u) => unknown(u.$unknown, { reason: `a lower-numbered network ACL deny entry may block these ports (its ${what} ${u.$unknown} is not known statically)` });
  const isDeny = isUnknown(deny.action) ? why("action", deny.action) : deny.action === "deny";
  const dn = numberOf(deny.priority);
  const an = numberOf(allow.priority);
  const earlier = isUnknown(dn) ? why("rule number", dn) : isUnknown(an) ? why("rule number", an) : dn !== null && an !== null && dn < an;
  const dp = deny.protocol;
  const ap = allow.protocol;
  const protocol = isUnknown(dp) ? why("protocol", dp) : dp === "all" || typeof ap === "string" && dp === ap;
  const ds = deny.sources.find((s) => s.kind === "address");
  const as = allow.sources.find((s) => s.kind === "address");
  let source = false;
  if (ds && as) {
    if (isUnknown(ds.value)) source = why("CIDR", ds.value);
    else if (isUnknown(as.value)) source = false;
    else if (typeof ds.value === "string" && typeof as.value === "string") source = prefixContains(ds.value, as.value) === true;
  }
  return and3(isDeny, earlier, protocol, source);
}
function byRuleNumber(a, b) {
  const key = (d) => {
    const n = numberOf(d.priority);
    return typeof n === "number" ? n : Number.MAX_SAFE_INTEGER;
  };
  return key(a) - key(b);
}
function subtract(ranges, cut) {
  return ranges.flatMap(([lo, hi]) => {
    if (cut[1] < lo || cut[0] > hi) return [[lo, hi]];
    const out = [];
    if (cut[0] > lo) out.push([lo, cut[0] - 1]);
    if (cut[1] < hi) out.push([cut[1] + 1, hi]);
    return out;
  });
}
function overlap(ranges, cut) {
  return ranges.some(([lo, hi]) => !(cut[1] < lo || cut[0] > hi));
}
function applyAclOrder(drafts) {
  const inline = /* @__PURE__ */ new Map();
  const standalone = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    if (d.origin.canonicalType === "aws_network_acl" || d.origin.canonicalType === "aws_default_network_acl") {
      inline.set(d.origin, [...inline.get(d.origin) ?? [], d]);
    } else if (d.acl !== void 0) {
      standalone.set(d.acl, [...standalone.get(d.acl) ?? [], d]);
    }
  }
  const groups = [];
  const joined = /* @__PURE__ */ new Set();
  for (const entries of inline.values()) {
    const key = entries[0].acl;
    const named = key === void 0 ? [] : [...inline.keys()].filter((r) => inline.get(r)[0].acl === key);
    const others = key !== void 0 && named.length === 1 ? standalone.get(key) ?? [] : [];
    if (others.length > 0) joined.add(key);
    groups.push([...entries, ...others]);
  }
  for (const [key, entries] of standalone) if (!joined.has(key)) groups.push(entries);
  for (const group of groups) {
    for (const allow of group) {
      if (allow.action !== "allow") continue;
      const known = allow.ports.filter((p) => !isUnknown(p));
      if (known.length === 0) continue;
      let open = known;
      const maybe = [];
      const by = [];
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
      const undecided = [];
      const entry = (ranges, deny, why) => ranges.map(
        ([lo, hi]) => unknown(`${lo === hi ? lo : `${lo}-${hi}`} unless entry ${show(deny.priority ?? "?")} denies it`, { decoded: [lo, hi], reason: why.reason ?? `${why.$unknown} is not known statically` })
      );
      for (const { cut, deny, why } of maybe) {
        if (cut === null) {
          undecided.push(...entry(open, deny, why));
          open = [];
        } else if (overlap(open, cut)) {
          undecided.push(...entry(open.flatMap(([lo, hi]) => cut[1] < lo || cut[0] > hi ? [] : [[Math.max(lo, cut[0]), Math.min(hi, cut[1])]]), deny, why));
          open = subtract(open, cut);
        }
      }
      const unknownPorts = allow.ports.filter(isUnknown);
      allow.ports = [...open, ...unknownPorts, ...undecided];
      allow.portNodes = allow.ports.map(() => allow.portNodes[0] ?? []);
      allow.shadowed = open.length > 0 || unknownPorts.length > 0 ? false : undecided.length > 0 ? undecided[0] : true;
      if (by.length > 0) allow.shadowedBy = by.sort((a, b) => a - b);
    }
  }
}
function mergeOrigins(...lists) {
  const out = [];
  for (const list of lists) for (const o of list ?? []) if (!out.includes(o)) out.push(o);
  return out.length > 0 ? out : void 0;
}
function wrap(at, children, origins = at.origins) {
  return { range: at.range, ...at.header ? { header: at.header } : {}, ...origins ? { origins } : {}, children };
}
function toRecord(d) {
  const { origin, element } = d;
  const internet = internetOf(d);
  const range2 = element?.node?.range ?? origin.range;
  const header = element ? element.node?.header ?? element.node?.range ?? origin.header : origin.header;
  const sources = d.sources.map((s) => s.value);
  const kinds = d.sources.map((s) => s.kind);
  if (d.impliedSource !== void 0) {
    sources.push(d.impliedSource);
    kinds.push("address");
  }
  const attributes = {
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
    origin_type: origin.type
  };
  if (d.priority !== void 0) attributes.priority = d.priority;
  if (d.shadowedBy) attributes.shadowed_by = d.shadowedBy;
  if (element) attributes.element = element.path.map((p, i) => typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
  const nodes = {};
  if (d.protocolNode) nodes.protocol = d.protocolNode;
  if (d.actionNode) nodes.action = d.actionNode;
  if (d.directionNode) nodes.direction = d.directionNode;
  if (d.priorityNode) nodes.priority = d.priorityNode;
  const portChildren = {};
  d.portNodes.forEach((list, i) => {
    const present = list.filter((n) => n !== void 0);
    if (present.length === 0) return;
    portChildren[String(i)] = wrap(present[0], Object.fromEntries(present.map((n, j) => [String(j), n])), mergeOrigins(...present.map((n) => n.origins)));
  });
  const firstPortNode = d.portNodes.flat().find((n) => n !== void 0);
  if (firstPortNode) nodes.ports = wrap(firstPortNode, portChildren);
  const anchor = d.sources.find(isInternetEntry) ?? d.sources[0];
  const sourceChildren = {};
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
  const internetSource = internet === true ? d.sources.find(isInternetEntry) ?? d.sources.find((s) => s.kind === "address") : d.sources.find((s) => s.kind === "address" && isUnknown(s.value));
  if (internetSource?.attributeNode) nodes.internet = internetSource.attributeNode;
  const optionsNode = origin.source.children?.options ?? { range: origin.range, header: origin.header };
  const fact = {
    format: origin.format,
    kind: "fact",
    type: "ingress_rule",
    canonicalType: "ingress_rule",
    name: origin.name,
    file: origin.file,
    range: range2,
    header,
    attributes,
    options: origin.options,
    source: { range: range2, header, children: { attributes: { range: range2, header, children: nodes }, options: optionsNode } }
  };
  if (origin.unit !== void 0) fact.unit = origin.unit;
  if (element) fact.element = ["attributes", ...element.path];
  if (origin.scopes) fact.scopes = origin.scopes;
  if (origin.remoteModule) fact.remoteModule = true;
  if (origin.repeated) fact.repeated = true;
  return fact;
}
function mergeExpanded(drafts) {
  const out = [];
  const byPlace = /* @__PURE__ */ new Map();
  for (const d of drafts) {
    const at = d.element?.node?.range;
    const place = at ? `${at.start.line}:${at.start.column}` : void 0;
    let here;
    if (place !== void 0) {
      let ofOrigin = byPlace.get(d.origin);
      if (!ofOrigin) byPlace.set(d.origin, ofOrigin = /* @__PURE__ */ new Map());
      here = ofOrigin.get(place);
      if (!here) ofOrigin.set(place, here = []);
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
    if (d.shadowedBy) twin.shadowedBy = [.../* @__PURE__ */ new Set([...twin.shadowedBy ?? [], ...d.shadowedBy])].sort((a, b) => a - b);
    if (twin.shadowed === true && d.shadowed !== true) twin.shadowed = d.shadowed ?? false;
  }
  return out;
}
function same(a, b) {
  const key = (d) => JSON.stringify([d.protocol, d.sources.map((s) => [s.kind, s.attribute, s.value]), d.impliedSource, d.action, d.direction]);
  return key(a) === key(b);
}
var deriveIngressRules = (resources) => {
  const drafts = [];
  for (const r of resources) {
    const shape = shapeOf(r);
    if (shape) drafts.push(...shape(r));
  }
  applyAclOrder(drafts);
  return mergeExpanded(drafts).map(toRecord);
};

// src/facts/index.ts
var DERIVERS = [deriveIngressRules];
var FACT_SOURCES = ["resource"];
function deriveFacts(resources) {
  return DERIVERS.flatMap((derive) => derive(resources));
}

// src/engine/configure.ts
var RuleSettingError = class extends Error {
  constructor(source, path, message) {
    super(message);
    this.source = source;
    this.path = path;
  }
  source;
  path;
  name = "RuleSettingError";
};
var ALWAYS_ON = /* @__PURE__ */ new Set(["IAC-000", "IAC-001"]);
function configureRules(pack, settings) {
  const known = new Map(pack.map((r) => [r.id, r]));
  const unknownId = (source, id, path) => new RuleSettingError(source, path, `unknown rule ID ${id}${suggestion(id, [...known.keys()])} (driftless rules lists them)`);
  for (const id of settings.only ?? []) if (!known.has(id)) throw unknownId("--rule", id, [id]);
  for (const id of settings.skip ?? []) if (!known.has(id)) throw unknownId("--skip-rule", id, [id]);
  for (const id of Object.keys(settings.rules ?? {})) if (!known.has(id)) throw unknownId("rules", id, [id]);
  const both = (settings.only ?? []).find((id) => (settings.skip ?? []).includes(id));
  if (both) throw new RuleSettingError("--skip-rule", [both], `${both} is also named by --rule; name it in one of them`);
  const only = settings.only?.length ? new Set(settings.only) : void 0;
  const skip = new Set(settings.skip ?? []);
  return pack.map((rule) => {
    const setting = settings.rules?.[rule.id] ?? {};
    const paramValues = { ...rule.paramValues };
    for (const [name, value] of Object.entries(setting.params ?? {})) {
      const param = rule.params[name];
      if (!param) {
        const declared = Object.keys(rule.params);
        throw new RuleSettingError("rules", [rule.id, "params", name], `${rule.id} has no parameter ${name} (${declared.length ? `it has ${declared.join(", ")}` : "it has none"})`);
      }
      const problem = paramProblem(param.schema, value);
      if (problem) throw new RuleSettingError("rules", [rule.id, "params", name], `${rule.id} parameter ${name}: ${problem}`);
      paramValues[name] = value;
    }
    let enabled = setting.enabled ?? rule.enabled;
    if (only) enabled = only.has(rule.id) || ALWAYS_ON.has(rule.id) && setting.enabled !== false;
    if (skip.has(rule.id)) enabled = false;
    return { ...rule, enabled, level: setting.level ?? rule.level, paramValues };
  });
}
function suggestion(id, known) {
  const upper = id.toUpperCase();
  const close = known.find((k) => k === upper || k.replace("-", "") === upper.replace(/[-_ ]/g, ""));
  return close ? ` (did you mean ${close}?)` : "";
}

// src/suppress/apply.ts
var SUPPRESSION_RULE_ID = "IAC-001";
function applySuppressions(findings, options) {
  const out = findings.map((f) => f);
  const problems = [];
  const report = (file, line, column, key, message) => {
    if (options.level === void 0) return;
    problems.push({
      ruleId: SUPPRESSION_RULE_ID,
      level: options.level,
      message,
      file,
      range: { start: { line, column }, end: { line, column: column + 1 } },
      resource: "",
      path: key,
      fingerprint: fingerprint(SUPPRESSION_RULE_ID, file, "", key)
    });
  };
  const suppress = (index, suppression) => {
    if (!out[index].suppression) out[index] = { ...out[index], suppression };
  };
  const byFile = recordsByFile(options.records);
  for (const s of options.inline) {
    if (options.inScope && !options.inScope(s.file)) continue;
    const where = `${s.file}:${s.line}`;
    const key = `inline:${s.target.kind === "resource" ? s.target.name : ""}:${s.ids.join(",")}:${s.reason}`;
    if (s.problem) {
      report(s.file, s.line, s.column, key, `Suppression at ${where} ${s.problem}.`);
      continue;
    }
    for (const id of s.ids.filter((x) => x === "IAC-000" || x === SUPPRESSION_RULE_ID)) {
      report(s.file, s.line, s.column, `${key}:own:${id}`, `Suppression at ${where} names ${id}, which cannot be suppressed: ${id === "IAC-000" ? "exclude a file driftless cannot read (--exclude or exclude: in .driftless.yaml)" : "fix or remove the suppression it reports"}.`);
    }
    const unknown2 = s.ids.filter((id) => !options.known.has(id));
    for (const id of unknown2) report(s.file, s.line, s.column, `${key}:unknown:${id}`, `Suppression at ${where} names ${id}, which is not a rule ID (driftless rules lists them); it suppresses nothing for it.`);
    if (!s.reason) {
      const how = s.target.kind === "resource" ? "Add reason: to the Metadata.driftless.ignore entry" : `Say why after "--": driftless:ignore ${s.ids.join(",")} -- reason`;
      report(s.file, s.line, s.column, key, `Suppression of ${s.ids.join(", ")} at ${where} gives no reason, so it is not applied. ${how}.`);
      continue;
    }
    if (isExpired(s.expires, options.today)) {
      report(s.file, s.line, s.column, key, `Suppression of ${s.ids.join(", ")} at ${where} expired on ${s.expires}, so the findings it covered are reported again. Fix them, or renew the suppression with a new date and reason.`);
      continue;
    }
    const scope = scopeOf(s, byFile.get(s.file) ?? []);
    const ids = new Set(s.ids.filter((id) => id !== "IAC-000" && id !== SUPPRESSION_RULE_ID));
    const used = /* @__PURE__ */ new Set();
    findings.forEach((f, i) => {
      if (!ids.has(f.ruleId) || !inScope(f, scope)) return;
      used.add(f.ruleId);
      suppress(i, { kind: "inSource", justification: s.reason, ...s.expires ? { expires: s.expires } : {}, file: s.file, line: s.line });
    });
    const unused = [...ids].filter((id) => options.ran.has(id) && !used.has(id));
    if (used.size === 0 && unused.length > 0 && unused.length === [...ids].filter((id) => options.known.has(id)).length) {
      report(s.file, s.line, s.column, `${key}:unused`, `Suppression of ${s.ids.join(", ")} at ${where} matches no finding here; remove it.`);
    } else {
      for (const id of unused) report(s.file, s.line, s.column, `${key}:unused:${id}`, `Suppression of ${s.ids.join(", ")} at ${where} suppresses nothing for ${id}; remove ${id} from it.`);
    }
  }
  if (options.configFile !== void 0) {
    const config = options.configFile;
    for (const entry of options.ignores) {
      const where = `${config}:${entry.line}`;
      const key = `ignore:${entry.index}:${(entry.rules ?? []).join(",")}:${entry.resource ?? ""}:${entry.fingerprint ?? ""}`;
      const name = `ignore[${entry.index}]${entry.rules ? ` (${entry.rules.join(", ")})` : ""}`;
      const unknown2 = (entry.rules ?? []).filter((id) => !options.known.has(id));
      for (const id of unknown2) report(config, entry.line, 1, `${key}:unknown:${id}`, `${name} at ${where} names ${id}, which is not a rule ID (driftless rules lists them).`);
      if (!entry.reason.trim()) {
        report(config, entry.line, 1, key, `${name} at ${where} gives no reason, so it is not applied. Add reason: with why the findings are accepted.`);
        continue;
      }
      if (isExpired(entry.expires, options.today)) {
        report(config, entry.line, 1, key, `${name} at ${where} expired on ${entry.expires}, so the findings it covered are reported again. Fix them, or renew the entry with a new date and reason.`);
        continue;
      }
      const matches = ignoreMatcher(entry);
      let matched = false;
      findings.forEach((f, i) => {
        if (f.ruleId === SUPPRESSION_RULE_ID || !matches(f)) return;
        matched = true;
        suppress(i, { kind: "external", justification: entry.reason.trim(), ...entry.expires ? { expires: entry.expires } : {}, file: config, line: entry.line });
      });
      const rules = entry.rules ?? [];
      const judged = rules.length === 0 || rules.every((id) => options.ran.has(id) || !options.known.has(id));
      if (!matched && judged && !options.inScope) {
        report(config, entry.line, 1, `${key}:unused`, `${name} at ${where} matches no finding; remove it.`);
      }
    }
  }
  return [...out, ...problems];
}
function inScope(f, scope) {
  if (scope.resourcePrefix !== void 0) {
    const p = scope.resourcePrefix;
    if (f.resource === p || f.resource.startsWith(`${p}.`) || f.resource.startsWith(`${p}[`)) {
      if (f.file === scope.file || p.startsWith("module.") || p.includes(".module.")) return true;
    }
  }
  const within = (file, r) => file === scope.file && r.start.line >= scope.fromLine && r.start.line <= scope.toLine;
  if (within(f.file, f.range)) return true;
  if (f.file === scope.file && f.range.start.line < scope.fromLine && f.range.end.line >= scope.toLine) return true;
  return scope.viaRelated && f.file !== scope.file && (f.related ?? []).some((r) => within(r.file, r.range));
}
function recordsByFile(records) {
  const map = /* @__PURE__ */ new Map();
  for (const r of records) {
    if (r.kind === "fact") continue;
    const list = map.get(r.file);
    if (list) list.push(r);
    else map.set(r.file, [r]);
  }
  return map;
}
function scopeOf(s, records) {
  if (s.target.kind === "resource") {
    const name = s.target.name;
    const range2 = records.find((r) => r.name === name && r.kind === "resource")?.range;
    return { file: s.file, fromLine: range2?.start.line ?? s.line, toLine: range2?.end.line ?? s.line, resourcePrefix: name, viaRelated: false };
  }
  const line = s.target.line;
  if (!s.target.trailing) {
    const block = records.find((r) => r.header.start.line === line || r.range.start.line === line);
    if (block) {
      const scope = { file: s.file, fromLine: block.range.start.line, toLine: block.range.end.line, viaRelated: true };
      if (block.kind === "module") scope.resourcePrefix = block.name;
      return scope;
    }
  }
  let end = line;
  for (const r of records) {
    const node = nodeStartingAt(r.source, line);
    if (node) end = Math.max(end, node.range.end.line);
  }
  return { file: s.file, fromLine: line, toLine: end, viaRelated: true };
}
function nodeStartingAt(node, line, depth = 0) {
  if (!node || depth > 64) return void 0;
  for (const child of Object.values(node.children ?? {})) {
    if (child.range && child.range.start.line === line) return child;
    if (child.range && (child.range.start.line > line || child.range.end.line < line)) continue;
    const inner = nodeStartingAt(child, line, depth + 1);
    if (inner) return inner;
  }
  return void 0;
}

// src/pipeline.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { statSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
var DEFAULT_DEPS = { loadRules, evaluate, diagnosticFinding, scanUnits, evaluation: (rules, options) => new Evaluation(rules, options) };
function compareFindings(a, b) {
  return cmp(a.file, b.file) || a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message) || cmp(a.fingerprint, b.fingerprint);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
async function analyse(units, reader, rules, options = {}, deps = DEFAULT_DEPS) {
  const code = units.filter((u) => u.kind !== "changes");
  if (deps.evaluation && !options.gate && !options.reportUnknown && code.length === units.length) return analyseByUnit(code, reader, rules, options, deps, deps.evaluation(rules, { reportUnknown: false }));
  const scanned = await deps.scanUnits(code, reader, options.terraformVariables ? { terraformVariables: options.terraformVariables } : {});
  const diagnostics = [...scanned.diagnostics];
  const changes = await changeStage(units, reader, scanned.resources, diagnostics, options.gate);
  const evaluated = options.gate ? changes : [...scanned.resources, ...deriveFacts(scanned.resources), ...changes];
  const findings = deps.evaluate(evaluated, rules, { reportUnknown: options.reportUnknown ?? false });
  if (!options.gate) for (const diagnostic of diagnostics) findings.push(deps.diagnosticFinding(diagnostic));
  findings.sort(compareFindings);
  return { findings, diagnostics, resources: scanned.resources };
}
async function analyseByUnit(units, reader, rules, options, deps, evaluation) {
  const kept = [];
  const marked = /* @__PURE__ */ new Map();
  const hasMarker = (file) => {
    let known = marked.get(file);
    if (known === void 0) marked.set(file, known = reader.read(resolve(reader.root, file)).file?.text.includes(MARKER) ?? false);
    return known;
  };
  const onRecords = (records) => {
    evaluation.add([...records, ...deriveFacts(records)]);
    for (const r of records) {
      if (hasMarker(r.file) || r.format === "cloudformation" && isValueMap(r.options.metadata) && "driftless" in r.options.metadata) kept.push(r);
    }
  };
  const reads = evaluation.reads;
  const needs = reads && { reads: (record) => FACT_SOURCES.includes(record.kind) || reads(record), whole: hasMarker };
  const scanned = await deps.scanUnits(units, reader, { ...options.terraformVariables ? { terraformVariables: options.terraformVariables } : {}, onRecords, ...needs ? { needs } : {} });
  const findings = evaluation.finish();
  for (const diagnostic of scanned.diagnostics) findings.push(deps.diagnosticFinding(diagnostic));
  findings.sort(compareFindings);
  return { findings, diagnostics: scanned.diagnostics, resources: kept };
}
async function changeStage(units, reader, resources, diagnostics, gate) {
  const found = gate ? [] : units.filter((u) => u.kind === "changes");
  if (!gate && found.length === 0) return [];
  const { changeRecords, GateInputError, readChangeFile } = await import("./gate-HUG5PSKE.js");
  const files = [...gate?.files ?? []];
  for (const unit of found) {
    const read = reader.read(unit.file.absolutePath);
    if (!read.file) {
      if (read.diagnostic) diagnostics.push(read.diagnostic);
      continue;
    }
    try {
      files.push(readChangeFile(unit.file.path, read.file.text));
    } catch (error) {
      if (!(error instanceof GateInputError)) throw error;
      diagnostics.push({ file: error.file, range: error.range, severity: "error", message: error.problem });
    }
  }
  return changeRecords(
    files.flatMap((f) => f.changes),
    resources,
    gate?.choice ?? {}
  );
}
async function runScan(options, deps) {
  const d = deps ?? DEFAULT_DEPS;
  const loaded = await d.loadRules(options.rulesDirs?.length ? { extraDirs: options.rulesDirs } : void 0);
  const pack = options.ruleSettings ? configureRules(loaded, options.ruleSettings) : loaded;
  const rules = pack.filter((rule) => rule.enabled);
  const reader = createReader(options.root, options.maxFileBytes !== void 0 ? { maxFileBytes: options.maxFileBytes } : {});
  const discovered = await discover(options.paths, {
    reader,
    ...options.cwd ? { cwd: options.cwd } : {},
    ...options.include?.length ? { include: options.include } : {},
    ...options.exclude?.length ? { exclude: options.exclude } : {},
    // The gate's inputs are read already; the source is scanned for the code they map into.
    ...options.gate ? { skip: new Set(options.gate.files.map((f) => resolve(options.root, f.file))) } : {}
  });
  const plan = formUnits(discovered.files, reader, options.grouping);
  const analysed = await analyse(
    plan.units,
    reader,
    rules,
    {
      reportUnknown: options.reportUnknown ?? false,
      ...options.terraformVariables ? { terraformVariables: options.terraformVariables } : {},
      ...options.gate ? { gate: options.gate } : {}
    },
    d
  );
  const diagnostics = [...discovered.diagnostics, ...analysed.diagnostics];
  const varFiles = new Set((options.terraformVariables ?? []).flatMap((v) => v.kind === "file" ? [resolve(v.absolutePath)] : []));
  for (const f of discovered.files) {
    if (!f.named || f.kind !== "tfvars" || isAutoVarFile(basename(f.path)) || varFiles.has(resolve(f.absolutePath))) continue;
    const notice = {
      file: f.path,
      range: range(1, 1, 1, 2),
      severity: "warning",
      message: `not scanned: Terraform loads ${basename(f.path)} only when it is given with -var-file; scan with --var-file ${f.path} to evaluate the configuration with its values`,
      notScanned: true
    };
    diagnostics.push(notice);
  }
  let findings = [...discovered.diagnostics.map((x) => d.diagnosticFinding(x)), ...analysed.findings];
  const scope = plan.scope;
  if (scope) findings = findings.filter((f) => scope.has(f.file) || (f.related ?? []).some((r) => scope.has(r.file)));
  const files = /* @__PURE__ */ new Set();
  for (const unit of plan.units) for (const path of unitPaths(unit)) files.add(path);
  for (const input of options.gate?.files ?? []) files.add(input.file);
  if (options.suppress) {
    const inline = [];
    if (options.suppress.inline) {
      const marked = [];
      for (const file of /* @__PURE__ */ new Set([...files, ...findings.map((f) => f.file)])) {
        const read = reader.read(resolve(options.root, file));
        if (read.file?.text.includes(MARKER)) marked.push({ file, text: read.file.text });
        reader.forget(resolve(options.root, file));
      }
      const metadata = analysed.resources.some((r) => r.format === "cloudformation" && isValueMap(r.options.metadata) && "driftless" in r.options.metadata);
      if (marked.length > 0 || metadata) {
        const { commentSuppressions, metadataSuppressions } = await import("./inline-BQA3IZKG.js");
        for (const { file, text } of marked) inline.push(...commentSuppressions(file, text));
        inline.push(...metadataSuppressions(analysed.resources));
      }
    }
    const iac001 = pack.find((r) => r.id === SUPPRESSION_RULE_ID);
    const gateScope = options.gate ? /* @__PURE__ */ new Set([...findings.flatMap((f) => [f.file, ...(f.related ?? []).map((r) => r.file)]), ...options.gate.files.map((f) => f.file)]) : void 0;
    findings = applySuppressions(findings, {
      inline,
      ignores: options.suppress.ignores,
      ...options.suppress.configFile !== void 0 ? { configFile: options.suppress.configFile } : {},
      records: analysed.resources,
      known: new Set(pack.map((r) => r.id)),
      // The gate runs its rules on changes only: a suppression of another rule is not its to judge;
      // and one of a gate rule waits for the plans to come (one plan without that change says
      // nothing of the next), so neither run calls it unused.
      ran: new Set((options.gate ? rules.filter(selectsChanges) : rules).filter((r) => !selectsChangesOnly(r)).map((r) => r.id)),
      today: options.suppress.today ?? todayUtc(),
      level: iac001?.enabled ? iac001.level : void 0,
      ...gateScope ? { inScope: (file) => gateScope.has(file) } : scope ? { inScope: (file) => scope.has(file) } : {}
    });
  }
  findings.sort(compareFindings);
  const reportedFiles = scope ?? files;
  const folders = scope ? [] : scannedFolders(options.paths, options.cwd ?? process.cwd(), reader);
  const included = options.include?.length ? (0, import_picomatch.default)(options.include, { dot: true }) : () => true;
  const excluded = options.exclude?.length ? (0, import_picomatch.default)(options.exclude, { dot: true }) : () => false;
  const reports = (file) => reportedFiles.has(file) || folders.some((folder) => folder === "" || file.startsWith(`${folder}/`)) && included(file) && !excluded(file);
  const notScanned = new Set(diagnostics.filter((d2) => d2.notScanned).map((d2) => d2.file));
  let filesScanned = 0;
  for (const file of files) if (!notScanned.has(file)) filesScanned++;
  return { findings, filesScanned, analysedFiles: files, reportedFiles, reports, rules, pack, diagnostics };
}
function scannedFolders(paths, cwd, reader) {
  const out = [];
  for (const p of paths.length > 0 ? paths : ["."]) {
    const absolute = resolve(cwd, p);
    if (!statSync(absolute, { throwIfNoEntry: false })?.isDirectory()) continue;
    const path = reader.repoPath(absolute);
    if (path === ".") out.push("");
    else if (path !== ".." && !path.startsWith("../") && !isAbsolute(path)) out.push(path);
  }
  return out;
}
function selectsChanges(rule) {
  return rule.checks.some(checkSelectsChanges);
}
function selectsChangesOnly(rule) {
  return rule.checks.length > 0 && rule.checks.every(checkSelectsChanges);
}
function checkSelectsChanges(check) {
  return [check.select].flat().some((selector) => [selector.kind ?? []].flat().some((kind) => GATE_KINDS.has(kind)));
}

export {
  RuleSettingError,
  SUPPRESSION_RULE_ID,
  compareFindings,
  analyse,
  runScan
};
