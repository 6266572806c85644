// Table tests for offices read over the dependency tree (roles.ts, roles-tree.ts,
// data/rules/roles.json), on invented sentences: the country of a role comes from the role's
// own phrase, never from another person's title; a role in apposition; a rank in apposition
// to an office; a host who receives a guest; a country whose `di` modifier is the office; a
// party named as the subject's own.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import { validateRoleRules } from "../../src/extract/relations/roles.ts";

const roles = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("role.")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("roles over the tree", () => {
  it.each([
    ["each title keeps its own demonym", "Il presidente brasiliano João Lima ha parlato con il capo dello Stato brasiliano Paul Otieno.",
      ["person/joao-lima leaderOf country/brazil @ role.leader:presidente", "person/paul-otieno leaderOf country/brazil @ role.leader:capo dello stato"]],
    ["a nationality adjective the tagger may read as a verb still closes the title", "Il ministro degli Esteri ucraino Petro Bondar ha visitato l'Ucraina e la Cina.",
      ["person/petro-bondar memberOf country/ukraine @ role.member:ministro"]],
    ["a name in apposition after the role and a comma", "Il segretario generale della NATO, Jonas Berg, ha parlato a lungo.",
      ["person/jonas-berg leaderOf org/nato @ role.leader:segretario generale", "person/jonas-berg memberOf org/nato @ role.leader:segretario generale"]],
    ["a rank in apposition to an office: the office tied to a body wins", "Per il capo dei servizi segreti militari lettoni, il colonnello Peeter Tamm, la difesa ha retto.",
      ["person/peeter-tamm leaderOf org/latvia-servizi-segreti-militari @ role.leader:capo", "person/peeter-tamm memberOf org/latvia-servizi-segreti-militari @ role.leader:capo",
        "person/peeter-tamm memberOf country/latvia @ role.organ-country:leaderOf+partOf role.leader:capo"]],
    ["a host who receives a guest in a country holds office there", "Il ministro Rui Calado è arrivato in Cile, dove è stato accolto dal presidente Diego Soto.",
      ["person/diego-soto leaderOf country/chile @ role.leader:presidente:host"]],
    ["a country whose `di` modifier is the office", "La Grecia del premier Nikos Pappas ha protestato.",
      ["person/nikos-pappas leaderOf country/greece @ role.leader:premier"]],
    ["a role reached by `con` is not the phrase of the role before it", "Il ministro Rui Calado ha telefonato, assieme al vicepresidente Tom Hale, al premier thailandese Somchai Wong.",
      ["person/somchai-wong leaderOf country/thailand @ role.leader:premier"]],
    ["a party named as the subject's own", "Il ministro Marco Tulli è tornato al Senato con il suo partito, Forza Nuova.",
      ["person/marco-tulli memberOf org/forza-nuova @ role.member:partito:possessive nsubj<nmod>det:poss"]],
    ["a person named after `di` in the role's phrase is not its holder", "Paolo Verdi, consigliere del ministero degli Esteri greco e amico personale di Ivan Petrov, è arrivato.",
      ["person/paolo-verdi memberOf org/greece-ministero-degli-esteri @ role.member:consigliere"]],
    ["a body named again by its head word", "Il Comando alpino ha chiuso l'esercitazione. Ne ha dato notizia il portavoce del Comando, il tenente Marco Serra.",
      ["person/marco-serra memberOf org/comando-alpino @ role.member:portavoce"]],
    ["a name in apposition after an article and a nationality noun; a listed body by its head word", "La Banca mondiale ha tagliato le stime. Il direttore generale della Banca, il brasiliano Paulo Souza, ha chiesto fondi.",
      ["person/paulo-souza leaderOf org/banca-mondiale @ role.leader:direttore generale", "person/paulo-souza memberOf org/banca-mondiale @ role.leader:direttore generale"]],
    ["two coordinated titles, each with its own holder", "Il primo ministro portoghese Rui Calado e il presidente greco Nikos Pappas hanno firmato l'intesa.",
      ["person/rui-calado leaderOf country/portugal @ role.leader:primo ministro", "person/nikos-pappas leaderOf country/greece @ role.leader:presidente"]],
  ])("%s", async (_name, text, expected) => {
    expect(await roles(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["no country borrowed from another person's title", "Il presidente brasiliano João Lima ha parlato con il capo dello Stato Paul Otieno.", "person/paul-otieno"],
    ["a guest is not the host's", "Il ministro Rui Calado è arrivato in Cile, dove è stato accolto dal presidente Diego Soto.", "person/rui-calado"],
    ["a host with no receiving verb: the place of a meeting is no office", "Il ministro Rui Calado ha incontrato a Roma la presidente Ana Lopez.", "person/ana-lopez"],
    ["receiving is not owning: the country that welcomes a premier is not his", "La Francia ha accolto il premier Nikos Pappas.", "person/nikos-pappas"],
    ["a party named without a possessive is not one's own", "Il ministro Marco Tulli ha criticato il partito Forza Nuova.", "person/marco-tulli"],
    ["an office reached by `a` is no owner of the office before it", "Il ministro Rui Calado ha telefonato, assieme al vicepresidente Tom Hale, al premier thailandese Somchai Wong.", "person/tom-hale"],
    ["a head word no body named before starts", "Il portavoce del Comando, il tenente Marco Serra, ha parlato.", "person/marco-serra"],
  ])("nothing: %s", async (_name, text, person) => {
    expect((await roles(text)).filter((r) => r.startsWith(`${person} `))).toEqual([]);
  }, 30000);

  it("validates the verb and body lists", () => {
    const base = { roles: [{ words: ["re"], leads: "state", home: true, reason: "x" }] };
    expect(() => validateRoleRules({ ...base, hostVerbs: { lemmas: ["Ricevere"], reason: "x" } }, "f.json")).toThrow(/hostVerbs/);
    expect(() => validateRoleRules({ ...base, ownerVerbs: { lemmas: ["eleggere"] } }, "f.json")).toThrow(/ownerVerbs/);
    expect(() => validateRoleRules({ ...base, memberBodies: { nouns: [], reason: 3 } }, "f.json")).toThrow(/memberBodies/);
    expect(validateRoleRules({ ...base, hostVerbs: { lemmas: ["ricevere"], reason: "x" } }, "f.json").hostVerbs).toEqual(["ricevere"]);
  });
});
