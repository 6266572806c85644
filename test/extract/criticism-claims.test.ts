// Table tests, on invented sentences, for figures inside an accusation: the figure is the
// accuser's allegation, never a plain fact, and the accuser is read from the accusing verb's whole
// subject phrase (a minister under his title, a government under its demonym), not only from its
// head word; an accusation made by no one named leaves the source open.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const figures = async (text: string) =>
  (await extractText(text)).claims.map((c) => `${c.measure} ${c.amount} ${c.modality ?? "asserted"}${c.claimedBy ? ` by ${c.claimedBy}` : ""}`);

describe("a figure in an accusation is its accuser's allegation", () => {
  it.each([
    ["the accuser named by its country", "La Moldavia accusa la Bielorussia di aver addestrato 3.000 miliziani in Transnistria.",
      ["troopsDeployed 3000 alleged by country/moldova"]],
    ["a government under its demonym", "Il governo moldavo ha accusato Minsk di aver inviato 500 soldati al confine.",
      ["troopsDeployed 500 alleged by country/moldova"]],
    ["a minister under his title", "Il ministro degli Esteri moldavo Mihai Popșoi ha accusato Minsk di aver inviato 500 soldati al confine.",
      ["troopsDeployed 500 alleged by person/mihai-popsoi"]],
    ["blamed, the same allegation", "La Lettonia ha incolpato Minsk di aver ammassato 800 soldati al confine.",
      ["troopsDeployed 800 alleged by country/latvia"]],
    ["an accuser that is no one named", "Molti osservatori accusano Minsk di aver inviato 500 soldati al confine.",
      ["troopsDeployed 500 alleged"]],
  ])("%s", async (_name, text, expected) => {
    expect(await figures(text)).toEqual(expected);
  }, 30000);

  it("the same figure told as fact carries no accuser", async () => {
    expect(await figures("Il governo moldavo ha detto che Minsk ha inviato 500 soldati al confine.")).not.toContainEqual(expect.stringContaining("alleged"));
  }, 30000);
});
