// What the entity lexicons under data/lexicon/ hold once loaded and validated.
// The extractor consumes only these types; how they are stored (JSON/JSONL, which
// package supplies country names) is the loader's business.
import type { EntityType } from "../types.ts";

/** Areas (`region`, `island`, `continent`) against points on a map (`city`, `site`). */
export const PLACE_KINDS = ["city", "site", "region", "island", "continent"] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface LexiconEntry {
  /** Canonical key `<folder>/<slug>`: `country/north-korea`, `person/kim-jong-un`, `org/nis`, `place/kursk-region`, `treaty/…`, `event/…`. ASCII slug. */
  id: string;
  type: EntityType;
  /** Canonical name. */
  label: string;
  lang: "it" | "en" | "und";
  /** Every surface form to recognize (the label included): spellings, transliterations, acronyms, Italian and English names. */
  names: string[];
  /** Wikidata id where the identity is certain. */
  wikidata?: string;
  /** Why the entry is here and where its facts come from. */
  reason: string;
  /** ISO 3166-1 alpha-2 of the country it belongs to (agency, city, region, person's nationality). */
  country?: string;
  /** Structural facts known for certain, emitted (with the mention as evidence) when the entity is mentioned. */
  partOf?: string;
  locatedIn?: string;
  /** For capitals and seats of power (`Mosca`, `Cremlino`, `Casa Bianca`): the country key they stand for when they act (metonymy). */
  actsFor?: string;
  /** For places: what kind of place it is. Italian takes `in` before an area (`in Crimea`, `in Asia`) and `a` before a city or a site (`a Kursk`, `al Cremlino`); absent means a city or a site. */
  placeKind?: PlaceKind;
  /** Names that are only this entity in context (short, common words such as `Kim`, `Lee`): matched only after a full name in the same article. */
  shortNames?: string[];
}

export interface DemonymForm {
  /** Lower-case inflected form: `nordcoreano`, `nordcoreana`, `nordcoreani`, `nordcoreane`. */
  form: string;
  /** Country key the demonym refers to (`country/north-korea`). */
  country: string;
  gender: "m" | "f";
  number: "s" | "p";
}

export interface Lexicon {
  entries: LexiconEntry[];
  demonyms: DemonymForm[];
}
