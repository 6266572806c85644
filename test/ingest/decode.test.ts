// Bad input is refused with a short reason (the CLI prints `warning: <file>: <reason>,
// skipped`); good input is decoded with offsets true to the stored bytes.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ARTICLE_EXTENSIONS, articleId } from "../../src/ingest/index.ts";
import { enc, read, reasonOf } from "./helpers.ts";

describe("bad input is refused with a reason", () => {
  it.each([
    ["no bytes", new Uint8Array(), /^empty file$/],
    ["only a BOM", Uint8Array.of(0xef, 0xbb, 0xbf), /^empty file$/],
    ["whitespace only", enc("  \n\t \r\n"), /^empty file \(only whitespace\)$/],
    ["a NUL byte", Uint8Array.of(0x41, 0x42, 0x00, 0x43), /^binary file \(NUL byte at offset 2\)$/],
    ["a NUL byte in valid text", enc("Testo\u0000con un byte nullo."), /^binary file \(NUL byte at offset 5\)$/],
    ["a UTF-16 mark with an odd number of bytes", Uint8Array.of(0xff, 0xfe, 0x41), /^invalid UTF-16LE$/],
    ["a truncated sequence", Uint8Array.of(0x63, 0x69, 0x74, 0x74, 0xc3), /^invalid UTF-8$/],
    ["Latin-1 text", Uint8Array.of(0x63, 0x69, 0x74, 0x74, 0xe0, 0x20, 0x61), /^invalid UTF-8$/],
    ["only page furniture", enc("• En\n• Es\nHome | Mondo | Asia\n"), /^no readable text$/],
    ["only a byline", enc("Chas Pravdy - 28 Ottobre 2025 11:48\n"), /^no readable text$/],
    ["HTML with nothing to read", enc("<html><head><script>var x = 1;</script></head><body><nav>Home</nav></body></html>"), /^no readable text$/],
  ])("%s", (_name, bytes, expected) => {
    const name = /HTML/.test(_name) ? "x.html" : "x.txt";
    expect(reasonOf(() => read(name, bytes))).toMatch(expected);
  });

  it.each([
    ["x.pdf", "unsupported file type .pdf (expected .txt, .md, .html)"],
    ["x.docx", "unsupported file type .docx (expected .txt, .md, .html)"],
    ["README", "unsupported file type (no extension) (expected .txt, .md, .html)"],
  ])("refuses %s", (name, reason) => {
    expect(reasonOf(() => read(name, "Un testo qualsiasi."))).toBe(reason);
  });

  it("names the file given on the command line in the error", () => {
    expect(() => read("x.txt", new Uint8Array())).toThrow("in/x.txt: empty file");
  });
});

describe("decoding keeps offsets true", () => {
  it("drops a UTF-8 BOM (EF BB BF) and reads the rest from offset 0", () => {
    const a = read("x.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...enc("Prima riga dell'articolo.\nSeconda riga.")]));
    expect(a.text).toBe("Prima riga dell'articolo.\nSeconda riga.");
    expect(a.meta.title).toBe("Prima riga dell'articolo");
    expect(a.metaSpans.title).toEqual({ start: 0, end: 24 });
  });

  it.each([
    ["CRLF", "Il titolo\r\n\r\nIl testo dell'articolo.\r\n"],
    ["lone CR", "Il titolo\r\rIl testo dell'articolo.\r"],
    ["mixed", "Il titolo\r\n\nIl testo.\rAltro testo.\n"],
  ])("keeps %s line breaks unchanged", (_name, source) => {
    const a = read("x.txt", source);
    expect(a.text).toBe(source);
    const at = source.indexOf("Il testo");
    expect(a.text.slice(at, at + 8)).toBe("Il testo");
  });

  it("keeps characters outside the BMP as two UTF-16 units, like the source string", () => {
    const source = "Titolo 🇰🇵 con bandiera\n\nLa Corea del Nord 🚀 ha lanciato un missile.";
    expect(read("x.txt", source).text).toBe(source);
  });
});

describe("identity", () => {
  it.each([
    ["000_53fd4e9527d9824e.txt", "000_53fd4e9527d9824e"],
    ["Articolo Uno.TXT", "articolo-uno"],
    ["Città del Vaticano.md", "citta-del-vaticano"],
    ["Ünïcode € 😀.txt", "unicode"],
    ["a b.txt", "a-b"],
    ["2024/kim-a-mosca.html", "2024-kim-a-mosca"],
    ["a.b.txt", "a-b"],
  ])("%s -> id %s", (name, id) => {
    expect(articleId(name)).toBe(id);
  });

  it("records the file name and the sha256 of the stored bytes", () => {
    const a = read("Nota.txt", "Testo.");
    expect(a.meta.file).toBe("Nota.txt");
    expect(a.meta.contentHash).toBe(createHash("sha256").update(enc("Testo.")).digest("hex"));
    expect(read("Nota.txt", "Testo!").meta.contentHash).not.toBe(a.meta.contentHash);
  });

  it("lists the extensions it reads", () => {
    expect([...ARTICLE_EXTENSIONS].sort()).toEqual([".htm", ".html", ".md", ".txt"]);
  });
});
