// `npx tsx bench/corpus-stages.ts <articles-dir> <out-with-cache> [--write <dir>] [--iterations n]`:
// the corpus stages alone (fold, finish, layout, labels, Turtle, bare N3.StreamWriter,
// graph.json, GEXF) on a built corpus's cached extractions: CPU milliseconds and the heap
// after each. For quick A/B runs of the corpus half of a build on a shared machine, where
// wall time is noise. `--write` keeps the three files (to `cmp` two versions' bytes);
// the layout runs the build's own iteration count unless `--iterations` says otherwise.
// `--post <dir>`: after finish, the post-worker phase as `trama build` runs it instead of
// stage by stage (layout on its thread while graph.ttl is written, then graph.json and GEXF,
// into <dir>): wall, process CPU and the main thread's own CPU (its critical path).
// `NODE_OPTIONS=--expose-gc` makes the heap printed after each stage the live heap; array
// buffers are printed apart (the fold's evidence rows are one).
import { createWriteStream, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough, type Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import N3 from "n3";
import { ExtractionCache } from "../src/build/cache.ts";
import { extractCorpus } from "../src/build/extract-corpus.ts";
import { pipelineVersion } from "../src/build/version.ts";
import { writeGexf } from "../src/export/gexf.ts";
import { addDisplayLabels } from "../src/export/labels.ts";
import { GraphFold } from "../src/graph/fold.ts";
import { assignArticleIds } from "../src/ingest/index.ts";
import { layoutGraph, writeGraphJson } from "../src/graph/index.ts";
import { layoutGraphInThread } from "../src/graph/layout.ts";
import { writeOutputs } from "../src/cli/build.ts";
import { projectRoot } from "../src/paths.ts";
import { graphQuads, ID_FOLDER_PREFIXES, PREFIXES, writeTurtle } from "../src/rdf/index.ts";
import type { TramaGraph } from "../src/graph/types.ts";
import type { ArticleExtraction } from "../src/types.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { write: { type: "string" }, post: { type: "string" }, iterations: { type: "string" }, "skip-n3": { type: "boolean" }, copies: { type: "string" } } });
// `--copies k`: fold each cached extraction k times, copy c under article id `<id>-copy<c>` (same
// entities, k times the articles, mentions, evidence and claims): a corpus k times larger
// for the corpus stages' memory and time, without extracting it.
const copies = Number(values.copies ?? 1);
const copyOf = (x: ArticleExtraction, c: number): ArticleExtraction => {
  const y = structuredClone(x);
  const id = `${x.meta.id}-copy${c}`;
  y.meta = { ...y.meta, id, file: `${x.meta.file}-copy${c}` };
  for (const m of y.mentions) m.evidence.article = id;
  for (const f of y.relations) f.evidence.article = id;
  for (const cl of y.claims) { cl.evidence.article = id; cl.id = `${cl.id}-copy${c}`; }
  return y;
};
const [dir, out] = positionals as [string, string];
const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const sink = () => { const s = new PassThrough(); s.resume(); return s; };
const target = (name: string): Writable => (values.write ? createWriteStream(join(values.write, name)) : sink());
const done = async (w: Writable) => { w.end(); await finished(w); };
if (values.write) mkdirSync(values.write, { recursive: true });
const mb = (n: number) => `${(n / 2 ** 20).toFixed(0).padStart(6)} MB`;
const cpu = async (label: string, f: () => unknown) => {
  const c = process.cpuUsage();
  await f();
  const d = process.cpuUsage(c);
  const ms = (d.user + d.system) / 1000;
  // Under `node --expose-gc` the heap printed is what is live (a collection first), not what is live plus garbage.
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.log(`${label.padEnd(24)} ${ms.toFixed(0).padStart(8)} ms CPU   heap ${mb(m.heapUsed)}  array buffers ${mb(m.arrayBuffers)}  rss ${mb(m.rss)}`);
  return ms;
};
const cache = new ExtractionCache(join(out, ".cache"), pipelineVersion(join(projectRoot, "data")));
const fold = new GraphFold();
let g!: TramaGraph;
await cpu("cache read + fold", () => extractCorpus(dir, names, { cache, ids: assignArticleIds(names), warn: () => undefined, sink: (x) => { for (let c = 1; c < copies; c++) fold.add(copyOf(x, c)); fold.add(x); } }));
await cpu("finish (resolve, graph)", () => { g = fold.finish(); });
console.log(`${g.order} nodes, ${g.size} edges`);
if (values.post) {
  const mainThreadMs = () => { const f = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1]!.split(" "); return (Number(f[11]) + Number(f[12])) * 10; };
  const [t, c, m] = [performance.now(), process.cpuUsage(), mainThreadMs()];
  await writeOutputs(g, values.post, undefined, layoutGraphInThread(g));
  const d = process.cpuUsage(c);
  console.log(`post-worker phase: ${(performance.now() - t).toFixed(0)} ms wall, ${((d.user + d.system) / 1000).toFixed(0)} ms CPU, main thread ${mainThreadMs() - m} ms CPU; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  process.exit(0);
}
await cpu("layout", () => layoutGraph(g, values.iterations ? { iterations: Number(values.iterations) } : {}));
await cpu("labels", () => addDisplayLabels(g));
const ttl = await cpu("turtle", async () => { const w = target("graph.ttl"); await writeTurtle(g, w); await done(w); });
if (!values["skip-n3"]) {
  const quads = [...graphQuads(g)].flat();
  const bare = await cpu("N3.StreamWriter", () => new Promise<void>((resolve, reject) => {
    const w = new N3.StreamWriter({ prefixes: { ...PREFIXES, ...ID_FOLDER_PREFIXES } });
    const s = sink();
    w.pipe(s); w.on("error", reject); w.on("end", () => resolve());
    for (const q of quads) w.write(q);
    w.end();
  }));
  console.log(`turtle/StreamWriter      ${(ttl / bare).toFixed(2)}`);
}
await cpu("graph.json", async () => { const w = target("graph.json"); await writeGraphJson(g, w, "bench"); await done(w); });
await cpu("gexf", async () => { const w = target("graph.gexf"); await writeGexf(g, w); await done(w); });
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
