import { describe, expect, it } from "vitest";
import { at, byName, plainDocuments, scanText, span, yamlTemplate } from "./helpers.js";

function where(d: { range: { start: { line: number; column: number } }; severity: string; message: string }): string {
  return `${d.severity} ${d.range.start.line}:${d.range.start.column} ${d.message}`;
}

const MERGE_ERROR = "YAML merge key << needs a mapping or a list of mappings (such as *base or [*base, *defaults]); nothing was merged";

describe("YAML merge keys (<<)", () => {
  it("merges an anchored map; merged entries keep the anchor's positions, the map keeps its own range", async () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      "Resources:",
      "  Api:",
      "    Type: AWS::ECS::TaskDefinition",
      "    Properties:",
      "      ContainerDefinitions:",
      "        - &base",
      "          Name: api",
      "          Image: nginx:latest",
      "        - <<: *base",
      "          Name: worker",
      "",
    ].join("\n");
    const r = await scanText("t.yaml", text);
    expect(r.diagnostics).toEqual([]);
    const api = byName(r, "Api");
    expect(api.attributes.ContainerDefinitions).toEqual([
      { Name: "api", Image: "nginx:latest" },
      { Image: "nginx:latest", Name: "worker" },
    ]);
    expect(at(api, "attributes", "ContainerDefinitions", 1, "Image")).toEqual([9, 11, 9, 30]);
    expect(at(api, "attributes", "ContainerDefinitions", 1, "Name")).toEqual([11, 11, 11, 23]);
    expect(at(api, "attributes", "ContainerDefinitions", 1)).toEqual([10, 9, 11, 23]);
  });

  it("an anchor under the top-level Metadata section merges into a resource", async () => {
    const text = [
      'AWSTemplateFormatVersion: "2010-09-09"',
      "Metadata:",
      "  Defaults: &repo",
      "    ImageTagMutability: IMMUTABLE",
      "Resources:",
      "  Repo:",
      "    Type: AWS::ECR::Repository",
      "    Properties:",
      "      <<: *repo",
      "      RepositoryName: api",
      "",
    ].join("\n");
    const r = await scanText("t.yaml", text);
    expect(r.diagnostics).toEqual([]);
    const repo = byName(r, "Repo");
    expect(repo.attributes).toEqual({ ImageTagMutability: "IMMUTABLE", RepositoryName: "api" });
    expect(at(repo, "attributes", "ImageTagMutability")).toEqual([4, 5, 4, 34]);
    expect(span(repo.range)).toEqual([6, 3, 10, 26]);
  });

  it("keys written in the map win over merged ones, before or after the <<, without duplicate warnings", async () => {
    const r = await scanText(
      "t.yaml",
      yamlTemplate(
        [
          "      Base: &b {A: anchor, B: anchor}",
          "      After:",
          "        <<: *b",
          "        A: own",
          "      Before:",
          "        A: own",
          "        <<: *b",
          "      Flow: {B: own, <<: *b}",
          "",
        ].join("\n"),
      ),
    );
    expect(r.diagnostics).toEqual([]);
    const res = byName(r, "R");
    expect(res.attributes).toMatchObject({
      After: { A: "own", B: "anchor" },
      Before: { A: "own", B: "anchor" },
      Flow: { A: "anchor", B: "own" },
    });
    expect(at(res, "attributes", "After", "A")).toEqual([9, 9, 9, 15]);
    expect(at(res, "attributes", "Before", "B")).toEqual([6, 28, 6, 37]);
  });

  it("a list of maps merges earlier maps over later ones; a second << key is merged after the first", async () => {
    const docs = plainDocuments(
      [
        "a: &a {K: a, A: a}",
        "b: &b {K: b, B: b}",
        "ab: {<<: [*a, *b]}",
        "ba: {<<: [*b, *a]}",
        "inline:",
        "  <<: [{K: first}, *a]",
        "two:",
        "  <<: *b",
        "  <<: *a",
        "",
      ].join("\n"),
    );
    expect(docs[0]).toMatchObject({
      ab: { K: "a", A: "a", B: "b" },
      ba: { K: "b", A: "a", B: "b" },
      inline: { K: "first", A: "a" },
      two: { K: "b", A: "a", B: "b" },
    });
  });

  it("merges nested merges (an anchor whose map merges another)", async () => {
    const docs = plainDocuments(["a: &a {A: 1, X: a}", "b: &b", "  <<: *a", "  B: 2", "  X: b", "c:", "  <<: *b", "  C: 3", ""].join("\n"));
    expect(docs[0]).toMatchObject({ b: { A: 1, B: 2, X: "b" }, c: { A: 1, B: 2, X: "b", C: 3 } });
  });

  it("merges inside a short-form tag's operand, and the intrinsic evaluates with the merged values", async () => {
    const r = await scanText(
      "t.yaml",
      yamlTemplate(
        [
          "      Parts: &parts {Repo: acme/api, Tag: latest}",
          "      Image: !Sub",
          '        - "${Repo}:${Tag}"',
          "        - <<: *parts",
          "          Tag: 1.4.2",
          "      Cond: !If [IsProd, {<<: *parts, Tag: prod}, !Ref AWS::NoValue]",
          "",
        ].join("\n"),
      ),
    );
    expect(r.diagnostics).toEqual([]);
    expect(byName(r, "R").attributes.Image).toBe("acme/api:1.4.2");
    const docs = plainDocuments(yamlTemplate("      Parts: &parts {Repo: acme/api, Tag: latest}\n      Cond: !If [IsProd, {<<: *parts, Tag: prod}, x]\n"));
    expect((docs[0] as { Resources: { R: { Properties: { Cond: unknown } } } }).Resources.R.Properties.Cond).toEqual({
      "Fn::If": ["IsProd", { Repo: "acme/api", Tag: "prod" }, "x"],
    });
  });

  it("only the plain << merges: a quoted '<<' is an ordinary key; !!merge << merges", async () => {
    const docs = plainDocuments(['a: &a {A: 1}', 'q: {"<<": *a, B: 2}', "s: {'<<': x}", "t: {!!merge <<: *a, B: 2}", ""].join("\n"));
    expect(docs[0]).toMatchObject({ q: { "<<": { A: 1 }, B: 2 }, s: { "<<": "x" }, t: { A: 1, B: 2 } });
  });

  it("a merge value that is not a map (or list of maps) is an error at the <<, and the rest is scanned", async () => {
    const text = yamlTemplate(
      [
        "      Base: &b {A: 1}",
        "      Scalar: {<<: text, B: 2}",
        "      Empty:",
        "        <<:",
        "        B: 2",
        "      Intrinsic:",
        "        <<: !Ref Other",
        "      Mixed: {<<: [*b, [1], x]}",
        "      List: &l [1, 2]",
        "      AliasOfList: {<<: *l}",
        "",
      ].join("\n"),
    );
    const r = await scanText("t.yaml", text);
    expect(r.diagnostics.map(where)).toEqual([
      `error 7:16 ${MERGE_ERROR}`,
      `error 9:9 ${MERGE_ERROR}`,
      `error 12:9 ${MERGE_ERROR}`,
      "error 13:15 YAML merge key << needs a mapping or a list of mappings (such as *base or [*base, *defaults]); the other values of the list were not merged",
      `error 15:21 ${MERGE_ERROR}`,
    ]);
    expect(span(r.diagnostics[0]!.range)).toEqual([7, 16, 7, 18]);
    expect(byName(r, "R").attributes).toMatchObject({ Scalar: { B: 2 }, Empty: { B: 2 }, Intrinsic: {}, Mixed: { A: 1 }, AliasOfList: {} });
  });

  it("a key duplicated inside a merged anchor warns once, at the anchor, however often it is merged", async () => {
    const r = await scanText("t.yaml", yamlTemplate("      D: &d {A: 1, A: 2}\n      E: {<<: [*d, *d]}\n      F: {<<: *d}\n"));
    expect(r.diagnostics.map(where)).toEqual([
      'warning 6:20 Duplicate key "A" (first at line 6); CloudFormation uses the last value, so the earlier one is ignored',
    ]);
    expect(byName(r, "R").attributes).toMatchObject({ E: { A: 2 }, F: { A: 2 } });
  });

  it("merged aliases count towards the alias budget (a merge bomb is a diagnostic and returns fast)", async () => {
    const levels = ["l0: &l0 {a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10}"];
    for (let i = 1; i < 9; i++) levels.push(`l${i}: &l${i} {<<: [${Array(10).fill(`*l${i - 1}`).join(", ")}]}`);
    const text = `AWSTemplateFormatVersion: x\n${levels.join("\n")}\nResources:\n  R:\n    Type: AWS::S3::Bucket\n    Properties:\n      <<: *l8\n`;
    const started = performance.now();
    const r = await scanText("t.yaml", text);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(r.resources).toEqual([]);
    expect(r.diagnostics.map((d) => d.message)).toEqual([expect.stringContaining("alias bomb")]);

    const many = Array.from({ length: 101 }, (_, i) => `      M${i}: {<<: *b}`).join("\n");
    const r2 = await scanText("t.yaml", yamlTemplate(`      Base: &b {A: 1}\n${many}\n`));
    expect(r2.diagnostics.map((d) => d.message)).toEqual(["More than 100 YAML aliases in one document (an alias bomb?); the document was not scanned"]);
  });
});
