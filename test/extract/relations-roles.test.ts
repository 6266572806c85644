// Table tests for offices read where a person is introduced (roles.ts, data/rules/roles.json),
// on invented sentences: compound titles, plural roles shared over coordinated names, roles
// that lead and roles that do not, and a role that must not cross a verb to the next person.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import { validateRoleRules } from "../../src/extract/relations/roles.ts";

const roles = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.evidence.rule.startsWith("role.")).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

describe("roles", () => {
  it.each([
    ["a plural role shared by coordinated names", "Al vertice c'erano i ministri portoghesi Marco Ferri e Luca Donati.",
      ["person/marco-ferri memberOf country/portugal @ role.member:ministri", "person/luca-donati memberOf country/portugal @ role.member:ministri:shared"]],
    ["an invariant plural with the country before it", "Il Portogallo era rappresentato dai vicepremier Marco Ferri e Luca Donati.",
      ["person/marco-ferri memberOf country/portugal @ role.member:vicepremier", "person/luca-donati memberOf country/portugal @ role.member:vicepremier:shared"]],
    ["a secretary general leads the body named", "Il segretario generale dell'ONU Jonas Berg ha parlato a lungo.",
      ["person/jonas-berg leaderOf org/united-nations @ role.leader:segretario generale", "person/jonas-berg memberOf org/united-nations @ role.leader:segretario generale"]],
    ["the head of government leads the country", "Il capo del governo ceco Pavel Dvorak ha parlato ieri.",
      ["person/pavel-dvorak leaderOf country/czech-republic @ role.leader:capo del governo"]],
    ["a supreme leader leads the state", "La Guida suprema iraniana Ali Rezaei ha parlato ieri.",
      ["person/ali-rezaei leaderOf country/iran @ role.leader:guida suprema"]],
  ])("%s", async (_name, text, expected) => {
    expect(await roles(text)).toEqual([...expected].sort());
  }, 30000);

  it.each([
    ["a secretary general with no body named leads nothing", "Il segretario generale Jonas Berg ha parlato a lungo."],
    ["a role does not cross a verb to the next person", "Il ministro della Difesa lettone ha accolto Jonas Berg a Tallinn."],
    ["a singular role is not shared with a name coordinated after another role-less name", "Jonas Berg e Marco Ferri hanno parlato."],
    ["a role word the parser reads as a verb (inviato) is no role", "La cancelliera gli ha inviato un messaggio, poi diffuso da Olaf Scholz."],
    ["no second role across `, con il premier`", "Jan Horak ha parlato con il presidente della Banca Hansa, con il premier Marco Ferri e con altri."],
  ])("nothing: %s", async (_name, text) => {
    expect(await roles(text)).toEqual([]);
  }, 30000);

  it("validates the role data", () => {
    expect(() => validateRoleRules({ roles: [{ words: ["Ministro"], leads: "none", home: true, reason: "x" }] }, "f.json")).toThrow(/lower-case/);
    expect(() => validateRoleRules({ roles: [{ words: ["re"], leads: "king", home: true, reason: "x" }] }, "f.json")).toThrow(/leads/);
    expect(() => validateRoleRules({ roles: [{ words: ["re"], leads: "state", home: true, reason: "x" }, { words: ["re"], leads: "state", home: true, reason: "y" }] }, "f.json")).toThrow(/duplicate/);
    const r = validateRoleRules({ roles: [{ words: ["capo"], leads: "body", home: true, reason: "x" }, { words: ["capo", "del", "governo"], leads: "state", home: true, reason: "y" }] }, "f.json");
    expect(r.byFirst.get("capo")!.map((x) => x.words.length)).toEqual([3, 1]);
  });
});
