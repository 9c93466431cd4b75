import { describe, expect, it } from "vitest";
import { deriveFacts } from "../../src/facts/index.js";
import { deriveIngressRules } from "../../src/facts/ingress.js";
import { locate, type Resource, type ScanResult } from "../../src/model/resource.js";
import { isUnknown } from "../../src/model/value.js";
import { scanText as scanHcl } from "../scanners/terraform/helpers.js";
import { scanText as scanCfn } from "../scanners/cloudformation/helpers.js";
import { scanText as scanTs } from "../scanners/pulumi/helpers.js";
import { span } from "../support/resources.js";

/** The ingress facts of a scan. */
function facts(result: ScanResult): Resource[] {
  return deriveIngressRules(result.resources);
}

/** The span of the one occurrence of `snippet` in `text`, or of `inner` inside it (1-based, end exclusive). */
function spanOf(text: string, snippet: string, inner?: string): [number, number, number, number] {
  const outer = text.indexOf(snippet);
  if (outer < 0 || text.indexOf(snippet, outer + 1) >= 0) throw new Error(`"${snippet}" is not in the text exactly once`);
  const at = inner === undefined ? outer : outer + snippet.indexOf(inner);
  if (inner !== undefined && at < outer) throw new Error(`"${inner}" is not in "${snippet}"`);
  snippet = inner ?? snippet;
  const point = (offset: number): [number, number] => {
    const before = text.slice(0, offset).split("\n");
    return [before.length, before.at(-1)!.length + 1];
  };
  return [...point(at), ...point(at + snippet.length)];
}

/** The fact of a record (and element), failing with what there is instead. */
function fact(all: Resource[], name: string, element?: string): Resource {
  const found = all.find((f) => f.name === name && f.attributes.element === element);
  if (!found) throw new Error(`no fact ${name} ${element ?? ""}; have ${all.map((f) => `${f.name} ${f.attributes.element ?? ""}`).join(", ")}`);
  return found;
}

const where = (r: Resource, ...path: (string | number)[]) => span(locate(r, ["attributes", ...path]));

