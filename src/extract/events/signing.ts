// The signing of a treaty is one event however many articles tell it: every signs/partyTo
// fact about a treaty makes `event/signing-<treaty>`, with the signers as participants,
// dated with the treaty's date when the lexicon knows it.
import type { EntityDescription, RelationFact } from "../../types.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";

export function signingEvents(facts: readonly RelationFact[], entries: ReadonlyMap<string, LexiconEntry>, labelOf: (key: string) => string | undefined): { entities: EntityDescription[]; relations: RelationFact[] } {
  const entities = new Map<string, EntityDescription>();
  const relations: RelationFact[] = [];
  for (const f of facts) {
    if ((f.predicate !== "signs" && f.predicate !== "partyTo") || f.modality !== "asserted" || !f.object.startsWith("treaty/")) continue;
    const key = `event/signing-${f.object.slice("treaty/".length)}`;
    if (!entities.has(key)) {
      const treaty = entries.get(f.object) as (LexiconEntry & { date?: string }) | undefined;
      const name = treaty?.label ?? labelOf(f.object) ?? f.object;
      entities.set(key, {
        key, type: "Event", label: `firma: ${name}`, lang: "it",
        aliases: [`signing of the ${name}`, "firma del trattato"], aliasRules: { [`signing of the ${name}`]: "signing-of-treaty", "firma del trattato": "signing-of-treaty" },
        ...(treaty?.date ? { date: treaty.date } : {}), cameo: "057",
      });
    }
    // The signers take part in the signing; the countries are parties to the treaty (partyTo), not participants.
    if (f.predicate === "signs") relations.push({ predicate: "participatesIn", subject: f.subject, object: key, modality: "asserted", evidence: { ...f.evidence, rule: `signing-of-treaty:${f.evidence.rule}` }, cameo: "057" });
  }
  return { entities: [...entities.values()], relations };
}

/** An office that makes a person act for a country: leading it, or holding a post in its government. */
const ACTS_FOR: ReadonlySet<string> = new Set(["leaderOf", "memberOf"]);

/**
 * A person signs for the country whose office they hold: when the article says that X signed a
 * treaty and that X leads or serves a country (`il presidente ruandese X`, `il ministro degli
 * Esteri di Y`), that country is a party (partyTo). Only asserted facts count on both sides (`potrebbe
 * firmare` makes no party), and a listed treaty whose parties the lexicon knows takes no other.
 */
export function partiesBySigners(facts: readonly RelationFact[], entries: ReadonlyMap<string, LexiconEntry>): RelationFact[] {
  const countriesOf = new Map<string, RelationFact[]>();
  for (const f of facts) {
    if (!ACTS_FOR.has(f.predicate) || f.modality !== "asserted" || !f.subject.startsWith("person/") || !f.object.startsWith("country/")) continue;
    countriesOf.set(f.subject, [...(countriesOf.get(f.subject) ?? []), f]);
  }
  const out = new Map<string, RelationFact>();
  for (const f of facts) {
    if (f.predicate !== "signs" || f.modality !== "asserted" || !f.subject.startsWith("person/") || !f.object.startsWith("treaty/")) continue;
    const parties = (entries.get(f.object) as { parties?: string[] } | undefined)?.parties ?? [];
    for (const office of countriesOf.get(f.subject) ?? []) {
      const country = office.object;
      const key = `${country}|${f.object}`;
      if (out.has(key) || (parties.length > 0 && !parties.includes(country))) continue;
      out.set(key, { predicate: "partyTo", subject: country, object: f.object, modality: "asserted", cameo: "057",
        evidence: { ...f.evidence, rule: `party-by-signer:${f.evidence.rule}+${office.evidence.rule}` } });
    }
  }
  return [...out.values()];
}
