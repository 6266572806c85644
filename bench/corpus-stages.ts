// `npx tsx bench/corpus-stages.ts <articles-dir> <out-with-cache>`: the corpus stages alone
// (fold, finish, layout, Turtle, bare N3.StreamWriter, graph.json, GEXF) on a built
// corpus's cached extractions, CPU milliseconds each. For quick A/B runs of the corpus
// half of a build on a shared machine, where wall time is noise.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import N3 from "n3";
import { ExtractionCache } from "../src/build/cache.ts";
import { extractCorpus } from "../src/build/extract-corpus.ts";
import { pipelineVersion } from "../src/build/version.ts";
import { toGexf } from "../src/export/gexf.ts";
import { GraphFold } from "../src/graph/fold.ts";
import { assignArticleIds } from "../src/ingest/index.ts";
import { layoutGraph, writeGraphJson } from "../src/graph/index.ts";
import { projectRoot } from "../src/paths.ts";
import { graphQuads, ID_FOLDER_PREFIXES, PREFIXES, writeTurtle } from "../src/rdf/index.ts";
import type { TramaGraph } from "../src/graph/types.ts";

const [dir, out] = process.argv.slice(2) as [string, string];
const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const sink = () => { const s = new PassThrough(); s.resume(); return s; };
const cpu = async (label: string, f: () => unknown) => {
  const c = process.cpuUsage();
  await f();
  const d = process.cpuUsage(c);
  const ms = (d.user + d.system) / 1000;
  console.log(`${label.padEnd(22)} ${ms.toFixed(0).padStart(8)} ms CPU`);
  return ms;
};
const cache = new ExtractionCache(join(out, ".cache"), pipelineVersion(join(projectRoot, "data")));
const fold = new GraphFold();
let g!: TramaGraph;
await cpu("cache read + fold", () => extractCorpus(dir, names, { cache, ids: assignArticleIds(names), warn: () => undefined, sink: (x) => fold.add(x) }));
await cpu("finish (resolve, graph)", () => { g = fold.finish(); });
await cpu("layout (5 iterations)", () => layoutGraph(g, { iterations: 5 }));
const ttl = await cpu("turtle", () => writeTurtle(g, sink()));
const quads = [...graphQuads(g)].flat();
const bare = await cpu("N3.StreamWriter", () => new Promise<void>((resolve, reject) => {
  const w = new N3.StreamWriter({ prefixes: { ...PREFIXES, ...ID_FOLDER_PREFIXES } });
  const s = sink();
  w.pipe(s); w.on("error", reject); w.on("end", () => resolve());
  for (const q of quads) w.write(q);
  w.end();
}));
console.log(`turtle/StreamWriter     ${(ttl / bare).toFixed(2)}`);
await cpu("graph.json", () => writeGraphJson(g, sink(), "bench"));
await cpu("gexf", () => toGexf(g));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
