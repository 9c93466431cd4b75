/**
 * The HTML report in a real browser: Debian's Chromium through playwright-core, the page opened
 * from a file:// URL as a user opens a report they were sent. Its charts draw, its findings
 * filter and its tables sort, it reads with JavaScript off, and it asks the network for nothing.
 * .ci/run installs Chromium; without it this file fails rather than skips, since the page's
 * script is tested nowhere else.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/html.js";
import { tempDir } from "../support/tmp.js";
import { sampleSweep } from "../support/sweeps.js";

const CHROMIUM = "/usr/bin/chromium";

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Any = any;

describe("the HTML report in Chromium", () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url: string;
  const requests: string[] = [];
  const problems: string[] = [];
  const doc = sampleSweep();
  const total = doc.repositories.reduce((n, r) => n + r.findings.length, 0);

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium, as .ci/run does`);
    const file = join(await tempDir("driftless-html-"), "report.html");
    await writeFile(file, renderHtml(doc, { linkTemplate: "{remote}/blob/{commit}/{file}#L{line}" }));
    url = pathToFileURL(file).href;
    // Chromium's sandbox needs user namespaces, which a root user in a container lacks.
    browser = await chromium.launch({ executablePath: CHROMIUM, args: process.getuid?.() === 0 ? ["--no-sandbox"] : [] });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("console", (m) => {
      if (m.type() === "error" || m.type() === "warning") problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
    // A CSP violation is also an event on the document: record those the console might not show.
    await page.addInitScript(() => {
      const w = globalThis as Any;
      w.__violations = [];
      w.document.addEventListener("securitypolicyviolation", (e: Any) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(url, { waitUntil: "load" });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("draws every chart: each canvas has its Chart and painted pixels", async () => {
    const drawn = (await page.evaluate(() => {
      const w = globalThis as Any;
      return Array.from(w.document.querySelectorAll("canvas") as Any[]).map((canvas: Any) => {
        const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data as Uint8ClampedArray;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) painted++;
        return { id: canvas.id as string, chart: w.Chart.getChart(canvas) !== undefined, painted, width: canvas.width as number };
      });
    })) as { id: string; chart: boolean; painted: number; width: number }[];
    expect(drawn.map((d) => d.id)).toEqual(["chart-family", "chart-level", "chart-rules", "chart-repositories", "chart-change", "chart-change-repositories"]);
    for (const d of drawn) {
      expect(d.chart, d.id).toBe(true);
      expect(d.width, d.id).toBeGreaterThan(200);
      expect(d.painted, d.id).toBeGreaterThan(1000);
    }
  });

  it("filters the findings: one rule hides every other rule's rows and the count says so", async () => {
    const rows = page.locator("#findings tbody tr");
    await expect.poll(() => page.locator("#filters").isVisible()).toBe(true);
    expect(await page.locator("#finding-count").textContent()).toBe(`${total} findings`);

    await page.selectOption("#filters select[name=rule]", "RNP-006");
    const shown = await page.locator("#findings tbody tr:not([hidden])").evaluateAll((trs: Any[]) => trs.map((tr) => tr.getAttribute("data-rule")));
    expect(shown).toEqual(["RNP-006", "RNP-006", "RNP-006"]);
    expect(await page.locator("#findings tbody tr[hidden]").count()).toBe(total - 3);
    expect(await page.locator("#finding-count").textContent()).toBe(`Showing 3 of ${total} findings`);
    expect(await rows.filter({ hasText: "aws_lb.public" }).isVisible()).toBe(true);

    // The search box narrows further, on any text of the row.
    await page.fill("#filters input[name=q]", "subnet private[1]");
    expect(await page.locator("#finding-count").textContent()).toBe(`Showing 1 of ${total} findings`);

    // State: new findings only; then not suppressed, which leaves out exactly the suppressed one.
    await page.click("#filters button[type=reset]");
    await expect.poll(() => page.locator("#finding-count").textContent()).toBe(`${total} findings`);
    await page.selectOption("#filters select[name=state]", "new");
    expect(await page.locator("#finding-count").textContent()).toBe(`Showing 4 of ${total} findings`);
    await page.selectOption("#filters select[name=state]", "active");
    expect(await page.locator("#finding-count").textContent()).toBe(`Showing ${total - 1} of ${total} findings`);
    await page.selectOption("#filters select[name=state]", "");
    expect(await page.locator("#findings tbody tr[hidden]").count()).toBe(0);
  });

  it("sorts a table by a column: text in order, numbers as numbers, a second click reverses", async () => {
    const column = (table: string, index: number): Promise<string[]> =>
      page.locator(`#${table} tbody tr`).evaluateAll((trs: Any[], i: number) => trs.map((tr) => tr.cells[i].textContent.trim()), index);
    const before = await column("findings", 0);
    await page.click("#findings thead th:nth-child(1) button");
    const ascending = await column("findings", 0);
    expect(ascending).not.toEqual(before);
    expect(ascending).toEqual([...before].sort());
    expect(await page.getAttribute("#findings thead th:nth-child(1)", "aria-sort")).toBe("ascending");
    await page.click("#findings thead th:nth-child(1) button");
    expect(await column("findings", 0)).toEqual([...before].sort().reverse());

    // Files: a numeric column sorts most first on the first click (5 < 14 < 19, not "14" < "19" < "5").
    await page.click("#repositories thead th:nth-child(5) button");
    const files = (await column("repositories", 4)).map(Number);
    expect(files).toEqual([...files].sort((a, b) => b - a));
    expect(await page.getAttribute("#repositories thead th:nth-child(5)", "aria-sort")).toBe("descending");
  });

  it("reads with JavaScript off: the tables are all there, the filter and empty chart boxes are not", async () => {
    const off = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    try {
      const still = await off.newPage();
      const seen: string[] = [];
      still.on("request", (r) => seen.push(r.url()));
      await still.goto(url, { waitUntil: "load" });
      expect(await still.locator("#findings tbody tr").count()).toBe(total);
      expect(await still.locator("#findings tbody tr:not([hidden])").count()).toBe(total);
      expect(await still.locator("#repositories tbody tr").count()).toBe(doc.repositories.length);
      expect(await still.locator("#fixed tbody tr").count()).toBe(2);
      expect(await still.locator("#findings").isVisible()).toBe(true);
      expect(await still.locator("#filters").isVisible()).toBe(false);
      expect(await still.locator(".chart-box").first().isVisible()).toBe(false);
      const notes = still.locator("figure noscript p");
      expect(await notes.count()).toBe(6);
      expect(await notes.first().isVisible()).toBe(true);
      expect(await notes.first().textContent()).toBe("This chart needs JavaScript; the repositories table holds the same figures.");
      expect(await still.locator("#charts > noscript p").textContent()).toMatch(/^The charts need JavaScript, which is off; the tables below/);
      expect(await still.locator("#charts > noscript p").isVisible()).toBe(true);
      // No sort buttons without the script: the headers are plain text.
      expect(await still.locator("th button").count()).toBe(0);
      expect(seen).toEqual([url]);
    } finally {
      await off.close();
    }
  });

  it("sent no request but for the page itself, and logged no error or CSP violation", async () => {
    expect(requests).toEqual([url]);
    expect(problems).toEqual([]);
    expect(await page.evaluate(() => (globalThis as Any).__violations)).toEqual([]);
    // The policy is in force: a fetch from the page is refused.
    const fetched = await page.evaluate(() =>
      (globalThis as Any)
        .fetch("https://example.com/")
        .then(() => "fetched")
        .catch(() => "refused"),
    );
    expect(fetched).toBe("refused");
    expect(requests).toEqual([url]);
    expect(await page.evaluate(() => (globalThis as Any).__violations.length)).toBe(1);
    problems.length = 0;
  });
});
