// A pool of worker threads running the per-article stages. Work goes out in small batches
// to whichever worker is free; results come back tagged with their index, so the caller
// can put them in input order whatever the number of workers.
//
// The worker's entry is found next to this module (worker.ts under tsx, worker.js once
// compiled). From TypeScript sources the worker first registers tsx's loader, the way
// bin/trama.js does, since a worker does not inherit the loader of its parent.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { TramaError } from "../errors.ts";
import type { ArticleJob, JobResult } from "./job.ts";

/** URL of tsx's ESM API (its CommonJS twin cannot register the loader from a worker). */
function tsxEsmApi(from: string): string {
  const resolveEsm = (import.meta as { resolve?: (s: string) => string }).resolve;
  if (typeof resolveEsm === "function") return resolveEsm("tsx/esm/api");
  const cjs = createRequire(from).resolve("tsx/esm/api");
  return pathToFileURL(cjs.replace(/\.cjs$/, ".mjs")).href;
}

/**
 * A worker's young generation, in MB (V8 sizes it as three semi-spaces). Extraction makes
 * some 11 MB of short-lived objects an article; with V8's default semi-spaces a scavenge runs
 * every article or two and promotes what is merely still in use, and collection took a tenth
 * of a worker's CPU. 32 MB semi-spaces cut per-article CPU by ~12% for ~100 MB more per worker.
 */
export const WORKER_YOUNG_GENERATION_MB = 96;

function startWorker(dataDir: string | undefined, disable: readonly string[] = []): Worker {
  const here = import.meta.url;
  const fromSources = here.endsWith(".ts");
  const entry = new URL(fromSources ? "./worker.ts" : "./worker.js", here);
  const workerData = { dataDir, disable: [...disable] };
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  if (!fromSources) return new Worker(entry, { workerData, resourceLimits });
  const boot = `import(${JSON.stringify(tsxEsmApi(here))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

interface Slot { worker: Worker; ready: Promise<void>; busy: boolean }
interface Pending { jobs: ArticleJob[]; resolve: (r: JobResult[]) => void; reject: (e: Error) => void }

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Pending[] = [];
  private current = new Map<Slot, Pending>();
  private failed: Error | undefined;

  constructor(size: number, private readonly dataDir?: string, private readonly disable: readonly string[] = []) {
    this.grow(size);
  }

  /** Start workers until there are `size` (an incremental build starts one for a handful of articles, more if more come). */
  grow(size: number): void {
    while (this.slots.length < size) this.start();
  }

  private start(): void {
    const worker = startWorker(this.dataDir, this.disable);
    const slot: Slot = { worker, busy: true, ready: Promise.resolve() };
    slot.ready = new Promise((resolve, reject) => {
      worker.once("message", (m) => (m === "ready" ? resolve() : reject(new TramaError(`worker: unexpected first message`))));
      worker.once("error", reject);
    });
    worker.on("error", (e: Error) => this.fail(e));
    worker.on("exit", (code) => { if (code !== 0) this.fail(new TramaError(`worker stopped with exit code ${code}`)); });
    void slot.ready.then(() => {
      worker.on("message", (results: JobResult[]) => this.done(slot, results));
      slot.busy = false;
      this.dispatch();
    }, (e: Error) => this.fail(e));
    this.slots.push(slot);
  }

  get size(): number { return this.slots.length; }

  /** Run a batch of articles on the next free worker. */
  run(jobs: ArticleJob[]): Promise<JobResult[]> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      this.queue.push({ jobs, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.busy || this.queue.length === 0) continue;
      const p = this.queue.shift()!;
      slot.busy = true;
      this.current.set(slot, p);
      slot.worker.postMessage(p.jobs);
    }
  }

  private done(slot: Slot, results: JobResult[]): void {
    const p = this.current.get(slot);
    this.current.delete(slot);
    slot.busy = false;
    p?.resolve(results);
    this.dispatch();
  }

  private fail(e: Error): void {
    if (this.failed) return;
    this.failed = e;
    for (const p of [...this.current.values(), ...this.queue]) p.reject(e);
    this.queue = [];
    this.current.clear();
  }

  async close(): Promise<void> {
    this.failed ??= new TramaError("worker pool closed");
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
