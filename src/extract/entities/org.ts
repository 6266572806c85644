// Organizations no lexicon lists: capitalized names with an organization head word
// (`Istituto di studi dell'Estremo Oriente`, `Conflict Armament Research`), names after
// a cue noun (`l'agenzia federale Rosstat`), acronyms given in parentheses.
import type { Sentence } from "../../types.ts";
import { makeCandidate, spanText, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { demonymCountry, endsName, isCap, isConnectorEn, isConnectorIt, isNameLike, isWord } from "./names.ts";
import { isAcronym } from "./words.ts";
import { QUALIFIERS } from "./generic.ts";
import { placeAt } from "./name-data.ts";

/** Acronym in parentheses right after token `last`: `(NIS)`. Returns its text and token index. */
export function acronymAfter(s: Sentence, last: number, first = last): { text: string; token: number } | undefined {
  const open = s.tokens[last + 1];
  const acr = s.tokens[last + 2];
  const close = s.tokens[last + 3];
  if (open?.text !== "(" || close?.text !== ")" || !acr) return undefined;
  if (isAcronym(acr.text) || titleCaseAcronymOf(acr.text, s, first, last)) return { text: acr.text, token: last + 2 };
  return undefined;
}

/**
 * Italian papers write acronyms in title case (`Rsf`, `Unhcr`). A short title-case word in
 * brackets after a name is its acronym when each of its letters starts a word of the name, in
 * any order: the acronym may be of the English name (`Forze di supporto rapido (Rsf)`), and
 * `(Roma)` after `Università Sapienza` is no acronym.
 */
function titleCaseAcronymOf(text: string, s: Sentence, first: number, last: number): boolean {
  if (!/^\p{Lu}\p{Ll}{1,5}$/u.test(text) || last <= first) return false;
  const initials = new Set(s.tokens.slice(first, last + 1).map((t) => t.text[0]?.toLowerCase()));
  return [...text.toLowerCase()].every((c) => initials.has(c));
}

/** Italian names: a capitalized head (`Servizio`, `Amministrazione`) with its modifiers, up to an acronym or a break. */
const QUOTE_OPEN = new Set(["\"", "«", "“"]);
const ARTICLES = new Set(["il", "lo", "la", "l'", "i", "gli", "le", "un", "una", "uno", "un'"]);
const PREPOSITIONS = new Set(["di", "a", "da", "in", "con", "su", "per", "tra", "fra", "del", "della", "dei", "degli", "delle", "dell'", "sulla", "sul", "nella", "nel"]);
const INDEFINITE = new Set(["un", "una", "uno", "un'"]);
/** `di` joined to an article: the connector that repeats inside a body's compound name (`della salute e delle politiche sociali`). */
const OF_ARTICLED = new Set(["del", "della", "dello", "dei", "degli", "delle", "dell'"]);
const isLowerWord = (t: Sentence["tokens"][number] | undefined) => t !== undefined && isWord(t) && t.text === t.lower;
/** Italian function words that may open a sentence but never an English name (`Il National Intelligence Service`). */
const NOT_NAME_START = new Set([...ARTICLES, ...PREPOSITIONS, "secondo", "questo", "questa", "quel", "quella", "anche", "ma", "e", "nelle", "negli"]);

export function italianHeadOrgs(s: Sentence, ctx: RecognizerContext, covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // A name the lexicon knows is the lexicon's (`Consiglio di sicurezza russo`, `Unione Europea`).
    if (covered[i]) continue;
    // `l'università di Brenzone`: a lower-case head that the place after `di` names.
    const ofPlace = !isCap(t) && cueAt(ctx.cues, "orgHeadOfPlace", s.tokens, i) !== undefined
      && ["di", "del", "della", "dell'"].includes(s.tokens[i + 1]?.lower ?? "") && isCap(s.tokens[i + 2]);
    if (!isCap(t) && !ofPlace) continue;
    const cue = ofPlace ? cueAt(ctx.cues, "orgHeadOfPlace", s.tokens, i) : cueAt(ctx.cues, "orgHeadIt", s.tokens, i);
    if (!cue) continue;
    // `Marina Cattaneo`, `Alleanza`-like heads that are also first names: before a family name they open a person's name.
    const after = s.tokens[i + cue.words.length];
    if (ctx.nameData.firstNames.has(t.lower) && isCap(after) && ctx.nameData.lastNames.has(after!.lower)) continue;
    let last = i + cue.words.length - 1;
    for (let j = last + 1; j < s.tokens.length && j - i < 10; j++) {
      const u = s.tokens[j]!;
      // `Brigata 3 Leoni`, `Gruppo 7 Torri`: a number between capitalized words of a name is one of them.
      if (u.kind === "number" && /^\d{1,3}$/.test(u.text) && isCap(s.tokens[j - 1]) && isCap(s.tokens[j + 1]) && !isConnectorIt(s.tokens[j + 1])) continue;
      if (!isWord(u)) break;
      const prev = s.tokens[j - 1]!;
      // A new noun phrase starts: an article not after a preposition, or `e` before a preposition.
      if (ARTICLES.has(u.lower) && !PREPOSITIONS.has(prev.lower)) break;
      // (`Ministero delle politiche agricole e delle foreste`: after a `di` phrase, `e` and another goes on with the name.)
      // `Senato e Governo`, `Procura e Questura`: `e` before another body's head joins two bodies, not two words of one name.
      if (u.lower === "e" && isCap(s.tokens[j + 1]) && (cueAt(ctx.cues, "orgHeadIt", s.tokens, j + 1) || cueAt(ctx.cues, "institutionWordCap", s.tokens, j + 1))) break;
      // `Comitato di una città`: an indefinite article starts a description, never a name's words.
      if (INDEFINITE.has(u.lower)) break;
      const compound = u.lower === "e" && OF_ARTICLED.has(s.tokens[j + 1]?.lower ?? "") && isLowerWord(s.tokens[j + 2]) && s.tokens.slice(i + 1, j).some((x) => OF_ARTICLED.has(x.lower));
      if (compound) continue;
      if (u.lower === "e" && (PREPOSITIONS.has(s.tokens[j + 1]?.lower ?? "") || ARTICLES.has(s.tokens[j + 1]?.lower ?? ""))) break;
      // `Istituto di studi con l'agenzia`: `con` joins another party, not a word of the name.
      if (u.lower === "con" && ARTICLES.has(s.tokens[j + 1]?.lower ?? "") && isLowerWord(s.tokens[j + 2])) break;
      // `Procura di Brenzone lavora`: after a name word (not the head), a lower-case word is no longer the name.
      if (u.text === u.lower && !isConnectorIt(u) && j - 1 > i + cue.words.length - 1 && isCap(prev) && !cueAt(ctx.cues, "orgHeadIt", s.tokens, j - 1) && isNameLike(prev, ctx)) break;
      if (/(arsi|ersi|irsi)$/.test(u.lower)) break;
      // `Consiglio Supremo interamente nominato`: an adverb says how, it names nothing.
      if (u.text === u.lower && /.{3}mente$/.test(u.lower)) break;
      // `Lega Alpina di Marco Ferretti`: `di` and a person's full name say whose the body is, not its name.
      if (["di", "del", "dello"].includes(u.lower) && ctx.nameData.firstNames.has(s.tokens[j + 1]?.lower ?? "") && isCap(s.tokens[j + 1]) && isCap(s.tokens[j + 2])
        && (ctx.nameData.lastNames.has(s.tokens[j + 2]!.lower) || !ctx.isCommonWord(s.tokens[j + 2]!.lower))) break;
      // `Commissione per gli Affari Costituzionali`: an article after a preposition leads on to the name's next word.
      if (ARTICLES.has(u.lower) && PREPOSITIONS.has(prev.lower)) continue;
      // `Consiglio europeo venerdì`, `Senato dove`, `… e tutti`: dates, closed-class words and verbs end the name.
      if (endsName(s.tokens, j, ctx)) break;
      // `Banca centrale congelati in`, `Comando orientale nel centro`: a preposition that is no connector ends the name.
      if (["in", "a", "ad", "da", "su", "nel", "nella", "nei", "negli", "nelle", "dal", "dalla", "dai", "dagli", "dalle", "al", "alla", "ai", "agli", "alle", "tra", "fra", "contro", "verso"].includes(u.lower)) break;
      if (u.lower === "e" && !isCap(s.tokens[j + 1])) break;
      // `Fondazione Maxxi Alessandro Giuli`: a full personal name after the name is someone else.
      if (j > i + cue.words.length && isCap(prev) && !isConnectorIt(prev) && ctx.nameData.firstNames.has(u.lower) && isCap(s.tokens[j + 1]) && !isConnectorIt(s.tokens[j + 1])) break;
      if (j === i + cue.words.length && ctx.nameData.firstNames.has(u.lower) && isCap(s.tokens[j + 1]) && !ctx.isCommonWord(u.lower) && !isConnectorIt(s.tokens[j + 1])) break;
      // Inside a listed name (`Ufficio delle Nazioni Unite`) the lexicon's words go on.
      if (covered[j] && !isConnectorIt(prev) && !covered[j - 1]) break;
      // `Gruppo di Brenta dell'OSCE`: an acronym after `di` is the body this one belongs to, a name of its own.
      if (isAcronym(u.text) && isConnectorIt(prev) && j - i >= 3) break;
      // `Parlamento Presidente della Repubblica`: a title starts another name.
      if (isCap(u) && j > i + cue.words.length - 1 && cueAt(ctx.cues, "personRole", s.tokens, j)) break;
      // `per quattro anni`: after `per`, `con`, `e`, only an article or a capitalized word continues a name.
      if (["per", "con", "e"].includes(prev.lower) && u.text === u.lower && !ARTICLES.has(u.lower) && !(prev.lower === "e" && OF_ARTICLED.has(u.lower))) break;
      // `Consiglio d'amministrazione presieduto da`: a participle describes the body, it is not its name.
      // (After `di` it is a noun: `Camera dei consiglieri`.)
      if (u.text === u.lower && !isConnectorIt(prev) && /(at|ut|it)[oaie]$/.test(u.lower) && u.lemmas.some((l) => /(are|ere|ire)$/.test(l))) break;
      // `Corte suprema colpevole di inerzia`: one adjective may follow the head or a name word, a second one is the sentence's.
      // A demonym still closes the name (`Partito comunista cinese`).
      // So does an adjective of scope (`Tribunale penale federale`, `Istituto tecnico regionale`).
      if (u.text === u.lower && !isConnectorIt(u) && prev.text === prev.lower && !isConnectorIt(prev) && !isConnectorIt(s.tokens[j - 2]) && j - 1 > i + cue.words.length - 1 && !demonymCountry(u, ctx) && !QUALIFIERS.has(u.lower)) break;
      if (isConnectorIt(u)) continue;
      // A name-like capitalized word straight after a lower-case modifier starts something else (`popolare Yoo`).
      if (isNameLike(u, ctx) && !isConnectorIt(prev) && !isCap(prev)) break;
      if (j > i + cue.words.length && cueAt(ctx.cues, "orgHeadIt", s.tokens, j) && isCap(u) && isConnectorIt(prev)) break;
      if (u.text !== u.lower && !isCap(u)) break;
      if (!isCap(u) && !ctx.isCommonWord(u.lower) && !/[aeiou]$/.test(u.lower)) break;
      if (["ha", "hanno", "è", "sono", "che", "aveva", "avrebbe"].includes(u.lower)) break;
      last = j;
    }
    while (last > i && isConnectorIt(s.tokens[last])) last--;
    const acr = acronymAfter(s, last, i);
    const words = last - i + 1;
    if (words < 2 && !acr) continue;
    const tail = placeTail(s, i, last, ctx);
    out.push(makeCandidate(s, i, last, "Organization", cue.group, 1, { ...(acr ? { extraNames: [acr.text] } : {}), ...(tail ? { placeTail: tail } : {}) }));
    i = last;
  }
  return out;
}

