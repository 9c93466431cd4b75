/**
 * The HTML report, read as text (no DOM here: test/report/browser.test.ts opens it in Chromium):
 * its structure, escaping, links, offline policy, comparison sections and determinism.
 */
import { describe, expect, it } from "vitest";
import { range } from "../../src/model/position.js";
import type { SweepDocument, SweepFinding } from "../../src/model/sweep.js";
import { compareDocuments, sweepDocument } from "../../src/report/documents.js";
import { renderHtml, toHtml } from "../../src/report/html.js";
import { chartJsSource } from "../../src/report/html/chart-source.js";
import type { ChartSpec } from "../../src/report/html/charts.js";
import { clip, escapeHtml, inlineScript, InlineScriptError, jsonForScript, TEXT_LIMIT } from "../../src/report/html/escape.js";
import { encodePath, findingLink, isSafeHref, linkTemplateProblem } from "../../src/report/html/links.js";
import { TABLE_ROW_LIMIT } from "../../src/report/html/tables.js";
import { CONTENT_SECURITY_POLICY, displayTime } from "../../src/report/html/page.js";
import { loadReporter, type ReportRun } from "../../src/report/index.js";
import { makeFinding, makeMeta } from "../support/factories.js";
import { repository, SAMPLE_RULES, sampleSweep, sampleFinding } from "../support/sweeps.js";

/** Character references back to text (the ones escapeHtml writes). */
function decode(html: string): string {
  return html.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!);
}

/** The text of some markup: block tags as spaces, inline ones dropped, references decoded, white space as one space. */
function text(html: string): string {
  const blocks = html.replace(/<\/?(?:div|p|td|th|tr|dt|dd|li|br|h\d|header|footer|section|figure|figcaption)\b[^>]*>/gi, " ");
  return decode(blocks.replace(/<[^>]*>/g, "")).replace(/\s+/g, " ").trim();
}

/** The page without its scripts (Chart.js's source holds words like `<canvas`). */
function markupOf(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
}

/** The markup of the table with this id. */
function table(html: string, id: string): string {
  const m = new RegExp(`<table id="${id}"[\\s\\S]*?</table>`).exec(html);
  expect(m, `no table #${id}`).not.toBeNull();
  return m![0];
}

/** The body rows of a table, as markup. */
function rows(html: string, id: string): string[] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table(html, id))![1]!;
  return [...body.matchAll(/<tr\b[\s\S]*?<\/tr>/g)].map((m) => m[0]);
}

/** The header labels of a table. */
function headers(html: string, id: string): string[] {
  return [...table(html, id).matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!));
}

/** The cells of a row, as text. */
function cells(row: string): string[] {
  return [...row.matchAll(/<td\b[^>]*>([\s\S]*?)<\/td>/g)].map((m) => text(m[1]!));
}

/** An attribute of the first tag in some markup, decoded. */
function attr(markup: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(markup);
  return m ? decode(m[1]!) : undefined;
}

/** Every `href` and `src` value on the page, decoded. */
function addresses(html: string): { name: string; value: string }[] {
  return [...html.matchAll(/\s(href|src)\s*=\s*"([^"]*)"/gi)].map((m) => ({ name: m[1]!.toLowerCase(), value: decode(m[2]!) }));
}

/** The page's chart figures, read back from its JSON data. */
function charts(html: string): ChartSpec[] {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return (JSON.parse(m![1]!) as { charts: ChartSpec[] }).charts;
}

/** The findings' links (href of the location cell, undefined when shown as text), in table order. */
function findingHrefs(html: string): (string | undefined)[] {
  return rows(html, "findings").map((row) => {
    const cell = /<td class="file[^>]*>([\s\S]*?)<\/td>/.exec(row)![1]!;
    return attr(cell, "href");
  });
}

function doc(repos: Parameters<typeof sweepDocument>[2], createdAt = "2025-03-08T08:00:00.000Z"): SweepDocument {
  return sweepDocument("driftless 0.1.0", createdAt, repos, SAMPLE_RULES);
}

