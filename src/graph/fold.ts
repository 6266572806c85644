// The graph stage as a fold: articles are added one at a time, in any order, and only what
// the graph keeps is retained (entity descriptions folded per key, evidence, claims), never
// the extractions themselves — at 10,000 articles those are most of a build's memory.
// Cross-article resolution needs every entity first, so facts are gathered under the keys
// their article gave them and mapped to representative keys in `finish`.
// Every merge below is order-independent: ties go to the article whose id collates first,
// so adding the same articles in another order gives the same graph.
// A removable fold (watch mode) can also take an article out again: it keeps each
// article's entity descriptions and relation codes, so an edit refolds only what that
// article touched instead of every article of the corpus.
// An edit then costs what that article touched, not the corpus: each article's keys are
// indexed, and what was touched since the last finish is what the next finish recomputes.
import type { ArticleExtraction, ArticleMeta, EntityDescription } from "../types.ts";
import { StringTable } from "../string-table.ts";
import { EvidenceStore } from "./evidence-store.ts";
import { EntityFold, firstOf, type Dated } from "./entity-fold.ts";
import { finishFold, type FactFold, type FinishMemo, type FinishOptions, type HeldClaim, type MentionFold, type Touched } from "./finish.ts";
export { collate } from "./entity-fold.ts";
export type { FinishOptions } from "./finish.ts";
import type { TramaGraph } from "./types.ts";

/** The keys one article added to (removable folds): what taking it out has to visit. */
interface ArticleKeys { entities: Set<string>; mentions: Set<string>; facts: Set<string> }

export class GraphFold {
  /** Removable only: every description of each key, with its article (an EntityFold cannot be unmerged). */
  private described: Map<string, Dated<EntityDescription>[]> | undefined;
  /** Removable only: each article's keys, the last finish, and what changed since. */
  private byArticle = new Map<string, ArticleKeys>();
  private memo: FinishMemo | undefined;
  private touched: Touched = { entities: new Set(), mentions: new Set(), facts: new Set(), claims: new Set() };

  constructor(opts: { removable?: boolean } = {}) {
    if (opts.removable) this.described = new Map();
  }

  private entities = new Map<string, EntityFold>();
  private mentions = new Map<string, MentionFold>();
  private facts = new Map<string, FactFold>();
  private claims: HeldClaim[] = [];
  private metas: ArticleMeta[] = [];
  /**
   * Every mention's and relation's evidence, as compact rows (evidence-store.ts): at
   * 10,000 articles there are 1.5 million pieces, most of this process's heap as objects.
   */
  private store = new EvidenceStore();
  /** One copy of each string that claims and facts repeat (entity keys, measures, units). */
  private names = new StringTable();

  /** A plain fold once finished (its state let go). */
  private spent = false;

  add(x: ArticleExtraction): void {
    if (this.spent) throw new Error("GraphFold.add: this fold was finished already (only a removable fold takes articles after a finish)");
    const id = x.meta.id;
    this.metas.push(x.meta);
    let keys: ArticleKeys | undefined;
    if (this.described) {
      keys = this.byArticle.get(id);
      if (!keys) this.byArticle.set(id, (keys = { entities: new Set(), mentions: new Set(), facts: new Set() }));
      for (const e of x.entities) { keys.entities.add(e.key); this.touched.entities.add(e.key); }
      for (const m of x.mentions) { keys.mentions.add(m.key); this.touched.mentions.add(m.key); }
      if (x.claims.length > 0) this.touched.claims.add(id);
    }
    for (const e of x.entities) {
      const cur = this.entities.get(e.key);
      if (cur) cur.add(e, id);
      else this.entities.set(e.key, EntityFold.of(e, id));
      if (this.described) {
        const list = this.described.get(e.key);
        if (list) list.push({ value: e, article: id }); else this.described.set(e.key, [{ value: e, article: id }]);
      }
    }
    const texts = this.store.sentences();
    for (const m of x.mentions) {
      let cur = this.mentions.get(m.key);
      if (!cur) this.mentions.set(m.key, (cur = { count: 0, articles: new Set(), evidence: [] }));
      cur.count++;
      cur.articles.add(id);
      cur.evidence.push(this.store.add(m.evidence, texts));
    }
    for (const f of x.relations) {
      const key = `${f.predicate}|${f.subject}|${f.object}|${f.modality}`;
      if (keys) { keys.facts.add(key); this.touched.facts.add(key); }
      let cur = this.facts.get(key);
      if (!cur) {
        // The ends are entity keys that many facts share: one copy each (interned).
        const s = this.names, one = (v: string) => s.values[s.id(v)]!;
        this.facts.set(key, (cur = { predicate: one(f.predicate) as typeof f.predicate, subject: one(f.subject), object: one(f.object), modality: one(f.modality) as typeof f.modality, evidence: [] }));
      }
      cur.evidence.push(this.store.add(f.evidence, texts));
      if (f.cameo) {
        cur.cameo = firstOf(cur.cameo, { value: f.cameo, article: id });
        if (this.described) (cur.cameos ??= []).push({ value: f.cameo, article: id });
      }
    }
    for (const c of x.claims) {
      // Built key by key rather than by spreading: a spread copy of a parsed object got a
      // hidden class of its own (40 MB of them at 10,000 articles); key by key, claims with
      // the same keys share one. Its keys, measure, unit and date repeat across claims: one
      // copy each. Its id is its own.
      const held: Record<string, unknown> = {};
      for (const k in c) {
        const v = (c as unknown as Record<string, unknown>)[k];
        held[k] = k === "evidence" ? this.store.share(c.evidence, texts) : typeof v === "string" && k !== "id" ? this.names.values[this.names.id(v)] : v;
      }
      held.article = id;
      this.claims.push(held as unknown as HeldClaim);
    }
  }

