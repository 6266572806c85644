// `npx tsx bench/watch-edit.ts <articles-dir> <built-out>`: what one edited article costs a
// watch-mode rebuild, in CPU milliseconds: the held fold (LiveFold: only the edited article
// is read and refolded) against the extractions kept in memory and refolded (the watch
// mode before it). Uses the built corpus's cache; the article is restored at the end.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { ExtractionCache } from "../src/build/cache.ts";
import { LiveFold } from "../src/build/live.ts";
import { pipelineVersion } from "../src/build/version.ts";
import { buildCorpus } from "../src/cli/build.ts";
import { defaultDataDir } from "../src/paths.ts";
import { writeGraphJson } from "../src/graph/index.ts";
import { writeTurtle } from "../src/rdf/index.ts";

const [dir, out] = process.argv.slice(2) as [string, string];
const cacheDir = join(out, ".cache");
const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const edited = join(dir, names[Math.floor(names.length / 2)]!);
const original = readFileSync(edited);
const sink = () => { const s = new PassThrough(); s.resume(); return s; };
const cpu = async (f: () => Promise<unknown>) => { const c = process.cpuUsage(); const t = performance.now(); await f(); const d = process.cpuUsage(c); return { cpu: (d.user + d.system) / 1000, wall: performance.now() - t }; };
const opts = { quiet: true, workers: 1, cacheDir, warn: () => undefined };

for (const mode of ["refold all (extractions in memory)", "held fold (LiveFold)"]) {
  const live = mode.startsWith("held") ? new LiveFold() : undefined;
  const cache = live ? undefined : new ExtractionCache(cacheDir, pipelineVersion(defaultDataDir), true);
  const first = await cpu(() => buildCorpus(dir, { ...opts, live, cache }));
  // Two edits: the first may load the language context, the second shows a rebuild's steady cost.
  writeFileSync(edited, Buffer.concat([original, Buffer.from("\nIl ministro degli Esteri cileno ha incontrato a Lima il presidente peruviano.\n")]));
  await buildCorpus(dir, { ...opts, live, cache });
  writeFileSync(edited, Buffer.concat([original, Buffer.from("\nIl ministro degli Esteri cileno ha incontrato a Quito il presidente ecuadoriano.\n")]));
  let graph!: Awaited<ReturnType<typeof buildCorpus>>["graph"];
  const rebuild = await cpu(async () => { graph = (await buildCorpus(dir, { ...opts, live, cache })).graph; });
  const outputs = await cpu(async () => { await writeTurtle(graph, sink()); await writeGraphJson(graph, sink(), "bench"); });
  writeFileSync(edited, original);
  await buildCorpus(dir, { ...opts, live, cache });
  console.log(`${mode.padEnd(38)} first build ${first.cpu.toFixed(0)} ms CPU; edit: rebuild ${rebuild.cpu.toFixed(0)} ms CPU (${rebuild.wall.toFixed(0)} ms wall), + Turtle and JSON ${outputs.cpu.toFixed(0)} ms CPU; RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