describe("ingress_rule facts: Terraform", () => {
  const sg = `resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }

  ingress {
    from_port       = 0
    to_port         = 0
    protocol        = "-1"
    security_groups = [aws_security_group.lb.id]
    self            = true
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group_rule" "dual" {
  type              = "ingress"
  from_port         = -1
  to_port           = -1
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  ipv6_cidr_blocks  = ["::/0"]
  security_group_id = "sg-1"
}

resource "aws_security_group_rule" "out" {
  type              = "egress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = "sg-1"
}

resource "aws_vpc_security_group_ingress_rule" "v" {
  security_group_id = "sg-1"
  ip_protocol       = "6"
  from_port         = 3389
  to_port           = var.top
  cidr_ipv4         = var.cidr
}
`;

  it("reads inline blocks as elements, and their sources at the original entries", async () => {
    const result = await scanHcl("main.tf", sg);
    const all = facts(result);
    expect(all.map((f) => `${f.name} ${f.attributes.element ?? ""}`)).toEqual([
      "aws_security_group.web ingress[0]",
      "aws_security_group.web ingress[1]",
      "aws_security_group_rule.dual ",
      "aws_vpc_security_group_ingress_rule.v ",
    ]);
    const first = fact(all, "aws_security_group.web", "ingress[0]");
    expect(first).toMatchObject({
      format: "terraform",
      kind: "fact",
      type: "ingress_rule",
      canonicalType: "ingress_rule",
      file: "main.tf",
      unit: "terraform:.",
      attributes: {
        protocol: "tcp",
        ports: [[22, 22]],
        port_text: "22",
        sources: ["10.0.0.0/8", "0.0.0.0/0"],
        source_kinds: ["address", "address"],
        internet: true,
        source_text: "cidr_blocks 0.0.0.0/0",
        action: "allow",
        direction: "ingress",
        shadowed: false,
        origin_type: "aws_security_group",
      },
    });
    // The element is the fact's place; each normalised attribute maps onto the original node.
    expect(span(first.range)).toEqual([4, 3, 9, 4]);
    expect(span(first.header)).toEqual(spanOf(sg, "ingress {\n    from_port   = 22", "ingress {"));
    const origin = result.resources.find((r) => r.name === "aws_security_group.web")!;
    const original = (...path: (string | number)[]) => span(locate(origin, ["attributes", "ingress", 0, ...path]));
    expect(where(first, "sources")).toEqual(original());
    expect(where(first, "sources", 1)).toEqual(original("cidr_blocks", 1));
    expect(where(first, "sources", 1)).toEqual(spanOf(sg, 'cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]', '"0.0.0.0/0"'));
    expect(where(first, "protocol")).toEqual(original("protocol"));
    expect(where(first, "ports", 0, 0)).toEqual(spanOf(sg, "from_port   = 22"));
    expect(where(first, "ports", 0, 1)).toEqual(spanOf(sg, "to_port     = 22"));
    expect(where(first, "internet")).toEqual(spanOf(sg, 'cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]'));
    expect(first.source.children!.attributes!.children!.protocol).toBe(origin.source.children!.attributes!.children!.ingress!.children!["0"]!.children!.protocol);

    const second = fact(all, "aws_security_group.web", "ingress[1]");
    expect(second.attributes).toMatchObject({
      protocol: "all",
      ports: [[0, 65535]],
      source_kinds: ["security_group", "self"],
      internet: false,
      source_text: "security_groups aws_security_group.lb.id; self",
    });
    expect(isUnknown((second.attributes.sources as unknown[])[0])).toBe(true);
  });

  it("gives a standalone rule one fact whose sources point at the open attribute", async () => {
    const all = facts(await scanHcl("main.tf", sg));
    const dual = fact(all, "aws_security_group_rule.dual");
    expect(dual.attributes).toMatchObject({
      protocol: "tcp",
      ports: [[0, 65535]],
      port_text: "all",
      sources: ["10.0.0.0/8", "::/0"],
      internet: true,
      source_text: "ipv6_cidr_blocks ::/0",
      direction: "ingress",
    });
    expect(span(dual.range)?.slice(0, 2)).toEqual(spanOf(sg, 'resource "aws_security_group_rule" "dual"').slice(0, 2));
    expect(where(dual, "sources")).toEqual(spanOf(sg, 'ipv6_cidr_blocks  = ["::/0"]'));
    expect(where(dual, "sources", 0)).toEqual(spanOf(sg, 'cidr_blocks       = ["10.0.0.0/8"]', '"10.0.0.0/8"'));
    expect(where(dual, "direction")).toEqual(spanOf(sg, 'type              = "ingress"'));
  });

  it("keeps unknown ports and addresses unknown", async () => {
    const v = fact(facts(await scanHcl("main.tf", sg)), "aws_vpc_security_group_ingress_rule.v");
    const [port] = v.attributes.ports as unknown[];
    expect(port).toMatchObject({ $unknown: "var.top" });
    expect(v.attributes.internet).toMatchObject({ $unknown: "var.cidr" });
    expect(v.attributes.protocol).toBe("tcp");
    expect(where(v, "sources")).toEqual(spanOf(sg, "cidr_ipv4         = var.cidr"));
  });

  it("merges the copies of a dynamic block into one fact with the ports of all", async () => {
    const text = `resource "aws_security_group" "d" {
  dynamic "ingress" {
    for_each = [22, 3389]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
}
`;
    const all = facts(await scanHcl("main.tf", text));
    expect(all).toHaveLength(1);
    expect(all[0]!.attributes).toMatchObject({ ports: [[22, 22], [3389, 3389]], port_text: "22, 3389", element: "ingress[0]" });
    expect(span(all[0]!.range)?.slice(0, 2)).toEqual([2, 3]);
  });

  it("parses Azure port lists and recognises every spelling of the internet", async () => {
    const text = `resource "azurerm_network_security_group" "n" {
  security_rule {
    name                       = "a"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    destination_port_range     = "22,24"
    source_address_prefix      = "Internet"
  }
  security_rule {
    name                       = "b"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "*"
    destination_port_ranges    = ["20-25", "80, 443"]
    source_address_prefixes    = ["10.0.0.0/8", "VirtualNetwork"]
  }
  security_rule {
    name                       = "c"
    priority                   = 120
    direction                  = "Outbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    destination_port_range     = "22"
    source_address_prefix      = "*"
  }
}

resource "azurerm_network_security_rule" "r" {
  name                        = "r"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  destination_port_range      = "*"
  source_address_prefix       = "Any"
  network_security_group_name = "n"
}
`;
    const all = facts(await scanHcl("main.tf", text));
    expect(all.map((f) => f.attributes.element ?? f.name)).toEqual(["security_rule[0]", "security_rule[1]", "azurerm_network_security_rule.r"]);
    expect(all[0]!.attributes).toMatchObject({ protocol: "tcp", ports: [[22, 22], [24, 24]], port_text: "22, 24", internet: true, action: "allow", priority: 100 });
    expect(all[1]!.attributes).toMatchObject({ protocol: "all", ports: [[20, 25], [80, 80], [443, 443]], internet: false, action: "deny", source_text: "source_address_prefixes 10.0.0.0/8, VirtualNetwork" });
    // Each range points at the list entry it was read from.
    expect(where(all[1]!, "ports", 0)).toEqual(spanOf(text, '["20-25", "80, 443"]', '"20-25"'));
    expect(where(all[1]!, "ports", 1)).toEqual(spanOf(text, '["20-25", "80, 443"]', '"80, 443"'));
    expect(where(all[1]!, "ports", 2, 0)).toEqual(spanOf(text, '["20-25", "80, 443"]', '"80, 443"'));
    const r = all[2]!;
    expect(r.attributes).toMatchObject({ protocol: "udp", ports: [[0, 65535]], internet: true, source_text: "source_address_prefix Any" });
    expect(where(r, "sources")).toEqual(spanOf(text, 'source_address_prefix       = "Any"'));
    expect(where(r, "action")).toEqual(spanOf(text, 'access                      = "Allow"'));
  });

  it("reads GCP firewalls: no source is 0.0.0.0/0, egress and disabled ones are left out", async () => {
    const text = `resource "google_compute_firewall" "open" {
  name    = "open"
  network = "default"
  allow {
    protocol = "tcp"
  }
  allow {
    protocol = "udp"
    ports    = ["3389", "5000-5100"]
  }
  deny {
    protocol = "all"
  }
}

resource "google_compute_firewall" "tagged" {
  name        = "tagged"
  network     = "default"
  disabled    = var.off
  source_tags = ["bastion"]
  allow {
    protocol = "6"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "off" {
  name     = "off"
  network  = "default"
  disabled = true
  allow {
    protocol = "tcp"
  }
}

resource "google_compute_firewall" "out" {
  name      = "out"
  network   = "default"
  direction = "EGRESS"
  allow {
    protocol = "tcp"
  }
}
`;
    const all = facts(await scanHcl("main.tf", text));
    expect(all.map((f) => `${f.name} ${f.attributes.element}`)).toEqual([
      "google_compute_firewall.open allow[0]",
      "google_compute_firewall.open allow[1]",
      "google_compute_firewall.open deny[0]",
      "google_compute_firewall.tagged allow[0]",
    ]);
    expect(all[0]!.attributes).toMatchObject({
      protocol: "tcp",
      ports: [[0, 65535]],
      sources: ["0.0.0.0/0"],
      internet: true,
      source_text: "no source_ranges, source_tags or source_service_accounts, so GCP applies 0.0.0.0/0",
    });
    expect(where(all[0]!, "sources")).toEqual(spanOf(text, 'network = "default"\n  allow {\n    protocol = "tcp"\n  }', 'allow {\n    protocol = "tcp"\n  }'));
    expect(all[1]!.attributes).toMatchObject({ protocol: "udp", ports: [[3389, 3389], [5000, 5100]] });
    expect(all[2]!.attributes).toMatchObject({ protocol: "all", action: "deny" });
    expect(all[3]!.attributes).toMatchObject({ protocol: "tcp", internet: false, source_kinds: ["tag"], action: { $unknown: "var.off" } });
    expect(where(all[3]!, "sources", 0)).toEqual(spanOf(text, 'source_tags = ["bastion"]', '"bastion"'));
    expect(where(all[3]!, "action")).toEqual(spanOf(text, "disabled    = var.off"));
  });
});

