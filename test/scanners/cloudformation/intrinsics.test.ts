import { describe, expect, it } from "vitest";
import { SHORT_FORM_NAMES } from "../../../src/scanners/cloudformation/yaml.js";
import { byName, plainDocuments, scanText, yamlTemplate } from "./helpers.js";

function longKey(name: string): string {
  return name === "Ref" || name === "Condition" ? name : `Fn::${name}`;
}

function property(yaml: string): unknown {
  const [doc] = plainDocuments(`X: ${yaml}\n`);
  return (doc as { X: unknown }).X;
}

describe("YAML short-form intrinsics → long forms", () => {
  it("covers the full set of CloudFormation short forms", () => {
    expect([...SHORT_FORM_NAMES].sort()).toEqual(
      ["Base64", "Cidr", "Condition", "Equals", "FindInMap", "GetAZs", "GetAtt", "If", "ImportValue", "Join", "Not", "Or", "And", "Ref", "Select", "Split", "Sub", "Transform"].sort(),
    );
  });

  describe.each(SHORT_FORM_NAMES.map((n) => [n]))("!%s", (name) => {
    const key = longKey(name);
    it("scalar form", () => {
      const expected = name === "GetAtt" ? ["res", "attr.deep"] : "res.attr.deep";
      expect(property(`!${name} res.attr.deep`)).toEqual({ [key]: expected });
    });
    it("flow and block sequence forms", () => {
      expect(property(`!${name} [a, 1, true]`)).toEqual({ [key]: ["a", 1, true] });
      const [doc] = plainDocuments(`X: !${name}\n  - a\n  - b\n`);
      expect(doc).toEqual({ X: { [key]: ["a", "b"] } });
    });
    it("flow and block mapping forms", () => {
      expect(property(`!${name} {k: v}`)).toEqual({ [key]: { k: "v" } });
      const [doc] = plainDocuments(`X: !${name}\n  k: v\n`);
      expect(doc).toEqual({ X: { [key]: { k: "v" } } });
    });
    it("is an Unknown carrying its source text when not statically known", async () => {
      // YAML allows one tag per node, so Base64 of a function takes the long form inside.
      const operand =
        name === "Sub" ? '"${AWS::Region}"' : name === "Base64" ? "{Ref: AWS::Region}" : name === "Ref" || name === "Condition" ? "AWS::Region" : "[a, !GetAtt R.Arn]";
      const r = await scanText("t.yaml", yamlTemplate(`      P: !${name} ${operand}\n`));
      expect(r.diagnostics).toEqual([]);
      const value = byName(r, "R").attributes.P as { $unknown: string };
      expect(value.$unknown).toBe(`!${name} ${operand}`);
    });
  });

  it("nests short forms and keeps their texts", async () => {
    expect(property("!Join ['', [!Ref A, !GetAtt B.C, !Sub '${X}']]")).toEqual({
      "Fn::Join": ["", [{ Ref: "A" }, { "Fn::GetAtt": ["B", "C"] }, { "Fn::Sub": "${X}" }]],
    });
    expect(property("!Sub\n  - '${A}-${B}'\n  - A: !Ref P\n    B: b")).toEqual({ "Fn::Sub": ["${A}-${B}", { A: { Ref: "P" }, B: "b" }] });
    expect(property("!GetAZs ''")).toEqual({ "Fn::GetAZs": "" });
    expect(property("!Condition IsProd")).toEqual({ Condition: "IsProd" });
    expect(property("!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}")).toEqual({
      "Fn::Transform": { Name: "AWS::Include", Parameters: { Location: "s3://b/k" } },
    });
  });

  it("reads scalars with the core schema: yes/no/on/off stay strings, leading zeros are kept", () => {
    expect(plainDocuments("a: yes\nb: off\nc: true\nd: 12\ne: 1.5\nf: null\ng: ~\nh: '12'\ni: 012345678901\nj: 0x1A\nk: 2010-09-09\n")[0]).toEqual({
      a: "yes",
      b: "off",
      c: true,
      d: 12,
      e: 1.5,
      f: null,
      g: null,
      h: "12",
      i: "012345678901",
      j: "0x1A",
      k: "2010-09-09",
    });
  });

  it("JSON long forms are the same tree", () => {
    const json = plainDocuments('{"X": {"Fn::GetAtt": ["a", "b.c"]}, "Y": {"Ref": "P"}}', "t.json");
    expect(json).toEqual([{ X: { "Fn::GetAtt": ["a", "b.c"] }, Y: { Ref: "P" } }]);
  });
});
