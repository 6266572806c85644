// Table tests for belonging and location read from a phrase set off by a comma when the parser
// hangs it elsewhere (structure.ts, `apposedTo`): a seat noun after a place (`Y, roccaforte del
// movimento X`), `X (ACR), con sede in Y`, `X (ACR), che … è una sigla di Y`. Invented sentences,
// with sentences that must give nothing.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const facts = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.predicate === "partOf" || r.predicate === "locatedIn").map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("structure read across a comma", () => {
  it.each([
    ["a seat noun apposed to a place", "Le bombe sono cadute su Homs, roccaforte del movimento Lega Rossa.",
      ["org/lega-rossa locatedIn place/homs @ structure:seat-of comma>nmod:di"]],
    ["`con sede` after a parenthesized acronym", "Secondo l'ong Osservatorio Civico Europeo (OCE), con sede in Belgio, i dispersi sono trecento.",
      ["org/osservatorio-civico-europeo locatedIn country/belgium @ structure:seat-in comma:con>nmod:in"]],
    ["a unit noun as the predicate of a relative clause", "L'esplosione è stata rivendicata dal Movimento del Nord (MDN), che per gli inquirenti è una sigla del Partito dei lavoratori.",
      ["org/movimento-del-nord partOf org/partito-dei-lavoratori @ structure:unit-of comma+nsubj+cop>nmod:di"]],
  ])("%s", async (_name, text, expected) => {
    expect(await facts(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["no seat noun after the comma", "Secondo l'ong Osservatorio Civico Europeo (OCE), con i suoi volontari in Belgio, i dispersi sono trecento."],
    ["a seat phrase apposed to no named body", "Ieri, con sede a Bruxelles, è nata una nuova associazione di volontari."],
    ["a predicate that is no unit noun", "L'esplosione è stata rivendicata dal Movimento del Nord (MDN), che per gli inquirenti è una minaccia per il Partito dei lavoratori."],
  ])("nothing: %s", async (_name, text) => {
    expect(await facts(text)).toEqual([]);
  }, 30000);
});

describe("a territory named as a country's own", () => {
  const located = async (text: string) => (await facts(text)).filter((f) => f.includes("possessed-place"));
  it("the one country of the clause owns `la sua exclave di Y`", async () => {
    expect(await located("Un nuovo traghetto unirà la Russia alla sua exclave di Kaliningrad.")).toEqual(
      ["place/kaliningrad locatedIn country/russia @ structure:possessed-place obl>det:poss+nmod:di"]);
  }, 30000);
  it.each([
    ["no possessive", "Un nuovo traghetto unirà la Russia all'exclave di Kaliningrad."],
    ["two countries could own it", "La Francia ha ceduto alla Spagna la sua provincia di Kaliningrad."],
  ])("nothing: %s", async (_name, text) => {
    expect(await located(text)).toEqual([]);
  }, 30000);
});

describe("a body named inside another's name", () => {
  const partOf = async (text: string) => (await facts(text)).filter((f) => f.includes("name>nmod:di"));
  it("the body after `di` in the name, named on its own in the article", async () => {
    expect(await partOf("La SADC si è riunita ieri a Gaborone. La Commissione della SADC ha approvato il bilancio.")).toEqual(
      ["org/commissione-della-sadc partOf org/sadc @ structure:body-of name>nmod:di"]);
  }, 30000);
  it("nothing when neither the article nor the lexicon names the inner body", async () => {
    expect(await partOf("La Commissione della SADC ha approvato il bilancio.")).toEqual([]);
  }, 30000);
});
