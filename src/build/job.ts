// One article's job and its outcome, shared by the in-process path and the workers so
// both give the same result: an extraction, or the one-line reason (stage: reason) it was
// skipped. The stages run isolated (src/cli/article-run.ts); only an invalid data file is
// an error that stops the build.
import { runArticle as runIsolated } from "../cli/article-run.ts";
import type { TramaContext } from "../pipeline.ts";
import type { ArticleExtraction } from "../types.ts";

export interface ArticleJob { index: number; path: string; name: string; id?: string; bytes: Uint8Array }

export type JobResult =
  | { index: number; ok: true; extraction: ArticleExtraction }
  | { index: number; ok: false; reason: string }
  | { index: number; ok: false; error: string; stack?: string };

export function runJob(job: ArticleJob, ctx: TramaContext): JobResult {
  try {
    const outcome = runIsolated({ path: job.path, name: job.name, ...(job.id ? { id: job.id } : {}), bytes: job.bytes }, ctx);
    return outcome.ok ? { index: job.index, ok: true, extraction: outcome.extraction } : { index: job.index, ok: false, reason: `${outcome.stage}: ${outcome.reason}` };
  } catch (e) {
    return { index: job.index, ok: false, error: `${job.path}: ${(e as Error).message}`, stack: (e as Error).stack };
  }
}
