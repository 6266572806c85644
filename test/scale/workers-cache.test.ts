// Parallel and incremental builds give the graph a plain build gives: byte-identical
// outputs for any number of worker threads, a second build that re-extracts nothing, and
// an edited, added or deleted article reflected after re-extracting only that article.
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus, writeOutputs } from "../../src/cli/build.ts";
import { projectRoot } from "../../src/paths.ts";

const articles = join(projectRoot, "data", "articles");
const outputs = (dir: string) => Object.fromEntries(["graph.json", "graph.ttl", "graph.gexf"].map((f) => [f, readFileSync(join(dir, f), "utf8")]));

async function build(dir: string, opts: Parameters<typeof buildCorpus>[1] = {}) {
  const out = mkdtempSync(join(tmpdir(), "trama-scale-out-"));
  const r = await buildCorpus(dir, { quiet: true, ...opts });
  await writeOutputs(r.graph, out);
  return { r, files: outputs(out) };
}

describe("worker threads", () => {
  it("write byte-identical outputs with 1, 2 and 3 workers", async () => {
    // Enough articles that the pool starts (a handful runs in this thread).
    const dir = mkdtempSync(join(tmpdir(), "trama-scale-articles-"));
    for (let k = 0; k < 8; k++) for (const f of readdirSync(articles)) copyFileSync(join(articles, f), join(dir, `${k}-${f}`));
    const one = await build(dir, { workers: 1 });
    const two = await build(dir, { workers: 2 });
    const three = await build(dir, { workers: 3 });
    expect(one.r.read).toBe(40);
    expect(two.files).toEqual(one.files);
    expect(three.files).toEqual(one.files);
  }, 120000);
});

describe("extraction cache", () => {
  it("re-extracts only new or changed articles, drops deleted ones, and gives a fresh build's graph", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trama-scale-articles-"));
    for (const f of readdirSync(articles)) copyFileSync(join(articles, f), join(dir, f));
    const cacheDir = join(mkdtempSync(join(tmpdir(), "trama-scale-cache-")), ".cache");

    const first = await build(dir, { cacheDir });
    expect(first.r.extracted).toBe(5);
    const again = await build(dir, { cacheDir });
    expect(again.r.extracted).toBe(0);
    // Cached extractions, same graph; positions are the previous build's, so compare without layout.
    expect(again.files["graph.ttl"]).toBe(first.files["graph.ttl"]);

    const [a, b] = readdirSync(dir).sort();
    writeFileSync(join(dir, a!), readFileSync(join(dir, a!), "utf8").replace(/Corea del Nord/, "Corea del Nord, secondo Ansa,"));
    rmSync(join(dir, b!));
    writeFileSync(join(dir, "zzz_nuovo.txt"), "Roma (Ansa) - Il presidente russo Vladimir Putin ha incontrato a Mosca il leader nordcoreano Kim Jong-un.\n");
    const edited = await build(dir, { cacheDir });
    expect(edited.r.extracted).toBe(2);
    const fresh = await build(dir);
    expect(edited.files["graph.ttl"]).toBe(fresh.files["graph.ttl"]);
    expect(edited.files["graph.ttl"]).toContain("zzz_nuovo");
    expect(edited.files["graph.ttl"]).not.toContain(b!.replace(/\.txt$/, ""));
    const entries = readdirSync(join(cacheDir, "extractions"), { recursive: true }).filter((f) => String(f).endsWith(".json"));
    expect(entries).toHaveLength(5);
  }, 120000);

  it("keeps known nodes where they were and places new ones near their neighbours", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trama-scale-articles-"));
    const files = readdirSync(articles).sort();
    for (const f of files.slice(0, 4)) copyFileSync(join(articles, f), join(dir, f));
    const cacheDir = join(mkdtempSync(join(tmpdir(), "trama-scale-cache-")), ".cache");
    const before = (await buildCorpus(dir, { quiet: true, cacheDir })).graph;
    copyFileSync(join(articles, files[4]!), join(dir, files[4]!));
    const after = (await buildCorpus(dir, { quiet: true, cacheDir })).graph;
    const moved: number[] = [];
    before.forEachNode((k, a) => { if (after.hasNode(k)) moved.push(Math.hypot(after.getNodeAttribute(k, "x") - a.x, after.getNodeAttribute(k, "y") - a.y)); });
    const spread = Math.max(...before.mapNodes((_k, a) => Math.hypot(a.x, a.y)));
    moved.sort((x, y) => x - y);
    expect(moved[Math.floor(moved.length / 2)]!).toBeLessThan(spread / 4);
  }, 120000);
});
