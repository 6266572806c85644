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

const sink = () => { const s = new PassThrough(); s.resume(); return s; };
const cpu = async (f: () => Promise<unknown>) => { const c = process.cpuUsage(); const t = performance.now(); await f(); const d = process.cpuUsage(c); return { cpu: (d.user + d.system) / 1000, wall: performance.now() - t }; };

export interface WatchEdit { mode: string; rebuildCpuMs: number; rebuildWallMs: number; outputsCpuMs: number }

/** A watch-mode rebuild after one edit, both ways (see the header). */
export async function watchEdit(dir: string, out: string): Promise<WatchEdit[]> {
  const cacheDir = join(out, ".cache");
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const edited = join(dir, names[Math.floor(names.length / 2)]!);
  const original = readFileSync(edited);
  const opts = { quiet: true, workers: 1, cacheDir, warn: () => undefined };
  const results: WatchEdit[] = [];
  try {
    for (const mode of ["refold all", "held fold"]) {
      const live = mode === "held fold" ? new LiveFold() : undefined;
      const cache = live ? undefined : new ExtractionCache(cacheDir, pipelineVersion(defaultDataDir), true);
      await buildCorpus(dir, { ...opts, live, cache });
      // Two edits: the first may load the language context, the second shows a rebuild's steady cost.
      writeFileSync(edited, Buffer.concat([original, Buffer.from("\nIl ministro degli Esteri cileno ha incontrato a Lima il presidente peruviano.\n")]));
      await buildCorpus(dir, { ...opts, live, cache });
      writeFileSync(edited, Buffer.concat([original, Buffer.from("\nIl premier norvegese ha incontrato a Bergen il ministro degli Esteri danese.\n")]));
      let graph!: Awaited<ReturnType<typeof buildCorpus>>["graph"];
      const rebuild = await cpu(async () => { graph = (await buildCorpus(dir, { ...opts, live, cache })).graph; });
      const outputs = await cpu(async () => { await writeTurtle(graph, sink()); await writeGraphJson(graph, sink(), "bench"); });
      results.push({ mode, rebuildCpuMs: Math.round(rebuild.cpu), rebuildWallMs: Math.round(rebuild.wall), outputsCpuMs: Math.round(outputs.cpu) });
    }
  } finally {
    writeFileSync(edited, original);
  }
  return results;
}

if (process.argv[1]?.endsWith("watch-edit.ts")) {
  const [dir, out] = process.argv.slice(2) as [string, string];
  for (const r of await watchEdit(dir, out)) console.log(`${r.mode.padEnd(12)} edit: rebuild ${r.rebuildCpuMs} ms CPU (${r.rebuildWallMs} ms wall), + Turtle and JSON ${r.outputsCpuMs} ms CPU; RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
}
