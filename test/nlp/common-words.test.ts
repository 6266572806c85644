// The common-word test reads the morph-it dictionaries through the lemma index instead of
// a set of its own: it must answer exactly as a set of every dictionary string would.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { loadCommonWords } from "../../src/extract/common-words.ts";
import { inDictionaries, loadLemmaIndex } from "../../src/nlp/lemma.ts";

const require = createRequire(import.meta.url);
const dict = (path: string): Record<string, unknown> => JSON.parse(readFileSync(require.resolve(path), "utf8")) as Record<string, unknown>;

/** Every key and every string value of the three dictionaries, lower-cased: what the index stands in for. */
function everyDictionaryString(): Set<string> {
  const set = new Set<string>();
  const addAll = (v: unknown): void => {
    if (typeof v === "string") set.add(v.toLowerCase());
    else if (v && typeof v === "object") for (const x of Object.values(v)) addAll(x);
  };
  for (const path of ["italian-words-dict/dist/words.json", "italian-adjectives-dict/dist/adjectives.json", "italian-verbs-dict/dist/verbs.json"]) {
    for (const [lemma, forms] of Object.entries(dict(path))) { set.add(lemma.toLowerCase()); addAll(forms); }
  }
  return set;
}

describe("dictionary words through the lemma index", () => {
  const index = loadLemmaIndex();
  const reference = everyDictionaryString();

  it("has every dictionary string, and no index form the dictionaries lack (regular gerunds they do not list)", () => {
    const missing = [...reference].filter((w) => !inDictionaries(index, w));
    const extra = [...index.forms.keys()].filter((w) => inDictionaries(index, w) && !reference.has(w));
    expect(missing).toEqual([]);
    expect(extra).toEqual([]);
    // The index does add forms of its own: the test above would pass vacuously without them.
    expect(index.generatedOnly!.size).toBeGreaterThan(0);
    expect(index.otherStrings!.has("m")).toBe(true);
  });

  it.each([
    ["trattativa", true],
    ["negoziando", true],
    ["tuttavia", true],
    ["della", true],
    ["zqxwv", false],
    ["fando", false], // `fare`'s regular-looking gerund, which no dictionary lists
  ])("%s is a common word: %s", async (word, expected) => {
    const common = await loadCommonWords();
    expect(common.has(word)).toBe(expected);
  });
});
