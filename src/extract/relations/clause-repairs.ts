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
    // Its first word, the comma before it left out (the parser may hang the comma on it).
    const first = (k: number) => tree.subtree(k).find((x) => tree.word(x).upos !== "PUNCT");
    const head = tree.words.find((w) => w.id > from && first(w.id) === next && tree.deprel(w.id) === "conj" && tree.caseOf(w.id) === prep);
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

/**
 * Nouns of the means or manner of taking part (`al telefono`, `in presenza`, `di persona`, `in
 * videocollegamento`, `da remoto`): the parser hangs the verb's next phrase on them (`ha parlato al
 * telefono con X`, `ha partecipato in presenza al vertice`), but they take no argument of their own.
 */
const MEDIUM_NOUNS = new Set(["telefono", "presenza", "persona", "collegamento", "videocollegamento", "remoto", "video"]);

/** Whether `id` is a means-or-manner phrase of its verb: such a noun as the verb's oblique, with no `di` owner (`alla presenza di X` is someone's). */
function isMedium(tree: DependencyTree, id: number): boolean {
  const head = tree.head(id);
  return MEDIUM_NOUNS.has(tree.word(id).lemma.toLowerCase()) && tree.deprel(id) === "obl" && head > 0 && tree.word(head).upos === "VERB"
    && !tree.children(id, "nmod").some((k) => tree.caseOf(k) === "di");
}

/** The verb's `prep` phrases the parser hung under a means-or-manner noun of that verb (`ha parlato al telefono con X`). */
export function mediumPhrases(tree: DependencyTree, verb: number, prep: string): number[] {
  return tree.children(verb, "obl").filter((o) => isMedium(tree, o))
    .flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === prep));
}

/** The verb a phrase belongs to when the parser hung it on a means-or-manner noun (`in presenza al vertice`), else undefined. */
export function verbThroughMedium(tree: DependencyTree, id: number): number | undefined {
  const head = tree.head(id);
  return tree.deprel(id).startsWith("nmod") && head > 0 && isMedium(tree, head) ? tree.head(head) : undefined;
}

/**
 * `la Conferenza X, il maggiore appuntamento del settore, organizzata da Y`: an apposition of `id` set off
 * by commas, which the parser may hang as a conjunct without `e` on another word (even the final
 * stop) or as a bare oblique of the verb. Its own appositions too.
 */
export function appositionsOf(tree: DependencyTree, id: number): number[] {
  const own = tree.children(id, "appos");
  const comma = lastOf(tree, id) + 1;
  if (comma > tree.words.length || tree.word(comma).form !== ",") return own;
  // Hung as a conjunct with no `e`, or as a bare oblique (no preposition) of the verb.
  const stray = tree.words.find((w) => w.upos === "NOUN" && (["appos", "conj"].includes(w.deprel) || (w.deprel === "obl" && tree.caseOf(w.id) === undefined)) && tree.children(w.id, "cc").length === 0
    && w.id > comma && tree.subtree(w.id).filter((k) => tree.word(k).upos !== "PUNCT")[0] === comma + 1);
  return stray && !own.includes(stray.id) ? [...own, stray.id] : own;
}

const TOGETHER = new Set(["insieme", "assieme"]);
// `insieme a X` as a case marker on X, or as an adverb with `a` fixed to it (the parser's other reading).
const together = (tree: DependencyTree, k: number) => tree.children(k).some((c) => ["case", "advmod"].includes(tree.deprel(c)) && TOGETHER.has(tree.word(c).lemma.toLowerCase())
  && (tree.deprel(c) === "case" || tree.children(c, "fixed").length > 0));

/** Nouns the parser hung on the verb's final punctuation mark as conjuncts with no `e` (it could not attach them): words of the verb's clause. */
function onFinalStop(tree: DependencyTree, verb: number): number[] {
  const stop = tree.words.length;
  // The stop hangs on the main verb: for an infinitive complement (`ha detto di aver discusso, …`), the verb above it.
  if (stop <= verb || tree.word(stop).upos !== "PUNCT" || tree.word(stop).form === "," || ![verb, tree.head(verb)].includes(tree.head(stop))) return [];
  return tree.children(stop, "conj").filter((k) => k > verb && tree.children(k, "cc").length === 0 && ["NOUN", "PROPN"].includes(tree.word(k).upos));
}

/**
 * `ha discusso, insieme a X, con Y, con Z.`, with the `con` phrases hung on the final stop or
 * under the companion: the verb's `prep` phrases there.
 */
export function oblOnFinalStop(tree: DependencyTree, verb: number, prep: string): number[] {
  const stray = onFinalStop(tree, verb);
  const companions = stray.filter((k) => together(tree, k));
  return [...stray.filter((k) => tree.caseOf(k) === prep), ...companions.flatMap((c) => tree.children(c, "nmod").filter((k) => tree.caseOf(k) === prep))].sort((a, b) => a - b);
}

/**
 * `ha incontrato, insieme a X, il premier Y.`, with the phrases hung on the final stop: the one
 * there that no preposition introduces is the verb's object, when it has none.
 */
export function objectOnFinalStop(tree: DependencyTree, verb: number): number[] {
  if (tree.children(verb, "obj").length > 0 || tree.children(verb).some((k) => k > verb && tree.deprel(k).startsWith("nsubj"))) return [];
  return onFinalStop(tree, verb).filter((k) => tree.caseOf(k) === undefined && !together(tree, k));
}

/**
 * Who did what a verb says together with its subject (`ha incontrato, insieme a X, Y`): its
 * `insieme a` phrases, and, for an infinitive complement (`ha detto di aver discusso, insieme a X,
 * con Y`), those after it that the parser hung on the verb above.
 */
export function companionsOf(tree: DependencyTree, verb: number, infinitive: boolean): number[] {
  const own = [...tree.children(verb, "obl"), ...onFinalStop(tree, verb)].filter((k) => together(tree, k));
  const above = infinitive && tree.head(verb) > 0 ? tree.children(tree.head(verb), "obl").filter((k) => k > verb && together(tree, k)) : [];
  return [...own, ...above];
}

/**
 * Who did something together with an agent (`organizzata da X insieme a Y`): the phrases under
 * `insieme a`/`assieme a` in the participle's clause, wherever the parser hung them.
 */
export function companionsIn(tree: DependencyTree, participle: number): number[] {
  return tree.subtree(participle).filter((k) => k !== participle && together(tree, k));
}

const QUOTES = new Set(["«", "»", "\"", "“", "”"]);

/**
 * `ha trasmesso a X «le proprie preoccupazioni»`, `ha garantito a X «pieno sostegno»`: a quoted noun
 * right after a dative is the light verb's object, though the parser hangs it on the dative as its
 * apposition or bare modifier. The light verb, when the noun is such a misread object.
 */
export function quotedObjectVerb(tree: DependencyTree, noun: number, lightVerbs: readonly string[]): number | undefined {
  const dative = tree.head(noun);
  const misread = tree.deprel(noun) === "appos" || (tree.deprel(noun) === "nmod" && tree.caseOf(noun) === undefined);
  if (!misread || dative <= 0 || tree.deprel(dative) !== "obl" || tree.caseOf(dative) !== "a") return undefined;
  const verb = tree.head(dative);
  if (verb <= 0 || !lightVerbs.includes(tree.word(verb).lemma.toLowerCase())) return undefined;
  const between = tree.words.filter((w) => w.id > dative && w.id < noun);
  return between.some((w) => QUOTES.has(w.form)) ? verb : undefined;
}
