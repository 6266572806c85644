// Runs the real per-article pipeline (ingest, nlp, parse, extract) on a made-up text, for table tests of extraction.
import { loadContext, type TramaContext } from "../../src/pipeline.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";
import { extract } from "../../src/extract/index.ts";
import { parseArticle } from "../../src/syntax/index.ts";
import type { ArticleExtraction } from "../../src/types.ts";

let ctx: Promise<TramaContext> | undefined;

export function context(): Promise<TramaContext> {
  ctx ??= loadContext();
  return ctx;
}

/** Extract from a text given as an article file (optionally with a ` date YYYY-MM` first line). */
export async function extractText(text: string, name = "t.txt"): Promise<ArticleExtraction> {
  const c = await context();
  const article = ingest({ path: name, name, bytes: new TextEncoder().encode(text) });
  // Parsed as in the pipeline, so the tree patterns run too.
  return extract(parseArticle(analyze(article, c.nlp), c.syntax), c.extract);
}

export const keys = (x: ArticleExtraction) => new Set(x.mentions.map((m) => m.key));
export const rel = (x: ArticleExtraction) => new Set(x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`));
