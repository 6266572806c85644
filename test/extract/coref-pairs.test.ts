// `i due`: a joint act whose subject stands for the two people named last makes them meet.
// Invented sentences and names; each table has sentences that must give nothing.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const pairFacts = async (text: string) => (await extractText(text)).relations
  .filter((r) => r.evidence.rule.startsWith("coref:pair-anaphora") && r.modality === "asserted")
  .map((r) => `${r.subject} ${r.predicate} ${r.object}`);

describe("pair anaphora: i due", () => {
  it.each([
    ["Il ministro degli Esteri peruviano Hugo Salcedo ha ricevuto a Lima il collega cileno Tomás Ibarra. Al termine dell'incontro i due hanno firmato un accordo sulla pesca.", "person/hugo-salcedo meetsWith person/tomas-ibarra"],
    ["La premier Ingrid Solberg ha accolto a Oslo il presidente finlandese Kaarlo Virtanen. I due leader si sono incontrati per due ore.", "person/ingrid-solberg meetsWith person/kaarlo-virtanen"],
    ["Il cancelliere Otto Brandt ha telefonato al premier Jan Novak. Entrambi hanno discusso della crisi energetica.", "person/jan-novak meetsWith person/otto-brandt"],
  ])("%s", async (text, fact) => {
    expect(await pairFacts(text)).toContain(fact);
  });

  it.each([
    // Negated: they did not sign.
    "Il ministro Marco Ferri ha criticato il collega Luca Bassi. I due non hanno firmato l'intesa.",
    // Two countries, not the two people.
    "Il ministro Marco Ferri ha incontrato il collega Luca Bassi. Poi i due Paesi hanno firmato un accordo.",
    // Only one person named before.
    "Il presidente Aldo Serra ha parlato ieri. I due hanno firmato un accordo.",
    // Too far back: three sentences and more.
    "Il ministro Marco Ferri ha visto Luca Bassi. Il tempo era bello. La sala era piena. La cena è finita tardi. I due hanno firmato un accordo.",
  ])("%s gives nothing", async (text) => {
    expect(await pairFacts(text)).toEqual([]);
  });
});
