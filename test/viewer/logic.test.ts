// The viewer's pure logic: name folding for search, URL state, filters, the timeline.
import { describe, expect, it } from "vitest";
import { SearchIndex, fold } from "../../viewer/src/search.ts";
import { emptyState, fromHash, toHash } from "../../viewer/src/state.ts";
import { edgeKept, egoNetwork, inPeriod, monthsOf, nodeKept } from "../../viewer/src/filters.ts";

describe("search", () => {
  const index = new SearchIndex([
    { key: "person/sergei-shoigu", label: "Sergei Shoigu", type: "Person", names: ["Sergueï Choïgou", "Shoigu", "Сергей Шойгу"] },
    { key: "country/russia", label: "Russia", type: "Country", names: ["Russia", "Mosca", "Federazione Russa"] },
  ]);
  it.each(["Choïgou", "Sergei Shoigu", "shoigu", "SHOIGU", "serguei"])("finds Shoigu by %s", (q) => {
    expect(index.find(q)[0]?.key).toBe("person/sergei-shoigu");
  });
  it("folds accents, case and punctuation", () => expect(fold("Sergueï  Choïgou!")).toBe("serguei choigou"));
});

describe("URL state", () => {
  it("round-trips selection and filters through the hash", () => {
    const s = { ...emptyState(), selected: "person/x", hops: 2 as const, from: "2024-10", to: "2025-03", measure: "killed" };
    s.hiddenClasses.add("Place");
    s.hiddenPredicates.add("locatedIn");
    s.hiddenArticles.add("a1");
    const back = fromHash(toHash(s));
    expect(back).toEqual(s);
  });
  it("gives an empty hash for the default view", () => expect(toHash(emptyState())).toBe(""));
});

describe("filters", () => {
  const ev = (date: string, article = "a") => ({ article, date });
  it.each([
    ["2025-04-12", "2025-01", "2025-04", true],
    ["2025-05", "2025-01", "2025-04", false],
    ["2024-12", "2025-01", undefined, false],
    [undefined, "2025-01", undefined, false],
    [undefined, undefined, undefined, true],
  ])("inPeriod(%s, %s, %s) = %s", (d, from, to, expected) => expect(inPeriod(d, from, to)).toBe(expected));

  it("hides a node by class and by period", () => {
    const s = emptyState();
    s.hiddenClasses.add("Place");
    expect(nodeKept({ type: "Place", evidence: [ev("2025-01")] }, s)).toBe(false);
    s.from = "2025-02";
    expect(nodeKept({ type: "Person", evidence: [ev("2025-01")] }, s)).toBe(false);
    expect(nodeKept({ type: "Person", evidence: [ev("2025-03")] }, s)).toBe(true);
  });

  it("keeps an edge while one supporting sentence passes, never a hypothetical one", () => {
    const s = { ...emptyState(), hiddenArticles: new Set(["a"]) };
    expect(edgeKept({ predicate: "visits", evidence: [ev("2025-01", "a"), ev("2025-01", "b")] }, s)).toBe(true);
    expect(edgeKept({ predicate: "visits", evidence: [ev("2025-01", "a")] }, s)).toBe(false);
    expect(edgeKept({ predicate: "visits", modality: "hypothetical", evidence: [ev("2025-01", "b")] }, emptyState())).toBe(false);
  });

  it("lists the months of the evidence and walks ego networks", () => {
    expect(monthsOf(["2025-06", "2024-10-28", undefined, "2025", "2025-06-01"])).toEqual(["2024-10", "2025-06"]);
    const adj: Record<string, string[]> = { a: ["b"], b: ["a", "c"], c: ["b", "d"], d: ["c"] };
    expect([...egoNetwork("a", 1, (n) => adj[n]!)].sort()).toEqual(["a", "b"]);
    expect([...egoNetwork("a", 2, (n) => adj[n]!)].sort()).toEqual(["a", "b", "c"]);
  });
});
