// Names no lexicon lists, found by their shape and typed by the evidence around them.
// Every sentence and name here is invented for the test.
import { describe, expect, it } from "vitest";
import { extractText, tagged } from "./helpers.ts";

describe("people nobody listed", () => {
  it.each([
    ["Ieri Gualtiero Passamonti ha presentato il suo libro a Lucca.", "Gualtiero Passamonti:Person"],
    ["Secondo Bronisław Kaczarek il piano era già fallito.", "Bronisław Kaczarek:Person"],
    ["La relazione di Ngozi Adeyemi-Okafor è stata discussa a lungo.", "Ngozi Adeyemi-Okafor:Person"],
    ["Il tecnico Arrigo Sbaraglini lascia la squadra dopo tre anni.", "Arrigo Sbaraglini:Person"],
    ["La presentatrice Ornella Castaldelli condurrà la serata.", "Ornella Castaldelli:Person"],
    ["Il pacco è stato consegnato a Marco Ferri nel pomeriggio.", "Marco Ferri:Person"],
    ["Alla cerimonia c'era anche Joost van der Brugge, poi partito.", "Joost van der Brugge:Person"],
    ["Le scelte di Harold T. Wimbleton furono criticate.", "Harold T. Wimbleton:Person"],
    ["Il consigliere Amelio D'Orsanti ha parlato a lungo.", "Amelio D'Orsanti:Person"],
    ["Il presidente Karim Yusuf al-Basri ha ricevuto i ministri.", "Karim Yusuf al-Basri:Person"],
    ["Hanno cantato Rosalind Fairweather, Teodoro Bassani e Ulla Kvist.", "Teodoro Bassani:Person"],
    ["È morto a Lucca Daniele Ospedaletti, pittore.", "Daniele Ospedaletti:Person"],
    ["Il piano è stato difeso anche da Ferrazzetti, assente ieri.", "Ferrazzetti:Person"],
    ["È stato ucciso il comandante dei Guardiani Sorvan Teodor Malvik e altri due.", "Teodor Malvik:Person"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });
});

describe("parties, militant groups, companies and clubs are organizations", () => {
  it.each([
    ["Il Partito dei Contadini Uniti ha ottenuto il dodici per cento.", "Partito dei Contadini Uniti:Organization"],
    ["La Brigata Sette Colli ha rivendicato l'attacco alla caserma.", "Brigata Sette Colli:Organization"],
    ["La Ferrandelli Costruzioni SpA ha licenziato quaranta operai.", "Ferrandelli Costruzioni SpA:Organization"],
    ["Il Pescarola Calcio ha battuto la capolista.", "Pescarola Calcio:Organization"],
    ["L'AC Valtorta ha vinto il derby.", "AC Valtorta:Organization"],
    ["Il cda della Brintex Holding ha approvato il bilancio.", "Brintex Holding:Organization"],
    ["Un portavoce della KVRT ha smentito la notizia.", "KVRT:Organization"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });

  it("a group that acts is no place, even after `la base di`", async () => {
    const t = await tagged("Zarquani ha rivendicato l'attacco. I droni hanno colpito la base di Zarquani.");
    expect(t.filter((x) => x.startsWith("Zarquani:"))).toEqual(["Zarquani:Organization", "Zarquani:Organization"]);
  });
});

describe("places abroad, by their Italian names", () => {
  it.each([
    ["Il vertice si è svolto a Copenaghen in marzo.", "Copenaghen:Place"],
    ["Il treno per Zurigo è partito in ritardo.", "Zurigo:Place"],
    ["Una nave è attraccata ieri a Tromsø.", "Tromsø:Place"],
    ["Gli scavi di Borgo San Dalmazzo sono stati riaperti.", "Borgo San Dalmazzo:Place"],
    ["La neve è caduta abbondante in Molise.", "Molise:Place"],
    ["La fabbrica si trova nel Karvastan orientale.", "Karvastan:Place"],
    ["Gli abitanti di Sorvalle hanno protestato a lungo.", "Sorvalle:Place"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });
});

describe("names stop where the name stops", () => {
  it.each([
    ["Il Consiglio regionale venerdì ha approvato la legge.", ["Consiglio regionale:Organization"]],
    ["Ieri la Fondazione Brenta Ludovico Arnaldi e tutti i soci hanno votato.", ["Fondazione Brenta:Organization", "Ludovico Arnaldi:Person"]],
    ["Il Senato accademico dove si vota da ieri è chiuso.", ["Senato accademico:Organization"]],
    ["Il premier Gualberto Ferrandi martedì incontrerà i sindacati.", ["Gualberto Ferrandi:Person"]],
  ])("%s", async (text, expected) => {
    const t = await tagged(text);
    for (const e of expected) expect(t).toContain(e);
    expect(t.some((x) => /venerdì|dove|tutti|martedì/.test(x))).toBe(false);
  });
});

describe("evidence from the neighbours", () => {
  it("names listed with a known place are places; a province code after a place is a place", async () => {
    const t = await tagged("La grandine ha colpito Lucca, Valdorenza e Brusimpiano. Il sindaco di Roccastrada (GR) ha chiesto aiuto.");
    expect(t).toEqual(expect.arrayContaining(["Lucca:Place", "Valdorenza:Place", "GR:Place"]));
  });

  it("acronyms written in title case inside a sentence are the listed bodies and countries", async () => {
    const x = await extractText("Le sanzioni degli Usa e della Ue sono state discusse all'Onu.");
    expect(x.mentions.map((m) => m.key)).toEqual(expect.arrayContaining(["country/united-states", "org/european-union", "org/united-nations"]));
  });
});

describe("institutions named by kind alone", () => {
  it("`la Procura`, `il governo` are references for NER, never entities of the graph", async () => {
    const { context } = await import("./helpers.ts");
    const { analyze } = await import("../../src/nlp/index.ts");
    const { recognizeEntities } = await import("../../src/extract/entities/index.ts");
    const ctx = await context();
    const text = "La Procura ha aperto un fascicolo e il governo tace.\n";
    const doc = analyze({ meta: { id: "t", file: "t", contentHash: "" }, text, metaSpans: {} }, ctx.nlp);
    const found = recognizeEntities(doc, ctx.extract.entities);
    expect(found.generic.map((m) => m.surface)).toEqual(["Procura", "governo"]);
    expect(found.entities).toEqual([]);
  });
});

describe("what is not a name", () => {
  it.each([
    "I missili Tornavento e i caccia Sparviero sono stati schierati.",
    "Sono stati abbattuti tre Sparviero e due Falchetto.",
    "Il Brenner Freedom Support Act è stato approvato.",
    "Alle 18 UTC il PIL e la CO2 erano in calo.",
    "La finale della Coppa Italia si giocherà domenica.",
    "Nato a Lucca nel 1950, fu pittore e incisore.",
    "La diplomazia italiana e quella brasiliana lavorano insieme.",
    "Tuttavia il piano non è mai partito.",
    "Ha votato contro la proposta.",
    "Nel XX secolo la città è cresciuta.",
  ])("%s", async (text) => {
    expect((await tagged(text)).filter((t) => !t.startsWith("Lucca:"))).toEqual([]);
  });

  it("a surname alone is the person the article named in full", async () => {
    const x = await extractText("La scrittrice Lavinia Bottecchiari ha vinto il premio. Bottecchiari ha ringraziato il pubblico.");
    const ms = x.mentions.filter((m) => m.surface.includes("Bottecchiari"));
    expect(ms).toHaveLength(2);
    expect(new Set(ms.map((m) => m.key)).size).toBe(1);
    expect(ms.every((m) => m.type === "Person")).toBe(true);
  });

  it("a particle or an initial of a name never tags its later uses", async () => {
    const t = await tagged("L'attore Di Bartolo Ferrucci ha parlato. Di recente è tornato. Il giorno dopo è partito.");
    expect(t).toEqual(["Di Bartolo Ferrucci:Person"]);
  });
});
