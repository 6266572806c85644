// Builds analyzed and parsed articles with the real NLP and syntax stages (no ingest: the text is the article and
// the date is given), and runs the real extraction or claims alone over hand-made mentions.
import { loadContext, type TramaContext } from "../../src/pipeline.ts";
import { analyze } from "../../src/nlp/index.ts";
import { parseArticle } from "../../src/syntax/index.ts";
import { extract } from "../../src/extract/index.ts";
import { extractClaims } from "../../src/extract/claims/index.ts";
import type { AnalyzedArticle, ClaimFact, EntityType, Mention } from "../../src/types.ts";

let ctx: Promise<TramaContext> | undefined;
export const context = () => (ctx ??= loadContext());

export async function analyzed(text: string, date?: string): Promise<AnalyzedArticle> {
  const c = await context();
  // Parsed as the pipeline does: the claims read who did the harm over the tree.
  return parseArticle(analyze({ meta: { id: "t", file: "t.txt", contentHash: "", ...(date ? { date } : {}) }, text, metaSpans: {} }, c.nlp), c.syntax);
}

/** Claims of a text through the whole extract stage (entities recognized for real). */
export async function claimsOf(text: string, date: string | undefined = "2025-06"): Promise<ClaimFact[]> {
  const c = await context();
  return extract(await analyzed(text, date), c.extract).claims;
}

/** A mention made by hand: the first occurrence of `surface` in the text (after `from`). */
export function mention(doc: AnalyzedArticle, surface: string, key: string, type: EntityType, resolvedBy = "test", from = 0): Mention {
  const start = doc.text.indexOf(surface, from);
  if (start < 0) throw new Error(`${surface} not in text`);
  const s = doc.sentences.find((x) => x.start <= start && start < x.end)!;
  const evidence = { article: doc.meta.id, sentence: s.index, start: s.start, end: s.end, text: s.text, rule: "test" };
  return { key, type, surface, start, end: start + surface.length, sentence: s.index, rule: "test", resolvedBy, evidence };
}

/** Claims alone, over the given mentions. */
export async function claimsWith(doc: AnalyzedArticle, mentions: Mention[]): Promise<ClaimFact[]> {
  return extractClaims(doc, mentions, (await context()).extract.claims);
}
