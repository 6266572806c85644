// The tree matcher looks patterns up by trigger lemma (src/extract/relations/trigger-index.ts)
// instead of scanning the whole list for every word: it must find exactly the patterns the
// scan would, in the list's order, each once.
import { describe, expect, it } from "vitest";
import { triggerIndex, triggeredBy } from "../../src/extract/relations/trigger-index.ts";
import type { TreePattern } from "../../src/extract/relations/tree-rules.ts";

const pattern = (id: string, lemmas: string[]): TreePattern => ({
  id, reason: "test", predicate: "meetsWith", lemmas, upos: ["VERB", "NOUN"],
  subject: { arcs: ["nsubj"], types: ["Country"] }, object: { arcs: ["obj"], types: ["Country"] },
}) as unknown as TreePattern;

const patterns = [
  pattern("visit-verb", ["visitare", "recarsi"]),
  pattern("meet-verb", ["incontrare", "ricevere"]),
  pattern("meet-noun", ["incontro", "colloquio", "incontrare"]),
  pattern("send-verb", ["inviare", "inviare"]),
];

/** What scanning every pattern finds: the ones any of the word's lemmas triggers. */
const scan = (lemmas: Set<string>): string[] => patterns.filter((p) => p.lemmas.some((l) => lemmas.has(l))).map((p) => p.id);

describe("patterns by trigger lemma", () => {
  it.each([
    ["a lemma one pattern lists", ["visitare"], ["visit-verb"]],
    ["a lemma two patterns list, in the list's order", ["incontrare"], ["meet-verb", "meet-noun"]],
    ["the form and the lemma both triggering, found once each, in order", ["colloquio", "incontrare", "ricevere"], ["meet-verb", "meet-noun"]],
    ["a lemma listed twice in one pattern", ["inviare"], ["send-verb"]],
    ["readings from two patterns, later one first", ["inviare", "recarsi"], ["visit-verb", "send-verb"]],
    ["a word no pattern triggers", ["annunciare", "annuncio"], []],
    ["no lemmas at all", [], []],
  ])("%s", (_name, lemmas, expected) => {
    const set = new Set(lemmas);
    const found = triggeredBy(patterns, triggerIndex(patterns), set).map((p) => p.id);
    expect(found).toEqual(expected);
    expect(found).toEqual(scan(set));
  });

  it("builds the index once per pattern list, and a new one for a filtered list", () => {
    expect(triggerIndex(patterns)).toBe(triggerIndex(patterns));
    const fewer = patterns.filter((p) => p.id !== "meet-verb");
    expect(triggeredBy(fewer, triggerIndex(fewer), new Set(["incontrare"])).map((p) => p.id)).toEqual(["meet-noun"]);
  });
});
