// Lexicon lookup: every name of every entry compiled once into a map keyed by its first
// word, then matched against a sentence's words (spaCy's PhraseMatcher idea, with
// transliteration-insensitive word keys).
import type { LexiconEntry } from "../../lexicon/types.ts";
import type { Sentence } from "../../types.ts";
import { isAcronym, isCapitalized, nameKeys, sentenceWords, type Word } from "./words.ts";

export interface CompiledName {
  entry: LexiconEntry;
  name: string;
  keys: string[];
  /** Proper names must start with a capital in the text; descriptive names (`intelligence sudcoreana`) need not. */
  needsCapital: boolean;
  /** Acronyms must be written in capitals (`NIS`, not `nis`). */
  acronym: boolean;
  /** Only matched after the entity's full name appeared in the same article. */
  short: boolean;
}

export interface Gazetteer {
  byFirstKey: Map<string, CompiledName[]>;
}

export interface GazetteerMatch {
  name: CompiledName;
  /** Token range, inclusive. */
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

export function compileGazetteer(entries: readonly LexiconEntry[]): Gazetteer {
  const byFirstKey = new Map<string, CompiledName[]>();
  const add = (entry: LexiconEntry, name: string, short: boolean) => {
    const keys = nameKeys(name);
    if (keys.length === 0) return;
    const compiled: CompiledName = {
      entry, name, keys, short,
      needsCapital: isCapitalized(name),
      acronym: !name.includes(" ") && isAcronym(name),
    };
    const list = byFirstKey.get(keys[0]!) ?? [];
    list.push(compiled);
    byFirstKey.set(keys[0]!, list);
  };
  for (const entry of entries) {
    for (const name of new Set([entry.label, ...entry.names])) add(entry, name, false);
    for (const name of entry.shortNames ?? []) add(entry, name, true);
  }
  // Longest names first, so the first full match at a position is the longest.
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length || a.name.localeCompare(b.name));
  return { byFirstKey };
}

function surfaceOk(name: CompiledName, sentence: Sentence, first: number, last: number): boolean {
  const text = sentence.tokens.slice(first, last + 1).map((t) => t.text).join(" ");
  // Italian papers write acronyms in title case (`Usa`, `Ue`, `Onu`, `Nato`): accepted inside a sentence, where
  // a capital cannot come from the sentence start (`Nato a Lucca` is a participle).
  if (name.acronym) return isAcronym(text) || text === name.name || (name.name.length <= 5 && !sentence.tokens[first]!.sentenceStart && text === name.name[0] + name.name.slice(1).toLowerCase());
  if (name.needsCapital) return isCapitalized(sentence.tokens[first]!.text);
  return true;
}

function matchAt(words: Word[], i: number, name: CompiledName): number {
  if (!words[i]!.tokenStart) return -1;
  for (let k = 0; k < name.keys.length; k++) {
    if (words[i + k]?.key !== name.keys[k]) return -1;
  }
  const lastWord = words[i + name.keys.length - 1]!;
  return lastWord.tokenEnd ? i + name.keys.length - 1 : -1;
}

/** Every lexicon match in a sentence (overlapping ones included; overlaps are resolved later). */
export function matchGazetteer(gaz: Gazetteer, sentence: Sentence): GazetteerMatch[] {
  const words = sentenceWords(sentence);
  const out: GazetteerMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const candidates = gaz.byFirstKey.get(words[i]!.key);
    if (!candidates) continue;
    const seenLengths = new Set<string>();
    for (const name of candidates) {
      const end = matchAt(words, i, name);
      if (end < 0) continue;
      const firstToken = words[i]!.token;
      const lastToken = words[end]!.token;
      if (!surfaceOk(name, sentence, firstToken, lastToken)) continue;
      const sig = `${name.entry.id}|${lastToken}`;
      if (seenLengths.has(sig)) continue;
      seenLengths.add(sig);
      out.push({ name, firstToken, lastToken, start: words[i]!.start, end: words[end]!.end });
    }
  }
  return out;
}
