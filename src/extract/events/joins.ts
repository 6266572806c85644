// What joins an article's events once they are all known: who arrived where its summit is
// held came to it, and a happening told by a verb (`X e Y si sono stretti la mano`) is the
// article's one event of that kind (`l'incontro a Z`).
import type { Evidence } from "../../types.ts";
import type { FramedEvent } from "./frames.ts";
import type { EventKind } from "./rules.ts";
import type { Role } from "./mentions.ts";
import type { Arrival } from "./verbs.ts";

export interface ArticleEvent {
  key: string;
  kind: EventKind;
  /** It has a node (named by this stage, or known to the lexicon). */
  node: boolean;
  place?: Role;
}

/** Frames for those who arrived at the place of one of the article's gatherings. */
export function arrivalFrames(events: readonly ArticleEvent[], arrived: ReadonlyArray<Arrival & { evidence: (rule: string) => Evidence }>): FramedEvent[] {
  const out: FramedEvent[] = [];
  for (const ev of events) {
    if (ev.kind.frame !== "gathering" || !ev.node || !ev.place) continue;
    for (const a of arrived) {
      if (a.place.p.m.key !== ev.place.p.m.key) continue;
      out.push({ key: ev.key, kind: ev.kind, participants: a.who.map((r) => ({ ...r, via: `arrival:${r.via}` })), place: ev.place, evidence: a.evidence });
    }
  }
  return out;
}

/** A verb's frame, joined to the article's one event node of its kind when their places do not disagree. */
export function joinToldFrame(v: FramedEvent, events: readonly ArticleEvent[]): FramedEvent {
  const same = events.filter((e) => e.kind.id === v.kind.id && e.node);
  if (same.length !== 1) return v;
  const ev = same[0]!;
  if (v.place && ev.place && ev.place.p.m.key !== v.place.p.m.key) return v;
  const place = v.place ?? ev.place;
  return { ...v, key: ev.key, ...(place ? { place } : {}) };
}

