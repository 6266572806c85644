// Table tests for offices whose holder's country or body the role's own phrase does not name
// (roles.ts, roles-patron.ts, setting.ts, data/rules/roles.json), on invented sentences: a
// passage's setting carried by the officials who took it and stopped by a paragraph break;
// titles coordinated under one head; an office given by a person (`scelto da`, the government
// of X); a spokesperson as a body's voice; an organ standing for its international body; a
// head-of-state title over another noun (`il leader dell'opposizione`).
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const roles = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("role.")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("offices read beyond the role's phrase", () => {
  it.each([
    ["the setting carried by an official to the next sentence's",
      "Le proteste in Perù sono cresciute. La presidente Rosa Quispe ha convocato il gabinetto. Il ministro della Difesa Luis Mendoza ha schierato l'esercito.",
      ["person/luis-mendoza memberOf country/peru @ role.member:ministro:setting", "person/rosa-quispe leaderOf country/peru @ role.leader:presidente:setting"]],
    ["the carried setting is not claimed by the official who took it",
      "In Bolivia il clima è teso. Il premier Carlos Rojas, con il ministro degli Esteri Ana Paz, ha ricevuto i sindacati.",
      ["person/ana-paz memberOf country/bolivia @ role.member:ministro:setting", "person/carlos-rojas leaderOf country/bolivia @ role.leader:premier:setting"]],
    ["two coordinated titles, the second hung by the parser on the first one's verb",
      "Ha parlato il primo ministro e ministro dell'Interno del Kuwait Ahmad Al Sabah.",
      ["person/ahmad-al-sabah leaderOf country/kuwait @ role.leader:primo ministro:coordinated", "person/ahmad-al-sabah memberOf country/kuwait @ role.member:ministro"]],
    ["coordinated titles before a rank in apposition",
      "L'intesa è stata firmata dal presidente e ministro della Difesa della Sierra Leone, il generale Sorie Kamara, davanti ai giornalisti.",
      ["person/sorie-kamara leaderOf country/sierra-leone @ role.leader:presidente:coordinated", "person/sorie-kamara memberOf country/sierra-leone @ role.member:ministro"]],
    ["an envoy designated by a leader serves that leader's country",
      "La Germania ha cambiato linea. Anna Vogel, inviata speciale designata dal cancelliere Olaf Scholz, è arrivata a Sarajevo.",
      ["person/anna-vogel memberOf country/germany @ role.member:inviata:appointed", "person/olaf-scholz leaderOf country/germany @ role.leader:cancelliere"]],
    ["an adviser appointed by a leader, passive participle in apposition",
      "Il Giappone ha presentato il piano. Kenji Mori, il consigliere economico nominato dal premier Fumio Kishida, ha lasciato l'incarico.",
      ["person/fumio-kishida leaderOf country/japan @ role.leader:premier", "person/kenji-mori memberOf country/japan @ role.member:consigliere:appointed"]],
    ["a negotiator of a government named after its head",
      "L'Australia tratta da mesi. Ha parlato Tom Reid, il negoziatore del governo di Anthony Albanese.",
      ["person/anthony-albanese leaderOf country/australia @ role.government:governo", "person/tom-reid memberOf country/australia @ role.member:negoziatore:government"]],
    ["a spokesperson as the voice of the subject body",
      "Il ministero degli Esteri ungherese, per bocca del portavoce Lajos Kiss, ha respinto le accuse.",
      ["person/lajos-kiss memberOf org/hungary-ministero-degli-esteri @ role.member:portavoce:voice"]],
    ["a spokesperson as the voice of the subject of the verb",
      "Il Cremlino ha risposto per voce del portavoce Ivan Sokolov.",
      ["person/ivan-sokolov memberOf country/russia @ role.member:portavoce:voice"]],
    ["an organ listed as part of an international body stands for the body",
      "La Commissione europea ha presentato il piano. L'alta rappresentante Marja Lind ha chiesto unità.",
      ["person/marja-lind memberOf org/european-union @ role.member:alta rappresentante:passage-body"]],
    ["the head of an organ of the UN heads the UN",
      "Il Consiglio di sicurezza dell'ONU si è riunito. Il segretario generale Pablo Ortiz ha chiesto una tregua.",
      ["person/pablo-ortiz leaderOf org/united-nations @ role.leader:segretario generale:passage-body", "person/pablo-ortiz memberOf org/united-nations @ role.leader:segretario generale:passage-body"]],
    ["a leader of the opposition is no leader of the country",
      "Il leader dell'opposizione polacca Jan Kowalski ha chiesto nuove elezioni.",
      ["person/jan-kowalski memberOf country/poland @ role.member:leader:of-other"]],
    ["the state itself after the title keeps the leader",
      "Il presidente della Repubblica ceca Petr Novak ha firmato la legge.",
      ["person/petr-novak leaderOf country/czech-republic @ role.leader:presidente"]],
  ])("%s", async (_name, text, expected) => {
    expect(await roles(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a paragraph break ends the passage", "In Cile le proteste sono cresciute.\n\nIl presidente Tomás Vidal ha parlato a lungo.", "person/tomas-vidal"],
    ["a carried setting stops at a paragraph break", "In Cile le proteste sono cresciute. Il presidente Tomás Vidal ha parlato.\n\nIl ministro Juan Soto ha risposto.", "person/juan-soto"],
    ["an object coordinated with nothing shares no title", "Il presidente Ali Touré ha incontrato il ministro della Difesa del Mali, Moussa Diallo.", "person/ali-toure"],
    ["criticizing a government is not serving it", "La Francia tratta. Luc Morel ha criticato il governo di Olaf Scholz.", "person/luc-morel"],
    ["an appointer whose country is unknown gives nothing", "Kenji Mori, il consigliere nominato dal sindaco Paolo Bruni, ha lasciato l'incarico.", "person/kenji-mori"],
    ["`per` with another noun is no voice", "Il ministro Lajos Kiss ha parlato per un'ora con il portavoce del governo.", "person/lajos-kiss"],
  ])("nothing for the person: %s", async (_name, text, person) => {
    expect((await roles(text)).filter((r) => r.startsWith(`${person} `))).toEqual([]);
  }, 30000);
});
