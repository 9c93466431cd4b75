import { describe, expect, it } from "vitest";
import { callFunction } from "../../src/engine/functions/index.js";
import { constraintBounded } from "../../src/engine/functions/pin.js";
import { isUnknown, unknown } from "../../src/model/value.js";

describe("Terraform version constraints", () => {
  it.each([
    ["~> 5.0", true],
    ["5.31.0", true],
    ["= 1.6.0", true],
    [">= 1.6.0, < 2.0.0", true],
    ["<= 2", true],
    [">= 5.0", false],
    ["> 4.0, != 4.5.0", false],
    ["", false],
    ["  ", false],
    ["1.6.0-beta1", true],
  ])("%s bounded: %s", (constraint, bounded) => {
    expect(constraintBounded(constraint)).toBe(bounded);
    expect(callFunction("isOpenEndedConstraint", [constraint])).toBe(!bounded);
  });

  it("does not judge what is no constraint", () => {
    expect(constraintBounded("latest")).toBeUndefined();
    expect(callFunction("isOpenEndedConstraint", ["latest"])).toBe(false);
  });
});

describe("AMI filters", () => {
  const filter = (name: string, values: unknown) => ({ name, values }) as never;
  it("an image-id filter or an exact name pins the lookup", () => {
    expect(callFunction("amiFilterPins", [[filter("image-id", ["ami-0abc"])], undefined])).toBe(true);
    expect(callFunction("amiFilterPins", [[filter("name", ["acme-web-1.4.2"])], undefined])).toBe(true);
    expect(callFunction("amiFilterPins", [undefined, [filter("name", ["acme-web-1.4.2"])]])).toBe(true);
  });
  it("a wildcard name or other filters do not", () => {
    expect(callFunction("amiFilterPins", [[filter("name", ["al2023-ami-*"])], undefined])).toBe(false);
    expect(callFunction("amiFilterPins", [[filter("virtualization-type", ["hvm"])], undefined])).toBe(false);
    expect(callFunction("amiFilterPins", [undefined, undefined])).toBe(false);
  });
  it("is unknown when an unknown filter could pin it", () => {
    expect(isUnknown(callFunction("amiFilterPins", [unknown("var.filters"), undefined]))).toBe(true);
    expect(isUnknown(callFunction("amiFilterPins", [[filter("name", [unknown("var.name")])], undefined]))).toBe(true);
  });
  it("owner filters restrict the owner; an image-id names one image", () => {
    expect(callFunction("amiTrustedFilter", [[filter("owner-alias", ["amazon"])], undefined])).toBe(true);
    expect(callFunction("amiTrustedFilter", [undefined, [filter("owner-id", ["099720109477"])]])).toBe(true);
    expect(callFunction("amiTrustedFilter", [[filter("image-id", ["ami-0abc"])], undefined])).toBe(true);
    expect(callFunction("amiTrustedFilter", [[filter("owner-alias", [])], undefined])).toBe(false);
    expect(callFunction("amiTrustedFilter", [[filter("name", ["ubuntu-*"])], undefined])).toBe(false);
    expect(isUnknown(callFunction("amiTrustedFilter", [unknown("var.filters"), undefined]))).toBe(true);
  });
});

describe("object URLs and keys", () => {
  it.each([
    ["https://s3.amazonaws.com/acme-templates/vpc.yaml", true],
    ["https://acme-templates.s3.eu-west-1.amazonaws.com/vpc.yaml", true],
    ["s3://acme-artifacts/includes/alarms.yaml", true],
    ["https://s3.amazonaws.com/acme-templates/vpc.yaml?versionId=3sL4kqtJlcpXroDTDmJ.rmSpXd3dIbrHY", false],
    ["s3://acme-artifacts/code.zip?versionId=abc", false],
    ["https://s3.amazonaws.com/acme-templates/3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b.template", false],
    ["./nested/vpc.yaml", false],
    ["nested/vpc.yaml", false],
  ])("%s unversioned: %s", (url, expected) => {
    expect(callFunction("unversionedObjectUrl", [url])).toBe(expected);
  });

  it("reads the visible text of substituted URLs", () => {
    const sub = unknown('!Sub "https://${Bucket}.s3.amazonaws.com/vpc.yaml"', { decoded: "https://${Bucket}.s3.amazonaws.com/vpc.yaml" });
    expect(callFunction("unversionedObjectUrl", [sub])).toBe(true);
    const base = unknown('!Sub "${TemplatesBase}/vpc.yaml"', { decoded: "${TemplatesBase}/vpc.yaml" });
    expect(callFunction("unversionedObjectUrl", [base])).toBe(true);
    const version = unknown("x", { decoded: "https://b.s3.amazonaws.com/vpc.yaml?versionId=${Version}" });
    expect(callFunction("unversionedObjectUrl", [version])).toBe(false);
    const query = unknown("x", { decoded: "https://b.s3.amazonaws.com/vpc.yaml?${Query}" });
    expect(isUnknown(callFunction("unversionedObjectUrl", [query]))).toBe(true);
    expect(isUnknown(callFunction("unversionedObjectUrl", [unknown("!Ref TemplateUrl")]))).toBe(true);
  });

  it("recognises content-addressed keys", () => {
    expect(callFunction("contentAddressed", ["lambda/3f1c0e4b8f5d2a9c7e6b1d0a4f3e2c1b"])).toBe(true);
    expect(callFunction("contentAddressed", ["lambda/app-1.4.2.zip"])).toBe(false);
    expect(callFunction("contentAddressed", [unknown('"builds/${filemd5("app.zip")}.zip"', { decoded: 'builds/${filemd5("app.zip")}.zip' })])).toBe(true);
    expect(callFunction("contentAddressed", [unknown("var.key")])).toBe(false);
    expect(callFunction("contentAddressed", [undefined])).toBe(false);
  });
});

describe("SSM public parameters", () => {
  it.each([
    ["{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64}}", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64"],
    ["{{resolve:ssm:/aws/service/bottlerocket/aws-ecs-2/${Arch}/latest/image_id}}", "/aws/service/bottlerocket/aws-ecs-2/${Arch}/latest/image_id"],
    ["{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64:42}}", null],
    ["{{resolve:ssm:/aws/service/global-infrastructure/regions/eu-west-1/longName}}", null],
    ["{{resolve:ssm:/acme/images/web}}", null],
    ["{{resolve:secretsmanager:db:SecretString:password}}", null],
  ])("%s → %s", (text, expected) => {
    expect(callFunction("ssmLatestParameter", [text])).toBe(expected);
  });
});

describe("SSM parameter names", () => {
  it.each([
    ["/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id", true],
    ["/aws/service/aws-for-fluent-bit/stable", true],
    ["/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id:42", false],
    ["/aws/service/global-infrastructure/regions/eu-west-1/longName", false],
    ["/acme/images/web/approved", false],
  ])("%s → %s", (name, expected) => {
    expect(callFunction("ssmLatestPublicParameter", [name])).toBe(expected);
  });
});

describe("missingKeys", () => {
  it("lists the keys the second map lacks, in order", () => {
    expect(callFunction("missingKeys", [{ aws: "x", google: "y", "google-beta": "z" }, { aws: {} }])).toBe("google, google-beta");
    expect(callFunction("missingKeys", [{ aws: "x" }, undefined])).toBe("aws");
    expect(callFunction("missingKeys", [{ aws: "x" }, { aws: {} }])).toBe("");
  });
});
