import { describe, expect, it } from "vitest";
import { range } from "../../src/model/position.js";
import type { ReportRun } from "../../src/report/index.js";
import { codeSpan, escapeMarkdown, familyOf, MAX_BYTES, MAX_LISTED, toMarkdown } from "../../src/report/markdown.js";
import { makeFinding, makeMeta } from "../support/factories.js";

const options = { toolVersion: "0.1.0" };
const SHA = "0123456789abcdef0123456789abcdef01234567";
const pin005 = makeMeta({ helpUri: "https://github.com/driftless/driftless/blob/main/docs/rules.md#pin-005" });
const pin006 = makeMeta({ id: "PIN-006", title: "Container image not pinned by digest", level: "warning", securitySeverity: "5.5" });
const acc001 = makeMeta({ id: "ACC-001", title: "Admin port open to the internet", level: "error", securitySeverity: "8.0" });
const rules = [pin005, pin006, acc001];

function run(findings: ReportRun["findings"], extra: Partial<ReportRun> = {}): ReportRun {
  return { root: "/work/repo", findings, filesScanned: 5, ...extra };
}

/** The table row of one family, as its cells. */
function row(md: string, family: string): string[] {
  const line = md.split("\n").find((l) => l.startsWith(`| ${family} |`));
  expect(line, `row ${family}`).toBeDefined();
  return line!.split("|").slice(2, -1).map((c) => c.trim());
}

