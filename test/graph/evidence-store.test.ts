// The fold's compact evidence (src/graph/evidence-store.ts): a row gives back the Evidence
// that was added (fields, their order, absent focus or date), one string per sentence of an
// article however many facts it backs, interned strings, and a graph built from the rows
// equal to one built from the objects.
import { describe, expect, it } from "vitest";
import { StringTable } from "../../src/string-table.ts";
import { EvidenceStore } from "../../src/graph/evidence-store.ts";
import { buildGraph } from "../../src/graph/index.ts";
import type { Evidence } from "../../src/types.ts";
import { extraction, mention, NK, relation, RU } from "./fixtures.ts";

const sentence = "Il ministro Ivo Marenko è arrivato a Velmora.";
/** A new string with the same characters (a structured clone or a JSON parse gives one per piece of evidence). */
const copyOf = (s: string) => JSON.parse(JSON.stringify(s)) as string;
const ev = (over: Partial<Evidence> = {}): Evidence => ({ article: "art-1", sentence: 3, start: 120, end: 167, text: copyOf(sentence), focus: { start: 132, end: 145 }, date: "2025-03-02", rule: "tree:visit-verb", ...over });

describe("EvidenceStore", () => {
  const cases: Array<[string, Evidence]> = [
    ["focus and date", ev()],
    ["no focus", (({ focus: _f, ...e }) => e)(ev())],
    ["no date", (({ date: _d, ...e }) => e)(ev())],
    ["neither", (({ focus: _f, date: _d, ...e }) => e)(ev())],
    ["a title (sentence -1) with a focus at offset 0", ev({ sentence: -1, start: 0, end: 20, focus: { start: 0, end: 0 } })],
  ];
  it.each(cases)("gives back the Evidence added, key order included: %s", (_name, e) => {
    const store = new EvidenceStore();
    const row = store.add(e, store.sentences());
    expect(store.get(row)).toEqual(e);
    expect(JSON.stringify(store.get(row))).toBe(JSON.stringify(e));
  });

  it("keeps one string per sentence of an article, whichever copy each piece of evidence came with", () => {
    const store = new EvidenceStore();
    const texts = store.sentences();
    const a = store.add(ev(), texts), b = store.add(ev({ rule: "lexicon:x", start: 120 }), texts);
    const c = store.add(ev({ sentence: 4, text: copyOf("Un'altra frase.") }), texts);
    expect(store.text(a)).toBe(store.text(b));
    expect(Object.is(store.get(a).text, store.get(b).text)).toBe(true);
    expect(store.text(c)).toBe("Un'altra frase.");
    // Another article's map: its texts are its own, even when the words are the same.
    const d = store.add(ev({ article: "art-2" }), store.sentences());
    expect(store.get(d).text).toBe(sentence);
    expect(store.article(d)).toBe("art-2");
  });

  it("interns article ids, rules and dates: rows compare by id", () => {
    const store = new EvidenceStore();
    const texts = store.sentences();
    const a = store.add(ev(), texts), b = store.add(ev({ start: 1 }), texts), c = store.add(ev({ article: "art-9" }), texts);
    expect(store.articleId(a)).toBe(store.articleId(b));
    expect(store.articleId(a)).not.toBe(store.articleId(c));
    expect(store.ruleId(a)).toBe(store.ruleId(b));
    expect(store.focusStart(a)).toBe(132);
    expect(store.focusEnd(store.add((({ focus: _f, ...e }) => e)(ev()), texts))).toBe(0);
  });

  it("grows past its first allocation without losing rows", () => {
    const store = new EvidenceStore();
    const texts = store.sentences();
    const rows = Array.from({ length: 5000 }, (_, i) => store.add(ev({ start: i, end: i + 10, focus: { start: i, end: i + 1 } }), texts));
    expect(store.size).toBe(5000);
    expect(rows.map((r) => store.start(r))).toEqual(rows.map((_, i) => i));
    expect(store.get(rows[4999]!).focus).toEqual({ start: 4999, end: 5000 });
  });

  it("shares a kept object's text and strings with the rows' (a claim's evidence)", () => {
    const store = new EvidenceStore();
    const texts = store.sentences();
    const row = store.add(ev(), texts);
    const kept = store.share(ev(), texts);
    expect(Object.is(kept.text, store.text(row))).toBe(true);
    expect(kept).toEqual(ev());
  });
});

describe("EvidenceStore.ranks", () => {
  const collate = new Intl.Collator().compare;
  it("ranks strings in the comparer's order, equal ones alike, and reuses the ranks until a string is added", () => {
    const store = new EvidenceStore();
    const texts = store.sentences();
    for (const article of ["b", "a", "B", "c"]) store.add(ev({ article }), texts);
    const caseless = (x: string, y: string) => collate(x.toLowerCase(), y.toLowerCase());
    const rank = store.ranks(caseless);
    const r = (s: string) => rank[store.strings.find(s)!]!;
    expect(r("a")).toBeLessThan(r("b"));
    expect(r("b")).toBe(r("B"));
    expect(r("b")).toBeLessThan(r("c"));
    expect(store.ranks(caseless)).toBe(rank);
    store.add(ev({ article: "0" }), texts);
    const again = store.ranks(caseless);
    expect(again).not.toBe(rank);
    expect(again[store.strings.find("0")!]).toBe(0);
  });
});

describe("StringTable", () => {
  it("gives one id per distinct string and finds without adding", () => {
    const t = new StringTable();
    expect(t.id("a")).toBe(0);
    expect(t.id("b")).toBe(1);
    expect(t.id(copyOf("a"))).toBe(0);
    expect(t.find("c")).toBeUndefined();
    expect(t.size).toBe(2);
  });
});

describe("a graph from compact evidence", () => {
  it("keeps every piece of evidence, sorted, one per sentence and rule on an edge", () => {
    const xs = [
      extraction("b", { entities: [NK, RU], mentions: [mention("country/russia", "Country", "b", 1), mention("country/russia", "Country", "b", 0)], relations: [relation("meetsWith", "country/russia", "country/north-korea", "b", 0), relation("meetsWith", "country/russia", "country/north-korea", "b", 0)] }),
      extraction("a", { entities: [NK, RU], mentions: [mention("country/russia", "Country", "a", 2)], relations: [relation("meetsWith", "country/north-korea", "country/russia", "a", 1)] }),
    ];
    const g = buildGraph(structuredClone(xs));
    const nodeEvidence = g.getNodeAttribute("country/russia", "evidence");
    expect(nodeEvidence.map((e) => [e.article, e.sentence])).toEqual([["a", 2], ["b", 0], ["b", 1]]);
    expect(nodeEvidence.map((e) => e.text)).toEqual(xs.flatMap((x) => x.mentions).sort((p, q) => p.evidence.article.localeCompare(q.evidence.article) || p.evidence.start - q.evidence.start).map((m) => m.evidence.text));
    const edge = g.edges().find((k) => k.startsWith("meetsWith|"))!;
    // The same sentence and rule said twice in "b" is one piece of evidence.
    expect(g.getEdgeAttribute(edge, "evidence").map((e) => e.article)).toEqual(["a", "b"]);
    expect(g.getEdgeAttribute(edge, "count")).toBe(2);
  });

  it("gives no evidence and no node for an article that mentions nothing", () => {
    const g = buildGraph([extraction("z", { entities: [], mentions: [] })]);
    expect(g.order).toBe(0);
  });
});
