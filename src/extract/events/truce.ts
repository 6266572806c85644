// A truce is an agreement, not a happening: `una tregua fra X e Y`, `un cessate il fuoco fra
// X e Y` is a Treaty node whose parties (partyTo) are the sides named by `tra`. One needs
// two sides or a place (`la tregua a X`) to tell which truce it is; a bare `una tregua` or
// `chiedere un cessate il fuoco` names none.
import { slugify } from "../../names/slug.ts";
import type { AnalyzedArticle, EntityDescription, RelationFact } from "../../types.ts";
import { evidenceFor } from "../evidence.ts";
import type { EventMention } from "./mentions.ts";
import { slice } from "./names.ts";

const tail = (key: string) => key.slice(key.indexOf("/") + 1);

export function truces(doc: AnalyzedArticle, found: ReadonlyArray<EventMention & { sentence: number; text: string }>): { entities: EntityDescription[]; relations: RelationFact[] } {
  const entities = new Map<string, EntityDescription>();
  const relations: RelationFact[] = [];
  const year = doc.meta.date?.slice(0, 4);
  for (const f of found) {
    if (f.kind.frame !== "truce" || f.hypothetical) continue;
    const sides = [...new Set(f.participants.filter((r) => r.via.startsWith("nmod:tra") || r.via.startsWith("nmod:fra")).filter((r) => r.p.type !== "Person").map((r) => r.p.m.key))].sort();
    if (sides.length < 2 && !f.place) continue;
    const key = `treaty/${slugify(["truce", ...(sides.length >= 2 ? sides.map(tail) : [tail(f.place!.p.m.key)]), year ?? ""].filter(Boolean).join("-"))}`;
    const stem = slice(doc, f.span);
    const names = [f.text];
    const surface = (k: string) => f.participants.find((r) => r.p.m.key === k)!.p.m.surface;
    if (sides.length === 2) names.push(`${stem} tra ${surface(sides[0]!)} e ${surface(sides[1]!)}`, `${stem} tra ${surface(sides[1]!)} e ${surface(sides[0]!)}`);
    if (f.place) names.push(`${stem} a ${f.place.p.m.surface}`, `${stem} in ${f.place.p.m.surface}`);
    const e = entities.get(key);
    const rule = f.kind.id;
    if (e) for (const n of names) { if (n !== e.label && !e.aliases.includes(n)) { e.aliases.push(n); e.aliasRules[n] = rule; } }
    else entities.set(key, { key, type: "Treaty", label: names[0]!, lang: "it", aliases: names.slice(1), aliasRules: Object.fromEntries(names.slice(1).map((n) => [n, rule])) });
    for (const side of sides) relations.push({ predicate: "partyTo", subject: side, object: key, modality: "asserted", evidence: evidenceFor(doc, f.sentence, f.span, `${rule}:party:nmod:tra`) });
    // A truce is called between those who were fighting: two countries named as its sides were at war.
    const states = sides.filter((k) => k.startsWith("country/"));
    for (let i = 0; i < states.length; i++) for (let j = i + 1; j < states.length; j++) relations.push({ predicate: "atWarWith", subject: states[i]!, object: states[j]!, modality: "asserted", evidence: evidenceFor(doc, f.sentence, f.span, `${rule}:sides:nmod:tra`) });
  }
  return { entities: [...entities.values()].map((e) => ({ ...e, aliases: [...new Set(e.aliases)].filter((a) => a !== e.label).sort() })), relations };
}
