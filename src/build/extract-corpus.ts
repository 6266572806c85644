// The per-article half of a build: read each article, take its extraction from the cache
// when the content and the pipeline are unchanged, otherwise run the pipeline (in worker
// threads when asked), and return the extractions in input order. The result does not
// depend on the number of workers or on what was cached.
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import type { Stats } from "node:fs";
import { join } from "node:path";
import { TramaError } from "../errors.ts";
import { loadContext, type TramaContext } from "../pipeline.ts";
import type { ArticleExtraction, Evidence } from "../types.ts";
import { ExtractionCache, type CachedOutcome } from "./cache.ts";
import { runJob, type ArticleJob, type JobResult } from "./job.ts";
import { readArticleBytes } from "../cli/article-run.ts";
import { WorkerPool } from "./pool.ts";

export interface ExtractOptions {
  /** Worker threads; 1 runs in this thread. */
  workers?: number;
  /** Cache folder (`<out>/.cache`); none: no cache. */
  cache?: ExtractionCache;
  dataDir?: string;
  /** Rule ids or prefixes switched off (src/extract/disable.ts); the cache must be keyed by them too. */
  disable?: readonly string[];
  onProgress?: (done: number, name: string) => void;
  warn?: (msg: string) => void;
  /** Article ids by file name (assignArticleIds over the whole folder). */
  ids?: ReadonlyMap<string, string>;
  /** Larger articles are skipped unread. */
  maxBytes?: number;
  /**
   * Given each extraction in input order as soon as its window of articles is done, and
   * then not kept: the returned list is empty. A build folds them into the graph this way
   * instead of holding every extraction at once.
   */
  sink?: (x: ArticleExtraction, name: string, key: string | undefined, stamp?: string) => void;
  /**
   * An article whose name and key (content, id, pipeline) the caller already holds, folded
   * from an earlier build (watch mode): it is neither read from the cache nor handed on.
   */
  held?: (name: string, key: string, stamp?: string) => boolean;
  /**
   * An article whose file is, by its stamp (size, modification and change times), the one
   * the caller already holds folded (watch mode): neither read nor hashed, counted as held.
   * Articles read are handed on with their stamp (sink's fourth argument).
   */
  unchanged?: (name: string, stamp: string) => boolean;
  /**
   * A language context kept between builds (watch mode). With it, a window of fewer than
   * BATCH articles to extract (an edit) runs in this thread with that context instead of
   * starting a worker, which would load its own (seconds and hundreds of MB).
   */
  context?: () => Promise<TramaContext>;
}

/** What says a file is unchanged without reading it. */
const stampOf = (s: Stats) => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

export interface ExtractStats { extracted: number; cached: number; skipped: string[]; held: number }

const BATCH = 8;
/** Articles read at once: bounds the bytes and extractions held before they are placed. */
const WINDOW = 256;
/**
 * Windows read ahead while earlier ones are still being extracted in workers: an edited
 * article is extracted while the cached ones after it are read, yet at most this many
 * windows of extractions wait to be handed on in order.
 */
const LOOKAHEAD = 4;

/**
 * A worker's result arrives with one copy of a sentence's text per piece of evidence (a
 * structured clone does not share strings); make them one string again, as extraction
 * made them. At 10,000 articles this is hundreds of megabytes.
 */
function shareSentenceTexts(x: ArticleExtraction): void {
  const texts = new Map<string, string>();
  const share = (e: Evidence) => {
    const t = texts.get(e.text);
    if (t === undefined) texts.set(e.text, e.text);
    else e.text = t;
  };
  for (const m of x.mentions) share(m.evidence);
  for (const f of x.relations) share(f.evidence);
  for (const c of x.claims) share(c.evidence);
}

