// Table tests for the claims read over the parse: people counted by what happened to them,
// nominal states, attribution per part of the sentence, sources given by a description, and
// the owner of a figure when the sentence names who did the harm. Sentences written for the tests.
import { describe, expect, it } from "vitest";
import { claimsOf } from "./helpers.ts";

type Expected = { measure: string; amount: number; qualifier?: string; claimedBy?: string; about?: string };

describe("what a figure counts", () => {
  it.each<[string, Expected]>([
    ["Nell'esplosione sono state uccise 14 persone.", { measure: "killed", amount: 14 }],
    ["Un video dei ribelli mostra l'uccisione di 30 soldati governativi.", { measure: "killed", amount: 30 }],
    ["Il rapporto denuncia la morte di 45 civili nel villaggio.", { measure: "killed", amount: 45 }],
    ["L'assalto si è concluso con il sequestro di 60 persone.", { measure: "captured", amount: 60 }],
    ["Le milizie hanno ucciso il sindaco, due consiglieri comunali e almeno sei giornalisti.", { measure: "killed", amount: 6, qualifier: "atLeast" }],
    ["Nella notte la Russia ha lanciato 120 droni contro Odessa.", { measure: "munitionsCount", amount: 120, about: "country/russia" }],
    ["Moldavia e Romania metteranno in campo una forza di 3mila uomini.", { measure: "troopsDeployed", amount: 3000 }],
    ["Stando al comando, la brigata conta ormai circa 900 uomini.", { measure: "troopsDeployed", amount: 900, qualifier: "about" }],
    ["Durante l'assedio furono uccisi 500 soldati estoni e quasi 300 militari lettoni.", { measure: "killed", amount: 300, qualifier: "about", about: "country/latvia" }],
  ])("%s", async (text, expected) => {
    expect(await claimsOf(text, "2025-06")).toContainEqual(expect.objectContaining(expected));
  });
});

describe("not a figure about a country", () => {
  it.each([
    "Il greggio è scambiato a 70 dollari al barile.",
    "Lo stipendio medio è di 500 euro al mese.",
    "Il governo ha rilasciato 600 detenuti e i ribelli hanno restituito 20 ostaggi.",
    "Il sondaggio ha coinvolto 2.000 persone.",
    "Alla cerimonia erano presenti 300 persone.",
  ])("%s", async (text) => {
    expect(await claimsOf(text)).toEqual([]);
  });

  it("reads a share of a count as no count of its own", async () => {
    const found = await claimsOf("I rapitori trattengono ancora 50 ostaggi, un quarto dei quali sarebbe ferito.", "2025-06");
    expect(found).toEqual([expect.objectContaining({ measure: "captured", amount: 50 })]);
  });
});

