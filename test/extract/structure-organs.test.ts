// Table tests for the officer of a state organ (roles-tree.ts, organCountryMembers): who heads a
// body the article makes part of a country holds an office of that country. Invented sentences
// on other countries, through the pipeline, and the look-alikes that must give nothing: a
// spokesman, an assembly's chair, a company's head, a plan.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import { organCountryMembers } from "../../src/extract/relations/roles-tree.ts";
import type { RelationFact } from "../../src/types.ts";

const officers = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("role.organ-country")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("the head of a state organ holds an office of its country", () => {
  it.each([
    ["an army named through its capital, the office in apposition to the head", "Il generale Amani Kabila, capo dell'esercito di Kinshasa, ha annunciato una tregua.",
      ["person/amani-kabila memberOf country/democratic-republic-of-the-congo @ role.organ-country:leaderOf+partOf role.leader:capo"]],
    ["a navy named with a demonym", "Il comandante della marina filippina Toribio Adaci ha denunciato l'incidente.",
      ["person/toribio-adaci memberOf country/philippines @ role.organ-country:leaderOf+partOf role.leader:comandante"]],
    ["a police named through its capital", "Il capo della polizia di Lima, il generale Víctor Zanabria, si è dimesso.",
      ["person/victor-zanabria memberOf country/peru @ role.organ-country:leaderOf+partOf role.leader:capo"]],
    ["the organ's head, not the host who meets him", "Il premier keniano ha incontrato a Nairobi il capo dell'esercito ugandese Muhoozi Kainerugaba.",
      ["person/muhoozi-kainerugaba memberOf country/uganda @ role.organ-country:leaderOf+partOf role.leader:capo"]],
  ])("%s", async (_name, text, expected) => {
    expect(await officers(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a spokesman works for the organ without holding the state's office", "Il portavoce della marina filippina Roy Trinidad ha denunciato l'incidente."],
    ["an elected assembly's chair", "Il presidente del parlamento serbo Ana Brnabić ha aperto la seduta."],
    ["a company no state owns", "Il capo della compagnia petrolifera Orinoco Energia, Luis Parra, ha lasciato l'incarico."],
    ["a successor only possible", "Il capo dell'esercito ugandese potrebbe essere sostituito da Muhoozi Kainerugaba."],
  ])("nothing: %s", async (_name, text) => {
    expect(await officers(text)).toEqual([]);
  }, 30000);
});

const organs = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.predicate === "partOf").map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();

describe("a state organ named through its country is part of it", () => {
  it.each([
    ["a cabinet with a demonym", "Il gabinetto di sicurezza thailandese si è riunito nella notte.", ["org/thailand-gabinetto-di-sicurezza partOf country/thailand"]],
    ["a national guard with a demonym", "La guardia nazionale venezuelana ha chiuso il confine.", ["org/venezuela-guardia-nazionale partOf country/venezuela"]],
    ["a military council named through its capital", "Il consiglio militare di Libreville ha espulso l'ambasciatore.", ["org/gabon-consiglio-militare partOf country/gabon"]],
    ["a gendarmerie with a demonym", "La gendarmeria turca ha arrestato dodici sospetti.", ["org/turkey-gendarmeria partOf country/turkey"]],
  ])("%s", async (_name, text, expected) => {
    expect([...new Set(await organs(text))]).toEqual(expected);
  }, 30000);

  it.each([
    ["a cabinet with no country", "Il gabinetto di sicurezza si è riunito nella notte."],
    ["a national guard with no country", "La guardia nazionale ha chiuso il confine."],
  ])("nothing: %s", async (_name, text) => {
    expect(await organs(text)).toEqual([]);
  }, 30000);
});

describe("organCountryMembers over facts", () => {
  const ev = { article: "a", sentence: 0, start: 0, end: 1, text: "x", rule: "r" };
  const f = (predicate: RelationFact["predicate"], subject: string, object: string, modality: RelationFact["modality"] = "asserted"): RelationFact => ({ predicate, subject, object, modality, evidence: ev });
  const isCountry = (k: string) => k.startsWith("country/");
  const run = (facts: RelationFact[]) => organCountryMembers(facts, isCountry, (k) => k.includes("assembly")).map((x) => `${x.subject} ${x.predicate} ${x.object}`);

  it.each([
    ["head of an organ part of a country", [f("leaderOf", "person/a", "org/navy"), f("partOf", "org/navy", "country/x")], ["person/a memberOf country/x"]],
    ["the organ part of another body only", [f("leaderOf", "person/a", "org/unit"), f("partOf", "org/unit", "org/navy")], []],
    ["the organ's belonging only supposed", [f("leaderOf", "person/a", "org/navy"), f("partOf", "org/navy", "country/x", "hypothetical")], []],
    ["the headship negated", [f("leaderOf", "person/a", "org/navy", "negated"), f("partOf", "org/navy", "country/x")], []],
    ["already said", [f("leaderOf", "person/a", "org/navy"), f("partOf", "org/navy", "country/x"), f("memberOf", "person/a", "country/x")], []],
    ["an assembly's head", [f("leaderOf", "person/a", "org/assembly-x"), f("partOf", "org/assembly-x", "country/x")], []],
  ])("%s", (_name, facts, expected) => {
    expect(run(facts)).toEqual(expected);
  });
});
