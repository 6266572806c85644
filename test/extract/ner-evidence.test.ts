// The evidence kinds of the recognizer, each with sentences invented for the test (invented
// people and bodies; real places only where a gazetteer is what is tested). The NER view
// (`trama ner`) is checked where annotators' conventions differ from the graph's.
import { describe, expect, it } from "vitest";
import { tagged, nerSpans } from "./helpers.ts";

describe("places of several words from the gazetteer are one place", () => {
  it.each([
    ["Il corteo è partito da San Giovanni in Persiceto nella notte.", "San Giovanni in Persiceto:Place"],
    ["L'incidente è avvenuto a Bagno a Ripoli sulla provinciale.", "Bagno a Ripoli:Place"],
    ["I residenti di Castelnuovo del Garda protestano contro la discarica.", "Castelnuovo del Garda:Place"],
    // After an office and `di`, a gazetteer place of two words is where the office is, not a person.
    ["Lo ha detto il procuratore di Porto Recanati in conferenza stampa.", "Porto Recanati:Place"],
    // No gazetteer needed: a name closed by `del` and a compass point is a region's.
    ["Le truppe sono entrate nella capitale della Valdoria del Sud ieri.", "Valdoria del Sud:Place"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });
});

describe("a landmark noun and the name after it are one place", () => {
  it.each([
    ["La barca si è incagliata vicino a punta Scoglietta durante la tempesta.", ["punta Scoglietta:Place"]],
    ["Hanno chiuso il ponte Savelli e la piazza dei Tessitori.", ["ponte Savelli:Place", "piazza dei Tessitori:Place"]],
    // The town after the landmark's name is where it is, a name of its own.
    ["La partita si gioca allo Stadio Arnaldo Pescetti di Matera.", ["Stadio Arnaldo Pescetti:Place", "Matera:Place"]],
    // A strait or a gulf named after a land is a place of its own.
    ["Le navi hanno attraversato lo stretto di Moldavia ieri.", ["stretto di Moldavia:Place"]],
    // A landmark noun alone names nothing.
    ["Il fiume è in piena e il ponte è chiuso.", []],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toEqual(expected);
  });
});

describe("countries, regions and big cities that spell ordinary words are places", () => {
  it.each([
    ["Il vescovo di Foggia ha celebrato la messa.", "Foggia:Place"],
    ["Le strade di Brindisi erano deserte a mezzogiorno.", "Brindisi:Place"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });

  it("at a sentence's start an ordinary word is not taken for a region", async () => {
    expect(await tagged("Foggia e colore del vaso sono scelti dal cliente.")).toEqual([]);
  });
});

describe("people named by a title, a list, a first name, a surname", () => {
  it.each([
    // A short name of a country between the office and the name.
    ["Il presidente Usa Gravenor ha invitato i ministri.", "Gravenor:Person"],
    // After a title, a run with a first name inside is one person.
    ["Il presidente Adamou Tahir Kabrela ha denunciato l'accordo.", "Adamou Tahir Kabrela:Person"],
    ["Il premier, lo sceicco Ahmad bin Nasser Al Fardan, ha parlato.", "Ahmad bin Nasser Al Fardan:Person"],
    // A first name that is also a town, before a family name, after `a`.
    ["Il premio va a Martin Lowbridge per la sua carriera.", "Martin Lowbridge:Person"],
    // A first name that is also a small town, acting, is the person; after `a` it would be the town.
    ["Ieri sera Albertina ha vinto la finale.", "Albertina:Person"],
    // A first name alone is the person the article calls by it.
    ["Alla fine ringrazio Ottavio e Nives per l'aiuto.", "Nives:Person"],
    // A head word that is also a first name, before a family name.
    ["Ai giurati Marina Cattaneo e Ugo Tarchi è andato il premio.", "Marina Cattaneo:Person"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });

  it("a list of people in title case is no headline", async () => {
    const found = await tagged("Hanno firmato Ottavio Lanzetti, Nives Spada, Ugo Vela, Tilde Tosi e Dino Bassetti.");
    expect(found).toEqual(expect.arrayContaining(["Ottavio Lanzetti:Person", "Nives Spada:Person", "Ugo Vela:Person", "Dino Bassetti:Person"]));
  });

  it("a surname alone after `a` is no place", async () => {
    const found = await tagged("Il materiale sarebbe tornato a Sbardellotti se fosse stato possibile.");
    expect(found.filter((f) => f.endsWith(":Place"))).toEqual([]);
  });

  it("one sense per document: a surname typed by weak evidence takes the person named in full later", async () => {
    const found = await tagged("La sfiducia a Trevisanello è arrivata ieri.\nIl consigliere Arturo Trevisanello ha annunciato ricorso.");
    expect(found).toEqual(["Trevisanello:Person", "Arturo Trevisanello:Person"]);
  });
});

describe("organization names stop where they should", () => {
  it.each([
    // `Della` is a first name somewhere; in Italian it is an articulated preposition.
    ["Secondo l'Istituto Nazionale della Pesca, il pescato è calato.", "Istituto Nazionale della Pesca:Organization"],
    ["Con 300 voti la Camera dei consiglieri ha approvato il decreto.", "Camera dei consiglieri:Organization"],
    ["Il presidente della Corte suprema colpevole di inerzia è stato rimosso.", "Corte suprema:Organization"],
    ["Il Comando del settore meridionale ha diffuso un video.", "Comando del settore meridionale:Organization"],
    ["Al suo posto resta il Pontic Corps, la formazione paramilitare.", "Pontic Corps:Organization"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });

  it("a national bank named after its country stays one name; a local office and its town are two", async () => {
    expect(await nerSpans("La decisione riguarda la Banca di Moldavia e i suoi soci.")).toEqual(["Banca di Moldavia:ORG"]);
    expect(await nerSpans("Ieri la Prefettura di Brusimpiano ha chiuso la strada.")).toEqual(["Prefettura:ORG", "Brusimpiano:LOC"]);
  });

  it("after an org cue, `di` introduces where the body is, not its name", async () => {
    expect(await tagged("Hanno firmato con l'azienda di Rovereto un accordo.")).not.toContain("Rovereto:Organization");
  });
});

describe("the NER view follows annotators' conventions", () => {
  it.each([
    // A country that acts is a political body; where something lies, a place.
    ["La Moldavia accusa la Bulgaria di ingerenza.", ["Moldavia:ORG", "Bulgaria:LOC"]],
    ["In Moldavia si vota domenica.", ["Moldavia:LOC"]],
    ["La Moldavia ha una minoranza russa.", ["Moldavia:LOC"]],
    // Teams in a match report, even when named after towns.
    ["Nella partita Ancona - Lecce la squadra di casa ha vinto 2-1.", ["Ancona:ORG", "Lecce:ORG"]],
    // Not a match: a railway line between two towns.
    ["La linea ferroviaria Ancona - Matera è interrotta da ieri.", ["Ancona:LOC", "Matera:LOC"]],
    // A generic institution keeps the adjective that says which.
    ["Il governo danese e il consiglio provinciale hanno protestato.", ["governo danese:ORG", "consiglio provinciale:ORG"]],
    // Police and rescue forces after `di`, without an article.
    ["Un ispettore di polizia ha fermato il furgone.", ["polizia:ORG"]],
    // The state's institutions, capitalized; lower-case the same words are ordinary.
    ["Il capo dello Stato ha firmato la legge.", ["Stato:ORG"]],
    ["Lo stato di emergenza è finito ieri.", []],
    // A region alone, lower-case, is no body.
    ["Le elezioni nella regione sono state rinviate.", []],
    // Nationality adjectives are not names.
    ["La diplomazia italiana ha protestato.", []],
  ])("%s", async (text, expected) => {
    expect(await nerSpans(text)).toEqual(expected);
  });
});

describe("a first name after `a` opens a person, not a place", () => {
  it.each([
    // The first name is only the first word of a longer place's name; the surname is also an ordinary word.
    ["Le offese a Teodoro Gelsi sono note a tutti.", "Teodoro Gelsi:Person"],
    // Two unknown words after a preposition: a person when the last one does not end like a place.
    ["La politica voluta da Barnaby Okonkwo è fallita.", "Barnaby Okonkwo:Person"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });

  it("three unknown words that end like no family name are no person", async () => {
    expect((await tagged("Il Quantum Drift Engine ha superato il collaudo.")).filter((f) => f.endsWith(":Person"))).toEqual([]);
  });
});

describe("products and country nouns are no names", () => {
  it.each([
    ["Kiev ha chiesto nuovi sistemi di difesa aerea Condor agli alleati.", "Condor"],
    ["Il cacciatorpediniere USS Ortensio Walby è entrato in porto.", "Walby"],
    ["Secondo il ministro, nel Paese la situazione è calma.", "Paese"],
  ])("%s", async (text, word) => {
    expect((await tagged(text)).filter((f) => f.includes(word))).toEqual([]);
  });

  it("past a verb, a product's kind does not reach the verb's object (`i droni hanno colpito X`)", async () => {
    expect(await tagged("I droni hanno colpito Kunduz nella notte.")).toContain("Kunduz:Place");
  });

  it("past `di`, a product's kind does not reach a person's name", async () => {
    expect(await tagged("Il programma di Ettore Vannucchi è stato approvato.")).toContain("Ettore Vannucchi:Person");
  });
});

