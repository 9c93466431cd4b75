import { describe, expect, it } from "vitest";
import { callFunction } from "../../src/engine/functions/index.js";
import { parseImageReference } from "../../src/engine/functions/image.js";
import { isCommitSha, isExactVersion, parseModuleSource } from "../../src/model/module-source.js";
import { isAnywhere, isInternet, normaliseProtocol, parsePortList, parsePortRange, prefixContains, rangeCoversPorts } from "../../src/engine/functions/network.js";
import { attributePathSegments, pathWithin } from "../../src/engine/functions/attribute-path.js";
import { unknown } from "../../src/model/value.js";

const DIGEST = "sha256:" + "a".repeat(64);

describe("parseImageReference", () => {
  it.each([
    ["nginx", { registry: null, repository: "nginx", tag: null, digest: null }],
    ["nginx:1.27", { registry: null, repository: "nginx", tag: "1.27", digest: null }],
    ["library/nginx:latest", { registry: null, repository: "library/nginx", tag: "latest", digest: null }],
    ["localhost:5000/app", { registry: "localhost:5000", repository: "app", tag: null, digest: null }],
    ["registry.example.com:5000/team/app:2.0", { registry: "registry.example.com:5000", repository: "team/app", tag: "2.0", digest: null }],
    [`123456789012.dkr.ecr.eu-west-1.amazonaws.com/app@${DIGEST}`, { registry: "123456789012.dkr.ecr.eu-west-1.amazonaws.com", repository: "app", tag: null, digest: DIGEST }],
    [`ghcr.io/org/app:1.0@${DIGEST}`, { registry: "ghcr.io", repository: "org/app", tag: "1.0", digest: DIGEST }],
  ])("%s", (reference, expected) => {
    expect(parseImageReference(reference)).toMatchObject(expected);
  });

  it("checks digest shape", () => {
    expect(parseImageReference(`app@${DIGEST}`)?.digestValid).toBe(true);
    expect(parseImageReference("app@sha256:abc")?.digestValid).toBe(false);
  });

  it("rejects what is not a reference", () => {
    expect(parseImageReference("")).toBeNull();
    expect(parseImageReference("two words")).toBeNull();
    expect(parseImageReference("app:")).toBeNull();
    // A URL in an image field (a SAM ImageUri given an S3 path) is not an image.
    expect(parseImageReference("s3://bucket/key")).toBeNull();
    expect(parseImageReference("https://example.com/app.tar")).toBeNull();
  });
});

describe("parseModuleSource", () => {
  it.each([
    ["./modules/vpc", "local", false, null],
    ["../shared", "local", false, null],
    ["terraform-aws-modules/vpc/aws", "registry", true, null],
    ["app.terraform.io/acme/vpc/aws", "registry", true, null],
    ["terraform-aws-modules/vpc/aws//modules/vpc-endpoints", "registry", true, null],
    ["github.com/acme/vpc", "git", true, null],
    ["github.com/acme/vpc?ref=v1.2.0", "git", true, "v1.2.0"],
    ["git@github.com:acme/vpc.git?ref=main", "git", true, "main"],
    ["git::https://example.com/vpc.git//sub?ref=3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b0a9d8e7f", "git", true, "3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b0a9d8e7f"],
    ["bitbucket.org/acme/vpc", "git", true, null],
    ["hg::http://example.com/vpc.hg?rev=default", "hg", true, "default"],
    ["s3::https://s3-eu-west-1.amazonaws.com/bucket/vpc.zip", "s3", true, null],
    ["s3::https://s3-eu-west-1.amazonaws.com/bucket/vpc.zip?versionId=abc", "s3", true, "abc"],
    ["gcs::https://www.googleapis.com/storage/v1/bucket/vpc.zip", "gcs", true, null],
    ["https://example.com/vpc-module.zip", "http", true, null],
    ["https://example.com/vpc-module-v1.2.0.zip", "http", true, "1.2.0"],
    ["git::ssh://git@example.com/vpc.git?ref=v1", "git", true, "v1"],
    // go-getter takes a URL with a scheme as it is (the http getter); its S3 detector reads scheme-less addresses.
    ["https://s3-eu-west-1.amazonaws.com/bucket/vpc.zip", "http", true, null],
    ["s3-eu-west-1.amazonaws.com/bucket/vpc.zip", "s3", true, null],
    ["bucket.s3.amazonaws.com/vpc.zip?versionId=abc", "s3", true, "abc"],
    // Terraform's own classification: only ./ and ../ are local; the rest is rejected, never "remote over http".
    ["modules/vpc", "invalid", false, null],
    ["vpc", "invalid", false, null],
    [".", "invalid", false, null],
    ["ns/name", "invalid", false, null],
    ["foo::bar", "invalid", false, null],
    ["/opt/modules/vpc", "file", false, null],
    [".\\modules\\vpc", "local", false, null],
  ])("%s", (source, kind, remote, ref) => {
    expect(parseModuleSource(source)).toMatchObject({ kind, remote, ref });
  });

  it("tells commit SHAs and exact versions apart from movable pins", () => {
    expect(isCommitSha("3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b0a9d8e7f")).toBe(true);
    expect(isCommitSha("3f1c0e4")).toBe(false);
    expect(isCommitSha("v1.2.0")).toBe(false);
    for (const exact of ["1.2.3", "= 1.2.3", "v1.2.3", "1.2.3-rc.1"]) expect(isExactVersion(exact)).toBe(true);
    for (const range of ["~> 1.2", ">= 1.0", "> 4", "!= 5.2.0", ">= 1.0, < 2.0", "1.2"]) expect(isExactVersion(range)).toBe(false);
  });
});

