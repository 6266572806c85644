// The graph as a fold: articles added one at a time, in any order, give the graph that
// buildGraph gives from the whole list, and every name an article gave an entity stays.
import { describe, expect, it } from "vitest";
import { buildGraph, layoutGraph } from "../../src/graph/index.ts";
import { GraphFold } from "../../src/graph/fold.ts";
import type { ArticleExtraction } from "../../src/types.ts";
import { entity, extraction, mention, NK, relation, RU } from "./fixtures.ts";

const kim = (label: string) => entity("person/kim", "Person", label);

const corpus: ArticleExtraction[] = [
  extraction("c", { entities: [NK, kim("Kim")], mentions: [mention("person/kim", "Person", "c", 0)], relations: [relation("visits", "person/kim", "country/north-korea", "c", 0)] }),
  extraction("a", { entities: [NK, RU, kim("Kim Jong Un")], mentions: [mention("country/russia", "Country", "a", 1), mention("person/kim", "Person", "a", 0)], relations: [relation("meetsWith", "country/russia", "country/north-korea", "a", 1)] }),
  extraction("b", { entities: [RU, kim("Kim Jong-un")], mentions: [mention("person/kim", "Person", "b", 2)], relations: [relation("meetsWith", "country/north-korea", "country/russia", "b", 0)] }),
];

const exported = (xs: readonly ArticleExtraction[]) => {
  const fold = new GraphFold();
  for (const x of xs) fold.add(structuredClone(x));
  const g = fold.finish();
  layoutGraph(g);
  return JSON.stringify(g.export());
};

describe("GraphFold", () => {
  it("gives the same graph for every order the articles arrive in", () => {
    const orders = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    const graphs = new Set(orders.map((o) => exported(o.map((i) => corpus[i]!))));
    expect(graphs.size).toBe(1);
  });

  it("labels a merged entity with its fullest name and keeps every other name an article gave it", () => {
    const g = buildGraph(structuredClone(corpus));
    // Same length: the alphabetically first wins, whichever article came first.
    expect(g.getNodeAttribute("person/kim", "label")).toBe("Kim Jong Un");
    expect(g.getNodeAttribute("person/kim", "aliases")).toEqual(["Kim", "Kim Jong-un"]);
    expect(g.getNodeAttribute("person/kim", "aliasRules")).toEqual({ Kim: "merged-label", "Kim Jong-un": "merged-label" });
    expect(g.getNodeAttribute("person/kim", "articles")).toEqual(["a", "b", "c"]);
  });

  it("merges a symmetric relation written both ways into one edge with both sentences", () => {
    const g = buildGraph(structuredClone(corpus));
    expect(g.getEdgeAttribute("meetsWith|country/north-korea|country/russia", "evidence").map((e) => e.article)).toEqual(["a", "b"]);
  });

  it("keeps an entity described once exactly as its article described it", () => {
    const g = buildGraph([extraction("z", { entities: [RU], mentions: [mention("country/russia", "Country", "z", 0)] })]);
    expect(g.getNodeAttribute("country/russia", "aliasRules")).toEqual({ Mosca: "test" });
  });
});

describe("cross-article resolution of events and treaties", () => {
  const event = (key: string, label: string, aliases: string[]) => entity(key, "Event", label, aliases);
  const two = (a: ReturnType<typeof entity>, b: ReturnType<typeof entity>) => buildGraph([
    extraction("a", { entities: [a], mentions: [mention(a.key, "Event", "a", 0)] }),
    extraction("b", { entities: [b], mentions: [mention(b.key, "Event", "b", 0)] }),
  ]);

  it("keeps apart two happenings that share only a description in lower case", () => {
    const g = two(event("event/signing-accordo-di-pace", "firma: accordo di pace", ["firma del trattato"]), event("event/signing-patto-commerciale", "firma: patto commerciale", ["firma del trattato"]));
    expect(g.order).toBe(2);
  });

  it("merges two that share a name with a proper name in it", () => {
    const g = two(event("event/summit-lisbon", "vertice di Lisbona", ["vertice della Lega"]), event("event/summit-lega", "vertice della Lega", []));
    expect(g.order).toBe(1);
  });
});

describe("a plain GraphFold lets its state go at finish", () => {
  it("refuses a second finish or another article, and a removable fold finishes again", () => {
    const plain = new GraphFold();
    plain.add(structuredClone(corpus[0]!));
    expect(plain.finish().order).toBeGreaterThan(0);
    expect(() => plain.finish()).toThrow(/finished already/);
    expect(() => plain.add(structuredClone(corpus[1]!))).toThrow(/finished already/);
    const removable = new GraphFold({ removable: true });
    removable.add(structuredClone(corpus[0]!));
    const first = removable.finish().order;
    removable.add(structuredClone(corpus[1]!));
    expect(removable.finish().order).toBeGreaterThan(first);
  });
});
