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
