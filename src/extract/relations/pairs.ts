// Alliances between pairs of countries, read on the tree around an alliance word:
// `l'alleanza tra Russia e Corea del Nord` (its `tra` phrase and the conjuncts there),
// `l'asse Mosca-Pyongyang` (two names inside one modifier), `Russia e Corea del Nord
// rafforzano la partnership` (the coordinated subjects of the verb whose object it is), and
// `l'alleanza tra i due Paesi` — the two countries the article is about (the two it
// mentions most); `X ha stretto un'alleanza con Y` — the verb's subject and the `con` phrase.
import type { AnalyzedArticle, RelationFact, Sentence } from "../../types.ts";
import { treeOf, type DependencyTree } from "../../syntax/tree.ts";
import { evidenceFor } from "../evidence.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { placeMentions, type ArgFit, type PlacedMention } from "./args.ts";
import type { TreeRules } from "./tree-rules.ts";
import { treeModality } from "./tree-modality.ts";
import { reach } from "./tree-arcs.ts";

const PAIR_WORDS = new Set(["paese", "regime", "governo", "nazione", "stato", "alleato", "capitale", "parte"]);

function topTwoCountries(mentions: readonly ResolvedMention[], fit: ArgFit, doc: AnalyzedArticle): [string, string] | undefined {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    for (const p of placeMentions(s, mentions)) {
      const k = fit(p, ["Country"]);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.length >= 2 ? [ranked[0]![0], ranked[1]![0]] : undefined;
}

/** The countries named inside a word's span (`Mosca-Pyongyang` holds two), in order. */
function countriesIn(tree: DependencyTree, id: number, placed: readonly PlacedMention[], fit: ArgFit): string[] {
  const w = tree.word(id);
  if (w.start === undefined || w.end === undefined) return [];
  return placed.filter((p) => p.m.start < w.end! && w.start! < p.m.end).map((p) => fit(p, ["Country"])).filter((k): k is string => k !== undefined);
}

/** The countries a group of words and their conjuncts name. */
function countriesOf(tree: DependencyTree, ids: readonly number[], placed: readonly PlacedMention[], fit: ArgFit): string[] {
  return [...new Set(ids.flatMap((x) => [x, ...tree.conjuncts(x)]).flatMap((x) => countriesIn(tree, x, placed, fit)))];
}

/** The countries an alliance word names as its members, if two or more, and the arc that named them. */
function membersAt(tree: DependencyTree, id: number, placed: readonly PlacedMention[], fit: ArgFit, top: [string, string] | undefined, rules: TreeRules): { members: string[]; via: string } | undefined {
  // `tra X e Y`, `a tre tra X, Y e Z`: any preposition of the phrase may be the one that says `between`.
  const between = tree.children(id, "nmod").filter((k) => tree.children(k, "case").some((c) => ["tra", "fra"].includes(tree.word(c).lemma.toLowerCase())));
  const named = countriesOf(tree, between, placed, fit);
  if (named.length >= 2) return { members: named, via: "nmod:tra" };
  // `tra i due Paesi`: the article's two countries.
  const two = between.find((k) => PAIR_WORDS.has(tree.word(k).lemma.toLowerCase()) && tree.children(k, "nummod").some((n) => tree.word(n).lemma === "due"));
  if (two !== undefined && top) return { members: top, via: "nmod:tra(due)" };
  // `l'asse Mosca-Pyongyang`: two names inside one modifier word with no preposition.
  for (const k of tree.children(id).filter((x) => tree.caseOf(x) === undefined)) {
    const inner = [...new Set(countriesIn(tree, k, placed, fit))];
    if (inner.length >= 2) return { members: inner, via: "nmod(pair)" };
  }
  // `X ha stretto un'alleanza con Y`: a strong word of alliance, the verb's subject and the partner after `con`,
  // unless the verb ends the tie (`ha rotto l'alleanza con Y`).
  const verb = tree.head(id);
  const { partners, breakVerbs } = rules.alliances;
  if (tree.deprel(id) === "obj" && verb > 0 && partners.includes(tree.word(id).lemma.toLowerCase()) && !breakVerbs.includes(tree.word(verb).lemma.toLowerCase())) {
    const subjects = countriesOf(tree, reach(tree, verb, "nsubj", rules.lightVerbs)?.words ?? [], placed, fit);
    const withs = [...tree.children(id, "nmod"), ...tree.children(verb, "obl")].filter((k) => tree.caseOf(k) === "con");
    const partnersNamed = countriesOf(tree, withs, placed, fit);
    if (subjects.length >= 1 && partnersNamed.length >= 1) return { members: [...subjects, ...partnersNamed], via: "obj<nsubj+con" };
  }
  // `X e Y rafforzano la partnership`: the coordinated subjects of the verb it is the object of.
  if (tree.deprel(id) === "obj" && tree.head(id) > 0) {
    const subjects = countriesOf(tree, tree.children(tree.head(id), "nsubj").filter((k) => tree.deprel(k) === "nsubj"), placed, fit);
    if (subjects.length >= 2) return { members: subjects, via: "obj<nsubj+conj" };
  }
  return undefined;
}

export function pairFacts(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], fit: ArgFit, treeRules: TreeRules): RelationFact[] {
  const top = topTwoCountries(mentions, fit, doc);
  const allyRule = treeRules.alliances;
  const out: RelationFact[] = [];
  for (const s of doc.sentences as Sentence[]) {
    if (!s.syntax || s.syntax.words.length === 0) continue;
    const tree = treeOf(s.syntax);
    const placed = placeMentions(s, mentions);
    for (const w of tree.words) {
      if (w.start === undefined || w.end === undefined || !["NOUN", "PROPN", "ADJ"].includes(w.upos)) continue;
      const t = w.tokenIndex !== undefined ? s.tokens[w.tokenIndex] : undefined;
      if (!allyRule.lemmas.includes(w.lemma.toLowerCase()) && !(t && (allyRule.lemmas.includes(t.lemma) || allyRule.lemmas.includes(t.lower)))) continue;
      const found = membersAt(tree, w.id, placed, fit, top, treeRules);
      if (!found) continue;
      // `ha proposto una cooperazione`, `non c'è alleanza`: read on the tree like any trigger.
      const modality = treeModality(tree, w.id, treeRules);
      // `una cooperazione a tre tra X, Y e Z`: each pair of its members.
      const members = [...new Set(found.members)].sort();
      for (let i = 0; i < members.length; i++) {
        for (let j = i + 1; j < members.length; j++) {
          out.push({ predicate: "alliedWith", subject: members[i]!, object: members[j]!, modality, evidence: evidenceFor(doc, s.index, { start: w.start, end: w.end }, `${allyRule.id}:pair:${found.via}`), cameo: allyRule.cameo });
        }
      }
    }
  }
  return out;
}
