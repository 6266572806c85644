// HTML read through parse5: text nodes at their own offsets, markup and page furniture
// blanked, blocks on their own lines, entities decoded in place, metadata from the tree.
import { describe, expect, it } from "vitest";
import { expectOffsetsTrue, read, readableLines } from "./helpers.ts";

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe("HTML text", () => {
  it("drops scripts, styles, comments, the doctype and page furniture whole", () => {
    const html = page(
      `<title>Il titolo</title><style>p { color: red }</style><script>var nascosto = "testo di script";</script>`,
      `<nav>Home | Mondo</nav><header>Testata del sito</header><!-- commento --><p>Mosca e Pyongyang firmano un accordo.</p>` +
        `<aside>Leggi anche altro</aside><form><button>Invia</button></form><noscript>Attiva JS</noscript><template><p>Modello</p></template>` +
        `<svg><text>Grafico</text></svg><iframe>Video</iframe><footer>Chi siamo</footer><div hidden>Nascosto</div><span style="display:none">Invisibile</span>`,
    );
    const a = read("x.html", html);
    expectOffsetsTrue(html, a.text, true);
    expect(readableLines(a.text)).toEqual(["Il titolo", "Mosca e Pyongyang firmano un accordo."]);
  });

  it("puts each block element on its own line so paragraphs do not merge", () => {
    const html = page("", `<h2>Sottotitolo</h2><p>Prima frase</p><p>Seconda frase</p><ul><li>Uno</li><li>Due</li></ul>Tre<br>Quattro<div>Cinque</div><table><tr><td>Sei</td></tr></table>`);
    const lines = readableLines(read("x.html", html).text);
    expect(lines).toEqual(["Sottotitolo", "Prima frase", "Seconda frase", "Uno", "Due", "Tre", "Quattro", "Cinque", "Sei"]);
  });

  it("reads line breaks inside a paragraph and inside tags as spaces, except in <pre>", () => {
    const html = page("", '<p>La Corea del Nord\n   ha inviato <a\r\nhref="x">truppe</a>.</p><pre>riga uno\nriga due</pre>');
    const lines = readableLines(read("x.html", html).text).map((l) => l.replace(/\s+/g, " "));
    expect(lines).toEqual(["La Corea del Nord ha inviato truppe .", "riga uno", "riga due"]);
  });

  it.each([
    ["&amp;", "&"], ["&rsquo;", "’"], ["&#8217;", "’"], ["&#x2019;", "’"], ["&egrave;", "è"], ["&laquo;", "«"],
    ["&nbsp;", " "], ["&lt;", "<"], ["&amp", "&"], ["&eacute;", "é"], ["&hellip;", "…"], ["&zzzz;", "&zzzz;"],
  ])("decodes %s in place", (entity, char) => {
    const html = page("", `<p>prima${entity}dopo</p>`);
    const a = read("x.html", html);
    const at = html.indexOf(entity);
    expect(a.text.slice(at, at + char.length)).toBe(char);
    expect(a.text.slice(at + char.length, at + entity.length).trim()).toBe("");
    expect(a.text.slice(at + entity.length, at + entity.length + 4)).toBe("dopo");
    expect(a.text.length).toBe(html.length);
  });

  it("reads a legacy reference without `;` as a browser does, the rest at its own offsets", () => {
    const html = page("", "<p>a &notanentity; b</p>");
    const at = html.indexOf("&not");
    const a = read("x.html", html);
    expect(a.text.slice(at, at + 4)).toBe("¬   ");
    expect(a.text.slice(at + 4, at + 13)).toBe("anentity;");
  });

  it("never copies tags that the parser swallowed into a text node", () => {
    const html = "<p>Uno</span> due</p>\n</body>\n</html>\n";
    const a = read("x.html", html);
    expect(readableLines(a.text)).toEqual(["Uno        due"]);
    expectOffsetsTrue(html, a.text, true);
  });

  it("keeps markup-like text in <title> (it has no tags)", () => {
    expect(read("x.html", page("<title>A &lt; B <b> C</title>", "<p>Testo.</p>")).meta.title).toBe("A < B <b> C");
  });
});

