// The end of the graph stage: the fold's per-article-key state resolved across articles
// and made one graphology graph. A removable fold (watch mode) finishes again after every
// edit; then only what the edit can have changed is recomputed: the nodes whose member
// keys were touched (described, mentioned, or moved to another representative), the edges
// whose facts were touched or whose ends moved, the claims if any changed. Every other
// node and edge keeps the very attribute object of the last finish, so the writers can
// keep what they wrote for it (src/export/chunks.ts). Resolution itself is rerun only when
// a touched entity's names, label, class or lexicon status changed, or an entity came or
// went. The result is the graph a fresh finish would give: one code path computes a node
// or an edge, whether everything or a few are recomputed.
import { MultiDirectedGraph } from "graphology";
import type { ArticleMeta, ClaimFact, RelationFact } from "../types.ts";
import { setEvidenceRows, type EvidenceStore } from "./evidence-store.ts";
import { collate, EntityFold, type Dated } from "./entity-fold.ts";
import { resolveEntities, type EntityInfo } from "./resolve.ts";
import { byEnd, edgeAttributes, place, relink, sameKeySet, type EdgeEntry, type Edges, type FactLinks } from "./fact-links.ts";
import type { ClaimRecord, EntityNodeAttributes, RelationEdgeAttributes, TramaGraph } from "./types.ts";

/** What one key's mentions leave: a count, the articles, the evidence (rows of the fold's EvidenceStore). */
export interface MentionFold { count: number; articles: Set<string>; evidence: number[] }

/** One relation as its article keyed it, every time it was said. */
export interface FactFold { predicate: RelationFact["predicate"]; subject: string; object: string; modality: RelationFact["modality"]; /** Rows of the fold's EvidenceStore. */ evidence: number[]; cameo?: Dated<string>; cameos?: Dated<string>[] }

export type HeldClaim = ClaimFact & { article: string };

export interface FinishOptions {
  /** Told of each fact dropped because an end has no entity description (the CLI warns once per article). */
  onDangling?: (file: string, fact: string) => void;
}

/** The fold's state as finish reads it. */
export interface FoldState {
  entities: ReadonlyMap<string, EntityFold>;
  mentions: ReadonlyMap<string, MentionFold>;
  facts: ReadonlyMap<string, FactFold>;
  claims: readonly HeldClaim[];
  metas: readonly ArticleMeta[];
  /** The evidence rows that `mentions` and `facts` refer to. */
  store: EvidenceStore;
}

/** Keys added, changed or removed since the last finish (entity keys, mention keys, fact keys). */
export interface Touched { entities: Set<string>; mentions: Set<string>; facts: Set<string>; /** Articles whose claims came or went. */ claims: Set<string> }

/** What a finish leaves for the next one. */
export interface FinishMemo {
  map: Map<string, string>;
  /** Each entity key's resolution signature (what resolveEntities reads of it). */
  signatures: Map<string, string>;
  nodes: Map<string, EntityNodeAttributes>;
  links: FactLinks;
  edges: Map<string, { source: string; target: string; attrs: RelationEdgeAttributes }>;
  claims: ClaimRecord[];
  /** Each held claim's record, reused while its ends map alike. */
  claimRecord: WeakMap<HeldClaim, ClaimRecord>;
  /** The graph returned: the next finish patches it when no node or edge came or went (the caller's graph then changes too). */
  graph: TramaGraph;
}

const signature = (i: EntityInfo) => `${i.e.type}\u0000${i.e.label}\u0000${i.lexicon}\u0000${[...i.names].sort().join("\u0001")}`;

/** The representative map: the last one while no touched entity changed what resolution reads. */
function resolution(state: FoldState, keep: boolean, prev: FinishMemo | undefined, touched: Touched | undefined): { map: Map<string, string>; signatures: Map<string, string> } {
  if (prev && touched) {
    const signatures = new Map(prev.signatures);
    let same = true;
    for (const key of touched.entities) {
      const f = state.entities.get(key);
      const before = prev.signatures.get(key);
      if (!f) { if (before !== undefined) same = false; signatures.delete(key); continue; }
      const s = signature(f.info());
      if (s !== before) same = false;
      signatures.set(key, s);
    }
    if (same) return { map: prev.map, signatures };
  }
  const infos = new Map<string, EntityInfo>();
  const signatures = new Map<string, string>();
  for (const [key, f] of state.entities) { const i = f.info(); infos.set(key, i); if (keep) signatures.set(key, signature(i)); }
  return { map: resolveEntities(infos), signatures };
}

/**
 * The graph of the fold's state. `memo` (removable folds only; it costs memory in
 * proportion to the facts): return what the next finish needs, and, given the last
 * finish's memo and what was touched since, recompute only that.
 */
