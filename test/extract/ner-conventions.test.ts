// Conventions of news NER annotation that the recognizer follows, each with sentences
// invented for the test (invented people and clubs; real places where the gazetteer is
// what is tested). Each table has sentences that must give nothing of the kind.
import { describe, expect, it } from "vitest";
import { nerSpans } from "./helpers.ts";

describe("a territorial unit and its place are one name", () => {
  it.each([
    // Capitalized, the unit is the local government; lower-case, it is the territory.
    ["La Regione Piemonte ha stanziato nuovi fondi per le scuole.", "Regione Piemonte:ORG"],
    ["Il Comune di Brusimpiano ha chiuso la strada per una frana.", "Comune di Brusimpiano:ORG"],
    ["Il paese si trova in provincia di Cuneo, vicino al confine.", "provincia di Cuneo:LOC"],
    ["Le scosse sono state avvertite nel comune di Brusimpiano durante la notte.", "comune di Brusimpiano:LOC"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("after a local government's office, the unit and its place are the government", async () => {
    expect(await nerSpans("Lo ha detto il presidente della regione Piemonte in aula.")).toContain("regione Piemonte:ORG");
  });

  it("an office named after the place it sits in stays two names", async () => {
    expect(await nerSpans("La Questura di Brusimpiano ha fermato due uomini.")).toEqual(["Questura:ORG", "Brusimpiano:LOC"]);
  });
});

describe("a place keeps the compass and position words that narrow it", () => {
  it.each([
    ["Le piogge hanno colpito l'Italia settentrionale per tre giorni.", "Italia settentrionale:LOC"],
    ["Nel Sud Italia la neve è caduta fino in pianura.", "Sud Italia:LOC"],
    ["Le rotte commerciali dell'Europa orientale passano per quelle valli.", "Europa orientale:LOC"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("an ordinary adjective after a place is not part of it", async () => {
    expect(await nerSpans("La Francia intera ha seguito la vicenda.")).not.toContain("Francia intera:LOC");
  });
});

describe("institution references take the name that follows with di", () => {
  it.each([
    // The body an office belongs to, with the office holder's name after it.
    ["Lo ha detto il presidente del Consiglio Ada Morelli in conferenza.", "Consiglio:ORG"],
    ["Il capo di Stato ha firmato il decreto.", "Stato:ORG"],
    ["Un funzionario del ministero degli Esteri ha confermato la notizia.", "ministero degli Esteri:ORG"],
    ["L'esposto è stato presentato alla procura della Repubblica ieri mattina.", "procura della Repubblica:ORG"],
    ["Il trattato tra la Repubblica di Moldavia e i suoi vicini è stato firmato.", "Repubblica di Moldavia:ORG"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("a place after an office is where the office sits, a name apart", async () => {
    const spans = await nerSpans("Il fascicolo è passato alla procura di Brusimpiano per competenza.");
    expect(spans).toContain("Brusimpiano:LOC");
    expect(spans).not.toContain("procura di Brusimpiano:ORG");
  });
});

describe("a place's name inside a person's name is the person's", () => {
  it.each([
    // A lexicon capital as a first name, before a family name.
    ["La pianista Sofia Marinelli ha suonato a Vienna.", "Sofia Marinelli:PER"],
    // An abbreviated title with its period, before a one-word name.
    ["Ho chiamato il dott. Ferrazzi ieri sera.", "Ferrazzi:PER"],
    // A capitalized title before the name is not part of it.
    ["Lo ha annunciato il Primo Ministro Elio Santarossa in serata.", "Elio Santarossa:PER"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("a capital after a preposition of place stays the place", async () => {
    const spans = await nerSpans("La delegazione è arrivata a Sofia lunedì sera.");
    expect(spans).toContain("Sofia:LOC");
  });

  it("a country that is also a first name stays the country before a person's name", async () => {
    const spans = await nerSpans("Il presidente del Chad Mahamat Idriss ha parlato ieri, e la premier della Georgia Irakli Tsereteli ha risposto.");
    expect(spans).toEqual(expect.arrayContaining(["Chad:LOC", "Georgia:LOC"]));
    expect(spans.some((x) => x.startsWith("Chad ") || x.startsWith("Georgia "))).toBe(false);
  });
});

describe("a surname among other capitalized words belongs to the name they make", () => {
  it("the full name again after the surname is one mention", async () => {
    const spans = await nerSpans("Il regista Ettore Vallisneri ha vinto. Secondo Vallisneri il film è finito. Ettore Vallisneri tornerà.");
    expect(spans.filter((s) => s === "Ettore Vallisneri:PER")).toHaveLength(2);
    expect(spans).not.toContain("Ettore:PER");
  });

  it("another name sharing the surname is not the same person", async () => {
    const spans = await nerSpans("Il regista Ettore Vallisneri ha vinto. Il Vallisneri Festival apre domani.");
    expect(spans).not.toContain("Vallisneri:PER");
  });
});

describe("clubs named after cities, in sentences about a match", () => {
  it.each([
    ["Il Cuneo ha vinto la partita con due gol nel finale.", "Cuneo:ORG"],
    ["L'attaccante del Brescia è stato espulso dopo il pareggio.", "Brescia:ORG"],
    ["La nazionale ha giocato contro la Norvegia una partita difficile.", "Norvegia:ORG"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it.each([
    // No match words: a city is the city, whatever article it has.
    ["Il sindaco di Cuneo ha incontrato i commercianti.", "Cuneo:LOC"],
    // A country keeps its own gender: `il Belgio` is the country, even in a match report.
    ["La squadra ha giocato nel Belgio per tre anni.", "Belgio:LOC"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });
});

describe("names of papers, companies and bodies end where annotators end them", () => {
  it.each([
    ["L'attrice ha parlato con The Daily Courier del suo film.", "The Daily Courier:ORG"],
    ["Lo ha scritto il settimanale « Il Vespro » nel numero di ieri.", "Il Vespro:ORG"],
    ["Il Consiglio Federale può decidere entro marzo.", "Consiglio Federale:ORG"],
    ["Alle elezioni si presenta la Lega Alpina di Marco Ferretti con due liste.", "Lega Alpina:ORG"],
    ["Alle elezioni si presenta la Lega Alpina di Marco Ferretti con due liste.", "Marco Ferretti:PER"],
    // A name complete before `di` (head and qualifier) is apart from its place; a head alone and its city are one name.
    ["La Banca centrale della Norvegia ha alzato i tassi.", "Banca centrale:ORG"],
    ["La Banca centrale della Norvegia ha alzato i tassi.", "Norvegia:LOC"],
    ["L'Università di Bologna ha aperto un nuovo corso.", "Università di Bologna:ORG"],
  ])("%s → %s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("a foreign article after a capitalized word is part of a person's name", async () => {
    const spans = await nerSpans("Ne ha parlato lo storico Amir El Sayyad in un libro.");
    expect(spans.some((s) => s.startsWith("El Sayyad:"))).toBe(false);
  });
});

describe("a list of full names is no title-case headline", () => {
  it("surnames that are ordinary words, each after a first name, leave the people in", async () => {
    const spans = await nerSpans("Ada Ponte, Ugo Vela, Rita Fiera ed Elio Sasso.");
    expect(spans).toEqual(["Ada Ponte:PER", "Ugo Vela:PER", "Rita Fiera:PER", "Elio Sasso:PER"]);
  });

  it("a headline in title case still says nothing by its capitals", async () => {
    expect(await nerSpans("Nuove Regole Contro Il Caro Prezzi")).toEqual([]);
  });
});

describe("a listed place inside a longer place the gazetteer knows is the longer place", () => {
  it.each([
    ["I pellegrini sono arrivati a Santiago del Estero a piedi.", "Santiago del Estero:LOC"],
    ["La tempesta ha raggiunto il New Mexico nella notte.", "New Mexico:LOC"],
    ["Il sindaco ha scritto alla Provincia di Cuneo per i fondi.", "Provincia di Cuneo:LOC"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("the listed place alone is still the place", async () => {
    expect(await nerSpans("La delegazione è arrivata a Santiago ieri sera.")).toContain("Santiago:LOC");
  });
});

describe("a province's code in parentheses after a town is a place", () => {
  it("two capitals in parentheses after a gazetteer town", async () => {
    expect(await nerSpans("Un uomo di Dalmine (BG) è stato fermato.")).toContain("BG:LOC");
  });

  it("the same capitals after a word that is no place are an acronym", async () => {
    expect(await nerSpans("Il segretario (BG) non ha risposto.")).not.toContain("BG:LOC");
  });
});

// (The helper joins a span's tokens with spaces: the tokenizer splits a domain at its dots.)
describe("a website named by its domain is an organization", () => {
  it.each([
    ["Il testo è uscito sul sito brunoverdi.it la settimana scorsa.", "brunoverdi . it:ORG"],
    ["Lo riporta Notiziario.com in un articolo.", "Notiziario . com:ORG"],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toContain(expected);
  });

  it("a domain inside a full address is part of a link, not a name", async () => {
    expect(await nerSpans("Il bando è su http://www.comunedipietra.it/bandi/avviso.html da ieri.")).toEqual([]);
  });
});

describe("feast days are dates, and a board is an institution", () => {
  it("a feast day after a preposition is no place", async () => {
    expect(await nerSpans("Le famiglie si ritroveranno per Pasqua nella casa al mare.")).toEqual([]);
  });

  it("the board of a company, named by its abbreviation, is a reference to a body", async () => {
    expect(await nerSpans("La decisione è attesa nel cda di giovedì.")).toEqual(["cda:ORG"]);
  });
});