describe("network", () => {
  it("port ranges and protocols", () => {
    expect(rangeCoversPorts("tcp", 22, 22, [22])).toBe(true);
    expect(rangeCoversPorts("6", 0, 65535, [3389])).toBe(true);
    expect(rangeCoversPorts("-1", 0, 0, [22])).toBe(true);
    expect(rangeCoversPorts("udp", 0, 65535, [22])).toBe(false);
    expect(rangeCoversPorts("tcp", 80, 443, [22, 3389])).toBe(false);
    expect(rangeCoversPorts("tcp", 5980, 5990, [5985])).toBe(true);
    expect(parsePortRange("20-25")).toEqual([20, 25]);
    expect(parsePortRange("*")).toEqual([0, 65535]);
  });

  it("anywhere CIDRs", () => {
    for (const cidr of ["0.0.0.0/0", "::/0", "Internet", "*"]) expect(isAnywhere(cidr)).toBe(true);
    for (const cidr of ["10.0.0.0/8", "0.0.0.0/1", "192.168.0.1/32"]) expect(isAnywhere(cidr)).toBe(false);
  });

  it("anyAnywhere is unknown only when an unknown entry could decide", () => {
    expect(callFunction("anyAnywhere", [["10.0.0.0/8", "0.0.0.0/0"]])).toBe(true);
    expect(callFunction("anyAnywhere", [["10.0.0.0/8"], undefined])).toBe(false);
    expect(callFunction("anyAnywhere", [["10.0.0.0/8", unknown("var.cidr")]])).toEqual(unknown("var.cidr"));
    expect(callFunction("anyAnywhere", [[unknown("var.cidr"), "::/0"]])).toBe(true);
  });

  it("normalises protocols", () => {
    for (const all of ["-1", -1, "all", "ALL", "*", "Any"]) expect(normaliseProtocol(all)).toBe("all");
    expect([6, "6", "Tcp", 17, "17", "UDP", 1, "icmp", 58, "icmpv6", "esp"].map(normaliseProtocol)).toEqual(["tcp", "tcp", "tcp", "udp", "udp", "udp", "icmp", "icmp", "icmpv6", "icmpv6", "esp"]);
  });

  it("parses port lists with commas, ranges and wildcards", () => {
    expect(parsePortList("22,24")).toEqual([[22, 22], [24, 24]]);
    expect(parsePortList("22, 3389")).toEqual([[22, 22], [3389, 3389]]);
    expect(parsePortList("20-25,80")).toEqual([[20, 25], [80, 80]]);
    expect(parsePortList("*")).toEqual([[0, 65535]]);
    expect(parsePortList(443)).toEqual([[443, 443]]);
    expect(parsePortList("ssh")).toEqual([]);
  });

  it("the internet in every spelling, and prefix containment", () => {
    for (const s of ["0.0.0.0/0", "::/0", "0.0.0.0", "*", "Internet", "INTERNET", "any", "Any", "192.168.1.0/0"]) expect(isInternet(s)).toBe(true);
    for (const s of ["10.0.0.0/8", "VirtualNetwork", "AzureLoadBalancer", "0.0.0.0/1", "sg-123"]) expect(isInternet(s)).toBe(false);
    expect(prefixContains("0.0.0.0/0", "10.1.0.0/16")).toBe(true);
    expect(prefixContains("10.0.0.0/8", "10.1.0.0/16")).toBe(true);
    expect(prefixContains("10.1.0.0/16", "10.0.0.0/8")).toBe(false);
    expect(prefixContains("10.0.0.0/8", "11.0.0.0/8")).toBe(false);
    expect(prefixContains("10.0.0.0/8", "10.2.3.4")).toBe(true);
    expect(prefixContains("0.0.0.0/0", "::/0")).toBe(false);
    expect(prefixContains("::/0", "2001:db8::/32")).toBe(true);
    expect(prefixContains("2001:db8::/32", "2001:db9::/48")).toBe(false);
    expect(prefixContains("*", "203.0.113.0/24")).toBe(true);
    expect(prefixContains("VirtualNetwork", "10.0.0.0/8")).toBeNull();
  });

  it("portsReached names the wanted ports a protocol and its ranges let through", () => {
    const admin = ["22/tcp", "3389/tcp", "5985/tcp", "5986/tcp", "3389/udp"];
    expect(callFunction("portsReached", ["tcp", [[22, 22]], admin])).toBe("22/tcp");
    expect(callFunction("portsReached", ["tcp", [[80, 80], [3380, 5990]], admin])).toBe("3389/tcp, 5985/tcp, 5986/tcp");
    expect(callFunction("portsReached", ["udp", [[3389, 3389], [22, 22]], admin])).toBe("3389/udp");
    expect(callFunction("portsReached", ["all", [[0, 65535]], admin])).toBe("22/tcp, 3389/tcp, 5985/tcp, 5986/tcp, 3389/udp");
    expect(callFunction("portsReached", ["tcp", [[80, 443]], admin])).toBe("");
    expect(callFunction("portsReached", ["icmp", [], admin])).toBe("");
    expect(callFunction("portsReached", ["tcp", [], admin])).toBe("");
    // A bare number is a TCP port; unknown parts decide only when nothing known does.
    expect(callFunction("portsReached", ["tcp", [[22, 22]], [22]])).toBe("22/tcp");
    expect(callFunction("portsReached", ["tcp", [unknown("var.port")], admin])).toEqual(unknown("var.port"));
    expect(callFunction("portsReached", ["tcp", [[22, 22], unknown("var.port")], admin])).toBe("22/tcp");
    expect(callFunction("portsReached", ["udp", [unknown("var.port")], ["22/tcp"]])).toBe("");
    expect(callFunction("portsReached", [unknown("var.protocol"), [[22, 22]], admin])).toEqual(unknown("var.protocol"));
    expect(callFunction("portsReached", ["tcp", unknown("var.ports"), admin])).toEqual(unknown("var.ports"));
    // An unknown span that says which ports it may be leaves the others decided.
    const maybe80 = unknown("80 unless entry 50 denies it", { decoded: [80, 80] });
    expect(callFunction("portsReached", ["tcp", [[0, 79], maybe80, [81, 65535]], ["22/tcp"]])).toBe("22/tcp");
    expect(callFunction("portsReached", ["tcp", [[0, 21], maybe80], ["22/tcp"]])).toBe("");
    expect(callFunction("portsReached", ["tcp", [maybe80], ["80/tcp"]])).toEqual(maybe80);
  });
});

