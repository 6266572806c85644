// Viewer load time on a large graph: 10,000 nodes and 50,000 edges with positions
// precomputed, served locally, opened in headless Chromium; time from navigation to
// interactive (first render done, handlers bound: window.__trama.ready). Median of 5.
//   npx tsx bench/viewer-load.ts [nodes] [edges]
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureViewerBuilt, serveViewer } from "../src/cli/serve.ts";
import { launchBrowser } from "../test/browser/browser.ts";

const [nodes, edges] = [Number(process.argv[2] ?? 10000), Number(process.argv[3] ?? 50000)];
const TYPES = ["Country", "Person", "Organization", "Place", "Treaty", "Event"];
const PREDICATES = ["supports", "meetsWith", "deploysTroopsTo", "criticizes", "memberOf", "locatedIn"];
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const dir = mkdtempSync(join(tmpdir(), "trama-viewer-bench-"));
const ev = (i: number) => ({ article: `a${i % 500}`, sentence: 0, start: 0, end: 20, text: `Frase di prova numero ${i}.`, date: `2025-${String((i % 12) + 1).padStart(2, "0")}`, rule: "bench" });
const nodeList = Array.from({ length: nodes }, (_, i) => ({
  key: `node/${i}`,
  attributes: { type: TYPES[i % TYPES.length], label: `Entità ${i}`, lang: "it", aliases: [`E${i}`], aliasRules: {}, mentions: 1 + (i % 7), articles: [`a${i % 500}`], evidence: [ev(i)], x: rand() * 1000, y: rand() * 1000, size: 4 + (i % 5) },
}));
const edgeList = Array.from({ length: edges }, (_, i) => {
  const s = Math.floor(rand() * nodes), t = (s + 1 + Math.floor(rand() * (nodes - 1))) % nodes, p = PREDICATES[i % PREDICATES.length]!;
  return { key: `${p}|node/${s}|node/${t}|${i}`, source: `node/${s}`, target: `node/${t}`, attributes: { predicate: p, symmetric: false, modality: "asserted", count: 1, evidence: [ev(i)] } };
});
writeFileSync(join(dir, "graph.json"), JSON.stringify({ format: "trama-graph", version: 1, generator: "bench", graph: { options: { type: "directed", multi: true, allowSelfLoops: false }, attributes: { articles: [], claims: [] }, nodes: nodeList, edges: edgeList } }));

await ensureViewerBuilt();
const server = await serveViewer({ graphDir: dir, port: 0 });
const times: number[] = [];
// A fresh browser each run (the packaged Chromium runs in a single process, so pages share its memory).
for (let run = 0; run < 5; run++) {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(server.url);
  await page.waitForFunction(() => (window as any).__trama?.ready > 0, undefined, { timeout: 120000 });
  times.push(await page.evaluate(() => (window as any).__trama.ready as number));
  await browser.close();
}
await server.close();
times.sort((a, b) => a - b);
console.log(`viewer load, ${nodes} nodes / ${edges} edges: median ${times[2]!.toFixed(0)} ms (runs: ${times.map((t) => t.toFixed(0)).join(", ")} ms)`);
