// Metadata read from the text itself: bylines, the ` date` marker, `Fonte:` lines,
// datelines, front matter, titles, and which wins when several speak.
import { describe, expect, it } from "vitest";
import { read, readableLines, reasonOf } from "./helpers.ts";

const BODY = "Il testo dell'articolo comincia qui, con una frase che racconta i fatti.";
const withLine = (line: string) => `Titolo dell'articolo di prova\n\n${line}\n\n${BODY}\n`;

describe("bylines give the date and the outlet, and are blanked", () => {
  it.each([
    ["Chas Pravdy - 28 Ottobre 2025 11:48", "2025-10-28", "Chas Pravdy", "28 Ottobre 2025"],
    ["Redazione Esteri - 21 Novembre 2024 09:40", "2024-11-21", undefined, "21 Novembre 2024"],
    ["Pubblicato il 10 febbraio 2025 alle 07:45 - Aggiornato alle 09:12", "2025-02-10", undefined, "10 febbraio 2025"],
    ["31 ottobre 2025 · Esteri", "2025-10-31", undefined, "31 ottobre 2025"],
    ["12 gennaio 2025", "2025-01-12", undefined, "12 gennaio 2025"],
    ["Il Foglio Orientale | 3 MARZO 2024", "2024-03-03", "Il Foglio Orientale", "3 MARZO 2024"],
    ["Notiziario Baltico – 1 dic. 2023, 18:05", "2023-12-01", "Notiziario Baltico", "1 dic. 2023"],
    ["Gazzetta Andina · 9 Sett. 2022", "2022-09-09", "Gazzetta Andina", "9 Sett. 2022"],
    ["di Marta Bianchi - 5 aprile 2024", "2024-04-05", undefined, "5 aprile 2024"],
    ["La Redazione · 2 luglio 2024", "2024-07-02", undefined, "2 luglio 2024"],
    ["Data: 07/06/2024", "2024-06-07", undefined, "07/06/2024"],
    ["Published on October 28, 2025", "2025-10-28", undefined, "October 28, 2025"],
    ["1° gennaio 2025 ore 10.30", "2025-01-01", undefined, "1° gennaio 2025"],
  ])("%s", (line, date, source, dateText) => {
    const text = withLine(line);
    const a = read("x.txt", text);
    expect(a.meta.date).toBe(date);
    expect(a.meta.source).toBe(source);
    const at = text.indexOf(line);
    expect(a.text.slice(at, at + line.length).trim()).toBe("");
    expect(text.slice(a.metaSpans.date!.start, a.metaSpans.date!.end)).toBe(dateText);
    if (source) expect(text.slice(a.metaSpans.source!.start, a.metaSpans.source!.end)).toBe(source);
    else expect(a.metaSpans.source).toBeUndefined();
    expect(readableLines(a.text)).toEqual(["Titolo dell'articolo di prova", BODY]);
  });

  it.each([
    ["a date inside a phrase", "Il vertice del 12 giugno 2024 a Mosca"],
    ["a sentence with a date", "Il 12 giugno 2024 Putin ha firmato il trattato con Kim a Pyongyang."],
    ["an impossible day", "Agenzia Nord - 30 febbraio 2024"],
    ["a month that is not one", "Agenzia Nord - 12 brumaio 2024"],
    ["a long name before the date", "Secondo quanto riferito da tutte le fonti locali - 3 marzo 2024"],
  ])("keeps %s as text", (_name, line) => {
    const a = read("x.txt", withLine(line));
    expect(a.meta.date).toBeUndefined();
    expect(readableLines(a.text)).toContain(line);
  });

  it("reads a dated line in the middle of a long article as text, not as its byline", () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragrafo numero ${i + 1} dell'articolo, con una frase completa.`);
    paragraphs.splice(6, 0, "12 gennaio 2025");
    const a = read("x.txt", paragraphs.join("\n\n"));
    expect(a.meta.date).toBeUndefined();
    expect(readableLines(a.text)).toContain("12 gennaio 2025");
  });

  it("reads a byline on the last line of an article", () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `Paragrafo numero ${i + 1} dell'articolo, con una frase completa.`);
    const a = read("x.txt", [...paragraphs, "Gazzetta Andina - 4 maggio 2024"].join("\n\n"));
    expect(a.meta.date).toBe("2024-05-04");
    expect(a.meta.source).toBe("Gazzetta Andina");
  });

  it("blanks an author line under the title", () => {
    const a = read("x.txt", `Titolo dell'articolo di prova\ndi Marta Bianchi\n\n${BODY}`);
    expect(readableLines(a.text)).toEqual(["Titolo dell'articolo di prova", BODY]);
    expect(a.meta.source).toBeUndefined();
  });
});

