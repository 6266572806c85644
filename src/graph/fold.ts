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
import { MultiDirectedGraph } from "graphology";
import type { ArticleExtraction, ArticleMeta, ClaimFact, EntityDescription, Evidence, RelationFact } from "../types.ts";
import { SYMMETRIC_PREDICATES } from "../types.ts";
import { collate, EntityFold, firstOf, type Dated } from "./entity-fold.ts";
import { resolveEntities, type EntityInfo } from "./resolve.ts";
export { collate } from "./entity-fold.ts";
import type { ClaimRecord, EntityNodeAttributes, GraphAttributes, RelationEdgeAttributes, TramaGraph } from "./types.ts";

/** What one key's mentions leave: a count, the articles, the evidence. */
interface MentionFold { count: number; articles: Set<string>; evidence: Evidence[] }

/** One relation as its article keyed it, every time it was said. */
interface FactFold { predicate: RelationFact["predicate"]; subject: string; object: string; modality: RelationFact["modality"]; evidence: Evidence[]; cameo?: Dated<string>; cameos?: Dated<string>[] }

export interface FinishOptions {
  /** Told of each fact dropped because an end has no entity description (the CLI warns once per article). */
  onDangling?: (file: string, fact: string) => void;
}

export class GraphFold {
  /** Removable only: every description of each key, with its article (an EntityFold cannot be unmerged). */
  private described: Map<string, Dated<EntityDescription>[]> | undefined;

  constructor(opts: { removable?: boolean } = {}) {
    if (opts.removable) this.described = new Map();
  }

  private entities = new Map<string, EntityFold>();
  private mentions = new Map<string, MentionFold>();
  private facts = new Map<string, FactFold>();
  private claims: (ClaimFact & { article: string })[] = [];
  private metas: ArticleMeta[] = [];
  /**
   * One copy of each article id, rule id and date: evidence read back from JSON (the cache,
   * a worker) carries its own copy of each, and at 10,000 articles there are two million
   * pieces of evidence.
   */
  private strings = new Map<string, string>();

  private intern(s: string): string {
    const cur = this.strings.get(s);
    if (cur !== undefined) return cur;
    this.strings.set(s, s);
    return s;
  }

  private keep(e: Evidence): Evidence {
    e.article = this.intern(e.article);
    e.rule = this.intern(e.rule);
    if (e.date !== undefined) e.date = this.intern(e.date);
    return e;
  }

  add(x: ArticleExtraction): void {
    const id = x.meta.id;
    this.metas.push(x.meta);
    for (const e of x.entities) {
      const cur = this.entities.get(e.key);
      if (cur) cur.add(e, id);
      else this.entities.set(e.key, EntityFold.of(e, id));
      if (this.described) {
        const list = this.described.get(e.key);
        if (list) list.push({ value: e, article: id }); else this.described.set(e.key, [{ value: e, article: id }]);
      }
    }
    for (const m of x.mentions) {
      let cur = this.mentions.get(m.key);
      if (!cur) this.mentions.set(m.key, (cur = { count: 0, articles: new Set(), evidence: [] }));
      cur.count++;
      cur.articles.add(id);
      cur.evidence.push(this.keep(m.evidence));
    }
    for (const f of x.relations) {
      const key = `${f.predicate}|${f.subject}|${f.object}|${f.modality}`;
      let cur = this.facts.get(key);
      if (!cur) this.facts.set(key, (cur = { predicate: f.predicate, subject: f.subject, object: f.object, modality: f.modality, evidence: [] }));
      cur.evidence.push(this.keep(f.evidence));
      if (f.cameo) {
        cur.cameo = firstOf(cur.cameo, { value: f.cameo, article: id });
        if (this.described) (cur.cameos ??= []).push({ value: f.cameo, article: id });
      }
    }
    for (const c of x.claims) this.claims.push({ ...c, evidence: this.keep(c.evidence), article: id });
  }

  /**
   * Take out everything article `id` added (removable folds only): the fold is then what
   * adding every other article would have given. Linear in what the fold holds.
   */
  remove(id: string): void {
    if (!this.described) throw new Error("GraphFold.remove: this fold was not made removable");
    this.metas = this.metas.filter((m) => m.id !== id);
    for (const [key, list] of this.described) {
      if (!list.some((d) => d.article === id)) continue;
      const rest = list.filter((d) => d.article !== id);
      if (rest.length === 0) { this.described.delete(key); this.entities.delete(key); continue; }
      this.described.set(key, rest);
      const f = EntityFold.of(rest[0]!.value, rest[0]!.article);
      for (const d of rest.slice(1)) f.add(d.value, d.article);
      this.entities.set(key, f);
    }
    for (const [key, m] of this.mentions) {
      if (!m.articles.delete(id)) continue;
      m.evidence = m.evidence.filter((e) => e.article !== id);
      m.count = m.evidence.length;
      if (m.count === 0) this.mentions.delete(key);
    }
    for (const [key, f] of this.facts) {
      if (!f.evidence.some((e) => e.article === id)) continue;
      f.evidence = f.evidence.filter((e) => e.article !== id);
      if (f.evidence.length === 0) { this.facts.delete(key); continue; }
      f.cameos = f.cameos?.filter((c) => c.article !== id);
      f.cameo = f.cameos?.reduce<Dated<string> | undefined>((a, c) => firstOf(a, c), undefined);
    }
    this.claims = this.claims.filter((c) => c.article !== id);
  }

