// Places no lexicon lists: after a place noun and `di` (`nella regione russa di Krasnodar`,
// `il porto nordcoreano di Rajin`, `quella nordcoreana di Tumangang`), and after a
// locative preposition (`a Masikryong`, `nei pressi di Tichoretsk`).
import type { Sentence } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { placeAt } from "./name-data.ts";
import { demonymCountry, isCap, isNameLike, isWord } from "./names.ts";

const OF = new Set(["di", "del", "della", "dello", "dell'", "d'"]);
const LOCATIVE = new Set(["a", "ad", "presso", "verso"]);
const PRONOUN_FOR_PLACE = new Set(["quella", "quello", "quelle", "quelli"]);

/** Place nouns that also name what a person or a body has (`l'area di X` is a faction, `il paese di X` a leader's country, `il sito di X` a website). */
const SHARED_WITH_PEOPLE = new Set(["area", "zona", "centro", "paese", "territorio", "confine", "sito"]);

const COMPASS = new Set(["settentrionale", "meridionale", "orientale", "occidentale", "centrale", "nord-orientale", "nord-occidentale", "sud-orientale", "sud-occidentale"]);

function nameRun(s: Sentence, i: number, covered: boolean[], ctx: RecognizerContext, afterPlaceNoun = false): number {
  // `consegnato a Marco Ferri`: a first name and a surname are a person, not a place.
  // `consegnato a Piero`: a first name alone is a person too.
  // (A first name that only opens a longer place's name, `Teodoro` of `Teodoro Sampaio`, is no place alone.)
  if (ctx.nameData.firstNames.has(s.tokens[i]?.lower ?? "") && !placeAt(ctx.nameData, s.tokens, i)) return -1;
  // `a Martin Lowbridge`: a first name that is also a town, before a capitalized word, opens a person's name unless
  // the two words are a place's name together (`a Santa Monica`).
  // (`a Lucca Daniele Ferri`: a full name of two more words starts the person after the place.)
  const surname = s.tokens[i + 1] !== undefined && (isNameLike(s.tokens[i + 1], ctx) || (isCap(s.tokens[i + 1]) && ctx.nameData.lastNames.has(s.tokens[i + 1]!.lower)));
  if (ctx.nameData.firstNames.has(s.tokens[i]?.lower ?? "") && surname && !isCap(s.tokens[i + 2]) && (placeAt(ctx.nameData, s.tokens, i)?.last ?? i) === i) return -1;
  // `tornato a Sbardellotti`, `la sfiducia a Trevisanello`: a lone word that is no place and ends like a family name is a person's.
  // (After a place's noun, `la base di Kossari`, `il villaggio di Borzelli`, only a listed family name is a person's: the noun says place.)
  const one = s.tokens[i];
  if (one && !isCap(s.tokens[i + 1]) && !ctx.nameData.places.has(one.lower) && (ctx.nameData.lastNames.has(one.lower) || (!afterPlaceNoun && ctx.nameData.surnameScore(one.text) >= 2))) return -1;
  let last = -1;
  for (let k = i; k < s.tokens.length && k - i < 3; k++) {
    if (covered[k] || !isNameLike(s.tokens[k], ctx)) break;
    // `a Milano Daniele Oppi`: a full personal name starts after the place.
    if (k > i && ctx.nameData.firstNames.has(s.tokens[k]!.lower) && isCap(s.tokens[k + 1])) break;
    last = k;
  }
  // `Pyongan settentrionale`, `Kazakhstan orientale`: a compass adjective is part of a region's name.
  if (last >= 0 && COMPASS.has(s.tokens[last + 1]?.lower ?? "")) last++;
  return last;
}

/** Sites a country runs abroad as often as at home: a demonym on them names the operator. */
const OPERATED_SITES = new Set(["base"]);

export function cuedPlaces(s: Sentence, covered: boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    const cue = PRONOUN_FOR_PLACE.has(t.lower) ? { words: [t.lower], group: "place-cue.pronoun" }
      : cueAt(ctx.cues, "placeCue", s.tokens, i) ?? cueAt(ctx.cues, "placeApposition", s.tokens, i);
    if (!cue || !isWord(t) || t.text !== t.lower) continue;
    let j = i + cue.words.length;
    let country: string | undefined;
    for (let n = 0; n < 2 && isWord(s.tokens[j]) && s.tokens[j]!.text === s.tokens[j]!.lower && !OF.has(s.tokens[j]!.lower); n++, j++) {
      country ??= demonymCountry(s.tokens[j], ctx);
    }
    // `in località Valtrebbia`: a small place's noun may take its name with no `di`.
    const apposition = j === i + 1 && cueAt(ctx.cues, "placeApposition", s.tokens, i) !== undefined && isCap(s.tokens[j]);
    if (!OF.has(s.tokens[j]?.lower ?? "") && !apposition) continue;
    if (apposition) j -= 1;
    const last = nameRun(s, j + 1, covered, ctx, cue.group === "place-cue" && !SHARED_WITH_PEOPLE.has(cue.words[0]!));
    if (last < 0) continue;
    const name = s.tokens.slice(j + 1, last + 1).map((x) => x.text).join(" ");
    const cueName = `${cue.words.join(" ")} di ${name}`;
    // `la base russa di X, in Siria`: a country's base is where its forces are, not the country it lies in.
    const operated = OPERATED_SITES.has(cue.words.join(" "));
    out.push(makeCandidate(s, j + 1, last, "Place", cue.group, 1, {
      ...(country && !operated ? { locatedIn: country } : {}),
      ...(cue.group !== "place-cue.pronoun" && cue.group !== "place-cue.people-of" && !apposition ? { extraNames: [cueName] } : {}),
    }));
    i = last;
  }
  return out;
}

