// Facts an entity brings with it when it is mentioned: the lexicon's certain `partOf` /
// `locatedIn` (NIS is part of South Korea), an agency named through its country
// (`ministero della Difesa britannico` is part of the United Kingdom), and a place named
// with a demonym (`il porto nordcoreano di Rajin` lies in North Korea). The first mention
// in the article is the evidence.
import type { AnalyzedArticle, EntityDescription, RelationFact, RelationPredicate } from "../../types.ts";
import { evidenceFor } from "../evidence.ts";
import type { RecognizerContext } from "./candidate.ts";
import type { ResolvedMention } from "./index.ts";

export interface StructuralResult {
  facts: RelationFact[];
  /** Entities that facts point to but the article does not mention (described from the lexicon). */
  targets: EntityDescription[];
}

export function structuralFacts(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], ctx: RecognizerContext): StructuralResult {
  const facts: RelationFact[] = [];
  const seen = new Set<string>();
  const targets = new Map<string, EntityDescription>();
  const add = (m: ResolvedMention, predicate: RelationPredicate, object: string, rule: string) => {
    const id = `${predicate}|${m.key}|${object}`;
    if (seen.has(id) || object === m.key) return;
    seen.add(id);
    facts.push({ predicate, subject: m.key, object, modality: "asserted", evidence: evidenceFor(doc, m.sentence, m, rule) });
    const entry = ctx.entriesById.get(object);
    if (entry && !mentions.some((x) => x.key === object)) {
      targets.set(object, { key: object, type: entry.type, label: entry.label, lang: entry.lang, aliases: [...new Set(entry.names)].filter((n) => n !== entry.label).sort(), aliasRules: Object.fromEntries(entry.names.filter((n) => n !== entry.label).map((n) => [n, `lexicon:${entry.id}`])), ...(entry.wikidata ? { wikidata: entry.wikidata } : {}) });
    }
  };
  const mentioned = new Set(mentions.map((m) => m.key));
  const addFrom = (subject: string, m: ResolvedMention, predicate: RelationPredicate, rule: string) => {
    const id = `${predicate}|${subject}|${m.key}`;
    if (seen.has(id)) return;
    seen.add(id);
    facts.push({ predicate, subject, object: m.key, modality: "asserted", evidence: evidenceFor(doc, m.sentence, m, rule), cameo: "057" });
  };
  for (const m of mentions) {
    const entry = ctx.entriesById.get(m.key);
    if (entry?.partOf) add(m, "partOf", entry.partOf, `lexicon:${entry.id}:partOf`);
    // Where a place lies is said only when the article names both (no country the article never mentions).
    // A body that is part of a country already says where it is (partOf); locatedIn is for places, events and independent bodies.
    if (entry?.locatedIn && entry.type !== "Country" && !entry.partOf && mentioned.has(entry.locatedIn)) add(m, "locatedIn", entry.locatedIn, `lexicon:${entry.id}:locatedIn`);
    // A treaty's parties, when the article names them, are party to it.
    const parties = (entry as { parties?: string[] } | undefined)?.parties ?? [];
    if (m.type === "Treaty") for (const party of parties) if (mentioned.has(party)) addFrom(party, m, "partyTo", `lexicon:${entry!.id}:parties`);
    const c = m.candidate;
    // `la Conferenza internazionale di Minsk sulla sicurezza eurasiatica`: a named event takes place where its name says.
    if (m.type === "Event" && !entry) {
      for (const word of c.surface.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).slice(1)) {
        const place = ctx.entriesById.get(`place/${word.toLowerCase()}`) ?? [...ctx.entriesById.values()].find((e) => e.type === "Place" && e.names.includes(word));
        if (place) { add(m, "locatedIn", place.id, `${c.rule}:place-in-name`); break; }
      }
    }
    if (!entry && c.agencyHead && c.country) add(m, "partOf", c.country, "agency-of-country");
    if (c.locatedIn && m.type === "Place") add(m, "locatedIn", c.locatedIn, `${c.rule}:demonym`);
  }
  return { facts, targets: [...targets.values()] };
}
