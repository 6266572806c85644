// Table tests for attributed figures, on sentences written for the tests: every number
// form, qualifier, source form and date form, and distractors that are no claims.
import { describe, expect, it } from "vitest";
import { analyzed, claimsOf, claimsWith, mention } from "./helpers.ts";

type Expected = { measure: string; amount: number; qualifier?: string; claimedBy?: string; about?: string; asOf?: string; amountMax?: number; unit?: string };

describe("one figure per sentence", () => {
  it.each<[string, string, Expected]>([
    ["Secondo il Pentagono, almeno 3.000 soldati nordcoreani sono stati feriti a dicembre.", "2025-06", { measure: "wounded", amount: 3000, qualifier: "atLeast", claimedBy: "org/us-dod", about: "country/north-korea", asOf: "2024-12" }],
    ["L'intelligence britannica stima che oltre 800 militari nordcoreani siano stati catturati.", "2025-06", { measure: "captured", amount: 800, qualifier: "moreThan", about: "country/north-korea" }],
    ["Il Giappone ha stanziato 2,5 miliardi di yen per la difesa.", "2025-06", { measure: "value", amount: 2.5e9, unit: "JPY", about: "country/japan" }],
    ["Secondo il NIS, circa 1.200 soldati nordcoreani sono morti a fine marzo.", "2025-06", { measure: "killed", amount: 1200, qualifier: "about", claimedBy: "org/nis", asOf: "2025-03" }],
    ["La Corea del Nord ha inviato 11mila soldati in Russia lo scorso anno.", "2025-06", { measure: "troopsDeployed", amount: 11000, about: "country/north-korea", asOf: "2024" }],
    ["Pyongyang invierà 4.000 operai nella regione di Belgorod a settembre.", "2025-06", { measure: "personnelDeployed", amount: 4000, about: "country/north-korea", asOf: "2025-09" }],
    ["Le perdite nordcoreane ammontano a circa 4.700 vittime, secondo Seoul.", "2025-06", { measure: "casualties", amount: 4700, qualifier: "about", claimedBy: "country/south-korea", about: "country/north-korea" }],
    ["La Corea del Nord fornisce fino al 60% delle munizioni usate dalla Russia.", "2025-06", { measure: "munitionsShare", amount: 60, qualifier: "upTo", about: "country/north-korea" }],
    ["Le intelligence ucraine stimano che la Corea del Nord fornisca il 30% delle munizioni russe.", "2025-06", { measure: "munitionsShare", amount: 30, about: "country/north-korea" }],
    ["Pyongyang avrebbe spedito otto milioni di proiettili d'artiglieria.", "2025-06", { measure: "munitionsCount", amount: 8e6, about: "country/north-korea" }],
    ["La Corea del Nord ha trasferito almeno 120 missili balistici.", "2025-06", { measure: "missilesCount", amount: 120, qualifier: "atLeast", about: "country/north-korea" }],
    ["Più di 100 missili balistici sono stati spediti dalla Corea del Nord alla Russia.", "2025-06", { measure: "missilesCount", amount: 100, qualifier: "moreThan", about: "country/north-korea" }],
    ["Il commercio vale tra 1,2 e 3,4 miliardi di dollari, secondo un'analisi del CSIS.", "2025-06", { measure: "value", amount: 1.2e9, amountMax: 3.4e9, unit: "USD", claimedBy: "org/csis" }],
    ["Il guadagno è stimato tra 250 milioni e 1,1 miliardi di dollari.", "2025-06", { measure: "value", amount: 2.5e8, amountMax: 1.1e9, unit: "USD" }],
    ["Il NIS ha riferito che un centinaio di soldati nordcoreani sono morti.", "2025-06", { measure: "killed", amount: 100, qualifier: "about", claimedBy: "org/nis" }],
    ["Secondo l'ISW, circa duemila soldati nordcoreani sono stati schierati.", "2025-06", { measure: "troopsDeployed", amount: 2000, qualifier: "about", claimedBy: "org/isw" }],
    ["Il ministero della Difesa britannico ha stimato 900mila militari russi morti o feriti.", "2025-06", { measure: "casualties", amount: 900000, claimedBy: "org/uk-mod", about: "country/russia" }],
    ["Sono stati consegnati 40 missili, una decina dei quali già lanciati.", "2025-06", { measure: "missilesCount", amount: 10 }],
    ["La metà dei proiettili usati al fronte arriva da Pyongyang.", "2025-06", { measure: "munitionsShare", amount: 50 }],
    ["Secondo l'intelligence sudcoreana, tra 300 e 400 soldati nordcoreani sono morti.", "2025-06", { measure: "killed", amount: 300, amountMax: 400, about: "country/north-korea", claimedBy: "org/nis" }],
    ["Il Regno Unito ha stanziato 1,5 miliardi di sterline per Kiev.", "2025-06", { measure: "value", amount: 1.5e9, unit: "GBP", about: "country/united-kingdom" }],
    ["La Cina avrebbe incassato 8 miliardi di yuan dalle esportazioni.", "2025-06", { measure: "value", amount: 8e9, unit: "CNY", about: "country/china" }],
    ["Seoul ha ricavato 40 miliardi di won dalle vendite.", "2025-06", { measure: "value", amount: 4e10, unit: "KRW", about: "country/south-korea" }],
    ["La Russia ha speso 2 milioni di rubli per la ricostruzione.", "2025-06", { measure: "value", amount: 2e6, unit: "RUB" }],
    ["Nel 2023 l'Ucraina ha ricevuto 300 milioni di euro.", "2025-06", { measure: "value", amount: 3e8, unit: "EUR", asOf: "2023" }],
    ["Oltre 2mila militari russi sono stati uccisi la settimana scorsa, ha dichiarato il ministero della Difesa britannico.", "2025-06-10", { measure: "killed", amount: 2000, qualifier: "moreThan", about: "country/russia", asOf: "2025-06-03", claimedBy: "org/uk-mod" }],
    ["Entro la fine del 2024 erano arrivati in Russia 15.000 lavoratori nordcoreani.", "2025-03", { measure: "personnelDeployed", amount: 15000, about: "country/north-korea", asOf: "2024-12" }],
    ["Dall'inizio del 2024 la Corea del Nord ha consegnato più di 5 milioni di munizioni, secondo l'ISW.", "2025-02-01", { measure: "munitionsCount", amount: 5e6, qualifier: "moreThan", about: "country/north-korea", claimedBy: "org/isw", asOf: "2025-02" }],
    ["La Russia ha schierato 50.000 uomini nella regione di Kursk, secondo il Pentagono.", "2025-06", { measure: "troopsDeployed", amount: 50000, about: "country/russia", claimedBy: "org/us-dod" }],
    ["Secondo il NIS, tra gennaio e febbraio sono stati uccisi 1.300 militari nordcoreani.", "2025-03", { measure: "killed", amount: 1300, asOf: "2025-02" }],
    ["La Corea del Nord ha fornito circa il 50% dei proiettili usati dall'esercito russo.", "2025-06", { measure: "munitionsShare", amount: 50, qualifier: "about", about: "country/north-korea" }],
    ["Nel 2024 sono entrati in Russia 9.000 lavoratori nordcoreani, il triplo dei 3.000 dell'anno precedente.", "2025-03", { measure: "personnelDeployed", amount: 3000, asOf: "2023" }],
    ["Tra gli arrivi registrati, la voce maggiore è quella dei lavoratori edili: 4.321.", "2025-03", { measure: "personnelDeployed", amount: 4321 }],
    ["Mosca ha dispiegato 1.050.000 soldati lungo il fronte.", "2025-06", { measure: "troopsDeployed", amount: 1050000, about: "country/russia" }],
    ["I caduti nordcoreani sarebbero almeno 1.000.", "2025-06", { measure: "killed", amount: 1000, qualifier: "atLeast", about: "country/north-korea" }],
    ["Per il Regno Unito, il numero dei soldati russi uccisi o feriti dall'inizio della guerra supera quota 900.000.", "2025-04", { measure: "casualties", amount: 900000, about: "country/russia", claimedBy: "country/united-kingdom" }],
    ["La Corea del Nord ha dislocato tra i 10.000 e i 12.000 soldati in Russia.", "2025-06", { measure: "troopsDeployed", amount: 10000, amountMax: 12000, about: "country/north-korea" }],
    ["La Russia ha perso 1.200 uomini nelle ultime 24 ore, secondo lo Stato maggiore ucraino.", "2025-04", { measure: "casualties", amount: 1200 }],
    ["Il contingente nordcoreano conta circa 12.000 effettivi.", "2025-04", { measure: "troopsDeployed", amount: 12000, qualifier: "about", about: "country/north-korea" }],
    ["Il 70% dei proiettili sparati dall'artiglieria russa sarebbe di provenienza nordcoreana.", "2025-05", { measure: "munitionsShare", amount: 70, about: "country/north-korea" }],
    ["Zelensky: almeno 3.000 nordcoreani uccisi o feriti a Kursk.", "2025-06", { measure: "casualties", amount: 3000, qualifier: "atLeast", claimedBy: "person/volodymyr-zelensky", about: "country/north-korea" }],
    ["Gli Stati Uniti stimano in 11.000 i militari nordcoreani in Russia.", "2025-06", { measure: "troopsDeployed", amount: 11000, claimedBy: "country/united-states", about: "country/north-korea" }],
    ["Il 24 febbraio 2022 la Russia ha invaso l'Ucraina con 190.000 soldati.", "2025-06", { measure: "troopsDeployed", amount: 190000, about: "country/russia", asOf: "2022-02-24" }],
    ["A detta dell'intelligence britannica, oltre 60.000 soldati russi sono stati uccisi solo a febbraio.", "2025-03", { measure: "killed", amount: 60000, qualifier: "moreThan", about: "country/russia", asOf: "2025-02" }],
    ["Secondo Kiev, la Russia ha lanciato oltre 500 razzi nella notte.", "2025-06", { measure: "missilesCount", amount: 500, qualifier: "moreThan", claimedBy: "country/ukraine" }],
    ["Sono stati consegnati 300 missili da parte della Corea del Nord.", "2025-06", { measure: "missilesCount", amount: 300, about: "country/north-korea" }],
    ["Mosca può contare su riserve per 11 miliardi di dollari.", "2025-06", { measure: "value", amount: 1.1e10, unit: "USD" }],
  ])("%s", async (text, date, expected) => {
    expect(await claimsOf(text, date)).toContainEqual(expect.objectContaining(expected));
  });
});

