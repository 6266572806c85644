// `A Mosca, X ha incontrato Y`, `X ha incontrato Y a Pechino`: meeting someone in a foreign
// place means having travelled there. The place is read on the tree: an `a`/`in`/`presso`
// phrase on the meeting word or on a clause that governs it (the sentence's own fronted
// place included). A phone call is made from home; the host is at home.
import type { AnalyzedArticle, RelationFact } from "../../types.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import { treeOf } from "../../syntax/tree.ts";
import { evidenceFor } from "../evidence.ts";
import type { ResolvedMention } from "../entities/index.ts";

const PLACE_CASES = new Set(["a", "ad", "in", "presso"]);
/** Arcs by which a clause hangs from the one that governs it: the meeting happens where that one is set. */
const GOVERNED = new Set(["xcomp", "advcl", "conj", "ccomp", "acl", "acl:relcl", "parataxis"]);

export interface MeetingPlaceContext {
  entriesById: ReadonlyMap<string, LexiconEntry>;
  countryByIso: ReadonlyMap<string, string>;
}

/** Words that name where the clause of `id` happens: its `a`/`in` obliques and those of the clauses above it. */
function placeWords(doc: AnalyzedArticle, sentence: number, focus: number): number[] | undefined {
  const s = doc.sentences[sentence]!;
  if (!s.syntax || s.syntax.words.length === 0) return undefined;
  const tree = treeOf(s.syntax);
  const trigger = tree.words.find((w) => w.start !== undefined && w.end !== undefined && w.start <= focus && focus < w.end);
  if (!trigger) return undefined;
  const chain = [trigger.id];
  for (let x = trigger.id; GOVERNED.has(tree.deprel(x)) && tree.head(x) > 0 && chain.length < 5; x = tree.head(x)) chain.push(tree.head(x));
  const obliques = chain.flatMap((x) => [...tree.children(x, "obl"), ...tree.children(x, "nmod")]).filter((k) => PLACE_CASES.has(tree.caseOf(k) ?? ""));
  return [...obliques, ...chain.flatMap((x) => whereAntecedent(tree, x))]
    .flatMap((k) => [k, ...tree.conjuncts(k)]).map((k) => tree.word(k).start!).filter((x) => x !== undefined);
}

/**
 * `…quella a Budapest, dove X era stata ricevuta da Y`: a clause opened by `dove` happens at
 * the name `dove` stands for, the noun just before it (the parser often hangs such a clause
 * on the main verb rather than on that noun).
 */
function whereAntecedent(tree: ReturnType<typeof treeOf>, clause: number): number[] {
  const dove = tree.children(clause, "advmod").find((k) => tree.word(k).lemma === "dove" && k < clause);
  if (dove === undefined) return [];
  for (let k = dove - 1; k >= 1; k--) {
    const w = tree.word(k);
    if (w.upos === "PUNCT") continue;
    return w.upos === "PROPN" || w.upos === "NOUN" ? [k] : [];
  }
  return [];
}

/** A body of a country's government housed in that country (the lexicon says it is part of it and located there): its seat stands for the country. */
function seatCountry(entry: LexiconEntry | undefined): string | undefined {
  const country = entry?.partOf;
  return country?.startsWith("country/") && entry?.locatedIn === country ? country : undefined;
}

/**
 * Where a visit told by a pattern went: a place or country as it is; a seat of a country's
 * government (`è arrivato alla Casa Bianca`) is that country; any other body is no destination.
 */
export function visitDestination(object: string, entriesById: ReadonlyMap<string, LexiconEntry>): string | undefined {
  return object.startsWith("org/") ? seatCountry(entriesById.get(object)) : object;
}

export function visitsByMeeting(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], facts: readonly RelationFact[], ctx: MeetingPlaceContext, nationality: ReadonlyMap<string, string>): RelationFact[] {
  const out: RelationFact[] = [];
  for (const f of facts) {
    if (f.predicate !== "meetsWith" || f.modality !== "asserted") continue;
    const focus = f.evidence.focus?.start ?? f.evidence.start;
    if (/^telefon/.test(doc.text.slice(focus, f.evidence.focus?.end ?? focus).toLowerCase())) continue;
    const starts = placeWords(doc, f.evidence.sentence, focus);
    if (!starts) continue;
    const here = (m: ResolvedMention) => m.sentence === f.evidence.sentence && starts.some((x) => m.start <= x && x < m.end);
    const places = mentions.filter((m) => here(m) && m.type === "Place" && ctx.entriesById.get(m.key)?.country);
    // `ricevuto alla Casa Bianca`, `al Cremlino`: a seat of a country's government, as the place of a meeting, is in that country.
    const seats = mentions.filter((m) => here(m) && m.type === "Organization" && seatCountry(ctx.entriesById.get(m.key)) !== undefined);
    for (const who of [f.subject, f.object]) {
      // Whose country: the lexicon's, or what the article's roles say (`il ministro giapponese X`).
      const home = nationality.get(who);
      if (!home || !who.startsWith("person/")) continue;
      for (const p of places) {
        if (ctx.countryByIso.get(ctx.entriesById.get(p.key)!.country ?? "") === home) continue;
        out.push({ predicate: "visits", subject: who, object: p.key, modality: "asserted", evidence: evidenceFor(doc, p.sentence, p, "visit-by-meeting-abroad"), cameo: "042" });
      }
      for (const seat of seats) {
        const country = seatCountry(ctx.entriesById.get(seat.key))!;
        if (country === home) continue;
        out.push({ predicate: "visits", subject: who, object: country, modality: "asserted", evidence: evidenceFor(doc, seat.sentence, seat, "visit-by-meeting-at-seat"), cameo: "042" });
      }
    }
  }
  return out;
}
