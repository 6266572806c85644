// The viewer in a real Chromium: it draws the built graph, finds entities by any name,
// shows evidence, and keeps article text inert.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { launchBrowser } from "./browser.ts";
import { colouredPixels, serveSampleGraph, waitReady } from "./served.ts";

let browser: Browser;
let server: { url: string; close(): Promise<void> };
let page: Page;
const consoleErrors: string[] = [];
let dialogs = 0;

beforeAll(async () => {
  server = await serveSampleGraph();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("dialog", (d) => { dialogs++; void d.dismiss(); });
  await page.goto(server.url);
  await waitReady(page);
}, 120000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("viewer", () => {
  it("draws the graph (the canvas is not blank) and saves a screenshot", async () => {
    await page.waitForTimeout(500);
    await mkdir(join(projectRoot, "test-artifacts"), { recursive: true });
    const png = await page.screenshot({ path: join(projectRoot, "test-artifacts", "viewer-main.png") });
    const coloured = await colouredPixels(page, "#graph");
    expect(png.length).toBeGreaterThan(1000);
    expect(coloured).toBeGreaterThan(500);
  });

  it("finds Shoigu by a French transliteration and shows his memberOf relation", async () => {
    await page.fill("#search", "Choïgou");
    await page.waitForSelector("#search-results li");
    await page.keyboard.press("Enter");
    await expect.poll(async () => page.textContent("#panel h2")).toBe("Sergei Shoigu");
    // In Italian: the relation by its ontology label, the council by its Italian name.
    expect(await page.locator('#panel [data-predicate="memberOf"] strong').textContent()).toBe("è membro di");
    expect(await page.locator('#panel [data-predicate="memberOf"]').textContent()).toContain("Consiglio di Sicurezza russo");
  });

  it("keeps a hostile label inert", async () => {
    await page.fill("#search", "Petrovskij");
    await page.waitForSelector("#search-results li");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(300);
    expect(await page.locator("img[src=x]").count()).toBe(0);
    expect(dialogs).toBe(0);
    expect(await page.textContent("#panel h2")).toBe("Ivan <img src=x onerror=alert(1)> Petrovskij");
    expect(await page.locator("#panel img").count()).toBe(0);
  });

  it("hides a class when its filter is unticked", async () => {
    await page.click("#toggle-filters");
    const before = await page.evaluate(() => (window as any).__trama.visibleNodeCount());
    await page.uncheck('#filter-classes input[value="Country"]');
    const after = await page.evaluate(() => (window as any).__trama.visibleNodeCount());
    expect(after).toBeLessThan(before);
    expect(await page.evaluate(() => location.hash)).toContain("hideClass=Country");
    await page.check('#filter-classes input[value="Country"]');
    expect(await page.evaluate(() => (window as any).__trama.visibleNodeCount())).toBe(before);
  });

  it("shows only the evidence of the period chosen on the timeline", async () => {
    const all = await page.evaluate(() => (window as any).__trama.visibleEvidenceCount());
    const max = Number(await page.getAttribute("#from", "max"));
    await page.$eval("#from", (el: HTMLInputElement, v) => { el.value = String(v); el.dispatchEvent(new Event("input")); }, max);
    const late = await page.evaluate(() => (window as any).__trama.visibleEvidenceCount());
    expect(late).toBeLessThan(all);
    expect(await page.evaluate(() => (window as any).__trama.state.from)).toBe(await page.getAttribute("#period", "data-from"));
    expect(await page.textContent("#period")).toMatch(/^(gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4} – /);
    await page.$eval("#from", (el: HTMLInputElement) => { el.value = "0"; el.dispatchEvent(new Event("input")); });
    expect(await page.evaluate(() => (window as any).__trama.visibleEvidenceCount())).toBe(all);
  });

  it("charts the North Korean dead with at least two sources side by side", async () => {
    await page.click("#toggle-claims");
    await page.selectOption("#measure", "killed|country/north-korea");
    const sources = await page.evaluate(() => {
      const chart = (window as any).__trama.claimsChart();
      return chart ? chart.data.datasets.map((d: any) => d.label) : [];
    });
    const text = await page.textContent("#claims-box");
    expect(text).toMatch(/da [2-9]\d* fonti|da \d{2,} fonti/);
    expect(sources.length).toBeGreaterThanOrEqual(2);
  });

  it("restores a shared view from its link", async () => {
    const other = await browser.newPage();
    await other.goto(`${server.url}#node=person%2Fsergei-shoigu&hideClass=Place`);
    await other.waitForFunction(() => (window as any).__trama?.ready > 0);
    expect(await other.textContent("#panel h2")).toBe("Sergei Shoigu");
    expect(await other.isChecked('#filter-classes input[value="Place"]')).toBe(false);
    await other.close();
  });

  it("loads with no console errors (CSP violations included)", () => {
    expect(consoleErrors).toEqual([]);
  });
});
