// Table tests for the meetings the token window used to read and the tree now reads, on
// sentences written for the tests: a second agent the parser hangs away from the first
// (`dal leader X e dal primo ministro Y`), a relative clause set at a visit that goes on with
// the traveller (`una missione, nel corso della quale è stato ricevuto da X`, `a X, dove ha incontrato Y`),
// the one a traveller received something from during a visit, a title's name the parser hung on a
// stray demonym (`il ministro degli Esteri russo X`); and sentences that must give none.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const DATE = " date 2026-03 Notizie.\n\n";
const facts = async (text: string) => {
  const x = await extractText(DATE + text);
  return new Set(x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`));
};

describe("meetings read over the tree", () => {
  it.each([
    ["both agents of a reception, the second hung away from the first, met the guest; the relative clause goes on with the traveller",
      "Wang Yi ha concluso martedì una missione in Vietnam, nel corso della quale è stato ricevuto dal segretario To Lam e dal premier Pham Minh Chinh.",
      ["person/to-lam meetsWith person/wang-yi", "person/pham-minh-chinh meetsWith person/wang-yi"],
      []],
    ["a relative clause of place goes on with the traveller, not with the place",
      "Il cancelliere Karl Brandt è arrivato a Lisbona, dove ha incontrato il premier portoghese Luís Antunes.",
      ["person/karl-brandt meetsWith person/luis-antunes", "person/karl-brandt visits place/lisbon"],
      []],
    ["a relative clause with its own subject keeps it",
      "Il cancelliere Karl Brandt è arrivato a Lisbona, dove il premier Rui Costa ha incontrato Jonas Vik.",
      ["person/jonas-vik meetsWith person/rui-costa"],
      ["person/karl-brandt meetsWith person/rui-costa", "person/jonas-vik meetsWith person/karl-brandt"]],
    ["the one a traveller received something from during the visit met him",
      "Wang Yi ha ottenuto da To Lam, durante la visita a Hanoi, la promessa di nuovi acquisti di gas.",
      ["person/to-lam meetsWith person/wang-yi", "person/wang-yi visits place/hanoi"],
      ["person/to-lam visits place/hanoi"]],
    ["one the traveller only spoke about during the visit did not meet him",
      "Wang Yi ha criticato To Lam durante la visita a Hanoi.",
      ["person/wang-yi visits place/hanoi"],
      ["person/to-lam meetsWith person/wang-yi"]],
    ["a title's name hung on a demonym the parser left stray (on the final stop) is still the object",
      "Oslo (Agenzia Fittizia) - Il ministro degli Esteri norvegese Espen Barth Eide ha incontrato a Praga il viceministro degli Esteri russo Andrej Rudenko.",
      ["person/andrej-rudenko meetsWith person/espen-barth-eide"],
      []],
    ["receiving a letter from someone, with no visit, is no meeting",
      "Il premier Rui Costa ha ricevuto una lettera da Jonas Vik.",
      [],
      ["person/jonas-vik meetsWith person/rui-costa"]],
  ])("%s", async (_name, text, expected, absent) => {
    const rel = await facts(text);
    for (const f of expected) expect(rel).toContain(f);
    for (const f of absent) expect(rel).not.toContain(f);
  });
});
