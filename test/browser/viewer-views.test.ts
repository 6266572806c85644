// The viewer's views in a real Chromium: a relation opened by clicking its line, a phone
// layout, the language switch, the figures chart with a single point, labels that do not
// pile up, and desktop menus that leave the canvas alone. Screenshots go to
// test-artifacts/ (and to $TRAMA_SCREENSHOTS when set) for people to look at.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { launchBrowser } from "./browser.ts";
import { colouredPixels, serveSampleGraph, waitReady } from "./served.ts";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
const consoleErrors: string[] = [];
const shotsDir = process.env.TRAMA_SCREENSHOTS ?? join(projectRoot, "test-artifacts");

let shared: Page;
/**
 * The viewer freshly loaded at `hash`. One page is reused: the packaged Chromium runs as a
 * single process and closing a WebGL page can take the browser down with it.
 */
async function open(hash = "", viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = shared;
  await page.setViewportSize(viewport);
  await page.goto("about:blank");
  await page.goto(server.url + hash);
  await waitReady(page);
  await page.waitForTimeout(300);
  return page;
}
const box = async (page: Page, sel: string) => (await page.locator(sel).boundingBox())!;

beforeAll(async () => {
  server = await serveSampleGraph();
  browser = await launchBrowser();
  shared = await browser.newPage();
  shared.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  await mkdir(shotsDir, { recursive: true });
}, 120000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("edges", () => {
  it("opens a relation's panel with every sentence, article, date and rule when its line is clicked beside it", async () => {
    const page = await open();
    // The longest edge on screen whose middle is clear of any node: click a few pixels off its line.
    const target = await page.evaluate(() => {
      const { graph, renderer } = (window as any).__trama;
      const at = (n: string) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(n));
      const dist = (p: any, a: any, b: any) => {
        const dx = b.x - a.x, dy = b.y - a.y, l2 = dx * dx + dy * dy;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / l2));
        return Math.hypot(p.x - a.x - t * dx, p.y - a.y - t * dy);
      };
      const edges = graph.edges().filter((e: string) => graph.getEdgeAttribute(e, "modality") === "asserted");
      let best: any;
      for (const e of edges) {
        const s = at(graph.source(e));
        const t = at(graph.target(e));
        const len = Math.hypot(t.x - s.x, t.y - s.y);
        if (len < 60) continue;
        // 5 px beside the middle of the line (wider than the drawn line).
        const half = renderer.getEdgeDisplayData(e).size / 2;
        const p = { x: (s.x + t.x) / 2 - ((t.y - s.y) / len) * (half + 4), y: (s.y + t.y) / 2 + ((t.x - s.x) / len) * (half + 4) };
        const clearOfNodes = graph.everyNode((n: string) => { const q = at(n); return Math.hypot(q.x - p.x, q.y - p.y) > 25; });
        const clearOfEdges = edges.every((o: string) => o === e || dist(p, at(graph.source(o)), at(graph.target(o))) > 14);
        if (clearOfNodes && clearOfEdges && (!best || len > best.len)) best = { e, len, x: p.x, y: p.y };
      }
      return best;
    });
    expect(target).toBeDefined();
    const g = await box(page, "#graph");
    await page.mouse.click(g.x + target.x, g.y + target.y);
    await expect.poll(() => page.getAttribute("#panel h2", "data-edge")).toBe(target.e);
    expect(await page.evaluate(() => location.hash)).toContain("edge=");
    const expected = await page.evaluate((e) => (window as any).__trama.graph.getEdgeAttribute(e, "evidence"), target.e);
    const sentences = page.locator("#panel .sentence");
    expect(await sentences.count()).toBe(expected.length);
    for (let i = 0; i < expected.length; i++) {
      const meta = sentences.nth(i).locator(".meta");
      expect(await sentences.nth(i).locator("blockquote").textContent()).toBe(expected[i].text);
      // The article by outlet and title, never its file hash; the rule in words, its id in a tooltip.
      expect(await meta.locator(".article").textContent()).not.toMatch(/^\d{3}_[0-9a-f]{16}$/);
      expect(await meta.locator(".rule").getAttribute("title")).toBe(expected[i].rule);
      expect(await meta.locator(".rule").textContent()).not.toContain(expected[i].rule);
      if (expected[i].date?.length >= 7) expect(await meta.textContent()).toMatch(/(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}/);
    }
    await page.screenshot({ path: join(shotsDir, "viewer-edge-panel.png") });
  });

  it("opens an edge from the node panel's sentence count too", async () => {
    const page = await open("#node=person%2Fsergei-shoigu");
    await page.locator('#panel [data-predicate="memberOf"] button.why').first().click();
    expect(await page.getAttribute("#panel h2", "data-edge")).toMatch(/^memberOf\|person\/sergei-shoigu\|/);
    expect(await page.locator("#panel h2 .predicate").textContent()).toBe("è membro di");
  });
});

