// One article's job and its outcome, shared by the in-process path and the workers so
// both give the same result: an extraction, or the one-line reason it was skipped.
import { IngestError } from "../errors.ts";
import type { ArticleExtraction, SourceFile } from "../types.ts";

export interface ArticleJob { index: number; path: string; name: string; bytes: Uint8Array }

export type JobResult =
  | { index: number; ok: true; extraction: ArticleExtraction }
  | { index: number; ok: false; reason: string }
  | { index: number; ok: false; error: string; stack?: string };

export function runArticle(job: ArticleJob, process: (f: SourceFile) => ArticleExtraction): JobResult {
  try {
    return { index: job.index, ok: true, extraction: process({ path: job.path, name: job.name, bytes: job.bytes }) };
  } catch (e) {
    if (e instanceof IngestError) return { index: job.index, ok: false, reason: e.reason };
    return { index: job.index, ok: false, error: `${job.path}: ${(e as Error).message}`, stack: (e as Error).stack };
  }
}
