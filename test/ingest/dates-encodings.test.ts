// Plain-text and markdown articles get their date as HTML ones do: from datelines in
// either order (`L'Aja (Olanda), 25 giugno 2025 –`), bylines with a date, and ` date`
// markers under a title; UTF-16 files (with a byte order mark) are decoded, not refused.
import { describe, expect, it } from "vitest";
import { read, reasonOf } from "./helpers.ts";

const BODY = "Il vertice dei ministri degli esteri si è concluso con una dichiarazione comune sul sostegno all'Ucraina.\n";

describe("datelines", () => {
  it.each([
    ["x.txt", "Il titolo del pezzo\n\nRoma, 3 marzo 2025 – Il governo ha approvato il decreto.\n", "2025-03-03", undefined],
    ["x.txt", "Il titolo del pezzo\n\nL'Aja (Olanda), 25 giugno 2025 – I leader si sono riuniti al vertice.\n", "2025-06-25", undefined],
    ["x.md", "# Il titolo del pezzo\n\nBruxelles (Belgio), 14 febbraio 2025 — Il Consiglio ha deciso.\n", "2025-02-14", undefined],
    ["x.txt", "Il titolo del pezzo\n\nVILNIUS, 2 aprile 2025 (ANSA) – Il parlamento ha votato.\n", "2025-04-02", "ANSA"],
    ["x.txt", "Il titolo del pezzo\n\nSeul (AsiaNews/Agenzie), 9 maggio 2025 – Il governo ha risposto.\n", "2025-05-09", "AsiaNews"],
  ])("%s %j -> date %s, source %s", (name, text, date, source) => {
    const a = read(name, text + BODY);
    expect(a.meta.date).toBe(date);
    expect(a.meta.source).toBe(source);
    // The date is read where it is written.
    const s = a.metaSpans.date!;
    expect(/\d{4}$/.test((text + BODY).slice(s.start, s.end))).toBe(true);
  });

  it("does not take a place's country in parentheses for the outlet", () => {
    expect(read("x.txt", `Titolo\n\nL'Aja (Olanda), 25 giugno 2025 – ${BODY}`).meta.source).toBeUndefined();
  });
});

describe("bylines with a date in text and markdown", () => {
  it.each([
    ["x.txt", "Il titolo del pezzo\ndi Giulia Bianchi, 12 gennaio 2025\n"],
    ["x.md", "# Il titolo del pezzo\n\n*di Giulia Bianchi* · 12 gennaio 2025\n\n"],
    ["x.txt", "Il titolo del pezzo\nPubblicato il 12 gennaio 2025 alle 07:45\n"],
  ])("%s %j", (name, head) => {
    const a = read(name, head + BODY);
    expect(a.meta.date).toBe("2025-01-12");
    expect(a.text).not.toMatch(/gennaio/);
  });
});

describe("UTF-16 with a byte order mark", () => {
  const text = `Il titolo del pezzo\n\nRoma, 3 marzo 2025 – Città più à la page: ${BODY}`;
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  const be = Buffer.from(le);
  be.swap16();

  it.each([["LE", le], ["BE", be]])("decodes UTF-16%s and reads it like UTF-8", (_o, bytes) => {
    const a = read("x.txt", bytes);
    expect(a.text).toBe(read("x.txt", text).text);
    expect(a.meta.date).toBe("2025-03-03");
  });

  it("still refuses UTF-16 that does not decode, and binary with NUL characters", () => {
    expect(reasonOf(() => read("x.txt", Uint8Array.of(0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00)))).toBe("invalid UTF-16LE");
    expect(reasonOf(() => read("x.txt", Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x00, 0x00)))).toMatch(/^binary file/);
  });
});
