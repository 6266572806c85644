// Modality read on the dependency tree: negation on the trigger's clause chain, modal and
// plan verbs (`potrebbe`, `intende inviare`), verbs of denial (`ha escluso di inviare`),
// nouns of plan or refusal the trigger hangs from (`l'idea di mandare`, `il no alla
// fornitura`), and accusations (`accusa X di fornire`), whose act is the accuser's claim.
import type { Modality } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { TreeRules } from "./tree-rules.ts";

/**
 * Negation and modality read on the trigger and the verbs that govern it (`non ha voluto incontrare`).
 * `ownNegation`: the trigger's sense is its negated form (`non riconosce X`), so its own negator asserts it.
 */
export function treeModality(tree: DependencyTree, trigger: number, rules: Pick<TreeRules, "modality">, ownNegation = false): Modality {
  const chain = [trigger];
  for (let x = trigger; ["xcomp", "obj", "ccomp"].includes(tree.deprel(x)) && tree.head(x) > 0 && chain.length < 4; x = tree.head(x)) chain.push(tree.head(x));
  const { negators, modals, negatingVerbs, planNouns, negatingNouns, reportingVerbs } = rules.modality;
  const lemma = (x: number) => tree.word(x).lemma.toLowerCase();
  if (chain.some((x) => (x !== trigger || !ownNegation) && tree.children(x, "advmod").some((k) => negators.includes(lemma(k))))) return "negated";
  // `ha escluso di inviare`, `nega di aver fornito`: a verb of denial governs the trigger.
  if (chain.some((x) => x !== trigger && negatingVerbs.includes(lemma(x)))) return "negated";
  // `il no alla fornitura`, `l'idea di mandare`: the trigger hangs from a noun of refusal or of plan.
  const top = chain[chain.length - 1]!;
  const holder = ["acl", "nmod"].includes(tree.deprel(top)) && tree.head(top) > 0 ? lemma(tree.head(top)) : undefined;
  if (holder && negatingNouns.includes(holder)) return "negated";
  if (holder && planNouns.includes(holder)) return "hypothetical";
  for (const x of chain) {
    if (x !== trigger && modals.includes(tree.word(x).lemma)) return "hypothetical";
    // `accusa X di fornire`: what one side accuses the other of is its claim, not a plain fact.
    if (x !== trigger && reportingVerbs.includes(lemma(x))) return "hypothetical";
    const aux = tree.children(x, "aux");
    if (aux.some((k) => modals.includes(tree.word(k).lemma))) return "hypothetical";
    // `fornirebbe` is a hypothesis; `avrebbe fornito` is news reported second-hand, still told as fact.
    const moodCarrier = aux[0] ?? x;
    if (tree.word(moodCarrier).feats.includes("Mood=Cnd") && !["avere", "essere"].includes(tree.word(moodCarrier).lemma)) return "hypothetical";
  }
  // `accusa il governo di X di fornire`: the parser may hang the accused act on the accused.
  if (tree.deprel(top) === "acl" && tree.head(top) > 0) {
    const governor = tree.head(tree.head(top));
    if (governor > 0 && reportingVerbs.includes(lemma(governor))) return "hypothetical";
  }
  return "asserted";
}
