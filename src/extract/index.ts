// The extract stage: entities, then relations and claims over the resolved mentions.
// A pure function of the analyzed article and the loaded context.
import type { AnalyzedArticle, ArticleExtraction } from "../types.ts";
import type { ExtractContext } from "./context.ts";
import { recognizeEntities } from "./entities/index.ts";
import { extractRelations } from "./relations/index.ts";
import { extractClaims } from "./claims/index.ts";
import { sourceMention } from "./source.ts";

export function extract(doc: AnalyzedArticle, ctx: ExtractContext): ArticleExtraction {
  const found = recognizeEntities(doc, ctx.entities);
  const source = sourceMention(doc, ctx.entities);
  const mentions = source ? [...found.resolved, source.mention] : found.resolved;
  const entities = source && !found.entities.some((e) => e.key === source.entity.key) ? [...found.entities, source.entity] : found.entities;
  const relations = [...found.structural, ...extractRelations(doc, mentions, ctx.relations)];
  const claims = extractClaims(doc, mentions.map(({ candidate: _c, ...m }) => m), ctx.claims);
  return {
    meta: doc.meta,
    entities: [...entities].sort((a, b) => a.key.localeCompare(b.key)),
    mentions: mentions.map(({ candidate: _c, ...m }) => m).sort((a, b) => a.start - b.start || a.end - b.end),
    relations,
    claims,
  };
}

export type { ExtractContext } from "./context.ts";
export { loadExtractContext } from "./context.ts";
