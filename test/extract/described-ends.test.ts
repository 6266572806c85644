// Every relation an article gives has both ends described by that article, so no fact is
// dropped when the graph is built: a country implied only by a demonym (`la fondazione
// tedesca`) or by a place in it is described from the lexicon.
import { describe, expect, it } from "vitest";
import { extractText, rel } from "./helpers.ts";

describe("every relation end is described by its article", () => {
  it.each([
    // A body qualified by a demonym belongs to that country, which the text never names.
    ["La Guardia costiera greca ha soccorso quaranta persone al largo di Creta.", "country/greece"],
    // A ministry qualified by a demonym is part of that country.
    ["Il ministero degli Esteri austriaco ha convocato l'ambasciatore.", "country/austria"],
  ])("%s", async (text, country) => {
    const x = await extractText(text);
    const described = new Set(x.entities.map((e) => e.key));
    expect([...rel(x)].some((r) => r.endsWith(country))).toBe(true);
    for (const r of x.relations) {
      expect(described.has(r.subject), r.subject).toBe(true);
      expect(described.has(r.object), r.object).toBe(true);
    }
  });

  it("drops the facts of an event that got no description (a signing of a treaty no lexicon lists)", async () => {
    // The shape of bench/generate.ts's articles: the place of the visit is read as the signing's too.
    const x = await extractText(" date 2025-03 Titolo\n\nLa visita di Anni Steich a Parigi segue la firma del trattato di cooperazione tra il Regno Unito e la Francia. Il Giappone ha stanziato aiuti per la Turchia.\n");
    const described = new Set(x.entities.map((e) => e.key));
    for (const r of x.relations) expect(described.has(r.subject) && described.has(r.object), `${r.subject} ${r.predicate} ${r.object}`).toBe(true);
    for (const m of x.mentions) expect(described.has(m.key), m.key).toBe(true);
  });
});
