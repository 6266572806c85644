// Token-level tests used by the name patterns: what looks like part of a person's
// name, an organization's name, a connector inside a name.
import type { Sentence, Token } from "../../types.ts";
import type { RecognizerContext } from "./candidate.ts";
import { isAcronym, isCapitalized } from "./words.ts";
import { cueAt } from "./cues.ts";
import { CLOSED_CLASS_WORDS } from "../common-words.ts";

/** Lower-case words allowed inside multiword proper names. */
const CONNECTORS_EN = new Set(["for", "of", "the", "and", "on", "&", "in"]);
const CONNECTORS_IT = new Set(["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "per", "la", "il", "lo", "le", "e", "sulla", "sul", "sullo", "sulle", "sugli", "sull'", "con", "l'", "d'"]);
const NAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "di", "bin", "al", "el", "le", "la", "du", "dos", "das", "ter"]);

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === "word";
export const isCap = (t: Token | undefined): boolean => isWord(t) && isCapitalized(t.text);
export const isConnectorEn = (t: Token | undefined): boolean => isWord(t) && CONNECTORS_EN.has(t.lower);
export const isConnectorIt = (t: Token | undefined): boolean => isWord(t) && CONNECTORS_IT.has(t.lower);

/** A capitalized word that is not an ordinary Italian word: `Kozlov`, `Jae-myung`, `Nakatani`. */
export function isNameLike(t: Token | undefined, ctx: RecognizerContext): boolean {
  if (!t || !isCap(t) || isAcronym(t.text)) return false;
  const parts = t.lower.split("-");
  // Short syllables of Korean and Chinese names (`Su`, `Tok`) pass even when they spell an Italian word.
  if (parts.every((p) => p.length <= 3)) return true;
  return !ctx.isCommonWord(t.lower) || /[-']/.test(t.text.slice(1));
}

/** A run of name-like tokens starting at i (particles like `von der` allowed inside); returns the last index or -1. */
export function personRun(s: Sentence, i: number, ctx: RecognizerContext, max = 4, afterRole = false): number {
  if (!isNameLike(s.tokens[i], ctx)) return -1;
  let last = i;
  for (let j = i + 1; j < s.tokens.length && j - i < max + 4; j++) {
    const t = s.tokens[j]!;
    // `Giulio Fabbro`: after a first name, a surname that is also an ordinary word; `D' Amato` after an elided particle.
    const prevText = s.tokens[j - 1]!.text;
    // `dei Custodi Farid Nasseri`: a full personal name after a word that is no first name starts a new name.
    // (After a title the run is one person: `il presidente Adamou Tahir Kabrela`.)
    if (!afterRole && ctx.nameData.firstNames.has(t.lower) && isCap(s.tokens[j + 1]) && s.tokens[i]!.text.length >= 5
      && !s.tokens.slice(i, j).some((x) => ctx.nameData.firstNames.has(x.lower))) break;
    if (isNameLike(t, ctx) || /^(al|el|ad|as|ash|at|az|ar|ul|bin|ibn|abu)-\p{Lu}/u.test(t.text) || (isCap(t) && (ctx.nameData.firstNames.has(prevText.toLowerCase()) || /^\p{Lu}\p{L}{0,3}'$/u.test(prevText)) && !CLOSED_CLASS_WORDS.has(t.lower) && !isAcronym(t.text))) {
      last = j;
    } else if (isWord(t) && NAME_PARTICLES.has(t.lower) && isNameLike(s.tokens[j + 1], ctx) && !(t.lower === "di" && ctx.nameData.majorPlaces.has(s.tokens[j + 1]!.lower))) {
      // (`Vannetti di Brescia`: `di` before a city says where, it is no particle of the name.)
      continue;
    } else break;
  }
  // Particles (`bin`, `van der`) do not count toward the length: `Ahmad bin Nasser Al Sabah` is four names.
  const words = s.tokens.slice(i, last + 1).filter((t) => !NAME_PARTICLES.has(t.text)).length;
  return words > max ? -1 : last;
}

/** `Lee Jae-myung`, `Han Dong-hoon`, `Kim Tok Hun`: a shape only Korean personal names have. */
/**
 * A romanized Korean syllable: an onset, a vowel group, and one of the few codas Korean has
 * (`Kim`, `Jong`, `Hwang`, `Yeon`, `Park`); never an English word's cluster (`Black`, `Peas`, `Best`).
 */
const KOREAN_SYLLABLE = /^(ch|sh|kk|tt|pp|ss|jj|[kgndtrlmbpsjh])?[wy]?[aeiou]{1,3}(ng|rk|[nklmptrg])?$/;

export function isKoreanNameShape(tokens: Token[]): boolean {
  if (tokens.length < 2 || tokens.length > 3) return false;
  if (!tokens.every((t) => t.lower.split("-").every((p) => KOREAN_SYLLABLE.test(p)))) return false;
  const [first, ...rest] = tokens;
  if (!first || first.text.length > 5 || /-/.test(first.text)) return false;
  if (tokens.length === 2) return /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(rest[0]!.text);
  return rest.every((t) => /^\p{Lu}\p{Ll}{1,3}$/u.test(t.text)) && /^\p{Lu}\p{Ll}{0,4}$/u.test(first.text);
}

/** Demonym's country for a token (`nordcoreane` -> country/north-korea). */
export function demonymCountry(t: Token | undefined, ctx: RecognizerContext): string | undefined {
  return isWord(t) ? ctx.demonyms.get(t.lower) : undefined;
}

/** An auxiliary or a verb of saying, announcing, meeting (`ha`, `annuncia`): what a name does, never part of it. */
export function isActorVerb(tokens: Token[], j: number, ctx: RecognizerContext): boolean {
  const t = tokens[j];
  if (!t || t.kind !== "word" || t.text !== t.lower) return false;
  if (["ha", "hanno", "è", "sono", "era", "erano", "aveva", "avevano", "avrebbe", "sarà", "saranno", "sarebbe"].includes(t.lower)) return true;
  return cueAt(ctx.cues, "actorVerb", tokens, j) !== undefined && !/(at|ut|it)[oaie]$/.test(t.lower);
}

/** A lower-case word that ends a name running on: a date word (`venerdì`), a closed-class word (`dove`, `tutti`), or a finite verb after a name word. */
export function endsName(tokens: Token[], j: number, ctx: RecognizerContext): boolean {
  const u = tokens[j];
  if (!u || u.kind !== "word") return true;
  if (cueAt(ctx.cues, "boundaryWord", tokens, j)) return true;
  if (u.text !== u.lower) return false;
  if (CLOSED_CLASS_WORDS.has(u.lower) && !isConnectorIt(u)) return true;
  return !isConnectorIt(tokens[j - 1]) && (isActorVerb(tokens, j, ctx) || onlyFiniteVerb(u));
}

/**
 * `la Questura può`, `la Regione venga`: a word that morph-it knows only as a form of verbs, and
 * not as the infinitive or a participle (which also serve as adjectives: `militare`, `unito`).
 */
export function onlyFiniteVerb(t: Token): boolean {
  // (A form in -i may be a plural noun the lemmatizer read as a verb: `Centro studi`, `Forze popolari`.)
  return t.lemmas.length > 0 && t.lemmas.every((l) => /(are|ere|ire|rre)$/.test(l) && l !== t.lower) && !/(at|ut|it)[oaie]$/.test(t.lower) && !/(ante|ente|anti|enti)$/.test(t.lower)
    && !t.lower.endsWith("i");
}
