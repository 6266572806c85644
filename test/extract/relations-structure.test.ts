// Table tests for belonging and location read over the dependency tree (structure.ts),
// on invented sentences: each construction gives its fact with the rule and arcs that read
// it, and the look-alikes give nothing.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import { validateStructureRules } from "../../src/extract/relations/structure-rules.ts";

const structural = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("structure:")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("belonging and location over the tree", () => {
  it.each([
    ["a body named with a demonym", "La Guardia costiera greca ha soccorso quaranta migranti.",
      ["org/guardia-costiera-greca partOf country/greece @ structure:body-demonym name"]],
    ["a body of a body, itself named with a demonym", "La Commissione di disciplina del Partito comunista cinese ha espulso un funzionario.",
      ["org/commissione-di-disciplina partOf org/partito-comunista-cinese @ structure:body-of nmod:di", "org/partito-comunista-cinese partOf country/china @ structure:body-demonym name"]],
    ["a seat in apposition under the name's title", "Il gruppo Orione, con sede in Belgio, ha pubblicato un rapporto.",
      ["org/orione locatedIn country/belgium @ structure:seat-in nmod:con>nmod:in"]],
    ["a seat as the object of avere", "La Banca Hansa ha sede a Tallinn.",
      ["org/banca-hansa locatedIn place/tallinn @ structure:seat-in obj>nmod:a"]],
    ["a place said to be a group's stronghold", "I droni hanno colpito Kandahar, roccaforte del movimento Hezb-e-Islami.",
      ["org/hezb-e-islami locatedIn place/kandahar @ structure:seat-of obj>nmod:di"]],
    ["a foundation named with a demonym is in that country, not part of its state", "La Fondazione per la ricerca danese ha finanziato lo studio.",
      ["org/fondazione-per-la-ricerca-danese locatedIn country/denmark @ structure:body-demonym name"]],
    ["a company named with a demonym likewise", "La Società elettrica danese ha costruito la centrale.",
      ["org/societa-elettrica-danese locatedIn country/denmark @ structure:body-demonym name"]],
    ["a unit noun in apposition", "Il Centro Delta, dipartimento del Politecnico Nordico, ha pubblicato un rapporto.",
      ["org/centro-delta partOf org/politecnico-nordico @ structure:unit-of appos>nmod:di"]],
    ["a unit noun as the predicate of a relative clause", "Il Fronte Nero, che da anni è una costola del movimento Hezb-e-Islami, ha rivendicato l'attacco.",
      ["org/fronte-nero partOf org/hezb-e-islami @ structure:unit-of nsubj+cop>nmod:di"]],
  ])("%s", async (_name, text, expected) => {
    expect(await structural(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a demonym on the title says where a paper is from, not whose it is", "Il quotidiano britannico Daily Courier ha pubblicato un'inchiesta."],
    ["a seat of nobody named", "La sede del vertice sarà Tallinn."],
    ["a unit noun with no owner", "Il Centro Delta è un dipartimento indipendente."],
  ])("nothing: %s", async (_name, text) => {
    expect(await structural(text)).toEqual([]);
  }, 30000);

  it("rejects a rule the code does not know, and a rule without a reason", () => {
    expect(() => validateStructureRules({ rules: [{ id: "guess", reason: "x" }], unitNouns: ["centro"], seatNouns: ["sede"], privateHeads: ["fondazione"], locativeCases: ["in"], facilityNouns: ["base"], offshoreNouns: ["largo"], controlVerbs: ["controllare"] }, "f.json")).toThrow(/unknown rule id/);
    expect(() => validateStructureRules({ rules: [{ id: "seat-in" }], unitNouns: ["centro"], seatNouns: ["sede"], privateHeads: ["fondazione"] }, "f.json")).toThrow(/reason/);
    expect(() => validateStructureRules({ rules: [], unitNouns: [], seatNouns: ["sede"], privateHeads: ["fondazione"] }, "f.json")).toThrow(/unitNouns/);
    expect(() => validateStructureRules({ rules: [], unitNouns: ["centro"], seatNouns: ["sede"] }, "f.json")).toThrow(/privateHeads/);
  });
});
