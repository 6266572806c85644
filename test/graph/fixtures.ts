// Hand-made extractions for graph and RDF tests.
import type { ArticleExtraction, EntityDescription, Evidence, Mention, RelationFact } from "../../src/types.ts";

export function ev(article: string, sentence: number, rule = "test-rule", text = "Una frase."): Evidence {
  return { article, sentence, start: sentence * 100, end: sentence * 100 + text.length, text, focus: { start: sentence * 100, end: sentence * 100 + 3 }, date: "2025-06", rule };
}

export function entity(key: string, type: EntityDescription["type"], label: string, aliases: string[] = []): EntityDescription {
  return { key, type, label, lang: "en", aliases, aliasRules: Object.fromEntries(aliases.map((a) => [a, "test"])) };
}

export function mention(key: string, type: Mention["type"], article: string, sentence: number): Mention {
  return { key, type, surface: key, start: sentence * 100, end: sentence * 100 + 3, sentence, rule: "test", resolvedBy: "test", evidence: ev(article, sentence) };
}

export function relation(predicate: RelationFact["predicate"], subject: string, object: string, article: string, sentence: number, modality: RelationFact["modality"] = "asserted"): RelationFact {
  return { predicate, subject, object, modality, evidence: ev(article, sentence), cameo: "062" };
}

export function extraction(id: string, parts: Partial<ArticleExtraction>): ArticleExtraction {
  return { meta: { id, file: `${id}.txt`, date: "2025-06", contentHash: id }, entities: [], mentions: [], relations: [], claims: [], ...parts };
}

export const NK = entity("country/north-korea", "Country", "North Korea", ["Corea del Nord"]);
export const RU = entity("country/russia", "Country", "Russia", ["Mosca"]);
