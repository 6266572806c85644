// Table tests for where a site lies (places.ts `place-in`, entities/place.ts cued places):
// invented sentences on other countries. A site lies in the place its locative phrase names;
// not in a place it is only near (`vicino a`, `a nord di`, `nei pressi di`), not in the country
// whose demonym names who runs it (`la base russa di X`), and nothing is placed by a person's
// birthplace, a place a body only works in, or a base aimed at a country.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const located = async (text: string) =>
  (await extractText(text)).relations.filter((r) => r.predicate === "locatedIn" && !r.subject.startsWith("event/")).map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();

describe("a site in a place", () => {
  it.each([
    ["a camp in the north of a country", "Il campo profughi di Kakuma, nel nord del Kenya, ospita 200mila persone.", ["place/kakuma locatedIn country/kenya"]],
    ["a refinery on a country's coast", "La raffineria di Ras Tanura, sulla costa orientale dell'Arabia Saudita, è stata colpita.", ["place/ras-tanura locatedIn country/saudi-arabia"]],
    ["a dam in a region named after its city", "La diga di Kakhovka, nella regione di Kherson, è crollata.", ["place/kakhovka locatedIn place/kherson"]],
    ["a foreign power's base lies where the comma says, not in the power", "La base russa di Hmeimim, in Siria, resta operativa.", ["place/hmeimim locatedIn country/syria"]],
    ["a base attacked, with its country", "Il generale nigeriano ha guidato l'attacco contro la base di Sambisa in Camerun.", ["place/sambisa locatedIn country/cameroon"]],
  ])("%s", async (_name, text, expected) => {
    expect(await located(text)).toEqual(expected);
  }, 30000);

  it.each([
    ["a direction from a city", "La base aerea di Bagram, a nord di Kabul, è stata abbandonata."],
    ["nearness to a city", "La base di Manta, vicino a Guayaquil, ospiterà i soldati americani."],
    ["a demonym on a base names who runs it", "I droni hanno colpito la base turca di Bashiqa."],
    ["a border with a country", "Il valico di Torkham, al confine con il Pakistan, è chiuso."],
    ["a base aimed at a country", "Il Venezuela ha costruito una base missilistica contro la Colombia."],
    ["a body that only works in a country", "Medici Senza Frontiere opera in Sudan da vent'anni."],
    ["a person born in a city", "Amadou Diallo, nato a Mopti, guida oggi il partito a Kayes."],
    ["a base spoken of in another country", "Il presidente colombiano ha parlato in Ecuador della base di Manta."],
  ])("nothing: %s", async (_name, text) => {
    expect(await located(text)).toEqual([]);
  }, 30000);
});
