// Table tests for the NLP stage: sentences, tokens with offsets, elision, lemmas, numbers.
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze, loadNlpContext, normalizeText, parseItalianNumber, type NlpContext } from "../../src/nlp/index.ts";
import { projectRoot } from "../../src/paths.ts";
import type { AnalyzedArticle } from "../../src/types.ts";

let ctx: NlpContext;
beforeAll(async () => { ctx = await loadNlpContext(join(projectRoot, "data")); });

const doc = (text: string): AnalyzedArticle => analyze({ meta: { id: "t", file: "t.txt", contentHash: "" }, text, metaSpans: {} }, ctx);

describe("sentences", () => {
  it.each([
    ["Il sig. Rossi è arrivato. Poi è partito.", 2],
    ["Donald J. Trump ha parlato ieri.", 1],
    ["Un titolo senza punto\nIl primo paragrafo comincia qui.", 2],
    ["Gli U.S. hanno risposto. La Cina tace.", 2],
    ["Il prof. Lim ha detto che la guerra continua. Secondo il gen. Petrov no.", 2],
    ["«Una citazione.» Poi il resto.", 2],
  ])("%j has %i sentences", (text, n) => {
    expect(doc(text).sentences).toHaveLength(n);
  });

  it("never lets a sentence cross a newline", () => {
    const d = doc("Riga uno senza punto\nRiga due. Riga tre\r\nRiga quattro.");
    for (const s of d.sentences) expect(s.text).not.toMatch(/[\r\n]/);
  });
});

describe("tokens", () => {
  it.each([
    ["dell'anniversario", ["dell'", "anniversario"]],
    ["dell’anniversario", ["dell’", "anniversario"]],
    ["l'Ucraina", ["l'", "Ucraina"]],
    ["Kim Jong-un", ["Kim", "Jong-un"]],
    ["Veniamin Kondrat'ev", ["Veniamin", "Kondrat'ev"]],
    ["oltre 6.000 soldati", ["oltre", "6.000", "soldati"]],
    ["il 40% delle munizioni", ["il", "40", "%", "delle", "munizioni"]],
    ["11mila operai", ["11mila", "operai"]],
    ["sud-coreani", ["sud-coreani"]],
    ["1,7 miliardi", ["1,7", "miliardi"]],
  ])("%s -> %j", (text, tokens) => {
    const d = doc(text);
    const toks = d.sentences.flatMap((s) => s.tokens);
    expect(toks.map((t) => t.text)).toEqual(tokens);
    for (const t of toks) expect(d.text.slice(t.start, t.end)).toBe(t.text);
  });

  it("marks elided forms with their full word", () => {
    const t = doc("nell’ultimo anno").sentences[0]!.tokens[0]!;
    expect(t.elisionOf).toBe("nella");
    expect(t.norm).toBe("nell'");
  });

  it.each([["’", "'"], ["“", '"'], ["—", "-"], ["\u00a0", " "]])("normalizes %j to %j", (a, b) => {
    expect(normalizeText(a)).toBe(b);
  });
});

describe("lemmas (morph-it)", () => {
  it.each([
    ["inviati", "inviare"], ["invierà", "inviare"], ["inviando", "inviare"], ["inviandone", "inviare"], ["schierate", "schierare"],
    ["firmarono", "firmare"], ["siglato", "siglare"], ["sottoscritto", "sottoscrivere"], ["incontrato", "incontrare"], ["incontrerà", "incontrare"],
    ["fornisce", "fornire"], ["forniture", "fornitura"], ["truppe", "truppa"], ["soldati", "soldato"], ["nordcoreane", "nordcoreano"],
    ["ha", "avere"], ["hanno", "avere"], ["sono", "essere"], ["è", "essere"], ["rafforzarsi", "rafforzare"],
    ["dispiegato", "dispiegare"], ["trasferito", "trasferire"], ["spedito", "spedire"], ["consegnando", "consegnare"], ["ricevuto", "ricevere"],
    ["condannato", "condannare"], ["accusando", "accusare"], ["visitato", "visitare"], ["arrivato", "arrivare"], ["combattono", "combattere"],
    ["uccisi", "uccidere"], ["feriti", "ferire"], ["morti", "morire"], ["vittime", "vittima"], ["munizioni", "munizione"],
    ["missili", "missile"], ["proiettili", "proiettile"], ["alleanza", "alleanza"], ["potrebbe", "potere"], ["stimano", "stimare"],
  ])("%s -> %s", (form, lemma) => {
    const t = doc(`Frase con ${form} dentro.`).sentences[0]!.tokens[2]!;
    expect(t.lemmas).toContain(lemma);
  });
});

describe("Italian numbers", () => {
  it.each([
    ["6.000", 6000], ["1.050.000", 1050000], ["13.221", 13221], ["1,7 miliardi", 1.7e9], ["5,5 miliardi", 5.5e9], ["28 milioni", 28e6],
    ["2,3 milioni", 2.3e6], ["otto milioni", 8e6], ["nove milioni", 9e6], ["un milione", 1e6], ["11mila", 11000], ["150mila", 150000],
    ["7mila", 7000], ["260mila", 260000], ["duemila", 2000], ["tremilacinquecento", 3500], ["duecentocinquanta", 250], ["ventitré", 23],
    ["ventotto", 28], ["ventuno", 21], ["cento", 100], ["mille", 1000], ["cinquemila", 5000], ["quarantadue", 42], ["diciassette", 17],
    ["trecento", 300], ["seicentomila", 600000], ["un centinaio", 100], ["una ventina", 20], ["un migliaio", 1000],
    ["7.600 miliardi", 7.6e12], ["320 milioni", 320e6], ["1,3 miliardi", 1.3e9], ["12.000", 12000],
  ])("%s = %d", (text, value) => {
    expect(parseItalianNumber(text, ctx.numbers)).toBeCloseTo(value, 3);
  });

  it.each([
    ["Secondo il NIS, il 40% delle munizioni arriva da Pyongyang.", 40, true],
    ["Circa il 50 per cento delle munizioni.", 50, true],
    ["Almeno 6.000 soldati sono morti.", 6000, false],
    ["Un centinaio di soldati è arrivato.", 100, false],
    ["Ha inviato 1,7 miliardi di dollari.", 1.7e9, false],
  ])("reads %j in a sentence", (text, value, percent) => {
    const n = doc(text).sentences[0]!.numbers[0]!;
    expect(n.value).toBeCloseTo(value as number, 3);
    expect(n.percent).toBe(percent);
  });

  it("does not read ordinals as quantities", () => {
    expect(doc("Alla terza conferenza e all'undicesima sessione.").sentences[0]!.numbers).toEqual([]);
  });
});
