// Events as frames. Happenings named by a common noun (`il vertice del G20 di X`, `la visita di
// X a Y`, `l'operazione Z`) are read over the parse (mentions.ts: name, participants and
// place from the noun phrase; clause.ts: from the clause around it), given one identity per
// article and across articles, and what taking part implies is written as relations
// (frames.ts). The key is built from content (kind, place or name, year), so every article
// telling the same happening meets in one node.
import type { AnalyzedArticle, EntityDescription, Evidence, RelationFact } from "../../types.ts";
import { treeOf } from "../../syntax/tree.ts";
import { evidenceFor } from "../evidence.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { placeMentions, type ArgFit, type PlacedMention } from "../relations/args.ts";
import { eventMentions, type EventMention, type Role } from "./mentions.ts";
import { clauseRoles, toldAsPossible } from "./clause.ts";
import { arrivals, verbFrames, type Arrival } from "./verbs.ts";
import { arrivalFrames, joinToldFrame, type ArticleEvent } from "./joins.ts";
import { truces } from "./truce.ts";
import { cliticJoins } from "./clitic.ts";
import { accordSides, sideFacts } from "./parties.ts";
import { documentMentions } from "./documents.ts";
import { identify } from "./identity.ts";
import { eventNames, slice } from "./names.ts";
import { frameRelations, travels, type FramedEvent, type Geography } from "./frames.ts";
import type { EventContext } from "./rules.ts";

export { loadEventContext, compileEventRules, type EventContext, type EventKind } from "./rules.ts";
export { foreignVisits, type Geography } from "./frames.ts";

export interface EventResult {
  entities: EntityDescription[];
  relations: RelationFact[];
  mentions: ResolvedMention[];
  /** The events with their roles, for what can only be read after the relation stage (foreignVisits). */
  frames: FramedEvent[];
}

interface Found extends EventMention {
  sentence: number;
  text: string;
}

/** How a seat named as a location (`alla Casa Bianca`) was read as its country. */
const SEAT = "seat-location";

/** Title and lead name the article's main happenings; later, one mention alone is a passing reference. */
const LEAD_SENTENCES = 3;

function tokenAt(doc: AnalyzedArticle, sentence: number, offset: number): number {
  return Math.max(0, doc.sentences[sentence]!.tokens.findIndex((t) => t.start <= offset && offset < t.end));
}