describe("the HTML report's page", () => {
  const sample = sampleSweep();
  const html = renderHtml(sample, {});

  it("is one HTML5 document with its CSP, title, header totals and sections", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")).toBe(true);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    expect(html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g)).toEqual([`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`]);
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]).toBe("driftless report: 16 findings in 5 repositories");
    const header = /<header>[\s\S]*?<\/header>/.exec(html)![0];
    expect(text(header)).toContain("Made by driftless 0.1.0 on 2025-03-08 08:00 UTC, compared with the report of 2025-03-01 08:00 UTC.");
    const totals = Object.fromEntries([...header.matchAll(/<dt>([^<]*)<\/dt><dd>(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
    expect(totals).toEqual({ Repositories: 5, "Files scanned": 57, Findings: 16, Errors: 9, Warnings: 4, Notes: 3, Suppressed: 1, New: 4, Fixed: 2, "Still open": 12 });
    expect(text(header)).toContain("3 scanned, 1 cached, 1 failed");
    const sections = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(sections).toEqual(["charts", "repositories-section", "rules-section", "findings-section", "fixed-section"]);
    // Every section named in the navigation exists.
    const nav = /<nav[\s\S]*?<\/nav>/.exec(html)![0];
    for (const m of nav.matchAll(/href="#([^"]+)"/g)) expect(sections).toContain(m[1]);
  });

  it("inlines Chart.js, its data and its own script, and nothing else runs", () => {
    const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].map((m) => m[1]);
    expect(scripts).toEqual([' type="application/json" id="report-data"', "", ""]);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).toContain(chartJsSource());
    expect(chartJsSource()).toMatch(/^\/\*!\n \* Chart\.js v4\./);
    expect(text(/<footer>[\s\S]*?<\/footer>/.exec(html)![0])).toMatch(/Chart\.js 4\.\d+\.\d+ \(MIT licence\)/);
    // No event handler attributes, no javascript: anywhere in markup.
    const markup = markupOf(html);
    expect((markup.match(/<[a-zA-Z][^>]*>/g) ?? []).filter((tag) => /\son[a-z]+\s*=/i.test(tag.replace(/"[^"]*"/g, '""')))).toEqual([]);
    expect(markup).not.toMatch(/javascript:/i);
  });

  it("fetches nothing: no src attribute, no http(s) link, no url() or @import in its style", () => {
    expect(addresses(html).filter((a) => a.name === "src")).toEqual([]);
    expect(addresses(html).filter((a) => /^\s*[a-z][a-z0-9+.-]*:/i.test(a.value))).toEqual([]);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).not.toMatch(/url\(|@import|@font-face/i);
    expect(CONTENT_SECURITY_POLICY).toBe("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'");
  });

  it("draws six charts of a compared sweep, each canvas with a <noscript> pointer to the table holding its figures", () => {
    const specs = charts(html);
    expect(specs.map((c) => c.id)).toEqual(["chart-family", "chart-level", "chart-rules", "chart-repositories", "chart-change", "chart-change-repositories"]);
    const canvases = [...html.matchAll(/<canvas id="([^"]+)" role="img" aria-label="[^"]+"><\/canvas><\/div>\n<noscript><p class="note">This chart needs JavaScript; the <a href="#([a-z]+)-section">/g)];
    expect(canvases.map((m) => m[1])).toEqual(specs.map((c) => c.id));
    expect(canvases.map((m) => m[2])).toEqual(specs.map((c) => c.table));
    // Without JavaScript the empty chart boxes are hidden, and the page says the tables hold the figures.
    expect(html).toContain("<noscript><style>.chart-box { display: none; }</style></noscript>");
    expect(html).toContain("<noscript><p class=\"note\">The charts need JavaScript, which is off; the tables below hold every figure they show.</p></noscript>");
  });

  it("charts what the tables count: per repository by family and by level, top rules and repositories, the change", () => {
    const byId = Object.fromEntries(charts(html).map((c) => [c.id, c]));
    // The failed repository is in no chart; the clean one is (with zeros).
    expect(byId["chart-level"]!.labels).toEqual(["payments-infra", "network", "platform-stacks", "clean-service"]);
    expect(byId["chart-level"]!.series).toEqual([
      { label: "Errors", data: [5, 1, 3, 0], colour: "#d1242f" },
      { label: "Warnings", data: [2, 1, 1, 0], colour: "#e3a008" },
      { label: "Notes", data: [1, 2, 0, 0], colour: "#2f6fd6" },
    ]);
    expect(byId["chart-family"]!.series.map((s) => [s.label, s.data])).toEqual([
      ["PIN", [5, 1, 2, 0]],
      ["RNP", [1, 2, 0, 0]],
      ["DRF", [1, 1, 0, 0]],
      ["ACC", [1, 0, 1, 0]],
      ["IAC", [0, 0, 1, 0]],
    ]);
    expect(byId["chart-rules"]!.labels.slice(0, 3)).toEqual(["PIN-001", "PIN-005", "RNP-006"]);
    expect(byId["chart-rules"]!.tooltips![0]).toBe("Module source not pinned to an immutable ref");
    expect(byId["chart-rules"]!.series[0]!.colour).toEqual(expect.arrayContaining(["#d1242f", "#2f6fd6"]));
    expect(byId["chart-repositories"]!.labels).toEqual(["payments-infra", "platform-stacks", "network"]); // ties: more errors first
    expect(byId["chart-repositories"]!.series[0]!.data).toEqual([8, 4, 4]);
    expect(byId["chart-change"]!.series.map((s) => [s.label, s.data])).toEqual([["Still open", [12, 12]], ["Fixed", [2, 0]], ["New", [0, 4]]]);
    expect(byId["chart-change-repositories"]!.series.map((s) => s.data)).toEqual([[2, 0, 2, 0], [2, 0, 0, 0], [6, 4, 2, 0]]);
  });

  it("lists the repositories with status, failure reason, commit, counts and the comparison's columns", () => {
    expect(headers(html, "repositories")).toEqual(["Repository", "Status", "Failure reason", "Commit", "Files", "Errors", "Warnings", "Notes", "Suppressed", "New", "Fixed", "Still open"]);
    const byName = Object.fromEntries(rows(html, "repositories").map((r) => [cells(r)[0], cells(r)]));
    expect(byName["payments-infra"]).toEqual(["payments-infra", "scanned", "", "0123456 on main", "19", "5", "2", "1", "1", "2", "2", "6"]);
    expect(byName["network"]!.slice(1, 2)).toEqual(["cached"]);
    expect(byName["platform-stacks"]!.slice(3, 4)).toEqual([""]);
    expect(byName["legacy-monolith"]).toEqual(["legacy-monolith", "failed", "not a git repository: clone it again or remove it from the list", "", "0", "0", "0", "0", "0", "0", "0", "0"]);
    const alert = /<p class="alert"[\s\S]*?<\/p>/.exec(html)![0];
    expect(text(alert)).toBe("1 repository could not be scanned: legacy-monolith. Their findings are unknown; the repositories table says why.");
    // Numeric columns sort as numbers in the browser.
    expect(table(html, "repositories")).toContain('<th scope="col" class="num" data-type="number" title="Files scanned">Files</th>');
  });

  it("lists the rules with title, family, level and counts", () => {
    expect(headers(html, "rules")).toEqual(["Rule", "Title", "Family", "Level", "Findings", "Suppressed"]);
    const pin006 = rows(html, "rules").map(cells).find((c) => c[0] === "PIN-006");
    expect(pin006).toEqual(["PIN-006", "Container image not pinned by digest", "PIN", "warning", "2", "1"]);
  });

  it("lists every finding most severe first, with its link, state and filter attributes; suppressed ones marked", () => {
    expect(headers(html, "findings")).toEqual(["Repository", "Rule", "Level", "Location", "Resource", "Message", "State"]);
    const all = rows(html, "findings");
    expect(all).toHaveLength(17);
    const levels = all.map((r) => attr(r, "data-level"));
    expect(levels).toEqual([...levels].sort((a, b) => ["error", "warning", "note"].indexOf(a!) - ["error", "warning", "note"].indexOf(b!)));
    const states = all.map((r) => attr(r, "data-state"));
    expect(states.filter((s) => s === "new")).toHaveLength(4);
    expect(states.filter((s) => s === "open")).toHaveLength(12);
    const suppressed = all.filter((r) => attr(r, "data-state") === "suppressed");
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0]).toMatch(/^<tr [^>]*class="suppressed"/);
    expect(cells(suppressed[0]!)).toEqual([
      "payments-infra",
      "PIN-006",
      "warning",
      "services/batch.tf:3",
      "aws_batch_job_definition.nightly",
      "aws_batch_job_definition.nightly: PIN-006 applies here Suppressed: vendor image, digest pinned upstream",
      "suppressed",
    ]);
    const acc = all.find((r) => attr(r, "data-rule") === "ACC-007" && attr(r, "data-repository") === "platform-stacks")!;
    expect([attr(acc, "data-level"), attr(acc, "data-family"), attr(acc, "data-state")]).toEqual(["error", "ACC", "new"]);
    // The filter offers every repository with findings, rule, level, family, and new/open.
    const form = /<form id="filters"[\s\S]*?<\/form>/.exec(html)![0];
    expect(form).toMatch(/^<form id="filters" class="filters" hidden /);
    const select = (name: string): string[] => [...new RegExp(`<select name="${name}">([\\s\\S]*?)</select>`).exec(form)![1]!.matchAll(/value="([^"]*)"/g)].map((m) => m[1]!);
    expect(select("repository")).toEqual(["", "payments-infra", "network", "platform-stacks"]);
    expect(select("rule")).toEqual(["", ...SAMPLE_RULES.map((r) => r.id).sort()]);
    expect(select("level")).toEqual(["", "error", "warning", "note"]);
    expect(select("family")).toEqual(["", "PIN", "RNP", "DRF", "ACC", "IAC"]);
    expect(select("state")).toEqual(["", "active", "new", "open", "suppressed"]);
    expect(form).toContain('<output id="finding-count" class="count" aria-live="polite">17 findings</output>');
  });

  it("lists the fixed findings of a comparison, at their old places and not linked", () => {
    expect(headers(html, "fixed")).toEqual(["Repository", "Rule", "Level", "Location (previous report)", "Resource", "Message"]);
    expect(rows(html, "fixed").map(cells)).toEqual([
      ["payments-infra", "PIN-005", "error", "services/legacy.tf:14", "aws_ecs_task_definition.legacy", "aws_ecs_task_definition.legacy: PIN-005 applies here"],
      ["payments-infra", "DRF-002", "warning", "cache.tf:2", "aws_elasticache_cluster.main", "aws_elasticache_cluster.main: DRF-002 applies here"],
    ]);
    expect(table(html, "fixed")).not.toContain("href=");
  });

  it("leaves the comparison out without a previous report", () => {
    const plain = renderHtml({ ...sample, comparison: undefined }, {});
    expect(plain).not.toContain('id="fixed-section"');
    expect(plain).not.toContain("compared with");
    expect(headers(plain, "repositories")).not.toContain("New");
    expect(charts(plain).map((c) => c.id)).toEqual(["chart-family", "chart-level", "chart-rules", "chart-repositories"]);
    expect(rows(plain, "findings").map((r) => attr(r, "data-state")).filter((s) => s !== "active")).toEqual(["suppressed"]);
    const form = /<form id="filters"[\s\S]*?<\/form>/.exec(plain)![0];
    expect(form).not.toContain('value="new"');
  });

  it("is the same for the same input: no clock, no randomness", () => {
    expect(renderHtml(sampleSweep(), {})).toBe(html);
  });
});

