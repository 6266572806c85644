// One identity per happening. The key is built from content, so articles telling the same
// happening meet in one node: kind, then the people of a personal event (a visit, a meeting,
// a call), then the place (a summit is where it is held) or else the name's parts, then the year.
// Within an article, a bare `il vertice` is the summit named last (or first, when named
// later), and a named mention without place is the one placed mention of its kind.
import { slugify } from "../../names/slug.ts";
import type { EventMention } from "./mentions.ts";

const PERSONAL = new Set(["visit", "meeting", "call"]);
const tail = (key: string) => key.slice(key.indexOf("/") + 1);
const kindSlug = (f: EventMention) => f.kind.id.replace(/^event\./, "");

function ownKey(f: EventMention, year: string | undefined): string | undefined {
  if (f.known) return f.known.m.key;
  if (f.treaty && f.kind.cameo === "057") return `event/signing-${tail(f.treaty.m.key)}`;
  if (!f.named && !f.place) return undefined;
  const personal = PERSONAL.has(f.kind.frame);
  // A host met during a visit (`ricevuto da X`) is not whose visit it is.
  const own = new Set(f.participants.filter((r) => !r.via.startsWith("occasion-host")).map((r) => r.p.m.key));
  const who = personal ? [...own].map(tail).sort() : [];
  const name = f.place ? [tail(f.place.p.m.key)] : [...new Set(f.identity.filter((k) => !personal || !own.has(k)).map((k) => (k.includes("/") ? tail(k) : slugify(k))))].sort();
  return `event/${slugify([kindSlug(f), ...[...new Set(who)], ...name, year ?? ""].filter(Boolean).join("-"))}`;
}

export function identify(found: readonly EventMention[], year: string | undefined): Array<string | undefined> {
  const keys = found.map((f) => ownKey(f, year));
  found.forEach((f, i) => {
    if (f.known || f.treaty) return;
    // A bare `la conferenza` may be one the lexicon or the name recognizer knows (`la Conferenza di X`).
    const sameKind = found.map((g, j) => ({ g, j })).filter(({ g, j }) => j !== i && g.kind.id === f.kind.id && keys[j] && !g.treaty && (!g.known || !f.named));
    const who = new Set(f.participants.map((r) => r.p.m.key));
    // A personal event without place is the placed one of the same kind with the same people.
    const placed = [...new Set(sameKind.filter(({ g }) => g.place && !g.known && (!PERSONAL.has(f.kind.frame) || (who.size > 0 && [...who].every((k) => g.participants.some((r) => r.p.m.key === k))))).map(({ j }) => keys[j]!))];
    // A bare noun refers in its own number: `l'attacco` is not one of `i bombardamenti` named later.
    const agreeing = sameKind.filter(({ g }) => !g.plural === !f.plural);
    const previous = agreeing.filter(({ j }) => j < i).at(-1) ?? agreeing[0];
    if (!f.place && placed.length === 1) keys[i] = placed[0];
    // Only a bare noun refers back: `la videoconferenza della coalizione` is another happening than the summit.
    else if (!keys[i] && previous && f.bare) keys[i] = keys[previous.j];
  });
  return keys;
}
