// Entity recognition for one sentence: lexicon matches plus pattern candidates, with
// overlaps resolved. Article-level resolution happens in index.ts.
import type { Sentence, Token } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { matchGazetteer, type GazetteerMatch } from "./gazetteer.ts";
import { agencies } from "./agency.ts";
import { namedEvents, namedTreaties, treatyDescriptions } from "./description.ts";
import { cuedOrgs, describedOrgs, englishHeadOrgs, italianHeadOrgs, sportsClubs, sportsFixtures } from "./org.ts";
import { appositionPersons, roleCuedPersons, shapedPersons } from "./person.ts";
import { cuedPlaces, landmarkPlaces, locativePlaces, multiwordPlaces } from "./place.ts";
import { resolveOverlaps } from "./overlap.ts";
import { usedAsLocation } from "./metonymy.ts";
import { acronymAfter } from "./org.ts";
import { shapedNames } from "./shape.ts";
import { cueAt } from "./cues.ts";
import { clubsByCoordination, typeByCoordination } from "./coordination.ts";
import { institutionReferences } from "./generic.ts";
import { websites } from "./website.ts";
import { apposedOrgs } from "./apposed-org.ts";
import { isCap } from "./names.ts";
import { isAcronym } from "./words.ts";
import { placeAt } from "./name-data.ts";

function gazetteerCandidate(s: Sentence, m: GazetteerMatch): Candidate {
  const entry = m.name.entry;
  const acting = entry.actsFor && !usedAsLocation(s, m.firstToken, m.lastToken);
  const acr = acronymAfter(s, m.lastToken, m.firstToken);
  return makeCandidate(s, m.firstToken, m.lastToken, entry.type, `lexicon:${entry.id}`, m.name.short ? 2 : 3, {
    start: m.start,
    end: m.end,
    surface: s.text.slice(m.start - s.start, m.end - s.start),
    name: s.text.slice(m.start - s.start, m.end - s.start),
    entry,
    key: entry.id,
    short: m.name.short,
    ...(acting ? { key: entry.actsFor!, type: entry.actsFor!.startsWith("country/") ? "Country" : entry.type } : {}),
    ...(acr ? { extraNames: [acr.text] } : {}),
  });
}

/** A capitalized club prefix (`Real`) or suffix (`Calcio`) at token `k`. */
function clubWord(s: Sentence, k: number, kind: "orgPrefix" | "orgSuffix", ctx: RecognizerContext): boolean {
  const t = s.tokens[k];
  return t !== undefined && isCap(t) && cueAt(ctx.cues, kind, s.tokens, k) !== undefined;
}

/** A lexicon match that is not a mention of its entity here: a place inside an event's name, a participle that spells an acronym. */
function notAMention(s: Sentence, m: GazetteerMatch, ctx: RecognizerContext): boolean {
  const t = s.tokens[m.firstToken]!;
  // `Coppa Italia`, `Gran Premio del Messico`: the place names the competition.
  const type = m.name.entry.type;
  if (type === "Country" || type === "Place") {
    for (let k = Math.max(0, m.firstToken - 3); k < m.firstToken; k++) {
      const cue = cueAt(ctx.cues, "miscHeadIt", s.tokens, k);
      if (!cue || s.tokens[k]!.text === s.tokens[k]!.lower) continue;
      const between = s.tokens.slice(k + cue.words.length, m.firstToken);
      if (between.every((x) => ["di", "del", "della", "dell'", "d'"].includes(x.lower))) return true;
    }
  }
  // `la Repubblica popolare di Donetsk`: a country's descriptive periphrasis followed by `di` and a name opens another state's title.
  if (type === "Country" && m.name.name.split(" ").slice(1).some((w) => /^\p{Ll}{4,}$/u.test(w)) && OF_FORMS.has(s.tokens[m.lastToken + 1]?.lower ?? "") && isCap(s.tokens[m.lastToken + 2])) return true;
  // `la milizia Fano`, `il movimento islamista Tripoli`: a group's kind before a place's name makes it the group's name.
  if ((type === "Country" || type === "Place") && namedByGroupNoun(s, m.firstToken, ctx)) return true;
  // `Real Madrid`, `Sporting Lisbona`, `Genova Calcio`: a club's prefix or suffix makes the place part of the club's name.
  if ((type === "Country" || type === "Place") && (clubWord(s, m.firstToken - 1, "orgPrefix", ctx) || clubWord(s, m.lastToken + 1, "orgSuffix", ctx))) return true;
  // Never a country (`del Kenya William Ruto`: Kenya is also a first name in the name lists).
  if (type === "Place" && m.firstToken === m.lastToken && partOfPersonalName(s, m, ctx)) return true;
  // (Unless its spelling is the country's only by transliteration: `Chyna Rovelli` is no China.)
  if (type === "Country" && m.firstToken === m.lastToken && !m.name.entry.names.some((n) => n.toLowerCase() === t.lower) && ctx.nameData.firstNames.has(t.lower)
    && isNameLikeSurname(s.tokens[m.lastToken + 1], ctx)) return true;
  if ((type === "Country" || type === "Place") && insideLongerPlace(s, m, ctx)) return true;
  // `Ventisette persone…`: a number word opening a sentence is capitalized by position, not a name (`i Ventisette` for the EU states).
  if (m.firstToken === m.lastToken && t.sentenceStart && s.numbers.some((n) => n.firstToken === m.firstToken)) return true;
  // `Nato a Lucca`: at a sentence's start an acronym in title case before `a`, `il`, `nel` is a participle.
  const next = s.tokens[m.lastToken + 1];
  const acronym = m.name.acronym || m.name.entry.names.includes(t.text.toUpperCase());
  return acronym && t.sentenceStart && t.text !== t.text.toUpperCase() && next !== undefined && PARTICIPLE_NEXT.has(next.lower);
}

