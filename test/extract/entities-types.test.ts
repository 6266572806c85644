// Table tests for the entity types and keys that relations depend on, on sentences written for
// these tests (other countries, other groups, other wordings than the development articles):
// a group named like a place, initials before a family name, a party in apposition, the press's
// periphrases for a country, and the sides of a pair facing a country.
import { describe, expect, it } from "vitest";
import { extractText, keys, tagged } from "./helpers.ts";

describe("a group's kind noun types the name after it", () => {
  it.each([
    ["La milizia Fano ha attaccato un convoglio dell'esercito etiope nell'Amhara.", "Fano:Organization"],
    ["I miliziani del movimento Tripoli hanno occupato l'aeroporto.", "Tripoli:Organization"],
    ["La milizia Lugano ha occupato il porto.", "Lugano:Organization"],
    ["Il gruppo armato Kalbar ha colpito una base.", "Kalbar:Organization"],
  ])("%s -> %s", async (sentence, expected) => {
    expect(await tagged(sentence)).toContain(expected);
  });

  it.each([
    ["Il movimento di Tripoli ha protestato.", "Tripoli:Organization"],
    ["Il partito ha vinto a Lugano.", "Lugano:Organization"],
    ["Il partito ha vinto in Francia.", "Francia:Organization"],
  ])("with a preposition between, the place stays: %s", async (sentence, notExpected) => {
    expect(await tagged(sentence)).not.toContain(notExpected);
  });

  it("the group keeps its sense through the article", async () => {
    const x = await extractText("Il gruppo Kalbar ha annunciato il ritiro dal Niger. Decine di miliziani di Kalbar hanno lasciato la capitale.");
    const kalbar = x.mentions.filter((m) => m.surface === "Kalbar");
    expect(kalbar.map((m) => m.type)).toEqual(["Organization", "Organization"]);
  });
});

describe("two initials before a family name", () => {
  it.each([
    ["Il senatore TJ Mercer ha chiesto nuove sanzioni contro Caracas.", "TJ Mercer:Person"],
    ["Il governatore JB Pritzker ha criticato la decisione.", "JB Pritzker:Person"],
    ["Secondo AJ Whitfield, consigliere del presidente, il piano fallirà.", "AJ Whitfield:Person"],
    ["Lo ha detto ieri sera RJ Castellanos, portavoce della campagna.", "RJ Castellanos:Person"],
  ])("%s -> %s", async (sentence, expected) => {
    expect(await tagged(sentence)).toContain(expected);
  });

  it.each([
    "Gli astronomi hanno osservato la stella binaria VZ Tessarae per tre notti.",
    "La compagnia BP Energia ha aperto un impianto.",
  ])("no person without a title, a speech verb or a role: %s", async (sentence) => {
    expect((await tagged(sentence)).filter((t) => t.endsWith(":Person"))).toEqual([]);
  });
});

describe("a body named between commas after a possessive and its kind", () => {
  it.each([
    ["Il premier e il suo partito, Nuova Alleanza Civica, hanno vinto a Zagabria.", "Nuova Alleanza Civica:Organization"],
    ["Il generale ha sciolto la sua milizia, Forza Libera, dopo la tregua.", "Forza Libera:Organization"],
    ["Il sindaco di Ankara ha lasciato con il suo partito, Yeniden Refah, la coalizione.", "Yeniden Refah:Organization"],
  ])("%s -> %s", async (sentence, expected) => {
    expect(await tagged(sentence)).toContain(expected);
  });

  it.each([
    "Secondo il suo partito, Rossi non si ricandiderà.",
    "Il presidente ha detto che il suo partito, come sempre, voterà contro.",
  ])("no apposition, no body: %s", async (sentence) => {
    expect((await tagged(sentence)).filter((t) => t.endsWith(":Organization"))).toEqual([]);
  });
});

describe("country names the press uses", () => {
  it.each([
    ["La Repubblica popolare ha protestato contro la visita del presidente taiwanese.", "country/china"],
    ["Le navi della Repubblica popolare sono entrate nelle acque filippine.", "country/china"],
    ["La Repubblica islamica ha arricchito altro uranio.", "country/iran"],
    ["Lo Stato ebraico ha richiamato l'ambasciatore ad Ankara.", "country/israel"],
    ["I Ventisette hanno approvato il nuovo pacchetto di sanzioni contro Minsk.", "org/european-union"],
    ["Il vertice dei Ventisette a Bruxelles ha discusso della Moldavia.", "org/european-union"],
    ["Nel 2016 i Ventotto avevano già esteso le sanzioni.", "org/european-union"],
    ["I britannici hanno inviato due fregate nel Mar Rosso.", "country/united-kingdom"],
    ["Le autorità libiche hanno chiuso il porto.", "country/libya"],
    ["I libici tornano alle urne dopo dieci anni.", "country/libya"],
  ])("%s -> %s", async (sentence, key) => {
    expect(keys(await extractText(sentence))).toContain(key);
  });

  it.each([
    ["La Repubblica popolare di Donetsk ha annunciato un referendum.", "country/china"],
    ["La Repubblica islamica di Mauritania ha votato contro.", "country/iran"],
    ["Ventisette persone sono morte nell'attacco al mercato.", "org/european-union"],
  ])("not that country or union: %s", async (sentence, key) => {
    expect(keys(await extractText(sentence))).not.toContain(key);
  });

  it("a country's own title with `di` keeps it", async () => {
    expect(keys(await extractText("La Corea del Nord di Kim ha lanciato un missile."))).toContain("country/north-korea");
  });
});

describe("the sides of a pair facing a country", () => {
  it.each([
    ["Il cessate il fuoco tra il Sudan e Tamazuj è entrato in vigore ieri.", "Tamazuj:Organization"],
    ["La tregua tra la Colombia e Segunda Marquetalia regge.", "Segunda Marquetalia:Organization"],
    ["I colloqui fra la Serbia e Valdora sono ripresi.", "Valdora:Organization"],
  ])("%s -> %s", async (sentence, expected) => {
    expect(await tagged(sentence)).toContain(expected);
  });

  it.each([
    ["Il confine tra la Francia e Andorra è chiuso.", "Andorra:Country"],
    ["Il traffico tra Milano e Brescia è bloccato.", "Brescia:Place"],
  ])("known places stay places: %s", async (sentence, expected) => {
    expect(await tagged(sentence)).toContain(expected);
  });
});

describe("after a place's noun and `di`, a name that only ends like a family name is the place", () => {
  it.each([
    ["Gli ispettori hanno visitato l'impianto di Kanzrud ieri.", "Kanzrud:Place"],
    ["Il villaggio di Borzelli è stato evacuato.", "Borzelli:Place"],
    ["Le truppe hanno consegnato la base di Kalamari alle autorità locali.", "Kalamari:Place"],
  ])("%s -> %s", async (sentence, expected) => {
    expect(await tagged(sentence)).toContain(expected);
  });

  it.each([
    ["L'area di Bettini ha votato contro la segreteria.", "Bettini:Place"],
    ["La casa di Moretti è stata perquisita.", "Moretti:Place"],
  ])("nouns a person has too keep the person: %s", async (sentence, notExpected) => {
    expect(await tagged(sentence)).not.toContain(notExpected);
  });
});
