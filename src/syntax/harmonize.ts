// The Italian treebanks do not all follow the same conventions. Before training, the
// training sentences are brought to one of them, so the model does not learn two answers
// for one word:
// - possessives (`suo`, `loro`, `nostra`: Poss=Yes) are PRON with `det:poss` when they
//   modify a noun, as in UD Italian-ISDT/PUD (MarkIT, ParlaMint and Valico tag them DET);
// - ParlaMint writes `det` where the others write `det:poss` for the same words.
import type { SyntaxSentence } from "./types.ts";

export function harmonize(s: SyntaxSentence): SyntaxSentence {
  const words = s.words.map((w) => {
    if (!w.feats.split("|").includes("Poss=Yes")) return w;
    const deprel = w.deprel === "det" ? "det:poss" : w.deprel;
    return { ...w, upos: w.upos === "DET" ? "PRON" : w.upos, deprel };
  });
  return { ...s, words };
}