describe("attribute paths", () => {
  it("normalises Terraform and Pulumi spellings", () => {
    expect(attributePathSegments('tags["Name"]')).toEqual(["tags", "Name"]);
    expect(attributePathSegments("scaling_config[0].desired_size")).toEqual(["scaling_config", "*", "desired_size"]);
    expect(attributePathSegments("scalingConfig[0].desiredSize")).toEqual(["scaling_config", "*", "desired_size"]);
  });

  it("matches allowlist patterns and what lies inside them", () => {
    const allow = ["tags", "desired_count", "scaling_config[*].desired_size"];
    expect(pathWithin('tags["Owner"]', allow)).toBe(true);
    expect(pathWithin("scaling_config[0].desired_size", allow)).toBe(true);
    expect(pathWithin("scalingConfig[0].desiredSize", allow)).toBe(true);
    expect(pathWithin("scalingConfig.desiredSize", allow)).toBe(true);
    expect(pathWithin("scalingConfig.maxSize", allow)).toBe(false);
    expect(pathWithin("scaling_config[0].max_size", allow)).toBe(false);
    expect(pathWithin("ami", allow)).toBe(false);
    expect(pathWithin("tags_all", allow)).toBe(false);
  });
});

describe("image over template text", () => {
  it("judges a visible tag whatever the placeholders stand for", () => {
    expect(callFunction("image", ["${repo.repositoryUrl}:latest"])).toMatchObject({ tag: "latest", hasTag: true, hasDigest: false });
    expect(callFunction("image", ["${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/api:1.2.0"])).toMatchObject({ tag: "1.2.0" });
    expect(callFunction("image", ["acme/${name}:2.0"])).toMatchObject({ tag: "2.0" });
  });

  it("is unknown when a placeholder may hold the tag or digest", () => {
    for (const text of ["${ImageUri}", "acme/${name}", "acme/api:${Tag}", "acme/api@${Digest}", "${repo}/api:${tag}"]) {
      expect(callFunction("image", [text]), text).toMatchObject({ $unknown: text });
    }
  });
});

