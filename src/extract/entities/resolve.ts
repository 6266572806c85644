// Within-article resolution: each kept candidate gets a canonical key. Lexicon entries
// keep their id; a person's name is compared with the lexicon and with the people already
// met by a transliteration-aware key; agencies are keyed by country and head; treaty
// descriptions resolve to a listed treaty when its parties are in the article.
import type { LexiconEntry } from "../../lexicon/types.ts";
import { foldName, sameNameKey, translitKey } from "../../names/fold.ts";
import { slugify } from "../../names/slug.ts";
import type { EntityType } from "../../types.ts";

const FOLDER: Record<EntityType, string> = {
  Country: "country", Person: "person", Organization: "org", Place: "place", Treaty: "treaty", Event: "event",
};

export function keyFor(type: EntityType, name: string): string {
  return `${FOLDER[type]}/${slugify(name)}`;
}

export interface NameIndex {
  /** Folded name -> entries carrying it. */
  byFold: Map<string, LexiconEntry[]>;
  /** Person translit keys -> entries, for spelling-insensitive look-up. */
  people: Array<{ key: string; entry: LexiconEntry }>;
}

export function buildNameIndex(entries: readonly LexiconEntry[]): NameIndex {
  const byFold = new Map<string, LexiconEntry[]>();
  const people: NameIndex["people"] = [];
  for (const e of entries) {
    for (const n of new Set([e.label, ...e.names])) {
      const f = foldName(n);
      const list = byFold.get(f) ?? [];
      if (!list.includes(e)) list.push(e);
      byFold.set(f, list);
      if (e.type === "Person" && n.includes(" ")) people.push({ key: translitKey(n), entry: e });
    }
  }
  return { byFold, people };
}

/** A lexicon entry of the given type known by exactly this name (folded). */
export function lookupName(index: NameIndex, name: string, type?: EntityType): LexiconEntry | undefined {
  const list = index.byFold.get(foldName(name)) ?? [];
  const typed = type ? list.filter((e) => e.type === type) : list;
  return typed.length === 1 ? typed[0] : undefined;
}

/** A lexicon person whose name is the same up to transliteration (`Sergej Šojgu` -> Sergei Shoigu). */
export function lookupPerson(index: NameIndex, name: string): { entry: LexiconEntry; rule: string } | undefined {
  const exact = lookupName(index, name, "Person");
  if (exact) return { entry: exact, rule: "lexicon-name" };
  // The transliteration match compares the name with every listed person's: remembered per
  // index and name, since names recur through an article and a corpus.
  let memo = personMemos.get(index);
  if (!memo) personMemos.set(index, (memo = new Map()));
  let entry = memo.get(name);
  if (entry === undefined) {
    const key = translitKey(name);
    const hits = new Set(index.people.filter((p) => sameNameKey(p.key, key)).map((p) => p.entry));
    entry = hits.size === 1 ? [...hits][0]! : null;
    if (memo.size >= PERSON_MEMO_SIZE) memo.clear();
    memo.set(name, entry);
  }
  return entry ? { entry, rule: "translit-key" } : undefined;
}

const personMemos = new WeakMap<NameIndex, Map<string, LexiconEntry | null>>();
const PERSON_MEMO_SIZE = 20_000;

export interface ArticlePerson {
  key: string;
  name: string;
  translit: string;
  /** Keys of the first and last word, for a name used alone later. */
  partKeys?: string[];
}

/** An earlier person of the same article with the same name up to transliteration. */
export function lookupArticlePerson(people: readonly ArticlePerson[], name: string): ArticlePerson | undefined {
  const key = translitKey(name);
  return people.find((p) => sameNameKey(p.translit, key));
}

/**
 * The listed treaty a description names: its parties are all among the countries the article
 * mentions, it is not later than the article, and it is about what the description says — a
 * treaty with `topics` needs one of them among the description's words (`la dichiarazione di
 * pace` between two states is not their arms-reduction treaty).
 */
export function resolveTreaty(treaties: readonly LexiconEntry[], countries: ReadonlySet<string>, articleDate: string | undefined, yearsInSentence: number[], description: string): LexiconEntry | undefined {
  const words = new Set(description.toLowerCase().split(/[^\p{L}]+/u));
  const fits = treaties.filter((t) => {
    const topics = (t as LexiconEntry & { topics?: string[] }).topics;
    if (topics && !topics.some((w) => words.has(w))) return false;
    const parties = (t as LexiconEntry & { parties?: string[] }).parties ?? [];
    const date = (t as LexiconEntry & { date?: string }).date;
    if (parties.length === 0 || !parties.every((p) => countries.has(p))) return false;
    if (date && articleDate && date.slice(0, 7) > articleDate.slice(0, 7)) return false;
    if (date && yearsInSentence.length > 0 && !yearsInSentence.includes(Number(date.slice(0, 4)))) return false;
    return true;
  });
  // Several fit (Russia and North Korea signed treaties in 1961 and 2024): news means the latest.
  const latest = [...fits].sort((a, b) => String((b as { date?: string }).date ?? "").localeCompare(String((a as { date?: string }).date ?? "")));
  return latest[0];
}