export function extractEvents(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], ctx: EventContext, fit: ArgFit, geo: Geography): EventResult {
  const found: Found[] = [];
  const told: FramedEvent[] = [];
  const arrived: Array<Arrival & { evidence: (rule: string) => Evidence }> = [];
  const sides: RelationFact[] = [];
  const documents: EntityDescription[] = [];
  const documentRefs: ResolvedMention[] = [];
  const asPlace = (p: PlacedMention): PlacedMention | undefined => {
    if (p.type === "Place") return p;
    // `alla Casa Bianca`, `al Cremlino`: a seat the lexicon places in a country, as a location, is that country.
    if (p.type === "Organization") {
      const country = geo.countryOfPlace(p.m.key);
      return country ? { ...p, type: "Country", m: { ...p.m, key: country, type: "Country", resolvedBy: SEAT } } : undefined;
    }
    if (p.type !== "Country") return undefined;
    const key = geo.placeNamed(p.m.surface);
    return key ? { ...p, type: "Place", m: { ...p.m, key, type: "Place" } } : p;
  };
  for (const s of doc.sentences) {
    if (!s.syntax || s.syntax.words.length === 0) continue;
    const tree = treeOf(s.syntax);
    // `hanno firmato una dichiarazione congiunta`: a signed document is an accord, for the sides and the relation patterns too.
    const signed = documentMentions(doc, s, tree, placeMentions(s, mentions), ctx);
    for (const e of signed.entities) if (!documents.some((d) => d.key === e.key)) documents.push(e);
    documentRefs.push(...signed.mentions);
    const placed = placeMentions(s, [...mentions, ...signed.mentions]);
    for (const v of verbFrames(s, tree, placed, ctx.verbs, asPlace, ctx.presence)) {
      if (toldAsPossible(tree, v.verb)) continue;
      const word = tree.word(v.verb);
      const focus = { start: word.start ?? s.start, end: word.end ?? s.end };
      told.push({ kind: v.kind, participants: v.participants.filter((r) => r.p.type === "Person" && fit(r.p, ["Person"])), ...(v.place ? { place: v.place } : {}), evidence: (r) => evidenceFor(doc, s.index, focus, `verb:${r}`) });
    }
    for (const a of arrivals(tree, placed, ctx.arrivalVerbs, asPlace)) {
      if (toldAsPossible(tree, a.verb)) continue;
      const word = tree.word(a.verb);
      const focus = { start: word.start ?? s.start, end: word.end ?? s.end };
      arrived.push({ ...a, evidence: (r) => evidenceFor(doc, s.index, focus, r) });
    }
    sides.push(...sideFacts(accordSides(s, tree, placed, ctx), (at, rule) => {
      const word = tree.word(at);
      return evidenceFor(doc, s.index, { start: word.start ?? s.start, end: word.end ?? s.end }, rule);
    }));
    for (const ev of eventMentions(s, tree, placed, ctx, asPlace)) {
      const roles = clauseRoles(s, tree, ev, placed, ctx, asPlace);
      // A visit is the traveller's: who speaks in a clause set during it (`durante la visita di X, Y ha detto`) is the host, not its subject.
      const own: Role[] = [...ev.participants, ...roles.participants]
        .filter((r) => fit(r.p, ["Person", "Country", "Organization"]) && !(ev.kind.frame === "visit" && r.via.startsWith("occasion") && !r.via.startsWith("occasion-host")));
      // A visit that names no traveller (`durante la visita a X, Y ha…`) is the clause subject's.
      const participants = own.some(travels) ? own : [...own, ...roles.travellers.filter((r) => fit(r.p, ["Person"]))];
      const place = ev.place ?? roles.place;
      const end = Math.max(ev.span.end, ...ev.modifiers.map((m) => m.end));
      if (toldAsPossible(tree, ev.head)) ev.hypothetical = true;
      // Dated by its clause to another year than the article's (`il viaggio compiuto nel 2011`): background, no node of this year.
      if (roles.year && roles.year !== doc.meta.date?.slice(0, 4)) ev.background = true;
      found.push({ ...ev, participants, ...(place ? { place } : {}), sentence: s.index, text: slice(doc, { start: Math.min(ev.span.start, ...ev.modifiers.map((m) => m.start)), end }) });
    }
    // `vi hanno partecipato X e Y`: the happening told last, in this sentence or the one before.
    for (const j of cliticJoins(s, tree, placed, ctx)) {
      const at = tree.word(j.verb).start ?? s.end;
      const target = found.filter((f) => f.kind.frame !== "truce" && (f.sentence === s.index - 1 || (f.sentence === s.index && f.span.end <= at))).at(-1);
      if (target) target.participants = [...target.participants, ...j.participants.filter((r) => fit(r.p, ["Person", "Country", "Organization"]))];
    }
  }
  const year = doc.meta.date?.slice(0, 4);
  const keys = identify(found, year);
  const out: EventResult = { entities: [], relations: [], mentions: [], frames: [] };
  const entities = new Map<string, EntityDescription>();
  const bareLabel = new Set<string>();
  // One happening, one place: a mention that does not say where (`a margine del congresso`) is where its event is.
  const placeOf = new Map<string, Role>();
  found.forEach((f, i) => { if (keys[i] && f.place && !placeOf.has(keys[i]!)) placeOf.set(keys[i]!, f.place); });
  found.forEach((f, i) => { if (keys[i] && !f.place && placeOf.has(keys[i]!)) f.place = placeOf.get(keys[i]!)!; });
  // Salient: named in the title or lead, or more than once, or with a person and a place. Only those become nodes with their
  // participants; what taking part implies between people (met, visited) holds for any.
  const count = new Map<string, number>();
  keys.forEach((k) => k && count.set(k, (count.get(k) ?? 0) + 1));
  // Specific enough to stand alone: someone at a place, a side in a phrase that names one fight (not `gli attacchi di X`, a series),
  // a fight's date (`la battaglia del marzo 2022`) or its own name.
  // A building (`all'Assemblea nazionale`) says where, but only a city or a country makes a passing mention specific.
  const personAtPlace = (f: Found) => f.place !== undefined && f.place.p.m.resolvedBy !== SEAT && f.participants.some((r) => r.p.type === "Person");
  const oneNamedFight = (f: Found) => f.named && f.kind.frame === "conflict" && (!f.plural || f.proper === true);
  // A fight with a proper name of its own (`l'operazione Nome`, `le esercitazioni «Nome»`) is one happening, whoever is named with it.
  const datedOrNamedFight = (f: Found) => f.kind.frame === "conflict" && (f.dated === true || f.proper === true);
  // A summit or conference with a name of its own (`la riunione del Gruppo X`) that several named people attended or chaired is one happening.
  const attendedGathering = (f: Found) => f.kind.frame === "gathering" && !f.bare && new Set(f.participants.filter((r) => r.p.type === "Person").map((r) => r.p.m.key)).size >= 2;
  const specific = (f: Found) => (f.participants.length > 0 && (personAtPlace(f) || oneNamedFight(f))) || datedOrNamedFight(f) || attendedGathering(f);
  // `gli attacchi israeliani`, named by a demonym alone and in the plural, is a series of acts: the lead alone does not make it one happening.
  const series = (f: Found) => f.kind.frame === "conflict" && f.plural === true && !f.place && !f.dated && !f.proper
    && f.participants.length > 0 && f.participants.every((r) => r.via === "amod") && f.identity.every((k) => f.participants.some((r) => r.p.m.key === k));
  const salient = (k: string) => (count.get(k) ?? 0) >= 2 || found.some((f, i) => keys[i] === k && ((f.sentence < LEAD_SENTENCES && !series(f)) || specific(f)));
  const knownKeys = new Set(found.flatMap((f, i) => (f.known && keys[i] ? [keys[i]!] : [])));
  found.forEach((f, i) => {
    const key = keys[i];
    if (!key || f.kind.frame === "truce") return;
    const rule = f.kind.id;
    // A bare `la guerra` that refers back to a lexicon event stays this stage's own reading: the other stages see
    // the lexicon event's mentions as the recognizer gave them.
    const node = !f.known && !f.treaty && !f.hypothetical && !f.background && salient(key) && !knownKeys.has(key);
    if (node) {
      const aliases = eventNames(doc, f);
      const e = entities.get(key);
      // The label is the first named mention's phrase; a bare `il vertice` seen first only gives an alias.
      if (e && bareLabel.has(key) && !f.bare) {
        bareLabel.delete(key);
        e.aliases.push(e.label);
        e.aliasRules[e.label] = rule;
        e.label = aliases[0]!;
      }
      if (e) for (const a of aliases) { if (a !== e.label && !e.aliases.includes(a)) { e.aliases.push(a); e.aliasRules[a] = rule; } }
      else if (f.named || f.place || attendedGathering(f)) {
        if (f.bare) bareLabel.add(key);
        entities.set(key, { key, type: "Event", label: aliases[0]!, lang: "it", aliases: aliases.slice(1), aliasRules: Object.fromEntries(aliases.slice(1).map((a) => [a, rule])), cameo: f.kind.cameo,
          ...(doc.meta.date && f.kind.frame !== "conflict" ? { date: doc.meta.date } : {}) });
      }
      out.mentions.push({ key, type: "Event", surface: slice(doc, f.span), start: f.span.start, end: f.span.end, sentence: f.sentence, rule, resolvedBy: "event-key", evidence: evidenceFor(doc, f.sentence, f.span, rule),
        candidate: { sentence: f.sentence, firstToken: tokenAt(doc, f.sentence, f.span.start), lastToken: tokenAt(doc, f.sentence, f.span.end - 1), start: f.span.start, end: f.span.end, type: "Event", name: f.text, surface: slice(doc, f.span), rule, priority: 0 } });
    }
    if (f.hypothetical) return;
    const framed: FramedEvent = { key, kind: f.kind, participants: f.participants, ...(f.place ? { place: f.place } : {}), evidence: (r) => evidenceFor(doc, f.sentence, f.span, r) };
    out.frames.push(framed);
    // A bare `la conferenza` that refers back to a lexicon event gives that event its participants.
    const known = f.known !== undefined || knownKeys.has(key);
    out.relations.push(...frameRelations(framed, geo).filter((r) => node || known || f.treaty || !(r.subject === key || r.object === key)));
  });
  // The article's events, one per key, for what joins them once all are known.
  const article: ArticleEvent[] = [...new Set(keys.filter((k): k is string => k !== undefined))].map((key) => {
    const f = found.find((_, i) => keys[i] === key)!;
    return { key, kind: f.kind, node: entities.has(key) || found.some((g, i) => keys[i] === key && g.known), ...(placeOf.has(key) ? { place: placeOf.get(key)! } : {}) };
  });
  for (const framed of arrivalFrames(article, arrived)) {
    out.frames.push(framed);
    out.relations.push(...frameRelations(framed, geo).filter((r) => r.predicate === "participatesIn"));
  }
  for (const v of told) {
    const framed = joinToldFrame(v, article);
    out.frames.push(framed);
    out.relations.push(...frameRelations(framed, geo));
  }
  // Facts about an event that never got a node of its own (only bare or passing mentions) are dropped.
  const kept = (k: string) => !k.startsWith("event/") || entities.has(k) || found.some((f, i) => keys[i] === k && (f.known || f.treaty));
  out.mentions = out.mentions.filter((m) => kept(m.key));
  out.relations = out.relations.filter((r) => kept(r.subject) && kept(r.object));
  const truce = truces(doc, found);
  out.relations.push(...truce.relations, ...sides);
  out.mentions.push(...documentRefs);
  out.entities = [...truce.entities, ...documents.filter((d) => !truce.entities.some((t) => t.key === d.key)), ...entities.values()].map((e) => ({ ...e, aliases: [...e.aliases].sort() }));
  return out;
}

const IMPLYING_COUNTRY = new Set(["partOf", "memberOf", "leaderOf", "locatedIn"]);

/**
 * A visit to a city implies its country, and a body named with a demonym (`la Guardia costiera
 * greca`) or an office (`il ministro lettone`) implies the country it belongs to: the article
 * may never name it, so it is described from the lexicon.
 */
export function impliedEntities(facts: readonly RelationFact[], described: ReadonlySet<string>, geo: Geography): EntityDescription[] {
  const out = new Map<string, EntityDescription>();
  for (const r of facts) {
    const implies = r.predicate === "visits" || (IMPLYING_COUNTRY.has(r.predicate) && r.object.startsWith("country/"));
    if (!implies || r.modality !== "asserted" || described.has(r.object) || out.has(r.object)) continue;
    const d = geo.describe(r.object);
    if (d) out.set(r.object, d);
  }
  return [...out.values()];
}