describe("markdown reporter", () => {
  it("writes a heading, the verdict, counts per family and level, and the findings by level", () => {
    const findings = [
      makeFinding({ ruleId: "PIN-006", level: "warning", file: "b.tf", range: range(4, 1, 4, 9), message: "image app:1.2 has no digest" }),
      makeFinding({ file: "a.tf", range: range(10, 3, 10, 9), message: "image app:latest is tagged latest" }),
      makeFinding({ ruleId: "ACC-001", level: "error", file: "z.tf", range: range(2, 1, 2, 9), message: "port 22 open to 0.0.0.0/0" }),
      makeFinding({ ruleId: "PIN-005", suppression: { kind: "inSource", justification: "reviewed", file: "c.tf", line: 1 } }),
      makeFinding({ ruleId: "CUS-001", level: "note", file: "c.tf", message: "custom" }),
    ];
    const md = toMarkdown([run(findings)], rules, options);
    expect(md.startsWith("## driftless\n\n**4 findings**: 2 errors, 1 warning, 1 note. 5 files scanned; 1 suppressed. driftless 0.1.0.\n")).toBe(true);
    // A baseline's held findings are counted beside the suppressed ones.
    const held = toMarkdown([{ ...run(findings), baselined: 3 }], rules, options);
    expect(held.startsWith("## driftless\n\n**4 findings**: 2 errors, 1 warning, 1 note. 5 files scanned; 1 suppressed; 3 in baseline. driftless 0.1.0.\n")).toBe(true);
    expect(md).toContain("| Family | Error | Warning | Note | Total | Suppressed |\n| --- | ---: | ---: | ---: | ---: | ---: |\n| PIN |");
    expect(row(md, "PIN")).toEqual(["1", "1", "0", "2", "1"]);
    expect(row(md, "ACC")).toEqual(["1", "0", "0", "1", "0"]);
    expect(row(md, "DAT")).toEqual(["0", "0", "0", "0", "0"]);
    expect(row(md, "CUS")).toEqual(["0", "0", "1", "1", "0"]);
    expect(row(md, "**Total**")).toEqual(["**2**", "**1**", "**1**", "**4**", "**1**"]);
    // Built-in families in catalog order, custom ones after.
    const families = md.split("\n").filter((l) => /^\| [A-Z]{3} \|/.test(l)).map((l) => l.slice(2, 5));
    expect(families).toEqual(["PIN", "RNP", "DRF", "ACC", "ART", "DAT", "CHG", "IAC", "CUS"]);

    const body = md.slice(md.indexOf("### "));
    expect(body).toBe(
      [
        "### Errors (2)",
        "",
        "- `z.tf:2` **ACC-001** port 22 open to 0.0.0.0/0",
        `- \`a.tf:10\` [**PIN-005**](${pin005.helpUri}) image app\\:latest is tagged latest`,
        "",
        "### Warnings (1)",
        "",
        "- `b.tf:4` **PIN-006** image app\\:1.2 has no digest",
        "",
        "### Notes (1)",
        "",
        "- `c.tf:3` **CUS-001** custom",
        "",
      ].join("\n"),
    );
    expect(md).not.toContain("reviewed");
  });

  it("says so when there are no findings", () => {
    const md = toMarkdown([run([])], rules, options);
    expect(md).toContain("**No findings.** 5 files scanned; 0 suppressed.");
    expect(row(md, "**Total**")).toEqual(["**0**", "**0**", "**0**", "**0**", "**0**"]);
    expect(md).not.toContain("###");
  });

  it("links file:line to the commit on GitHub when the run knows it, and only then", () => {
    const finding = makeFinding({
      file: "modules/my app/main.tf",
      range: range(12, 1, 14, 2),
      related: [{ file: "main.tf", range: range(4, 1, 4, 20), message: "module call passing the image" }],
    });
    const linked = toMarkdown([run([finding], { provenance: { repositoryUri: "https://github.com/acme/infra", revisionId: SHA, branch: "refs/heads/main" } })], rules, options);
    expect(linked).toContain(`- [\`modules/my app/main.tf:12\`](https://github.com/acme/infra/blob/${SHA}/modules/my%20app/main.tf#L12) `);
    expect(linked).toContain(`  - [\`main.tf:4\`](https://github.com/acme/infra/blob/${SHA}/main.tf#L4) module call passing the image`);

    for (const provenance of [
      { repositoryUri: "https://github.com/acme/infra" },
      { repositoryUri: "https://gitlab.com/acme/infra", revisionId: SHA },
      { repositoryUri: "https://github.com/acme/infra/sub", revisionId: SHA },
      { repositoryUri: "https://github.com/acme/infra", revisionId: "main" },
    ]) {
      const md = toMarkdown([run([finding], { provenance })], rules, options);
      expect(md, provenance.repositoryUri).toContain("- `modules/my app/main.tf:12` ");
      expect(md).not.toContain("](https://github.com/acme");
      expect(md).not.toContain("gitlab.com");
    }
  });

  it("shows each repository's prefix and links each to its own repository", () => {
    const runs = [
      run([makeFinding({ file: "main.tf" })], { root: "/w/a", prefix: "a/", provenance: { repositoryUri: "https://github.com/acme/a", revisionId: SHA } }),
      run([makeFinding({ file: "main.tf", range: range(7, 1, 7, 2) })], { root: "/w/b", prefix: "../b/", filesScanned: 2 }),
    ];
    const md = toMarkdown(runs, rules, options);
    expect(md).toContain("7 files scanned in 2 repositories");
    expect(md).toContain(`- [\`a/main.tf:3\`](https://github.com/acme/a/blob/${SHA}/main.tf#L3) `);
    expect(md).toContain("- `../b/main.tf:7` ");
  });

  it("escapes markdown in messages and paths", () => {
    const message = "a | b `c` <script>x</script> *em* _u_ [l](http://x) ![i](y) @user #12 $x$ :smile: ~~s~~ &amp; \\ line\nbreak \u001b[31m";
    const md = toMarkdown([run([makeFinding({ message, file: "we`ird|dir/main.tf" })])], rules, options);
    const item = md.split("\n").find((l) => l.startsWith("- "))!;
    expect(item).toBeDefined();
    expect(item).toContain(
      "a \\| b \\`c\\` \\<script\\>x\\</script\\> \\*em\\* \\_u\\_ \\[l\\]\\(http\\://x\\) \\!\\[i\\]\\(y\\) \\@user \\#12 \\$x\\$ \\:smile\\: \\~\\~s\\~\\~ \\&amp; \\\\ line break \\\\u\\{1b\\}\\[31m",
    );
    expect(item.startsWith("- ``we`ird|dir/main.tf:3`` ")).toBe(true);
    expect(md.split("\n").filter((l) => l.startsWith("- "))).toHaveLength(1);
  });

  it("escapeMarkdown, codeSpan and familyOf", () => {
    expect(escapeMarkdown("plain text, 1.2-3 ok")).toBe("plain text, 1.2-3 ok");
    expect(escapeMarkdown("a\r\nb\rc")).toBe("a b c");
    expect(codeSpan("a")).toBe("`a`");
    expect(codeSpan("`a``")).toBe("``` `a`` ```");
    expect(familyOf("PIN-005")).toBe("PIN");
    expect(familyOf("CUSTOM")).toBe("CUSTOM");
  });

  it("lists at most the 500 most severe findings and says how many were left out", () => {
    const findings = [
      ...Array.from({ length: MAX_LISTED + 20 }, (_, i) => makeFinding({ ruleId: "PIN-006", level: "warning", file: "w.tf", range: range(i + 1, 1, i + 1, 5), message: "no digest" })),
      makeFinding({ ruleId: "ACC-001", level: "error", file: "z.tf", message: "open" }),
    ];
    const md = toMarkdown([run(findings)], rules, options);
    const items = md.split("\n").filter((l) => l.startsWith("- "));
    expect(items).toHaveLength(MAX_LISTED);
    expect(items[0]).toContain("ACC-001");
    expect(md).toContain("### Warnings (520)");
    expect(md.trimEnd().split("\n").at(-1)).toBe("_21 more findings are not listed here (the list stops at the 500 most severe); the SARIF and JSON reports have them all._");
    expect(row(md, "PIN")).toEqual(["0", "520", "0", "520", "0"]);
  });

  it("stays under GitHub's 1 MiB step summary limit with huge messages", () => {
    const huge = "x".repeat(50_000);
    const findings = Array.from({ length: 400 }, (_, i) =>
      makeFinding({ range: range(i + 1, 1, i + 1, 2), message: huge, related: Array.from({ length: 9 }, () => ({ file: "r.tf", range: range(1, 1, 1, 2), message: huge })) }),
    );
    const md = toMarkdown([run(findings)], rules, options);
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(MAX_BYTES + 1024);
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toContain("  - and 4 more related locations");
    expect(md).toMatch(/_\d+ more findings are not listed here/);
    const first = md.split("\n").find((l) => l.startsWith("- "))!;
    expect(first).toMatch(/x{1000}…$/);
  });
});
