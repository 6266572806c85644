// The extract stage: entities, then events, relations and claims over the resolved
// mentions. A pure function of the analyzed article and the loaded context.
import type { AnalyzedArticle, ArticleExtraction } from "../types.ts";
import type { ExtractContext } from "./context.ts";
import { recognizeEntities } from "./entities/index.ts";
import { extractEvents } from "./events/index.ts";
import { extractRelations, makeFit } from "./relations/index.ts";
import { bodiesOf, extractClaims } from "./claims/index.ts";
import { sourceMention } from "./source.ts";
import { signingEvents } from "./events/signing.ts";

export function extract(doc: AnalyzedArticle, ctx: ExtractContext): ArticleExtraction {
  const found = recognizeEntities(doc, ctx.entities);
  const source = sourceMention(doc, ctx.entities);
  // A dateline (`Seoul (AsiaNews/Agenzie)`) already names the outlet in the text.
  const sourceIsNew = source && !found.resolved.some((m) => m.start === source.mention.start);
  const named = sourceIsNew ? [...found.resolved, source.mention] : found.resolved;
  const events = extractEvents(doc, named, ctx.events, makeFit(ctx.relations));
  const mentions = [...named, ...events.mentions];
  const byKey = new Map(found.entities.map((e) => [e.key, e]));
  for (const e of [...(source ? [source.entity] : []), ...events.entities]) if (!byKey.has(e.key)) byKey.set(e.key, e);
  const relations = [...found.structural, ...events.relations, ...extractRelations(doc, mentions, ctx.relations)];
  const signing = signingEvents(relations, ctx.relations.entriesById, (k) => byKey.get(k)?.label);
  for (const e of signing.entities) if (!byKey.has(e.key)) byKey.set(e.key, e);
  relations.push(...signing.relations);
  const plain = mentions.map(({ candidate: _c, ...m }) => m).sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    meta: doc.meta,
    entities: [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key)),
    mentions: plain,
    relations,
    claims: extractClaims(doc, plain, ctx.claims, bodiesOf(found.structural)),
  };
}

export type { ExtractContext } from "./context.ts";
export { loadExtractContext } from "./context.ts";
