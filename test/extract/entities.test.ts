// Table tests for entity recognition and resolution on sentences written for these tests
// (other names, other phrasings than the development articles).
import { describe, expect, it } from "vitest";
import { extractText, keys } from "./helpers.ts";

describe("entities from the lexicon, any spelling", () => {
  it.each([
    ["Il ministro Sergej Šojgu è arrivato ieri a Teheran.", "person/sergei-shoigu"],
    ["Secondo la Bielorussia, i colloqui sono andati bene.", "country/belarus"],
    ["La delegazione della Repubblica Popolare Democratica di Corea è partita.", "country/north-korea"],
    ["Gli Stati Uniti d'America hanno risposto con fermezza.", "country/united-states"],
  ])("%s -> %s", async (sentence, key) => {
    expect(keys(await extractText(sentence))).toContain(key);
  });
});

describe("names no lexicon lists", () => {
  it.each([
    ["Il viceministro della Difesa Ivan Petrovskij ha visitato la base.", "Person", "Ivan Petrovskij"],
    ["Lo ha detto Marta Kowalczyk, ricercatrice dell'Istituto polacco di affari internazionali.", "Person", "Marta Kowalczyk"],
    ["Il deputato Kang Min-seok ha chiesto chiarimenti.", "Person", "Kang Min-seok"],
    ["Secondo l'Istituto di studi strategici del Baltico, la minaccia cresce.", "Organization", "Istituto di studi strategici del Baltico"],
    ["Un rapporto del Center for Eurasian Maritime Studies (CEMS) lo conferma.", "Organization", "Center for Eurasian Maritime Studies"],
    ["L'agenzia Baltic Wire ha diffuso le immagini.", "Organization", "Baltic Wire"],
    ["I mercantili sono arrivati nel porto russo di Zarubino ieri.", "Place", "Zarubino"],
    ["I droni hanno colpito un deposito nella regione di Orenburg.", "Place", "Orenburg"],
  ])("%s -> %s %s", async (sentence, type, label) => {
    const x = await extractText(sentence);
    expect(x.entities.filter((e) => e.type === type).map((e) => e.label)).toContain(label);
  });

  it.each([
    "Oggi Piove Forte Su Tutta La Città.",
    "Nuove Sanzioni Contro Mosca",
  ])("headline case alone makes no person or organization: %s", async (sentence) => {
    const x = await extractText(sentence);
    expect(x.entities.filter((e) => e.type === "Person" || e.type === "Organization")).toEqual([]);
  });
});

describe("resolution inside an article", () => {
  it("a surname alone after the full name is the same person", async () => {
    const x = await extractText("Il ministro dell'Energia Pavel Sorokin è arrivato a Hanoi. Sorokin ha firmato tre accordi.");
    const sorokin = x.mentions.filter((m) => m.surface.includes("Sorokin"));
    expect(new Set(sorokin.map((m) => m.key)).size).toBe(1);
    expect(sorokin.length).toBe(2);
  });

  it("an acronym defined in parentheses is the same body later on", async () => {
    const x = await extractText("Il Centro studi per la sicurezza baltica (CSSB) ha pubblicato un rapporto. Il CSSB stima forti perdite.");
    const full = x.mentions.find((m) => m.surface.startsWith("Centro"))!;
    const later = x.mentions.filter((m) => m.surface === "CSSB" && m.sentence === 1);
    expect(later).toHaveLength(1);
    expect(later[0]!.key).toBe(full.key);
    expect(x.entities.find((e) => e.key === full.key)!.aliases).toContain("CSSB");
  });

  it("an acronym in title case, of the name in another language, is the same body later on", async () => {
    const x = await extractText("Le Forze di difesa popolari (Pdf) hanno occupato la città. Le Pdf controllano ora il porto.");
    const full = x.mentions.find((m) => m.surface.startsWith("Forze"))!;
    const later = x.mentions.filter((m) => m.surface === "Pdf" && m.sentence === 1);
    expect(later.map((m) => m.key)).toEqual([full.key]);
    expect(x.relations.filter((r) => r.subject === r.object || (r.subject === full.key && r.predicate === "partOf"))).toEqual([]);
  });

  it("a title-case word in brackets whose letters start no word of the name is no acronym", async () => {
    const x = await extractText("L'Istituto Cervantes (Madrid) ha aperto una sede. Madrid ha protestato.");
    const inst = x.mentions.find((m) => m.surface.startsWith("Istituto"));
    expect(x.mentions.filter((m) => m.surface === "Madrid").every((m) => m.key !== inst?.key)).toBe(true);
  });

  it("a capital that acts is the country; as a location it is the place", async () => {
    const x = await extractText("Mosca ha condannato l'attacco. Il vertice si terrà a Mosca.");
    const ms = x.mentions.filter((m) => m.surface === "Mosca");
    expect(ms.map((m) => m.key)).toEqual(["country/russia", "place/moscow"]);
  });

  it("a demonym with an agency is that country's agency, part of it", async () => {
    const x = await extractText("Il ministero della Difesa polacco ha confermato la notizia.");
    const org = x.entities.find((e) => e.type === "Organization");
    expect(org).toBeDefined();
    expect(x.relations.some((r) => r.subject === org!.key && r.predicate === "partOf" && r.object === "country/poland")).toBe(true);
  });
});

