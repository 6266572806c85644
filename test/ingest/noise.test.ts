// Page furniture is blanked in place; article lines, even ones that share words with
// furniture, are kept. The rules are data, validated at load.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LexiconError } from "../../src/errors.ts";
import { ingestData, loadBylineWords, loadIngestData, loadMonths, loadNoiseRules } from "../../src/ingest/data.ts";
import { isMenuBar, noiseRule } from "../../src/ingest/noise.ts";
import { read, readableLines } from "./helpers.ts";

const BODY = "La Corea del Nord ha inviato nuove truppe nella regione di Kursk, secondo fonti ufficiali.";

describe("page furniture is blanked in place", () => {
  it.each([
    ["• En", "language-menu"], ["  • Es", "language-menu"], ["• Ук", "language-menu"], ["- FR", "language-menu"], ["• Italiano", "language-names"],
    ["Condividi: Facebook · X · WhatsApp · Email", "share-bar"], ["Share", "share-bar"], ["Tweet", "share-bar"], ["Condividi su Telegram", "share-bar"], ["Stampa | E-mail", "share-bar"],
    ["Home | Mondo | Asia | Economia", "menu-bar"], ["Esteri · Politica · Economia · Cultura · Sport", "menu-bar"], ["Chi siamo | Contatti | Privacy | Cookie policy | Pubblicità", "menu-bar"],
    ["MONDO › ASIA", "breadcrumb"], ["Esteri > Europa orientale", "breadcrumb"],
    ["Cerca   ☰ Menu   Accedi   Abbonati", "header-buttons"], ["Accedi  Registrati", "header-buttons"],
    ["Leggi anche: Borse asiatiche in calo, pesano i nuovi dazi", "read-also"], ["Vedi anche Il vertice di Vladivostok in dieci foto", "read-also"], ["Potrebbe interessarti: La flotta del Pacifico", "related"],
    ["Tempo di lettura: 3 minuti", "reading-time"], ["Lettura 4 min", "reading-time"], ["5 min di lettura", "reading-time"],
    ["Tag: Corea del Nord · Russia · Lavoro", "tags"], ["Argomenti: esteri, difesa", "tags"],
    ["© RIPRODUZIONE RISERVATA", "copyright"], ["Copyright 2025 Editoriale del Nord Srl", "copyright"], ["Riproduzione riservata", "rights-reserved"], ["Tutti i diritti riservati.", "rights-reserved"],
    ["Fonte", "source-label-alone"], ["Fonte:", "source-label-alone"],
    ["L'illustrazione utilizzata per questo articolo è generica e AI-generated; uso libero per finalità editoriali e commerciali.", "image-disclaimer"],
    ["L’immagine di copertina è di repertorio.", "image-disclaimer"], ["Foto: Reuters/Kim Hong-Ji", "image-credit"], ["(Foto ANSA)", "image-credit"],
    ["Aggiornato alle 09:12", "updated-stamp"], ["Seguici su Telegram e WhatsApp", "follow-us"], ["Pubblicità", "advertising"],
    ["Ascolta l'articolo", "listen"], ["Continua a leggere", "continue-reading"], ["Torna su", "continue-reading"], ["12 commenti", "comments"], ["3 / 12", "gallery-counter"],
    ["Questo sito utilizza cookie tecnici e di profilazione per migliorare la tua esperienza.", "cookie-notice"], ["Accetta tutti", "cookie-buttons"],
  ])("%s (%s)", (noise, rule) => {
    expect(noiseRule(noise, ingestData().noise)).toBe(rule);
    const text = `${noise}\n${BODY}\n`;
    const a = read("x.txt", text);
    expect(a.text.slice(0, noise.length).trim()).toBe("");
    expect(a.text.slice(noise.length + 1, noise.length + 1 + BODY.length)).toBe(BODY);
  });
});

describe("article lines are never blanked", () => {
  it.each([
    BODY,
    "Stampa e televisione russe hanno rilanciato la notizia per tutto il giorno.",
    "Condividiamo la preoccupazione degli alleati, ha detto il ministro degli Esteri.",
    "Copyright e brevetti sono stati discussi al vertice di Pechino insieme ad altri temi.",
    "Tag e mostrine dei reparti nordcoreani erano stati rimossi dalle uniformi.",
    "Home e famiglia restano lontane per i soldati inviati a Kursk",
    "Leggi e decreti approvati a Mosca non cambiano la situazione sul terreno.",
    "Aggiornato il piano di difesa comune, Mosca e Pyongyang firmano un nuovo protocollo.",
    "Foto e video diffusi dai canali russi mostrano i soldati in addestramento.",
    "L'immagine satellitare diffusa dal Pentagono mostra i campi di addestramento vicino a Vladivostok.",
    "Fonti di intelligence: Pyongyang ha inviato altri 3.000 soldati.",
    "Seoul (AsiaNews/Agenzie) - Non solo soldati: la notizia riguarda anche gli operai.",
    "Putin, Kim e Lukašenko: tre leader | un'alleanza che preoccupa l'Occidente e i suoi alleati.",
    "Kim Jong Un incontra Vladimir Putin a Vladivostok",
    "Russia · Corea del Nord: l'asse che sfida le sanzioni dell'Onu e degli Stati Uniti",
    "Menu ricco e discorsi ufficiali alla cena di Stato al Cremlino per la delegazione.",
    "Ucraina-Russia - Putin fa la spesa da Kim: ecco le armi da Nordcorea",
    "Commenti e analisi degli esperti divergono sul numero dei soldati caduti.",
    "Tre minuti di lettura bastano per capire il trattato firmato a giugno.",
  ])("%s", (line) => {
    expect(noiseRule(line, ingestData().noise)).toBeUndefined();
    const a = read("x.txt", `Titolo dell'articolo\n${line}\n${BODY}\n`);
    expect(readableLines(a.text)).toContain(line);
  });
});

