// The fold's evidence, held compactly. At 10,000 articles a fold holds about 1.5 million
// pieces of evidence; as objects (an Evidence, its focus, its slot in a list) that is
// about 150 bytes each and most of the main process's heap while the workers run. Here a
// piece of evidence is one row of nine 32-bit integers: ids into a table of interned
// strings (article, rule, date) and into a table of sentence texts, each sentence stored
// once however many facts it supports. `get` gives back the very Evidence that was added
// (same fields, same key order, the one shared sentence string), so the graph built from
// the fold, and the writers reading it, do not change.
import { StringTable } from "../string-table.ts";
import type { Evidence } from "../types.ts";

/** Columns of a row, in order. */
const ARTICLE = 0, SENTENCE = 1, START = 2, END = 3, TEXT = 4, FOCUS_START = 5, FOCUS_END = 6, DATE = 7, RULE = 8;
const STRIDE = 9;
/** A date the evidence does not have (string ids are never negative). */
const NONE = -1;
/** A focus the evidence does not have (no offset is this). */
const NO_FOCUS = -0x80000000;

export class EvidenceStore {
  /** Article ids, rule ids and dates (only these: every finish ranks them all). */
  readonly strings = new StringTable();
  /** Sentence texts: one entry per distinct text of an article (texts are shared within an article only, where one sentence backs many facts). */
  private readonly texts: string[] = [];
  private rows = new Int32Array(STRIDE * 1024);
  size = 0;

  /**
   * One article's texts, as `add` meets them: call `sentences()` once per article and pass
   * the map to every `add` of its evidence (the texts of a worker's result are one copy per
   * piece of evidence; this makes them one string per sentence again).
   */
  sentences(): Map<string, number> { return new Map(); }

  /** The id of `e`'s sentence text in the table, adding it when the article has not given it yet. */
  private textId(e: Evidence, texts: Map<string, number>): number {
    let text = texts.get(e.text);
    if (text === undefined) { text = this.texts.length; this.texts.push(e.text); texts.set(e.text, text); }
    return text;
  }

  /**
   * `e` kept as an object (evidence read whole, such as a claim's): its text made the
   * article's one copy and its strings interned. Returns `e`.
   */
  share(e: Evidence, texts: Map<string, number>): Evidence {
    e.text = this.texts[this.textId(e, texts)]!;
    const s = this.strings.values;
    e.article = s[this.strings.id(e.article)]!;
    e.rule = s[this.strings.id(e.rule)]!;
    if (e.date !== undefined) e.date = s[this.strings.id(e.date)]!;
    return e;
  }

