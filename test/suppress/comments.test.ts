import { describe, expect, it } from "vitest";
import { commentSyntax, findComments } from "../../src/suppress/comments.js";
import { commentSuppressions, parseDirective } from "../../src/suppress/inline.js";

const where = (syntax: Parameters<typeof findComments>[0], text: string) => findComments(syntax, text).map((c) => `${c.line}:${c.column}${c.trailing ? "t" : ""} ${c.text.trim()}`);

describe("comments as each language's lexer sees them", () => {
  it("HCL: #, // and /* */; not inside strings, templates or heredocs", () => {
    const text = [
      "# one",
      'a = "x # no ${var.y} // no" # two',
      "b = <<-EOT",
      "  # no: heredoc text",
      "  EOT",
      "/* three",
      "   still three */ c = 1 // four",
      'd = "${"nested # no"}" // five',
    ].join("\n");
    expect(where("hcl", text)).toEqual(["1:1 one", "2:29t two", "6:1 three\n   still three", "7:25t four", "8:24t five"]);
  });

  it("TypeScript: // and /* */; not inside strings, template literals or regular expressions", () => {
    const text = ['const a = "// no"; // one', "const r = /\\/\\/ no/g; /* two */", "const t = `${a + '}'} // no`; // three", "const d = 1 / 2; // four"].join("\n");
    expect(where("typescript", text)).toEqual(["1:20t one", "2:23t two", "3:31t three", "4:18t four"]);
  });

  it("YAML: # comments; not in block scalars or quoted strings", () => {
    const text = ["a: 1 # one", "b: |", "  # no: script text", "  run", "# two", "c: '# no'", 'd: "# no" # three'].join("\n");
    expect(where("yaml", text)).toEqual(["1:6t one", "5:1 two", "7:11t three"]);
  });

  it("counts lines the way the scanners do: CRLF ends lines; a lone CR too, except in HCL, where it is inside the comment", () => {
    expect(where("hcl", "a = 1\r\n# one\r\nb = 2 # two\rc = 3 # three\n")).toEqual(["2:1 one", "3:7t two\rc = 3 # three"]);
    expect(where("typescript", "a = 1\r\n// one\r\nb = 2 // two\rc = 3 // three\n")).toEqual(["2:1 one", "3:7t two", "4:7t three"]);
  });

  it("knows each file's syntax: JSON has none, a .template is JSON or YAML by its first character", () => {
    expect(["main.tf", "x.tfvars", "a.yaml", "b.yml", "index.ts", "t.json", "x.tf.json"].map((p) => commentSyntax(p, ""))).toEqual(["hcl", "hcl", "yaml", "yaml", "typescript", "none", "none"]);
    expect(commentSyntax("a.template", '  {"Resources": {}}')).toBe("none");
    expect(commentSyntax("a.template", "Resources: {}")).toBe("yaml");
  });
});

describe("suppression directives", () => {
  it("parses IDs, expiry and reason; names what is malformed", () => {
    expect(parseDirective(" PIN-005, ART-004 expires=2027-01-31 -- mirrored image -- see SEC-1")).toEqual({ ids: ["PIN-005", "ART-004"], reason: "mirrored image -- see SEC-1", expires: "2027-01-31" });
    expect(parseDirective(" PIN-005")).toEqual({ ids: ["PIN-005"], reason: "" });
    expect(parseDirective(" -- only a reason").problem).toBe("names no rule; write driftless:ignore ID[,ID] [expires=YYYY-MM-DD] -- reason");
    expect(parseDirective(" pin-005 -- lower case").problem).toMatch(/^"pin-005" is not a rule ID/);
    expect(parseDirective(" PIN-005 expires=2027-13-45 -- x").problem).toBe("expires=2027-13-45 is not a date; write expires=YYYY-MM-DD");
    expect(parseDirective(" PIN-005 */").reason).toBe("");
    expect(parseDirective(" ACC-001 -- one # driftless:ignore ACC-002 -- two").problem).toBe("holds a second driftless:ignore in its reason; write one suppression per comment");
  });

  it("applies an own-line comment to the next line of code, a trailing one to its own line", () => {
    const text = ["# driftless:ignore PIN-001 -- a", "", "# unrelated", 'module "a" {', '  source = "x" # driftless:ignore PIN-002 -- b', "}", "# mentions driftless:ignore in prose"].join("\n");
    expect(commentSuppressions("main.tf", text).map((s) => [s.line, s.target])).toEqual([
      [1, { kind: "line", line: 4, trailing: false }],
      [5, { kind: "line", line: 5, trailing: true }],
    ]);
  });
});
