// Claim rules (data/rules/claims.json), validated and compiled once.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { CLAIM_MEASURES, type ClaimMeasure, type ClaimQualifier } from "../../types.ts";
import { loadTemporalData, type TemporalData } from "../../temporal/index.ts";
import type { ClaimModalityRules } from "./modality.ts";

const MODALITY_LISTS = ["negators", "modals", "negatingVerbs", "planNouns", "negatingNouns", "accusingVerbs"] as const;

function modalityRules(raw: any, need: (cond: unknown, where: string, reason: string) => void): ClaimModalityRules {
  need(raw && typeof raw.reason === "string" && raw.reason, "modality", "needs a reason");
  for (const k of MODALITY_LISTS) need(Array.isArray(raw[k]) && raw[k].every((w: unknown) => typeof w === "string" && w === w.toLowerCase() && w.length > 0), `modality.${k}`, "must be a list of lower-case lemmas");
  return Object.fromEntries(MODALITY_LISTS.map((k) => [k, raw[k] as string[]])) as unknown as ClaimModalityRules;
}

export type CountClass = "troops" | "personnel" | "persons" | "killed" | "wounded" | "casualties" | "captured" | "munitions" | "missiles";

export interface ClaimsContext {
  counted: Map<string, { cls: CountClass; rule: string }>;
  states: Map<string, { measure: ClaimMeasure; rule: string }>;
  movement: Set<string>;
  /** Words that make soldiers counted the strength of a force (`una forza di 3mila uomini`). */
  strength: Set<string>;
  notMeasures: Set<string>;
  currencies: Map<string, string>;
  /** Words that make an amount of money a price, not a figure (`biglietto`). */
  notValue: Set<string>;
  /** Units after `al`/`a`/`per` that make an amount of money a price per unit (`al barile`). */
  perUnit: Set<string>;
  /** Words of release and exchange: prisoners counted next to them are freed, not taken. */
  released: Set<string>;
  qualifiers: Array<{ words: string[]; qualifier: ClaimQualifier; rule: string }>;
  sourceBefore: string[][];
  sourceNouns: Set<string>;
  sourceVerbs: Set<string>;
  /** Reporting verbs that are not reporting before these words (`contare su`). */
  notReporting: Map<string, Set<string>>;
  coreferent: Set<string>;
  /** Where a sentence splits into parts that carry their own attribution (`;`, `, mentre`). */
  segmentBreaks: { punct: Set<string>; words: Set<string> };
  /** `il governo`, `le autorità` named alone: a country's own, resolved against the figure. */
  bareAuthorities: Set<string>;
  /** Articles and determiners, skipped when reading what stands before a word. */
  articles: Set<string>;
  about: {
    verbs: Set<string>;
    /** Firing verbs: their subject or `da X` owns the munitions when no supplier is named. */
    launchers: Set<string>;
    arrivals: Set<string>;
    origins: Set<string>;
    heads: Set<string>;
    /** Nouns of attack and weapons whose complement names who did the harm. */
    attacks: Set<string>;
    /** Prepositions of a place where the dead were counted (`morti in Cile`). */
    places: Set<string>;
    /** Words of a health body: it counts its own country's dead. */
    ownCount: string[];
    qualified: Set<string>;
    auxiliaries: Set<string>;
    salience: { minMentions: number; ratio: number };
  };
  temporal: TemporalData;
  /** How many sentences on a figure of the same measure continues the last source. */
  continuation: { sentences: number };
  /** Words that make a figure planned, denied or alleged (modality.ts). */
  modality: ClaimModalityRules;
}