/**
 * A lower-case noun that introduces a body's name (`milizia`, `movimento`, `partito`: the org cues) right before token `i`,
 * with at most two lower-case qualifiers between (`il gruppo armato X`, `il movimento islamista X`); no preposition
 * or article between, which would make the place where the group is (`il movimento di Tripoli`).
 */
function namedByGroupNoun(s: Sentence, i: number, ctx: RecognizerContext): boolean {
  const tk = s.tokens;
  for (let end = i - 1; end >= Math.max(0, i - 3); end--) {
    for (let p = Math.max(0, end - 2); p <= end; p++) {
      const cue = cueAt(ctx.cues, "orgCue", tk, p);
      // (Written as listed, not by lemma: `i due gruppi Taiwan` are groups from a place, not one group's name.)
      if (cue && p + cue.words.length - 1 === end && cue.words.every((w, k) => tk[p + k]!.text === w)) return true;
    }
    const t = tk[end]!;
    if (t.kind !== "word" || t.text !== t.lower || OPENING_FUNCTION_WORDS.has(t.lower) || LOCATIVE_BEFORE.has(t.lower) || OF_OR_ARTICLE_BEFORE.has(t.lower)) return false;
  }
  return false;
}

/**
 * `Orlando Ferraguti`, `Marta Firenze`: a one-word place that is a first name before a family name,
 * or that follows a first name, is part of a person's name. (A place after a preposition stays a
 * place: `a Orlando Ferraguti ha detto` is not how news writes.)
 */
function partOfPersonalName(s: Sentence, m: GazetteerMatch, ctx: RecognizerContext): boolean {
  const tk = s.tokens;
  const t = tk[m.firstToken]!;
  const prev = tk[m.firstToken - 1];
  const next = tk[m.lastToken + 1];
  const surnameLike = (w: typeof next) => w !== undefined && isCap(w) && !isAcronym(w.text) && !ctx.isCommonWord(w.lower)
    && (ctx.nameData.lastNames.has(w.lower) || (!ctx.nameData.places.has(w.lower) && ctx.nameData.surnameScore(w.text) > 0));
  if (ctx.nameData.firstNames.has(t.lower) && surnameLike(next) && !LOCATIVE_BEFORE.has(prev?.lower ?? "") && !OF_OR_ARTICLE_BEFORE.has(prev?.lower ?? "")) return true;
  return prev !== undefined && isCap(prev) && !prev.sentenceStart && ctx.nameData.firstNames.has(prev.lower) && !ctx.isCommonWord(prev.lower)
    && !ctx.nameData.majorPlaces.has(prev.lower) && !isAcronym(t.text);
}

/** A capitalized word after a first name that can be a family name: no ordinary word, no acronym. */
function isNameLikeSurname(w: Token | undefined, ctx: RecognizerContext): boolean {
  return w !== undefined && isCap(w) && !isAcronym(w.text) && !ctx.isCommonWord(w.lower);
}

