// What taking part in an event implies, by the kind's frame: everyone named participatesIn
// it, it is locatedIn its place; those who meet, sign, or stand at a ceremony together
// (`meeting`) or phone each other (`call`) meet; a traveller (`visit`) visits the place and
// the country it lies in, and so does a foreign leader at a summit or signing held abroad.
// A call is never a visit.
import type { EntityDescription, RelationFact, RelationPredicate, Evidence } from "../../types.ts";
import type { Role } from "./mentions.ts";
import type { EventKind } from "./rules.ts";

export interface FramedEvent {
  /** The event node; none for a happening told by a verb alone. */
  key?: string;
  kind: EventKind;
  participants: Role[];
  place?: Role;
  evidence: (rule: string) => Evidence;
}

export interface Geography {
  /** The country a place lies in (`place/rome` -> `country/italy`). */
  countryOfPlace: (key: string) => string | undefined;
  /** The country a person belongs to, from the lexicon or the article's own facts. */
  countryOfPerson: (key: string) => string | undefined;
  /** The place a capital's name stands for when it is a location (`la conferenza di Lisbona`), though the name was read as its country. */
  placeNamed: (surface: string) => string | undefined;
  /** A description of an entity the lexicon knows, for a country implied by a visit and named nowhere in the article. */
  describe: (key: string) => EntityDescription | undefined;
}

/** More co-participants than this is a multilateral gathering, not a meeting of each with each. */
const MAX_MEETING = 4;

function fact(predicate: RelationPredicate, subject: string, object: string, ev: FramedEvent, rule: string): RelationFact {
  // No CAMEO code on the fact: an edge keeps the first code it is given, and the same edge told by a frame in one
  // article and by a relation rule in another must not get a code that depends on which article comes first.
  // The event node carries its kind's code.
  return { predicate, subject, object, modality: "asserted", evidence: ev.evidence(rule) };
}

export function frameRelations(ev: FramedEvent, geo: Geography): RelationFact[] {
  const out: RelationFact[] = [];
  const rule = (what: string, via: string) => `${ev.kind.id}:${what}:${via}`;
  const seen = new Set<string>();
  const who = ev.participants.filter((r) => !seen.has(r.p.m.key) && seen.add(r.p.m.key));
  const place = ev.place?.p;
  if (ev.key) {
    for (const r of who) out.push(fact("participatesIn", r.p.m.key, ev.key, ev, rule("participant", r.via)));
    if (place) out.push(fact("locatedIn", ev.key, place.m.key, ev, rule("place", ev.place!.via)));
  }
  const frame = ev.kind.frame;
  if (frame === "meeting" || frame === "call") {
    for (const type of ["Person", "Country"]) {
      const same = who.filter((r) => r.p.type === type);
      if (same.length < 2 || same.length > MAX_MEETING) continue;
      for (let i = 0; i < same.length; i++) {
        for (let j = i + 1; j < same.length; j++) {
          const [a, b] = [same[i]!.p.m.key, same[j]!.p.m.key].sort();
          out.push(fact("meetsWith", a!, b!, ev, rule("co-participants", `${same[i]!.via}+${same[j]!.via}`)));
        }
      }
    }
  }
  // `la guerra tra X e Y`: the countries named as its two sides fought each other.
  if (ev.kind.sides) {
    const sides = who.filter((r) => r.p.type === "Country" && r.via === "nmod:tra").map((r) => r.p.m.key).sort();
    for (let i = 0; i < sides.length; i++) for (let j = i + 1; j < sides.length; j++) out.push(fact("atWarWith", sides[i]!, sides[j]!, ev, rule("sides", "nmod:tra")));
  }
  if (place && frame === "visit") out.push(...travel(ev, who.filter(travels), geo.countryOfPlace, () => undefined));
  // The one who received or hosted the traveller during the visit met him.
  if (frame === "visit") {
    for (const host of who.filter((r) => r.via.startsWith("occasion-host"))) {
      for (const t of who.filter(travels)) {
        if (t.p.m.key === host.p.m.key) continue;
        const [a, b] = [t.p.m.key, host.p.m.key].sort();
        out.push(fact("meetsWith", a!, b!, ev, rule("host", `${t.via}+${host.via}`)));
      }
    }
  }
  return out;
}

/** A visit's traveller: its `di` owner, the subject of a verb on it, the doer of a participle on it, or the subject of a clause set during it. */
export function travels(r: Role): boolean {
  return r.p.type === "Person" && (r.via === "nmod:di" || r.via.startsWith("nsubj") || r.via.startsWith("acl:doer") || r.via.startsWith("occasion-traveller"));
}

/** The traveller visits the place and the country it lies in (unless it is home). */
function travel(ev: FramedEvent, who: Role[], countryOf: (place: string) => string | undefined, home: (person: string) => string | undefined): RelationFact[] {
  const place = ev.place!.p;
  const country = place.type === "Country" ? place.m.key : countryOf(place.m.key);
  const out: RelationFact[] = [];
  for (const r of who) {
    if (r.p.type !== "Person") continue;
    out.push(fact("visits", r.p.m.key, place.m.key, ev, `${ev.kind.id}:travel:${r.via}`));
    if (country && country !== place.m.key && home(r.p.m.key) !== country) out.push(fact("visits", r.p.m.key, country, ev, `${ev.kind.id}:travel-country:${r.via}`));
  }
  return out;
}

/**
 * At a meeting, signing or summit held somewhere, the participants from another country
 * travelled there. Read after the relation stage, whose leaderOf/memberOf facts say where
 * people come from (`il premier albanese X`).
 */
export function foreignVisits(events: readonly FramedEvent[], facts: readonly RelationFact[], geo: Geography): RelationFact[] {
  const home = new Map<string, string>();
  for (const f of facts) if ((f.predicate === "leaderOf" || f.predicate === "memberOf") && f.modality === "asserted" && f.object.startsWith("country/") && !home.has(f.subject)) home.set(f.subject, f.object);
  const homeOf = (p: string) => home.get(p) ?? geo.countryOfPerson(p);
  // Where the article itself says a place lies (`l'Aia, nei Paesi Bassi`), for places the lexicon does not know.
  const lies = new Map<string, string>();
  for (const f of facts) if (f.predicate === "locatedIn" && f.modality === "asserted" && f.object.startsWith("country/") && !lies.has(f.subject)) lies.set(f.subject, f.object);
  const countryOf = (place: string) => geo.countryOfPlace(place) ?? lies.get(place);
  const out: RelationFact[] = [];
  for (const ev of events) {
    if (!ev.place || ev.kind.remote || (ev.kind.frame !== "meeting" && ev.kind.frame !== "gathering")) continue;
    const place = ev.place.p;
    const country = place.type === "Country" ? place.m.key : countryOf(place.m.key);
    if (!country) continue;
    const foreign = ev.participants.filter((r) => r.p.type === "Person" && homeOf(r.p.m.key) !== undefined && homeOf(r.p.m.key) !== country);
    out.push(...travel(ev, foreign, countryOf, homeOf));
  }
  return out;
}