export function locativePlaces(s: Sentence, covered: boolean[], ctx: RecognizerContext, knownPeople: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < s.tokens.length; i++) {
    const prev = s.tokens[i - 1]!;
    const pressi = prev.lower === "di" && s.tokens[i - 2]?.lower === "pressi";
    if (!LOCATIVE.has(prev.lower) && !pressi) continue;
    const last = nameRun(s, i, covered, ctx);
    if (last < 0) continue;
    const name = s.tokens.slice(i, last + 1).map((x) => x.lower).join(" ");
    if (knownPeople.has(name)) continue;
    out.push(makeCandidate(s, i, last, "Place", pressi ? "place.nei-pressi-di" : "place.locative", 0));
    i = last;
  }
  return out;
}

// (Arabic articles as transliterated, `Dar es Salaam`, `Ras al Khaimah`; Spanish and English ones, `Las Palmas de Gran Canaria`, `Port of Spain`.)
const CAP_CONNECTORS = new Set(["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'", "de", "da", "a", "in", "sul", "sulla", "al", "la", "le", "el", "do", "dos", "das", "du", "des", "sur", "am", "an", "upon", "y", "ten", "ter", "van", "von", "der", "den", "op", "aan",
  "es", "ed", "er", "ez", "as", "ash", "ad", "ar", "at", "az", "ul", "ud", "los", "las", "les", "of"]);

/**
 * `Castelnuovo del Garda`, `San Giovanni in Persiceto`, `Bagno a Ripoli`: a place name of several words in the
 * gazetteer, starting with a capital and ending with one, is one place (the single words are
 * typed from evidence elsewhere). A first name before a family-name-like word is left to the
 * person patterns unless a preposition of place comes first (`Sesto Calende` is found either way).
 */
export function multiwordPlaces(s: Sentence, covered: boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (covered[i] || !isCap(t)) continue;
    const hit = placeAt(ctx.nameData, s.tokens, i);
    if (!hit || hit.last === i || !isCap(s.tokens[hit.last]) || covered[hit.last]) continue;
    const inner = s.tokens.slice(i + 1, hit.last);
    if (!inner.every((w) => isCap(w) || CAP_CONNECTORS.has(w.lower))) continue;
    const allCaps = inner.length === 0;
    const locative = ["a", "ad", "in", "da", "di", "nel", "nella", "per", "verso", "presso"].includes(s.tokens[i - 1]?.lower ?? "");
    if (allCaps && !locative && ctx.nameData.firstNames.has(t.lower) && ctx.nameData.lastNames.has(s.tokens[hit.last]!.lower)) continue;
    out.push(makeCandidate(s, i, hit.last, "Place", "name.gazetteer-place:multiword", 1));
    i = hit.last;
  }
  return out;
}

const WATER_NAMED_AFTER_LAND = new Set(["stretto", "golfo", "canale", "mare", "mar"]);
const LANDMARK_OF = new Set(["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'", "de"]);
const QUOTE = new Set(["\"", "“", "”", "«", "»"]);

/** `il fiume Scrivia`, `Ponte di Mezzo`, `lo Stadio Arnaldo Pescetti`: a landmark noun and the proper name after it are one place. */
export function landmarkPlaces(s: Sentence, covered: boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const cue = cueAt(ctx.cues, "landmarkHead", s.tokens, i);
    if (!cue || covered[i] || s.tokens[i]!.sentenceStart && !isCap(s.tokens[i + cue.words.length])) continue;
    let j = i + cue.words.length;
    if (LANDMARK_OF.has(s.tokens[j]?.lower ?? "")) j++;
    const quoted = QUOTE.has(s.tokens[j]?.text ?? "");
    if (quoted) j++;
    // `lo stretto di Moldavia`, `il golfo di Brenzone`: a body of water named after a land is a place of its own, even when the land is listed.
    const water = WATER_NAMED_AFTER_LAND.has(cue.words.join(" ")) && j > i + cue.words.length;
    if (!isCap(s.tokens[j]) || (covered[j] && !water)) continue;
    let last = j;
    for (let k = j + 1; k < s.tokens.length && k - j < 5; k++) {
      const u = s.tokens[k]!;
      if (covered[k]) break;
      if (isCap(u) && !cueAt(ctx.cues, "boundaryWord", s.tokens, k)) last = k;
      // `Stadio Arnaldo Pescetti di Matera`: the town after the name is where the landmark is, a name of its own.
      else if (CAP_CONNECTORS.has(u.lower) && isCap(s.tokens[k + 1]) && !covered[k + 1] && !placeAt(ctx.nameData, s.tokens, k + 1)) continue;
      else break;
    }
    if (quoted && QUOTE.has(s.tokens[last + 1]?.text ?? "")) last++;
    else if (quoted) continue;
    out.push(makeCandidate(s, i, last, "Place", cue.group, 1));
    i = last;
  }
  return out;
}
