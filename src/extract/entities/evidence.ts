// Typing a name no lexicon lists from the evidence around it, most telling first:
// an organization's head or company/club form, an acronym, a title or role before it,
// a first name of any locale, a place in the gazetteer (with `a`/`in`/`da` only adding
// to it), and the verb the name governs (people and organizations say, announce, meet;
// places do not). Each outcome names the evidence as its rule. A parse (the syntax
// stage) can later add the governing verb and the preposition as features here.
import type { EntityType, Sentence, Token } from "../../types.ts";
import type { RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { placeAt } from "./name-data.ts";
import { isAcronym, isCapitalized } from "./words.ts";
import { DETERMINERS } from "./generic.ts";
import { isActorVerb, onlyFiniteVerb } from "./names.ts";

/** The rule of a lone unknown word opening a sentence: kept only when the article types the same word elsewhere. */
export const OPENER_UNKNOWN = "name.opener-unknown";

export interface Typed {
  type: EntityType;
  /** The evidence that decided, recorded as the candidate's rule. */
  rule: string;
}

const LOCATIVE = new Set(["a", "ad", "in", "da", "verso", "presso", "nel", "nella", "dal", "dalla", "all'", "dall'", "nell'", "per", "tra", "fra", "attraverso"]);
const PORTFOLIO_OF = new Set(["del", "della", "dello", "dell'", "degli", "dei", "delle", "di"]);
const QUOTES = new Set(["\"", "“", "”", "«", "»", "'", "‘", "’"]);
const COMPASS_ALONE = new Set(["nord", "sud", "est", "ovest", "occidente", "oriente", "settentrione", "meridione", "mezzogiorno"]);
/** Log-odds (family name over place) from which a word's ending alone makes it a surname. */
const SURNAME_LOG_ODDS = 4.5;
/** Two initials written together, with or without stops: `JD`, `J.D.`. */
const INITIALS = /^(\p{Lu}{2}|(\p{Lu}\.){2})$/u;
/** For a run of three or more unknown words (`Quantum Drift Engine` is likelier than a person), the last one must end clearly like a family name; two words (`Barnaby Okonkwo`) need only not end like a place. */
const SHAPE_SURNAME_LOG_ODDS = 1.5;
/** `Adeyemi-Okafor`, `Lloyd-Hughes`: two capitalized halves joined by a hyphen are a double family name. */
const DOUBLE_SURNAME = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
const COUNT_WORDS = new Set(["due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "dodici", "venti", "trenta", "cento", "mille", "decine", "centinaia", "migliaia", "alcuni", "alcune", "diversi", "diverse", "numerosi", "numerose", "molti", "molte"]);
const IN = new Set(["in", "nel", "nella", "nello", "nell'", "negli", "nei", "nelle"]);
const ROMAN = /^[IVXLCDM]+$/;
/** `della Carolina`, `la Virginia`: an article before a name that is also a first name reads as a place's, seldom a person's. */
const ARTICLED_OF = new Set(["della", "dalla", "nella", "sulla", "alla", "la", "del", "dal", "nel", "sul", "al", "il"]);
const ARTICLE = new Set(["il", "lo", "la", "l'", "i", "gli", "le"]);
const FEMININE_DETERMINERS = new Set(["la", "l'", "della", "dell'", "sulla", "sull'", "alla", "all'", "dalla", "dall'", "nella", "nell'"]);
const AUX = new Set(["ha", "hanno", "aveva", "avevano", "avrebbe", "avrebbero", "è", "sono", "era", "non", "si", "le", "gli", "lo", "ne", "stesso", "stessa"]);

/** Title-case short forms of countries and unions that stand between an office and a name (`il presidente Usa X`). */
const SHORT_BODIES = new Set(["usa", "ue", "onu", "nato", "uk"]);

/** A role or title ends right before `i`, possibly with a demonym between (`il premier francese X`). */
function roleBefore(tokens: Token[], i: number, ctx: RecognizerContext): boolean {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    const cue = cueAt(ctx.cues, "personRole", tokens, k);
    // A capitalized title counts only right before the name (`il Presidente X`), not at a sentence's start.
    if (!cue || (tokens[k]!.text !== tokens[k]!.lower && (tokens[k]!.sentenceStart || k + cue.words.length !== i))) continue;
    const end = k + cue.words.length;
    // `il presidente Usa Gravenor`, `il ministro Ue Tarchi`: a country's short name or acronym between the office and the name.
    const country = (t: Token) => isAcronym(t.text) || (/^\p{Lu}\p{Ll}{1,2}$/u.test(t.text) && ctx.nameData.majorPlaces.has(t.lower)) || SHORT_BODIES.has(t.lower);
    if (end === i || (end === i - 1 && (ctx.demonyms.has(tokens[end]!.lower) || tokens[end]!.text === "," || country(tokens[end]!)))) return true;
    // `il ministro del Lavoro Rinaldoni`: a portfolio between the office and the name.
    if (end === i - 2 && PORTFOLIO_OF.has(tokens[end]!.lower) && tokens[end + 1]!.text !== tokens[end + 1]!.lower) return true;
  }
  return false;
}

/**
 * `il senatore TJ Mercer`, `AJ Brandt ha detto`, `JB Ortega, consigliere…`: two initials before a capitalized word are a
 * person's given names (American usage) when a title stands before them, or a speech verb or a role in apposition after.
 */
function initialsPerson(tk: Token[], i: number, ctx: RecognizerContext): boolean {
  const name = tk[i + 1]!;
  if (!INITIALS.test(tk[i]!.text) || ctx.isCommonWord(name.lower)) return false;
  const roleAfter = tk[i + 2]?.text === "," && !!(cueAt(ctx.cues, "personRole", tk, i + 3) || (ARTICLE.has(tk[i + 3]?.lower ?? "") && cueAt(ctx.cues, "personRole", tk, i + 4)));
  // (The family name's look is not enough: `la stella VZ Tessarae` is a star's catalogue name.)
  return roleBefore(tk, i, ctx) || actsAfter(tk, i + 1, ctx) || roleAfter;
}

/** Capitalized, these nouns mean "the country" (`nel Paese`), never a place of that name. */
const COUNTRY_NOUNS = new Set(["paese", "paesi", "stato", "stati", "nazione", "nazioni", "patria", "regno", "repubblica"]);

const AUXILIARY = new Set(["ha", "hanno", "ho", "hai", "abbiamo", "avete", "aveva", "avevano", "è", "sono", "era", "erano", "sarà", "saranno", "viene", "vengono"]);

/** `missili Falco`, `sistemi di difesa aerea Condor`: a product's kind before the name, with only lower-case modifiers between. */
export function productBefore(tokens: Token[], i: number, ctx: RecognizerContext): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = tokens[k]!;
    // (A capitalized kind word after another capitalized word is inside a longer name: `Gran Premio di Spagna`.)
    if (cueAt(ctx.cues, "productHead", tokens, k) && !(t.text !== t.lower && isCapitalized(tokens[k - 1]?.text ?? ""))) return true;
    // `i droni hanno colpito Kandahar`: a verb between makes the name its object, not the product's name.
    if (AUXILIARY.has(t.lower) || (/(at|ut|it)[oaie]$/.test(t.lower) && t.lemmas.some((l) => /(are|ere|ire)$/.test(l)))) return false;
    // `il treno per Zurigo`: any other preposition leads to where or whom, not to the product's name.
    if (t.kind !== "word" || t.text !== t.lower || (LOCATIVE.has(t.lower) && !PORTFOLIO_OF.has(t.lower)) || ARTICLE.has(t.lower)) return false;
    // `il programma di Vannucchi` is Vannucchi's: past `di` only a multiword kind (`sistemi di difesa`) reaches the name.
    if (PORTFOLIO_OF.has(t.lower)) {
      return [k - 1, k - 2].some((h) => h >= 0 && (cueAt(ctx.cues, "productHead", tokens, h)?.words.length ?? 0) > k - h);
    }
  }
  return false;
}

