// Every stored file keeps its offsets: the text has the decoded file's length and every
// character left to read is the file's own character at that offset. Then what each
// made-up fixture must give.
import { readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { decode, expectOffsetsTrue, read, readableLines } from "./helpers.ts";

const FIXTURES = join(projectRoot, "test", "fixtures", "ingest");
const SEEDS = join(projectRoot, "data", "articles");
const files = (dir: string) => readdirSync(dir).sort().map((name) => [name, join(dir, name)] as const);

describe("offsets stay true to the stored file", () => {
  it.each([...files(FIXTURES), ...files(SEEDS)])("%s", (name, path) => {
    const bytes = readFileSync(path);
    const a = read(name, bytes);
    const isHtml = /^\.html?$/.test(extname(name));
    expectOffsetsTrue(decode(bytes), a.text, isHtml);
    for (const span of Object.values(a.metaSpans)) {
      expect(0 <= span.start && span.start < span.end && span.end <= a.text.length).toBe(true);
    }
  });

  it("covers every fixture format", () => {
    expect(new Set(readdirSync(FIXTURES).map((n) => extname(n)))).toEqual(new Set([".html", ".md", ".txt"]));
  });
});

const fixture = (name: string) => {
  const bytes = readFileSync(join(FIXTURES, name));
  return { a: read(name, bytes), source: decode(bytes) };
};
const at = (source: string, text: string, s: { start: number; end: number } | undefined) => (s ? text.slice(s.start, s.end) : undefined) ?? source;

describe("made-up fixtures", () => {
  it("page.html: head metadata, furniture dropped, paragraphs on their own lines", () => {
    const { a } = fixture("page.html");
    expect(a.meta).toMatchObject({
      id: "page", title: "Minsk e Teheran firmano un patto sui droni", date: "2024-03-14",
      source: "Gazzetta del Baltico", url: "https://gazzetta.example/esteri/minsk-teheran-droni",
    });
    const lines = readableLines(a.text);
    for (const hidden of ["script", "font-family", "Home", "Accedi", "commento", "nascosto", "Cerca", "Leggi anche", "Chi siamo", "JavaScript", "Redazione Esteri", "</"]) {
      expect(lines.filter((l) => l.includes(hidden))).toEqual([]);
    }
    expect(lines).toContain("Minsk e Teheran firmano un patto sui droni");
    expect(lines.find((l) => l.startsWith("L’"))).toMatch(/^L’ +intesa prevede .* entro l’ +estate & +un centro/);
    expect(lines).toContainEqual(expect.stringMatching(/^Secondo fonti diplomatiche, il Cremlino è +stato informato\.$/));
    expect(lines).toContain("Un drone durante una parata militare.");
  });

  it("note.md: markdown blanked, byline read, tags dropped", () => {
    const { a, source } = fixture("note.md");
    expect(a.meta).toMatchObject({ title: "L'Iran consegna nuovi missili alla Russia", date: "2024-09-03", source: "Notizie Orientali" });
    expect(source.slice(a.metaSpans.source!.start, a.metaSpans.source!.end)).toBe("Notizie Orientali");
    const lines = readableLines(a.text).map((l) => l.replace(/\s+/g, " "));
    expect(lines).toContain("Secondo fonti occidentali , l'Iran ha consegnato alla Russia un carico di missili balistici a corto raggio, come riferito da un rapporto del Pentagono .");
    expect(lines).toContain("La parola Fath-360 indica il modello dei missili; il termine snake_case_non_si_tocca resta intero.");
    expect(a.text).not.toMatch(/[#*`>]|https?:|lanciamissili|Tag:/);
  });

  it("frontmatter.md: the block overrides the byline and is blanked", () => {
    const { a } = fixture("frontmatter.md");
    expect(a.meta).toMatchObject({ title: "Il vertice di Ulan Bator", date: "2023-11", source: "Corriere delle Steppe", url: "https://steppe.example/vertice" });
    expect(a.metaSpans).toEqual({});
    expect(readableLines(a.text)).toEqual(["Il presidente mongolo ha ricevuto una delegazione cinese a Ulan Bator per discutere di energia."]);
  });

  it("redazione.txt: a desk byline gives the date, the dateline gives the outlet", () => {
    const { a, source } = fixture("redazione.txt");
    expect(a.meta).toMatchObject({ title: "Il Kazakistan rafforza i controlli alla frontiera con la Russia", date: "2024-11-21", source: "Agenzia Stellare" });
    expect(at(source, a.text, a.metaSpans.source)).toBe("Agenzia Stellare");
    expect(source.slice(a.metaSpans.date!.start, a.metaSpans.date!.end)).toBe("21 Novembre 2024");
    expect(readableLines(a.text)).toEqual([
      "Il Kazakistan rafforza i controlli alla frontiera con la Russia",
      expect.stringMatching(/^Astana \(Agenzia Stellare\) - Il governo kazako/),
      expect.stringMatching(/^Il ministro del Commercio/),
    ]);
  });

  it("pubblicato.txt (CRLF): the `Pubblicato il` line, menus and `Fonte:` blanked", () => {
    const { a, source } = fixture("pubblicato.txt");
    expect(a.meta).toMatchObject({ title: "La Mongolia apre un corridoio ferroviario verso la Cina", date: "2025-02-10", source: "Kyodo News" });
    expect(source.slice(a.metaSpans.source!.start, a.metaSpans.source!.end)).toBe("Kyodo News");
    expect(a.text.match(/\r\n/g)?.length).toBe(source.match(/\r\n/g)?.length);
    expect(readableLines(a.text)).toEqual([
      "La Mongolia apre un corridoio ferroviario verso la Cina",
      expect.stringMatching(/^Ulan Bator, 9 febbraio 2025 - Il governo mongolo/),
      expect.stringMatching(/^La linea trasporterà/),
    ]);
  });

  it("dateline.txt: the marker's date beats the dateline's, a bare `Fonte` is dropped", () => {
    const { a } = fixture("dateline.txt");
    expect(a.meta).toMatchObject({ title: "Vertice a sorpresa tra Hanoi e Mosca sull'energia nucleare", date: "2024-12-02" });
    expect(a.meta.source).toBeUndefined();
    expect(readableLines(a.text).at(-1)).toMatch(/^La delegazione era guidata/);
  });
});