describe("ingress_rule facts: network ACL order", () => {
  it("takes out what lower-numbered denies of the same ACL block, inline and standalone", async () => {
    const text = `resource "aws_network_acl" "main" {
  vpc_id = "vpc-1"
  ingress {
    protocol   = "tcp"
    rule_no    = 50
    action     = "deny"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
  ingress {
    protocol   = "tcp"
    rule_no    = 100
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 65535
  }
  ingress {
    protocol   = "tcp"
    rule_no    = 110
    action     = "allow"
    cidr_block = "0.0.0.0/0"
    from_port  = 22
    to_port    = 22
  }
}

resource "aws_network_acl_rule" "deny_rdp" {
  network_acl_id = aws_network_acl.main.id
  rule_number    = 60
  protocol       = "-1"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
  from_port      = 0
  to_port        = 0
}

resource "aws_network_acl_rule" "other_acl" {
  network_acl_id = aws_network_acl.other.id
  rule_number    = 100
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "10.1.0.0/16"
  from_port      = 22
  to_port        = 22
}

resource "aws_network_acl_rule" "maybe" {
  network_acl_id = aws_network_acl.other.id
  rule_number    = 10
  protocol       = "tcp"
  rule_action    = "deny"
  cidr_block     = var.blocked
  from_port      = 20
  to_port        = 30
}

resource "aws_network_acl_rule" "outbound" {
  network_acl_id = aws_network_acl.other.id
  egress         = true
  rule_number    = 1
  protocol       = "-1"
  rule_action    = "deny"
  cidr_block     = "0.0.0.0/0"
}
`;
    const all = facts(await scanHcl("main.tf", text));
    const allowAll = fact(all, "aws_network_acl.main", "ingress[1]");
    // deny_rdp (rule 60) denies every protocol from everywhere, so the whole range is closed.
    expect(allowAll.attributes).toMatchObject({ ports: [], port_text: "0-65535", shadowed: true, shadowed_by: [50, 60], priority: 100 });
    expect(where(allowAll, "priority")).toEqual(spanOf(text, "rule_no    = 100"));
    // The first deny that matches decides: 50 blocks 22 before 60 is read.
    expect(fact(all, "aws_network_acl.main", "ingress[2]").attributes).toMatchObject({ ports: [], shadowed: true, shadowed_by: [50] });
    // A deny whose source is not known may block 22: that part is unknown, not open.
    const other = fact(all, "aws_network_acl_rule.other_acl");
    expect(other.attributes.shadowed).toMatchObject({ $unknown: "22 unless entry 10 denies it" });
    expect(other.attributes.ports).toEqual([
      { $unknown: "22 unless entry 10 denies it", decoded: [22, 22], reason: "a lower-numbered network ACL deny entry may block these ports (its CIDR var.blocked is not known statically)" },
    ]);
    expect(all.some((f) => f.name === "aws_network_acl_rule.outbound")).toBe(false);
  });

  it("meets CloudFormation entries by the ACL they name, in every spelling of Ref", async () => {
    const text = `Resources:
  Acl:
    Type: AWS::EC2::NetworkAcl
    Properties: { VpcId: vpc-1 }
  Deny:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId:
        Ref: Acl
      RuleNumber: 90
      Protocol: -1
      RuleAction: deny
      CidrBlock: 0.0.0.0/0
  Allow:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref Acl
      RuleNumber: "100"
      Protocol: "6"
      RuleAction: allow
      Egress: "false"
      CidrBlock: 10.0.0.0/8
      PortRange: { From: 22, To: 22 }
  Third:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !GetAtt Acl.Id
      RuleNumber: 120
      Protocol: 6
      RuleAction: allow
      CidrBlock: 192.168.0.0/16
      PortRange: { From: 3380, To: 3390 }
  Later:
    Type: AWS::EC2::NetworkAclEntry
    Properties:
      NetworkAclId: !Ref OtherAcl
      RuleNumber: 100
      Protocol: 17
      RuleAction: allow
      Ipv6CidrBlock: "::/0"
      PortRange: { From: 3389, To: 3389 }
`;
    const all = facts(await scanCfn("t.yaml", text));
    const allow = fact(all, "Allow");
    expect(allow.attributes).toMatchObject({ protocol: "tcp", ports: [], port_text: "22", shadowed: true, shadowed_by: [90], internet: false, priority: "100" });
    expect(where(allow, "sources")).toEqual(spanOf(text, "CidrBlock: 10.0.0.0/8"));
    expect(fact(all, "Third").attributes).toMatchObject({ ports: [], shadowed: true, shadowed_by: [90] });
    const later = fact(all, "Later");
    expect(later.attributes).toMatchObject({ protocol: "udp", ports: [[3389, 3389]], internet: true, shadowed: false, source_text: "Ipv6CidrBlock ::/0" });
    expect(where(later, "ports", 0, 0)).toEqual(spanOf(text, "PortRange: { From: 3389, To: 3389 }", "From: 3389"));
    expect(where(later, "ports", 0, 1)).toEqual(spanOf(text, "PortRange: { From: 3389, To: 3389 }", "To: 3389"));
    expect(where(later, "protocol")).toEqual(spanOf(text, "Protocol: 17"));
  });
});

