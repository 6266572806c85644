// Lemmas for words the treebanks' lemma table does not list: morph-it's candidates (the
// NLP stage's lemma index), chosen by the part of speech the tagger gave — `uccisi` is
// `uccidere` as a VERB and `ucciso` as an ADJ.
import { CLASS_VERB, lemmatize, type LemmaIndex } from "../nlp/lemma.ts";
import type { LemmaFallback } from "./model.ts";

const WANTED: Record<string, "verb" | "noun" | "adj"> = { VERB: "verb", AUX: "verb", NOUN: "noun", ADJ: "adj" };

/** Past this many remembered answers the memo starts over: memory stays bounded on any input. */
const MEMO_LIMIT = 100_000;

/**
 * The fallback, remembered per (UPOS, form): articles repeat their words, and the morph-it
 * look-up (clitic stripping, candidate lists) costs more than tagging a word.
 */
export function morphitLemmas(index: LemmaIndex): LemmaFallback {
  const lookUp = morphitLookUp(index);
  const memo = new Map<string, Map<string, string>>();
  let size = 0;
  return (lower, upos) => {
    let forms = memo.get(upos);
    if (!forms) memo.set(upos, (forms = new Map()));
    let lemma = forms.get(lower);
    if (lemma === undefined) {
      if (size >= MEMO_LIMIT) { memo.clear(); size = 0; memo.set(upos, forms = new Map()); }
      forms.set(lower, (lemma = lookUp(lower, upos)));
      size++;
    }
    return lemma;
  };
}

function morphitLookUp(index: LemmaIndex): LemmaFallback {
  return (lower, upos) => {
    const wanted = WANTED[upos];
    if (!wanted) return lower;
    const candidates = lemmatize(index, lower);
    // Verbs were indexed first, so a lemma that is a verb is recorded as one.
    const match = candidates.find((l) => index.pos.get(l) === wanted);
    if (match) return match;
    // Adjectives listed as nouns too (`rossa` -> `rosso`): the masculine singular.
    if (wanted === "adj") return candidates.find((l) => l.endsWith("o")) ?? lower;
    if (wanted === "verb") return candidates.find((l) => ((index.classes.get(l) ?? 0) & CLASS_VERB) !== 0) ?? candidates[0] ?? lower;
    return candidates[0] ?? lower;
  };
}
