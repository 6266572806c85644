// The viewer's language, chart and geometry logic, without a browser.
import { describe, expect, it } from "vitest";
import { axisRange, claimGroups, groupPhrase, monthIndex, seriesOf, type ClaimLike } from "../../viewer/src/claims.ts";
import { distanceToSegment, largest, nearestSegment, placeLabels } from "../../viewer/src/hit.ts";
import { amountWords, formatDate, formatNumber, measurePhrase, rulePhrase } from "../../viewer/src/i18n.ts";
import { articleTitle, namesFor } from "../../viewer/src/names.ts";
import { emptyState, fromHash, toHash } from "../../viewer/src/state.ts";

describe("numbers and dates", () => {
  it.each([
    [6000, "it", "6.000"], [6000, "en", "6,000"], [1700000000, "it", "1.700.000.000"], [600, "it", "600"], [1.5, "it", "1,5"],
  ] as const)("formatNumber(%d, %s) = %s", (n, lang, out) => expect(formatNumber(n, lang)).toBe(out));
  it.each([
    ["2025-06", "it", "giugno 2025"], ["2025-06", "en", "June 2025"], ["2025-06-19", "it", "19 giugno 2025"], ["2024", "it", "2024"], [undefined, "it", ""],
  ] as const)("formatDate(%s, %s) = %s", (d, lang, out) => expect(formatDate(d, lang)).toBe(out));
  it("says the qualifier in words", () => {
    expect(amountWords(6000, "it", "atLeast")).toBe("almeno 6.000");
    expect(amountWords(600, "en", "about")).toBe("about 600");
  });
});

describe("words for measures and rules", () => {
  it("names a measure with its subject", () => {
    expect(measurePhrase("killed", "it", "morti", { label: "Corea del Nord", demonym: "nordcoreani", isCountry: true })).toBe("morti tra i soldati nordcoreani");
    expect(measurePhrase("killed", "en", "killed", { label: "North Korea", isCountry: true })).toBe("killed among soldiers of North Korea");
    expect(measurePhrase("value", "it", "valore")).toBe("valore");
  });
  it.each([
    ["role.leader:presidente", "carica di vertice «presidente»"],
    ["lexicon:person/sergei-shoigu", "nome riconosciuto dal lessico"],
    ["lexicon:place/moscow:locatedIn", "fatto noto del lessico: dove si trova"],
    ["count.killed+source.secondo", "cifra attribuita con «secondo»"],
    ["deploy.verb", "verbo della frase"],
  ])("rulePhrase(%s) = %s", (rule, phrase) => expect(rulePhrase(rule, "it")).toBe(phrase));
  it("keeps an unknown rule id as it is", () => expect(rulePhrase("something-new", "it")).toBe("something-new"));
});

describe("names from graph.json", () => {
  const attrs: Record<string, any> = { "country/north-korea": { label: "North Korea", labels: { it: "Corea del Nord", en: "North Korea" } }, "person/x": { label: "Ivan X" } };
  const articles = new Map([["a1", { id: "a1", title: "Un titolo", source: "AsiaNews" }], ["a2", { id: "a2", file: "a2.txt" }]]);
  const vocab = { meetsWith: { it: "incontra", en: "meets with" } };
  it("reads labels, relation names and article titles in the language chosen", () => {
    const it_ = namesFor("it", (k) => attrs[k], vocab, articles);
    const en = namesFor("en", (k) => attrs[k], vocab, articles);
    expect([it_.node("country/north-korea"), en.node("country/north-korea"), it_.node("person/x")]).toEqual(["Corea del Nord", "North Korea", "Ivan X"]);
    expect([it_.relation("meetsWith"), en.relation("meetsWith"), it_.relation("visits")]).toEqual(["incontra", "meets with", "visits"]);
    expect(it_.article("a1")).toBe("AsiaNews — Un titolo");
    expect(articleTitle(articles.get("a2"), "a2")).toBe("a2.txt");
  });
});

describe("the claims chart", () => {
  const c = (id: string, measure: string, asOf: string | undefined, claimedBy?: string, about = "country/kp"): ClaimLike => ({ id, measure, amount: 1, about, ...(asOf ? { asOf } : {}), ...(claimedBy ? { claimedBy } : {}), article: "a", evidence: { text: "", start: 0 } });
  it("gives one point a month either side", () => {
    const x = monthIndex("2025-01");
    expect(axisRange([x])).toEqual({ min: x - 1, max: x + 1, step: 1 });
    expect(axisRange([monthIndex("2020-01"), monthIndex("2025-01")]).step).toBe(6);
    expect(axisRange([monthIndex("2015-01"), monthIndex("2025-01")]).step).toBe(12);
  });
  it("groups by measure and subject and keeps undated figures out of the series", () => {
    const claims = [c("1", "killed", "2025-01", "org/nis"), c("2", "killed", undefined, "org/nis"), c("3", "killed", "2025-04"), c("4", "wounded", "2025-01"), c("5", "killed", "2025-02", undefined, "country/ua")];
    expect(claimGroups(claims)).toEqual(["killed|country/kp", "killed|country/ua", "wounded|country/kp"]);
    const series = seriesOf(claims, "killed|country/kp", (k) => k ?? "none");
    expect([...series.keys()].sort()).toEqual(["none", "org/nis"]);
    expect(series.get("org/nis")!.map((x) => x.id)).toEqual(["1"]);
    const names = namesFor("it", () => ({ labels: { it: "Corea del Nord", en: "North Korea" } }), { killed: { it: "morti", en: "killed" } }, new Map());
    expect(groupPhrase("killed|country/kp", names, () => ({ demonym: "nordcoreani", type: "Country" }))).toBe("morti tra i soldati nordcoreani");
  });
});

describe("screen geometry", () => {
  it("hits an edge within the tolerance beside its line, the nearest first", () => {
    const segs = [{ key: "a", a: { x: 0, y: 0 }, b: { x: 100, y: 0 } }, { key: "b", a: { x: 0, y: 20 }, b: { x: 100, y: 20 } }];
    expect(distanceToSegment({ x: 50, y: 6 }, segs[0]!.a, segs[0]!.b)).toBe(6);
    expect(nearestSegment({ x: 50, y: 6 }, segs, 8)).toBe("a");
    expect(nearestSegment({ x: 50, y: 13 }, segs, 8)).toBe("b");
    expect(nearestSegment({ x: 50, y: 8 }, segs, 8)).toBe("a");
    expect(nearestSegment({ x: 50, y: 10 }, segs, 8)).toBeUndefined();
    expect(nearestSegment({ x: 150, y: 0 }, segs, 8)).toBeUndefined();
  });
  it("places forced labels always and others only where they do not overlap", () => {
    const box = (key: string, x: number, y: number, forced = false, priority = 1) => ({ key, x, y, width: 50, height: 14, forced, priority });
    const placed = placeLabels([box("small", 10, 0, false, 1), box("big", 0, 0, false, 5), box("hub", 20, 2, true), box("far", 300, 0)]);
    expect([...placed].sort()).toEqual(["far", "hub"]);
    expect(largest([["a", 1], ["b", 9], ["c", 5]], 2)).toEqual(new Set(["b", "c"]));
  });
});

describe("URL state", () => {
  it("keeps the language and a selected relation in the hash, Italian by default", () => {
    expect(fromHash("").lang).toBe("it");
    const s = { ...emptyState(), lang: "en" as const, edge: "meetsWith|a|b" };
    expect(toHash(s)).toBe("#lang=en&edge=meetsWith%7Ca%7Cb");
    expect(fromHash(toHash(s))).toEqual(s);
  });
});
