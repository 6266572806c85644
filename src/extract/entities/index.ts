// The entity step of extraction: recognize candidates sentence by sentence, then resolve
// them to canonical keys across the article (lexicon ids, transliteration-aware person
// keys, short forms after full names, acronyms defined in parentheses, metonymy).
import type { AnalyzedArticle, EntityDescription, EntityType, Mention, RelationFact, Sentence } from "../../types.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import { translitKey } from "../../names/fold.ts";
import type { Candidate, RecognizerContext } from "./candidate.ts";
import { recognizeSentence } from "./recognize.ts";
import { sportySentence } from "./org.ts";

const DASH = new Set(["-", "–", "—"]);
import { OPENER_UNKNOWN } from "./evidence.ts";
import { buildNameIndex, keyFor, lookupArticlePerson, lookupName, lookupPerson, resolveTreaty, type ArticlePerson, type NameIndex } from "./resolve.ts";
import { describeEntities } from "./describe.ts";
import { findBackReferences } from "./backref.ts";
import { structuralFacts } from "./structural.ts";
import { evidenceFor } from "../evidence.ts";

export interface EntityContext extends RecognizerContext {
  names: NameIndex;
  treaties: LexiconEntry[];
}

export function buildEntityContext(rc: RecognizerContext): EntityContext {
  const entries = [...rc.entriesById.values()];
  return { ...rc, names: buildNameIndex(entries), treaties: entries.filter((e) => e.type === "Treaty") };
}

export interface ResolvedMention extends Mention {
  candidate: Candidate;
}

export interface EntityResult {
  mentions: Mention[];
  /** The same mentions with the candidates they came from, for the relation and claim steps. */
  resolved: ResolvedMention[];
  /** References to an institution by kind alone (`la Procura`): for the NER view only, no entity. */
  generic: ResolvedMention[];
  entities: EntityDescription[];
  structural: RelationFact[];
}

interface ArticleState {
  people: ArticlePerson[];
  acronyms: Map<string, { key: string; type: EntityType }>;
  seenEntries: Set<string>;
  countries: Set<string>;
  /** Names the shape recognizer typed as a person or an organization, by surface: their sense for the rest of the article. */
  senses: Map<string, { key: string; type: EntityType }>;
}

function resolvePersonKey(c: Candidate, ctx: EntityContext, st: ArticleState): { key: string; rule: string; entry?: LexiconEntry } {
  const lex = lookupPerson(ctx.names, c.name);
  if (lex) return { key: lex.entry.id, rule: lex.rule, entry: lex.entry };
  const earlier = lookupArticlePerson(st.people, c.name);
  if (earlier) return { key: earlier.key, rule: "translit-key" };
  return { key: keyFor("Person", c.name), rule: "new-name" };
}

function resolveAgencyKey(c: Candidate, ctx: EntityContext): { key: string; rule: string; entry?: LexiconEntry } {
  const head = ctx.cues.agencyCanonical.get(c.agencyHead!) ?? c.agencyHead!;
  const heads = new Set([c.agencyHead!, head, ...[...ctx.cues.agencyCanonical].filter(([, v]) => v === head).map(([k]) => k)]);
  // Look the same body up under each wording and each form of the demonym: `intelligence sudcoreana`, `servizi segreti sudcoreani`…
  for (const h of heads) {
    for (const form of ctx.demonymsOf.get(c.country!) ?? []) {
      const entry = lookupName(ctx.names, `${h} ${form}`, "Organization");
      if (entry) return { key: entry.id, rule: "agency-demonym-lookup", entry };
    }
  }
  const direct = lookupName(ctx.names, c.surface, "Organization");
  if (direct) return { key: direct.id, rule: "lexicon-name", entry: direct };
  return { key: `org/${c.country!.replace(/^country\//, "")}-${keyFor("Organization", head).slice(4)}`, rule: "agency-of-country" };
}

