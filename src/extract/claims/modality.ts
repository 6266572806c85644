// Whether a figure is told as fact: `potrebbe inviare 5.000 soldati`, `il piano prevede
// 5.000 soldati`, `l'idea di mandare 5.000 uomini` are plans (hypothetical); `non ha inviato
// 5.000 soldati`, `ha escluso di mandare 5.000 uomini` are denied (negated); `accusa X di
// aver ucciso 300 civili` is the accuser's allegation (alleged), claimed by the accuser.
// The conditional alone proves nothing for a figure: it is how news reports hearsay.
// Read over the tree from the number up to the predicate of its clause and the verbs that
// govern that one (control, complement clauses), after tree-modality.ts for relations.
import type { ClaimModality, Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import { treeOf } from "./tree.ts";

export interface ClaimModalityRules {
  negators: string[];
  modals: string[];
  negatingVerbs: string[];
  planNouns: string[];
  negatingNouns: string[];
  accusingVerbs: string[];
}

export interface ReadModality {
  modality: ClaimModality;
  /** For an allegation, the word of the accuser (the accusing verb's subject). */
  accuser?: number;
  rule: string;
}

/** The predicate chain above a word: its clause's head, then the verbs or nouns that govern it. */
function chainAbove(tree: DependencyTree, id: number): number[] {
  const chain = [tree.clauseOf(id)];
  for (let x = chain[0]!; ["xcomp", "ccomp", "advcl", "acl", "obj"].includes(tree.deprel(x)) && tree.head(x) > 0 && chain.length < 5; x = tree.head(x)) chain.push(tree.head(x));
  return chain;
}

export function claimModality(s: Sentence, numberToken: number, rules: ClaimModalityRules): ReadModality | undefined {
  const tree = treeOf(s);
  if (!tree) return undefined;
  const w = tree.words.find((x) => x.tokenIndex === numberToken);
  if (!w || w.head === 0 && tree.size === 1) return undefined;
  const lemma = (x: number) => tree.word(x).lemma.toLowerCase();
  // `l'invio di 5.000 soldati`: nouns on the way up count as holders too (`il piano di inviare`, `il no all'invio`).
  const nouns: number[] = [];
  for (let x = w.head; x > 0 && nouns.length < 4 && tree.word(x).upos !== "VERB" && tree.word(x).upos !== "AUX"; x = tree.head(x)) nouns.push(x);
  const chain = chainAbove(tree, w.id);
  const all = [...nouns, ...chain];
  if (chain.some((x) => tree.children(x, "advmod").some((k) => rules.negators.includes(lemma(k))))) return { modality: "negated", rule: "modality.negator" };
  if (chain.some((x) => rules.negatingVerbs.includes(lemma(x)))) return { modality: "negated", rule: "modality.negating-verb" };
  if (all.some((x) => rules.negatingNouns.includes(lemma(x)))) return { modality: "negated", rule: "modality.negating-noun" };
  for (const x of chain) {
    if (rules.accusingVerbs.includes(lemma(x))) return { modality: "alleged", accuser: tree.children(x, "nsubj")[0], rule: "modality.accusation" };
  }
  // `il piano prevede 5.000 soldati`: a plan noun as the clause's subject, or holding the figure.
  const subjects = chain.flatMap((x) => tree.children(x, "nsubj"));
  if ([...all, ...subjects].some((x) => rules.planNouns.includes(lemma(x)))) return { modality: "hypothetical", rule: "modality.plan-noun" };
  for (const x of chain) {
    if (rules.modals.includes(lemma(x))) return { modality: "hypothetical", rule: "modality.modal" };
    if (tree.children(x, "aux").some((k) => rules.modals.includes(lemma(k)))) return { modality: "hypothetical", rule: "modality.modal" };
    // No conditional mood here: with figures it is the news conditional of hearsay (`sarebbero 300 i morti`,
    // `le spedizioni proseguirebbero`), a reported fact with its source, not a hypothesis.
  }
  return undefined;
}
