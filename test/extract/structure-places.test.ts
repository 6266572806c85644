// Table tests for places within places over the tree (places.ts, the `place-in` rule of
// data/rules/structure.json) and for the unit nouns that make one group part of another.
// Invented sentences: each construction gives its fact with the arcs that read it, and the
// look-alikes give nothing.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import { validateStructureRules } from "../../src/extract/relations/structure-rules.ts";

const located = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("structure:place-in")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("places within places", () => {
  it.each([
    ["a place in apposition after a `di` phrase the parser hung on the verb", "I droni hanno colpito un deposito nei pressi di Velsk, in Polonia, all'alba.",
      ["place/velsk locatedIn country/poland @ structure:place-in comma:in"]],
    ["a region in apposition, its `di` modifier the container", "Il convoglio è partito da Velsk, nella provincia di Ankara.",
      ["org/velsk locatedIn place/ankara @ structure:place-in comma:in"]],
    ["a site named after its kind, with the place hung on it", "La raffineria di Torvik, in Georgia, è stata colpita.",
      ["org/torvik locatedIn country/georgia @ structure:place-in nmod:in"]],
    ["a base with `a` and a place", "Le truppe hanno lasciato la base di Kerso a Lumbala.",
      ["place/kerso locatedIn place/lumbala @ structure:place-in nmod:a"]],
    ["a body placed by the comma's apposition", "I titoli sono custoditi presso Clearstream, in Lussemburgo.",
      ["place/clearstream locatedIn country/luxembourg @ structure:place-in comma:in"]],
    ["of two coordinated sites only the one before the comma takes the place", "Le navi collegano il porto di Zarvik e lo scalo di Dunmore, in Polonia.",
      ["place/dunmore locatedIn country/poland @ structure:place-in comma:in"]],
  ])("%s", async (_name, text, expected) => {
    expect(await located(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a body with a place hung on it is no seat (`la missione dell'Onu in Iraq`)", "Il rappresentante dell'Onu in Iraq ha parlato."],
    ["a place after a verb, with no comma, is where something happened", "Il convoglio ha raggiunto Velsk in Polonia."],
    ["`a` after a place without a site noun is a direction, not a container", "Velsk, a pochi chilometri dal confine, è stata colpita."],
  ])("nothing: %s", async (_name, text) => {
    expect(await located(text)).toEqual([]);
  }, 30000);
});

describe("a body controlled by another", () => {
  const owned = async (text: string) =>
    (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("structure:controlled-by")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`);

  it("a participle of control in apposition, with its agent", async () => {
    expect(await owned("Nella zona opera la Legione Sud, un reparto controllato dal ministero della Difesa turco."))
      .toEqual(["org/legione-sud partOf org/turkey-ministero-della-difesa @ structure:controlled-by appos>acl>obl:da"]);
  }, 30000);

  it.each([
    ["a participle that is no control", "Nella zona opera la Legione Sud, un reparto addestrato dal ministero della Difesa turco."],
    ["control with no agent", "Nella zona opera la Legione Sud, un reparto controllato a distanza."],
  ])("nothing: %s", async (_name, text) => {
    expect(await owned(text)).toEqual([]);
  }, 30000);
});

describe("unit nouns", () => {
  it("a front name of a group is part of it", async () => {
    const x = await extractText("Il Fronte Rosso, che secondo la polizia è la sigla armata del movimento Hezb-e-Islami, ha rivendicato l'attacco.");
    expect(x.relations.filter((r) => r.evidence.rule.startsWith("structure:unit-of")).map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(["org/fronte-rosso partOf org/hezb-e-islami"]);
  }, 30000);

  it("validates the place-in data", () => {
    const base = { rules: [{ id: "place-in", reason: "x" }], unitNouns: ["centro"], seatNouns: ["sede"], privateHeads: ["fondazione"], locativeCases: ["in"], facilityNouns: ["base"], offshoreNouns: ["largo"], controlVerbs: ["controllare"] };
    expect(validateStructureRules(base, "f.json").enabled.has("place-in")).toBe(true);
    expect(() => validateStructureRules({ ...base, locativeCases: [] }, "f.json")).toThrow(/locativeCases/);
    expect(() => validateStructureRules({ ...base, facilityNouns: undefined }, "f.json")).toThrow(/facilityNouns/);
  });
});
