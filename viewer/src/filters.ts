// What the filters keep: entity classes, relation types, articles, and a period of
// evidence dates (the timeline). An edge is kept when some supporting sentence passes; a
// node when it passes its class filter and some mention passes the period and articles.
import type { ViewState } from "./state.ts";

export interface EvidenceLike { article: string; date?: string }

/** Inclusive range on ISO prefixes: `2025-04-12` is within from `2025-01` to `2025-04`. */
export function inPeriod(date: string | undefined, from?: string, to?: string): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date.slice(0, from.length) < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export function evidenceKept(e: EvidenceLike, s: ViewState): boolean {
  return !s.hiddenArticles.has(e.article) && inPeriod(e.date, s.from, s.to);
}

export function nodeKept(a: { type: string; evidence?: EvidenceLike[] }, s: ViewState): boolean {
  if (s.hiddenClasses.has(a.type)) return false;
  if (!s.from && !s.to && s.hiddenArticles.size === 0) return true;
  return (a.evidence ?? []).some((e) => evidenceKept(e, s));
}

export function edgeKept(a: { predicate: string; modality?: string; evidence?: EvidenceLike[] }, s: ViewState): boolean {
  if (a.modality && a.modality !== "asserted") return false;
  if (s.hiddenPredicates.has(a.predicate)) return false;
  return (a.evidence ?? []).some((e) => evidenceKept(e, s));
}

/** Months covered by the evidence, sorted: the timeline's steps. */
export function monthsOf(dates: Iterable<string | undefined>): string[] {
  const months = new Set<string>();
  for (const d of dates) if (d && d.length >= 7) months.add(d.slice(0, 7));
  return [...months].sort();
}

/** Nodes within `hops` of `start`, following kept edges. */
export function egoNetwork(start: string, hops: number, neighbours: (n: string) => string[]): Set<string> {
  const seen = new Set([start]);
  let frontier = [start];
  for (let h = 0; h < hops; h++) {
    const next: string[] = [];
    for (const n of frontier) for (const m of neighbours(n)) if (!seen.has(m)) { seen.add(m); next.push(m); }
    frontier = next;
  }
  return seen;
}
