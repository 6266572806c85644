// `trama ner --tokens` input and output: every given token comes back, in order, and
// document boundaries (`-DOCSTART-`, `# newdoc`) are kept.
import { describe, expect, it } from "vitest";
import { bioTags, formatConllDocuments, nerMentions, parseTokenDocuments } from "../../src/extract/ner.ts";
import type { Mention } from "../../src/types.ts";

describe("parsing pre-tokenized input", () => {
  it("splits sentences at blank lines and documents at -DOCSTART- and # newdoc", () => {
    const docs = parseTokenDocuments("-DOCSTART-\tO\n\nUno\tO\ndue\tO\n\ntre\tO\n# newdoc id = b\nquattro\tO\n");
    expect(docs.map((d) => d.marker)).toEqual(["-DOCSTART-\tO", "# newdoc id = b"]);
    expect(docs.map((d) => d.sentences)).toEqual([[["Uno", "due"], ["tre"]], [["quattro"]]]);
  });

  it("keeps a whitespace-only token and a lone # as tokens; skips # comment lines", () => {
    const docs = parseTokenDocuments("# sent_id = 1\na\n \n#\nb\n");
    expect(docs).toEqual([{ sentences: [["a", " ", "#", "b"]] }]);
    const tabbed = parseTokenDocuments("a\tO\n \tO\nb\tO\n");
    expect(tabbed[0]!.sentences).toEqual([["a", " ", "b"]]);
  });

  it("writes back every token, the -DOCSTART- token tagged O, comment markers as given", () => {
    const docs = parseTokenDocuments("-DOCSTART-\nRoma\n \n\n# newdoc\nx\n");
    const tagged = docs.map((d) => ({ ...(d.marker ? { marker: d.marker } : {}), sentences: d.sentences.map((s) => s.map((t) => ({ text: t, tag: "O" }))) }));
    expect(formatConllDocuments(tagged)).toBe("-DOCSTART-\tO\n\nRoma\tO\n \tO\n\n# newdoc\n\nx\tO\n");
  });
});

describe("NER view of mentions", () => {
  it("a body named after its place is two names, as annotators mark them", async () => {
    const { context } = await import("./helpers.ts");
    const { analyze } = await import("../../src/nlp/index.ts");
    const { recognizeEntities } = await import("../../src/extract/entities/index.ts");
    const ctx = await context();
    const text = "Ieri il Tribunale di Brusimpiano ha condannato due persone.\n";
    const doc = analyze({ meta: { id: "t", file: "t", contentHash: "" }, text, metaSpans: {} }, ctx.nlp);
    const ms = nerMentions(doc, recognizeEntities(doc, ctx.extract.entities).resolved);
    expect(ms.map((m) => `${text.slice(m.start, m.end)}:${m.type}`)).toEqual(["Tribunale:Organization", "Brusimpiano:Place"]);
  });
});

describe("BIO tags", () => {
  const mention = (start: number, end: number, type: Mention["type"], resolvedBy = "new-name") =>
    ({ key: "k", type, surface: "", start, end, sentence: 0, rule: "r", resolvedBy, evidence: {} }) as unknown as Mention;

  it("a nationality adjective gives no tag; a name gives B- then I-", () => {
    const tokens = [{ text: "Ada", start: 0, end: 3 }, { text: "Neri", start: 4, end: 8 }, { text: "italiana", start: 9, end: 17 }];
    const tags = bioTags(tokens, [mention(0, 8, "Person"), mention(9, 17, "Country", "demonym")]).map((t) => t.tag);
    expect(tags).toEqual(["B-PER", "I-PER", "O"]);
  });
});
