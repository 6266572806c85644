// Table tests for offices whose country the sentence does not name (roles.ts, setting.ts,
// data/rules/roles.json): the passage's setting stands in (`A Lisbona … Il ministro X`), a
// government named after a person makes them its country's leader (`il governo di X`).
// Invented sentences and names.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import { validateRoleRules } from "../../src/extract/relations/roles.ts";

const roles = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("role.")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("roles from the passage's setting", () => {
  it.each([
    ["a setting in the sentence before", "A Lisbona la proposta non è piaciuta. Il ministro delle Finanze Rui Calado ha chiesto nuove garanzie.",
      ["person/rui-calado memberOf country/portugal @ role.member:ministro:setting"]],
    ["a leader from a setting named with `in`", "Il clima politico in Polonia è cambiato. Il presidente Tomasz Wrobel ha sciolto le Camere.",
      ["person/tomasz-wrobel leaderOf country/poland @ role.leader:presidente:setting"]],
    ["a government named by its country earlier in the sentence", "Fonti del governo polacco hanno smentito con forza ogni contatto diretto nelle ultime settimane, e il ministro degli Esteri Tomasz Wrobel ha convocato l'ambasciatore.",
      ["person/tomasz-wrobel memberOf country/poland @ role.member:ministro:setting"]],
    ["a setting earlier in the same sentence", "Le proteste a Varsavia sono cresciute, e il ministro della Difesa Tomasz Wrobel ha convocato l'ambasciatore.",
      ["person/tomasz-wrobel memberOf country/poland @ role.member:ministro:setting"]],
  ])("%s", async (_name, text, expected) => {
    expect(await roles(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a destination is no setting", "Il diplomatico era volato in Polonia martedì. Il ministro Rui Calado ha chiesto nuove garanzie."],
    ["a setting two sentences back is too far", "A Lisbona la proposta non è piaciuta. Se ne è parlato a lungo. Il ministro Rui Calado ha chiesto garanzie."],
    ["a demonym is no setting", "I droni polacchi hanno sorvolato il confine. Il ministro Rui Calado ha chiesto garanzie."],
    ["a place said of someone named before belongs to them", "Parlano il sindaco Jan Nowak a Varsavia e il ministro Rui Calado."],
    ["a role tied to a body needs no setting", "A Lisbona se ne è discusso. Ha parlato il capo della Banca Hansa, il generale Rui Calado."],
  ])("no setting: %s", async (_name, text) => {
    expect((await roles(text)).filter((r) => r.includes(":setting"))).toEqual([]);
  }, 30000);
});

describe("an international office with no body named", () => {
  it("heads the international body the passage named last", async () => {
    expect((await roles("I ministri della NATO hanno discusso a Vilnius. Il segretario generale Jonas Berg ha parlato a lungo.")).filter((r) => r.includes("passage-body")))
      .toEqual(["person/jonas-berg leaderOf org/nato @ role.leader:segretario generale:passage-body", "person/jonas-berg memberOf org/nato @ role.leader:segretario generale:passage-body"]);
  }, 30000);

  it.each([
    ["a national body is no international one", "Il ministero della Difesa polacco ha protestato. Il segretario generale Jonas Berg ha parlato a lungo."],
    ["a body three sentences back is too far", "I ministri della NATO hanno discusso. Poi è piovuto. Nessuno ha commentato. Il segretario generale Jonas Berg ha parlato."],
    ["an office without the mark (a minister) takes no body", "I ministri della NATO hanno discusso. Il ministro Jonas Berg ha parlato a lungo."],
  ])("nothing: %s", async (_name, text) => {
    expect((await roles(text)).filter((r) => r.includes("passage-body"))).toEqual([]);
  }, 30000);
});

describe("shared and former roles", () => {
  it.each([
    ["a plural role shared by names with their own portfolios", "All'incontro c'erano i ministri portoghesi degli Esteri, Rui Calado, e della Difesa, Ana Pires.",
      ["person/ana-pires memberOf country/portugal @ role.member:ministri:plural", "person/rui-calado memberOf country/portugal @ role.member:ministri"]],
    ["`ex` is kept with the role", "L'ex premier portoghese Rui Calado ha criticato il governo.",
      ["person/rui-calado leaderOf country/portugal @ role.leader:premier:former"]],
    ["`allora` likewise", "L'allora ministro portoghese Rui Calado firmò l'accordo.",
      ["person/rui-calado memberOf country/portugal @ role.member:ministro:former"]],
  ])("%s", async (_name, text, expected) => {
    expect(await roles(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a plural role does not reach a name in its own clause", "I ministri portoghesi hanno detto che Rui Calado sbaglia."],
    ["a plural role with no country says nothing", "All'incontro c'erano i ministri degli Esteri, Rui Calado, e della Difesa, Ana Pires."],
  ])("nothing: %s", async (_name, text) => {
    expect(await roles(text)).toEqual([]);
  }, 30000);
});

describe("what a role is not tied to", () => {
  it.each([
    ["a country introduced by `per` is an envoy's brief", "Ieri ha parlato Tomasz Wrobel, l'inviato speciale per la Georgia.", "country/georgia"],
    ["a demonym in apposition is an international officer's nationality", "Il direttore generale del Fondo, il cileno Tomasz Wrobel, ha parlato.", "country/chile"],
  ])("%s", async (_name, text, country) => {
    expect((await roles(text)).filter((r) => r.includes(country))).toEqual([]);
  }, 30000);
});

describe("a government named after a person", () => {
  it.each([
    ["`il governo di X` with the country in a demonym", "Il governo polacco di Tomasz Wrobel ha approvato la legge.",
      ["person/tomasz-wrobel leaderOf country/poland @ role.government:governo"]],
    ["`l'amministrazione di X` for a listed person", "La Germania ha cambiato linea rispetto all'amministrazione di Olaf Scholz.",
      ["person/olaf-scholz leaderOf country/germany @ role.government:amministrazione"]],
    ["`il governo di X` in a passage set in a country", "A Varsavia il clima è cambiato. Il governo di Tomasz Wrobel ha approvato la legge.",
      ["person/tomasz-wrobel leaderOf country/poland @ role.government:governo:setting"]],
  ])("%s", async (_name, text, expected) => {
    expect((await roles(text)).filter((r) => r.includes("role.government"))).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a government with no person named", "Il governo polacco ha approvato la legge."],
    ["a government whose person's country nothing tells", "Il governo di Tomasz Wrobel ha approvato la legge."],
    ["a person named as the object of a verb, not of the government", "Il governo ha criticato Tomasz Wrobel in Polonia."],
  ])("nothing: %s", async (_name, text) => {
    expect((await roles(text)).filter((r) => r.includes("role.government"))).toEqual([]);
  }, 30000);

  it("validates the setting and government data", () => {
    const base = [{ words: ["re"], leads: "state", home: true, reason: "x" }];
    expect(() => validateRoleRules({ roles: base, setting: { cases: ["In"], motionVerbs: [], sentencesBack: 1, bodySentencesBack: 2, reason: "x" } }, "f.json")).toThrow(/setting/);
    expect(() => validateRoleRules({ roles: base, setting: { cases: ["in"], motionVerbs: [], sentencesBack: -1, bodySentencesBack: 2, reason: "x" } }, "f.json")).toThrow(/sentencesBack/);
    expect(() => validateRoleRules({ roles: base, governments: { nouns: ["governo"] } }, "f.json")).toThrow(/reason/);
    expect(validateRoleRules({ roles: base }, "f.json").setting).toBeUndefined();
  });
});