describe("the ` date` marker of the first lines", () => {
  it.each([
    [" date 2025-06 Si rafforza il sostegno militare a Mosca da parte di Pyongyang. Ma emergono nuovi dati", "2025-06", "Si rafforza il sostegno militare a Mosca da parte di Pyongyang"],
    ["date 2024-09-03 La Bielorussia invia istruttori militari in Russia", "2024-09-03", "La Bielorussia invia istruttori militari in Russia"],
    ["  date 2024-10 Dal 2023 Mosca ha intensificato i rapporti con Pyongyang, ricevendo armi e truppe.", "2024-10", "Dal 2023 Mosca ha intensificato i rapporti con Pyongyang, ricevendo armi e truppe"],
  ])("%j", (first, date, title) => {
    const text = `${first}\n\n${BODY}`;
    const a = read("x.txt", text);
    expect(a.meta.date).toBe(date);
    expect(a.meta.title).toBe(title);
    const marker = /date \S+/.exec(text)!;
    expect(a.metaSpans.date).toEqual({ start: marker.index, end: marker.index + marker[0].length });
    expect(a.text.slice(0, marker.index + marker[0].length).trim()).toBe("");
    expect(text.slice(a.metaSpans.title!.start, a.metaSpans.title!.end)).toBe(title);
    expect(a.text.slice(a.metaSpans.title!.start, a.metaSpans.title!.end)).toBe(title);
  });

  it("blanks a marker with an impossible date but takes no date from it", () => {
    const a = read("x.txt", `date 2025-13 Un titolo qualsiasi per la prova\n\n${BODY}`);
    expect(a.meta.date).toBeUndefined();
    expect(a.text.startsWith(`${" ".repeat("date 2025-13 ".length)}Un titolo`)).toBe(true);
  });

  it.each([
    ["under a title", "Il titolo dell'articolo\n date 2025-06-19\n\n"],
    ["under a title and a subtitle", "Il titolo dell'articolo\nUn sottotitolo che spiega meglio\n\n date 2025-06-19\n\n"],
    ["in a markdown file under its heading", "# Il titolo dell'articolo\n\n date 2025-06-19\n\n"],
  ])("is read on one of the first lines: %s", (_where, head) => {
    const a = read(head.startsWith("#") ? "x.md" : "x.txt", `${head}${BODY}`);
    expect(a.meta.date).toBe("2025-06-19");
    expect(a.text).not.toMatch(/date 2025/);
    expect(a.meta.title).toBe("Il titolo dell'articolo");
  });

  it("is text, not a marker, below the first lines", () => {
    const text = `Il titolo dell'articolo\n\nUno.\n\nDue.\n\nTre.\n\nQuattro.\n\nCinque.\n\ndate 2025-06 resta nel testo\n\n${BODY}`;
    expect(read("x.txt", text).meta.date).toBeUndefined();
    expect(readableLines(read("x.txt", text).text)).toContain("date 2025-06 resta nel testo");
  });
});

describe("`Fonte:` lines", () => {
  it.each([
    ["Fonte: France24", "France24", "France24", undefined],
    ["Fonte: Kyodo News", "Kyodo News", "Kyodo News", undefined],
    ["  FONTE : Agenzia Fides.", "Agenzia Fides", "Agenzia Fides", undefined],
    ["Fonti: Reuters, Yonhap", "Reuters", "Reuters", undefined],
    ["Fonte: https://www.france24.com/it/asia/20250618-corea", "france24.com", "france24.com", "https://www.france24.com/it/asia/20250618-corea"],
  ])("%s", (line, source, spanText, url) => {
    const text = `${BODY}\n${line}\n`;
    const a = read("x.txt", text);
    expect(a.meta.source).toBe(source);
    expect(a.meta.url).toBe(url);
    expect(text.slice(a.metaSpans.source!.start, a.metaSpans.source!.end)).toBe(spanText);
    expect(readableLines(a.text)).toEqual([BODY]);
  });

  it("blanks a bare `Fonte` label without taking a source", () => {
    const a = read("x.txt", `${BODY}\n\nFonte\n`);
    expect(a.meta.source).toBeUndefined();
    expect(readableLines(a.text)).toEqual([BODY]);
  });

  it("keeps a line that only starts like a source label", () => {
    const line = "Fonte: secondo il ministero della Difesa le truppe sarebbero oltre tremila";
    expect(readableLines(read("x.txt", `${BODY}\n${line}`).text)).toContain(line);
  });

  it("gives way to the byline's outlet", () => {
    expect(read("x.txt", withLine("Chas Pravdy - 28 Ottobre 2025 11:48") + "Fonte: France24\n").meta.source).toBe("Chas Pravdy");
  });
});

