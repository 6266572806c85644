// graph.json version 2: each distinct evidence sentence is stored once, in a table at the
// end of the envelope, and node and edge evidence refer to it by index. A sentence is
// cited by every entity it names and every relation it supports, so version 1 repeated
// its text (and article, offsets, date) once per citation; at 10,000 articles two thirds
// of the evidence text was repeats. Rule ids are interned the same way, and a node's
// `articles` (which grows with the corpus: every article naming a country) is written as
// indices into the graph attribute `articles`.
//
// This module is pure (no Node APIs): the writer, the query API and the viewer share it.
import { StringTable } from "../string-table.ts";
import type { SerializedGraph } from "graphology-types";
import type { Evidence } from "../types.ts";
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type EntityNodeAttributes, type GraphAttributes, type RelationEdgeAttributes } from "./types.ts";

/** A sentence as cited: everything of an Evidence that does not depend on the fact. */
export interface EvidenceSentence {
  article: string;
  sentence: number;
  start: number;
  end: number;
  text: string;
  date?: string;
}

/** One piece of evidence in version 2: [sentence index, rule index] or, with a focus, [s, r, focus start, focus end]. */
export type EvidenceRef = [number, number] | [number, number, number, number];

/** A node's article ids as indices into the sorted article list; an id not in it stays a string. */
export function articleRefs(articles: readonly string[], index: ReadonlyMap<string, number>): (number | string)[] {
  return articles.map((id) => index.get(id) ?? id);
}

/** Article and offsets identify a sentence within one build (the text follows from them). */
export const sentenceKey = (e: Evidence) => `${e.article}\u0000${e.sentence}\u0000${e.start}\u0000${e.end}\u0000${e.date ?? ""}`;

/** The sentence table's entry for a sentence, made from (any) evidence citing it. */
export const sentenceOf = (e: Evidence): EvidenceSentence => (e.date === undefined
  ? { article: e.article, sentence: e.sentence, start: e.start, end: e.end, text: e.text }
  : { article: e.article, sentence: e.sentence, start: e.start, end: e.end, text: e.text, date: e.date });

/** JSON.stringify of a number, without the call. */
const num = (n: number) => (Number.isFinite(n) ? String(n) : "null");

/**
 * Builds the sentence and rule tables while the writer walks the graph. The table holds
 * the piece of evidence each sentence was first cited by (`sentenceOf` makes its entry),
 * not the entry itself: a watch process writes the entries' JSON kept from the last write.
 */
export class EvidenceTable {
  /** The piece of evidence each sentence was first cited by, in table order. */
  readonly firsts: Evidence[] = [];
  private readonly ruleTable = new StringTable();
  private sentenceIndex = new Map<string, number>();

  /** `keyOf`: a sentence key kept per piece of evidence from one write to the next (watch mode), else made anew. */
  constructor(private readonly keyOf: (e: Evidence) => string = sentenceKey) {}

  ref(e: Evidence): EvidenceRef {
    const s = this.sentenceRef(e), r = this.ruleTable.id(e.rule);
    return e.focus ? [s, r, e.focus.start, e.focus.end] : [s, r];
  }

  /** JSON.stringify of the refs of `evidence` (entered in the tables as `ref` does), without an array per ref. */
  refsJson(evidence: readonly Evidence[]): string {
    let out = "[";
    for (let i = 0; i < evidence.length; i++) {
      const e = evidence[i]!;
      const s = this.sentenceRef(e), r = this.ruleTable.id(e.rule);
      out += `${i ? "," : ""}[${s},${r}${e.focus ? `,${num(e.focus.start)},${num(e.focus.end)}` : ""}]`;
    }
    return out + "]";
  }

  private sentenceRef(e: Evidence): number {
    const key = this.keyOf(e);
    let s = this.sentenceIndex.get(key);
    if (s === undefined) {
      s = this.firsts.length;
      this.firsts.push(e);
      this.sentenceIndex.set(key, s);
    }
    return s;
  }

  /** Rule ids, in the order refs point to them. */
  get rules(): string[] { return this.ruleTable.values; }
}

type Serialized = SerializedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>;

/** What JSON.parse gives for graph.json of either version. */
export interface AnyGraphEnvelope {
  format?: unknown;
  version?: unknown;
  generator?: string;
  graph: Serialized;
  /** Version 2 only. */
  sentences?: EvidenceSentence[];
  rules?: string[];
}

/** Versions this code reads: the current one, and version 1 (evidence written out in full). */
export const READABLE_GRAPH_VERSIONS: readonly number[] = [1, GRAPH_FORMAT_VERSION];

export function isGraphEnvelope(env: unknown): env is AnyGraphEnvelope {
  const e = env as AnyGraphEnvelope | undefined;
  return e?.format === GRAPH_FORMAT && READABLE_GRAPH_VERSIONS.includes(e.version as number) && typeof e.graph === "object" && e.graph !== null;
}

/**
 * The serialized graph with every evidence list as full Evidence objects, ready for
 * graphology's import. Version 2 refs are replaced in place (no copy of the graph); the
 * expanded objects share the table's strings, so the text is in memory once.
 */
export function decodeGraphEnvelope(env: AnyGraphEnvelope): Serialized {
  if (env.version === 1) return env.graph;
  const sentences = env.sentences ?? [];
  const rules = env.rules ?? [];
  const expand = (refs: unknown[] | undefined): Evidence[] => (refs ?? []).map((x) => {
    const [s, r, fs, fe] = x as number[];
    const t = sentences[s!];
    if (!t || rules[r!] === undefined) throw new RangeError(`graph.json: evidence refers to sentence ${s} / rule ${r}, which the tables lack`);
    const e: Evidence = { article: t.article, sentence: t.sentence, start: t.start, end: t.end, text: t.text, rule: rules[r!]! };
    if (fs !== undefined && fe !== undefined) e.focus = { start: fs, end: fe };
    if (t.date !== undefined) e.date = t.date;
    return e;
  });
  const ids = (env.graph.attributes?.articles ?? []).map((a) => a.id);
  const article = (x: unknown): string => {
    if (typeof x === "string") return x;
    const id = ids[x as number];
    if (id === undefined) throw new RangeError(`graph.json: a node refers to article ${x}, which the graph lacks`);
    return id;
  };
  for (const n of env.graph.nodes) {
    if (!n.attributes) continue;
    n.attributes.evidence = expand(n.attributes.evidence as unknown[]);
    if (n.attributes.articles) n.attributes.articles = n.attributes.articles.map(article);
  }
  for (const e of env.graph.edges) if (e.attributes) e.attributes.evidence = expand(e.attributes.evidence as unknown[]);
  return env.graph;
}