describe("phone", () => {
  it("fits 390×844: the graph on top (not blank), the panel reachable below, the tools behind a menu", async () => {
    const page = await open("", { width: 390, height: 844 });
    const g = await box(page, "#graph");
    expect(g.width).toBeGreaterThanOrEqual(380);
    expect(g.height).toBeGreaterThan(300);
    expect(await colouredPixels(page, "#graph")).toBeGreaterThan(500);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.isVisible("#layout")).toBe(false);
    await page.click("#menu-toggle");
    expect(await page.isVisible("#layout")).toBe(true);
    expect(await page.isVisible("#lang")).toBe(true);
    await page.click("#menu-toggle");
    await page.fill("#search", "Kim Jong");
    await page.waitForSelector("#search-results li");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#panel h2")).toBe("Kim Jong Un");
    const p = await box(page, "#panel");
    const g2 = await box(page, "#graph");
    expect(p.y).toBeGreaterThanOrEqual(g2.y + g2.height - 1);
    expect(p.width).toBeGreaterThanOrEqual(380);
    await page.locator("#panel h3").first().scrollIntoViewIfNeeded();
    expect(await page.locator("#panel h3").first().isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(shotsDir, "viewer-phone.png"), fullPage: true });
  });
});

describe("language", () => {
  it("switches labels, relation names and the interface to English, and keeps the choice in the URL", async () => {
    const page = await open("#node=person%2Fsergei-shoigu");
    const label = (k: string) => page.evaluate((key) => (window as any).__trama.graph.getNodeAttribute(key, "label"), k);
    expect(await label("country/north-korea")).toBe("Corea del Nord");
    expect(await page.locator('#panel [data-predicate="memberOf"] strong').textContent()).toBe("è membro di");
    expect(await page.textContent("#toggle-filters")).toBe("Filtri");
    await page.selectOption("#lang", "en");
    expect(await label("country/north-korea")).toBe("North Korea");
    expect(await page.locator('#panel [data-predicate="memberOf"] strong').textContent()).toBe("member of");
    expect(await page.locator('#panel [data-predicate="memberOf"]').textContent()).toContain("Security Council of Russia");
    expect(await page.textContent("#toggle-filters")).toBe("Filters");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await page.evaluate(() => location.hash)).toContain("lang=en");
    await page.click("#toggle-filters");
    expect(await page.locator('#filter-relations input[value="meetsWith"]').locator("xpath=..").textContent()).toContain("meets with");
    await page.screenshot({ path: join(shotsDir, "viewer-english.png") });
    // A link with lang=en opens in English.
    const again = await open("#lang=en&node=country%2Fnorth-korea");
    expect(await again.textContent("#panel h2")).toBe("North Korea");
    expect(await again.getAttribute("#search", "placeholder")).toMatch(/^Find/);
  });

  it("names an event from its participants in the language chosen", async () => {
    const page = await open("#node=event%2Fvisit-sergei-shoigu-pyongyang");
    expect(await page.textContent("#panel h2")).toBe("visita di Sergei Shoigu a Pyongyang");
    await page.selectOption("#lang", "en");
    expect(await page.textContent("#panel h2")).toBe("visit of Sergei Shoigu in Pyongyang");
  });
});