describe("ingress_rule facts: CloudFormation and Pulumi", () => {
  it("reads SecurityGroupIngress items and standalone ingress resources", async () => {
    const text = `Resources:
  Sg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: sg
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
        - { IpProtocol: "-1", SourceSecurityGroupId: !Ref Other }
  Rdp:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Sg
      IpProtocol: icmp
      FromPort: -1
      ToPort: -1
      SourcePrefixListId: pl-1
`;
    const all = facts(await scanCfn("t.yaml", text));
    expect(all.map((f) => `${f.name} ${f.attributes.element ?? ""}`)).toEqual(["Sg SecurityGroupIngress[0]", "Sg SecurityGroupIngress[1]", "Rdp "]);
    expect(all[0]!.attributes).toMatchObject({ protocol: "tcp", ports: [[22, 22]], internet: true, source_text: "CidrIp 0.0.0.0/0" });
    // A YAML list item starts at its dash.
    expect(span(all[0]!.range)?.slice(0, 2)).toEqual(spanOf(text, "- IpProtocol: tcp").slice(0, 2));
    expect(where(all[0]!, "sources")).toEqual(span(all[0]!.range));
    expect(where(all[0]!, "sources", 0)).toEqual(spanOf(text, "CidrIp: 0.0.0.0/0"));
    expect(all[1]!.attributes).toMatchObject({ protocol: "all", ports: [[0, 65535]], internet: false, source_kinds: ["security_group"], source_text: "SourceSecurityGroupId !Ref Other" });
    expect(all[2]!.attributes).toMatchObject({ protocol: "icmp", ports: [], internet: false, source_kinds: ["prefix_list"] });
    expect(where(all[2]!, "sources")).toEqual(spanOf(text, "SourcePrefixListId: pl-1"));
  });

  it("reads Pulumi resources through their Terraform types, with camelCase names in the text", async () => {
    const text = `import * as aws from "@pulumi/aws";
import * as gcp from "@pulumi/gcp";
const acl = new aws.ec2.NetworkAcl("acl", { vpcId: "v" });
new aws.ec2.NetworkAclRule("deny", { networkAclId: acl.id, ruleNumber: 10, egress: false, protocol: "-1", ruleAction: "deny", cidrBlock: "0.0.0.0/0", fromPort: 0, toPort: 0 });
new aws.ec2.NetworkAclRule("ssh", { networkAclId: acl.id, ruleNumber: 100, protocol: "tcp", ruleAction: "allow", cidrBlock: "0.0.0.0/0", fromPort: 22, toPort: 22 });
new aws.ec2.SecurityGroupRule("r", { type: "ingress", securityGroupId: "sg-1", protocol: "tcp", fromPort: 22, toPort: 22, ipv6CidrBlocks: ["::/0"] });
new gcp.compute.Firewall("fw", { network: "default", allows: [{ protocol: "tcp", ports: ["22"] }] });
const pub = new aws.ec2.NetworkAcl("pub", { vpcId: "v", ingress: [{ protocol: "tcp", ruleNo: 100, action: "allow", cidrBlock: "0.0.0.0/0", fromPort: 22, toPort: 22 }] });
new aws.ec2.NetworkAclRule("pub-deny", { networkAclId: pub.id, ruleNumber: 5, protocol: "-1", ruleAction: "deny", cidrBlock: "0.0.0.0/0", fromPort: 0, toPort: 0 });
`;
    const all = facts(await scanTs(text));
    expect(fact(all, "ssh").attributes).toMatchObject({ ports: [], shadowed: true, shadowed_by: [10] });
    // A standalone entry joins the inline entries of the ACL its reference names.
    expect(fact(all, "pub", "ingress[0]").attributes).toMatchObject({ ports: [], shadowed: true, shadowed_by: [5] });
    const r = fact(all, "r");
    expect(r.attributes).toMatchObject({ internet: true, source_text: "ipv6CidrBlocks ::/0" });
    expect(r.format).toBe("pulumi");
    expect(where(r, "sources")).toEqual(spanOf(text, 'ipv6CidrBlocks: ["::/0"]'));
    expect(where(r, "sources", 0)).toEqual(spanOf(text, 'ipv6CidrBlocks: ["::/0"]', '"::/0"'));
    const fw = fact(all, "fw", "allow[0]");
    expect(fw.attributes.source_text).toBe("no sourceRanges, sourceTags or sourceServiceAccounts, so GCP applies 0.0.0.0/0");
    expect(span(fw.range)).toEqual(spanOf(text, '{ protocol: "tcp", ports: ["22"] }'));
  });
});

