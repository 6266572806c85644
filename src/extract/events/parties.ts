// The sides an accord names are its parties: `l'accordo di pace tra X e Y`, `la firma del
// trattato fra X e Y`, `X ha firmato un accordo di difesa con Y`. Only an accord told as made
// counts (signed, ratified, concluded, its signing told as done): `i negoziati per un accordo tra
// X e Y`, `potrebbero firmare un accordo tra X e Y` and `non hanno firmato` make no party.
import type { RelationFact, Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import { mentionOverWord, mentionWords, type PlacedMention } from "../relations/args.ts";
import { treeModality } from "../relations/tree-modality.ts";
import { mentionsOf } from "./mentions.ts";
import { lemmasOf, toldAsPossible } from "./clause.ts";
import type { EventContext } from "./rules.ts";

export interface Side {
  /** A country is a party; a person it was signed with (`ha firmato con il collega X`) is a co-signer. */
  predicate: "partyTo" | "signs";
  country: string;
  treaty: string;
  /** The arcs read, for the evidence: `nmod:tra`, `obl:con<firmare`. */
  via: string;
  /** The word the fact is told on (the verb or noun of signing). */
  at: number;
}

const SIDE_CASES = new Set(["tra", "fra"]);

/**
 * Where the accord is told as made: a verb of making it that takes it (or the signing noun above it)
 * as object or subject, a participle on it (`l'accordo, firmato ieri`), or a signing noun over it.
 */
function madeAt(s: Sentence, tree: DependencyTree, head: number, ctx: EventContext): number | undefined {
  const made = (x: number) => lemmasOf(s, tree, x).some((l) => ctx.accords.verbs.has(l));
  const participle = tree.children(head, "acl").find((k) => made(k) && tree.word(k).feats.includes("VerbForm=Part"));
  if (participle !== undefined) return participle;
  let x = head;
  // `la firma dell'accordo tra X e Y`: the noun of signing is where the act is told.
  const up = tree.head(x);
  const signingNoun = up > 0 && tree.deprel(x).startsWith("nmod") && tree.caseOf(x) === "di" && ctx.accords.nouns.has(tree.word(up).lemma.toLowerCase());
  if (signingNoun) x = up;
  const gov = tree.head(x);
  if (gov > 0 && ["obj", "nsubj:pass", "nsubj"].includes(tree.deprel(x)) && tree.word(gov).upos === "VERB" && made(gov)) return gov;
  if (signingNoun) return x;
  return undefined;
}

/** The countries an accord named in this sentence is made between, when the sentence tells it as made. */
export function accordSides(s: Sentence, tree: DependencyTree, placed: readonly PlacedMention[], ctx: EventContext): Side[] {
  const out: Side[] = [];
  for (const p of placed) {
    if (p.type !== "Treaty") continue;
    const { inside: words, heads: [head] } = mentionWords(tree, p.m);
    if (head === undefined) continue;
    const at = madeAt(s, tree, head, ctx);
    if (at === undefined || toldAsPossible(tree, at) || (ctx.modality && treeModality(tree, at, { modality: ctx.modality }) !== "asserted")) continue;
    // `tra X e Y` on the accord's words, or on the signing noun above it.
    const holders = [...words, ...(tree.word(at).upos === "NOUN" ? [at] : [])];
    const sides = holders.flatMap((x) => tree.children(x, "nmod").filter((k) => SIDE_CASES.has(tree.caseOf(k) ?? "") && !words.includes(k)).map((k) => ({ k, via: `nmod:${tree.caseOf(k)}` })));
    // `ha firmato con Y un accordo`, `un accordo di difesa con Y`: the one it was made with, when a verb of making it is told.
    if (tree.word(at).upos === "VERB") {
      sides.push(...tree.children(at, "obl").filter((k) => tree.caseOf(k) === "con").map((k) => ({ k, via: `obl:con<${tree.word(at).lemma}` })));
      sides.push(...words.flatMap((x) => tree.children(x, "nmod")).filter((k) => tree.caseOf(k) === "con" && !words.includes(k)).map((k) => ({ k, via: "nmod:con" })));
    }
    for (const { k, via } of sides) {
      for (const m of mentionsOf(tree, k, placed, ctx.governments)) {
        if (mentionOverWord(tree, k, placed) === p) continue;
        if (m.type === "Country") out.push({ predicate: "partyTo", country: m.m.key, treaty: p.m.key, via, at });
        else if (m.type === "Person" && via.includes("con")) out.push({ predicate: "signs", country: m.m.key, treaty: p.m.key, via, at });
      }
    }
  }
  return out;
}

export function sideFacts(sides: readonly Side[], evidence: (at: number, rule: string) => RelationFact["evidence"]): RelationFact[] {
  return sides.map((x) => ({ predicate: x.predicate, subject: x.country, object: x.treaty, modality: "asserted", cameo: "057", evidence: evidence(x.at, `accord-sides:${x.via}`) }));
}