/** The name is the subject of a verb of saying, announcing, meeting (`X ha dichiarato`, `X annuncia`). */
export function actsAfter(tokens: Token[], last: number, ctx: RecognizerContext): boolean {
  let k = last + 1;
  if (tokens[k]?.text === ",") return false;
  for (let n = 0; n < 2 && AUX.has(tokens[k]?.lower ?? ""); n++) k++;
  const t = tokens[k];
  return t !== undefined && t.text === t.lower && cueAt(ctx.cues, "actorVerb", tokens, k) !== undefined;
}

function orgEvidence(tokens: Token[], i: number, last: number, ctx: RecognizerContext): string | undefined {
  if (cueAt(ctx.cues, "orgPrefix", tokens, i) && last > i) return "name.org-prefix";
  if (last > i && cueAt(ctx.cues, "orgSuffix", tokens, last)) return "name.org-suffix";
  // (`Marina Cattaneo`: a head that is also a first name, before a family name, is a person's name.)
  const personal = ctx.nameData.firstNames.has(tokens[i]!.lower) && ctx.nameData.lastNames.has(tokens[i + 1]?.lower ?? "");
  if (cueAt(ctx.cues, "orgHeadIt", tokens, i) && last > i && !personal) return "name.org-head";
  for (let k = i; k <= last; k++) if (cueAt(ctx.cues, "orgHeadEn", tokens, k) && !ctx.isCommonWord(tokens[k]!.lower)) return "name.org-head-en";
  return undefined;
}

