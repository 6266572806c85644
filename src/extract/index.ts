// The extract stage: entities, then events, relations and claims over the resolved
// mentions. A pure function of the analyzed article and the loaded context.
import type { AnalyzedArticle, ArticleExtraction } from "../types.ts";
import type { ExtractContext } from "./context.ts";
import { recognizeEntities } from "./entities/index.ts";
import { extractEvents, foreignVisits, impliedEntities, type Geography } from "./events/index.ts";
import { extractRelations, makeFit } from "./relations/index.ts";
import { bodiesOf, extractClaims } from "./claims/index.ts";
import { sourceMention } from "./source.ts";
import { partiesBySigners, signingEvents } from "./events/signing.ts";
import { organCountryMembers } from "./relations/roles-tree.ts";

export function extract(doc: AnalyzedArticle, ctx: ExtractContext): ArticleExtraction {
  const found = recognizeEntities(doc, ctx.entities);
  const source = sourceMention(doc, ctx.entities);
  // A dateline (`Seoul (AsiaNews/Agenzie)`) already names the outlet in the text.
  const sourceIsNew = source && !found.resolved.some((m) => m.start === source.mention.start);
  const named = sourceIsNew ? [...found.resolved, source.mention] : found.resolved;
  const geo = geography(ctx);
  const events = extractEvents(doc, named, ctx.events, makeFit(ctx.relations), geo);
  const mentions = [...named, ...events.mentions];
  const byKey = new Map(found.entities.map((e) => [e.key, e]));
  for (const e of [...(source ? [source.entity] : []), ...events.entities]) if (!byKey.has(e.key)) byKey.set(e.key, e);
  const relations = [...found.structural, ...events.relations, ...extractRelations(doc, mentions, ctx.relations)];
  const travels = foreignVisits(events.frames, relations, geo);
  relations.push(...travels);
  // Visits, bodies and offices describe the country they imply; any other fact about an undescribed entity stays dangling.
  for (const e of impliedEntities(relations, new Set(byKey.keys()), geo)) byKey.set(e.key, e);
  // Who signs for a country makes it a party; read once every office and signature is known.
  relations.push(...partiesBySigners(relations, ctx.relations.entriesById));
  const signing = signingEvents(relations, ctx.relations.entriesById, (k) => byKey.get(k)?.label);
  for (const e of signing.entities) if (!byKey.has(e.key)) byKey.set(e.key, e);
  relations.push(...signing.relations);
  // An officer of a state organ holds office in its country.
  const isCountry = (k: string) => (byKey.get(k)?.type ?? ctx.relations.entriesById.get(k)?.type) === "Country";
  // An assembly or council (`Parlamento…`, `Consiglio…` by its first word): its chair is no officer of the state.
  const isAssembly = (k: string) => [byKey.get(k)?.label ?? "", ...(byKey.get(k)?.aliases ?? [])].some((n) => ctx.relations.structure.assemblyHeads.includes(n.split(/\s+/)[0]!.toLowerCase()));
  relations.push(...organCountryMembers(relations, isCountry, isAssembly));
  // An event that got no description (the signing of a treaty no lexicon lists) has no facts either, as the events stage drops its own.
  const described = (k: string) => !k.startsWith("event/") || byKey.has(k);
  const plain = mentions.filter((m) => described(m.key)).map(({ candidate: _c, ...m }) => m).sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    meta: doc.meta,
    entities: [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key)),
    mentions: plain,
    relations: relations.filter((r) => described(r.subject) && described(r.object)),
    claims: extractClaims(doc, plain, ctx.claims, bodiesOf(found.structural)),
  };
}

// Capitals and seats that can act for their country, by lower-case name; built once per context.
const capitals = new WeakMap<ExtractContext, Map<string, string>>();
function placeByName(ctx: ExtractContext): Map<string, string> {
  let m = capitals.get(ctx);
  if (!m) {
    m = new Map();
    for (const e of ctx.relations.entriesById.values()) if (e.type === "Place" && e.actsFor) for (const n of e.names) m.set(n.toLowerCase(), e.id);
    capitals.set(ctx, m);
  }
  return m;
}

/** Where places lie and where people come from, as the lexicon says. */
function geography(ctx: ExtractContext): Geography {
  const { entriesById, countryByIso } = ctx.relations;
  return {
    placeNamed: (surface) => placeByName(ctx).get(surface.toLowerCase()),
    describe: (key) => {
      const e = entriesById.get(key);
      if (!e) return undefined;
      const aliases = e.names.filter((n) => n !== e.label).sort();
      return { key, type: e.type, label: e.label, lang: e.lang, aliases, aliasRules: Object.fromEntries(aliases.map((a) => [a, `lexicon:${key}`])), ...(e.wikidata ? { wikidata: e.wikidata } : {}) };
    },
    countryOfPlace: (key) => [entriesById.get(key)?.locatedIn, countryByIso.get(entriesById.get(key)?.country ?? "")].find((k) => k?.startsWith("country/")),
    countryOfPerson: (key) => countryByIso.get(entriesById.get(key)?.country ?? ""),
  };
}

export type { ExtractContext } from "./context.ts";
export { loadExtractContext } from "./context.ts";
