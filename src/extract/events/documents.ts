// An accord told by what was done with it: `hanno firmato una dichiarazione congiunta`, `è stato
// siglato un memorandum d'intesa sul gas`, `hanno sottoscritto un accordo commerciale`. The
// signed document is a Treaty even when no lexicon or name cue knows it; its name is the noun
// with its adjectives and its `di`/`su`/`per` phrases. A bare `un accordo` names nothing, and
// an accord only planned (`potrebbero firmare`, `hanno escluso di firmare`) makes no node, nor one of a series
// (`un nuovo protocollo`).
import type { AnalyzedArticle, EntityDescription, Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { keyFor } from "../entities/resolve.ts";
import { evidenceFor } from "../evidence.ts";
import { mentionOverWord, type PlacedMention } from "../relations/args.ts";
import { treeModality } from "../relations/tree-modality.ts";
import { lemmasOf, toldAsPossible } from "./clause.ts";
import type { EventContext } from "./rules.ts";

/** Cases of the phrases that belong to a document's name (`sul gas`, `di libero scambio`, `per la difesa`). */
const NAME_CASES = new Set(["di", "su", "per"]);
const RULE = "accord.signed-document";

/** The words of the document's name: the noun, its adjectives, its `di`/`su`/`per` phrases, no clause and no mention of a party. */
function nameWords(tree: DependencyTree, noun: number, placed: readonly PlacedMention[], ctx: EventContext): number[] {
  const out = [noun];
  for (const k of tree.children(noun)) {
    const rel = tree.deprel(k);
    if (rel === "amod" && !ctx.generic.has(tree.word(k).lemma.toLowerCase()) && !mentionOverWord(tree, k, placed)) out.push(k);
    else if (rel.startsWith("nmod") && NAME_CASES.has(tree.caseOf(k) ?? "") && !ctx.presence.has(tree.word(k).lemma.toLowerCase())) {
      const words = phrase(tree, k);
      // `l'accordo di X` with X a country or a person is whose it is, not its name.
      if (words.some((x) => { const m = mentionOverWord(tree, x, placed); return m !== undefined && m.type !== "Place"; })) continue;
      out.push(...words);
    }
  }
  return out.sort((a, b) => a - b);
}

/** A modifier's words, its own modifiers included, stopping at clauses and punctuation. */
function phrase(tree: DependencyTree, id: number): number[] {
  const out = [id];
  for (const k of tree.children(id)) {
    const rel = tree.deprel(k);
    if (rel === "punct" || /^(acl|advcl|conj|cc|appos|parataxis)/.test(rel)) continue;
    // `armi a grappolo`, `missili a lungo raggio`: a bare `a` phrase with no article is part of a compound noun.
    const compound = tree.caseOf(k) === "a" && tree.children(k, "det").length === 0 && tree.word(k).upos === "NOUN";
    if (rel.startsWith("nmod") && !NAME_CASES.has(tree.caseOf(k) ?? "") && !compound) continue;
    out.push(...phrase(tree, k));
  }
  return out;
}

/** The documents a sentence tells as signed, with their words. */
function signedDocuments(s: Sentence, tree: DependencyTree, placed: readonly PlacedMention[], ctx: EventContext): Array<{ words: number[]; verb: number }> {
  const out: Array<{ words: number[]; verb: number }> = [];
  for (const w of tree.words) {
    if (w.upos !== "VERB" || !lemmasOf(s, tree, w.id).some((l) => ctx.accords.verbs.has(l))) continue;
    if (toldAsPossible(tree, w.id) || (ctx.modality && treeModality(tree, w.id, { modality: ctx.modality }) !== "asserted")) continue;
    const passive = tree.children(w.id, "aux:pass").length > 0 || (w.deprel === "acl" && w.feats.includes("VerbForm=Part"));
    const objects = passive ? [...tree.children(w.id, "nsubj:pass"), ...(w.deprel === "acl" ? [w.head] : [])] : tree.children(w.id, "obj");
    for (const o of objects.flatMap((x) => [x, ...tree.conjuncts(x)])) {
      if (tree.word(o).upos !== "NOUN" || !ctx.accords.documents.has(tree.word(o).lemma.toLowerCase()) || mentionOverWord(tree, o, placed)) continue;
      // `accordi bilaterali su energia e commercio`: several accords told together are no one accord.
      if (tree.word(o).feats.includes("Number=Plur")) continue;
      // `un nuovo protocollo`, `un altro memorandum`: one of a series, as with events (`un nuovo incontro`), identifies no accord.
      if (tree.children(o, "amod").some((k) => ctx.generic.has(tree.word(k).lemma.toLowerCase()))) continue;
      const words = nameWords(tree, o, placed, ctx);
      // A bare `un accordo`, `l'intesa` names no accord of its own.
      if (words.length < 2) continue;
      out.push({ words, verb: w.id });
    }
  }
  return out;
}

export function documentMentions(doc: AnalyzedArticle, s: Sentence, tree: DependencyTree, placed: readonly PlacedMention[], ctx: EventContext): { entities: EntityDescription[]; mentions: ResolvedMention[] } {
  const entities: EntityDescription[] = [];
  const mentions: ResolvedMention[] = [];
  for (const d of signedDocuments(s, tree, placed, ctx)) {
    const first = tree.word(d.words[0]!), last = tree.word(d.words[d.words.length - 1]!);
    if (first.start === undefined || last.end === undefined) continue;
    const span = { start: first.start, end: last.end };
    const surface = doc.text.slice(span.start, span.end);
    const label = surface.charAt(0).toLowerCase() + surface.slice(1);
    const key = keyFor("Treaty", label);
    const tokenAt = (off: number) => Math.max(0, s.tokens.findIndex((t) => t.start <= off && off < t.end));
    entities.push({ key, type: "Treaty", label, lang: "it", aliases: [], aliasRules: {} });
    mentions.push({ key, type: "Treaty", surface, start: span.start, end: span.end, sentence: s.index, rule: RULE, resolvedBy: "signed-document", evidence: evidenceFor(doc, s.index, span, `${RULE}:${tree.word(d.verb).lemma}`),
      candidate: { sentence: s.index, firstToken: tokenAt(span.start), lastToken: tokenAt(span.end - 1), start: span.start, end: span.end, type: "Treaty", name: label, surface, rule: RULE, priority: 0 } });
  }
  return { entities, mentions };
}