/** A gazetteer place of up to three words ends at token `end`. */
function placeEndsAt(tk: Token[], end: number, ctx: RecognizerContext): boolean {
  for (let k = Math.max(0, end - 2); k <= end; k++) if (placeAt(ctx.nameData, tk, k, end)?.last === end) return true;
  return false;
}

/** A name of several words typed as a person's by its words alone: a first name, a family name, or the shape of one. */
function personByNames(words: Token[], acts: boolean, ctx: RecognizerContext): Typed | undefined {
  if (ctx.nameData.firstNames.has(words[0]!.lower)) return { type: "Person", rule: "name.first-name" };
  if (ctx.nameData.lastNames.has(words[words.length - 1]!.lower)) return { type: "Person", rule: "name.family-name" };
  // Unknown words only: a person when the last one ends like a family name (`Awad Hamdani`), not like a phrase (`Inside Leaks`).
  if (words.every((w) => !ctx.isCommonWord(w.lower)) && (ctx.nameData.surnameScore(words[words.length - 1]!.text) > (words.length > 2 ? SHAPE_SURNAME_LOG_ODDS : -1) || DOUBLE_SURNAME.test(words[words.length - 1]!.text))) return { type: "Person", rule: acts ? "name.shape:actor" : "name.shape" };
  return undefined;
}

const ROAD_CODE = /^(SS|SP|SR|SGC)$/;
/** Rule of a road's code, whose number shape.ts takes into the name. */
export const ROAD_RULE = "name.road-code";

