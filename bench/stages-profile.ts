// Where per-article time goes: ingest, analysis, parsing and extraction, summed over a
// generated corpus (bench/generate.ts), on CPU time of this process. Not a test.
//   npx tsx bench/stages-profile.ts [--articles 300] [--seed 42]
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { extract } from "../src/extract/index.ts";
import { ingest } from "../src/ingest/index.ts";
import { analyze } from "../src/nlp/index.ts";
import { loadContext } from "../src/pipeline.ts";
import { parseArticle } from "../src/syntax/index.ts";
import { generateCorpus } from "./generate.ts";

const { values } = parseArgs({ options: { articles: { type: "string", default: "300" }, seed: { type: "string", default: "42" } } });
const dir = mkdtempSync(join(tmpdir(), "trama-stages-"));
generateCorpus(Number(values.articles), dir, Number(values.seed));
const ctx = await loadContext();
const files = readdirSync(dir).sort().map((name) => ({ path: join(dir, name), name, bytes: readFileSync(join(dir, name)) }));

const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const spent = { ingest: 0, analyze: 0, parse: 0, extract: 0 };
let words = 0;
for (let round = 0; round < 2; round++) { // the first round warms the JIT and is not counted
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
const total = Object.values(spent).reduce((a, b) => a + b, 0);
console.log(`${files.length} articles, ${words} tokens, ${(total / 1000).toFixed(1)} s CPU, ${(files.length / (total / 1000)).toFixed(0)} articles/s per core`);
for (const [stage, ms] of Object.entries(spent)) console.log(`${stage.padEnd(10)} ${(ms / 1000).toFixed(2).padStart(7)} s  ${((100 * ms) / total).toFixed(1).padStart(5)}%`);