describe("ingress_rule facts in the pipeline", () => {
  it("are registered, and carry the origins of the values they were read from", async () => {
    const result = await scanHcl(
      "main.tf",
      `variable "world" {
  default = "0.0.0.0/0"
}

resource "aws_security_group" "w" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.world]
  }
}
`,
    );
    const [f] = deriveFacts(result.resources);
    expect(f!.attributes.internet).toBe(true);
    const entry = f!.source.children!.attributes!.children!.sources!.children!["0"]!;
    expect(entry.origins?.map((o) => [o.kind, o.range.start.line])).toEqual([["variable-default", 2]]);
  });
});

describe("prefixesCoverAll", () => {
  it("sees the whole address space in prefixes that together hold it", async () => {
    const { prefixesCoverAll } = await import("../../src/model/network.js");
    expect(prefixesCoverAll(["0.0.0.0/1", "128.0.0.0/1"])).toBe(true);
    expect(prefixesCoverAll(["0.0.0.0/2", "64.0.0.0/2", "128.0.0.0/1"])).toBe(true);
    expect(prefixesCoverAll(["0.0.0.0/1", "128.0.0.0/2"])).toBe(false);
    expect(prefixesCoverAll(["10.0.0.0/8", "0.0.0.0/0"])).toBe(true);
    expect(prefixesCoverAll(["::/1", "8000::/1"])).toBe(true);
    expect(prefixesCoverAll(["0.0.0.0/1", "8000::/1"])).toBe(false);
    expect(prefixesCoverAll(["sg-123", "0.0.0.0/1"])).toBe(false);
  });
});
