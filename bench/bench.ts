// `npm run bench`: Trama's throughput on a generated corpus (bench/generate.ts), per stage
// and end to end, for each size asked. Not a test: it measures, it asserts nothing.
//   npx tsx bench/bench.ts [--sizes 1000,10000,100000] [--repeat 3] [--json bench/results.json] [--seed 42]
//                          [--one-worker-up-to 10000] [--skip-e2e] [--sample 300] [--work /tmp/trama-bench]
// Prints a table and writes the numbers as JSON. Medians over --repeat runs for the
// in-process stages; end-to-end builds run the real command (`bin/trama.js build`) in a
// child process, whose peak RSS /usr/bin/time reports (workers are threads of it).
import { spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { parseArgs } from "node:util";
import N3 from "n3";
import { extractCorpus } from "../src/build/extract-corpus.ts";
import { toGexf } from "../src/export/gexf.ts";
import { buildGraph, layoutGraph, resolveAcrossArticles, writeGraphJson } from "../src/graph/index.ts";
import { ingest } from "../src/ingest/index.ts";
import { analyze } from "../src/nlp/index.ts";
import { extract } from "../src/extract/index.ts";
import { parseArticle } from "../src/syntax/index.ts";
import { projectRoot } from "../src/paths.ts";
import { loadContext } from "../src/pipeline.ts";
import { graphQuads, ID_FOLDER_PREFIXES, PREFIXES, writeTurtle } from "../src/rdf/index.ts";
import { generateCorpus } from "./generate.ts";
import { watchEdit } from "./watch-edit.ts";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "1000,10000" }, repeat: { type: "string", default: "3" }, json: { type: "string", default: join(projectRoot, "bench", "results.json") }, seed: { type: "string", default: "42" }, sample: { type: "string", default: "300" }, work: { type: "string", default: join(tmpdir(), "trama-bench") }, "skip-e2e": { type: "boolean" }, "one-worker-up-to": { type: "string", default: "10000" } } });
const sizes = values.sizes.split(",").map(Number);
const repeat = Number(values.repeat);
const seed = Number(values.seed);
const bin = join(projectRoot, "bin", "trama.js");

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => unknown) => { const t = performance.now(); await f(); return (performance.now() - t) / 1000; };
const medianTime = async (f: () => unknown, n = repeat) => { const ts: number[] = []; for (let i = 0; i < n; i++) ts.push(await time(f)); return median(ts); };
const sink = () => { const s = new PassThrough(); s.resume(); return s; };

/** The real command in a child process: wall seconds and peak RSS in MB. */
function runBuild(dir: string, out: string, args: string[]): { seconds: number; cpu: number; rssMB: number; stdout: string } {
  const t = performance.now();
  const r = spawnSync("/usr/bin/time", ["-f", "%M %U %S", process.execPath, "--max-old-space-size=8192", bin, "build", dir, "--out", out, "--quiet", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`build failed: ${r.stderr}`);
  const [rss, user, sys] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number) as [number, number, number];
  return { seconds, cpu: user + sys, rssMB: rss / 1024, stdout: r.stdout.trim() };
}

function corpusFor(n: number): { dir: string; bytes: number } {
  const dir = join(values.work, `corpus-${n}-${seed}`);
  if (!existsSync(join(dir, ".complete"))) {
    rmSync(dir, { recursive: true, force: true });
    generateCorpus(n, dir, seed);
    writeFileSync(join(dir, ".complete"), "");
  }
  let bytes = 0;
  for (const f of readdirSync(dir)) if (f.endsWith(".txt")) bytes += statSync(join(dir, f)).size;
  return { dir, bytes };
}

type Row = Record<string, number | string>;
const results: { machine: Record<string, unknown>; sizes: Record<number, Row> } = {
  machine: { cores: availableParallelism(), loadavg: loadavg(), node: process.version, date: new Date().toISOString() },
  sizes: {},
};

