import type { AnalyzedArticle, Evidence, Span } from "../types.ts";

/** Evidence for a fact read in one sentence, focused on the words that gave it. */
export function evidenceFor(doc: AnalyzedArticle, sentence: number, focus: Span | undefined, rule: string): Evidence {
  const s = doc.sentences[sentence]!;
  return {
    article: doc.meta.id,
    sentence: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
    ...(focus ? { focus: { start: focus.start, end: focus.end } } : {}),
    ...(doc.meta.date ? { date: doc.meta.date } : {}),
    rule,
  };
}