export function finishFold(state: FoldState, opts: FinishOptions = {}, memo?: { prev?: FinishMemo; touched?: Touched }): { graph: TramaGraph; memo?: FinishMemo } {
  const keep = memo !== undefined;
  const prev = memo?.prev, touched = memo?.touched;
  const incremental = prev !== undefined && touched !== undefined;
  const dangling = opts.onDangling ?? (() => undefined);
  const metas = [...state.metas].sort((a, b) => collate(a.id, b.id));
  const fileOf = new Map(metas.map((m) => [m.id, m.file]));
  const byEvidence = evidenceOrder(state.store);
  const { map, signatures } = resolution(state, keep, prev, touched);
  const k = (key: string) => map.get(key) ?? key;

  // Members of each representative, in key order (the order a fresh finish merges them in).
  const members = new Map<string, string[]>();
  for (const key of [...state.entities.keys()].sort()) {
    const to = k(key);
    const list = members.get(to);
    if (list) list.push(key); else members.set(to, [key]);
  }
  // Representatives to recompute: all, or those a touched key belongs to now or belonged to before.
  let dirty: Set<string> | undefined;
  /** Some key has another representative than at the last finish (resolution reran and linked otherwise). */
  let moved = !incremental;
  if (incremental) {
    dirty = new Set();
    const before = (key: string) => prev.map.get(key) ?? key;
    for (const key of touched.entities) { dirty.add(k(key)); dirty.add(before(key)); }
    for (const key of touched.mentions) { dirty.add(k(key)); dirty.add(before(key)); }
    if (map !== prev.map) {
      for (const [key, to] of map) if (before(key) !== to) { moved = true; dirty.add(to); dirty.add(before(key)); }
      for (const [key, to] of prev.map) if (k(key) !== to) { moved = true; dirty.add(to); dirty.add(k(key)); }
    }
  }
  const nodes = new Map<string, EntityNodeAttributes>();
  for (const [rep, keys] of members) {
    const kept = dirty && !dirty.has(rep) ? prev!.nodes.get(rep) : undefined;
    nodes.set(rep, kept ?? nodeAttributes(state, keys, byEvidence));
  }

  const reports: { article: string; order: number; fact: string }[] = [];
  for (const [raw, m] of state.mentions) {
    const key = k(raw);
    if (!nodes.has(key)) for (const e of m.evidence) reports.push({ article: state.store.article(e), order: state.store.start(e), fact: `mention of ${key}` });
  }

  // Each fact's edge; the edges whose member facts changed are recomputed. With no key moved
  // to another representative, only the touched facts and those with an end that came or
  // went are placed again; else every fact is.
  let links: FactLinks | undefined, edges: Map<string, EdgeEntry>, dirtyEdges: Set<string> | undefined, sameEdgeKeys = false;
  let missingOf: ReadonlyMap<string, string>;
  if (incremental && !moved) {
    const came = new Set<string>();
    for (const rep of dirty!) {
      if (prev.nodes.has(rep) === nodes.has(rep)) continue;
      came.add(rep);
      for (const key of members.get(rep) ?? []) came.add(key);
    }
    for (const key of touched.entities) if (came.has(k(key))) came.add(key);
    ({ links, edges, dirtyEdges, sameEdgeKeys } = relink(state, k, nodes, prev, touched, came, byEvidence));
    missingOf = links.missing;
  } else {
    links = keep ? { edgeOf: new Map(), members: new Map(), missing: new Map(), byEnd: new Map() } : undefined;
    const missing = links?.missing ?? new Map<string, string>();
    missingOf = missing;
    const members = new Map<string, { source: string; target: string; facts: FactFold[] }>();
    dirtyEdges = incremental ? new Set<string>() : undefined;
    for (const [fk, f] of state.facts) {
      const p = place(f, k, nodes);
      if (p.missing) missing.set(fk, p.missing);
      if (links) { links.edgeOf.set(fk, p.key); byEnd(links, fk, f); }
      if (p.key === undefined) continue;
      const cur = members.get(p.key);
      if (cur) cur.facts.push(f); else members.set(p.key, { source: p.source, target: p.target, facts: [f] });
      if (links) { const m = links.members.get(p.key); if (m) m.facts.add(fk); else links.members.set(p.key, { source: p.source, target: p.target, facts: new Set([fk]) }); }
      if (dirtyEdges && (touched!.facts.has(fk) || prev!.links.edgeOf.get(fk) !== p.key)) dirtyEdges.add(p.key);
    }
    // A removed fact is touched too: the edge it was in has lost evidence.
    if (dirtyEdges) for (const fk of touched!.facts) { const old = prev!.links.edgeOf.get(fk); if (old !== undefined) dirtyEdges.add(old); }
    edges = new Map();
    for (const [key, { source, target, facts }] of members) {
      const kept = dirtyEdges && !dirtyEdges.has(key) ? prev!.edges.get(key) : undefined;
      edges.set(key, kept ?? { source, target, attrs: edgeAttributes(facts, byEvidence, state.store) });
    }
    sameEdgeKeys = incremental && sameKeySet(prev.edges, edges);
  }
  if (missingOf.size > 0) for (const [fk, f] of state.facts) {
    const missing = missingOf.get(fk);
    if (missing) for (const e of f.evidence) reports.push({ article: state.store.article(e), order: Number.MAX_SAFE_INTEGER, fact: `relation ${f.predicate} to ${missing}` });
  }

  const rank = new Map(metas.map((m, i) => [m.id, i]));
  reports.sort((a, b) => rank.get(a.article)! - rank.get(b.article)! || a.order - b.order);
  for (const r of reports) dangling(fileOf.get(r.article) ?? r.article, r.fact);

  const claimRecord = keep ? prev?.claimRecord ?? new WeakMap<HeldClaim, ClaimRecord>() : undefined;
  let claims: ClaimRecord[];
  if (!incremental || moved) claims = claimRecords(state.claims, k, claimRecord);
  else if (touched.claims.size === 0) claims = prev.claims;
  else {
    // The last list without the changed articles' claims, and theirs now merged in: no sort of every claim.
    const changed = touched.claims;
    const added = claimRecords(state.claims.filter((c) => changed.has(c.article)), k, claimRecord);
    claims = mergeSorted(prev.claims.filter((r) => !changed.has(r.article)), added, (a, b) => collate(a.id, b.id));
  }

  const graph = incremental && sameEdgeKeys && sameKeySet(prev.nodes, nodes) ? patched(prev.graph, nodes, edges, dirty!, dirtyEdges!) : fresh(nodes, edges);
  graph.replaceAttributes({ articles: metas, claims });
  return { graph, ...(claimRecord && links ? { memo: { map, signatures, nodes, links, edges, claims, claimRecord, graph } } : {}) };
}