const ctx = await loadContext();
for (const n of sizes) {
  const { dir, bytes } = corpusFor(n);
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const mb = bytes / 1e6;
  const row: Row = { articles: n, MB: +mb.toFixed(1) };
  console.error(`[${n}] corpus ${mb.toFixed(1)} MB in ${dir}`);

  // Per-article stages, in this thread, on a sample.
  const sample = names.slice(0, Math.min(n, Number(values.sample))).map((name) => ({ path: join(dir, name), name, bytes: readFileSync(join(dir, name)) }));
  const sampleMB = sample.reduce((s, f) => s + f.bytes.length, 0) / 1e6;
  // The same stages as a build (src/cli/article-run.ts): extraction reads the parse, so
  // timing extract without it would leave out half of the per-article work.
  const stage = { ingest: [] as number[], nlp: [] as number[], parse: [] as number[], extract: [] as number[], "per-article": [] as number[] };
  for (let r = 0; r < repeat; r++) {
    let ti = 0, ta = 0, tp = 0, te = 0;
    for (const f of sample) {
      let t = performance.now(); const art = ingest(f); ti += performance.now() - t;
      t = performance.now(); const an = analyze(art, ctx.nlp); ta += performance.now() - t;
      t = performance.now(); const parsed = parseArticle(an, ctx.syntax); tp += performance.now() - t;
      t = performance.now(); extract(parsed, ctx.extract); te += performance.now() - t;
    }
    stage.ingest.push(ti / 1000); stage.nlp.push(ta / 1000); stage.parse.push(tp / 1000); stage.extract.push(te / 1000);
    stage["per-article"].push((ti + ta + tp + te) / 1000);
  }
  for (const [k, v] of Object.entries(stage)) { row[`${k} art/s`] = Math.round(sample.length / median(v)); row[`${k} MB/s`] = +(sampleMB / median(v)).toFixed(2); }

  // End to end, the real command: 2 workers (fresh), then 1 worker, then incremental updates.
  if (!values["skip-e2e"]) {
    const out2 = join(values.work, `out-${n}-w2`);
    rmSync(out2, { recursive: true, force: true });
    const e2 = runBuild(dir, out2, ["--workers", "2"]);
    console.error(`[${n}] 2 workers: ${e2.seconds.toFixed(1)} s, ${e2.rssMB.toFixed(0)} MB  ${e2.stdout}`);
    row["e2e 2w s"] = +e2.seconds.toFixed(1); row["e2e 2w art/s"] = Math.round(n / e2.seconds); row["e2e 2w MB/s"] = +(mb / e2.seconds).toFixed(2); row["peak RSS 2w MB"] = Math.round(e2.rssMB); row["e2e 2w CPU s"] = +e2.cpu.toFixed(1);
    for (const f of ["graph.json", "graph.ttl", "graph.gexf"]) row[`${f} MB`] = +(statSync(join(out2, f)).size / 1e6).toFixed(1);
    if (n <= Number(values["one-worker-up-to"])) {
      const out1 = join(values.work, `out-${n}-w1`);
      rmSync(out1, { recursive: true, force: true });
      const e1 = runBuild(dir, out1, ["--workers", "1"]);
      console.error(`[${n}] 1 worker: ${e1.seconds.toFixed(1)} s, ${e1.rssMB.toFixed(0)} MB`);
      rmSync(out1, { recursive: true, force: true });
      row["e2e 1w s"] = +e1.seconds.toFixed(1); row["peak RSS 1w MB"] = Math.round(e1.rssMB); row["e2e 1w CPU s"] = +e1.cpu.toFixed(1); row["speedup 2w/1w"] = +(e1.seconds / e2.seconds).toFixed(2);
    }
    // Incremental: edit one article, add one, delete it, each on the built corpus.
    const edited = join(dir, names[Math.floor(n / 2)]!);
    const original = readFileSync(edited);
    const added = join(dir, "zzzzzz_bench_added.txt");
    try {
      appendFileSync(edited, "\nIl ministro degli Esteri russo ha incontrato a Pechino il presidente cinese.\n");
      row["incr edit s"] = +runBuild(dir, out2, ["--workers", "2"]).seconds.toFixed(2);
      writeFileSync(edited, original);
      writeFileSync(added, readFileSync(join(dir, names[0]!)));
      row["incr add s"] = +runBuild(dir, out2, ["--workers", "2"]).seconds.toFixed(2);
      unlinkSync(added);
      row["incr delete s"] = +runBuild(dir, out2, ["--workers", "2"]).seconds.toFixed(2);
    } finally {
      writeFileSync(edited, original);
      if (existsSync(added)) unlinkSync(added);
    }
    console.error(`[${n}] incremental: edit ${row["incr edit s"]} s, add ${row["incr add s"]} s, delete ${row["incr delete s"]} s`);
    // The same changes in watch mode (held fold and outputs' memo): CPU seconds of the rebuild and of the outputs, and wall seconds.
    for (const w of await watchEdit(dir, out2, ["held"])) {
      row[`watch ${w.change} rebuild CPU s`] = +(w.rebuildCpuMs / 1000).toFixed(2);
      row[`watch ${w.change} outputs CPU s`] = +(w.outputsCpuMs / 1000).toFixed(2);
      row[`watch ${w.change} wall s`] = +(w.totalWallMs / 1000).toFixed(2);
    }
  }

  // Corpus stages on every extraction (from the cache the builds above filled, else extracted here).
  const cacheOut = join(values.work, `out-${n}-w2`, ".cache");
  const { ExtractionCache } = await import("../src/build/cache.ts");
  const { pipelineVersion } = await import("../src/build/version.ts");
  const cache = new ExtractionCache(cacheOut, pipelineVersion(join(projectRoot, "data")));
  const { extractions } = await extractCorpus(dir, names, { workers: 2, cache, warn: () => undefined });
  row["resolve s"] = +(await medianTime(() => resolveAcrossArticles(extractions))).toFixed(3);
  let g!: ReturnType<typeof buildGraph>;
  row["buildGraph s"] = +(await medianTime(() => { g = buildGraph(extractions); })).toFixed(2);
  row["layout s"] = +(await medianTime(() => layoutGraph(g), 1)).toFixed(2);
  const ttl = await medianTime(() => writeTurtle(g, sink()));
  const quads = [...graphQuads(g)].flat();
  const bare = await medianTime(() => new Promise<void>((resolve, reject) => {
    const w = new N3.StreamWriter({ prefixes: { ...PREFIXES, ...ID_FOLDER_PREFIXES } });
    const s = sink();
    w.pipe(s); w.on("error", reject); w.on("end", () => resolve());
    for (const q of quads) w.write(q);
    w.end();
  }));
  row["turtle s"] = +ttl.toFixed(2); row["StreamWriter s"] = +bare.toFixed(2); row["turtle/StreamWriter"] = +(ttl / bare).toFixed(2);
  row["json s"] = +(await medianTime(() => writeGraphJson(g, sink(), "bench"))).toFixed(2);
  row["gexf s"] = +(await medianTime(() => toGexf(g), 1)).toFixed(2);
  row.nodes = g.order; row.edges = g.size;
  results.sizes[n] = row;
  console.error(`[${n}] done`);
}

const keys = [...new Set(Object.values(results.sizes).flatMap((r) => Object.keys(r)))];
const cols = Object.keys(results.sizes);
console.log(`machine: ${availableParallelism()} cores, load average ${loadavg().map((x) => x.toFixed(1)).join(" ")} (shared: timings are noisy)`);
console.log(["metric".padEnd(24), ...cols.map((c) => c.padStart(12))].join(""));
for (const k of keys) console.log([k.padEnd(24), ...cols.map((c) => String(results.sizes[Number(c)]![k] ?? "").padStart(12))].join(""));
mkdirSync(join(values.json, ".."), { recursive: true });
writeFileSync(values.json, JSON.stringify(results, null, 2) + "\n");
console.log(`-> ${values.json}`);
