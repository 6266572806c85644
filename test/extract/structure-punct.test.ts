// Table tests for the comma that sets one phrase off from another (src/extract/relations/comma.ts),
// read from the comma's `punct` arc rather than from neighbouring tokens: on hand-built trees
// for each place the parser hangs the comma (on the first phrase, on the second, on the word both
// hang from), and through the pipeline with invented sentences on other countries, including
// sentences that must give nothing.
import { describe, expect, it } from "vitest";
import { DependencyTree } from "../../src/syntax/tree.ts";
import type { SyntaxWord } from "../../src/syntax/types.ts";
import { commaBetween, phraseBeforeComma } from "../../src/extract/relations/comma.ts";
import { extractText } from "./helpers.ts";

/** A tree from `form/head/deprel` triples, ids from 1. */
function tree(spec: string): DependencyTree {
  const words: SyntaxWord[] = spec.trim().split(/\s+/).map((t, i) => {
    const [form, head, deprel] = t.split("/");
    return { id: i + 1, form: form!, lemma: form!.toLowerCase(), upos: form === "," || form === "(" || form === ")" ? "PUNCT" : "X", xpos: "_", feats: "_", head: Number(head), deprel: deprel!, deps: "_", misc: "_" };
  });
  return new DependencyTree(words);
}

describe("a phrase set off by a comma, on hand-built trees", () => {
  it.each([
    // `Kassala , in Sudan`: the comma on the verb both phrases hang from.
    ["comma on the governor of both", "colpito/0/root Kassala/1/obj ,/1/punct in/5/case Sudan/1/obl", 2, 5, 3],
    // `Kassala , sede di X`: the comma on the apposition.
    ["comma on the second phrase", "colpito/0/root Kassala/1/obj ,/4/punct sede/1/obj di/6/case X/4/nmod", 2, 4, 3],
    // `Ente ( ACR ) , con sede`: the comma on the first phrase, past its parenthesis.
    ["comma on the first phrase, past a parenthesis", "Ente/8/obl (/3/punct ACR/1/appos )/3/punct ,/1/punct con/7/case sede/8/obl trecento/0/root", 1, 7, 5],
    // `Nord ( ACR ) , che`: a parenthesized acronym the parser read as a conjunct is still the phrase's own.
    ["a parenthesized conjunct belongs to the phrase", "Nord/7/obl (/3/punct ACR/1/conj )/3/punct ,/1/punct sigla/7/ccomp rivendicata/0/root", 1, 6, 5],
  ])("%s", (_name, spec, before, after, comma) => {
    const t = tree(spec);
    expect(commaBetween(t, before, after)).toBe(comma);
    expect(phraseBeforeComma(t, after)).toBe(before);
  });

  it.each([
    // `Kassala e Gedaref , roccaforte`: the comma sets the second conjunct off, not the first.
    ["a conjunct is a phrase of its own", "colpito/0/root Kassala/1/obj e/4/cc Gedaref/2/conj ,/6/punct roccaforte/4/appos", 2, 6],
    // `Kassala in Sudan`: no comma between.
    ["no comma", "colpito/0/root Kassala/1/obj in/4/case Sudan/1/obl", 2, 4],
    // `Kassala , disse , in Sudan`: the place is set off from the inserted clause, not from the city.
    ["a clause between the two", "colpito/0/root Kassala/1/obj ,/4/punct disse/1/parataxis ,/4/punct in/7/case Sudan/1/obl", 2, 7],
    // A comma hung on a word neither phrase hangs from belongs to another construction.
    ["a comma that belongs to another word", "colpito/0/root Kassala/1/obj ,/6/punct in/5/case Sudan/1/obl disse/1/parataxis", 2, 5],
  ])("nothing: %s", (_name, spec, before, after) => {
    expect(commaBetween(tree(spec), before, after)).toBeUndefined();
  });
});

const located = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.predicate === "locatedIn" && r.evidence.rule.startsWith("structure:")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("places set off by a comma, through the pipeline", () => {
  it.each([
    ["a camp named after its kind", "Gli sfollati sono stati portati nel campo di Kakuma, in Kenya.",
      ["place/kakuma locatedIn country/kenya @ structure:place-in comma:in"]],
    ["a base, with the sentence going on after the country", "Le truppe hanno lasciato la base di Ouallam, in Niger, dopo dieci anni.",
      ["place/ouallam locatedIn country/niger @ structure:place-in comma:in"]],
    ["the first of two coordinated places, set off on its own", "L'esercito ha colpito Kassala, in Sudan, e Gedaref.",
      ["place/kassala locatedIn country/sudan @ structure:place-in comma:in"]],
  ])("%s", async (_name, text, expected) => {
    expect(await located(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a comma followed by another clause", "Il premier ha parlato a Kassala, e in Sudan la tensione cresce."],
    ["a person born in a city is not in it", "La sindaca di Cebu, nata a Davao, ha vinto le elezioni."],
    ["a place after a verb with no comma is where something happened", "Il convoglio ha raggiunto Kassala in Sudan."],
  ])("nothing: %s", async (_name, text) => {
    expect(await located(text)).toEqual([]);
  }, 30000);
});