function resolveKey(c: Candidate, ctx: EntityContext, st: ArticleState, s: Sentence, date: string | undefined): { key: string; rule: string; entry?: LexiconEntry } | undefined {
  if (c.key && c.entry) {
    if (c.short && !st.seenEntries.has(c.entry.id)) return undefined;
    return { key: c.key, rule: c.key === c.entry.id ? "lexicon" : "metonymy:actor", entry: c.entry };
  }
  if (c.type === "Person") return resolvePersonKey(c, ctx, st);
  if (c.agencyHead && c.country) return resolveAgencyKey(c, ctx);
  if (c.type === "Treaty") {
    const years = s.numbers.filter((n) => n.value >= 1900 && n.value <= 2100 && Number.isInteger(n.value)).map((n) => n.value);
    const t = resolveTreaty(ctx.treaties, st.countries, date, years, c.name);
    if (t) return { key: t.id, rule: "treaty-by-parties-and-date", entry: t };
  }
  // `regione russa di Krasnodar` is the lexicon's `regione di Krasnodar`.
  for (const name of [c.name, ...(c.extraNames ?? []), ...(c.type === "Place" ? [`regione di ${c.name}`, `provincia di ${c.name}`] : [])]) {
    const entry = lookupName(ctx.names, name, c.type);
    if (entry) return { key: entry.id, rule: "lexicon-name", entry };
  }
  return { key: keyFor(c.type, c.name), rule: "new-name" };
}

/**
 * One sense per document: a single word that the shape recognizer typed on its own is
 * whatever the article already named with it — the acronym of a body expanded before, or
 * the surname or first name of a person named in full.
 */
function rememberedSense(c: Candidate, st: ArticleState): { key: string; type: EntityType; rule: string; entry?: undefined } | undefined {
  // `Zarquani ha rivendicato… la base di Zarquani`: a group that acted stays a group, not a place.
  const sense = !c.entry ? st.senses.get(c.surface) : undefined;
  if (sense && sense.type !== c.type) return { ...sense, rule: "one-sense-per-document" };
  if (!c.rule.startsWith("name.") || c.firstToken !== c.lastToken) return undefined;
  const acr = st.acronyms.get(c.surface);
  if (acr) return { ...acr, rule: "acronym-defined" };
  const k = translitKey(c.surface);
  // A word the gazetteer types as a place is a person's only as a surname (a town read as the first word of `Brenzone Festival` is no first name).
  const place = c.type === "Place" || c.type === "Country";
  const keys = new Set(st.people.filter((p) => place ? p.partKeys?.[p.partKeys.length - 1] === k : p.partKeys?.includes(k)).map((p) => p.key));
  return keys.size === 1 ? { key: [...keys][0]!, type: "Person", rule: "short-form" } : undefined;
}

/** Rules that type a lone word from weak evidence only: its shape, the verb after it, a preposition of place. */
const WEAK_SINGLE = new Set([OPENER_UNKNOWN, "name.opener-subject", "name.single-unknown", "name.actor-verb", "name.locative-in", "place.locative", "name.family-name:actor"]);

const STRONG_PERSON = /^(lexicon:|name\.first-name|name\.after-role|person-role\.)/;

/**
 * One sense per document, in both directions: a lone word typed from weak evidence that is the
 * first or last word of a person the article names in full, before or after, is that person's
 * (`… Marek Hollan … ritornato a Hollan`).
 */
function personPartsTakePerson(cs: Candidate[], ctx: RecognizerContext): void {
  const parts = new Set<string>();
  for (const c of cs) {
    // Only a person named with strong evidence (a first name, a title, the lexicon) lends its surname.
    if (c.type !== "Person" || c.firstToken === c.lastToken || !STRONG_PERSON.test(c.rule)) continue;
    const words = c.name.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w));
    const last = words[words.length - 1];
    if (words.length >= 2 && last && !ctx.nameData.places.has(last.toLowerCase())) parts.add(translitKey(last));
  }
  for (const c of cs) if (!c.entry && c.type !== "Person" && c.firstToken === c.lastToken && WEAK_SINGLE.has(c.rule) && parts.has(translitKey(c.surface))) c.type = "Person";
}

/** The rule of a name typed by default only (a lone unknown name inside a sentence). */
const DEFAULT_TYPED = "name.single-unknown";

/**
 * A lone word that only weak evidence types anywhere in the article, and that the default types in
 * more than twice as many of its mentions as weak evidence types it otherwise, keeps the default
 * (`ceduti a Brenvox` once, `azionisti di Brenvox` and `la società Brenvox` elsewhere: the `a`
 * is a dative, not a place's). Returns the surfaces that keep the default and their type.
 */
