// Table tests for ingest: bad input, metadata without a sidecar, noise blanked in place,
// HTML and markdown read with offsets true to the stored file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { IngestError } from "../../src/errors.ts";
import { ingest } from "../../src/ingest/index.ts";
import { projectRoot } from "../../src/paths.ts";

const enc = (s: string) => new TextEncoder().encode(s);
const read = (name: string, text: string | Uint8Array) => ingest({ path: name, name, bytes: typeof text === "string" ? enc(text) : text });
const reason = (f: () => unknown) => {
  try { f(); } catch (e) { return e instanceof IngestError ? e.reason : `not an IngestError: ${(e as Error).message}`; }
  return "no error";
};

describe("bad input is refused with a reason", () => {
  it.each([
    ["empty", new Uint8Array(), /^empty file/],
    ["whitespace only", enc("  \n\t \r\n"), /^empty file/],
    ["NUL byte", Uint8Array.of(0x41, 0x00, 0x42), /^binary file \(NUL byte at offset 1\)/],
    ["invalid UTF-8", Uint8Array.of(0x41, 0xff, 0x42), /^invalid UTF-8/],
    ["only page furniture", enc("• En\n• Es\n"), /^no readable text/],
  ])("%s", (_name, bytes, expected) => {
    expect(reason(() => read("x.txt", bytes))).toMatch(expected);
  });

  it("refuses an unsupported file type", () => {
    expect(reason(() => read("x.pdf", "testo"))).toMatch(/unsupported file type \.pdf/);
  });

  it("drops a BOM and keeps CRLF with offsets true", () => {
    const a = read("x.txt", Uint8Array.from([0xef, 0xbb, 0xbf, ...enc("Prima riga.\r\nSeconda riga.\r\n")]));
    expect(a.text).toBe("Prima riga.\r\nSeconda riga.\r\n");
  });
});

describe("metadata found without a sidecar", () => {
  it.each([
    ["Chas Pravdy - 28 Ottobre 2025 11:48\n\nIl testo dell'articolo comincia qui.", "2025-10-28", "Chas Pravdy"],
    ["Redazione Esteri - 21 Novembre 2024 09:40\n\nIl testo dell'articolo comincia qui.", "2024-11-21", undefined],
    ["Titolo\n\nPubblicato il 10 febbraio 2025 alle 07:45 - Aggiornato alle 09:12\n\nIl testo.", "2025-02-10", undefined],
    ["Titolo\n\n31 ottobre 2025 · Esteri\n\nIl testo.", "2025-10-31", undefined],
    [" date 2025-06 Si rafforza il sostegno militare.\n\nIl testo.", "2025-06", undefined],
    ["Titolo\n\nIl testo.\nFonte: Kyodo News\n", undefined, "Kyodo News"],
    ["Seoul (AsiaNews/Agenzie) - Non solo soldati: la notizia.", undefined, "AsiaNews"],
    ["Seoul, 29 novembre 2024 - Lee Jae-myung ha parlato.", "2024-11-29", undefined],
    ["---\ntitle: Un titolo\ndate: 2024-03\nsource: Una Fonte\n---\nChas Pravdy - 28 Ottobre 2025 11:48\nIl testo.", "2024-03", "Una Fonte"],
  ])("%j -> date %s, source %s", (text, date, source) => {
    const a = read("x.txt", text);
    expect(a.meta.date).toBe(date);
    expect(a.meta.source).toBe(source);
    expect(a.text.length).toBe(text.length);
  });

  it("refuses an invalid date in front matter", () => {
    expect(reason(() => read("x.txt", "---\ndate: 2024-13\n---\nTesto."))).toMatch(/front matter: invalid date/);
  });

  it("gives each article a stable id from its file name and a content hash", () => {
    const a = read("Articolo Uno.TXT".toLowerCase(), "Testo.");
    expect(a.meta.id).toBe("articolo-uno");
    expect(a.meta.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("page furniture is blanked in place; article text is kept", () => {
  it.each([
    "• En", "  • Ук", "Condividi: Facebook · X · WhatsApp · Email", "Home | Mondo | Asia | Economia | Politica",
    "Leggi anche: Borse asiatiche in calo, pesano i nuovi dazi", "Tag: Corea del Nord · Russia · Lavoro", "© RIPRODUZIONE RISERVATA",
    "Chi siamo | Contatti | Privacy | Cookie policy | Pubblicità", "MONDO › ASIA", "Tempo di lettura: 3 minuti",
  ])("%s", (noise) => {
    const body = "La Corea del Nord ha inviato nuove truppe nella regione di Kursk, secondo fonti ufficiali.";
    const text = `${noise}\n${body}\n`;
    const a = read("x.txt", text);
    expect(a.text.slice(0, noise.length).trim()).toBe("");
    expect(a.text.slice(noise.length + 1, noise.length + 1 + body.length)).toBe(body);
  });
});

describe("HTML and markdown", () => {
  const html = `<!doctype html><html><head><title>Il titolo</title><meta property="article:published_time" content="2024-05-03T10:00:00Z"><style>p{color:red}</style><script>var hidden = "script text";</script></head>
<body><nav>Home | Mondo</nav><p>Mosca &amp; Pyongyang firmano un accordo.</p><footer>Chi siamo</footer></body></html>`;

  it("reads text nodes at their source offsets and drops scripts, styles, nav and footer", () => {
    const a = read("x.html", html);
    expect(a.text.length).toBe(html.length);
    expect(a.text).not.toContain("script text");
    expect(a.text).not.toContain("color:red");
    expect(a.text).not.toContain("Home | Mondo");
    expect(a.text).not.toContain("Chi siamo");
    const at = html.indexOf("Mosca");
    expect(a.text.slice(at, at + 5)).toBe("Mosca");
    expect(a.text).toContain("Mosca &");
    expect(a.meta.title).toBe("Il titolo");
    expect(a.meta.date).toBe("2024-05-03");
  });

  it("blanks markdown markup", () => {
    const md = "# Titolo\n\nUn testo in *corsivo* con un [link](http://example.org).\n";
    const a = read("x.md", md);
    expect(a.text.length).toBe(md.length);
    expect(a.text).not.toMatch(/[#*]|http/);
    expect(a.text).toContain("corsivo");
    expect(a.text).toContain("link");
  });
});

describe("the five seed articles", () => {
  const file = (name: string) => read(name, readFileSync(join(projectRoot, "data", "articles", name)));
  it.each([
    ["000_53fd4e9527d9824e.txt", "2025-06", "AsiaNews"],
    ["001_baa33a4ea23e10ec.txt", "2025-10-28", "Chas Pravdy"],
    ["002_a2b66a124bb8fab2.txt", "2025-02", undefined],
    ["003_f1d6bcf64c25065b.txt", "2024-10", undefined],
    ["004_6cc3362cfc1a244f.txt", undefined, "France24"],
  ])("%s: date %s, source %s", (name, date, source) => {
    const a = file(name);
    expect(a.meta.date).toBe(date);
    expect(a.meta.source).toBe(source);
  });

  it("blanks the language menu of 001", () => {
    expect(file("001_baa33a4ea23e10ec.txt").text.slice(0, 40).trim()).toBe("");
  });
});
