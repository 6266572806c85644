// The syntax stage: each sentence's tokens become syntactic words (multiword tokens split),
// tagged, lemmatized and parsed into a Universal Dependencies tree. Pure given the context;
// the tree is read through DependencyTree (tree.ts).
import type { LemmaIndex } from "../nlp/lemma.ts";
import type { AnalyzedArticle, Sentence, Token } from "../types.ts";
import { morphitLemmas } from "./lemma.ts";
import { analyzeWords, loadSyntaxModel, type LemmaFallback, type SyntaxModel } from "./model.ts";
import { loadContractions, splitToken, type ContractionTable, type VerbLexicon } from "./mwt.ts";
import { CLASS_VERB } from "../nlp/lemma.ts";
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
  return {
    model: loadSyntaxModel(dataDir),
    contractions: loadContractions(dataDir),
    verbs: { isVerbForm: (l) => (lexClass(l) & CLASS_VERB) !== 0, isKnownForm: (l) => lemmas.forms.has(l) },
    lexClass,
    lemmaFallback: morphitLemmas(lemmas),
  };
}

/** Full analysis of a list of syntactic word forms (ids 1..n); long lists are parsed in pieces. */
export function analyzeForms(forms: readonly string[], ctx: SyntaxContext): Omit<SyntaxWord, "id" | "xpos" | "deps" | "misc">[] {
  const out: Omit<SyntaxWord, "id" | "xpos" | "deps" | "misc">[] = [];
  let firstRoot = 0;
  for (let start = 0; start < forms.length; start += MAX_PARSE_WORDS) {
    const piece = forms.slice(start, start + MAX_PARSE_WORDS);
    const analysis = analyzeWords(ctx.model, piece.map((form) => ({ form, lower: form.toLowerCase(), lexClass: ctx.lexClass(form.toLowerCase()) })), ctx.lemmaFallback);
    for (const a of analysis) {
      if (a.head === 0 && start > 0) out.push({ ...a, head: firstRoot, deprel: "parataxis" });
      else out.push({ ...a, head: a.head === 0 ? 0 : a.head + start });
      if (a.head === 0 && start === 0) firstRoot = out.length;
    }
  }
  return out;
}

/** The syntactic words of a sentence's tokens, each pointing back at its token and offsets. */
export function syntacticWords(tokens: readonly Token[], ctx: SyntaxContext): { forms: string[]; origin: { tokenIndex: number; start: number; end: number }[]; multiwords: MultiwordToken[] } {
  const forms: string[] = [], origin: { tokenIndex: number; start: number; end: number }[] = [], multiwords: MultiwordToken[] = [];
  tokens.forEach((t, tokenIndex) => {
    const parts = t.kind === "word" ? splitToken(t.norm, ctx.contractions, ctx.verbs) : [t.norm];
    if (parts.length > 1) multiwords.push({ first: forms.length + 1, last: forms.length + parts.length, form: t.text, misc: "_" });
    for (const p of parts) { forms.push(p); origin.push({ tokenIndex, start: t.start, end: t.end }); }
  });
  return { forms, origin, multiwords };
}

export function parseSentence(sentence: Sentence, ctx: SyntaxContext): Sentence {
  const { forms, origin, multiwords } = syntacticWords(sentence.tokens, ctx);
  const analysis = analyzeForms(forms, ctx);
  const words: SyntaxWord[] = analysis.map((a, i) => ({ id: i + 1, xpos: "_", deps: "_", misc: "_", ...a, ...origin[i]! }));
  return { ...sentence, syntax: { words, multiwords } };
}

/** The stage: every sentence gets its tree. */
export function parseArticle(article: AnalyzedArticle, ctx: SyntaxContext): AnalyzedArticle {
  return { ...article, sentences: article.sentences.map((s) => parseSentence(s, ctx)) };
}