export function typeSpan(s: Sentence, i: number, last: number, ctx: RecognizerContext): Typed | undefined {
  const tk = s.tokens;
  const words = tk.slice(i, last + 1);
  const single = i === last;
  const prev = tk[i - 1];
  // `epatite B`, `vitamina C`: a single letter names nothing.
  if (single && /^\p{L}$/u.test(words[0]!.text)) return undefined;
  // `Quest'estate`, `Buon'anima`: an elided word joined to a lower-case ordinary word is a phrase, not a name (`D'Alessio` goes on in capitals).
  const elided = /^\p{L}+'(\p{Ll}+)$/u.exec(words[0]!.text.replace(/’/g, "'"));
  if (single && elided && ctx.isCommonWord(elided[1]!)) return undefined;
  // (The tokenizer splits the elisions it knows: `Quest'` `estate`. An elided word alone is no name either.)
  if (single && /['’]$/.test(words[0]!.text)) return undefined;
  // `verso il Nord`, `il Sud del Paese`: a compass point alone names no place.
  if (single && COMPASS_ALONE.has(words[0]!.lower)) return undefined;
  // `missili Falco`, `caccia Astore`, `Arctic Shipping Act`: products, laws, conferences and prizes are none of PER, ORG, LOC.
  if (productBefore(tk, i, ctx) || cueAt(ctx.cues, "miscHeadEn", tk, last)) return undefined;
  // `Dodici turisti`: a number word opening a sentence is a number; `due Falchetto`, `tre Astore`: a counted name is a model.
  // (A number after a day's or a month's name is a date, `giovedì 9 Brenvox annunciava`, and so is a year: `nel 1998 Brenvox`.)
  const counted = prev !== undefined && (COUNT_WORDS.has(prev.lower) || (/^\d{1,3}$/.test(prev.text) && !cueAt(ctx.cues, "boundaryWord", tk, i - 2)));
  // (Inside a sentence a capitalized number is a name: `i Diciassette` are a union's members.)
  if (single && (((words[0]!.value !== undefined || s.numbers.some((n) => n.firstToken === i)) && words[0]!.sentenceStart) || counted)) return undefined;
  // `nel Paese`, `lo Stato`: a capitalized common noun for a country is no place's name.
  if (single && COUNTRY_NOUNS.has(words[0]!.lower)) return undefined;
  const org = orgEvidence(tk, i, last, ctx);
  if (org) return { type: "Organization", rule: org };
  // `sulla A21`, `un tratto della A31`: a motorway's code after a feminine article (`autostrada` is feminine) is a place.
  if (single && /^A\d{1,2}$/.test(words[0]!.text) && FEMININE_DETERMINERS.has(prev?.lower ?? "")) return { type: "Place", rule: "name.motorway-code" };
  // `la SS 36`, `sulla SP 12`: a state or provincial road's code before its number is a place (the number joins it: shape.ts).
  if (single && ROAD_CODE.test(words[0]!.text) && tk[last + 1]?.kind === "number") return { type: "Place", rule: ROAD_RULE };
  // `il TG1`, `al GR2`: a news bulletin and its channel number name the broadcaster's newsroom.
  if (single && /^(TG|GR)\d{1,2}$/.test(words[0]!.text)) return { type: "Organization", rule: "name.newscast" };
  // `il modulo B5`, `la linea K7`: otherwise a letter and a number are a code, a format, a model.
  if (single && /^\p{Lu}\d{1,3}$/u.test(words[0]!.text)) return undefined;
  // `CO2`, `H1N1`, `UTC`, `PIL`: codes, units, time zones and common abbreviations name no body.
  if (single && isAcronym(words[0]!.text) && (/\d/.test(words[0]!.text) || cueAt(ctx.cues, "commonAcronym", tk, i))) return undefined;
  // `Pioltello (MI)`: two capitals in parentheses after a town are its province's code, a place.
  if (single && /^\p{Lu}{2}$/u.test(words[0]!.text) && prev?.text === "(" && tk[last + 1]?.text === ")" && placeEndsAt(tk, i - 2, ctx)) return { type: "Place", rule: "name.province-code" };
  if (single && isAcronym(words[0]!.text) && words[0]!.text.length <= 7 && !ROMAN.test(words[0]!.text)) {
    const place = placeAt(ctx.nameData, tk, i, last);
    return place && prev && LOCATIVE.has(prev.lower) ? { type: "Place", rule: "name.acronym-place" } : { type: "Organization", rule: "name.acronym" };
  }
  const acronymAt = words.map((w) => isAcronym(w.text) && w.text.length > 1 && !ROMAN.test(w.text));
  // `Falco GTX`, `Orione GT`: a model's letters after its maker's or line's name make a product, no body.
  if (!single && acronymAt[acronymAt.length - 1] && !acronymAt.slice(0, -1).some(Boolean)) return undefined;
  // `il senatore TJ Mercer`, `AJ Brandt ha detto`: two initials before a family name are a person's given names (American usage),
  // when a title stands before them, a speech verb after, or the last word reads as a family name.
  if (words.length === 2 && !acronymAt[1] && initialsPerson(tk, i, ctx)) return { type: "Person", rule: "name.initials" };
  if (acronymAt.some(Boolean) && !single) return { type: "Organization", rule: "name.with-acronym" };
  const first = ctx.nameData.firstNames.has(words[0]!.lower);
  const place = placeAt(ctx.nameData, tk, i, last);
  const wholePlace = place !== undefined && place.last === last;
  const locative = prev !== undefined && (LOCATIVE.has(prev.lower) || (ARTICLE.has(prev.lower) && LOCATIVE.has(tk[i - 2]?.lower ?? "")));
  if (roleBefore(tk, i, ctx)) return { type: "Person", rule: "name.after-role" };
  // A lone first name is seldom how news names a person, while a place is named so (`Roma`, `Bordeaux`).
  // An ordinary word that is also a place (`Vittoria`, `Paese`) is a place only after `a`, `in`, `da`.
  // (A country, a region or a major city capitalized inside a sentence is the place all the same: `di Foggia`, `di Brindisi`.)
  if (wholePlace && single && ctx.isCommonWord(words[0]!.lower) && !locative) {
    return !words[0]!.sentenceStart && ctx.nameData.majorPlaces.has(words[0]!.lower) && (!first || ARTICLED_OF.has(prev?.lower ?? "")) ? { type: "Place", rule: "name.major-place" } : undefined;
  }
  // (A lone word that is a first name and a minor place is the person unless it stands where places do: `Albertina ha vinto`, `a Albertina`.)
  if (wholePlace && single && first && !locative && !ctx.nameData.majorPlaces.has(words[0]!.lower)) return { type: "Person", rule: "name.first-name-alone" };
  if (wholePlace && (!first || locative || single)) return { type: "Place", rule: locative ? "name.gazetteer-place:locative" : "name.gazetteer-place" };
  const acts = actsAfter(tk, last, ctx);
  // `Carolina del Nord`, `Sudan del Sud`: a name closed by `del` and a compass point is a region's.
  if (!single && COMPASS_ALONE.has(words[words.length - 1]!.lower) && ["del", "dell'"].includes(tk[last - 1]?.lower ?? "")) return { type: "Place", rule: "name.compass-region" };
  if (!single) {
    const person = personByNames(words, acts, ctx);
    // `il Brenvox Express`, `della Tessaro Brothers`, `i Marlow Kings`: Italian news sets no article right before a
    // person's full name (a title comes between: `il presidente X Y`), so what would read as a person's name
    // after one names a firm, a club, a band or a service.
    if (person && prev && DETERMINERS.has(prev.lower)) return { type: "Organization", rule: "name.articled-phrase" };
    if (person) return person;
    return acts ? { type: "Organization", rule: "name.actor-verb" } : undefined;
  }
  const w = words[0]!;
  if (ctx.isCommonWord(w.lower)) return undefined;
  // `la moglie di Brahimi`, `la vedova di Okonjo`, `Mario Rossi detto Brelvo`: only a person has a family or a nickname.
  const lower = (k: number) => tk[k] !== undefined && tk[k]!.text === tk[k]!.lower;
  if ((prev?.lower === "di" && lower(i - 2) && cueAt(ctx.cues, "kinNoun", tk, i - 2)) || (lower(i - 1) && cueAt(ctx.cues, "nicknameWord", tk, i - 1))) return { type: "Person", rule: "name.kin" };
  if (acts) return ctx.nameData.lastNames.has(w.lower) || first ? { type: "Person", rule: "name.family-name:actor" } : { type: "Organization", rule: "name.actor-verb" };
  // A lone unknown name inside a sentence, neither a person's name nor a place: most often a company, a brand, a group.
  // `Kestrel 19`, `Orione-3`: a name with a model number is a product, not a body.
  const next = tk[last + 1];
  if (next && (next.kind === "number" || /^\d/.test(next.text) || /-\d/.test(w.text))) return undefined;
  // `il traghetto " Gabbiano "`: a single quoted word is a title or a nickname.
  if (QUOTES.has(prev?.text ?? "") && QUOTES.has(next?.text ?? "")) return undefined;
  // `Lactobacillus casei`: a capitalized word before a lower-case foreign word is a species or a phrase.
  if (next && next.kind === "word" && next.text === next.lower && !ctx.isCommonWord(next.lower) && !/^[\p{P}]/u.test(next.text)) return undefined;
  // `Ferrazzetti`, `Kuznetsov`: an ending that family names have and places do not.
  if (!w.sentenceStart && ctx.nameData.surnameScore(w.text) >= SURNAME_LOG_ODDS) return { type: "Person", rule: "name.surname-ending" };
  // `tre Astore`: a counted name is a model, not a body.
  if (prev && (prev.kind === "number" || prev.value !== undefined || COUNT_WORDS.has(prev.lower) || /^\d/.test(prev.text))) return undefined;
  // `nel Karvastan`, `in Oltrevalle`: a lone unknown name where things lie, and no personal name, is a place.
  if (prev && IN.has(prev.lower) && !first && !ctx.nameData.lastNames.has(w.lower)) return { type: "Place", rule: "name.locative-in" };
  if (!w.sentenceStart && !first && !ctx.nameData.lastNames.has(w.lower) && !ctx.nameData.places.has(w.lower)) return { type: "Organization", rule: "name.single-unknown" };
  // At a sentence's start a lone unknown word says nothing by its capital: it takes the type the article gives it elsewhere, or none (index.ts).
  if (w.sentenceStart && !first && !ctx.nameData.lastNames.has(w.lower) && !ctx.nameData.places.has(w.lower)) {
    // `Brenvox distribuirà`, `Veltrabia conduce`: an unknown word that opens a sentence as a verb's subject is a name, and
    // one with no personal name's ending most often a company's, a team's, a body's.
    const verb = tk[last + 1];
    const subject = verb !== undefined && verb.text === verb.lower && (isActorVerb(tk, last + 1, ctx) || onlyFiniteVerb(verb));
    return { type: "Organization", rule: subject && ctx.nameData.surnameScore(w.text) < SURNAME_LOG_ODDS ? "name.opener-subject" : OPENER_UNKNOWN };
  }
  // `ringrazio Ottavio e Nives`: a first name alone, that names no place, is someone the article calls by it.
  if (first && !ctx.nameData.places.has(w.lower) && (!w.sentenceStart || acts)) return { type: "Person", rule: "name.first-name-alone" };
  return undefined;
}
