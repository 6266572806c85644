// The NLP stage: sentences, tokens with offsets, lemmas and numbers. Pure given the context.
import type { AnalyzedArticle, Article, Sentence, Token } from "../types.ts";
import type { NlpContext } from "./context.ts";
import { isKnownWord, lemmatize } from "./lemma.ts";
import { readNumbers } from "./numbers.ts";
import { segmentSentences } from "./segment.ts";
import { tokenize } from "./tokenize.ts";

export { normalizeText } from "./normalize.ts";
export { segmentSentences } from "./segment.ts";
export { tokenize } from "./tokenize.ts";
export { parseDigits, parseItalianNumber, parseNumberWord, readNumbers } from "./numbers.ts";
export { loadNlpContext, type NlpContext } from "./context.ts";

function withLemmas(t: Token, ctx: NlpContext): Token {
  if (t.kind !== "word") return t;
  const key = t.elisionOf ?? t.lower;
  const lemmas = ctx.irregular.get(key) ?? lemmatize(ctx.lemmas, key);
  return { ...t, lemma: lemmas[0]!, lemmas };
}

/** True for an ordinary Italian word form (morph-it), e.g. to tell `Difesa` from a surname. */
export function isItalianWord(ctx: NlpContext, lower: string): boolean {
  return ctx.irregular.has(lower) || isKnownWord(ctx.lemmas, lower);
}

export function analyze(article: Article, ctx: NlpContext): AnalyzedArticle {
  const sentences: Sentence[] = segmentSentences(article.text, ctx.abbreviations).map((span, index) => {
    const text = article.text.slice(span.start, span.end);
    const tokens = tokenize(text, span.start, ctx.elision).map((t) => withLemmas(t, ctx));
    return { index, start: span.start, end: span.end, text, tokens, numbers: readNumbers(tokens, ctx.numbers) };
  });
  return { ...article, sentences };
}