describe("who states a figure", () => {
  it.each<[string, number, string | undefined]>([
    ["Secondo le autorità finlandesi, circa 200 soldati russi sono stati schierati al confine.", 200, "country/finland"],
    ["La Spagna investirà nella difesa circa 20 miliardi di euro, secondo il governo.", 2e10, "country/spain"],
    ["Secondo le autorità, il terremoto in Cile ha provocato 9 morti.", 9, "country/chile"],
    ["Il generale Mario Bianchi ha lodato i reparti e ha dichiarato di aver reclutato 20mila volontari nella guardia nazionale.", 20000, "person/mario-bianchi"],
    ["Un secondo attacco contro il convoglio aveva ucciso altre quattro persone.", 4, undefined],
    ["La Serbia non ha confermato il bilancio, e il generale Mario Bianchi ha stanziato 8 milioni di euro per le famiglie.", 8e6, undefined],
    ["Sono morti 80 civili secondo un ospedale da campo; l'Etiopia afferma invece che i ribelli uccisi sono 40.", 80, undefined],
    ["Sono morti 80 civili secondo un ospedale da campo; l'Etiopia afferma invece che i ribelli uccisi sono 40.", 40, "country/ethiopia"],
    ["Per l'agenzia Reuters i soldati uccisi sono 70, mentre il ministro Ion Rusu parla di almeno 90 morti.", 70, "org/reuters"],
  ])("%s (%d)", async (text, amount, by) => {
    const c = (await claimsOf(text, "2025-06")).find((x) => x.amount === amount);
    expect(c).toBeDefined();
    expect(c!.claimedBy).toBe(by);
  });

  it("gives each part of the sentence the source named in it", async () => {
    const found = await claimsOf("Per l'agenzia Reuters i soldati uccisi sono 70, mentre il ministro Ion Rusu parla di almeno 90 morti.", "2025-06");
    expect(found.find((c) => c.amount === 90)?.claimedBy).toMatch(/^person\//);
  });

  it("goes on with the reported speech after a semicolon that names no one", async () => {
    const found = await claimsOf("Il Pentagono ha riferito che la Russia avrebbe ricevuto 40 missili; altri 5mila proiettili arriverebbero entro l'estate.", "2025-06");
    expect(found.map((c) => c.claimedBy)).toEqual(["org/us-dod", "org/us-dod"]);
  });
});

describe("whose figure it is", () => {
  it("never gives the dead to whoever killed them", async () => {
    const found = await claimsOf("La Turchia ha schierato 2.000 soldati al confine. Ankara ha avviato una nuova operazione. Un bombardamento dell'aviazione turca ha causato la morte di sette civili.", "2025-06");
    const dead = found.find((c) => c.measure === "killed");
    expect(dead?.amount).toBe(7);
    expect(dead?.about).not.toBe("country/turkey");
  });

  it("never gives the dead to whoever says it killed them", async () => {
    const found = await claimsOf("L'Etiopia ha schierato 2.000 soldati al confine. L'Etiopia ha chiuso lo spazio aereo. L'Etiopia dichiara di avere ucciso 900 ribelli nella regione.", "2025-06");
    const dead = found.find((c) => c.amount === 900);
    expect(dead?.measure).toBe("killed");
    expect(dead?.about).not.toBe("country/ethiopia");
  });

  it("gives the men lost to whoever lost them", async () => {
    const found = await claimsOf("L'Etiopia ha schierato 2.000 soldati al confine. L'Etiopia ha perso 50 uomini.", "2025-06");
    expect(found.find((c) => c.amount === 50)).toEqual(expect.objectContaining({ measure: "casualties", about: "country/ethiopia" }));
  });

  it.each<[string, number, string | undefined]>([
    ["Un drone serbo ha ferito 5 agenti di frontiera in Croazia.", 5, "country/croatia"],
    ["Il Giappone e la Corea del Sud verseranno 5 miliardi di dollari al fondo.", 5e9, undefined],
    ["Nella valanga sono morte 200 persone in Nepal.", 200, "country/nepal"],
  ])("%s", async (text, amount, about) => {
    const c = (await claimsOf(text, "2025-06")).find((x) => x.amount === amount);
    expect(c).toBeDefined();
    expect(c!.about).toBe(about);
  });
});

describe("figures that take up the one before", () => {
  it("reads a partitive `ne` as the sentence's first figure, with the source of its own part", async () => {
    const found = await claimsOf("Le autorità sudanesi contano 300 morti e 900 feriti; Amnesty International ne stima invece almeno 520.", "2025-06");
    expect(found).toEqual([
      expect.objectContaining({ measure: "killed", amount: 300, claimedBy: "country/sudan" }),
      expect.objectContaining({ measure: "wounded", amount: 900, claimedBy: "country/sudan" }),
      expect.objectContaining({ measure: "killed", amount: 520, qualifier: "atLeast", claimedBy: "org/amnesty" }),
    ]);
  });

  it("keeps `di cui N` in the figure's measure when its noun alone says nothing", async () => {
    const found = await claimsOf("L'esplosione ha ucciso 60 persone, di cui 20 bambini.", "2025-06");
    expect(found.map((c) => [c.measure, c.amount])).toEqual([["killed", 60], ["killed", 20]]);
  });

  it("gives the dead a health body counts to that body's country", async () => {
    const found = await claimsOf("Il ministero della Salute somalo ha contato 45 morti.", "2025-06");
    expect(found).toEqual([expect.objectContaining({ measure: "killed", amount: 45, about: "country/somalia", claimedBy: "org/somalia-ministero-della-salute" })]);
  });
});
