// One article through the per-article stages, isolated: whatever goes wrong while one
// article is read, analyzed or extracted becomes a skip with the stage and a one-line
// reason, so one bad article never sinks a build. Only an invalid data file (exit 3) stops
// everything, since it would fail every article the same way.
import { readFile, stat } from "node:fs/promises";
import { IngestError, LexiconError } from "../errors.ts";
import { ingest } from "../ingest/index.ts";
import { analyze } from "../nlp/index.ts";
import { parseArticle } from "../syntax/index.ts";
import { extractInWindows } from "./article-windows.ts";
import type { TramaContext } from "../pipeline.ts";
import type { ArticleExtraction, SourceFile } from "../types.ts";

export type ArticleOutcome =
  | { ok: true; extraction: ArticleExtraction }
  | { ok: false; stage: string; reason: string };

/** A short, single-line reason for an error thrown by a stage. */
export function reasonOf(e: unknown): string {
  if (e instanceof IngestError) return e.reason;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return "input too deeply nested or too large (stack exhausted)";
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && typeof code === "string" && /^E[A-Z]+$/.test(code)) return `cannot read (${code})`;
  const message = e instanceof Error ? e.message : String(e);
  const line = message.replace(/\s*\n\s*/g, " ").trim();
  return line.length > 200 ? `${line.slice(0, 200)}…` : line || "unknown error";
}

/**
 * The same stages as `processArticle` (src/pipeline.ts), each under its name; a very long
 * article is extracted in windows. Keep in step with the pipeline: a test compares the two.
 */
export function runArticle(file: SourceFile, ctx: TramaContext): ArticleOutcome {
  let stage = "ingest";
  try {
    const article = ingest(file);
    stage = "analyze";
    const analyzed = analyze(article, ctx.nlp);
    stage = "parse";
    const parsed = parseArticle(analyzed, ctx.syntax);
    stage = "extract";
    return { ok: true, extraction: extractInWindows(parsed, ctx.extract) };
  } catch (e) {
    if (e instanceof LexiconError) throw e;
    if (process.env.TRAMA_DEBUG === "1") console.error(e);
    return { ok: false, stage, reason: reasonOf(e) };
  }
}

/** Above this, an article is skipped unread: every stage is linear, but 5 MB of text is already ~1,000 pages. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

const UNITS: Readonly<Record<string, number>> = { "": 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

/** `5000000`, `512k`, `5MB`, `1.5m` -> bytes; undefined when it is not a positive size. */
export function parseByteSize(value: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  if (!m || unit === undefined) return undefined;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

const size = (n: number) => (n >= 1024 ** 2 ? `${(n / 1024 ** 2).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} kB` : `${n} bytes`);

/** An article's bytes, or why it is skipped at the `read` stage: unreadable, or over `maxBytes` (checked before reading). */
export async function readArticleBytes(path: string, maxBytes: number): Promise<Buffer | { stage: "read"; reason: string }> {
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return { stage: "read", reason: `${size(info.size)}, over --max-bytes (${size(maxBytes)})` };
    return await readFile(path);
  } catch (e) {
    return { stage: "read", reason: reasonOf(e) };
  }
}

/** Read one article from disk (refusing one over `maxBytes` before reading it) and run it. */
export async function readAndRun(path: string, name: string, id: string, ctx: TramaContext, maxBytes: number): Promise<ArticleOutcome> {
  const bytes = await readArticleBytes(path, maxBytes);
  if (!Buffer.isBuffer(bytes)) return { ok: false, ...bytes };
  return runArticle({ path, name, id, bytes }, ctx);
}