  finish(opts: FinishOptions = {}): TramaGraph {
    const dangling = opts.onDangling ?? (() => undefined);
    const metas = [...this.metas].sort((a, b) => collate(a.id, b.id));
    const fileOf = new Map(metas.map((m) => [m.id, m.file]));
    const byEvidence = evidenceOrder(metas.map((m) => m.id));
    const infos = new Map<string, EntityInfo>();
    for (const [key, f] of this.entities) infos.set(key, f.info());
    const map = resolveEntities(infos);
    const k = (key: string) => map.get(key) ?? key;

    const folded = new Map<string, EntityFold>();
    for (const key of [...this.entities.keys()].sort()) {
      const to = k(key);
      const cur = folded.get(to);
      if (cur) cur.merge(this.entities.get(key)!);
      else { const f = new EntityFold(); f.merge(this.entities.get(key)!); folded.set(to, f); }
    }
    const nodes = new Map<string, EntityNodeAttributes>();
    for (const [key, f] of folded) nodes.set(key, f.attributes());
    const reports: { article: string; order: number; fact: string }[] = [];

    const articlesOf = new Map<string, Set<string>>();
    for (const [raw, m] of this.mentions) {
      const key = k(raw);
      const n = nodes.get(key);
      if (!n) { for (const e of m.evidence) reports.push({ article: e.article, order: e.start, fact: `mention of ${key}` }); continue; }
      n.mentions += m.count;
      let arts = articlesOf.get(key);
      if (!arts) articlesOf.set(key, (arts = new Set()));
      for (const a of m.articles) arts.add(a);
      for (const e of m.evidence) n.evidence.push(e);
    }
    for (const [key, arts] of articlesOf) nodes.get(key)!.articles = [...arts];

    const edges = new Map<string, { source: string; target: string; fact: FactFold }>();
    for (const f of this.facts.values()) {
      let [subject, object] = [k(f.subject), k(f.object)];
      if (subject === object) continue;
      // Symmetric relations are stored once, source < target.
      if (SYMMETRIC_PREDICATES.has(f.predicate) && object < subject) [subject, object] = [object, subject];
      const missing = [subject, object].find((end) => !nodes.has(end));
      if (missing) { for (const e of f.evidence) reports.push({ article: e.article, order: Number.MAX_SAFE_INTEGER, fact: `relation ${f.predicate} to ${missing}` }); continue; }
      const key = f.modality === "asserted" ? `${f.predicate}|${subject}|${object}` : `${f.predicate}|${subject}|${object}|${f.modality}`;
      const cur = edges.get(key);
      if (!cur) edges.set(key, { source: subject, target: object, fact: { ...f, evidence: [...f.evidence] } });
      else { for (const e of f.evidence) cur.fact.evidence.push(e); cur.fact.cameo = firstOf(cur.fact.cameo, f.cameo); }
    }

    const rank = new Map(metas.map((m, i) => [m.id, i]));
    reports.sort((a, b) => rank.get(a.article)! - rank.get(b.article)! || a.order - b.order);
    for (const r of reports) dangling(fileOf.get(r.article) ?? r.article, r.fact);

    const graph = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
    graph.replaceAttributes({ articles: metas, claims: this.claimRecords(k) });
    for (const key of [...nodes.keys()].sort()) {
      const n = nodes.get(key)!;
      n.articles.sort();
      n.evidence.sort(byEvidence);
      graph.addNode(key, n);
    }
    for (const key of [...edges.keys()].sort()) {
      const { source, target, fact } = edges.get(key)!;
      const evidence = onePerSentenceRule(fact.evidence.sort(byEvidence));
      const attrs: RelationEdgeAttributes = {
        predicate: fact.predicate, symmetric: SYMMETRIC_PREDICATES.has(fact.predicate), modality: fact.modality, count: evidence.length, evidence,
        ...(fact.cameo ? { cameo: fact.cameo.value } : {}),
      };
      const dates = attrs.evidence.map((e) => e.date).filter((d): d is string => !!d).sort();
      if (dates.length) { attrs.firstDate = dates[0]; attrs.lastDate = dates[dates.length - 1]; }
      graph.addDirectedEdgeWithKey(key, source, target, attrs);
    }
    return graph as unknown as TramaGraph;
  }

  private claimRecords(k: (key: string) => string): ClaimRecord[] {
    const out: ClaimRecord[] = this.claims.map((c) => ({ ...c, ...(c.about ? { about: k(c.about) } : {}), ...(c.claimedBy ? { claimedBy: k(c.claimedBy) } : {}) }));
    return out.sort((a, b) => collate(a.id, b.id));
  }
}

/** One piece of evidence per (article, sentence, rule): the first in evidence order. */
function onePerSentenceRule(sorted: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return sorted.filter((e) => {
    const id = `${e.article}\u0000${e.sentence}\u0000${e.rule}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * Evidence order: article (in collation order), offset, focus, rule. Articles are ranked
 * once from the sorted ids (equal-collating ids share a rank), so the sort of a node with
 * 10⁵ pieces of evidence compares numbers, not strings.
 */
function evidenceOrder(sortedIds: readonly string[]): (a: Evidence, b: Evidence) => number {
  const rank = new Map<string, number>();
  sortedIds.forEach((id, i) => rank.set(id, i > 0 && collate(sortedIds[i - 1]!, id) === 0 ? rank.get(sortedIds[i - 1]!)! : i));
  const byArticle = (a: string, b: string) => {
    if (a === b) return 0;
    const ra = rank.get(a), rb = rank.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : collate(a, b);
  };
  return (a, b) => byArticle(a.article, b.article) || a.start - b.start || (a.focus?.start ?? 0) - (b.focus?.start ?? 0) || (a.focus?.end ?? 0) - (b.focus?.end ?? 0) || collate(a.rule, b.rule);
}