describe("line rules stay fast on long lines (no exponential backtracking)", () => {
  // HTML blanking leaves long runs of spaces; each of these once took seconds or minutes.
  const lines = [
    `${"Facebook  ".repeat(30)}!`, `${"share   ·   ".repeat(25)}zz`, `${"cerca  menu  ".repeat(20)}x1`, `${"Home   ".repeat(30)}?`,
    `${"MONDO   › ASIA    ".repeat(5)}1`, `Seoul${" ".repeat(3000)}x`, `${"Aaaa".padEnd(44, " ").repeat(60)}x`, `${"Mosca          ,".repeat(300)} - x`,
  ];
  it.each(lines.map((l) => [JSON.stringify(l.slice(0, 24)), l]))("%s", (_label, line) => {
    const started = performance.now();
    noiseRule(line, ingestData().noise);
    read("x.txt", `${line}\n${BODY}`);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("menu bars are found by their shape", () => {
  it.each([
    ["Home | Mondo | Asia | Economia", true],
    ["Home | Mondo | Asia", true],
    ["Politica › Esteri › Asia orientale", true],
    ["Home | Mondo", false],
    ["Chi siamo | Contatti | La nostra storia editoriale", false],
    ["Mosca | Pyongyang | Pechino: i tre poli.", false],
  ])("%s -> %s", (line, expected) => {
    expect(isMenuBar(line)).toBe(expected);
  });
});

describe("the ingest data is validated at load", () => {
  const dir = () => mkdtempSync(join(tmpdir(), "trama-ingest-"));
  const write = (content: unknown) => {
    const file = join(dir(), "data.json");
    writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };
  const lexiconError = (f: () => unknown): LexiconError => {
    try {
      f();
    } catch (e) {
      if (e instanceof LexiconError) return e;
      throw e;
    }
    throw new Error("no LexiconError");
  };

  it("loads the shipped data: every rule has an id and a reason, every month a name", () => {
    const data = loadIngestData();
    expect(data.noise.length).toBeGreaterThan(10);
    for (const r of data.noise) expect(r.reason.length).toBeGreaterThan(5);
    expect(new Set(data.months.values()).size).toBe(12);
    expect(data.months.get("ottobre")).toBe(10);
    expect(data.months.get("dic")).toBe(12);
    expect(data.bylines.genericSources.has("agenzie")).toBe(true);
  });

  it.each([
    ["a bad pattern", { rules: [{ id: "broken", pattern: "(unclosed", reason: "r" }] }, /rule "broken"/, /bad pattern/],
    ["a missing reason", { rules: [{ id: "no-reason", pattern: "^x$" }] }, /rule "no-reason"/, /"reason"/],
    ["a missing id", { rules: [{ pattern: "^x$", reason: "r" }] }, /rule 0/, /"id"/],
    ["a duplicate id", { rules: [{ id: "a", pattern: "x", reason: "r" }, { id: "a", pattern: "y", reason: "r" }] }, /rule "a"/, /duplicate/],
    ["no rules array", { rule: [] }, /^$/, /rules/],
    ["invalid JSON", "{ rules: ", /^$/, /cannot read/],
  ])("noise rules: %s", (_name, content, where, reason) => {
    const file = write(content);
    const e = lexiconError(() => loadNoiseRules(file));
    expect(e.file).toBe(file);
    expect(e.where).toMatch(where);
    expect(e.reason).toMatch(reason);
  });

  it.each([
    ["a month out of range", { months: { gennaio: 13 } }, /gennaio/],
    ["a name with a dot", { months: { "gen.": 1 } }, /gen\./],
    ["a missing month", { months: { gennaio: 1, febbraio: 2 } }, /no name for month 3/],
  ])("months: %s", (_name, content, message) => {
    expect(lexiconError(() => loadMonths(write(content))).message).toMatch(message);
  });

  it("byline words must be lower-case strings", () => {
    const file = write({ genericSources: ["Agenzie"], desks: [], authorPrefixes: [], publishedLabels: [] });
    expect(lexiconError(() => loadBylineWords(file)).where).toBe("genericSources");
  });
});
