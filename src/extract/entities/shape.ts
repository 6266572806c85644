// Names no lexicon lists, found by the shape of the text: runs of capitalized words with
// the particles names carry (`de`, `van`, `bin`, `al-`), all-caps acronyms, and title-case
// short forms. A run stops at a lower-case word that is not a particle, at a date word
// (`venerdì`), and where a new name plainly starts (`Hamas Ismail Haniyeh`: a known
// organization or an acronym, then a first name). Typing is left to typeSpan (evidence.ts).
import type { Sentence, Token } from "../../types.ts";
import { makeCandidate, spanText, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { productBefore, ROAD_RULE, typeSpan } from "./evidence.ts";
import { placeAt } from "./name-data.ts";
import { CLOSED_CLASS_WORDS } from "../common-words.ts";
import { isCap, isWord } from "./names.ts";
import { isAcronym } from "./words.ts";

/** Lower-case particles inside personal names, allowed only before another capitalized word. */
const STRONG_PARTICLES = new Set(["de", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "abu", "du", "dos", "das", "zu", "ben", "los", "las"]);
const COMPASS = new Set(["nord", "sud", "est", "ovest"]);
const PARTICLES = new Set(["da", "del", "la", "le", "y", "di"]);
/** Lower-case connectors inside an organization's or a place's name (`Banca d'Italia`, `Repubblica di Moldova`). */
const OF = new Set(["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'", "e", "per", "of", "the", "and", "for"]);
/** Capitalized words that open sentences and quotes but never a name. */
const FUNCTION = new Set([
  "il", "lo", "la", "i", "gli", "le", "l'", "un", "una", "uno", "un'", "di", "da", "in", "con", "su", "per", "tra", "fra", "a", "e", "o", "ma", "se",
  "che", "chi", "non", "del", "della", "dei", "degli", "delle", "al", "alla", "nel", "nella", "sul", "sulla", "dal", "dalla", "dopo", "prima", "anche",
  "questo", "questa", "quello", "quella", "ci", "si", "come", "dove", "quando", "perché", "mentre", "secondo", "ecco", "però", "infatti", "intanto",
  "all'", "dall'", "nell'", "sull'", "dell'", "ed", "ad", "né", "già", "poi", "ora", "qui", "lì", "the", "of", "and", "mr", "mrs",
]);

/** Articles of other languages, capitalized as the first word of a name. */
const FOREIGN_ARTICLES = new Set(["The", "Der", "Die", "Das", "Le", "Les", "El", "Los", "Las"]);

const startsOpen = (t: Token | undefined) => t === undefined || ["«", "\"", "“", "'", "(", ":", "-", "–", "—", "‘"].includes(t.text);

/** Can token `t` be part of a name run? */
function nameToken(t: Token | undefined, ctx: RecognizerContext, tokens: Token[], i: number): boolean {
  if (!t || !isWord(t)) return false;
  // `al-Hakim`, `bin-Rashid`: a lower-case Arabic article joined to a capitalized name.
  if (!isCap(t) && !isAcronym(t.text) && !/^(al|el|ad|as|ash|at|az|ar|ul|bin|ibn|abu)-\p{Lu}/u.test(t.text)) return false;
  return !cueAt(ctx.cues, "boundaryWord", tokens, i);
}

/** A capitalized word at the start of a sentence or quote is a name only when it is not an ordinary word. */
function openerIsName(tokens: Token[], i: number, ctx: RecognizerContext): boolean {
  const t = tokens[i]!;
  if (FUNCTION.has(t.lower)) return false;
  if (isAcronym(t.text)) return true;
  if (!ctx.isCommonWord(t.lower)) return true;
  // `Rosa Ferri ha detto`: an ordinary word that is also a first name, before a name.
  return ctx.nameData.firstNames.has(t.lower) && isCap(tokens[i + 1]) && !FUNCTION.has(tokens[i + 1]!.lower) && !CLOSED_CLASS_WORDS.has(tokens[i + 1]!.lower);
}

function runEnd(s: Sentence, i: number, takenBy: ReadonlyArray<Candidate | undefined>, ctx: RecognizerContext, orgLike: boolean): number {
  const tk = s.tokens;
  const covered = takenBy.map((c) => c !== undefined);
  let last = i;
  for (let j = i + 1; j < tk.length && j - i < 8; j++) {
    // `Anna Messina`: after first names, a one-word place is the surname.
    const by = takenBy[j];
    if (by && by.firstToken === j && by.lastToken === j && (by.type === "Place" || by.type === "Country") && tk.slice(i, j).every((x) => ctx.nameData.firstNames.has(x.lower)) && !isAcronym(tk[j]!.text)) {
      last = j;
      break;
    }
    if (covered[j]) break;
    const u = tk[j]!;
    if (nameToken(u, ctx, tk, j)) {
      // `Hamas Ismail Haniyeh`, `ONU Marta Bianchi`: a name with no first name in it, then a full personal name.
      // (A short unknown word may itself be a first name: `Pier Carlo Tessari`.)
      if (ctx.nameData.firstNames.has(u.lower) && nameToken(tk[j + 1], ctx, tk, j + 1) && !tk.slice(i, j).some((x) => ctx.nameData.firstNames.has(x.lower))
        && (j - i >= 2 || orgLike || isAcronym(tk[i]!.text) || ctx.isCommonWord(tk[i]!.lower) || ctx.nameData.places.has(tk[i]!.lower) || tk[i]!.text.length >= 5)) break;
      last = j;
      continue;
    }
    // `Ossezia del Sud`, `Sudan del Sud`: a compass point after `del` is part of a place's name.
    if (["del", "dell'"].includes(u.lower) && COMPASS.has(tk[j + 1]?.lower ?? "") && !covered[j + 1]) {
      last = ++j;
      last = j;
      continue;
    }
    // `George W. Bush`: an initial with its period.
    if (u.text === "." && /^\p{Lu}$/u.test(tk[j - 1]!.text) && !covered[j + 1] && nameToken(tk[j + 1], ctx, tk, j + 1)) continue;
    // `van der Brugge`, `bin Abdul`: a chain of particles before a capitalized word.
    if (STRONG_PARTICLES.has(u.lower) && STRONG_PARTICLES.has(tk[j + 1]?.lower ?? "") && !covered[j + 2] && nameToken(tk[j + 2], ctx, tk, j + 2)) { j++; continue; }
    if (isWord(u) && u.text === u.lower && !covered[j + 1] && nameToken(tk[j + 1], ctx, tk, j + 1)) {
      if (orgLike && OF.has(u.lower) && u.lower !== "e") continue;
      if (STRONG_PARTICLES.has(u.lower)) continue;
      // `Lula da Silva`, `Juan del Castillo`: Romance particles only after a first name.
      // (Not before a city: `radio Nives di Brescia` is a name and where it is.)
      if (PARTICLES.has(u.lower) && ctx.nameData.firstNames.has(tk[j - 1]!.lower) && !ctx.nameData.majorPlaces.has(tk[j + 1]!.lower)) continue;
    }
    break;
  }
  return last;
}

/**
 * Candidate names from capitalization, over tokens no other recognizer took. Names that follow a
 * product's kind (`i missili Falco`) are added to `products`: the article may name them bare elsewhere.
 */
export function shapedNames(s: Sentence, takenBy: ReadonlyArray<Candidate | undefined>, ctx: RecognizerContext, products?: Set<string>): Candidate[] {
  const out: Candidate[] = [];
  const covered = takenBy.map((c) => c !== undefined);
  const tk = s.tokens;
  // A headline in title case (`Nuove Sanzioni Contro Mosca`) says nothing by its capitals.
  // (Ordinary words in capitals tell it, not names: `Parlano Ada Neri, Eva Bassi e Ugo Rota` is no headline.)
  // (Words that are also personal names do not count: `Nives Spada, Ugo Vela e Ivo Tosi` is a list of people.)
  // (Nor do words right after a first name, where a family name stands: `Ada Fede, Ugo Guida` is a list of people too.)
  const ordinary = tk.filter((w, k) => isWord(w) && !w.sentenceStart && ctx.isCommonWord(w.lower) && !ctx.nameData.firstNames.has(w.lower) && !ctx.nameData.lastNames.has(w.lower)
    && !(isCap(w) && isCap(tk[k - 1]) && ctx.nameData.firstNames.has(tk[k - 1]!.lower)));
  const capitalized = ordinary.filter((w) => isCap(w));
  if (capitalized.length >= 2 && capitalized.length >= 0.6 * ordinary.length) return out;
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    if (covered[i] || !nameToken(t, ctx, tk, i)) continue;
    if ((t.sentenceStart || startsOpen(tk[i - 1])) && !openerIsName(tk, i, ctx)) continue;
    // `The Sentinel`, `Der Kurier`, `Le Matin`: a foreign article capitalized inside a sentence opens the name of a paper, a band, a company.
    if (FOREIGN_ARTICLES.has(t.text) && !t.sentenceStart && !startsOpen(tk[i - 1]) && !isCap(tk[i - 1]) && !covered[i + 1] && nameToken(tk[i + 1], ctx, tk, i + 1)) {
      const last = runEnd(s, i + 1, takenBy, ctx, true);
      out.push(makeCandidate(s, i, last, "Organization", "name.foreign-article", 0));
      i = last;
      continue;
    }
    if (FUNCTION.has(t.lower) && !isAcronym(t.text)) continue;
    // `XX secolo`, `Pio IX`: a Roman numeral opens no name.
    if (/^[IVXLCDM]+$/.test(t.text)) continue;
    const orgLike = cueAt(ctx.cues, "orgHeadIt", tk, i) !== undefined || cueAt(ctx.cues, "orgHeadEn", tk, i) !== undefined || cueAt(ctx.cues, "orgPrefix", tk, i) !== undefined;
    const last = runEnd(s, i, takenBy, ctx, orgLike);
    // `Coppa Italia`, `Gran Premio Valdora`: a competition or prize takes the name; nothing in it is a name here.
    if (cueAt(ctx.cues, "miscHeadIt", tk, i)) { i = last; continue; }
    // `Presidente Elena Sartori`, `Lavoro Rinaldi`: ordinary capitalized words before a name are not part of it.
    // `Unione Contadina`, `Lega Ortolana Nuova`: capitalized ordinary words running together inside a sentence are a body's name.
    const phrase = !orgLike && last > i && !t.sentenceStart && !startsOpen(tk[i - 1]) && tk.slice(i, last + 1).every((w) => ctx.isCommonWord(w.lower) && !ctx.nameData.firstNames.has(w.lower) && isCap(w))
      && !placeAt(ctx.nameData, tk, i, last) && !tk.slice(i, last + 1).some((w) => cueAt(ctx.cues, "personRole", tk, tk.indexOf(w)));
    if (phrase) { out.push(makeCandidate(s, i, last, "Organization", "name.capitalized-phrase", 0)); i = last; continue; }
    let first = i;
    // `Primo Ministro Elsa Varga`: a capitalized title (whose first word may be a first name too) is not part of the name.
    const title = orgLike ? undefined : cueAt(ctx.cues, "personRole", tk, i);
    if (title && i + title.words.length <= last - 1) first = i + title.words.length;
    if (!orgLike) while (first < last && ctx.isCommonWord(tk[first]!.lower) && !ctx.nameData.firstNames.has(tk[first]!.lower) && !isAcronym(tk[first]!.text) && !placeAt(ctx.nameData, tk, first, last)) first++;
    const typed = typeSpan(s, first, last, ctx);
    if (!typed && products && productBefore(tk, first, ctx)) products.add(spanText(s, first, last));
    if (typed) out.push(makeCandidate(s, first, typed.rule === ROAD_RULE ? last + 1 : last, typed.type, typed.rule, 0));
    i = last;
  }
  return out;
}
