// Where per-article time goes: ingest, analysis, parsing and extraction, summed over a
// generated corpus (bench/generate.ts), on CPU time of this process. Not a test.
//   npx tsx bench/stages-profile.ts [--articles 300] [--seed 42] [--dir <corpus>] [--repeat 1]
// --dir reads an existing corpus (its first --articles files) instead of generating one;
// --repeat measures that many rounds after the warm-up and prints each stage's median.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { PerformanceObserver } from "node:perf_hooks";
import { extract } from "../src/extract/index.ts";
import { ingest } from "../src/ingest/index.ts";
import { analyze } from "../src/nlp/index.ts";
import { loadContext } from "../src/pipeline.ts";
import { parseArticle } from "../src/syntax/index.ts";
import { generateCorpus } from "./generate.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "300" }, seed: { type: "string", default: "42" }, dir: { type: "string" }, repeat: { type: "string", default: "1" } } });
const dir = values.dir ?? mkdtempSync(join(tmpdir(), "trama-stages-"));
if (!values.dir) generateCorpus(Number(values.articles), dir, Number(values.seed));
const ctx = await loadContext();
const files = readdirSync(dir).sort().slice(0, Number(values.articles)).map((name) => ({ path: join(dir, name), name, bytes: readFileSync(join(dir, name)) }));

// Garbage collection's pauses (wall ms) in the measured rounds: what allocation costs.
let gcMs = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) gcMs += e.duration; }).observe({ entryTypes: ["gc"] });
const gcRounds: number[] = [];
const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const spent = { ingest: 0, analyze: 0, parse: 0, extract: 0 };
const rounds: (typeof spent)[] = [];
let words = 0;
const repeat = Math.max(1, Number(values.repeat));
for (let round = 0; round <= repeat; round++) { // the first round warms the JIT and is not counted
  await new Promise((r) => setImmediate(r)); // let the GC observer report the round before
  if (round > 1) { rounds.push({ ...spent }); gcRounds.push(gcMs); }
  gcMs = 0;
  for (const k of Object.keys(spent) as (keyof typeof spent)[]) spent[k] = 0;
  words = 0;
  for (const file of files) {
    let t = cpu();
    const article = ingest(file);
    spent.ingest += cpu() - t; t = cpu();
    const analyzed = analyze(article, ctx.nlp);
    spent.analyze += cpu() - t; t = cpu();
    const parsed = parseArticle(analyzed, ctx.syntax);
    spent.parse += cpu() - t; t = cpu();
    extract(parsed, ctx.extract);
    spent.extract += cpu() - t;
    words += analyzed.sentences.reduce((n, s) => n + s.tokens.length, 0);
  }
}
await new Promise((r) => setImmediate(r));
rounds.push({ ...spent });
gcRounds.push(gcMs);
// Each stage's median over the measured rounds.
for (const k of Object.keys(spent) as (keyof typeof spent)[]) spent[k] = rounds.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rounds.length / 2)]!;
const total = Object.values(spent).reduce((a, b) => a + b, 0);
console.log(`${files.length} articles, ${words} tokens, ${(total / 1000).toFixed(1)} s CPU, ${(files.length / (total / 1000)).toFixed(0)} articles/s per core`);
for (const [stage, ms] of Object.entries(spent)) console.log(`${stage.padEnd(10)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${(ms / files.length).toFixed(2).padStart(6)} ms/article`);
console.log(`gc pauses  ${(gcRounds.sort((a, b) => a - b)[Math.floor(gcRounds.length / 2)]! / 1000).toFixed(2).padStart(7)} s wall (within the stages above)`);
