// Where each fact of a fold goes in the graph (finish.ts): its edge, or the end it lacks.
// A removable fold keeps these links from one finish to the next, so an edit places again
// only the facts it touched and those whose end came or went, and recomputes only the
// edges they left or joined.
import { setEvidenceRows, type EvidenceStore } from "./evidence-store.ts";
import { SYMMETRIC_PREDICATES } from "../types.ts";
import { firstOf, type Dated } from "./entity-fold.ts";
import type { EvidenceOrder, FactFold, FinishMemo, FoldState, Touched } from "./finish.ts";
import type { RelationEdgeAttributes } from "./types.ts";

/** Where each fact went, kept by a removable fold's finish for the next. */
export interface FactLinks {
  /** Fact key -> the edge it went into (undefined: dropped, a loop or a missing end). */
  edgeOf: Map<string, string | undefined>;
  /** Edge key -> its ends and the facts in it. */
  members: Map<string, { source: string; target: string; facts: Set<string> }>;
  /** Fact key -> what its warning says is missing. */
  missing: Map<string, string>;
  /** Raw entity key -> the facts with it at an end (may list facts since removed). */
  byEnd: Map<string, Set<string>>;
}

export type EdgeEntry = { source: string; target: string; attrs: RelationEdgeAttributes };
export type Edges = ReadonlyMap<string, EdgeEntry>;

/** Where a fact goes: its edge key and ends, or the end that has no node (or neither, for a loop). */
export function place(f: FactFold, k: (key: string) => string, nodes: ReadonlyMap<string, unknown>): { key?: string; source: string; target: string; missing?: string } {
  let subject = k(f.subject), object = k(f.object);
  if (subject === object) return { source: subject, target: object };
  // Symmetric relations are stored once, source < target.
  if (SYMMETRIC_PREDICATES.has(f.predicate) && object < subject) [subject, object] = [object, subject];
  const missing = !nodes.has(subject) ? subject : !nodes.has(object) ? object : undefined;
  if (missing) return { source: subject, target: object, missing };
  const key = f.modality === "asserted" ? `${f.predicate}|${subject}|${object}` : `${f.predicate}|${subject}|${object}|${f.modality}`;
  return { key, source: subject, target: object };
}

export function byEnd(links: FactLinks, fk: string, f: FactFold): void {
  for (const end of [f.subject, f.object]) { const set = links.byEnd.get(end); if (set) set.add(fk); else links.byEnd.set(end, new Set([fk])); }
}

/**
 * The incremental placement (no key moved to another representative): the touched facts,
 * and the facts with an end in `came` (keys whose node came or went), placed again; the
 * last finish's edges updated in place, recomputed where their facts changed.
 */
export function relink(state: FoldState, k: (key: string) => string, nodes: ReadonlyMap<string, unknown>, prev: FinishMemo, touched: Touched, came: ReadonlySet<string>, byEvidence: EvidenceOrder) {
  const links = prev.links;
  const again = new Set(touched.facts);
  // byEnd may still list facts since removed: they are placed again as removed, harmlessly.
  for (const key of came) for (const fk of links.byEnd.get(key) ?? []) again.add(fk);
  const dirtyEdges = new Set<string>();
  let sameEdgeKeys = true;
  for (const fk of again) {
    const old = links.edgeOf.get(fk);
    if (old !== undefined) { links.members.get(old)?.facts.delete(fk); dirtyEdges.add(old); }
    links.missing.delete(fk);
    const f = state.facts.get(fk);
    if (!f) { links.edgeOf.delete(fk); continue; }
    byEnd(links, fk, f);
    const p = place(f, k, nodes);
    links.edgeOf.set(fk, p.key);
    if (p.missing) links.missing.set(fk, p.missing);
    if (p.key === undefined) continue;
    const m = links.members.get(p.key);
    if (m) m.facts.add(fk); else links.members.set(p.key, { source: p.source, target: p.target, facts: new Set([fk]) });
    dirtyEdges.add(p.key);
  }
  const edges = prev.edges;
  for (const key of dirtyEdges) {
    const m = links.members.get(key);
    if (!m || m.facts.size === 0) { links.members.delete(key); if (edges.delete(key)) sameEdgeKeys = false; continue; }
    if (!edges.has(key)) sameEdgeKeys = false;
    edges.set(key, { source: m.source, target: m.target, attrs: edgeAttributes([...m.facts].map((fk) => state.facts.get(fk)!), byEvidence, state.store) });
  }
  return { links, edges, dirtyEdges, sameEdgeKeys };
}

export function sameKeySet(a: ReadonlyMap<string, unknown>, b: ReadonlyMap<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const key of b.keys()) if (!a.has(key)) return false;
  return true;
}

/** One edge's attributes from the facts that went into it (one predicate and modality). */
export function edgeAttributes(facts: readonly FactFold[], byEvidence: EvidenceOrder, store: EvidenceStore): RelationEdgeAttributes {
  const predicate = facts[0]!.predicate;
  const all: number[] = [];
  let cameo: Dated<string> | undefined;
  for (const f of facts) { for (const e of f.evidence) all.push(e); cameo = firstOf(cameo, f.cameo); }
  const rows = onePerSentenceRule(all.sort(byEvidence), store);
  const attrs: RelationEdgeAttributes = {
    predicate, symmetric: SYMMETRIC_PREDICATES.has(predicate), modality: facts[0]!.modality, count: rows.length, evidence: [],
    ...(cameo ? { cameo: cameo.value } : {}),
  };
  setEvidenceRows(attrs, store, Int32Array.from(rows));
  const dates = rows.map((e) => store.date(e)).filter((d): d is string => !!d).sort();
  if (dates.length) { attrs.firstDate = dates[0]; attrs.lastDate = dates[dates.length - 1]; }
  return attrs;
}


/** One piece of evidence per (article, sentence, rule): the first in evidence order (ids of interned strings stand for the strings). */
function onePerSentenceRule(sorted: number[], store: EvidenceStore): number[] {
  const seen = new Set<string>();
  return sorted.filter((e) => {
    const id = `${store.articleId(e)}:${store.sentence(e)}:${store.ruleId(e)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