describe("qualifiers and approximate nouns", () => {
  it.each<[string, number, string | undefined]>([
    ["almeno 2.000", 2000, "atLeast"],
    ["non meno di 2.000", 2000, "atLeast"],
    ["oltre 2.000", 2000, "moreThan"],
    ["più di 2.000", 2000, "moreThan"],
    ["circa 2.000", 2000, "about"],
    ["quasi 2.000", 2000, "about"],
    ["intorno ai 2.000", 2000, "about"],
    ["approssimativamente 2.000", 2000, "about"],
    ["fino a 2.000", 2000, "upTo"],
    ["al massimo 2.000", 2000, "upTo"],
    ["una ventina di", 20, "about"],
    ["un migliaio di", 1000, "about"],
    ["2.000", 2000, undefined],
  ])("Secondo il NIS, %s soldati nordcoreani sono morti", async (phrase, amount, qualifier) => {
    const [c] = await claimsOf(`Secondo il NIS, ${phrase} soldati nordcoreani sono morti.`);
    expect(c).toEqual(expect.objectContaining({ measure: "killed", amount, about: "country/north-korea", claimedBy: "org/nis" }));
    expect(c!.qualifier).toBe(qualifier);
  });
});

describe("several figures in a sentence", () => {
  it.each<[string, string, Array<Partial<Expected>>]>([
    ["Kiev stima che 2.500 soldati nordcoreani siano stati uccisi e altri 1.800 feriti.", "2025-06", [{ measure: "killed", amount: 2500 }, { measure: "wounded", amount: 1800 }]],
    ["Le autorità contano 4.100 vittime, inclusi circa 900 morti.", "2025-06", [{ measure: "casualties", amount: 4100 }, { measure: "killed", amount: 900, qualifier: "about" }]],
    ["Il ministero della Difesa britannico stima in circa 700.000 i militari russi morti o feriti, di cui circa 150mila nel solo 2025.", "2025-10", [{ measure: "casualties", amount: 700000, qualifier: "about" }, { measure: "casualties", amount: 150000, qualifier: "about", asOf: "2025" }]],
    ["Secondo il governo di Seul, a Kursk sono schierati 11.000 militari nordcoreani e altri 1.500 sono in addestramento.", "2025-01", [{ measure: "troopsDeployed", amount: 11000 }, { measure: "troopsDeployed", amount: 1500, claimedBy: "country/south-korea" }]],
    ["Nei combattimenti sono morti 50 civili ucraini e 12 soldati.", "2025-03", [{ measure: "killed", amount: 50 }, { measure: "killed", amount: 12 }]],
    ["I militari ucraini hanno abbattuto 25 droni e 3 missili russi.", "2025-03", [{ measure: "munitionsCount", amount: 25 }, { measure: "missilesCount", amount: 3, about: "country/russia" }]],
    ["La Corea del Nord invierà 3.000 operai e 500 genieri nella regione di Kursk.", "2025-06", [{ measure: "personnelDeployed", amount: 3000 }, { measure: "personnelDeployed", amount: 500 }]],
    ["Nel 2024 sono entrati in Russia 13.000 cittadini nordcoreani, circa dieci volte i turisti.", "2025-03", [{ measure: "personnelDeployed", amount: 13000, asOf: "2024" }]],
  ])("%s", async (text, date, expected) => {
    const found = await claimsOf(text, date);
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(found[i]).toEqual(expect.objectContaining(e)));
  });
});

