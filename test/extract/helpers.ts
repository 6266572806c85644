// Runs the real per-article pipeline (ingest, nlp, parse, extract) on a made-up text, for table tests of extraction.
import { loadContext, type TramaContext } from "../../src/pipeline.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";
import { extract } from "../../src/extract/index.ts";
import { recognizeEntities } from "../../src/extract/entities/index.ts";
import { bioTags, nerMentions } from "../../src/extract/ner.ts";
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

/** `surface:Type` of each mention in the graph's view, nationality adjectives left out (they are not names). */
export async function tagged(text: string): Promise<string[]> {
  const x = await extractText(text);
  return x.mentions.filter((m) => m.resolvedBy !== "demonym").map((m) => `${m.surface}:${m.type}`);
}

/** `surface:TAG` spans of the NER view (`trama ner`), generic references included. */
export async function nerSpans(text: string): Promise<string[]> {
  const c = await context();
  const doc = analyze({ meta: { id: "t", file: "t", contentHash: "" }, text: `${text}\n`, metaSpans: {} }, c.nlp);
  const found = recognizeEntities(doc, c.extract.entities);
  const mentions = nerMentions(doc, [...found.resolved, ...found.generic]);
  const out: string[] = [];
  for (const s of doc.sentences) {
    const tokens = s.tokens.filter((t) => t.kind !== "symbol");
    bioTags(tokens, mentions).forEach((t, k) => {
      if (t.tag.startsWith("B-")) out.push(`${tokens[k]!.text}:${t.tag.slice(2)}`);
      else if (t.tag.startsWith("I-")) out[out.length - 1] = `${out[out.length - 1]!.split(":")[0]} ${tokens[k]!.text}:${t.tag.slice(2)}`;
    });
  }
  return out;
}