export async function extractCorpus(dir: string, names: readonly string[], opts: ExtractOptions = {}): Promise<{ extractions: ArticleExtraction[]; stats: ExtractStats }> {
  const warn = opts.warn ?? ((m: string) => process.stderr.write(`warning: ${m}\n`));
  const slots: (ArticleExtraction | undefined)[] = new Array(names.length);
  const stats: ExtractStats = { extracted: 0, cached: 0, skipped: [], held: 0 };
  const skippedAt: (string | undefined)[] = new Array(names.length);
  const delivered: boolean[] = new Array(names.length).fill(false);
  const cache = opts.cache;
  const keys: string[] = new Array(names.length);
  const stamps: (string | undefined)[] = new Array(names.length);
  let ctx: Promise<TramaContext> | undefined;
  let pool: WorkerPool | undefined;
  const workers = Math.max(1, opts.workers ?? 1);
  let done = 0;

  const settle = (index: number, outcome: CachedOutcome) => {
    if ("extraction" in outcome) slots[index] = outcome.extraction;
    else skippedAt[index] = outcome.skipped;
    opts.onProgress?.(++done, names[index]!);
  };
  const hold = (index: number) => {
    stats.held++;
    delivered[index] = true;
    opts.onProgress?.(++done, names[index]!);
  };
  const accept = (r: JobResult) => {
    if (!r.ok && "error" in r) { const e = new TramaError(r.error); if (r.stack) e.stack = r.stack; throw e; }
    if (r.ok) shareSentenceTexts(r.extraction);
    const outcome: CachedOutcome = r.ok ? { extraction: r.extraction } : { skipped: r.reason };
    stats.extracted++;
    cache?.put(keys[r.index]!, outcome);
    settle(r.index, outcome);
  };
  /** Hand the settled slots [from, to) to the sink in order, and let them go. */
  const deliver = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const x = slots[i];
      if (!x) continue;
      slots[i] = undefined;
      delivered[i] = true;
      opts.sink!(x, names[i]!, keys[i], stamps[i]);
    }
  };
  let queued = 0;
  const runJobs = async (jobs: ArticleJob[]) => {
    if (jobs.length === 0) return;
    if (workers > 1 && !(opts.context && !pool && jobs.length < BATCH)) {
      // As many workers as the articles waiting need: one for an edited article, extracted
      // while this thread reads the cached others; all of them for a fresh corpus.
      queued += jobs.length;
      pool ??= new WorkerPool(0, opts.dataDir, opts.disable);
      pool.grow(Math.min(workers, Math.ceil(queued / BATCH)));
      const batches: Promise<void>[] = [];
      for (let i = 0; i < jobs.length; i += BATCH) batches.push(pool.run(jobs.slice(i, i + BATCH)).then((rs) => { queued -= rs.length; rs.forEach(accept); }));
      await Promise.all(batches);
    } else {
      // One load for every window (windows overlap, so two may get here before it is done).
      ctx ??= opts.context?.() ?? loadContext(opts.dataDir, { disable: opts.disable ?? [] });
      const context = await ctx;
      for (const job of jobs) accept(runJob(job, context));
    }
  };

  const inflight: { start: number; end: number; done: Promise<void> }[] = [];
  const placeOldest = async () => {
    const w = inflight.shift()!;
    await w.done;
    if (opts.sink) deliver(w.start, w.end);
  };
  try {
    for (let start = 0; start < names.length; start += WINDOW) {
      const jobs: ArticleJob[] = [];
      const window = names.slice(start, start + WINDOW);
      const unchanged = opts.unchanged;
      if (unchanged) {
        // Stamps are taken before reading: a file changed in between is read again next time.
        const found = await Promise.all(window.map((name) => stat(join(dir, name)).then(stampOf, () => undefined)));
        found.forEach((stamp, k) => { stamps[start + k] = stamp; });
      }
      const bytes = await Promise.all(window.map((name, k) => {
        const stamp = stamps[start + k];
        return stamp !== undefined && unchanged!(name, stamp) ? undefined : readArticleBytes(join(dir, name), opts.maxBytes ?? Infinity);
      }));
      window.forEach((name, k) => {
        const index = start + k;
        const b = bytes[k];
        if (b === undefined) { hold(index); return; }
        if (!Buffer.isBuffer(b)) { settle(index, { skipped: `${b.stage}: ${b.reason}` }); return; }
        if (cache || opts.held) {
          // The id is part of the key: it can change when a file whose name folds alike is added.
          keys[index] = ExtractionCache.keyOf(`${name}\u0000${opts.ids?.get(name) ?? ""}`, createHash("sha256").update(b).digest("hex"));
          if (opts.held?.(name, keys[index]!, stamps[index])) { hold(index); return; }
        }
        if (cache) {
          const hit = cache.get(keys[index]!);
          if (hit) { stats.cached++; settle(index, hit); return; }
        }
        jobs.push({ index, path: join(dir, name), name, ...(opts.ids?.get(name) ? { id: opts.ids.get(name)! } : {}), bytes: b });
      });
      const done = runJobs(jobs);
      done.catch(() => undefined); // awaited in placeOldest; this only keeps a failure from being reported as unhandled first
      inflight.push({ start, end: Math.min(names.length, start + WINDOW), done });
      while (inflight.length > LOOKAHEAD) await placeOldest();
    }
    while (inflight.length > 0) await placeOldest();
  } finally {
    await pool?.close();
  }
  const extractions: ArticleExtraction[] = [];
  names.forEach((name, i) => {
    if (slots[i]) extractions.push(slots[i]!);
    else if (delivered[i]) return;
    else { stats.skipped.push(name); warn(`${join(dir, name)}: ${skippedAt[i]}, skipped`); }
  });
  return { extractions, stats };
}
