// Lemmas for words the treebanks' lemma table does not list: morph-it's candidates (the
// NLP stage's lemma index), chosen by the part of speech the tagger gave — `uccisi` is
// `uccidere` as a VERB and `ucciso` as an ADJ.
import { CLASS_VERB, lemmatize, type LemmaIndex } from "../nlp/lemma.ts";
import type { LemmaFallback } from "./model.ts";

const WANTED: Record<string, "verb" | "noun" | "adj"> = { VERB: "verb", AUX: "verb", NOUN: "noun", ADJ: "adj" };

export function morphitLemmas(index: LemmaIndex): LemmaFallback {
  return (lower, upos) => {
    const candidates = lemmatize(index, lower);
    const wanted = WANTED[upos];
    if (!wanted) return lower;
    // Verbs were indexed first, so a lemma that is a verb is recorded as one.
    const match = candidates.find((l) => index.pos.get(l) === wanted);
    if (match) return match;
    // Adjectives listed as nouns too (`rossa` -> `rosso`): the masculine singular.
    if (wanted === "adj") return candidates.find((l) => l.endsWith("o")) ?? lower;
    if (wanted === "verb") return candidates.find((l) => ((index.classes.get(l) ?? 0) & CLASS_VERB) !== 0) ?? candidates[0] ?? lower;
    return candidates[0] ?? lower;
  };
}
