// Extraction over a very long article, in windows of sentences. Several extraction steps
// compare every mention with every sentence (fine for a news article of 20–100
// sentences, quadratic for a 5 MB file of 50,000). An article longer than WINDOW_SENTENCES
// sentences or WINDOW_CHARS characters is therefore extracted window by window, each window read as if it were the whole
// article, and the parts joined back with their true sentence numbers. Offsets are
// untouched: a window keeps the full text and only narrows the sentence list. What is lost
// is resolution across windows (a surname 500 sentences after the full name), which no
// real article needs.
import { extract } from "../extract/index.ts";
import { scopeDescriptions } from "../extract/described.ts";
import type { ExtractContext } from "../extract/context.ts";
import type { AnalyzedArticle, ArticleExtraction, Evidence } from "../types.ts";

export const WINDOW_SENTENCES = 400;
/** A window also ends once its sentences hold this many characters. */
export const WINDOW_CHARS = 60_000;

const shiftEvidence = (e: Evidence, base: number): Evidence => (e.sentence >= 0 ? { ...e, sentence: e.sentence + base } : e);

function shift(x: ArticleExtraction, base: number): ArticleExtraction {
  if (base === 0) return x;
  return {
    ...x,
    mentions: x.mentions.map((m) => ({ ...m, sentence: m.sentence >= 0 ? m.sentence + base : m.sentence, evidence: shiftEvidence(m.evidence, base) })),
    relations: x.relations.map((r) => ({ ...r, evidence: shiftEvidence(r.evidence, base) })),
    claims: x.claims.map((c) => ({ ...c, evidence: shiftEvidence(c.evidence, base) })),
  };
}

/** Where each window starts: at most `maxSentences` sentences and `maxChars` characters (but one sentence at least). */
export function windowStarts(doc: AnalyzedArticle, maxSentences: number, maxChars: number): number[] {
  const starts = [0];
  let chars = 0;
  for (const [i, s] of doc.sentences.entries()) {
    const len = s.end - s.start;
    if (i > starts[starts.length - 1]! && (i - starts[starts.length - 1]! >= maxSentences || chars + len > maxChars)) {
      starts.push(i);
      chars = 0;
    }
    chars += len;
  }
  return starts;
}

/**
 * `extract`, in windows when the article is longer than one window; then the keys of what the
 * article only describes are scoped by their sides, once the whole article's facts are known.
 */
export function extractInWindows(doc: AnalyzedArticle, ctx: ExtractContext, maxSentences = WINDOW_SENTENCES, maxChars = WINDOW_CHARS): ArticleExtraction {
  return scopeDescriptions(extractWindows(doc, ctx, maxSentences, maxChars));
}

function extractWindows(doc: AnalyzedArticle, ctx: ExtractContext, maxSentences: number, maxChars: number): ArticleExtraction {
  const starts = windowStarts(doc, maxSentences, maxChars);
  if (starts.length === 1) return extract(doc, ctx);
  const parts: ArticleExtraction[] = [];
  for (const [w, base] of starts.entries()) {
    const sentences = doc.sentences.slice(base, starts[w + 1] ?? doc.sentences.length).map((s, i) => ({ ...s, index: i }));
    // The outlet of a byline is mentioned once, by the first window.
    const part = extract({ ...doc, sentences, metaSpans: base === 0 ? doc.metaSpans : {} }, ctx);
    parts.push(shift(part, base));
  }
  const entities = new Map<string, ArticleExtraction["entities"][number]>();
  const out: ArticleExtraction = { meta: doc.meta, entities: [], mentions: [], relations: [], claims: [] };
  for (const p of parts) {
    for (const e of p.entities) if (!entities.has(e.key)) entities.set(e.key, e);
    for (const m of p.mentions) out.mentions.push(m);
    for (const r of p.relations) out.relations.push(r);
    for (const c of p.claims) out.claims.push(c);
  }
  out.entities = [...entities.values()].sort((a, b) => a.key.localeCompare(b.key));
  return out;
}