const OPENING_FUNCTION_WORDS = new Set(["il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "uno", "di", "da", "in", "a", "e", "con", "per", "su"]);

/** `Santiago de Compostela`, `New Jersey`: a listed place that is a word of a longer place the gazetteer knows is that place's. */
function insideLongerPlace(s: Sentence, m: GazetteerMatch, ctx: RecognizerContext): boolean {
  for (let k = Math.max(0, m.firstToken - 2); k <= m.firstToken; k++) {
    // (Not from an ordinary word before it: `La Francia` opening a sentence is no village of that name.)
    if (!isCap(s.tokens[k]) || (k < m.firstToken && OPENING_FUNCTION_WORDS.has(s.tokens[k]!.lower))) continue;
    const place = placeAt(ctx.nameData, s.tokens, k);
    if (place && place.last >= m.lastToken && (k < m.firstToken || place.last > m.lastToken) && isCap(s.tokens[place.last])) return true;
  }
  return false;
}

const LOCATIVE_BEFORE = new Set(["a", "ad", "in", "nel", "nella", "verso", "per"]);
/** After `di` or an article a place keeps its own name: `il sindaco di Orlando Mario Rossi`, `la Georgia Meloni…` is rare. */
const OF_OR_ARTICLE_BEFORE = new Set(["di", "del", "della", "dello", "dell'", "d'", "il", "lo", "la", "l'", "da", "dal", "dalla", "dall'"]);

const OF_FORMS = new Set(["di", "del", "della", "dello", "dell'", "d'", "dei", "degli", "delle"]);

const PARTICIPLE_NEXT = new Set(["a", "ad", "il", "nel", "nella", "in", "da", "dal", "dalla", "nei", "negli", "l'", "nell'"]);

/** `afterMatchTalk`: one of the two sentences before this one is about a match (a fixture list may follow it). */
export function recognizeSentence(s: Sentence, ctx: RecognizerContext, knownPeople: Set<string>, afterMatchTalk = false, products?: Set<string>): Candidate[] {
  const matches = matchGazetteer(ctx.gazetteer, s).filter((m) => !notAMention(s, m, ctx));
  const covered: boolean[] = new Array(s.tokens.length).fill(false);
  const matchesAt = new Map<number, GazetteerMatch>();
  for (const m of matches) {
    if (m.name.short) continue;
    for (let t = m.firstToken; t <= m.lastToken; t++) covered[t] = true;
    const prev = matchesAt.get(m.firstToken);
    if (!prev || prev.lastToken < m.lastToken) matchesAt.set(m.firstToken, m);
  }
  const candidates: Candidate[] = [
    ...matches.map((m) => gazetteerCandidate(s, m)),
    ...roleCuedPersons(s, covered, ctx),
    ...appositionPersons(s, covered, ctx),
    ...shapedPersons(s, covered, ctx),
    ...italianHeadOrgs(s, ctx, covered),
    ...describedOrgs(s, ctx),
    ...englishHeadOrgs(s, ctx),
    ...cuedOrgs(s, covered, ctx),
    ...apposedOrgs(s, ctx),
    ...agencies(s, matchesAt, ctx),
    ...cuedPlaces(s, covered, ctx),
    ...locativePlaces(s, covered, ctx, knownPeople),
    ...multiwordPlaces(s, covered, ctx),
    ...landmarkPlaces(s, covered, ctx),
    ...treatyDescriptions(s, ctx),
    ...namedTreaties(s, ctx, covered),
    ...namedEvents(s, ctx, covered),
    ...sportsFixtures(s, ctx, afterMatchTalk),
    ...sportsClubs(s, ctx),
    ...websites(s),
  ];
  const kept = resolveOverlaps(candidates);
  // Whatever no lexicon or cue took is read from its shape and typed from evidence.
  const takenBy: Array<Candidate | undefined> = new Array(s.tokens.length).fill(undefined);
  // A lexicon short name (`Kim`) counts only after the full name; a longer name by shape may take its tokens.
  for (const c of kept) if (!c.short) for (let t = c.firstToken; t <= c.lastToken; t++) takenBy[t] = c;
  const named = clubsByCoordination(s, typeByCoordination(s, resolveOverlaps([...kept, ...shapedNames(s, takenBy, ctx, products)])));
  const inNames: boolean[] = new Array(s.tokens.length).fill(false);
  for (const c of named) for (let t = c.firstToken; t <= c.lastToken; t++) inNames[t] = true;
  return [...named, ...institutionReferences(s, inNames, ctx)].sort((a, b) => a.start - b.start);
}
