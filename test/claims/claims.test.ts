// Table tests for attributed figures, on sentences written for the tests: every number
// form, qualifier, source form and date form, and distractors that are no claims.
import { describe, expect, it } from "vitest";
import { extractText } from "../extract/helpers.ts";

type Expected = { measure: string; amount: number; qualifier?: string; claimedBy?: string; about?: string; asOf?: string; amountMax?: number; unit?: string };

const claimsOf = async (text: string, date = "2025-06") => (await extractText(` date ${date} ${text}`)).claims;

describe("claims", () => {
  it.each<[string, Expected]>([
    ["Secondo il Pentagono, almeno 3.000 soldati nordcoreani sono stati feriti a dicembre.", { measure: "wounded", amount: 3000, qualifier: "atLeast", claimedBy: "org/us-dod", about: "country/north-korea", asOf: "2024-12" }],
    ["L'intelligence britannica stima che oltre 800 militari nordcoreani siano stati catturati.", { measure: "captured", amount: 800, qualifier: "moreThan" }],
    ["Il Giappone ha stanziato 2,5 miliardi di yen per la difesa.", { measure: "value", amount: 2.5e9, unit: "JPY" }],
    ["Secondo il NIS, circa 1.200 soldati nordcoreani sono morti a fine marzo.", { measure: "killed", amount: 1200, qualifier: "about", claimedBy: "org/nis", asOf: "2025-03" }],
    ["La Corea del Nord ha inviato 11mila soldati in Russia lo scorso anno.", { measure: "troopsDeployed", amount: 11000, asOf: "2024" }],
    ["Pyongyang invierà 4.000 operai nella regione di Belgorod.", { measure: "personnelDeployed", amount: 4000 }],
    ["Le perdite nordcoreane ammontano a circa 4.700 vittime, secondo Seoul.", { measure: "casualties", amount: 4700, qualifier: "about", claimedBy: "country/south-korea" }],
    ["La Corea del Nord fornisce fino al 60% delle munizioni usate dalla Russia.", { measure: "munitionsShare", amount: 60, qualifier: "upTo" }],
    ["Pyongyang avrebbe spedito otto milioni di proiettili d'artiglieria.", { measure: "munitionsCount", amount: 8e6 }],
    ["La Corea del Nord ha trasferito almeno 120 missili balistici.", { measure: "missilesCount", amount: 120, qualifier: "atLeast" }],
    ["Il commercio vale tra 1,2 e 3,4 miliardi di dollari, secondo un'analisi del CSIS.", { measure: "value", amount: 1.2e9, amountMax: 3.4e9, unit: "USD", claimedBy: "org/csis" }],
    ["Il NIS ha riferito che un centinaio di soldati nordcoreani sono morti.", { measure: "killed", amount: 100, qualifier: "about", claimedBy: "org/nis" }],
    ["Secondo l'ISW, circa duemila soldati nordcoreani sono stati schierati.", { measure: "troopsDeployed", amount: 2000, qualifier: "about", claimedBy: "org/isw" }],
    ["Kiev stima che 2.500 soldati nordcoreani siano stati uccisi e altri 1.800 feriti.", { measure: "wounded", amount: 1800 }],
    ["Il ministero della Difesa britannico ha stimato 900mila militari russi morti o feriti.", { measure: "casualties", amount: 900000, claimedBy: "org/uk-mod", about: "country/russia" }],
    ["Sono stati consegnati 40 missili, una decina dei quali già lanciati.", { measure: "missilesCount", amount: 10 }],
    ["La metà dei proiettili usati al fronte arriva da Pyongyang.", { measure: "munitionsShare", amount: 50 }],
  ])("%s", async (text, expected) => {
    const found = await claimsOf(text);
    expect(found).toContainEqual(expect.objectContaining(expected));
  });

  it.each([
    "Il volo è durato 86 minuti e ha percorso 7mila chilometri.",
    "La risoluzione è passata con 390 voti favorevoli e 52 astensioni.",
    "Un sondaggio condotto su 1.003 persone lo conferma.",
    "Il ponte misurerà 424 metri sul lato russo.",
    "Nel 2024 la situazione è peggiorata.",
    "Gli arrivi sono cresciuti di dodici volte.",
    "Oltre 400 passeggeri sono saliti sul primo volo.",
    "Migliaia di soldati sono rimasti feriti.",
  ])("no claim in a distractor: %s", async (text) => {
    expect(await claimsOf(text)).toEqual([]);
  });

  it("gives the source named in the next sentence to figures left without one", async () => {
    const found = await claimsOf("Nel 2024 sono entrati in Russia 9.000 lavoratori nordcoreani. Il dato proviene dalle statistiche dell'agenzia federale Rosstat.", "2025-02");
    expect(found).toContainEqual(expect.objectContaining({ measure: "personnelDeployed", amount: 9000 }));
    expect(found[0]!.claimedBy).toBe("org/rosstat");
  });

  it("keeps the sentence and the number's span as evidence", async () => {
    const [c] = await claimsOf("Secondo il NIS, circa 600 soldati nordcoreani sono morti.");
    expect(c!.evidence.text).toContain("600 soldati");
    expect(c!.evidence.focus).toBeDefined();
  });
});