function weakVotes(cs: readonly Candidate[]): Map<string, EntityType> {
  const tally = new Map<string, { strong: boolean; byDefault: number; other: number; type: EntityType }>();
  for (const c of cs) {
    const t = tally.get(c.surface) ?? { strong: false, byDefault: 0, other: 0, type: c.type };
    if (c.rule === DEFAULT_TYPED) { t.byDefault++; t.type = c.type; }
    else if (WEAK_SINGLE.has(c.rule) && c.type !== "Person") t.other++;
    else t.strong = true;
    tally.set(c.surface, t);
  }
  const out = new Map<string, EntityType>();
  for (const [surface, t] of tally) if (!t.strong && t.other > 0 && t.byDefault > 2 * t.other) out.set(surface, t.type);
  return out;
}

const countryIndex = new WeakMap<RecognizerContext, Map<string, string>>();
/** ISO code -> country key, built once per context. */
function countryByIso(ctx: RecognizerContext): Map<string, string> {
  let m = countryIndex.get(ctx);
  if (!m) {
    m = new Map();
    for (const e of ctx.entriesById.values()) if (e.type === "Country" && e.country && !m.has(e.country)) m.set(e.country, e.id);
    countryIndex.set(ctx, m);
  }
  return m;
}

/** The country an article is about: the one it names most, by name or demonym. */
function homeCountry(cs: readonly Candidate[], doc: AnalyzedArticle, ctx: RecognizerContext): string | undefined {
  const counts = new Map<string, number>();
  for (const c of cs) if (c.type === "Country" && c.key) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  for (const s of doc.sentences) for (const t of s.tokens) {
    const d = ctx.demonyms.get(t.lower);
    if (d && t.text === t.lower) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  // The people an article quotes and the city of its dateline say more about where it is set than mere mentions.
  for (const c of cs) {
    const country = c.entry?.type === "Person" && c.entry.country ? countryByIso(ctx).get(c.entry.country) : undefined;
    if (country) counts.set(country, (counts.get(country) ?? 0) + 2);
    if (c.sentence === 0 && c.firstToken === 0 && c.entry?.actsFor) counts.set(c.entry.actsFor, (counts.get(c.entry.actsFor) ?? 0) + 5);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

export function recognizeEntities(doc: AnalyzedArticle, ctx: EntityContext): EntityResult {
  const st: ArticleState = { people: [], acronyms: new Map(), seenEntries: new Set(), countries: new Set(), senses: new Map() };
  const knownPeople = new Set<string>();
  const generic: ResolvedMention[] = [];
  // Only sentences with a dash can list fixtures: the match words of the two before are looked up for those alone,
  // and a fixture line carries the match on to the lines after it.
  const fixtureLine: boolean[] = [];
  const matchTalk = (k: number) => k >= 0 && sportySentence(doc.sentences[k]!, ctx);
  const listed = (k: number) => k >= 0 && fixtureLine[k] === true;
  doc.sentences.forEach((s, k) => {
    // (Only a short line goes on a list: `Brenzone - Valdora ;`.)
    fixtureLine[k] = s.tokens.some((t) => DASH.has(t.text)) && (matchTalk(k - 1) || matchTalk(k - 2) || ((listed(k - 1) || listed(k - 2)) && s.tokens.length <= 8));
  });
  const products = new Set<string>();
  const perSentence = doc.sentences.map((s, k) => recognizeSentence(s, ctx, knownPeople, fixtureLine[k], products)).map((cs, si) => cs.filter((c) => {
    // `i sistemi Falco` once, `chiede i Falco` later: a name the article gives as a product's is no body or person where only weak evidence typed it.
    if (products.has(c.surface) && WEAK_SINGLE.has(c.rule) && c.type !== "Place" && c.type !== "Country") return false;
    if (!c.generic) return true;
    generic.push({ key: keyFor("Organization", c.name), type: c.type, surface: c.surface, start: c.start, end: c.end, sentence: si, rule: c.rule, resolvedBy: "generic", evidence: evidenceFor(doc, si, c, c.rule), candidate: c });
    return false;
  }));
  // One sense per document: a lone name typed only by default takes the type stronger evidence gave it elsewhere in the article.
  personPartsTakePerson(perSentence.flat(), ctx);
  const typedElsewhere = new Map<string, EntityType>();
  // (A weak guess elsewhere is overruled by a person's surname: personPartsTakePerson ran first and typed those.)
  for (const c of perSentence.flat()) if (c.rule !== DEFAULT_TYPED && (c.rule !== OPENER_UNKNOWN || c.type === "Person") && !typedElsewhere.has(c.surface)) typedElsewhere.set(c.surface, c.type);
  for (const c of perSentence.flat()) if (c.type === "Person" && WEAK_SINGLE.has(c.rule)) typedElsewhere.set(c.surface, "Person");
  const votes = weakVotes(perSentence.flat());
  for (const c of perSentence.flat()) if (c.rule === DEFAULT_TYPED) c.type = votes.get(c.surface) ?? typedElsewhere.get(c.surface) ?? c.type;
  // An opener needs strong evidence elsewhere: a weak guess there (`«Peccato` typed by default) is no more than its own.
  const strongElsewhere = new Map<string, EntityType>();
  for (const c of perSentence.flat()) if ((!WEAK_SINGLE.has(c.rule) || c.type === "Person") && c.rule !== OPENER_UNKNOWN && c.rule !== DEFAULT_TYPED && !strongElsewhere.has(c.surface)) strongElsewhere.set(c.surface, c.type);
  perSentence.forEach((cs, k) => {
    const kept = cs.filter((c) => c.rule !== OPENER_UNKNOWN || strongElsewhere.has(c.surface));
    for (const c of kept) if (c.rule === OPENER_UNKNOWN) c.type = strongElsewhere.get(c.surface)!;
    perSentence[k] = kept;
  });
  const home = homeCountry(perSentence.flat(), doc, ctx);
  for (const c of perSentence.flat()) if (c.agencyHead && !c.country) c.country = home;
  // Countries first: treaty descriptions resolve by the parties the article names.
  for (const cs of perSentence) for (const c of cs) if (c.type === "Country" && c.key) st.countries.add(c.key);
  for (const cs of perSentence) for (const c of cs) if (c.entry && !c.short) st.seenEntries.add(c.entry.id);

  const mentions: ResolvedMention[] = [];
  doc.sentences.forEach((s, si) => {
    for (const c of perSentence[si]!) {
      const known = rememberedSense(c, st);
      const r = known ?? resolveKey(c, ctx, st, s, doc.meta.date);
      if (!r) continue;
      const type = known ? known.type : r.entry && r.key === r.entry.id ? r.entry.type : c.type;
      mentions.push({ key: r.key, type, surface: c.surface, start: c.start, end: c.end, sentence: s.index, rule: c.rule, resolvedBy: r.rule, evidence: evidenceFor(doc, s.index, c, c.rule), candidate: c });
      // (A name its kind noun introduced, `il gruppo Kalbar`, keeps that sense too: `i combattenti di Kalbar` are the group's, not a town's.)
      const senseGiven = c.rule.startsWith("name.") || (c.rule.startsWith("org-cue") && !c.entry);
      if (senseGiven && (type === "Person" || type === "Organization") && !st.senses.has(c.surface)) st.senses.set(c.surface, { key: r.key, type });
      if (type === "Person" && c.name.includes(" ")) {
        const parts = c.name.split(/\s+/);
        st.people.push({ key: r.key, name: c.name, translit: translitKey(c.name), partKeys: [translitKey(parts[0]!), translitKey(parts[parts.length - 1]!)] });
      }
      for (const acr of c.extraNames ?? []) if (/^\p{Lu}(\p{Lu}+|\p{Ll}{1,5})$/u.test(acr) && !c.name.includes(acr)) st.acronyms.set(acr, { key: r.key, type });
    }
  });
  // A loop, not push(...spread): a spread passes every element as an argument, and a long article's
  // back-references are more than the stack holds.
  for (const m of findBackReferences(doc, mentions, st.people, st.acronyms, ctx)) mentions.push(m);
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const structural = structuralFacts(doc, mentions, ctx);
  const entities = [...describeEntities(mentions, ctx), ...structural.targets].sort((a, b) => a.key.localeCompare(b.key));
  return {
    mentions: mentions.map(({ candidate: _c, ...m }) => m),
    resolved: mentions,
    generic,
    entities,
    structural: structural.facts,
  };
}
