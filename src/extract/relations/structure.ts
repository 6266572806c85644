// Belonging and location read over the dependency tree: a body named with a demonym or a
// `di` modifier (`la Guardia costiera greca`, `la Commissione di disciplina del Partito`)
// is part of what it names; a unit noun in apposition or as a predicate (`X, dipartimento
// dell'università Y`) makes X part of Y; a seat noun places a body (`X, con sede a Y`,
// `Y, feudo del partito X`). Every fact names its rule and the arcs it used.
import type { Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import { mentionOverWord, type ArgFit, type PlacedMention } from "./args.ts";
import { treeOf } from "../../syntax/tree.ts";
import { nominalModifiers } from "./tree-patterns.ts";
import type { StructureRuleId, StructureRules } from "./structure-rules.ts";
import { placeInFacts, possessedPlaceFacts } from "./places.ts";
import { phraseBeforeComma } from "./comma.ts";

export interface StructureFact {
  predicate: "partOf" | "locatedIn";
  subject: string;
  object: string;
  rule: string;
  focus: { start: number; end: number };
}

export interface StructureContext {
  rules: StructureRules;
  /** Demonym form (`greca`, `iraniano`) -> country key. */
  demonyms: Map<string, string>;
  entriesById: Map<string, LexiconEntry>;
  /** Bodies and countries the article names, by the surface written (`SADC`): key. */
  namedInArticle?: ReadonlyMap<string, string>;
}

const RELATIVE = new Set(["che", "quale", "cui"]);
/** A name hangs below its title (`il gruppo Alfa`): these arcs, with no preposition. */
const NAME_ARCS = new Set(["flat", "flat:name", "nmod", "appos", "amod"]);
/** Arcs that open another clause: a phrase's modifiers are not looked for below them. */


/** The mention a word stands for: one it lies in, else the name below it as its title (`del gruppo X`). */
function mentionOf(tree: DependencyTree, id: number, placed: readonly PlacedMention[]): PlacedMention | undefined {
  return mentionOverWord(tree, id, placed) ?? tree.children(id).filter((k) => NAME_ARCS.has(tree.deprel(k)) && tree.caseOf(k) === undefined).map((k) => mentionOverWord(tree, k, placed)).find((p) => p);
}

/** The words of a mention, those of them whose head lies outside it, and these with the title above the name. */
function wordsOf(tree: DependencyTree, p: PlacedMention): { inside: number[]; own: number[]; heads: number[] } {
  const inside = tree.words.filter((w) => w.start !== undefined && w.end !== undefined && p.m.start <= w.start && w.end <= p.m.end).map((w) => w.id);
  const own = inside.filter((x) => !inside.includes(tree.head(x)));
  // `il gruppo Alfa`: the title the name hangs from heads the phrase too.
  const titles = own.filter((h) => NAME_ARCS.has(tree.deprel(h)) && tree.caseOf(h) === undefined && tree.head(h) > 0).map((h) => tree.head(h));
  return { inside, own, heads: [...own, ...titles] };
}

const lemma = (tree: DependencyTree, id: number) => tree.word(id).lemma.toLowerCase();

/**
 * The mention a phrase stands in apposition to when the parser hung it elsewhere: the phrase
 * set off from it by a comma (comma.ts), the phrase opening with its article, preposition or
 * relative `che`; the mention is the phrase's own, else the name it ends with, past a
 * parenthesized acronym (`X (ACR), con sede a Y`).
 */
function apposedTo(tree: DependencyTree, id: number, placed: readonly PlacedMention[]): PlacedMention | undefined {
  const below = tree.children(id).filter((k) => k < id && (["det", "case", "cop", "mark"].includes(tree.deprel(k)) || (tree.deprel(k) === "nsubj" && RELATIVE.has(lemma(tree, k)))));
  const first = Math.min(id, ...below);
  const before = phraseBeforeComma(tree, id, first);
  if (before === undefined) return undefined;
  const own = mentionOf(tree, before, placed);
  if (own) return own;
  const inParens = (k: number) => tree.children(k, "punct").some((c) => tree.word(c).form === "(");
  const last = tree.subtree(before).filter((k) => k < first - 1 && tree.word(k).upos !== "PUNCT" && !inParens(k)).pop();
  const end = last === undefined ? undefined : tree.word(last).end;
  return end === undefined ? undefined : placed.find((p) => p.m.end === end);
}

/** `di` modifiers of a word that lie outside the mention it belongs to. */
function ofModifiers(tree: DependencyTree, id: number, inside: readonly number[]): number[] {
  return tree.children(id).filter((k) => !inside.includes(k) && tree.deprel(k).startsWith("nmod") && tree.caseOf(k) === "di");
}

/** Lexicon bodies and countries by a name as written (`SADC`, `Unione africana`), built once per lexicon. */
const namesCache = new WeakMap<ReadonlyMap<string, LexiconEntry>, Map<string, LexiconEntry>>();
function entriesByName(entriesById: ReadonlyMap<string, LexiconEntry>): Map<string, LexiconEntry> {
  let out = namesCache.get(entriesById);
  if (!out) {
    out = new Map();
    for (const e of entriesById.values()) {
      if (e.type !== "Organization" && e.type !== "Country") continue;
      for (const n of e.names) if (n.length >= 3 && /\p{Lu}/u.test(n) && !out.has(n)) out.set(n, e);
    }
    namesCache.set(entriesById, out);
  }
  return out;
}

/**
 * `la Commissione della SADC` read as one name: a body or country named after `di` inside
 * the name (to the name's end), one the article names on its own or the lexicon lists, is
 * what the body is part of.
 */
function innerOwner(tree: DependencyTree, body: PlacedMention, inside: readonly number[], keyOf: (name: string) => string | undefined, text: (a: number, b: number) => string): { id: number; key: string } | undefined {
  for (const k of inside) {
    const w = tree.word(k);
    if (!tree.deprel(k).startsWith("nmod") || tree.caseOf(k) !== "di" || w.start === undefined || w.start <= body.m.start) continue;
    const key = keyOf(text(w.start, body.m.end));
    if (key && key !== body.m.key) return { id: k, key };
  }
  return undefined;
}

export function structureFacts(s: Sentence, placed: readonly PlacedMention[], ctx: StructureContext, fit: ArgFit): StructureFact[] {
  if (!s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const { enabled, unitNouns, seatNouns, privateHeads, controlVerbs } = ctx.rules;
  const out: StructureFact[] = [];
  const add = (predicate: StructureFact["predicate"], subject: string | undefined, object: string | undefined, rule: StructureRuleId, arcs: string, at: number) => {
    const w = tree.word(at);
    if (!subject || !object || subject === object || w.start === undefined || w.end === undefined) return;
    out.push({ predicate, subject, object, rule: `structure:${rule} ${arcs}`, focus: { start: w.start, end: w.end } });
  };
  // A capital read as its country (`il governo di Londra`): for a body it names a seat, not an owner.
  const seatCity = (p: PlacedMention | undefined) => p?.m.resolvedBy.startsWith("metonymy") && p.m.candidate.entry?.type === "Place";
  const ownerProper = (id: number) => { const p = mentionOf(tree, id, placed); return p && !p.source && !seatCity(p) && (p.type === "Organization" || p.type === "Country") ? p.m.key : undefined; };
  const placeAt = (id: number) => { const p = mentionOf(tree, id, placed); return p ? fit(p, ["Place", "Country"]) : undefined; };
  const owner = (id: number) => { const p = mentionOf(tree, id, placed); return p && !p.source ? fit(p, ["Organization", "Country"]) : undefined; };

  for (const body of placed) {
    if (body.type !== "Organization") continue;
    // What the lexicon says about a listed body is certain; the wording is not needed.
    if (ctx.entriesById.get(body.m.key)?.partOf) continue;
    const { inside, own, heads } = wordsOf(tree, body);
    if (enabled.has("body-demonym")) {
      // Not on the title: `il quotidiano britannico X` says where a paper is from, not whose it is.
      const demonym = [...inside, ...own.flatMap((h) => tree.children(h, "amod"))].find((x) => tree.word(x).upos === "ADJ" && ctx.demonyms.has(tree.word(x).form.toLowerCase()));
      // A foundation or a company named with a demonym is in that country, not a part of its state.
      const isPrivate = [...inside, ...own].some((x) => privateHeads.includes(tree.word(x).form.toLowerCase()));
      if (demonym !== undefined) add(isPrivate ? "locatedIn" : "partOf", body.m.key, ctx.demonyms.get(tree.word(demonym).form.toLowerCase()), "body-demonym", inside.includes(demonym) ? "name" : "amod", demonym);
    }
    if (enabled.has("body-of")) {
      // `l'ufficio comunicazione della marina (UCM)`: a compound title (`ufficio comunicazione`) carries the `di` modifier on its second noun.
      const compounds = heads.filter((h) => !inside.includes(h)).flatMap((h) => tree.children(h, "compound"));
      const mods = [...inside, ...heads, ...compounds].flatMap((x) => ofModifiers(tree, x, inside));
      const of = mods.find((k) => ownerProper(k));
      if (of !== undefined) add("partOf", body.m.key, ownerProper(of), "body-of", "nmod:di", of);
      const inner = of === undefined ? innerOwner(tree, body, inside, (n) => ctx.namedInArticle?.get(n) ?? entriesByName(ctx.entriesById).get(n)?.id, (a, b) => s.text.slice(a - s.start, b - s.start)) : undefined;
      if (inner) add("partOf", body.m.key, inner.key, "body-of", "name>nmod:di", inner.id);
      // `l'istituto X di Londra`: a city names where a body sits, not whose it is.
      const cityOf = (k: number) => { const p = mentionOverWord(tree, k, placed); return p?.type === "Place" ? p.m.key : undefined; };
      const city = of === undefined ? mods.find((k) => cityOf(k)) : undefined;
      if (city !== undefined) add("locatedIn", body.m.key, cityOf(city), "body-of", "nmod:di(place)", city);
    }
    if (enabled.has("unit-of")) {
      // `X, dipartimento della Y`: the apposition's own `di` modifier.
      for (const h of heads) {
        for (const a of tree.children(h, "appos").filter((k) => unitNouns.includes(lemma(tree, k)))) {
          const of = nominalModifiers(tree, a, "di").find((k) => owner(k));
          if (of !== undefined) add("partOf", body.m.key, owner(of), "unit-of", "appos>nmod:di", a);
        }
      }
    }
    if (enabled.has("controlled-by")) {
      // `X, un reparto controllato dal ministero Y`, `X, diretto da Y`: a participle of control with its agent.
      const holders = [...heads, ...heads.flatMap((h) => tree.children(h, "appos"))];
      for (const part of holders.flatMap((h) => tree.children(h, "acl")).filter((k) => controlVerbs.includes(lemma(tree, k)) && tree.word(k).feats.includes("VerbForm=Part"))) {
        const agent = tree.agentOf(part) ?? tree.children(part, "obl").find((k) => tree.caseOf(k) === "da");
        if (agent !== undefined) add("partOf", body.m.key, owner(agent), "controlled-by", `${tree.deprel(tree.head(part)) === "appos" ? "appos>" : ""}acl>obl:da`, part);
      }
    }
    if (enabled.has("seat-in")) {
      // `X, con sede a Y` (sede under X), `X ha sede a Y` (sede the object of X's verb).
      const seats = heads.flatMap((h) => tree.children(h).filter((k) => seatNouns.includes(lemma(tree, k)) && !inside.includes(k)));
      for (const h of heads) {
        if (tree.deprel(h) === "nsubj" && lemma(tree, tree.head(h)) === "avere") seats.push(...tree.children(tree.head(h), "obj").filter((k) => seatNouns.includes(lemma(tree, k))));
      }
      // `X (ACR), con sede negli Y` with `sede` hung elsewhere: the comma's apposition.
      const byComma = tree.words.filter((w) => seatNouns.includes(w.lemma.toLowerCase()) && tree.caseOf(w.id) === "con" && !seats.includes(w.id) && apposedTo(tree, w.id, placed)?.m.key === body.m.key).map((w) => w.id);
      seats.push(...byComma);
      for (const seat of seats) {
        const at = tree.children(seat).find((k) => ["in", "a"].includes(tree.caseOf(k) ?? "") && placeAt(k));
        if (at === undefined) continue;
        const arcs = `${byComma.includes(seat) ? "comma" : tree.deprel(seat)}${tree.caseOf(seat) ? `:${tree.caseOf(seat)}` : ""}>nmod:${tree.caseOf(at)}`;
        add("locatedIn", body.m.key, placeAt(at), "seat-in", arcs, seat);
      }
    }
  }

  for (const w of tree.words) {
    const l = w.lemma.toLowerCase();
    // `Y, sede del gruppo X`: the seat noun in apposition to a place.
    if (enabled.has("seat-of") && seatNouns.includes(l)) {
      // The parser often reads the apposition as a second object of the same verb: the first is the place.
      const parsed = w.deprel === "appos" ? mentionOf(tree, w.head, placed)
        : ["obj", "nsubj", "obl"].includes(w.deprel) ? tree.children(w.head, w.deprel).filter((k) => k < w.id).map((k) => mentionOf(tree, k, placed)).pop() : undefined;
      const place = parsed ?? (tree.caseOf(w.id) === undefined ? apposedTo(tree, w.id, placed) : undefined);
      const where = place ? fit(place, ["Place"]) : undefined;
      const body = ofModifiers(tree, w.id, []).map((k) => mentionOf(tree, k, placed)).find((p) => p && fit(p, ["Organization"]));
      if (where && body) add("locatedIn", fit(body, ["Organization"]), where, "seat-of", `${parsed ? w.deprel : "comma"}>nmod:di`, w.id);
    }
    // `X è una costola del movimento Y`, `X, che è un'ala di Y`: a unit noun as the predicate.
    if (enabled.has("unit-of") && unitNouns.includes(l) && tree.children(w.id, "cop").length > 0) {
      let subj = tree.children(w.id, "nsubj")[0];
      const relative = subj !== undefined && RELATIVE.has(lemma(tree, subj));
      if (relative && w.deprel.startsWith("acl")) subj = w.head;
      // `X (ACR), che … è un'ala di Y` with the relative clause hung elsewhere: its antecedent ends before the comma.
      const body = relative && !w.deprel.startsWith("acl") ? apposedTo(tree, w.id, placed) : subj !== undefined ? mentionOf(tree, subj, placed) : undefined;
      const of = nominalModifiers(tree, w.id, "di").find((k) => owner(k));
      if (body && of !== undefined) add("partOf", fit(body, ["Organization"]), owner(of), "unit-of", `${relative && !w.deprel.startsWith("acl") ? "comma+" : ""}nsubj+cop>nmod:di`, w.id);
    }
  }
  if (enabled.has("place-in")) out.push(...placeInFacts(tree, placed, ctx.rules, fit));
  if (enabled.has("possessed-place")) out.push(...possessedPlaceFacts(tree, placed, ctx.rules, fit));
  return out;
}
