// Some tags depend on the tree, which the tagger (reading left to right, before parsing)
// cannot see: `che` introducing a clause (`mark`) is a conjunction, `che` as subject or
// object of a relative clause is a pronoun; `se` likewise (`se arriva` / `se ne va`).
// After parsing, the relation decides.

export interface TaggedWord {
  form: string;
  upos: string;
  deprel: string;
}

const DECIDED_BY_RELATION = new Set(["che", "se"]);
const PRONOUN_RELATIONS = new Set(["nsubj", "nsubj:pass", "obj", "iobj", "obl", "expl", "expl:impers", "expl:pass"]);

export function tagsFromRelations(words: TaggedWord[]): void {
  for (const w of words) {
    if (!DECIDED_BY_RELATION.has(w.form.toLowerCase())) continue;
    if (w.deprel === "mark") w.upos = "SCONJ";
    else if (PRONOUN_RELATIONS.has(w.deprel)) w.upos = "PRON";
  }
}
