// Some tags depend on the tree, which the tagger (reading left to right, before parsing)
// cannot see: `che` introducing a clause (`mark`) is a conjunction, `che` as subject or
// object of a relative clause is a pronoun; `se` likewise (`se arriva` / `se ne va`).
// After parsing, the relation decides. The same holds for auxiliaries: UD defines AUX by
// the relation (an `essere`, `avere` or modal that attaches as `aux`, `aux:pass` or `cop`),
// and whether `è` is a copula or the main verb (`c'è`, `è a Roma`) shows only in the tree.

export interface TaggedWord {
  form: string;
  upos: string;
  deprel: string;
}

const DECIDED_BY_RELATION = new Set(["che", "se"]);
const PRONOUN_RELATIONS = new Set(["nsubj", "nsubj:pass", "obj", "iobj", "obl", "expl", "expl:impers", "expl:pass"]);

const AUX_RELATIONS = new Set(["aux", "aux:pass", "cop"]);

export function tagsFromRelations(words: TaggedWord[]): void {
  for (const w of words) {
    if (w.upos === "VERB" && AUX_RELATIONS.has(w.deprel)) w.upos = "AUX";
    // A determiner modifies a noun (`det`); one that is itself an argument stands for it (`quella`, `lo`).
    if (w.upos === "DET" && PRONOUN_RELATIONS.has(w.deprel)) w.upos = "PRON";
    if (!DECIDED_BY_RELATION.has(w.form.toLowerCase())) continue;
    if (w.deprel === "mark") w.upos = "SCONJ";
    else if (PRONOUN_RELATIONS.has(w.deprel)) w.upos = "PRON";
  }
}

/** After these a capital opens a quoted sentence, not a name. */
const OPENING_QUOTES = new Set(["«", "“", "\"", "‘"]);

/**
 * UD Italian-ISDT (and PUD) tag a common noun capitalized inside a sentence as PROPN: it is
 * part of a name (`il Consiglio di Sicurezza`, `la Guardia costiera`), while the treebanks
 * the model learns from (ParlaMint, MarkIT) tag it NOUN. Trama follows ISDT. This runs after
 * parsing, so the arcs stay the ones the model learned (retraining on harmonized treebanks
 * moved them); the lemma stays the common noun's (lower case), which is how a reader of the
 * tree tells such a word from a proper name. The first word of a sentence, or of a quoted
 * one, is capitalized whatever it is.
 */
export function capitalizedNounsAsNames(words: { form: string; upos: string }[]): void {
  for (let i = 1; i < words.length; i++) {
    const w = words[i]!;
    if (w.upos === "NOUN" && /^\p{Lu}\p{Ll}/u.test(w.form) && !OPENING_QUOTES.has(words[i - 1]!.form)) w.upos = "PROPN";
  }
}
