// The syntax stage: each sentence's tokens become syntactic words (multiword tokens split),
// tagged, lemmatized and parsed into a Universal Dependencies tree. Pure given the context;
// the tree is read through DependencyTree (tree.ts).
import { CLASS_VERB, type LemmaIndex } from "../nlp/lemma.ts";
import type { AnalyzedArticle, Sentence, Token } from "../types.ts";
import { morphitLemmas } from "./lemma.ts";
import { analyzeWords, loadSyntaxModel, type LemmaFallback, type SyntaxModel } from "./model.ts";
import { loadContractions, loadEssereVerbs, splitTokenTagged, type ContractionTable, type TokenPart, type VerbLexicon } from "./mwt.ts";
import type { MultiwordToken, SyntaxWord } from "./types.ts";

export { DependencyTree } from "./tree.ts";
export type { SyntaxSentence, SyntaxWord, MultiwordToken } from "./types.ts";

export interface SyntaxContext {
  model: SyntaxModel;
  contractions: ContractionTable;
  verbs: VerbLexicon;
  lexClass: (lower: string) => number;
  lemmaFallback: LemmaFallback;
}

/** Sentences longer than this are parsed in pieces: greedy parsing stays linear and no tree is absurdly deep. */
export const MAX_PARSE_WORDS = 250;

export function loadSyntaxContext(dataDir: string, lemmas: LemmaIndex): SyntaxContext {
  const lexClass = (lower: string): number => lemmas.classes.get(lower) ?? 0;
  const loaded = loadSyntaxModel(dataDir);
  // The verbs the treebanks show with `essere`, and the curated list (data/syntax/essere-verbs.json).
  const voice = { essereVerbs: new Set([...loaded.voice.essereVerbs, ...loadEssereVerbs(dataDir)]) };
  return {
    model: { ...loaded, voice },
    contractions: loadContractions(dataDir),
    verbs: { isVerbForm: (l) => (lexClass(l) & CLASS_VERB) !== 0, isKnownForm: (l) => lemmas.forms.has(l) },
    lexClass,
    lemmaFallback: morphitLemmas(lemmas),
  };
}

/** What a token split decided about a word before tagging: its tag, and for a clitic its host and relation. */
export interface WordHint {
  upos?: string;
  /** Index (in the sentence) of the verb part a split clitic hangs from. */
  host?: number;
  relation?: string;
}

/** Hints for the parts of one split token whose first part is at `first`. */
export function partHints(parts: readonly TokenPart[], first: number): WordHint[] {
  if (parts.length < 2) return parts.map(() => ({}));
  return parts.map((p) => (p.cliticRelation ? { upos: p.upos, host: first, relation: p.cliticRelation } : { upos: p.upos }));
}

/**
 * An articulated preposition given as one word (CoNLL-U input: UD Italian keeps `all'` whole
 * in fixed expressions like `all'interno di`) is a preposition. Not the `di` ones: `dei`,
 * `delle` whole are partitive articles (`ha visto dei soldati`). Trama's own tokens are always
 * split, so this only reads pre-tokenized text.
 */
function wholeContraction(lower: string, table: ContractionTable): string | undefined {
  const parts = table.prepositions.get(lower);
  return parts && parts[0] !== "di" ? "ADP" : undefined;
}

/** Full analysis of a list of syntactic word forms (ids 1..n); long lists are parsed in pieces. */
export function analyzeForms(forms: readonly string[], ctx: SyntaxContext, hints: readonly WordHint[] = []): Omit<SyntaxWord, "id" | "xpos" | "deps" | "misc">[] {
  const out: Omit<SyntaxWord, "id" | "xpos" | "deps" | "misc">[] = [];
  let firstRoot = 0;
  for (let start = 0; start < forms.length; start += MAX_PARSE_WORDS) {
    const piece = forms.slice(start, start + MAX_PARSE_WORDS);
    const inputs = piece.map((form, k) => {
      const lower = form.toLowerCase();
      return { form, lower, lexClass: ctx.lexClass(lower), fixedUpos: hints[start + k]?.upos ?? wholeContraction(lower, ctx.contractions) };
    });
    const clitics: [number, number, string][] = [];
    piece.forEach((_, k) => {
      const h = hints[start + k];
      if (h?.host !== undefined && h.relation && h.host >= start) clitics.push([k, h.host - start, h.relation]);
    });
    const analysis = analyzeWords(ctx.model, inputs, ctx.lemmaFallback, clitics);
    for (const a of analysis) {
      // (The first piece, most sentences' only one, keeps its words as analyzed: no copy.)
      if (start === 0) out.push(a);
      else if (a.head === 0) out.push({ ...a, head: firstRoot, deprel: "parataxis" });
      else out.push({ ...a, head: a.head + start });
      if (a.head === 0 && start === 0) firstRoot = out.length;
    }
  }
  return out;
}

/** The syntactic words of a sentence's tokens, each pointing back at its token and offsets. */
export function syntacticWords(tokens: readonly Token[], ctx: SyntaxContext): { forms: string[]; hints: WordHint[]; origin: { tokenIndex: number; start: number; end: number }[]; multiwords: MultiwordToken[] } {
  const forms: string[] = [], hints: WordHint[] = [], origin: { tokenIndex: number; start: number; end: number }[] = [], multiwords: MultiwordToken[] = [];
  tokens.forEach((t, tokenIndex) => {
    const parts: TokenPart[] = t.kind === "word" ? splitTokenTagged(t.norm, ctx.contractions, ctx.verbs) : [{ form: t.norm }];
    if (parts.length > 1) multiwords.push({ first: forms.length + 1, last: forms.length + parts.length, form: t.text, misc: "_" });
    hints.push(...partHints(parts, forms.length));
    for (const p of parts) { forms.push(p.form); origin.push({ tokenIndex, start: t.start, end: t.end }); }
  });
  return { forms, hints, origin, multiwords };
}

export function parseSentence(sentence: Sentence, ctx: SyntaxContext): Sentence {
  const { forms, hints, origin, multiwords } = syntacticWords(sentence.tokens, ctx);
  const analysis = analyzeForms(forms, ctx, hints);
  const words: SyntaxWord[] = analysis.map((a, i) => ({ id: i + 1, xpos: "_", deps: "_", misc: "_", ...a, ...origin[i]! }));
  return { ...sentence, syntax: { words, multiwords } };
}

/** The stage: every sentence gets its tree. */
export function parseArticle(article: AnalyzedArticle, ctx: SyntaxContext): AnalyzedArticle {
  return { ...article, sentences: article.sentences.map((s) => parseSentence(s, ctx)) };
}