describe("figures", () => {
  it("gives a single dated figure a readable axis (a month either side), its measure in words and Italian numbers", async () => {
    const page = await open();
    await page.click("#toggle-claims");
    await page.selectOption("#measure", "wounded|country/north-korea");
    expect(await page.textContent("#claims-title")).toBe("feriti tra i soldati nordcoreani");
    const axis = await page.evaluate(() => {
      const c = (window as any).__trama.claimsChart();
      if (!c) return null;
      return { min: c.scales.x.min, max: c.scales.x.max, ticks: c.scales.x.ticks.map((t: any) => t.label), y: c.scales.y.ticks.map((t: any) => t.label), points: c.data.datasets.flatMap((d: any) => d.data.map((p: any) => p.x)) };
    });
    expect(axis).not.toBeNull();
    expect(axis!.points).toHaveLength(1);
    expect(axis!.max - axis!.min).toBe(2);
    expect(axis!.min).toBe(axis!.points[0] - 1);
    expect(axis!.ticks).toEqual(["dic 2024", "gen 2025", "feb 2025"]);
    expect(axis!.y.some((l: string) => /^\d{1,3}(\.\d{3})+$/.test(l))).toBe(true);
    await page.selectOption("#measure", "killed|country/north-korea");
    expect(await page.textContent("#claims-title")).toBe("morti tra i soldati nordcoreani");
    expect(await page.textContent("#claims-undated")).toMatch(/Cifre senza data \(1\)/);
    expect(await page.textContent("#claims-undated")).toContain("circa 600");
    const g = await box(page, "#graph");
    const c = await box(page, "#claims");
    expect(c.y).toBeGreaterThanOrEqual(g.y + g.height - 1);
    await page.screenshot({ path: join(shotsDir, "viewer-claims.png") });
  });
});

describe("desktop layout and labels", () => {
  it("keeps menus and filters off the canvas and the page still", async () => {
    const page = await open();
    const before = await box(page, "#graph");
    const mainTop = (await box(page, "main")).y;
    await page.click("#exports summary");
    expect((await box(page, "main")).y).toBe(mainTop);
    await page.click("#exports summary");
    await page.click("#toggle-filters");
    const f = await box(page, "#filters");
    const g = await box(page, "#graph");
    const p = await box(page, "#panel");
    expect(f.x + f.width).toBeLessThanOrEqual(g.x + 1);
    expect(g.x + g.width).toBeLessThanOrEqual(p.x + 1);
    expect(g.width).toBeGreaterThan(before.width / 2);
    expect((await box(page, "main")).y).toBe(mainTop);
    await page.screenshot({ path: join(shotsDir, "viewer-desktop-filters.png") });
  });

  it("labels the largest nodes always, the focus and its neighbours when one is selected, and others without overlap", async () => {
    const page = await open();
    await page.screenshot({ path: join(shotsDir, "viewer-desktop.png") });
    const all = await page.evaluate(() => {
      const { graph, renderer, labelled } = (window as any).__trama;
      const shown: string[] = labelled();
      const biggest: string[] = graph.nodes().sort((a: string, b: string) => graph.getNodeAttribute(b, "size") - graph.getNodeAttribute(a, "size") || a.localeCompare(b)).slice(0, 10);
      // Boxes of the labels drawn, measured as the viewer measures them.
      const ctx = document.createElement("canvas").getContext("2d")!;
      ctx.font = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
      const boxes = shown.map((n) => {
        const d = renderer.getNodeDisplayData(n);
        const p = renderer.framedGraphToViewport(d);
        const x = p.x + renderer.scaleSize(d.size) + 3;
        return { n, x0: x, x1: x + ctx.measureText(graph.getNodeAttribute(n, "label")).width, y0: p.y - 7.5, y1: p.y + 7.5 };
      });
      const overlapping = boxes.filter((a) => !biggest.includes(a.n) && boxes.some((b) => b !== a && a.x0 < b.x1 - 1 && b.x0 < a.x1 - 1 && a.y0 < b.y1 - 1 && b.y0 < a.y1 - 1)).map((a) => a.n);
      return { shown, biggest, order: graph.order, overlapping };
    });
    for (const n of all.biggest) expect(all.shown).toContain(n);
    expect(all.shown.length).toBeGreaterThan(all.biggest.length);
    expect(all.shown.length).toBeLessThan(all.order);
    expect(all.overlapping).toEqual([]);
    await page.evaluate(() => (window as any).__trama.select("person/vladimir-putin"));
    const neighbours = await page.evaluate(() => {
      const { graph } = (window as any).__trama;
      const nbrs = graph.edges("person/vladimir-putin").filter((e: string) => graph.getEdgeAttribute(e, "modality") === "asserted").map((e: string) => graph.opposite("person/vladimir-putin", e));
      return [...new Set(nbrs)] as string[];
    });
    expect(neighbours.length).toBeGreaterThan(2);
    await expect.poll(() => page.evaluate(() => (window as any).__trama.labelled().sort()), { timeout: 10000 }).toEqual(["person/vladimir-putin", ...neighbours].sort());
  });

  it("loads with no console errors", () => {
    expect(consoleErrors).toEqual([]);
  });
});
