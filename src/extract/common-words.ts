// Ordinary Italian words (every form of morph-it's nouns, adjectives and verbs), so that a
// capitalized `Difesa` or `Risorse` is not taken for part of a person's name.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
let cached: Promise<Set<string>> | undefined;

function addAll(set: Set<string>, value: unknown): void {
  if (typeof value === "string") set.add(value.toLowerCase());
  else if (value && typeof value === "object") for (const v of Object.values(value)) addAll(set, v);
}

export function loadCommonWords(): Promise<Set<string>> {
  cached ??= Promise.resolve().then(() => {
    const set = new Set<string>();
    const words = require("italian-words-dict/dist/words.json") as Record<string, unknown>;
    const adjectives = require("italian-adjectives-dict/dist/adjectives.json") as Record<string, unknown>;
    const verbs = require("italian-verbs-dict/dist/verbs.json") as Record<string, unknown>;
    for (const dict of [words, adjectives, verbs]) {
      for (const [lemma, forms] of Object.entries(dict)) {
        set.add(lemma.toLowerCase());
        addAll(set, forms);
      }
    }
    // Function words are not in those lists.
    for (const w of ["il", "lo", "la", "i", "gli", "le", "un", "una", "di", "da", "in", "con", "su", "per", "tra", "fra", "e", "o", "ma", "che", "non", "del", "della", "dei", "degli", "delle", "al", "alla", "nel", "nella", "sul", "sulla", "dal", "dalla", "a"]) set.add(w);
    return set;
  });
  return cached;
}