describe("not a claim", () => {
  it.each([
    "Il volo è durato 86 minuti e ha percorso 7mila chilometri.",
    "La risoluzione è passata con 390 voti favorevoli e 52 astensioni.",
    "Un sondaggio condotto su 1.003 persone lo conferma.",
    "Il ponte misurerà 424 metri sul lato russo.",
    "Nel 2024 la situazione è peggiorata.",
    "Gli arrivi sono cresciuti di dodici volte.",
    "Oltre 400 passeggeri sono saliti sul primo volo.",
    "Migliaia di soldati sono rimasti feriti.",
    "Il 18 dicembre i soldati nordcoreani sono arrivati al fronte.",
    "Due anni fa i soldati russi sono entrati nella regione.",
    "Il convoglio trasportava 2mila tonnellate di munizioni.",
    "Alla riunione hanno partecipato 30 esperti militari.",
    "Il biglietto costa 500 dollari e il volo dura 8 ore.",
    "Il leader ha visitato 3 fabbriche di munizioni e 2 basi missilistiche.",
    "Kim Jong Un, 41 anni, ha ricevuto il ministro russo alle 14:30 ora locale.",
    "Il 60% dei sudcoreani è contrario all'invio di armi.",
    "La Russia avrebbe fornito alla Corea del Nord 1 milione di barili di petrolio.",
    "Le sanzioni riguardano 30 individui e 20 società.",
    "La Corea del Nord ha un esercito di 1,2 milioni di soldati.",
    "Per 30 anni la Corea del Nord non ha inviato truppe all'estero.",
    "Il titolo ha perso il 3% in Borsa e l'inflazione è al 9%.",
    "La delegazione di 12 persone è arrivata a Mosca.",
  ])("%s", async (text) => {
    expect(await claimsOf(text)).toEqual([]);
  });
});

