// Coordinated phrases the parser hung on the wrong word. In `ricevuto dal leader X e dal
// primo ministro Y` the second `da` phrase is a conjunct of the first, but a greedy parser
// may hang it on the sentence's final punctuation or on a later word. The repeated
// preposition and the `e` before it say what it coordinates with, whatever its head.
import type { DependencyTree } from "../../syntax/tree.ts";
import { ESSERE_VERBS } from "./args.ts";

/** The last word of a word's subtree (its phrase ends there). */
function lastOf(tree: DependencyTree, id: number): number {
  return tree.subtree(id).at(-1) ?? id;
}

/**
 * Phrases coordinated with `id` that repeat its preposition (`dal X e dal Y`, `con X, con Y e con Z`)
 * but hang elsewhere: a conjunct whose phrase starts right after `id`'s phrase (a comma between at
 * most), introduced by the same preposition. Followed along a chain of such phrases.
 */
export function strayConjuncts(tree: DependencyTree, id: number): number[] {
  const prep = tree.caseOf(id);
  if (prep === undefined) return [];
  const out: number[] = [];
  let from = id;
  for (let hops = 0; hops < 4; hops++) {
    let next = lastOf(tree, from) + 1;
    while (next <= tree.words.length && tree.word(next).upos === "PUNCT" && tree.word(next).form === ",") next++;
    // The next phrase: the nominal whose subtree starts at `next`, introduced by the same preposition.
    const head = tree.words.find((w) => w.id > from && tree.subtree(w.id)[0] === next && tree.deprel(w.id) === "conj" && tree.caseOf(w.id) === prep);
    if (!head || out.includes(head.id)) break;
    out.push(head.id, ...tree.conjuncts(head.id));
    from = head.id;
  }
  return out;
}

/** Relative words that stand for a time or place in their clause, not for its subject (`durante la quale`, `in cui`, `dove`). */
const OBLIQUE_RELATIVES = new Set(["quale", "cui", "dove"]);

/**
 * `un viaggio, nel corso del quale fu accolto da Y`, `a X, dove ha incontrato Y`: a relative
 * clause whose relative word is a time or place phrase, with no subject of its own, goes on with
 * the subject of the clause its antecedent belongs to (the one who made the visit), not with the
 * antecedent itself.
 */
export function obliqueRelativeSubjects(tree: DependencyTree, verb: number): number[] {
  if (!["acl", "acl:relcl", "advcl", "conj"].includes(tree.deprel(verb))) return [];
  if (tree.children(verb).some((k) => tree.deprel(k).startsWith("nsubj"))) return [];
  const isRelative = (k: number) => OBLIQUE_RELATIVES.has(tree.word(k).lemma.toLowerCase()) && tree.word(k).upos !== "NOUN";
  // The relative word itself (`durante la quale`, `dove`), or one under a time phrase (`nel corso della quale`, `al termine del quale`).
  const relative = tree.children(verb).some((k) => ["obl", "advmod", "mark"].includes(tree.deprel(k)) && (isRelative(k) || tree.children(k, "nmod").some(isRelative)));
  if (!relative) return [];
  const main = tree.clauseOf(tree.head(verb));
  return tree.children(main).filter((k) => tree.deprel(k) === "nsubj" || tree.deprel(k) === "nsubj:pass");
}

const subjectsOf = (tree: DependencyTree, verb: number) => tree.children(verb).filter((k) => tree.deprel(k) === "nsubj" || tree.deprel(k) === "nsubj:pass");

/**
 * `Arrivato a X, il ministro Y è stato accolto da Z`: a bare participle of a verb of motion set
 * before the main clause shares that clause's subject, whether the main verb is active or
 * passive. The parser hangs it on the main verb (`advcl`), or makes it the root with the main
 * clause as a conjunct that no `e` introduces.
 */
export function frontedParticipleSubject(tree: DependencyTree, id: number): { words: number[]; arc: string } | undefined {
  const w = tree.word(id);
  if (!w.feats.includes("VerbForm=Part") || tree.children(id, "aux").length > 0 || !ESSERE_VERBS.has(w.lemma.toLowerCase())) return undefined;
  if (w.deprel === "advcl" && w.head > 0) {
    const main = subjectsOf(tree, w.head);
    return main.length > 0 ? { words: main, arc: "advcl(participle)>nsubj" } : undefined;
  }
  if (w.head !== 0) return undefined;
  const main = tree.children(id, "conj").filter((k) => k > id && tree.children(k, "cc").length === 0).flatMap((k) => subjectsOf(tree, k));
  return main.length > 0 ? { words: main, arc: "participle>conj>nsubj" } : undefined;
}

/** Labels a parser gives a word it could not attach: never a real argument of the verb. */
const STRAY_LABELS = new Set(["vocative", "dep"]);

/**
 * `ha visto il capo della diplomazia turca Ayse Demir`, with the demonym misread as a
 * noun the parser hung on the verb (`vocative`) or on the final stop, and the name below it: the name right after a
 * title's phrase, under such a stray word, is the title's.
 */
export function strayName(tree: DependencyTree, title: number): number[] {
  const next = lastOf(tree, title) + 1;
  if (next > tree.words.length) return [];
  // Hung by an unattached label, or on a punctuation mark (`.` as the head of a conjunct).
  const head = tree.head(next);
  if (!STRAY_LABELS.has(tree.deprel(next)) && !(head > 0 && tree.word(head).upos === "PUNCT")) return [];
  return tree.children(next).filter((k) => tree.word(k).upos === "PROPN" && tree.caseOf(k) === undefined && /^(nmod|flat|appos)/.test(tree.deprel(k)));
}
