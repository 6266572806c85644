// The five seed articles in data/articles, read from disk: their metadata, and the page
// furniture they carry blanked.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { decode, read, readableLines } from "./helpers.ts";

const load = (name: string) => {
  const bytes = readFileSync(join(projectRoot, "data", "articles", name));
  return { a: read(name, bytes), source: decode(bytes) };
};

describe("the five seed articles", () => {
  it.each([
    ["000_53fd4e9527d9824e.txt", "2025-06", "AsiaNews", /^Si rafforza il sostegno militare ed economico a Mosca .* in Russia$/],
    ["001_baa33a4ea23e10ec.txt", "2025-10-28", "Chas Pravdy", /^Russia e Corea del Nord rafforzano la partnership strategica nel contesto del conflitto in Ucraina$/],
    ["002_a2b66a124bb8fab2.txt", "2025-02", undefined, /^La Corea del Nord invia ulteriori truppe in Russia per sostenere l'offensiva in Ucraina$/],
    ["003_f1d6bcf64c25065b.txt", "2024-10", undefined, /^Dal 2023 la Russia ha intensificato i suoi rapporti con la Corea del Nord, .* il conflitto in Ucraina$/],
    ["004_6cc3362cfc1a244f.txt", undefined, "France24", /^La Corea del Nord ha ufficializzato il suo sostegno pieno e incondizionato alla Russia nel conflitto in Ucraina$/],
  ])("%s: date %s, source %s", (name, date, source, title) => {
    const { a, source: stored } = load(name);
    expect(a.meta.id).toBe(name.replace(/\.txt$/, ""));
    expect(a.meta.date).toBe(date);
    expect(a.meta.source).toBe(source);
    expect(a.meta.title).toMatch(title);
    expect(stored.slice(a.metaSpans.title!.start, a.metaSpans.title!.end)).toBe(a.meta.title);
    if (source) expect(stored.slice(a.metaSpans.source!.start, a.metaSpans.source!.end)).toBe(source);
  });

  it("000: the date marker is blanked, the dateline stays and holds the source span", () => {
    const { a, source } = load("000_53fd4e9527d9824e.txt");
    expect(source.slice(a.metaSpans.date!.start, a.metaSpans.date!.end)).toBe("date 2025-06");
    expect(a.text.slice(0, a.metaSpans.date!.end).trim()).toBe("");
    const line = a.text.split("\n").find((l) => l.startsWith("Seoul"))!;
    expect(line).toMatch(/^Seoul \(AsiaNews\/Agenzie\) - Non solo soldati/);
    expect(a.text.slice(a.metaSpans.source!.start, a.metaSpans.source!.end)).toBe("AsiaNews");
  });

  it("001: the language menu, the byline and the bare `Fonte` are blanked", () => {
    const { a } = load("001_baa33a4ea23e10ec.txt");
    const lines = readableLines(a.text);
    expect(lines[0]).toBe("Russia e Corea del Nord rafforzano la partnership strategica nel contesto del conflitto in Ucraina");
    expect(lines[1]).toMatch(/^Il leader russo Vladimir Putin/);
    expect(lines.filter((l) => /^•|Chas Pravdy|^Fonte$/.test(l))).toEqual([]);
    expect(a.text.slice(0, a.text.indexOf("Russia e Corea")).trim()).toBe("");
    expect(lines.at(-1)).toMatch(/^Prima di incontri diplomatici/);
  });

  it("004: the `Fonte:` line and the image disclaimer are blanked, every paragraph kept", () => {
    const { a, source } = load("004_6cc3362cfc1a244f.txt");
    const lines = readableLines(a.text);
    expect(lines.filter((l) => /^Fonte|illustrazione/.test(l))).toEqual([]);
    expect(lines).toHaveLength(readableLines(source).length - 2);
    expect(lines.at(-1)).toMatch(/^Secondo un organismo internazionale/);
  });

  it("002 and 003 lose only their date marker", () => {
    for (const name of ["002_a2b66a124bb8fab2.txt", "003_f1d6bcf64c25065b.txt"]) {
      const { a, source } = load(name);
      const marker = /date \d{4}-\d{2}/.exec(source)!;
      expect(a.text).toBe(source.slice(0, marker.index) + " ".repeat(marker[0].length) + source.slice(marker.index + marker[0].length));
    }
  });
});
