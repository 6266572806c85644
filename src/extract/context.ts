// Everything extraction needs, loaded and validated once: the entity lexicons, the cue
// words for names no lexicon lists, the relation triggers and the claim rules.
import { loadLexicon } from "../lexicon/index.ts";
import type { LexiconEntry } from "../lexicon/types.ts";
import { loadCues } from "./entities/cues.ts";
import { compileGazetteer } from "./entities/gazetteer.ts";
import { buildEntityContext, type EntityContext } from "./entities/index.ts";
import { loadTreeRules } from "./relations/tree-rules.ts";
import { loadStructureRules } from "./relations/structure-rules.ts";
import { loadRoleRules } from "./relations/roles.ts";
import { loadCorefRules } from "./coref/rules.ts";
import type { RelationContext } from "./relations/index.ts";
import { loadClaimsContext, type ClaimsContext } from "./claims/index.ts";
import { loadCommonWords } from "./common-words.ts";
import { loadEventContext, type EventContext } from "./events/index.ts";
import { loadNameData } from "./entities/name-data.ts";
import { disableRules } from "./disable.ts";

export interface ExtractContext {
  entities: EntityContext;
  relations: RelationContext;
  claims: ClaimsContext;
  events: EventContext;
}

function demonymTables(lexDemonyms: { form: string; country: string }[]): { byForm: Map<string, string>; byCountry: Map<string, string[]> } {
  const byForm = new Map<string, string>();
  const byCountry = new Map<string, string[]>();
  for (const d of lexDemonyms) {
    byForm.set(d.form, d.country);
    byCountry.set(d.country, [...(byCountry.get(d.country) ?? []), d.form]);
  }
  return { byForm, byCountry };
}

export interface ExtractOptions {
  /** Rule ids or prefixes to switch off (disable.ts): `tree:criticize-`, `coref:dropped-subject`, `event.`. */
  disable?: readonly string[];
}

export async function loadExtractContext(dataDir: string, opts: ExtractOptions = {}): Promise<ExtractContext> {
  const [lexicon, cues, claims, common, events, nameData, tree, structure, roles, coref] = await Promise.all([
    loadLexicon(dataDir), loadCues(dataDir), loadClaimsContext(dataDir), loadCommonWords(), loadEventContext(dataDir), loadNameData(dataDir), loadTreeRules(dataDir), loadStructureRules(dataDir), loadRoleRules(dataDir), loadCorefRules(dataDir),
  ]);
  const entriesById = new Map<string, LexiconEntry>(lexicon.entries.map((e) => [e.id, e]));
  const { byForm, byCountry } = demonymTables(lexicon.demonyms);
  const entities = buildEntityContext({
    gazetteer: compileGazetteer(lexicon.entries),
    cues,
    demonyms: byForm,
    demonymsOf: byCountry,
    entriesById,
    // Adverbs in -mente are ordinary words too (`Inizialmente`), though no list names them all.
    // The suffix test first: the Unicode class regex is the slow part, and most words fail on the suffix.
    isCommonWord: (w) => common.has(w) || (w.endsWith("mente") && /^\p{Ll}{3,}mente$/u.test(w)),
    nameData,
  });
  const countryByIso = new Map<string, string>();
  for (const e of lexicon.entries) if (e.type === "Country" && e.country) countryByIso.set(e.country, e.id);
  const all: ExtractContext = { entities, relations: { tree, structure, roles, coref, demonyms: byForm, entriesById, countryByIso, peacefulEvents: new Set(events.kinds.filter((k) => k.frame !== "conflict").map((k) => k.id)) }, claims, events: { ...events, modality: tree.modality } };
  return disableRules(all, opts.disable ?? []);
}
