// `npx tsx bench/watch-edit.ts <articles-dir> <built-out> [--modes held,refold]`: what one
// edited, added or deleted article costs a watch-mode rebuild, in CPU milliseconds, phase by
// phase: the rebuild (read what changed, refold it, finish, layout) and the outputs (labels,
// graph.json, graph.ttl, graph.gexf, written to a scratch folder as watch mode writes them).
// "held": the held fold (LiveFold) and the outputs' memo (graph.ttl's unchanged units
// copied); "refold": every cached extraction read and folded again, every output rebuilt
// (a watch rebuild before the held fold). Uses the built corpus's cache; the corpus is
// restored at the end.
import { mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ExtractionCache } from "../src/build/cache.ts";
import { LiveFold } from "../src/build/live.ts";
import { pipelineVersion } from "../src/build/version.ts";
import { buildCorpus, outputMemo, writeOutputs, type OutputMemo } from "../src/cli/build.ts";
import { defaultDataDir } from "../src/paths.ts";

const cpu = async <T>(f: () => Promise<T>): Promise<{ value: T; cpu: number; wall: number }> => {
  const c = process.cpuUsage(); const t = performance.now();
  const value = await f();
  const d = process.cpuUsage(c);
  return { value, cpu: (d.user + d.system) / 1000, wall: performance.now() - t };
};

export interface WatchEdit { mode: string; change: string; rebuildCpuMs: number; outputsCpuMs: number; totalWallMs: number; copiedUnits?: number; encodedUnits?: number }

/** Watch-mode rebuilds after an edit, an addition and a deletion, each way (see the header). */
export async function watchEdit(dir: string, out: string, modes: readonly string[] = ["held", "refold"]): Promise<WatchEdit[]> {
  const cacheDir = join(out, ".cache");
  const names = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  const edited = join(dir, names[Math.floor(names.length / 2)]!);
  const added = join(dir, "zzzzzz_watch_added.txt");
  const original = readFileSync(edited);
  const opts = { quiet: true, workers: 1, cacheDir, warn: () => undefined };
  const results: WatchEdit[] = [];
  try {
    for (const mode of modes) {
      const scratch = mkdtempSync(join(tmpdir(), "trama-watch-edit-"));
      const live = mode === "held" ? new LiveFold() : undefined;
      const memo: OutputMemo | undefined = mode === "held" ? outputMemo() : undefined;
      const cache = live ? undefined : new ExtractionCache(cacheDir, pipelineVersion(defaultDataDir), true);
      const once = async (change: string) => {
        const t = performance.now();
        const rebuild = await cpu(() => buildCorpus(dir, { ...opts, live, cache }));
        const outputs = await cpu(() => writeOutputs(rebuild.value.graph, scratch, memo));
        return { mode, change, rebuildCpuMs: Math.round(rebuild.cpu), outputsCpuMs: Math.round(outputs.cpu), totalWallMs: Math.round(performance.now() - t), ...(memo ? { copiedUnits: memo.turtle.stats.copied, encodedUnits: memo.turtle.stats.encoded } : {}) };
      };
      await once("first build");
      // A first edit may load the language context; the next ones show a rebuild's steady cost.
      writeFileSync(edited, Buffer.concat([original, Buffer.from("\nIl ministro degli Esteri cileno ha incontrato a Lima il presidente peruviano.\n")]));
      await once("warm-up edit");
      writeFileSync(edited, Buffer.concat([original, Buffer.from("\nIl premier norvegese ha incontrato a Bergen il ministro degli Esteri danese.\n")]));
      results.push(await once("edit"));
      writeFileSync(added, Buffer.concat([readFileSync(join(dir, names[0]!)), Buffer.from("\nLa presidente messicana ha visitato Bogotà.\n")]));
      results.push(await once("add"));
      unlinkSync(added);
      results.push(await once("delete"));
      rmSync(scratch, { recursive: true, force: true });
    }
  } finally {
    writeFileSync(edited, original);
    rmSync(added, { force: true });
  }
  return results;
}

if (process.argv[1]?.endsWith("watch-edit.ts")) {
  const [dir, out] = process.argv.slice(2) as [string, string];
  const modes = process.argv.includes("--modes") ? process.argv[process.argv.indexOf("--modes") + 1]!.split(",") : undefined;
  for (const r of await watchEdit(dir, out, modes)) {
    const units = r.copiedUnits !== undefined ? `; graph.ttl units copied ${r.copiedUnits}, encoded ${r.encodedUnits}` : "";
    console.log(`${r.mode.padEnd(7)} ${r.change.padEnd(7)} rebuild ${String(r.rebuildCpuMs).padStart(6)} ms CPU + outputs ${String(r.outputsCpuMs).padStart(6)} ms CPU (${r.totalWallMs} ms wall)${units}; RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  }
}