describe("descriptions resolved to one node", () => {
  it("a role with a demonym, after the person was introduced that way, is that person", async () => {
    const x = await extractText(" date 2025-06 Il leader nordcoreano Kim Jong-un ha ricevuto Shoigu. Il leader nordcoreano potrebbe visitare la Russia.");
    const later = x.mentions.find((m) => m.sentence === 1 && m.type === "Person");
    expect(later?.key).toBe("person/kim-jong-un");
    expect(later?.resolvedBy).toBe("coreference:role-demonym");
  });

  it.each([
    "Mosca e Pyongyang hanno firmato un trattato di reciproca difesa.",
    "Russia e Corea del Nord hanno un accordo di partnership strategica.",
    "Il patto di mutua difesa tra Russia e Corea del Nord preoccupa Seoul.",
  ])("a description of the June 2024 treaty resolves to it when its parties are named: %s", async (text) => {
    const x = await extractText(` date 2025-03 ${text}`);
    expect(x.entities.filter((e) => e.type === "Treaty").map((e) => e.key)).toEqual(["treaty/russia-north-korea-comprehensive-strategic-partnership-2024"]);
  });

  it("a treaty between other parties is a node of its own", async () => {
    const x = await extractText(" date 2025-03 Il Giappone e le Filippine hanno firmato un accordo di cooperazione militare.");
    const treaties = x.entities.filter((e) => e.type === "Treaty").map((e) => e.key);
    expect(treaties).toHaveLength(1);
    expect(treaties[0]).not.toBe("treaty/russia-north-korea-comprehensive-strategic-partnership-2024");
  });

  it("a description about something else is not the parties' listed treaty (a peace declaration is not their arms treaty)", async () => {
    const x = await extractText(" date 2025-03 Stati Uniti e Russia hanno firmato una dichiarazione di pace che apre nuovi negoziati.");
    const treaties = x.entities.filter((e) => e.type === "Treaty");
    expect(treaties.map((e) => e.label)).toEqual(["dichiarazione di pace"]);
    expect(treaties[0]!.key).not.toBe("treaty/new-start");
  });

  it("an arms-reduction description of the same parties still resolves to their arms treaty", async () => {
    const x = await extractText(" date 2025-03 Stati Uniti e Russia discutono il trattato di disarmo nucleare.");
    expect(x.entities.filter((e) => e.type === "Treaty").map((e) => e.key)).toEqual(["treaty/new-start"]);
  });

  it.each([
    "Il ministro ha letto una dichiarazione del governo.",
    "La dichiarazione congiunta è stata diffusa ieri.",
  ])("a declaration with nothing that makes it an agreement is no treaty: %s", async (text) => {
    const x = await extractText(text);
    expect(x.entities.filter((e) => e.type === "Treaty")).toEqual([]);
  });

  it("keeps the rule that attached every name", async () => {
    const x = await extractText("Il ministro Sergueï Choïgou è arrivato. Poi Choïgou è ripartito.");
    const shoigu = x.entities.find((e) => e.key === "person/sergei-shoigu")!;
    expect(shoigu.aliasRules["Sergueï Choïgou"]).toBeDefined();
    expect(Object.values(shoigu.aliasRules).every((r) => r.length > 0)).toBe(true);
  });
});