describe("datelines name the outlet and the date but stay in the text", () => {
  it.each([
    ["Seoul (AsiaNews/Agenzie) - Non solo soldati: Pyongyang invierà operai in Russia.", "AsiaNews", undefined],
    ["Roma (ANSA) - Il ministro degli Esteri ha ricevuto l'omologo coreano.", "ANSA", undefined],
    ["Kyiv (Agenzie/Ukrinform) - Nuovi attacchi di droni nella notte sulla capitale.", "Ukrinform", undefined],
    ["Seoul, 29 novembre 2024 - Lee Jae-myung ha chiesto chiarimenti al governo.", undefined, "2024-11-29"],
    ["Città del Vaticano, 3 marzo 2025 (Agenzia Fides) – Il Papa ha ricevuto il presidente.", "Agenzia Fides", "2025-03-03"],
  ])("%s", (line, source, date) => {
    const text = `Titolo dell'articolo di prova\n\n${line}\n`;
    const a = read("x.txt", text);
    expect(a.meta.source).toBe(source);
    expect(a.meta.date).toBe(date);
    expect(readableLines(a.text)).toContain(line);
    if (source) expect(a.text.slice(a.metaSpans.source!.start, a.metaSpans.source!.end)).toBe(source);
  });

  it.each([
    ["a generic source", "Tokyo (Agenzie) - Il governo giapponese ha protestato con Mosca."],
    ["a title with a dash", "Ucraina-Russia - Putin fa la spesa da Kim: ecco le armi da Nordcorea"],
    ["a dash inside a sentence", "A riportare la notizia sono i media russi - per la seconda volta in un mese."],
  ])("finds nothing in %s", (_name, line) => {
    const a = read("x.txt", `Titolo dell'articolo di prova\n\n${line}\n`);
    expect(a.meta.source).toBeUndefined();
    expect(a.meta.date).toBeUndefined();
  });

  it("gives way to a byline's date and a `Fonte:` line's outlet", () => {
    const text = "Titolo dell'articolo di prova\n12 gennaio 2025\n\nSeoul, 11 gennaio 2025 (Yonhap) - Il testo.\n\nFonte: Kyodo News\n";
    const a = read("x.txt", text);
    expect(a.meta.date).toBe("2025-01-12");
    expect(a.meta.source).toBe("Kyodo News");
  });
});

describe("front matter overrides the text and is blanked", () => {
  const fm = (body: string) => `---\n${body}\n---\n`;

  it.each([
    ["title: Un titolo\ndate: 2024-03\nsource: Una Fonte\nurl: https://example.org/a", { title: "Un titolo", date: "2024-03", source: "Una Fonte", url: "https://example.org/a" }],
    ['title: "Tra virgolette"\ndate: \'2024\'', { title: "Tra virgolette", date: "2024" }],
    ["date: 2024-02-29\nautore: ignorato", { date: "2024-02-29" }],
    ["Date: 2023-05-01T09:00:00Z", { date: "2023-05-01" }],
    ["title: Solo il titolo", { title: "Solo il titolo" }],
  ])("%j", (block, expected) => {
    const text = `${fm(block)}Chas Pravdy - 28 Ottobre 2025 11:48\n\nIl titolo nel testo\n\n${BODY}`;
    const a = read("x.txt", text);
    expect({ title: a.meta.title, date: a.meta.date, source: a.meta.source, url: a.meta.url }).toEqual({
      title: "Il titolo nel testo", date: "2025-10-28", source: "Chas Pravdy", url: undefined, ...expected,
    });
    expect(a.text.slice(0, fm(block).length).trim()).toBe("");
  });

  it.each(["2024-13", "ieri", "2024-02-30", "12/03/2024", ""])("refuses the date %j", (date) => {
    expect(reasonOf(() => read("x.md", `---\ndate: ${date}\n---\n${BODY}`))).toBe(`front matter: invalid date "${date}"`);
  });

  it("reads a CRLF block", () => {
    const a = read("x.txt", `---\r\ndate: 2022-08-15\r\n---\r\n${BODY}\r\n`);
    expect(a.meta.date).toBe("2022-08-15");
    expect(a.text.startsWith("   \r\n")).toBe(true);
  });

  it("is only front matter at the very start", () => {
    const a = read("x.txt", `${BODY}\n---\ndate: 2024-13\n---\n`);
    expect(a.meta.date).toBeUndefined();
  });
});

describe("titles", () => {
  it("is the first readable line, after page furniture", () => {
    const a = read("x.txt", `• En\n• It\n\nRussia e Corea del Nord rafforzano la partnership\n\n${BODY}`);
    expect(a.meta.title).toBe("Russia e Corea del Nord rafforzano la partnership");
    expect(a.text.slice(a.metaSpans.title!.start, a.metaSpans.title!.end)).toBe(a.meta.title);
  });

  it("stops at the first sentence end of a lead paragraph", () => {
    const a = read("x.txt", `La Corea del Nord ha ufficializzato il suo sostegno alla Russia. Durante la visita a Pyongyang se ne è parlato.`);
    expect(a.meta.title).toBe("La Corea del Nord ha ufficializzato il suo sostegno alla Russia");
  });

  it("is at most 200 characters, cut between words", () => {
    const long = Array.from({ length: 60 }, (_, i) => `parola${i}`).join(" ");
    const title = read("x.txt", `${long}\n\n${BODY}`).meta.title!;
    expect(title.length).toBeLessThanOrEqual(200);
    expect(long.startsWith(title)).toBe(true);
    expect(long[title.length]).toBe(" ");
  });
});
