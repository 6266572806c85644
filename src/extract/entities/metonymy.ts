// A capital or seat of power that acts (`Mosca ha firmato`, `il Cremlino ha detto`) is
// its country; the same name as a location (`a Pyongyang`, `al Cremlino`) is the place.
import type { Sentence } from "../../types.ts";

const LOCATIVE_BEFORE = new Set(["a", "ad", "in", "presso", "verso", "al", "alla", "all'", "nel", "nella", "nell'", "sul", "sulla", "dal", "dalla", "dall'", "da"]);
const PLACE_NOUNS_BEFORE_DI = new Set(["aeroporto", "cremlino", "città", "centro", "porto", "stazione", "periferia", "sindaco", "ambasciata", "capitale"]);

/** True when the name starting at token `first` is used as a location, not as an actor. */
export function usedAsLocation(s: Sentence, first: number, last: number): boolean {
  const prev = s.tokens[first - 1];
  if (!prev) {
    // Dateline: `Seoul (AsiaNews/Agenzie) -`, `Seoul, 29 novembre 2024 -`.
    const next = s.tokens[last + 1];
    return next?.text === "(" || (next?.text === "," && /^\s*\d/.test(s.text.slice(next.end - s.start)));
  }
  if (LOCATIVE_BEFORE.has(prev.lower)) return true;
  if (["di", "del", "della", "dell'"].includes(prev.lower)) {
    const noun = s.tokens[first - 2];
    return noun !== undefined && PLACE_NOUNS_BEFORE_DI.has(noun.lower);
  }
  // `nei pressi di`, `vicino a`, `al largo di`: the preposition check above covers `a`; `tra X e Y` of places stays actor.
  return false;
}
