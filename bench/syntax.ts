// `npm run bench` (syntax part): medians of the syntax stage's costs on the articles under
// data/articles. Not a test. Words/s is measured on CPU time of this process (so other work
// on the machine does not count against it) and on wall time; one core.
//   model load · tagging + parsing words/s · model file size
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadNlpContext } from "../src/nlp/context.ts";
import { analyze } from "../src/nlp/index.ts";
import { ingest } from "../src/ingest/index.ts";
import { defaultDataDir, projectRoot } from "../src/paths.ts";
import { analyzeForms, loadSyntaxContext, syntacticWords } from "../src/syntax/index.ts";
import { loadSyntaxModel, MODEL_FILE } from "../src/syntax/model.ts";

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const loads: number[] = [];
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  loadSyntaxModel(defaultDataDir);
  loads.push(performance.now() - t);
}

const nlp = await loadNlpContext(defaultDataDir);
const ctx = loadSyntaxContext(defaultDataDir, nlp.lemmas);
const dir = join(projectRoot, "data", "articles");
const sentences: ReturnType<typeof syntacticWords>[] = [];
for (const name of readdirSync(dir).sort()) {
  const doc = analyze(ingest({ path: name, name, bytes: readFileSync(join(dir, name)) }), nlp);
  for (const s of doc.sentences) sentences.push(syntacticWords(s.tokens, ctx));
}
const words = sentences.reduce((n, s) => n + s.forms.length, 0);
for (const s of sentences) analyzeForms(s.forms, ctx, s.hints); // warm up the JIT

const cpuRates: number[] = [], wallRates: number[] = [];
for (let r = 0; r < 7; r++) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  for (let k = 0; k < 5; k++) for (const s of sentences) analyzeForms(s.forms, ctx, s.hints);
  const wall = (performance.now() - t) / 1000;
  const used = process.cpuUsage(cpu);
  cpuRates.push((5 * words) / ((used.user + used.system) / 1e6));
  wallRates.push((5 * words) / wall);
}

const size = statSync(join(defaultDataDir, "models", MODEL_FILE)).size;
console.log(`syntax model load                 median ${median(loads).toFixed(1)} ms (5 runs)`);
console.log(`tagging + parsing                 median ${median(cpuRates).toFixed(0)} words/s per core on CPU time, ${median(wallRates).toFixed(0)} words/s wall (7 runs × ${5 * words} words)`);
console.log(`syntax model file                 ${(size / 1e6).toFixed(1)} MB`);
