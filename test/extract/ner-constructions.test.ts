// Constructions that decide a name's span or type, with sentences invented for the test
// (invented bodies, treaties and products; real places where the gazetteer is what is tested).
// Each table has sentences that must give nothing of the kind.
import { describe, expect, it } from "vitest";
import { nerSpans, tagged } from "./helpers.ts";
import { isKoreanNameShape } from "../../src/extract/entities/names.ts";
import type { Token } from "../../src/types.ts";

describe("a body's name runs as far as its own words", () => {
  it.each([
    // A compound remit: `e` and another `di` phrase go on with the name.
    ["Il Ministero delle politiche agricole e delle foreste ha firmato il decreto.", "Ministero delle politiche agricole e delle foreste:ORG"],
    ["Il Movimento 3 Colline ha presentato le sue liste.", "Movimento 3 Colline:ORG"],
    ["Il Fondo per la tutela dei boschi ha acquistato la villa.", "Fondo per la tutela dei boschi:ORG"],
    ["Ne ha discusso la Commissione per gli Affari Costituzionali ieri.", "Commissione per gli Affari Costituzionali:ORG"],
    ["Lo ha confermato il dipartimento della Sanità in una nota.", "dipartimento della Sanità:ORG"],
    ["Una nota della Presidenza del consiglio regionale è arrivata ieri.", "Presidenza del consiglio regionale:ORG"],
    // `con` and another party, `e` and another body, an indefinite article: the name has ended.
    ["L'Istituto di studi politici con l'ambasciata ha organizzato un convegno.", "Istituto di studi politici:ORG"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it.each([
    ["Il Ministero della difesa e le forze armate sono pronti.", "Ministero della difesa e le forze armate:ORG"],
    ["Il dialogo tra Senato e Governo si è riacceso in aula.", "Senato e Governo:ORG"],
    ["Il Comitato di una città vicina ha votato contro.", "Comitato di una città:ORG"],
    ["Il Partito ha 12 deputati in aula.", "Partito ha 12:ORG"],
    ["Il dipartimento ha chiuso per una settimana.", "dipartimento:ORG"],
  ])("%s", async (text, wrong) => {
    expect(await nerSpans(text)).not.toContain(wrong);
  });
});

describe("codes that name roads and newsrooms, and codes that name nothing", () => {
  it.each([
    ["Un incidente sulla SS 36 ha bloccato il traffico per ore.", "SS 36:LOC"],
    ["La notizia è stata data dal TG3 delle venti.", "TG3:ORG"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it.each([
    ["Gli agenti hanno sequestrato LSD e altre droghe in un garage.", "LSD"],
    ["Alla festa suonava un DJ fino all'alba.", "DJ"],
  ])("%s", async (text, word) => {
    expect((await nerSpans(text)).filter((x) => x.startsWith(`${word}:`))).toEqual([]);
  });
});

describe("a capitalized treaty head and its di phrase name a treaty", () => {
  it.each([
    ["Nel 1998 i due Paesi firmarono la Carta del Brenvalle a Varazze.", "Carta del Brenvalle:Treaty"],
    ["Il governo ha sospeso il Trattato di navigazione del Tarvo, firmato nel 1960.", "Trattato di navigazione del Tarvo:Treaty"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });

  it.each([
    "Ha mostrato la carta d'identità al controllo di frontiera.",
    // `Alleanza` also opens the names of blocs and parties.
    "L'Alleanza dei Verdi del Nord ha votato contro la legge.",
  ])("%s", async (text) => {
    expect((await tagged(text)).filter((x) => x.endsWith(":Treaty"))).toEqual([]);
  });
});

describe("names with particles and elisions", () => {
  it("Spanish `de los` inside a body's name", async () => {
    expect(await tagged("È accusato di guidare il Cartel de las Piedras da anni.")).toContain("Cartel de las Piedras:Organization");
  });

  it("an elided word joined to an ordinary word is no name", async () => {
    expect((await tagged("Sul sito del giornale c'è la rubrica Quest'estate con i consigli di viaggio.")).filter((x) => x.startsWith("Quest"))).toEqual([]);
    expect((await tagged("Sul sito del giornale c'è la rubrica Mezz'ora con i consigli di viaggio.")).filter((x) => x.startsWith("Mezz"))).toEqual([]);
  });

  it("an elision before a capitalized name is still a name", async () => {
    expect(await tagged("Ne ha parlato ieri Massimo D'Alessio davanti ai giornalisti.")).toContain("Massimo D'Alessio:Person");
  });

  it("a place the name lists spell with a typographic apostrophe is found", async () => {
    expect(await nerSpans("Le navi hanno raggiunto il Territorio Britannico dell’Oceano Indiano ieri.")).toEqual(["Territorio Britannico dell’ Oceano Indiano:LOC"]);
  });
});

describe("a name the article gives as a product's", () => {
  it("is no body where it stands bare", async () => {
    const text = "L'esercito ha ordinato i sistemi di difesa aerea Falchetto. Il ministro chiede i Falchetto entro l'anno.";
    expect((await tagged(text)).filter((x) => x.startsWith("Falchetto"))).toEqual([]);
  });

  it("is a body when no product's kind ever comes before it", async () => {
    expect(await tagged("Il ministro ha incontrato i vertici di Falchetto entro l'anno.")).toContain("Falchetto:Organization");
  });
});

describe("a Korean name's shape is made of Korean syllables", () => {
  const tokens = (words: string[]) => words.map((text) => ({ text, lower: text.toLowerCase() }) as Token);
  it.each([
    [["Park", "Min", "Ho"], true],
    [["Kim", "Jong", "Un"], true],
    [["Hwang", "Seong"], false],
    [["Lee", "Jae-myung"], true],
    // English and Spanish words of the same length: no Korean coda or onset.
    [["Black", "Eyed", "Suns"], false],
    [["Best", "Fun", "Boys"], false],
    [["Los", "Van", "Tin"], false],
  ])("%j", (words, expected) => {
    expect(isKoreanNameShape(tokens(words as string[]))).toBe(expected);
  });

  it("three short Korean syllables after a verb are a person", async () => {
    expect(await nerSpans("Ieri ha parlato Park Min Ho davanti ai giornalisti.")).toContain("Park Min Ho:PER");
  });
});

describe("towns listed with a club in a match sentence are clubs", () => {
  it("the club's type runs along the list", async () => {
    expect(await nerSpans("In carriera ha giocato nel Varazze, Lecco e Chiavari, segnando nella partita vinta 2-1.")).toEqual(["Varazze:ORG", "Lecco:ORG", "Chiavari:ORG"]);
  });

  it("without a match, listed towns stay places", async () => {
    expect(await nerSpans("In estate ha visitato Lecco e Chiavari con la famiglia.")).toEqual(["Lecco:LOC", "Chiavari:LOC"]);
  });
});

describe("a club's prefix or suffix takes the place into the club's name", () => {
  it.each([
    ["Ieri sera il Real Vigevano ha vinto in trasferta.", "Real Vigevano:ORG"],
    ["La Basket Rapallo ha perso in casa di misura.", "Basket Rapallo:ORG"],
    ["Ha firmato un contratto con la Crema Calcio per due anni.", "Crema Calcio:ORG"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("a sport's name before a comma is a headline's topic, not a club", async () => {
    expect(await nerSpans("Rugby, a Varazze si gioca la finale.")).toEqual(["Varazze:LOC"]);
  });
});

describe("an exclamation mark the sentence runs on after is the name's own", () => {
  it.each([
    ["La società Brenvox! ha comprato un concorrente.", "Brenvox!:ORG"],
    ["Il gruppo ha chiesto di comprare Brenvox!.", "Brenvox!:ORG"],
  ])("%s", async (text, expected) => {
    const spans = await nerSpans(text);
    expect(spans.map((x) => x.replace(/ !/, "!"))).toContain(expected);
  });

  it("an exclamation that ends the sentence is not", async () => {
    expect(await nerSpans("Il pubblico ha gridato il nome di Brenvox! Poi è uscito.")).toEqual(["Brenvox:ORG"]);
  });
});

describe("words that open a sentence or a title, not a person's name", () => {
  it("a capitalized articled preposition before an apposition", async () => {
    expect((await nerSpans("Dal Brenvaldo, il portavoce ha smentito ogni accordo.")).filter((x) => x.endsWith(":PER"))).toEqual([]);
  });

  it("an English article after an office", async () => {
    expect((await nerSpans("Lo ha scritto il direttore del The Morning Sentinel ieri.")).filter((x) => x.endsWith(":PER"))).toEqual([]);
  });

  it("a person after an office is still found", async () => {
    expect(await nerSpans("Lo ha scritto il direttore Marco Brenvaldi ieri.")).toContain("Marco Brenvaldi:PER");
  });
});

describe("a model's letters after a name make a product", () => {
  it("no body, no person", async () => {
    expect((await nerSpans("Il reparto ha ritirato gli ultimi Orione Falco GTX dopo trent'anni.")).filter((x) => x.includes("GTX"))).toEqual([]);
  });

  it("an acronym before a name still names a body", async () => {
    expect(await nerSpans("Il progetto è guidato dalla BRX Valdora insieme ad altri.")).toContain("BRX Valdora:ORG");
  });
});