/** `Tribunale di Brenzone`, `Banca centrale dello Sri Lanka`: the place a body's name ends with (token range). */
function placeTail(s: Sentence, first: number, last: number, ctx: RecognizerContext): [number, number] | undefined {
  // A local office is named after the place it serves, and so is a body whose name is complete
  // before `di` (`Banca centrale` of Sri Lanka); `Banca di Moldavia` or a city's university is one name.
  const local = cueAt(ctx.cues, "localBodyHead", s.tokens, first) !== undefined;
  for (let p = first + 1; p < last; p++) {
    if (!["di", "del", "della", "dello", "dell'", "d'"].includes(s.tokens[p]!.lower)) continue;
    if (!local && p - first < 2) continue;
    const place = placeAt(ctx.nameData, s.tokens, p + 1, last);
    if (place && place.last === last && isCap(s.tokens[p + 1])) return [p + 1, last];
  }
  return undefined;
}

/** English names: a run of capitalized words (with `for`, `of`, `the`, `and`) holding a head word. */
export function englishHeadOrgs(s: Sentence, ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (!isCap(s.tokens[i]) || isConnectorEn(s.tokens[i]) || NOT_NAME_START.has(s.tokens[i]!.lower)) continue;
    let last = i;
    let hasHead = false;
    let foreign = false;
    for (let j = i; j < s.tokens.length; j++) {
      const u = s.tokens[j]!;
      if (isCap(u)) {
        // `Marco Polo Institute Gianni Ferretti`: a full personal name after the head is someone of the body.
        if (hasHead && j > i && ctx.nameData.firstNames.has(u.lower) && !ctx.isCommonWord(u.lower) && isCap(s.tokens[j + 1]) && !cueAt(ctx.cues, "orgHeadEn", s.tokens, j + 1)) break;
        last = j;
        if (cueAt(ctx.cues, "orgHeadEn", s.tokens, j)) hasHead = true;
        if (!ctx.isCommonWord(u.lower)) foreign = true;
      } else if (isConnectorEn(u) && isCap(s.tokens[j + 1])) continue;
      else break;
    }
    if (hasHead && foreign && last > i) {
      const acr = acronymAfter(s, last, i);
      out.push(makeCandidate(s, i, last, "Organization", "org-head.en", 1, acr ? { extraNames: [acr.text] } : {}));
    }
    i = last;
  }
  return out;
}

