// The shape of Trama's graph: graphology attributes for nodes, edges and the graph,
// and the versioned envelope written to graph.json. The viewer and the query API read
// only this (with `import type`), so changing it means bumping GRAPH_FORMAT_VERSION.
// graphology ships CommonJS typings, so under NodeNext its default export is not a type;
// the graph's interface comes from graphology-types, and code constructs it with the
// named export `MultiDirectedGraph` from "graphology".
import type { AbstractGraph, SerializedGraph } from "graphology-types";
import type {
  ArticleMeta, ClaimMeasure, ClaimModality, ClaimQualifier, EntityType, Evidence, IsoDate, Modality, RelationPredicate,
} from "../types.ts";

export const GRAPH_FORMAT = "trama-graph";
/** 2: evidence sentences stored once in the envelope's `sentences` table (src/graph/envelope.ts). */
export const GRAPH_FORMAT_VERSION = 2;

/** Node key: `<folder>/<slug>`, e.g. `country/north-korea`, `person/sergei-shoigu`, `event/war-in-ukraine`. */
export interface EntityNodeAttributes {
  type: EntityType;
  /** Canonical name. */
  label: string;
  /** Language tag of the label (`it`, `en`, or `und`). */
  lang: string;
  /** Every other name: surface forms met in the articles and known aliases, sorted, without the label. */
  aliases: string[];
  /** For each alias (as written), the id of the rule that attached it (`lexicon:…`, `translit-key`, `short-form`, …). */
  aliasRules: Record<string, string>;
  /** Wikidata id (`Q423`) where the identity is certain. */
  wikidata?: string;
  /** Number of mentions over all articles. */
  mentions: number;
  /** Ids of the articles that mention it, sorted. */
  articles: string[];
  /** One piece of evidence per mention, sorted by article then offset. */
  evidence: Evidence[];
  /** For events: when it happened, as precise as known. */
  date?: IsoDate;
  /** CAMEO code of the event type, for events. */
  cameo?: string;
  /** Layout position (ForceAtlas2, computed at build time) and display size. */
  x: number;
  y: number;
  size: number;
  /** Display names in Italian and English, added at export (src/export/labels.ts). */
  labels?: { it: string; en: string };
  /** For countries: the Italian masculine plural demonym (`nordcoreani`), added at export. */
  demonym?: string;
}

/** Edge key: `predicate|source|target` (asserted) or `predicate|source|target|modality`. */
export interface RelationEdgeAttributes {
  predicate: RelationPredicate;
  /** Symmetric relations are stored once, source < target. */
  symmetric: boolean;
  /** `asserted` edges are the plain relation triples; hypothetical and negated ones are kept apart. */
  modality: Modality;
  /** Number of supporting sentences (= evidence.length). */
  count: number;
  evidence: Evidence[];
  /** CAMEO code of the relation type (e.g. `057` sign agreement). */
  cameo?: string;
  /** Earliest and latest evidence date. */
  firstDate?: IsoDate;
  lastDate?: IsoDate;
}

export interface ClaimRecord {
  /** Deterministic id (`claim/<hash>`). */
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
  article: string;
  evidence: Evidence;
}

export interface GraphAttributes {
  /** Every article built, sorted by id (skipped ones are not here). */
  articles: ArticleMeta[];
  /** Every attributed figure, sorted by id (in graph.json, a sample when there are very many: see claimCount). */
  claims: ClaimRecord[];
  /** Italian and English labels of the ontology's classes, relations and measures, added at export. */
  vocabulary?: Record<string, { it: string; en: string }>;
  /** In graph.json only, when `claims` is a sample: how many claims the graph has. */
  claimCount?: number;
}

export type TramaGraph = AbstractGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>;

/** The content of graph.json. */
export interface GraphEnvelope {
  format: typeof GRAPH_FORMAT;
  version: typeof GRAPH_FORMAT_VERSION;
  generator: string;
  /**
   * graphology's `graph.export()`: options, attributes, nodes, edges. On disk each node's
   * and edge's `evidence` is a list of refs into `sentences` and `rules` (EvidenceRef in
   * src/graph/envelope.ts); decodeGraphEnvelope turns them back into Evidence.
   */
  graph: SerializedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>;
  /** Every evidence sentence cited by a node or edge, once: article, sentence index, offsets, text, date. */
  sentences: { article: string; sentence: number; start: number; end: number; text: string; date?: IsoDate }[];
  /** Rule ids the evidence refs point to. */
  rules: string[];
}