  /**
   * Take out everything article `id` added (removable folds only): the fold is then what
   * adding every other article would have given. Linear in what the fold holds.
   */
  remove(id: string): void {
    if (!this.described) throw new Error("GraphFold.remove: this fold was not made removable");
    const keys = this.byArticle.get(id);
    if (!keys) return;
    // Its rows stay in the store (unreferenced): an edit adds one article's rows.
    const article = this.store.strings.find(id);
    const other = (row: number) => this.store.articleId(row) !== article;
    this.byArticle.delete(id);
    this.metas = this.metas.filter((m) => m.id !== id);
    for (const key of keys.entities) {
      this.touched.entities.add(key);
      const list = this.described.get(key)!;
      const rest = list.filter((d) => d.article !== id);
      if (rest.length === 0) { this.described.delete(key); this.entities.delete(key); continue; }
      this.described.set(key, rest);
      const f = EntityFold.of(rest[0]!.value, rest[0]!.article);
      for (const d of rest.slice(1)) f.add(d.value, d.article);
      this.entities.set(key, f);
    }
    for (const key of keys.mentions) {
      this.touched.mentions.add(key);
      const m = this.mentions.get(key)!;
      m.articles.delete(id);
      m.evidence = m.evidence.filter(other);
      m.count = m.evidence.length;
      if (m.count === 0) this.mentions.delete(key);
    }
    for (const key of keys.facts) {
      this.touched.facts.add(key);
      const f = this.facts.get(key)!;
      f.evidence = f.evidence.filter(other);
      if (f.evidence.length === 0) { this.facts.delete(key); continue; }
      f.cameos = f.cameos?.filter((c) => c.article !== id);
      f.cameo = f.cameos?.reduce<Dated<string> | undefined>((a, c) => firstOf(a, c), undefined);
    }
    const before = this.claims.length;
    this.claims = this.claims.filter((c) => c.article !== id);
    if (this.claims.length !== before) this.touched.claims.add(id);
  }

  /**
   * The graph. A removable fold remembers this finish, and the next one recomputes only
   * the nodes, edges and claims the articles added or removed since can have changed
   * (finish.ts); their attribute objects are new, every other one is the last graph's.
   */
  finish(opts: FinishOptions = {}): TramaGraph {
    if (this.spent) throw new Error("GraphFold.finish: this fold was finished already (only a removable fold finishes again)");
    const state = { entities: this.entities, mentions: this.mentions, facts: this.facts, claims: this.claims, metas: this.metas, store: this.store };
    if (!this.described) {
      // A plain fold is finished once: what the graph does not keep (the per-key folds, the
      // claims and metadata as held) is let go now rather than held through layout and the
      // writers. The evidence store lives on in the graph, whose nodes and edges read their
      // evidence from its rows (setEvidenceRows in evidence-store.ts).
      this.spent = true;
      this.entities = new Map(); this.mentions = new Map(); this.facts = new Map(); this.claims = []; this.metas = []; this.store = new EvidenceStore(); this.names = new StringTable();
      return finishFold(state, opts).graph;
    }
    const { graph, memo } = finishFold(state, opts, { prev: this.memo, touched: this.touched });
    this.memo = memo;
    this.touched = { entities: new Set(), mentions: new Set(), facts: new Set(), claims: new Set() };
    return graph;
  }
}
