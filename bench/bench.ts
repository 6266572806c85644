// `npm run bench`: medians of the pipeline's costs. Not a test: it measures, it asserts nothing.
//   context load · one article through ingest+nlp+extract · graph+layout+Turtle+JSON for a
//   corpus of the seed articles replicated (distinct file names) to N articles.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { buildGraph, layoutGraph, writeGraphJson } from "../src/graph/index.ts";
import { projectRoot } from "../src/paths.ts";
import { loadContext, processArticle } from "../src/pipeline.ts";
import { writeTurtle } from "../src/rdf/index.ts";
import type { ArticleExtraction } from "../src/types.ts";
import { ingest } from "../src/ingest/index.ts";
import { analyze } from "../src/nlp/index.ts";
import { recognizeEntities } from "../src/extract/entities/index.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => unknown | Promise<unknown>) => { const t = performance.now(); await f(); return performance.now() - t; };
const sink = () => { const s = new PassThrough(); s.resume(); return s; };

const copies = Number(process.argv[2] ?? 200);
const dir = join(projectRoot, "data", "articles");
const files = readdirSync(dir).sort().map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));

const loadMs = await time(() => loadContext());
const ctx = await loadContext();
const perArticle: number[] = [];
for (let r = 0; r < 20; r++) for (const f of files) perArticle.push(await time(() => processArticle({ path: f.name, name: `${r}-${f.name}`, bytes: f.bytes }, ctx)));

// Entity recognition alone (lexicons, shape, evidence, resolution) on analyzed articles, one core.
const analyzed = files.map((f) => analyze(ingest({ path: f.name, name: f.name, bytes: f.bytes }), ctx.nlp));
const tokenCount = analyzed.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
const recognition: number[] = [];
for (let r = 0; r < 30; r++) recognition.push(await time(() => { for (const d of analyzed) recognizeEntities(d, ctx.extract.entities); }));

const corpus: ArticleExtraction[] = [];
const extractMs = await time(() => {
  for (let c = 0; c < copies; c++) for (const f of files) corpus.push(processArticle({ path: f.name, name: `${String(c).padStart(4, "0")}-${f.name}`, bytes: f.bytes }, ctx));
});
const build: number[] = [], layout: number[] = [], ttl: number[] = [], json: number[] = [];
for (let r = 0; r < 3; r++) {
  let g!: ReturnType<typeof buildGraph>;
  build.push(await time(() => { g = buildGraph(corpus); }));
  layout.push(await time(() => layoutGraph(g)));
  ttl.push(await time(() => writeTurtle(g, sink())));
  json.push(await time(() => writeGraphJson(g, sink(), "bench")));
}

const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
console.log(`context load (cold)               ${fmt(loadMs)}`);
console.log(`one article, ingest→extract       median ${fmt(median(perArticle))} (${perArticle.length} runs) = ${(1000 / median(perArticle)).toFixed(0)} articles/s`);
console.log(`entity recognition                median ${(tokenCount / (median(recognition) / 1000)).toFixed(0)} tokens/s (${tokenCount} tokens, one core)`);
console.log(`${corpus.length} articles extracted        ${fmt(extractMs)} = ${(corpus.length / (extractMs / 1000)).toFixed(0)} articles/s`);
console.log(`buildGraph (${corpus.length} articles)        median ${fmt(median(build))}`);
console.log(`layoutGraph                       median ${fmt(median(layout))}`);
console.log(`writeTurtle                       median ${fmt(median(ttl))}`);
console.log(`writeGraphJson                    median ${fmt(median(json))}`);