/** Nodes and edges added in key order (the order every writer walks them in). */
function fresh(nodes: ReadonlyMap<string, EntityNodeAttributes>, edges: Edges): TramaGraph {
  const graph = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes>({ allowSelfLoops: false });
  for (const key of [...nodes.keys()].sort()) graph.addNode(key, nodes.get(key)!);
  for (const key of [...edges.keys()].sort()) { const e = edges.get(key)!; graph.addDirectedEdgeWithKey(key, e.source, e.target, e.attrs); }
  return graph as unknown as TramaGraph;
}

/** The last graph, same keys in the same order, with the recomputed nodes' and edges' attribute objects put in. */
function patched(graph: TramaGraph, nodes: ReadonlyMap<string, EntityNodeAttributes>, edges: Edges, dirty: ReadonlySet<string>, dirtyEdges: ReadonlySet<string>): TramaGraph {
  for (const key of dirty) { const n = nodes.get(key); if (n) graph.replaceNodeAttributes(key, n); }
  for (const key of dirtyEdges) { const e = edges.get(key); if (e) graph.replaceEdgeAttributes(key, e.attrs); }
  return graph;
}

/** One node: its member keys' descriptions merged, their mentions counted, articles and evidence sorted. */
function nodeAttributes(state: FoldState, keys: readonly string[], byEvidence: EvidenceOrder): EntityNodeAttributes {
  const f = new EntityFold();
  for (const key of keys) f.merge(state.entities.get(key)!);
  const n = f.attributes();
  const articles = new Set<string>();
  const rows: number[] = [];
  for (const key of keys) {
    const m = state.mentions.get(key);
    if (!m) continue;
    n.mentions += m.count;
    for (const a of m.articles) articles.add(a);
    for (const e of m.evidence) rows.push(e);
  }
  n.articles = [...articles].sort();
  setEvidenceRows(n, state.store, Int32Array.from(rows.sort(byEvidence)));
  return n;
}

/** Two lists sorted by `cmp`, as one (ties: `a`'s first). */
function mergeSorted<T>(a: readonly T[], b: readonly T[], cmp: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(cmp(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Evidence rows in evidence order. */
export type EvidenceOrder = (a: number, b: number) => number;

/**
 * Evidence order: article (in collation order), offset, focus, rule. The store's strings
 * (article ids, rules) are ranked once in collation order (equal-collating strings share a
 * rank), so the sort of a node with 10⁵ pieces of evidence compares numbers, not strings.
 */
function evidenceOrder(store: EvidenceStore): EvidenceOrder {
  return store.order(store.ranks(collate));
}

function claimRecords(claims: readonly HeldClaim[], k: (key: string) => string, memo: WeakMap<HeldClaim, ClaimRecord> | undefined): ClaimRecord[] {
  const out: ClaimRecord[] = claims.map((c) => {
    const about = c.about ? k(c.about) : undefined, claimedBy = c.claimedBy ? k(c.claimedBy) : undefined;
    const kept = memo?.get(c);
    if (kept && kept.about === about && kept.claimedBy === claimedBy) return kept;
    const r: ClaimRecord = { ...c, ...(about ? { about } : {}), ...(claimedBy ? { claimedBy } : {}) };
    memo?.set(c, r);
    return r;
  });
  return out.sort((a, b) => collate(a.id, b.id));
}
