// A built graph served with the viewer on 127.0.0.1, for the browser tests: the sample
// articles plus one of our own with a hostile name, built into a temporary folder.
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { buildCorpus, writeOutputs } from "../../src/cli/build.ts";
import { ensureViewerBuilt, serveViewer } from "../../src/cli/serve.ts";
import { projectRoot } from "../../src/paths.ts";

export async function serveSampleGraph(): Promise<{ url: string; close(): Promise<void> }> {
  const articles = await mkdtemp(join(tmpdir(), "trama-viewer-"));
  for (const f of await readdir(join(projectRoot, "data", "articles"))) await copyFile(join(projectRoot, "data", "articles", f), join(articles, f));
  // A hostile label: must stay text.
  await writeFile(join(articles, "zz-hostile.txt"), "Il portavoce <img src=x onerror=alert(1)> ha parlato. Il ministro della Difesa Ivan Petrovskij ha incontrato il presidente Vladimir Putin a Mosca.\n");
  const out = join(articles, "out");
  await mkdir(out);
  const built = await buildCorpus(articles, { quiet: true, warn: () => {} });
  // A name read from an article can hold anything: give one node a hostile label.
  built.graph.setNodeAttribute("person/ivan-petrovskij", "label", "Ivan <img src=x onerror=alert(1)> Petrovskij");
  await writeOutputs(built.graph, out);
  await ensureViewerBuilt();
  return serveViewer({ graphDir: out, port: 0 });
}

export const waitReady = (page: Page) => page.waitForFunction(() => (window as any).__trama?.ready > 0, undefined, { timeout: 30000 });

/** Pixels of the element's screenshot that are clearly coloured (not the grey background). */
export async function colouredPixels(page: Page, selector: string): Promise<number> {
  const shot = await page.locator(selector).screenshot();
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement("canvas");
    c.width = img.width; c.height = img.height;
    const ctx = c.getContext("2d")!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - d[i + 1]!) > 30 || Math.abs(d[i + 1]! - d[i + 2]!) > 30) n++;
    return n;
  }, shot.toString("base64"));
}