/** `l'agenzia federale Rosstat`, `il sito indipendente russo Mediazona`, `l'emittente KBS`. */
export function cuedOrgs(s: Sentence, covered: boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!isWord(t) || t.text !== t.lower) continue;
    const cue = cueAt(ctx.cues, "orgCue", s.tokens, i);
    if (!cue) continue;
    let j = i + cue.words.length;
    let country: string | undefined;
    // `l'azienda di Rovereto`: after `di` comes where the body is or whose it is, not its name.
    if (PREPOSITIONS.has(s.tokens[j]?.lower ?? "")) continue;
    const articleBeforeName = (k: number) => ARTICLES.has(s.tokens[k]?.lower ?? "") && isCap(s.tokens[k + 1]);
    for (let skipped = 0; skipped < 3 && isWord(s.tokens[j]) && s.tokens[j]!.text === s.tokens[j]!.lower && ctx.isCommonWord(s.tokens[j]!.lower) && !PREPOSITIONS.has(s.tokens[j]!.lower) && !articleBeforeName(j); skipped++, j++) {
      country ??= demonymCountry(s.tokens[j], ctx);
    }
    // `il quotidiano « Il Vespro »`: in quotes, ordinary capitalized words are the name all the same.
    const quoted = QUOTE_OPEN.has(s.tokens[j]?.text ?? "");
    if (quoted) j++;
    // `il quotidiano la Gazzetta`, `il settimanale « Il Vespro »`: a newspaper's name keeps its article.
    const article = articleBeforeName(j) && s.tokens[j]!.lower !== "i" ? j : undefined;
    const first = article !== undefined ? j + 1 : j;
    let last = -1;
    for (let k = first; k < s.tokens.length && k - first < 4; k++) {
      const u = s.tokens[k]!;
      if (isCap(u) && (isNameLike(u, ctx) || isAcronym(u.text) || quoted || (k === first && u.lower === "the"))) last = k;
      else if (isCap(u) && last >= 0) last = k;
      else break;
    }
    if (last < first || covered[first]) continue;
    const name = spanText(s, first, last);
    out.push(makeCandidate(s, article ?? first, last, "Organization", cue.group, 1, { ...(country ? { country } : {}), ...(article !== undefined ? { name } : {}) }));
    i = last;
  }
  return out;
}