describe("HTML metadata", () => {
  it.each([
    ['<meta property="article:published_time" content="2024-05-03T10:00:00Z">', "", "2024-05-03"],
    ['<meta name="date" content="2023-11">', "", "2023-11"],
    ["", '<p>Pubblicato: <time datetime="2022-07-14">14 luglio</time></p><p>Testo.</p>', "2022-07-14"],
    ['<meta property="article:published_time" content="domani">', "<p>Testo.</p>", undefined],
    ['<meta property="article:published_time" content="2024-02-30">', "<p>Testo.</p>", undefined],
  ])("date from %s %s", (head, body, date) => {
    expect(read("x.html", page(`<title>Titolo</title>${head}`, body || "<p>Testo.</p>")).meta.date).toBe(date);
  });

  it("prefers the page's own metadata to a byline in its text, and reads outlet and URL", () => {
    const html = page(
      '<title>Un vertice a Vladivostok | Corriere Orientale</title><meta property="og:site_name" content="Corriere Orientale">' +
        '<meta property="article:published_time" content="2024-09-05"><meta property="og:url" content="https://og.example/a"><link rel="canonical" href="https://corriere.example/a">',
      "<h1>Un vertice a Vladivostok</h1><p>Agenzia Ghiaccio - 4 settembre 2024</p><p>Il testo.</p>",
    );
    const a = read("x.htm", html);
    expect(a.meta).toMatchObject({ title: "Un vertice a Vladivostok", date: "2024-09-05", source: "Agenzia Ghiaccio", url: "https://corriere.example/a" });
    expect(a.text.slice(a.metaSpans.title!.start, a.metaSpans.title!.end)).toBe("Un vertice a Vladivostok");
    expect(readableLines(a.text)).not.toContain("Agenzia Ghiaccio - 4 settembre 2024");
  });

  it("takes the title from the first <h1> when there is no <title>", () => {
    const html = page("", "<header><h1>Nella testata</h1></header><article><h1>Il titolo vero</h1><p>Testo.</p></article>");
    const a = read("x.html", html);
    expect(a.meta.title).toBe("Nella testata");
    expect(a.metaSpans.title).toBeUndefined();
    const b = read("x.html", page("", "<h1>Il  titolo\n vero</h1><p>Testo.</p>"));
    expect(b.meta.title).toBe("Il titolo vero");
  });

  it("takes the outlet from og:site_name when the text names none", () => {
    expect(read("x.html", page('<meta property="og:site_name" content="Voce del Nord">', "<p>Testo.</p>")).meta.source).toBe("Voce del Nord");
  });
});

describe("markdown", () => {
  it.each([
    ["# Titolo", "Titolo"],
    ["### Titolo chiuso ###", "Titolo chiuso"],
    ["Un testo in *corsivo* e in **grassetto**.", "Un testo in corsivo e in grassetto ."],
    ["Un testo in _corsivo_ e in __grassetto__.", "Un testo in corsivo e in grassetto ."],
    ["**grassetto *e corsivo***", "grassetto e corsivo"],
    ["Un ~~errore~~ corretto.", "Un errore corretto."],
    ["Un [collegamento](http://example.org/pagina \"titolo\") nel testo.", "Un collegamento nel testo."],
    ["Un [riferimento][1] nel testo.", "Un riferimento nel testo."],
    ["[1]: http://example.org/nota", ""],
    ["![Foto del vertice](img/vertice.jpg)", ""],
    ["- punto elenco", "punto elenco"],
    ["2. punto numerato", "punto numerato"],
    ["> citazione", "citazione"],
    ["Il codice `Hwasong-19` è un missile.", "Il codice Hwasong-19 è un missile."],
    ["Un a capo<br>in HTML", "Un a capo in HTML"],
    ["Visita <https://example.org> per altro.", "Visita per altro."],
    ["snake_case_resta e 2*3*4 pure", "snake_case_resta e 2*3*4 pure"],
    ["Un asterisco \\* letterale", "Un asterisco * letterale"],
    ["---", ""],
  ])("%s", (md, expected) => {
    const source = `${md}\nIl testo dell'articolo.\n`;
    const a = read("x.md", source);
    expectOffsetsTrue(source, a.text);
    const first = a.text.split("\n")[0]!;
    expect(first.replace(/\s+/g, " ").trim()).toBe(expected);
  });

  it("does not read markdown syntax in a .txt file", () => {
    const source = "Un testo in *corsivo* con un [link](http://example.org).";
    expect(read("x.txt", source).text).toBe(source);
  });
});