describe("escaping", () => {
  const hostile = '</script><script>alert(1)</script><img src=x onerror="alert(2)"> & \'quoted\' <!--';
  const finding = sampleFinding("PIN-005", `dir/${hostile}.tf`, 3, `res.${hostile}`, { message: `msg ${hostile}`, suppressed: false });
  const suppressed = sampleFinding("PIN-006", "x.tf", 1, "r", { suppressed: true, justification: `why ${hostile}` });
  const document = sweepDocument(
    "driftless 0.1.0",
    "2025-03-08T08:00:00.000Z",
    [repository(`repo${hostile}`, [finding, suppressed]), repository("other", []), repository("gone", [], { status: "failed", reason: `failed ${hostile}` })],
    [{ id: "PIN-005", title: `title ${hostile}`, level: "error", family: "PIN" }, { id: "PIN-006", title: "t", level: "warning", family: "PIN" }],
  );
  const html = renderHtml(document, {});

  it("shows hostile text literally and lets none of it become markup", () => {
    expect([...html.matchAll(/<script\b/gi)]).toHaveLength(3);
    expect(html.match(/<\/script/gi)).toHaveLength(3);
    expect(html).not.toMatch(/<img\b/i);
    const tags = markupOf(html).match(/<[a-zA-Z][^>]*>/g)!;
    expect(tags.map((tag) => tag.replace(/"[^"]*"/g, '""')).filter((tag) => /\son[a-z]+\s*=|<(img|iframe|object|embed|svg)\b/i.test(tag))).toEqual([]);
    expect(markupOf(html)).not.toContain("<!--");
    const row = rows(html, "findings").find((r) => attr(r, "data-rule") === "PIN-005")!;
    expect(cells(row).slice(0, 6)).toEqual([`repo${hostile}`, "PIN-005", "error", `dir/${hostile}.tf:3`, `res.${hostile}`, `msg ${hostile}`]);
    expect(attr(row, "data-repository")).toBe(`repo${hostile}`);
    expect(text(html)).toContain(`title ${hostile}`);
    expect(text(html)).toContain(`failed ${hostile}`);
    expect(text(html)).toContain(`why ${hostile}`);
  });

  it("keeps chart data inside its script element: `<` as \\u003c, read back unchanged", () => {
    const data = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toMatch(/[<>&]/);
    expect(data).toContain("repo\\u003c/script\\u003e");
    expect(charts(html)[1]!.labels).toEqual([`repo${hostile}`, "other"]);
    expect(jsonForScript({ s: "a</script>\u2028&" })).toBe('{"s":"a\\u003c/script\\u003e\\u2028\\u0026"}');
  });

  it("links a hostile file name relatively, with every segment encoded", () => {
    const href = findingHrefs(html)[0];
    expect(href).toBe(["dir", ...`${hostile}.tf`.split("/")].map(encodeURIComponent).join("/"));
    expect(href).not.toMatch(/[<>" ]/);
  });

  it("writes control characters visibly", () => {
    expect(escapeHtml("a\u001b[31mred\u0000")).toBe("a\\u{1b}[31mred\\u{0}");
    expect(escapeHtml("tab\tand\nline")).toBe("tab\tand\nline");
  });

  it("refuses to inline a script that would end its element early", () => {
    expect(inlineScript("var a = 1;", "x")).toBe("var a = 1;");
    expect(() => inlineScript('var s = "</SCRIPT>";', "Chart.js")).toThrow(InlineScriptError);
    expect(() => inlineScript("a <!-- b", "Chart.js")).toThrow(/Chart\.js cannot be inlined into an HTML page: it holds "<!--" at offset 2/);
  });
});

describe("finding links", () => {
  const base = repository("infra", []);
  const f = (file: string, extra: Partial<SweepFinding> = {}): SweepFinding => sampleFinding("PIN-005", file, 12, "r", { column: 7, ...extra });

  it("link to the file beside the report by default: the repository's link base and the path, each segment encoded", () => {
    expect(findingLink(base, f("envs/prod main.tf"), {})).toEqual({ href: "envs/prod%20main.tf", templated: false });
    expect(findingLink(base, f("a#b?.tf"), { linkBase: { infra: "../checkouts/infra/" } })).toEqual({ href: "../checkouts/infra/a%23b%3F.tf", templated: false });
    // Link bases that leave this repository out: its files are not on this machine, so no link.
    expect(findingLink(base, f("x.tf"), { linkBase: { other: "../other/" } }).href).toBeUndefined();
    expect(findingLink(repository("constructor", []), f("x.tf"), { linkBase: { other: "../other/" } }).href).toBeUndefined();
    // A file named like a scheme stays a relative path: `:` is encoded.
    expect(findingLink(base, f("javascript:alert(1)"), {}).href).toBe("javascript%3Aalert(1)");
    expect(encodePath("ä/ b/%")).toBe("%C3%A4/%20b/%25");
  });

  it("follow the template, with every placeholder filled", () => {
    const template = "{remote}/blob/{commit}/{file}?repo={repository}&branch={branch}#L{line}C{column}";
    const repo = repository("my infra", [], { remoteUrl: "https://github.com/acme/infra.git", branch: "refs/heads/feature/x y" });
    expect(findingLink(repo, f("a b/main.tf"), { linkTemplate: template })).toEqual({
      href: "https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/a%20b/main.tf?repo=my%20infra&branch=feature/x%20y#L12C7",
      templated: true,
    });
  });

  it("fall back to the plain link when the repository lacks a value the template names", () => {
    const noCommit = repository("infra", [], { commit: undefined });
    expect(findingLink(noCommit, f("main.tf"), { linkTemplate: "{remote}/blob/{commit}/{file}" })).toEqual({ href: "main.tf", templated: false });
    expect(findingLink(noCommit, f("main.tf"), { linkTemplate: "{remote}/blob/{branch}/{file}" }).templated).toBe(true);
    expect(findingLink(repository("infra", [], { remoteUrl: undefined }), f("main.tf"), { linkTemplate: "{remote}/{file}", linkBase: { infra: "../infra/" } })).toEqual({ href: "../infra/main.tf", templated: false });
  });

  it("never become javascript: or another scheme than http(s), however the template or link base is written", () => {
    for (const template of ["javascript:alert('{file}')", "JavaScript:alert(1)//{file}", "java\tscript:alert(1)", " javascript:x", "data:text/html,{file}", "vscode://file/{file}", "file:///etc/{file}"]) {
      expect(findingLink(base, f("main.tf"), { linkTemplate: template }), template).toEqual({ href: "main.tf", templated: false });
    }
    expect(findingLink(base, f("main.tf"), { linkBase: { infra: "javascript:alert(1)//" } })).toEqual({ templated: false });
    expect(isSafeHref("https://example.com/x")).toBe(true);
    expect(isSafeHref("HTTP://example.com/x")).toBe(true);
    expect(isSafeHref("../x/y.tf")).toBe(true);
    expect(isSafeHref("")).toBe(false);
    expect(isSafeHref("https://example.com/a\nb")).toBe(false);
    // Scheme-relative addresses leave for another host (from a file: page, a network share).
    for (const href of ["//evil.example/x", "\\\\evil\\share", "/\\evil/x", "\\/evil/x"]) expect(isSafeHref(href), href).toBe(false);
    expect(findingLink(base, f("main.tf"), { linkTemplate: "//evil.example/{file}" })).toEqual({ href: "main.tf", templated: false });
  });

  it("refuse a template naming an unknown placeholder or none", () => {
    expect(linkTemplateProblem("https://github.com/acme/{repository}/blob/{commit}/{file}#L{line}")).toBeUndefined();
    expect(linkTemplateProblem("{remote}/blob/{sha}/{file}")).toMatch(/^\{sha\} is not a placeholder; use \{repository\} \{remote\}/);
    expect(linkTemplateProblem("https://example.com/")).toMatch(/names no placeholder/);
    // Checked twice in a row: the answer does not depend on an earlier call.
    expect(linkTemplateProblem("{file}")).toBeUndefined();
    expect(linkTemplateProblem("{file}")).toBeUndefined();
  });

  it("in the page: templated links are the only http(s) addresses, a refused one falls back, and the note says how many", () => {
    const document = doc([
      repository("infra", [sampleFinding("PIN-005", "main.tf", 3, "a")]),
      repository("local", [sampleFinding("PIN-005", "x y.tf", 4, "b")], { remoteUrl: undefined, commit: undefined }),
    ]);
    const html = renderHtml(document, { linkTemplate: "{remote}/blob/{commit}/{file}#L{line}", linkBase: { local: "../local/" } });
    expect(findingHrefs(html)).toEqual(["https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/main.tf#L3", "../local/x%20y.tf"]);
    const external = addresses(html).filter((a) => /^https?:/i.test(a.value));
    expect(external.map((a) => a.value)).toEqual(["https://github.com/acme/infra/blob/0123456789abcdef0123456789abcdef01234567/main.tf#L3"]);
    expect(external.every((a) => a.name === "href")).toBe(true);
    expect(text(html)).toContain("Locations link through the link template for 1 of 2 findings;");

    const refused = renderHtml(document, { linkTemplate: "javascript:alert('{file}')" });
    expect(findingHrefs(refused)).toEqual(["main.tf", "x%20y.tf"]);
    expect(markupOf(refused)).not.toMatch(/javascript:/i);

    const none = renderHtml(document, { linkBase: { infra: "javascript:", local: "vbscript:" } });
    expect(findingHrefs(none)).toEqual([undefined, undefined]);
    expect(text(none)).toContain("2 locations had no safe address and are shown as text.");
  });
});

describe("the states of findings against a previous report", () => {
  it("calls the later findings of a fingerprint new when the previous report had fewer of them", () => {
    const twice = [sampleFinding("PIN-005", "a.tf", 1, "r"), sampleFinding("PIN-005", "a.tf", 9, "r")];
    const previous = doc([repository("infra", [twice[0]!])], "2025-01-01T00:00:00.000Z");
    const html = renderHtml(compareDocuments(doc([repository("infra", twice)]), previous), {});
    expect(rows(html, "findings").map((r) => [cells(r)[3], attr(r, "data-state")])).toEqual([["a.tf:1", "open"], ["a.tf:9", "new"]]);
  });
});

describe("large reports", () => {
  it("lists the most severe findings up to the row limit, says so, and still counts and charts them all", () => {
    const many = Array.from({ length: TABLE_ROW_LIMIT + 250 }, (_, i) => sampleFinding(i < 10 ? "PIN-005" : "DRF-001", `m${i}.tf`, 1, `r${i}`, { level: i < 10 ? "error" : "note", fingerprint: `fp${i}` }));
    const html = renderHtml(doc([repository("infra", many)]), {});
    const listed = rows(html, "findings");
    expect(listed).toHaveLength(TABLE_ROW_LIMIT);
    expect(listed.slice(0, 10).every((r) => attr(r, "data-level") === "error")).toBe(true);
    expect(attr(table(html, "findings"), "data-total")).toBe(String(TABLE_ROW_LIMIT + 250));
    expect(text(html)).toMatch(/This table lists the 5,000 most severe of the 5,250 findings/);
    expect(text(html)).toMatch(/Findings \(5250\)/);
    expect(html.length).toBeLessThan(6_000_000);
  });
});

describe("huge texts", () => {
  it("shows a message, resource or path of megabytes cut, saying how much the JSON report adds", () => {
    const huge = "A".repeat(3_000_000);
    const html = renderHtml(doc([repository("infra", [sampleFinding("PIN-001", `${huge}.tf`, 1, `module.${huge}`, { message: `Module source github.com/acme/${huge}` })])]), {});
    expect(html.length).toBeLessThan(300_000); // the page itself (Chart.js inlined) is about 230 KB
    const row = rows(html, "findings")[0]!;
    const message = `Module source github.com/acme/${huge}`;
    expect(text(row)).toContain(`… (${(message.length - TEXT_LIMIT).toLocaleString("en")} more characters; the JSON report holds the whole text)`);
    // The location is text, not a link of megabytes.
    expect(findingHrefs(html)).toEqual([undefined]);
    // A cut never splits a surrogate pair.
    expect(clip(`${"x".repeat(9)}😀tail`, 10)).toBe(`${"x".repeat(9)}… (6 more characters; the JSON report holds the whole text)`);
    expect(clip("short", 10)).toBe("short");
  });
});

describe("repositories named like Object.prototype's members", () => {
  it("render with their own links and states", () => {
    const names = ["constructor", "toString", "__proto__"];
    const before = doc(names.map((n) => repository(n, [sampleFinding("PIN-005", "old.tf", 1, "r", { fingerprint: `${n}-old` })])), "2025-01-01T00:00:00.000Z");
    const now = doc(names.map((n) => repository(n, [sampleFinding("PIN-005", "new.tf", 1, "r", { fingerprint: `${n}-new` })])));
    const html = renderHtml(compareDocuments(now, before), { linkBase: Object.fromEntries(names.map((n) => [n, `../${n}/`])) });
    expect(rows(html, "findings").map((r) => [attr(r, "data-repository"), attr(r, "data-state")])).toEqual(names.map((n) => [n, "new"]));
    expect(findingHrefs(html)).toEqual(names.map((n) => `../${n}/new.tf`));
  });
});

describe("a single repository", () => {
  it("charts families and levels side by side, without top repositories", () => {
    const html = renderHtml(doc([repository("infra", [sampleFinding("PIN-005", "a.tf", 1, "r"), sampleFinding("RNP-006", "b.tf", 2, "s")])]), {});
    const specs = charts(html);
    expect(specs.map((c) => c.id)).toEqual(["chart-family", "chart-level", "chart-rules"]);
    expect(specs[0]!.labels).toEqual(["PIN", "RNP"]);
    expect(specs[1]!.labels).toEqual(["Errors", "Warnings", "Notes"]);
    expect(specs[1]!.series[0]!.data).toEqual([1, 0, 1]);
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]).toBe("driftless report: 2 findings in infra");
  });

  it("with no findings, says so instead of drawing empty charts", () => {
    const html = renderHtml(doc([repository("infra", [])]), {});
    expect(markupOf(html)).not.toContain("<canvas");
    expect(rows(html, "findings").map(cells)).toEqual([["No findings."]]);
    expect(html.match(/Nothing to draw: no findings\./g)).toHaveLength(3);
  });
});

describe("toHtml, the reporter", () => {
  const runs: ReportRun[] = [
    {
      root: "/src/acme/infra",
      findings: [makeFinding({ file: "main.tf", range: range(4, 3, 4, 20), fingerprint: "fp-a" }), makeFinding({ ruleId: "PIN-006", level: "warning", file: "b.tf", fingerprint: "fp-b" })],
      filesScanned: 3,
      provenance: { repositoryUri: "https://github.com/acme/infra", revisionId: "f".repeat(40), branch: "refs/heads/main" },
    },
  ];
  const rules = [makeMeta(), makeMeta({ id: "PIN-006", title: "Container image not pinned by digest", level: "warning" })];

  it("is the html format's reporter, loaded on demand", async () => {
    expect(await loadReporter("html")).toBe(toHtml);
  });

  it("renders the runs as one repository per root, at the time given (the epoch without one)", () => {
    const html = toHtml(runs, rules, { toolVersion: "0.1.0", createdAt: "2025-06-01T10:30:00.000Z", linkTemplate: "{remote}/blob/{commit}/{file}#L{line}" });
    expect(text(/<header>[\s\S]*?<\/header>/.exec(html)![0])).toContain("Made by driftless 0.1.0 on 2025-06-01 10:30 UTC.");
    expect(rows(html, "repositories").map((r) => cells(r).slice(0, 4))).toEqual([["infra", "scanned", "", "fffffff on main"]]);
    expect(findingHrefs(html)).toEqual([`https://github.com/acme/infra/blob/${"f".repeat(40)}/main.tf#L4`, `https://github.com/acme/infra/blob/${"f".repeat(40)}/b.tf#L3`]);
    expect(toHtml(runs, rules, { toolVersion: "0.1.0" })).toContain('<time datetime="1970-01-01T00:00:00.000Z">1970-01-01 00:00 UTC</time>');
    expect(toHtml(runs, rules, { toolVersion: "0.1.0" })).toBe(toHtml(runs, rules, { toolVersion: "0.1.0" }));
  });

  it("compares with a previous report when given one", () => {
    const previous = doc([repository("infra", [sampleFinding("PIN-005", "main.tf", 4, "x", { fingerprint: "fp-a" }), sampleFinding("PIN-005", "old.tf", 1, "y", { fingerprint: "fp-gone" })])], "2025-05-01T00:00:00.000Z");
    const html = toHtml(runs, rules, { toolVersion: "0.1.0", createdAt: "2025-06-01T10:30:00.000Z", previous, linkBase: { infra: "../infra/" } });
    expect(rows(html, "findings").map((r) => [attr(r, "data-state"), cells(r)[3]])).toEqual([["open", "main.tf:4"], ["new", "b.tf:3"]]);
    expect(findingHrefs(html)).toEqual(["../infra/main.tf", "../infra/b.tf"]);
    expect(rows(html, "fixed").map((r) => cells(r)[3])).toEqual(["old.tf:1"]);
  });
});

describe("displayTime", () => {
  it("shows an ISO time in UTC to the minute, anything else as it is", () => {
    expect(displayTime("2025-03-08T08:05:59.123Z")).toBe("2025-03-08 08:05 UTC");
    expect(displayTime("2025-03-08T08:05Z")).toBe("2025-03-08 08:05 UTC");
    expect(displayTime("yesterday")).toBe("yesterday");
  });
});