/** `la commissione intergovernativa`, `il comitato congiunto`: a body named by kind and a qualifying adjective. */
export function describedOrgs(s: Sentence, ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const cue = cueAt(ctx.cues, "orgDescriptor", s.tokens, i);
    if (!cue || s.tokens[i]!.text !== s.tokens[i]!.lower) continue;
    const adj = i + cue.words.length;
    if (!cueAt(ctx.cues, "orgDescriptorAdjective", s.tokens, adj)) continue;
    out.push(makeCandidate(s, i, adj, "Organization", cue.group, 1));
    i = adj;
  }
  return out;
}

/** A sentence about a match: a match word, or a score (`2-1`). */
export function sportySentence(s: Sentence, ctx: RecognizerContext): boolean {
  const tk = s.tokens;
  return tk.some((t, k) => cueAt(ctx.cues, "matchWord", tk, k) !== undefined || /^\d{1,2}-\d{1,2}$/.test(t.text))
    || tk.some((t, k) => t.kind === "number" && DASH.has(tk[k + 1]?.text ?? "") && tk[k + 2]?.kind === "number");
}

/**
 * Singular articles: a town takes none in Italian (`a Brenzone`, `di Brenzone`), nor its masculine one when
 * described (`la Brenzone di oggi`), so `il Brenzone`, `del Brenzone`, and where a match is the topic
 * `della Brenzone`, name its club.
 */