  /** Store `e`; its row id. */
  add(e: Evidence, texts: Map<string, number>): number {
    const text = this.textId(e, texts);
    if ((this.size + 1) * STRIDE > this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    const o = this.size * STRIDE, r = this.rows;
    r[o + ARTICLE] = this.strings.id(e.article);
    r[o + SENTENCE] = e.sentence;
    r[o + START] = e.start;
    r[o + END] = e.end;
    r[o + TEXT] = text;
    r[o + FOCUS_START] = e.focus ? e.focus.start : NO_FOCUS;
    r[o + FOCUS_END] = e.focus ? e.focus.end : NO_FOCUS;
    r[o + DATE] = e.date !== undefined ? this.strings.id(e.date) : NONE;
    r[o + RULE] = this.strings.id(e.rule);
    return this.size++;
  }

  /** The text of row `id`'s sentence (the shared string). */
  text(id: number): string { return this.texts[this.rows[id * STRIDE + TEXT]!]!; }

  /** The Evidence of row `id`, as it was added (key order too: article, sentence, start, end, text, focus, date, rule). */
  get(id: number): Evidence {
    const o = id * STRIDE, r = this.rows, s = this.strings.values;
    const article = s[r[o + ARTICLE]!]!, sentence = r[o + SENTENCE]!, start = r[o + START]!, end = r[o + END]!, text = this.texts[r[o + TEXT]!]!, rule = s[r[o + RULE]!]!;
    const hasFocus = r[o + FOCUS_START] !== NO_FOCUS, date = r[o + DATE] !== NONE ? s[r[o + DATE]!]! : undefined;
    // One literal per case: an object built whole gets its final shape at once (a million of them are built per finish at 10,000 articles).
    if (hasFocus) {
      const focus = { start: r[o + FOCUS_START]!, end: r[o + FOCUS_END]! };
      return date !== undefined ? { article, sentence, start, end, text, focus, date, rule } : { article, sentence, start, end, text, focus, rule };
    }
    return date !== undefined ? { article, sentence, start, end, text, date, rule } : { article, sentence, start, end, text, rule };
  }

  private ranked: { size: number; rank: Int32Array } | undefined;

  /**
   * Each string's rank in `compare`'s order (strings equal under it share a rank): rows
   * then compare by number. Kept until a string is added (a watch-mode edit that adds no
   * new article id or rule reuses it).
   */
  ranks(compare: (a: string, b: string) => number): Int32Array {
    const values = this.strings.values;
    if (this.ranked?.size === values.length) return this.ranked.rank;
    const sorted = values.map((_, i) => i).sort((a, b) => compare(values[a]!, values[b]!));
    const rank = new Int32Array(values.length);
    sorted.forEach((id, i) => { rank[id] = i > 0 && compare(values[sorted[i - 1]!]!, values[id]!) === 0 ? rank[sorted[i - 1]!]! : i; });
    this.ranked = { size: values.length, rank };
    return rank;
  }

  /**
   * Rows in evidence order: article, start, focus start and end (0 where there is none),
   * rule; strings by `rank` (this.ranks). Reads the rows directly: a node's evidence sort
   * at 10,000 articles makes millions of comparisons. Valid until the next `add`.
   */
  order(rank: Int32Array): (a: number, b: number) => number {
    const r = this.rows;
    const focus = (v: number) => (v === NO_FOCUS ? 0 : v);
    return (a, b) => {
      const x = a * STRIDE, y = b * STRIDE;
      return rank[r[x + ARTICLE]!]! - rank[r[y + ARTICLE]!]! || r[x + START]! - r[y + START]!
        || focus(r[x + FOCUS_START]!) - focus(r[y + FOCUS_START]!) || focus(r[x + FOCUS_END]!) - focus(r[y + FOCUS_END]!)
        || rank[r[x + RULE]!]! - rank[r[y + RULE]!]!;
    };
  }

  /** String id of row `id`'s article (compare rows without building strings). */
  articleId(id: number): number { return this.rows[id * STRIDE + ARTICLE]!; }
  article(id: number): string { return this.strings.values[this.articleId(id)]!; }
  sentence(id: number): number { return this.rows[id * STRIDE + SENTENCE]!; }
  start(id: number): number { return this.rows[id * STRIDE + START]!; }
  /** Focus offsets, 0 where there is none (the evidence order's default). */
  focusStart(id: number): number { const v = this.rows[id * STRIDE + FOCUS_START]!; return v === NO_FOCUS ? 0 : v; }
  focusEnd(id: number): number { const v = this.rows[id * STRIDE + FOCUS_END]!; return v === NO_FOCUS ? 0 : v; }
  ruleId(id: number): number { return this.rows[id * STRIDE + RULE]!; }
  /** Row `id`'s date, if it has one. */
  date(id: number): string | undefined { const d = this.rows[id * STRIDE + DATE]!; return d === NONE ? undefined : this.strings.values[d]!; }
}

/**
 * A node's or edge's evidence kept as rows of the fold's store after finish: its `evidence`
 * property is made into objects only when read. At 100,000 articles the graph's nodes cite
 * about nine million pieces of evidence (one per mention) of which graph.json writes a
 * sample of 200,000 and graph.ttl none, so holding them as objects was most of the heap.
 * The property keeps its place among the attributes (JSON key order does not change), and
 * assigning it makes it a plain array again.
 */
const ROWS = Symbol("evidenceRows");
interface EvidenceRows { store: EvidenceStore; rows: Int32Array }
type WithEvidence = { evidence: Evidence[] };

export function setEvidenceRows(attrs: WithEvidence, store: EvidenceStore, rows: Int32Array): void {
  Object.defineProperty(attrs, ROWS, { value: { store, rows } satisfies EvidenceRows, configurable: true });
  Object.defineProperty(attrs, "evidence", {
    enumerable: true,
    configurable: true,
    get: () => Array.from(rows, (id) => store.get(id)),
    set: (value: Evidence[]) => {
      delete (attrs as { [ROWS]?: EvidenceRows })[ROWS];
      Object.defineProperty(attrs, "evidence", { value, writable: true, enumerable: true, configurable: true });
    },
  });
}

const rowsOf = (a: WithEvidence) => (a as { [ROWS]?: EvidenceRows })[ROWS];

/** How many pieces of evidence `a` has, without making them. */
export function evidenceLength(a: WithEvidence): number {
  const r = rowsOf(a);
  return r ? r.rows.length : a.evidence.length;
}

/** `a`'s i-th piece of evidence, making only that one. */
export function evidenceAt(a: WithEvidence, i: number): Evidence | undefined {
  const r = rowsOf(a);
  if (!r) return a.evidence[i];
  return i >= 0 && i < r.rows.length ? r.store.get(r.rows[i]!) : undefined;
}

/** At most `cap` pieces spread evenly over `a`'s evidence (json.ts's capEvidence), making only those. */
export function evidenceSample(a: WithEvidence, cap: number): Evidence[] {
  const r = rowsOf(a);
  if (!r) return spreadSample(a.evidence, cap);
  return spreadSample(r.rows, cap).map((id) => r.store.get(id));
}

/** At most `cap` items spread evenly over `list` (the list itself when it is no longer). */
export function spreadSample<T>(list: ArrayLike<T>, cap: number): T[] {
  if (list.length <= cap) return Array.isArray(list) ? list : Array.from(list);
  return Array.from({ length: cap }, (_, i) => list[Math.floor((i * list.length) / cap)]!);
}

/** `{ ...a, ...fields }` in `a`'s key order, without reading (making) the properties `fields` replaces. */
export function withFields<T extends object>(a: T, fields: Partial<Record<keyof T, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(a)) out[k] = Object.prototype.hasOwnProperty.call(fields, k) ? (fields as Record<string, unknown>)[k] : (a as Record<string, unknown>)[k];
  for (const k of Object.keys(fields)) if (!(k in out)) out[k] = (fields as Record<string, unknown>)[k];
  return out;
}