describe("callFunction", () => {
  it("never runs a function on an unknown argument unless it asks for unknowns", () => {
    const u = unknown("var.image");
    expect(callFunction("image", [u])).toBe(u);
    expect(callFunction("isCommitSha", [u])).toBe(u);
  });

  it("rejects unknown function names", () => {
    expect(() => callFunction("nope", [])).toThrow(/unknown function nope/);
  });
});

describe("isOpenEndedRange", () => {
  it.each(["*", "", "x", "latest", "next", ">=3.0.0", "> 4", ">=1 <2 || >=3", "^1.0.0 || >=2.0.0", "x.x"])("%j has no upper bound", (range) => {
    expect(callFunction("isOpenEndedRange", [range])).toBe(true);
  });
  it.each(["6.52.0", "^6.0.0", "~6.1", "6.x", ">=6.0.0 <7.0.0", "6.0.0 - 6.9.0", "=6.1.0", "file:../sdk", "github:pulumi/pulumi-aws#v6.1.0"])("%j is bounded (or not a registry range)", (range) => {
    expect(callFunction("isOpenEndedRange", [range])).toBe(false);
  });
});

describe("RNP functions", () => {
  it("hasContent: set and non-empty; an expression counts as set unless it is a definition's input", () => {
    expect(callFunction("hasContent", [""])).toBe(false);
    expect(callFunction("hasContent", [[]])).toBe(false);
    expect(callFunction("hasContent", [null])).toBe(false);
    expect(callFunction("hasContent", ["#!/bin/sh"])).toBe(true);
    expect(callFunction("hasContent", [unknown("templatefile(\"x\", {})")])).toBe(true);
    const input = unknown("var.user_data", { input: true });
    expect(callFunction("hasContent", [input])).toBe(input);
  });

  it("isPublishedVersion: literal version numbers only; $LATEST and expressions over records are not", () => {
    expect(callFunction("isPublishedVersion", ["7"])).toBe(true);
    expect(callFunction("isPublishedVersion", [12])).toBe(true);
    expect(callFunction("isPublishedVersion", ["$LATEST"])).toBe(false);
    expect(callFunction("isPublishedVersion", ["0"])).toBe(false);
    expect(callFunction("isPublishedVersion", [unknown("aws_lambda_function.api.version", { refs: ["aws_lambda_function.api"] })])).toBe(false);
    const input = unknown("var.version");
    expect(callFunction("isPublishedVersion", [input])).toBe(input);
  });
});
