// Overlap resolution between candidates of one sentence: longest span first, then the
// higher priority (lexicon over pattern), then leftmost (spaCy's filter_spans order).
// Spans are compared in characters, so the two names inside `Mosca-Pyongyang` both stay.
import type { Candidate } from "./candidate.ts";

export function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) =>
    (b.end - b.start) - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of sorted) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start);
}