describe("sources across sentences and over given mentions", () => {
  it("gives the source named in the next sentence to figures left without one", async () => {
    const found = await claimsOf("Nel 2024 sono entrati in Russia 9.000 lavoratori nordcoreani. Il dato proviene dalle statistiche dell'agenzia federale Rosstat.", "2025-02");
    expect(found).toEqual([expect.objectContaining({ measure: "personnelDeployed", amount: 9000, claimedBy: "org/rosstat" })]);
  });

  it.each<[string, string | undefined]>([
    ["Pyongyang ha inviato in Russia altri 2.000 soldati. È quanto riporta il Guardian.", "org/the-guardian"],
    ["Circa 3.000 soldati nordcoreani sono stati uccisi a Kursk. Lo ha riferito l'agenzia Yonhap.", "org/yonhap"],
    ["Almeno 500 soldati nordcoreani sono stati uccisi. Secondo Kiev, la guerra durerà ancora a lungo.", undefined],
  ])("takes a source from the next sentence only when it attributes what was said: %s", async (text, by) => {
    const [c] = await claimsOf(text, "2025-03");
    expect(c!.claimedBy).toBe(by);
  });

  it("continues a source for `altri N` in the next sentence", async () => {
    const found = await claimsOf("Secondo il NIS, 600 soldati nordcoreani sono morti. Altri 200 sono stati catturati dalle forze ucraine.", "2025-03");
    expect(found).toEqual([
      expect.objectContaining({ measure: "killed", amount: 600, claimedBy: "org/nis" }),
      expect.objectContaining({ measure: "captured", amount: 200, claimedBy: "org/nis", about: "country/north-korea" }),
    ]);
  });

  it("gives a figure without a country the one the article's other figures are about", async () => {
    const found = await claimsOf("La Corea del Nord ha inviato 12.000 soldati in Russia. Di questi, circa 4.000 sono stati uccisi o feriti.", "2025-03");
    expect(found[1]).toEqual(expect.objectContaining({ measure: "casualties", amount: 4000, qualifier: "about", about: "country/north-korea" }));
  });

  it("reads `il ministero` as the ministry named before", async () => {
    const found = await claimsOf("Il ministero della Difesa britannico ha pubblicato un nuovo rapporto. Il ministero ha condiviso una stima di oltre 7.000 vittime.");
    expect(found).toEqual([expect.objectContaining({ measure: "casualties", amount: 7000, claimedBy: "org/uk-mod" })]);
  });

  it("works over mentions it is given, whatever their names", async () => {
    const doc = await analyzed("Secondo Fonte Inventata, almeno 2.000 soldati della Repubblica di Xland sono stati uccisi.", "2025-06");
    const found = await claimsWith(doc, [mention(doc, "Fonte Inventata", "org/fonte-inventata", "Organization"), mention(doc, "Repubblica di Xland", "country/xland", "Country")]);
    expect(found).toEqual([expect.objectContaining({ measure: "killed", amount: 2000, qualifier: "atLeast", claimedBy: "org/fonte-inventata", about: "country/xland" })]);
  });

  it("does not read `contare su` (to rely on) as a source", async () => {
    const [c] = await claimsOf("Mosca può contare su riserve per 11 miliardi di dollari.");
    expect(c).toBeDefined();
    expect(c!.claimedBy).toBeUndefined();
  });

  it("leaves `about` out when the article names no country", async () => {
    const doc = await analyzed("Secondo fonti locali, almeno 200 soldati sono stati uccisi.", "2025-06");
    expect((await claimsWith(doc, []))[0]).not.toHaveProperty("about");
  });

  it("keeps a deterministic id, the sentence and the number's span as evidence", async () => {
    const [a] = await claimsOf("Secondo il NIS, circa 600 soldati nordcoreani sono morti.");
    const [b] = await claimsOf("Secondo il NIS, circa 600 soldati nordcoreani sono morti.");
    expect(a!.id).toBe(b!.id);
    expect(a!.evidence.text.slice(a!.evidence.focus!.start - a!.evidence.start, a!.evidence.focus!.end - a!.evidence.start)).toBe("600");
    expect(a!.evidence.rule).toMatch(/^count\./);
  });
});
