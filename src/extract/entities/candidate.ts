// A candidate entity span in one sentence, before overlaps and resolution.
import type { EntityType, Sentence, Token } from "../../types.ts";
import type { LexiconEntry } from "../../lexicon/types.ts";
import type { CueIndex } from "./cues.ts";
import type { Gazetteer } from "./gazetteer.ts";
import type { NameData } from "./name-data.ts";

export interface Candidate {
  sentence: number;
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  type: EntityType;
  /** The name the entity is called by here (the surface, trimmed of cue words). */
  name: string;
  /** Full surface span text. */
  surface: string;
  /** Rule id that proposed it. */
  rule: string;
  /** Lexicon matches beat patterns at equal length. */
  priority: number;
  /** Set when a lexicon entry matched. */
  entry?: LexiconEntry;
  /** Known key (lexicon id or a key built from a country and an agency head). */
  key?: string;
  /** Country key the entity belongs to (demonym or `della Corea del Sud` in the phrase). */
  country?: string;
  /** Names to add as aliases (e.g. an acronym in parentheses, `regione di X`). */
  extraNames?: string[];
  /** Lexicon short names count only after the full name appeared in the article. */
  short?: boolean;
  /** Place that this place lies in (`stazione russa di Khasan` -> country/russia). */
  locatedIn?: string;
  /** A reference by kind alone (`la Procura`): shown by NER, never an entity of the graph. */
  generic?: boolean;
  /** Token range of the place a body's name ends with (`Tribunale di Brenzone`): NER tags it apart, as annotators do. */
  placeTail?: [number, number];
  /** For agency descriptions: the normalized head (`ministero della difesa`) used in keys and look-ups. */
  agencyHead?: string;
}

export interface RecognizerContext {
  gazetteer: Gazetteer;
  cues: CueIndex;
  /** Lower-case demonym form -> country key. */
  demonyms: Map<string, string>;
  entriesById: Map<string, LexiconEntry>;
  /** Country key -> its demonym forms (m s, f s, m p, f p). */
  demonymsOf: Map<string, string[]>;
  /** True for a lower-case form that is an ordinary Italian word (morph-it). */
  isCommonWord(lower: string): boolean;
  /** First and family names of many locales, world places (data/names/). */
  nameData: NameData;
}

export function spanText(s: Sentence, first: number, last: number, text?: string): string {
  const a = s.tokens[first]!;
  const b = s.tokens[last]!;
  if (text !== undefined) return text.slice(a.start, b.end);
  return s.text.slice(a.start - s.start, b.end - s.start);
}

export function makeCandidate(
  s: Sentence, first: number, last: number, type: EntityType, rule: string, priority: number,
  extra: Partial<Candidate> = {},
): Candidate {
  const surface = spanText(s, first, last);
  return {
    sentence: s.index, firstToken: first, lastToken: last,
    start: s.tokens[first]!.start, end: s.tokens[last]!.end,
    type, name: surface, surface, rule, priority, ...extra,
  };
}

export const isWordToken = (t: Token | undefined): t is Token => t !== undefined && (t.kind === "word" || t.kind === "number");
