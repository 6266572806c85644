// Evidence from the words around a name that no lexicon lists: an article right before a
// name of several words, and a family name that is also an ordinary word standing for a
// person the article names in full. Sentences and names are invented for the test.
import { describe, expect, it } from "vitest";
import { extractText, rel, tagged, nerSpans } from "./helpers.ts";

describe("an article right before a name of several words makes it a body's, not a person's", () => {
  it.each([
    ["I tifosi del Gorlago Rangers hanno festeggiato tutta la notte.", "Gorlago Rangers:Organization"],
    ["Il contratto è stato firmato dalla Morgan Haldane dopo mesi di trattative.", "Morgan Haldane:Organization"],
    ["Sul palco sono saliti i Marco Brothers davanti a migliaia di persone.", "Marco Brothers:Organization"],
  ])("%s", async (text, expected) => {
    const found = await tagged(text);
    expect(found).toContain(expected);
    expect(found.some((m) => m.endsWith(":Person"))).toBe(false);
  });

  it.each([
    // No article, or a title between the article and the name: a person.
    ["Ieri Marco Pellandra ha presentato il suo libro.", "Marco Pellandra:Person"],
    ["Lo ha detto il presidente Marco Pellandra in aula.", "Marco Pellandra:Person"],
    ["Il premio è andato a Ilaria Gorlago per il suo romanzo.", "Ilaria Gorlago:Person"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });
});

describe("a family name that is also an ordinary word stands for the person named in full", () => {
  it.each([
    // Inside a sentence, or opening one as the subject of a verb.
    ["Il consigliere Aldo Cavallo è stato fermato. Secondo gli agenti Cavallo era armato.", ["Aldo Cavallo:Person", "Cavallo:Person"]],
    ["L'assessore Carla Sarto ha parlato in aula. Sarto ha precisato che i fondi ci sono.", ["Carla Sarto:Person", "Sarto:Person"]],
    // At a sentence's start with no verb after it, the capital comes from the sentence: the ordinary word.
    ["L'assessore Carla Sarto ha parlato in aula. Sarto di mestiere, cuce abiti da sposa.", ["Carla Sarto:Person"]],
    // The first name of a full name never stands alone as an ordinary word.
    ["L'avvocato Rosa Santini è arrivata. Una rosa rossa era sul tavolo.", ["Rosa Santini:Person"]],
  ])("%s", async (text, expected) => {
    expect((await tagged(text)).filter((m) => m.endsWith(":Person"))).toEqual(expected);
  });
});

describe("capitalized, some ordinary nouns name one institution", () => {
  it.each([
    ["Ieri la Cassazione ha confermato la condanna.", ["Cassazione:ORG"]],
    ["La proposta della Commissione sarà votata a marzo.", ["Commissione:ORG"]],
    ["Due militari dell'Arma sono rimasti feriti.", ["Arma:ORG"]],
    // Lower-case they are ordinary words.
    ["Una commissione d'inchiesta indagherà sull'arma del delitto.", []],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("in a sentence about a match, a town after an article is its club", () => {
  it.each([
    // A town takes no article: after one, in a match report, it is the club.
    ["Un tifoso della Cremona è stato fermato dopo la partita.", "Cremona:ORG"],
    ["Il gol del Cremona è arrivato al novantesimo.", "Cremona:ORG"],
    // A town described by what follows is still the town; with no match, an article is the town's.
    ["La partita si giocherà nella Cremona antica, tra le mura.", "Cremona:LOC"],
    ["La Cremona di oggi è molto cambiata.", "Cremona:LOC"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });
});

describe("an unknown word opening a sentence as a verb's subject is a name", () => {
  it.each([
    ["Il mercato è in crescita. Brenvox distribuirà un dividendo straordinario.", ["Brenvox:ORG"]],
    ["Le regate sono riprese. Veltrabia conduce la classifica dopo tre prove.", ["Veltrabia:ORG"]],
    // Pronouns open sentences too, and no verb after an unknown word says nothing.
    ["Ciò ha sorpreso tutti. Qualcosa deve essere cambiato.", []],
    ["Il mercato è in crescita. Brenvox, secondo gli analisti, no.", []],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("a university named in lower case by its city is one organization's name", () => {
  it.each([
    ["Uno studio dell'università di Pavia lo conferma.", ["università di Pavia:ORG"]],
    ["Gli studenti del politecnico di Valdora protestano.", ["politecnico di Valdora:ORG"]],
    // Alone it names none.
    ["L'università ha chiuso per tre giorni.", []],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("an organization's name stops at adverbs and conjunctions", () => {
  it.each([
    ["La riforma prevede un Consiglio Supremo interamente nominato dal re.", "Consiglio Supremo:ORG"],
    ["Possono iscriversi gli atleti della Federazione Veltrana ma anche gli amatori.", "Federazione Veltrana:ORG"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });
});

describe("a lone word typed by default in most of its mentions keeps the default over one weak place", () => {
  it("a dative `a` once does not make a company a place", async () => {
    const text = "Gli azionisti di Brenvox hanno votato. I diritti sono stati rivenduti a Brenvox. La società Brenvox cresce. Il capo di Brenvox ha parlato.";
    expect((await nerSpans(text)).filter((m) => m.startsWith("Brenvox"))).toEqual(["Brenvox:ORG", "Brenvox:ORG", "Brenvox:ORG", "Brenvox:ORG"]);
  });
  it("a town reached with `a` and named once more with `di` stays a place", async () => {
    const text = "Il convoglio è arrivato a Valtrebbiano. Il sindaco di Valtrebbiano ha ringraziato.";
    expect((await nerSpans(text)).filter((m) => m.startsWith("Valtrebbiano"))).toEqual(["Valtrebbiano:LOC", "Valtrebbiano:LOC"]);
  });
});

describe("small places named right after their noun, and motorways by their code", () => {
  it.each([
    ["Il corpo è stato trovato in località Valtrebbia, vicino alla stazione Borgonuovo.", ["Valtrebbia:LOC", "Borgonuovo:LOC"]],
    ["Il camion si è ribaltato sulla A21 ieri sera.", ["A21:LOC"]],
    // The noun alone names nothing; a letter and a number elsewhere are a code.
    ["La stazione è chiusa da ieri.", []],
    ["Stampate il modulo A4 e firmatelo.", []],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("a religious title is part of the person's name in the NER view, an office is not", () => {
  it.each([
    ["Ad accoglierci c'era suor Ilvana Pesenti con le novizie.", ["suor Ilvana Pesenti:PER"]],
    ["La messa è stata celebrata da don Gualtiero Vannucchi ieri.", ["don Gualtiero Vannucchi:PER"]],
    ["La messa è stata celebrata da padre Gualtiero Vannucchi ieri.", ["Gualtiero Vannucchi:PER"]],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("a first name that spells a country only by transliteration opens a person's name", () => {
  it.each([
    ["La canzone è stata scritta da Chyna Bertolli nel 1990.", ["Chyna Bertolli:Person"]],
    // The country's own spelling stays the country.
    ["La Cina ha votato contro la risoluzione.", ["Cina:Country"]],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toEqual(expected);
  });
});

describe("after an office, an articled name is the body the office belongs to", () => {
  it.each([
    ["Il dirigente della Brenvox Holding ha parlato ieri.", ["Brenvox Holding:Organization"]],
    ["Il portavoce del Marco Polo Institute Gianni Ferretti ha risposto.", ["Marco Polo Institute:Organization", "Gianni Ferretti:Person"]],
    // A title right before the name, or a portfolio in lower case between, still gives the person.
    ["Il ministro della Difesa Mario Lanzetti è partito.", ["Mario Lanzetti:Person"]],
    ["Lo sfidante Marco Lanzetti ha vinto ai punti.", ["Marco Lanzetti:Person"]],
  ])("%s", async (text, expected) => {
    expect((await tagged(text)).filter((m) => !m.endsWith(":Country"))).toEqual(expected);
  });
});

describe("an office, an articled body of one word, then a full name: the body's and its holder's names", () => {
  it("splits the run after the body and gives the office to the name after it, not to the name before", async () => {
    const x = await extractText("Sono morti il generale Dario Fontanesi, il comandante dei Zelvani Arash Ferro e due ufficiali.");
    const found = x.mentions.filter((m) => m.resolvedBy !== "demonym").map((m) => `${m.surface}:${m.type}`);
    expect(found).toEqual(["Dario Fontanesi:Person", "Zelvani:Organization", "Arash Ferro:Person"]);
    expect([...rel(x)].filter((r) => r.startsWith("person/dario-fontanesi"))).toEqual([]);
  });
});

describe("storms, prizes, accounts and formats named after their kind are no PER, ORG or LOC", () => {
  it.each([
    ["Stanotte l'uragano Ortensia ha toccato terra.", []],
    ["L'annuncio è comparso ieri sull'account Brenvox.", []],
    ["Il romanzo ha vinto il premio Vescovi per la narrativa.", []],
    // Capitalized inside a longer name the kind word is the name's (`Gran Premio`), and the place in it is named.
    ["Il Gran Premio di Spagna si correrà a settembre.", ["Spagna:LOC"]],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("number words and counted names are no names", () => {
  it.each([
    ["Sono decollati due Falchetto dalla base.", []],
    ["Dodici turisti sono rimasti bloccati in montagna.", []],
    // A number in a date, or a year, counts nothing.
    ["Giovedì 9 Brenvox ha annunciato nuovi tagli.", ["Brenvox:ORG"]],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("a capitalized number inside a sentence is a name", () => {
  it("`i Diciassette` are a group, not a count", async () => {
    expect(await tagged("La proposta dei Diciassette è stata respinta dal consiglio.")).toEqual(["Diciassette:Organization"]);
  });
});

describe("a list of fixtures after a sentence about matches names teams", () => {
  it("each `X - Y` line after the one that speaks of the matches", async () => {
    const text = "Ecco il calendario delle partite della prima giornata.\nSabato 3 aprile\nBrenzone - Valdora ;\nCastelfranco - Brenzone ;\nDomenica 4 aprile\nValdora - Castelfranco ;";
    const found = await nerSpans(text);
    expect(found.filter((m) => m.endsWith(":ORG"))).toHaveLength(6);
  });
  it("a dash far from any match is no fixture", async () => {
    const text = "Il collegamento Brescia - Verona è stato soppresso.";
    expect(await nerSpans(text)).toEqual(["Brescia:LOC", "Verona:LOC"]);
  });
});

describe("a family word before `di`, or a nickname word, makes the name after it a person's", () => {
  it.each([
    ["La polizia ha interrogato la moglie di Brahimi.", ["Brahimi:Person"]],
    ["Ha parlato Mario Tessaro detto Brelvo, il più anziano del gruppo.", ["Mario Tessaro:Person", "Brelvo:Person"]],
    // After any other noun the default holds.
    ["La sede di Brenvox è chiusa.", ["Brenvox:Organization"]],
  ])("%s", async (text, expected) => {
    expect((await tagged(text)).filter((m) => !m.startsWith("Gazzella"))).toEqual(expected);
  });
});