const CLASSES = ["troops", "personnel", "persons", "killed", "wounded", "casualties", "captured", "munitions", "missiles"];
const words = (w: string) => w.replace(/'/g, "' ").split(/\s+/).filter(Boolean);

export async function loadClaimsContext(dataDir: string): Promise<ClaimsContext> {
  const file = join(dataDir, "rules", "claims.json");
  let raw: Record<string, any>;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
  const need = (cond: unknown, where: string, reason: string) => { if (!cond) throw new LexiconError(file, where, reason); };
  const ctx: ClaimsContext = {
    counted: new Map(), states: new Map(), movement: new Set(raw.movement?.lemmas ?? []), strength: new Set(raw.strength?.lemmas ?? []), notMeasures: new Set(raw.notMeasures?.lemmas ?? []),
    currencies: new Map(Object.entries(raw.currencies ?? {})), notValue: new Set(raw.notValue?.lemmas ?? []), perUnit: new Set(raw.perUnit?.lemmas ?? []), released: new Set(raw.released?.lemmas ?? []), qualifiers: [],
    sourceBefore: (raw.sources?.before ?? []).map(words), sourceNouns: new Set(raw.sources?.nouns ?? []), sourceVerbs: new Set(raw.sources?.verbs ?? []),
    notReporting: new Map(Object.entries(raw.sources?.notReportingBefore ?? {}).map(([l, w]) => [l, new Set(w as string[])])), coreferent: new Set(raw.sources?.coreferent ?? []),
    bareAuthorities: new Set(raw.sources?.bareAuthorities?.lemmas ?? []),
    segmentBreaks: { punct: new Set(raw.sources?.segmentBreaks?.punct ?? []), words: new Set(raw.sources?.segmentBreaks?.words ?? []) },
    articles: new Set(raw.articles ?? []),
    about: aboutRules(raw.aboutCountry, need),
    temporal: loadTemporalData(dataDir),
    continuation: { sentences: raw.continuation?.sentences ?? 0 },
    modality: modalityRules(raw.modality, need),
  };
  need(Number.isInteger(ctx.continuation.sentences) && raw.continuation?.reason, "continuation", "needs an integer number of sentences and a reason");
  (raw.counted ?? []).forEach((g: any, i: number) => {
    need(g?.id && g.reason && CLASSES.includes(g.class) && Array.isArray(g.lemmas), `counted ${i}`, "needs id, reason, class and lemmas");
    for (const l of g.lemmas) ctx.counted.set(l, { cls: g.class, rule: g.id });
  });
  (raw.states ?? []).forEach((g: any, i: number) => {
    need(g?.id && g.reason && (CLAIM_MEASURES as readonly string[]).includes(g.measure) && Array.isArray(g.lemmas), `states ${i}`, "needs id, reason, a measure of the ontology and lemmas");
    for (const l of g.lemmas) ctx.states.set(l, { measure: g.measure, rule: g.id });
  });
  (raw.qualifiers ?? []).forEach((g: any, i: number) => {
    need(g?.id && g.reason && ["atLeast", "moreThan", "about", "upTo"].includes(g.qualifier) && Array.isArray(g.words), `qualifiers ${i}`, "needs id, reason, qualifier and words");
    for (const w of g.words) ctx.qualifiers.push({ words: words(w), qualifier: g.qualifier, rule: g.id });
  });
  need(raw.sources?.segmentBreaks?.id && raw.sources.segmentBreaks.reason && isList(raw.sources.segmentBreaks.punct) && isList(raw.sources.segmentBreaks.words), "sources.segmentBreaks", "needs an id, punct, words and a reason");
  need(raw.sources?.bareAuthorities?.id && raw.sources.bareAuthorities.reason && isList(raw.sources.bareAuthorities.lemmas), "sources.bareAuthorities", "needs an id, lemmas and a reason");
  need(ctx.articles.size > 0, "articles", "needs the articles");
  for (const k of ["movement", "strength", "notMeasures", "notValue", "perUnit", "released", "sources", "continuation"]) need(raw[k]?.id && raw[k].reason, k, "needs an id and a reason");
  ctx.qualifiers.sort((a, b) => b.words.length - a.words.length);
  need(ctx.counted.size > 0 && ctx.currencies.size > 0, "", "counted and currencies must not be empty");
  for (const [w, code] of ctx.currencies) need(/^[A-Z]{3}$/.test(code), `currencies.${w}`, "must be an ISO 4217 code");
  return ctx;
}

type Need = (cond: unknown, where: string, reason: string) => void;
const isList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function aboutRules(a: any, need: Need): ClaimsContext["about"] {
  for (const k of ["verbs", "launchers", "arrivals", "origins", "heads", "qualified", "auxiliaries"]) need(isList(a?.[k]?.lemmas) && a[k].id && a[k].reason, `aboutCountry.${k}`, "needs an id, lemmas and a reason");
  need(isList(a?.attacks?.lemmas) && a.attacks.id && a.attacks.reason, "aboutCountry.attacks", "needs an id, lemmas and a reason");
  need(isList(a?.ownCount?.words) && a.ownCount.id && a.ownCount.reason, "aboutCountry.ownCount", "needs an id, words and a reason");
  need(isList(a?.places?.prepositions) && a.places.id && a.places.reason, "aboutCountry.places", "needs an id, prepositions and a reason");
  const sal = a.salience ?? {};
  need(sal.id && sal.reason && sal.minMentions > 0 && sal.ratio >= 1, "aboutCountry.salience", "needs an id, minMentions > 0, ratio >= 1 and a reason");
  const set = (k: string) => new Set<string>(a[k].lemmas);
  return { verbs: set("verbs"), launchers: set("launchers"), arrivals: set("arrivals"), origins: set("origins"), heads: set("heads"), attacks: set("attacks"), places: new Set<string>(a.places.prepositions), ownCount: a.ownCount.words, qualified: set("qualified"), auxiliaries: set("auxiliaries"), salience: { minMentions: sal.minMentions, ratio: sal.ratio } };
}
