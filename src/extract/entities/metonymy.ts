// A capital or seat of power that acts (`Mosca ha firmato`, `il Cremlino presenta`,
// `secondo Seoul`, `le operazioni di Mosca`, `appoggiare Mosca`) is its country; anywhere
// else (`a Pyongyang`, `al Cremlino`, `come Kiev e Zaporizhzhia`) it is the place.
import type { Sentence, Token } from "../../types.ts";

const LOCATIVE = new Set(["a", "ad", "in", "nel", "nella", "presso", "verso", "al", "alla", "all'", "sul", "sulla", "dal", "dalla", "dall'", "da", "come", "vicino"]);
const ACTOR_BEFORE = new Set(["secondo", "di", "del", "della", "dell'", "contro", "tra", "fra", "con", "per", "parte", "sostenere", "appoggiare", "supportare", "aiutare"]);
const AUX = new Set(["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "è", "sono", "era", "erano", "sarebbe", "sarebbero", "sta", "stanno", "può", "possono", "potrebbe", "potrebbero", "deve", "vuole", "non", "si", "continua", "continuano"]);
const PLACE_NOUNS_BEFORE_DI = new Set(["aeroporto", "cremlino", "città", "centro", "porto", "stazione", "periferia", "sindaco", "ambasciata", "capitale", "regione", "strade", "cielo"]);

/** A finite verb right after a name makes the name its subject. */
function looksLikeVerb(t: Token | undefined): boolean {
  if (!t || t.kind !== "word" || t.text !== t.lower) return false;
  if (AUX.has(t.lower)) return true;
  return t.lemmas.some((l) => /(are|ere|ire|rre)$/.test(l) && l !== t.lower) && !/(at|ut|it)[oaie]$/.test(t.lower);
}

/** True when the name from token `first` to `last` acts (stands for its country). */
export function usedAsActor(s: Sentence, first: number, last: number): boolean {
  const prev = s.tokens[first - 1];
  const next = s.tokens[last + 1];
  if (!prev && (next?.text === "(" || next?.text === ",")) return false; // dateline: `Seoul (AsiaNews) -`
  if (prev && LOCATIVE.has(prev.lower)) return false; // `a Pyongyang è durata`: the place, whatever follows
  if (looksLikeVerb(next)) return true;
  // `Mosca e Pyongyang scommettono`: coordinated subjects.
  if (next?.lower === "e" && looksLikeVerb(s.tokens[last + 3]) && s.tokens[last + 2]?.text !== s.tokens[last + 2]?.lower) return true;
  if (prev && ["di", "del", "della", "dell'"].includes(prev.lower)) {
    const noun = s.tokens[first - 2];
    return !(noun && PLACE_NOUNS_BEFORE_DI.has(noun.lower));
  }
  if (prev && (ACTOR_BEFORE.has(prev.lower) || prev.lemmas.some((l) => ACTOR_BEFORE.has(l)))) return true;
  // The object of a verb: `appoggiare Mosca`, `ha accusato Seoul`.
  return prev !== undefined && looksLikeVerb(prev) && !["a", "in"].includes(prev.lower);
}

export function usedAsLocation(s: Sentence, first: number, last: number): boolean {
  return !usedAsActor(s, first, last);
}
