// The typed documents that flow through Trama's pipeline (see src/pipeline.ts).
// Every stage takes one of these and returns the next; none mutates its input.
import type { MultiwordToken, SyntaxWord } from "./syntax/types.ts";

/** A file as read from disk, before decoding. */
export interface SourceFile {
  /** Path as given on the command line (used in messages). */
  path: string;
  /** File name relative to the articles folder, e.g. `000_53fd.txt`; the article's stable id comes from it. */
  name: string;
  /** The article's id when the corpus chose it (unique per relative path); else derived from `name`. */
  id?: string;
  bytes: Uint8Array;
}

/** Dates are ISO-8601 prefixes: `2025`, `2025-06` or `2025-06-19`. */
export type IsoDate = string;

export interface ArticleMeta {
  /** Stable id: the file name without extension, ASCII-slugged (e.g. `000_53fd4e9527d9824e`). */
  id: string;
  /** File name relative to the articles folder. */
  file: string;
  title?: string;
  date?: IsoDate;
  /** Outlet or agency named by the article (`Chas Pravdy`, `France24`, `AsiaNews`). */
  source?: string;
  url?: string;
  /** sha256 of the stored bytes, hex: the cache key of per-article extraction. */
  contentHash: string;
}

/** A half-open character range [start, end) in an article's text. */
export interface Span {
  start: number;
  end: number;
}

/** Output of ingest. */
export interface Article {
  meta: ArticleMeta;
  /**
   * The text to read. It has exactly the length of the decoded stored file, so every
   * offset is true to the file: markup, metadata lines and navigation noise are blanked
   * with spaces (newlines kept) instead of removed.
   */
  text: string;
  /** Where the metadata was read (byline, `Fonte:` line, date line), for evidence of the source entity. */
  metaSpans: { source?: Span; date?: Span; title?: Span };
}

export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token {
  start: number;
  end: number;
  /** Surface form as in the text. */
  text: string;
  /** NFC, typographic apostrophes/quotes/dashes folded to ASCII. */
  norm: string;
  /** `norm` lower-cased. */
  lower: string;
  /** Preferred lemma from the morph-it lexicon (lower-case; verbs first); `lower` when unknown. */
  lemma: string;
  /** Every lemma the form can have (`inviati` -> [`inviare`, `inviato`]); [`lower`] when unknown. */
  lemmas: string[];
  kind: TokenKind;
  /** True when the token is the first word of its sentence. */
  sentenceStart: boolean;
  /** For elided forms (`dell'`, `l'`, `nell'`): the full article/preposition (`della`, `la`, `nella`). */
  elisionOf?: string;
  /** Numeric value when the token (with its neighbours, see `numberSpan`) reads as a number. */
  value?: number;
}

/** A number read from one or more tokens: `6.000`, `1,7 miliardi`, `11mila`, `otto milioni`, `il 40%`. */
export interface NumberMention extends Span {
  value: number;
  /** Index of first and last token (inclusive) in the sentence. */
  firstToken: number;
  lastToken: number;
  percent: boolean;
}

export interface Sentence extends Span {
  index: number;
  /** The sentence text (a slice of Article.text). */
  text: string;
  tokens: Token[];
  numbers: NumberMention[];
  /** Syntactic words and their dependency tree (the syntax stage); read it through `DependencyTree`. */
  syntax?: { words: SyntaxWord[]; multiwords: MultiwordToken[] };
}

/** Output of nlp. */
export interface AnalyzedArticle extends Article {
  sentences: Sentence[];
}

export const ENTITY_TYPES = ["Country", "Person", "Organization", "Place", "Treaty", "Event"] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const RELATION_PREDICATES = [
  "leaderOf", "memberOf", "partOf", "locatedIn", "meetsWith", "visits", "signs", "partyTo",
  "alliedWith", "supports", "deploysTroopsTo", "suppliesWeaponsTo", "providesAidTo",
  "atWarWith", "criticizes", "participatesIn",
] as const;
export type RelationPredicate = (typeof RELATION_PREDICATES)[number];
export const SYMMETRIC_PREDICATES: ReadonlySet<RelationPredicate> = new Set(["meetsWith", "alliedWith", "atWarWith"]);

export const CLAIM_MEASURES = [
  "troopsDeployed", "personnelDeployed", "killed", "wounded", "casualties", "captured",
  "munitionsShare", "munitionsCount", "missilesCount", "value",
] as const;
export type ClaimMeasure = (typeof CLAIM_MEASURES)[number];
export type ClaimQualifier = "atLeast" | "moreThan" | "about" | "upTo";

/** Where a fact was read: enough to show the sentence and highlight the words. */
export interface Evidence {
  article: string;
  /** Sentence index in the article and its offsets. */
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The words that triggered the fact (a sub-span of the sentence), when narrower. */
  focus?: Span;
  date?: IsoDate;
  /** Id of the rule or lexicon entry that produced the fact. */
  rule: string;
}

/** An entity occurrence found in one article, already resolved to a canonical key. */
export interface Mention extends Span {
  /** Canonical key, `<type-folder>/<slug>`, e.g. `country/north-korea`. */
  key: string;
  type: EntityType;
  /** Surface form as written. */
  surface: string;
  sentence: number;
  /** Rule or lexicon entry that recognized it, and the alias rule that resolved it. */
  rule: string;
  resolvedBy: string;
  /** The sentence it was read in, focused on the mention (what the graph keeps as node evidence). */
  evidence: Evidence;
}

/** What an article says about an entity beyond its name (label, aliases, Wikidata id). */
export interface EntityDescription {
  key: string;
  type: EntityType;
  label: string;
  lang: "it" | "en" | "und";
  aliases: string[];
  wikidata?: string;
  /** How each alias was attached: alias (folded) -> rule id. */
  aliasRules: Record<string, string>;
  /** For events: date when known, and the CAMEO code of the event type. */
  date?: IsoDate;
  cameo?: string;
}

export type Modality = "asserted" | "hypothetical" | "negated";

export interface RelationFact {
  predicate: RelationPredicate;
  subject: string;
  object: string;
  modality: Modality;
  evidence: Evidence;
  /** CAMEO root or sub code of the relation type (e.g. `057`). */
  cameo?: string;
}

/** A figure not told as fact: planned or possible, denied, or one side's allegation (claimed by it). Absent: asserted. */
export type ClaimModality = "hypothetical" | "negated" | "alleged";

export interface ClaimFact {
  /** Deterministic id from article, sentence and figure. */
  id: string;
  about?: string;
  measure: ClaimMeasure;
  amount: number;
  amountMax?: number;
  qualifier?: ClaimQualifier;
  unit?: string;
  claimedBy?: string;
  asOf?: IsoDate;
  modality?: ClaimModality;
  evidence: Evidence;
}

/** Output of extract: everything one article contributes to the graph. Pure data, JSON-safe. */
export interface ArticleExtraction {
  meta: ArticleMeta;
  entities: EntityDescription[];
  mentions: Mention[];
  relations: RelationFact[];
  claims: ClaimFact[];
}