const MASCULINE_ARTICLES = new Set(["il", "del", "al", "dal", "nel", "sul", "col"]);
const FEMININE_ARTICLES = new Set(["la", "della", "alla", "dalla", "nella", "sulla"]);
/** Words after a town that say which of its times or parts is meant (`la Brenzone di oggi`, `la Brenzone antica`): the town itself. */
const DESCRIBED = new Set(["di", "del", "dei", "degli", "antica", "vecchia", "nuova", "moderna", "medievale", "romana", "intera", "stessa"]);
const AGAINST = new Set(["contro", "battendo", "sconfiggendo", "superando"]);

/**
 * In a sentence about a match, a city after a masculine article (`il Brenzone ha vinto`) is its
 * club, and a place right after `contro` (`contro l'Ungheria`) is the team that played.
 * (Countries keep their own gender, `il Belgio`: only `contro` makes them a team.)
 */
export function sportsClubs(s: Sentence, ctx: RecognizerContext): Candidate[] {
  const tk = s.tokens;
  if (!tk.some((t) => MASCULINE_ARTICLES.has(t.lower) || FEMININE_ARTICLES.has(t.lower) || AGAINST.has(t.lower)) || !sportySentence(s, ctx)) return [];
  const out: Candidate[] = [];
  for (let k = 1; k < tk.length; k++) {
    if (!isCap(tk[k]) || isCap(tk[k + 1])) continue;
    const place = placeAt(ctx.nameData, tk, k);
    if (!place || place.last !== k) continue;
    const prev = tk[k - 1]!.lower;
    const against = AGAINST.has(prev) || (ARTICLES.has(prev) && AGAINST.has(tk[k - 2]?.lower ?? ""));
    const club = (MASCULINE_ARTICLES.has(prev) || (FEMININE_ARTICLES.has(prev) && !DESCRIBED.has(tk[k + 1]?.lower ?? ""))) && !isCountryName(tk[k]!.lower, ctx);
    if (club || against) out.push(makeCandidate(s, k, k, "Organization", against ? "org.sports-opponent" : "org.sports-club", 4));
  }
  return out;
}

const countryNames = new WeakMap<RecognizerContext, Set<string>>();
function isCountryName(lower: string, ctx: RecognizerContext): boolean {
  let set = countryNames.get(ctx);
  if (!set) {
    set = new Set();
    for (const e of ctx.entriesById.values()) if (e.type === "Country") for (const n of e.names) set.add(n.toLowerCase());
    countryNames.set(ctx, set);
  }
  return set.has(lower);
}

const DASH = new Set(["-", "–", "—"]);
/**
 * `Ancona - Lecce 2-1`, `la partita Moldavia - Islanda`: two names either side of a dash in a
 * sentence about a match are the teams, organizations, even when they are named after places.
 */
export function sportsFixtures(s: Sentence, ctx: RecognizerContext, afterMatchTalk = false): Candidate[] {
  const tk = s.tokens;
  // Most sentences have no dash: the match words are looked up only where one could name two teams.
  if (!tk.some((t) => DASH.has(t.text))) return [];
  // (A list of fixtures, `Brenzone - Valdora ;` line after line, follows the sentence that says they are matches.)
  if (!afterMatchTalk && !sportySentence(s, ctx)) return [];
  const out: Candidate[] = [];
  for (let k = 1; k + 1 < tk.length; k++) {
    if (!DASH.has(tk[k]!.text)) continue;
    const a = tk[k - 1]!;
    const b = tk[k + 1]!;
    // One word each side, and no more capitalized words running on: `Ancona - Lecce`, not `Valle - Alta Nord`.
    if (!isCap(a) || !isCap(b) || isCap(tk[k - 2]) || isCap(tk[k + 2])) continue;
    out.push(makeCandidate(s, k - 1, k - 1, "Organization", "org.sports-fixture", 4));
    out.push(makeCandidate(s, k + 1, k + 1, "Organization", "org.sports-fixture", 4));
    k++;
  }
  return out;
}
