// Table tests for the claims read over the parse: people counted by what happened to them,
// nominal states, attribution per part of the sentence, sources given by a description, and
// the owner of a figure when the sentence names who did the harm. Sentences written for the tests.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers.ts";

type Expected = { measure: string; amount: number; qualifier?: string; claimedBy?: string; about?: string };

describe("what a figure counts", () => {
  it.each<[string, Expected]>([
    ["Nell'esplosione sono state uccise 14 persone.", { measure: "killed", amount: 14 }],
    ["I ribelli hanno rivendicato l'uccisione di 30 soldati governativi.", { measure: "killed", amount: 30 }],
    ["Il rapporto denuncia la morte di 45 civili nel villaggio.", { measure: "killed", amount: 45 }],
    ["L'assalto si è concluso con il sequestro di 60 persone.", { measure: "captured", amount: 60 }],
    ["Le milizie hanno ucciso il sindaco, due consiglieri comunali e almeno sei giornalisti.", { measure: "killed", amount: 6, qualifier: "atLeast" }],
    ["Nella notte la Russia ha lanciato 120 droni contro Odessa.", { measure: "munitionsCount", amount: 120, about: "country/russia" }],
    ["La Moldavia ha annunciato una forza congiunta di 3mila uomini.", { measure: "troopsDeployed", amount: 3000 }],
    ["Il reparto in Ciad conterebbe circa 900 uomini.", { measure: "troopsDeployed", amount: 900, qualifier: "about" }],
    ["Sul terreno sono morti oltre 500 soldati estoni e circa 300 militari lettoni.", { measure: "killed", amount: 300, qualifier: "about", about: "country/latvia" }],
  ])("%s", async (text, expected) => {
    expect(await claimsOf(text, "2025-06")).toContainEqual(expect.objectContaining(expected));
  });
});

describe("not a figure about a country", () => {
  it.each([
    "Il petrolio costa 70 dollari al barile.",
    "Lo stipendio medio è di 500 euro al mese.",
    "Sono stati liberati 20 ostaggi in cambio di 600 detenuti.",
    "Un sondaggio condotto su 2.000 persone lo conferma.",
    "Alla cerimonia erano presenti 300 persone.",
  ])("%s", async (text) => {
    expect(await claimsOf(text)).toEqual([]);
  });

  it("reads a share of a count as no count of its own", async () => {
    const found = await claimsOf("Dei 50 ostaggi ancora nelle mani dei rapitori, almeno un terzo sarebbe morto.", "2025-06");
    expect(found).toEqual([expect.objectContaining({ measure: "captured", amount: 50 })]);
  });
});

describe("who states a figure", () => {
  it.each<[string, number, string | undefined]>([
    ["Secondo le autorità finlandesi, circa 200 soldati russi sono stati schierati al confine.", 200, "country/finland"],
    ["Il premier ha ricordato che la Spagna spenderà l'1,5%, pari secondo il governo a circa 20 miliardi di euro.", 2e10, "country/spain"],
    ["In Cile un terremoto ha ucciso 9 persone, secondo le autorità.", 9, "country/chile"],
    ["Il presidente Mario Bianchi ha criticato Bruxelles e ha annunciato di aver arruolato oltre 20mila volontari.", 20000, "person/mario-bianchi"],
    ["Un secondo attacco contro il convoglio aveva ucciso altre quattro persone.", 4, undefined],
    ["Secondo un ospedale locale, sono morti 80 civili; l'Etiopia sostiene di aver ucciso 40 ribelli.", 80, undefined],
    ["Secondo un ospedale locale, sono morti 80 civili; l'Etiopia sostiene di aver ucciso 40 ribelli.", 40, "country/ethiopia"],
    ["L'agenzia Reuters ha riferito che 70 soldati sono stati uccisi, mentre il ministro Ion Rusu sostiene che i morti sono almeno 90.", 70, "org/reuters"],
  ])("%s (%d)", async (text, amount, by) => {
    const c = (await claimsOf(text, "2025-06")).find((x) => x.amount === amount);
    expect(c).toBeDefined();
    expect(c!.claimedBy).toBe(by);
  });

  it("gives each part of the sentence the source named in it", async () => {
    const found = await claimsOf("L'agenzia Reuters ha riferito che 70 soldati sono stati uccisi, mentre il ministro Ion Rusu sostiene che i morti sono almeno 90.", "2025-06");
    expect(found.find((c) => c.amount === 90)?.claimedBy).toMatch(/^person\//);
  });

  it("goes on with the reported speech after a semicolon that names no one", async () => {
    const found = await claimsOf("Il Pentagono ha riferito che la Russia avrebbe ricevuto 40 missili; le consegne proseguirebbero al ritmo di 5mila proiettili al mese.", "2025-06");
    expect(found.map((c) => c.claimedBy)).toEqual(["org/us-dod", "org/us-dod"]);
  });
});

describe("whose figure it is", () => {
  it("never gives the dead to whoever killed them", async () => {
    const found = await claimsOf("La Turchia ha schierato 2.000 soldati al confine. Ankara ha avviato una nuova operazione. Sette persone sono state uccise in un attacco delle forze turche.", "2025-06");
    const dead = found.find((c) => c.measure === "killed");
    expect(dead?.amount).toBe(7);
    expect(dead?.about).not.toBe("country/turkey");
  });

  it.each<[string, number, string | undefined]>([
    ["In Portogallo i missili spagnoli hanno ucciso 5 persone.", 5, "country/portugal"],
    ["Gli alleati e il Giappone hanno stanziato oltre 5 miliardi di dollari.", 5e9, undefined],
    ["Nella valanga sono morte 200 persone in Nepal.", 200, "country/nepal"],
  ])("%s", async (text, amount, about) => {
    const c = (await claimsOf(text, "2025-06")).find((x) => x.amount === amount);
    expect(c).toBeDefined();
    expect(c!.about).toBe(about);
  });
});
