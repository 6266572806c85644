// Table tests for the modality of figures (src/extract/claims/modality.ts, the `modality`
// group of data/rules/claims.json), on invented sentences: a planned, possible, denied or
// alleged figure says so; a figure told as fact, or in the news conditional of hearsay,
// carries none. An allegation with no other source is its accuser's.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

const figures = async (text: string) =>
  (await extractText(text)).claims.map((c) => `${c.measure} ${c.amount} ${c.modality ?? "asserted"}${c.claimedBy ? ` by ${c.claimedBy}` : ""}`);

describe("claim modality over the tree", () => {
  it.each([
    ["a modal verb over the sending", "La Germania potrebbe inviare 5.000 soldati in Lituania.", ["troopsDeployed 5000 hypothetical"]],
    ["a plan noun as the clause's subject", "Il piano prevede l'invio di 4.000 soldati in Estonia.", ["troopsDeployed 4000 hypothetical"]],
    ["a verb of planning", "Il governo norvegese intende mandare 1.500 soldati in Finlandia.", ["troopsDeployed 1500 hypothetical"]],
    ["a verb of denial", "Il governo ha escluso di mandare 3.000 soldati in Romania.", ["troopsDeployed 3000 negated"]],
    ["a negator on the clause", "Il Belgio non ha inviato 2.000 soldati in Polonia.", ["troopsDeployed 2000 negated"]],
    ["a noun of refusal holding the figure", "Il veto all'invio di 6.000 soldati è arrivato ieri.", ["troopsDeployed 6000 negated"]],
    ["an accusation, claimed by the accuser", "La Polonia accusa la Bielorussia di aver ammassato 20.000 soldati al confine.", ["troopsDeployed 20000 alleged by country/poland"]],
  ])("%s", async (_name, text, expected) => {
    expect(await figures(text)).toEqual(expected);
  }, 30000);

  it.each([
    ["a figure told as fact", "La Germania ha inviato 5.000 soldati in Lituania.", ["troopsDeployed 5000 asserted"]],
    ["the news conditional of hearsay is no hypothesis", "Secondo Varsavia, la Bielorussia avrebbe ammassato 20.000 soldati al confine.", ["troopsDeployed 20000 asserted by country/poland"]],
    ["a negation in another clause does not reach the figure", "Il ministro non ha commentato, ma la Germania ha inviato 5.000 soldati in Lituania.", ["troopsDeployed 5000 asserted"]],
  ])("asserted: %s", async (_name, text, expected) => {
    expect(await figures(text)).toEqual(expected);
  }, 30000);
});
