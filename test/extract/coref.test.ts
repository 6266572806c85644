// Table tests for the coreference passes that feed relation arguments (src/extract/coref),
// on invented sentences: each link names its pass in the fact's evidence, a description
// that matches nobody gives nothing, and each pass can be switched off in the data.
import { describe, expect, it } from "vitest";
import { context, extractText } from "./helpers.ts";
import { extract } from "../../src/extract/index.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";
import { parseArticle } from "../../src/syntax/index.ts";
import { validateCorefRules, type CorefPass } from "../../src/extract/coref/rules.ts";
import type { ArticleExtraction } from "../../src/types.ts";

const linked = (x: ArticleExtraction) =>
  x.relations.filter((r) => r.modality === "asserted" && /\((role-nationality|clitic-pronoun|dropped-subject)\)/.test(r.evidence.rule)).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`).sort();

async function withPasses(text: string, passes: CorefPass[]): Promise<ArticleExtraction> {
  const c = await context();
  const coref = { ...c.extract.relations.coref, passes: new Set(passes) };
  const article = parseArticle(analyze(ingest({ path: "t.txt", name: "t.txt", bytes: new TextEncoder().encode(text) }), c.nlp), c.syntax);
  return extract(article, { ...c.extract, relations: { ...c.extract.relations, coref } });
}

describe("coreference passes", () => {
  it.each([
    ["role + nationality to a person whose country nothing else tells", "Carlos Ruiz è atterrato a Oporto. Il premier spagnolo ha poi incontrato Luís Montenegro.",
      ["person/carlos-ruiz meetsWith person/luis-montenegro @ tree:meet-verb nsubj(role-nationality)+obj"]],
    ["an object clitic", "Jan Horak è arrivato a Lubiana sabato. Il premier Petr Novak lo ha accolto all'aeroporto.",
      ["person/jan-horak meetsWith person/petr-novak @ tree:meet-receive nsubj+obj(clitic-pronoun)"]],
    ["a dropped subject continues the previous main clause", "Il premier ceco Petr Novak è arrivato a Zagabria. Ha poi incontrato Jan Horak.",
      ["person/jan-horak meetsWith person/petr-novak @ tree:meet-verb nsubj(dropped-subject)+obj(post-verbal)"]],
  ])("%s", async (_name, text, expected) => {
    const facts = linked(await extractText(text));
    for (const f of expected) expect(facts).toContain(f);
  }, 30000);

  it("a resolved description gives its role: the premier of Spain leads Spain", async () => {
    const x = await extractText("Carlos Ruiz è atterrato a Oporto. Il premier spagnolo ha poi incontrato Luís Montenegro.");
    expect(x.relations.filter((r) => r.predicate === "leaderOf").map((r) => `${r.subject} ${r.object} @ ${r.evidence.rule}`)).toEqual(["person/carlos-ruiz country/spain @ role.leader:premier:role-nationality"]);
  }, 30000);

  it("a description the entity stage linked reads its own title", async () => {
    const x = await extractText("Jan Horak ha parlato con il presidente della Banca Hansa, con il premier ceco Marco Ferri e con altri. La Repubblica Ceca ha approvato.");
    const roles = x.relations.filter((r) => r.subject === "person/marco-ferri" && ["leaderOf", "memberOf"].includes(r.predicate)).map((r) => `${r.predicate} ${r.object}`);
    expect(roles).toEqual(["leaderOf country/czech-republic"]);
  }, 30000);

  it("a description goes to the latest person of its country, not the latest person", async () => {
    const x = await extractText("Il premier ceco Petr Novak ha parlato con Jan Horak. Il cancelliere austriaco Karl Huber è arrivato. Il premier ceco ha poi incontrato Marco Ferri.");
    const meets = x.relations.filter((r) => r.predicate === "meetsWith" && [r.subject, r.object].includes("person/marco-ferri")).map((r) => `${r.subject} ${r.object}`);
    expect(meets).toEqual(["person/marco-ferri person/petr-novak"]);
  }, 30000);

  it.each([
    ["a description that matches nobody (the only person is of another country)", "Il premier portoghese Marco Ferri ha parlato. Il premier spagnolo ha poi incontrato Jan Horak."],
    ["a dropped subject with nobody before it", "Ha poi incontrato Jan Horak."],
    ["a clitic with nobody before it", "Il premier Petr Novak lo ha accolto all'aeroporto."],
  ])("nothing: %s", async (_name, text) => {
    expect(linked(await extractText(text))).toEqual([]);
  }, 30000);

  it.each([
    ["role-nationality", "Carlos Ruiz è atterrato a Oporto. Il premier spagnolo ha poi incontrato Luís Montenegro."],
    ["clitic-pronoun", "Jan Horak è arrivato a Lubiana sabato. Il premier Petr Novak lo ha accolto all'aeroporto."],
    ["dropped-subject", "Il premier ceco Petr Novak è arrivato a Zagabria. Ha poi incontrato Jan Horak."],
  ] as [CorefPass, string][])("the %s pass is what makes the link", async (pass, text) => {
    const all: CorefPass[] = ["role-nationality", "clitic-pronoun", "dropped-subject"];
    expect(linked(await withPasses(text, all)).some((f) => f.includes(`(${pass})`))).toBe(true);
    expect(linked(await withPasses(text, all.filter((p) => p !== pass))).some((f) => f.includes(`(${pass})`))).toBe(false);
  }, 30000);

  it("validates the pass list", () => {
    expect(() => validateCorefRules({ passes: [{ id: "guess", reason: "x" }], clitics: ["lo"], sentencesBack: 2 }, "f.json")).toThrow(/unknown pass/);
    expect(() => validateCorefRules({ passes: [{ id: "clitic-pronoun" }], clitics: ["lo"], sentencesBack: 2 }, "f.json")).toThrow(/reason/);
    expect(() => validateCorefRules({ passes: [], clitics: ["lo"], sentencesBack: -1 }, "f.json")).toThrow(/sentencesBack/);
  });
});
