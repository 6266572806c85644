// `npm run bench` (recognition part): entity recognition alone — lexicons, shape, evidence,
// resolution — on the analyzed articles under data/articles, one core. Not a test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { recognizeEntities } from "../src/extract/entities/index.ts";
import { ingest } from "../src/ingest/index.ts";
import { analyze } from "../src/nlp/index.ts";
import { projectRoot } from "../src/paths.ts";
import { loadContext } from "../src/pipeline.ts";

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dir = join(projectRoot, "data", "articles");
const ctx = await loadContext();
const analyzed = readdirSync(dir).sort().map((name) => analyze(ingest({ path: name, name, bytes: readFileSync(join(dir, name)) }), ctx.nlp));
const tokenCount = analyzed.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.tokens.length, 0), 0);
const runs: number[] = [];
for (let r = 0; r < 30; r++) {
  const t = performance.now();
  for (const d of analyzed) recognizeEntities(d, ctx.extract.entities);
  runs.push(performance.now() - t);
}
console.log(`entity recognition                median ${(tokenCount / (median(runs) / 1000)).toFixed(0)} tokens/s (${tokenCount} tokens, one core)`);
