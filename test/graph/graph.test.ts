import { describe, expect, it } from "vitest";
import { buildGraph, layoutGraph } from "../../src/graph/index.ts";
import { entity, extraction, mention, NK, relation, RU } from "./fixtures.ts";

const a = extraction("a", {
  entities: [NK, RU],
  mentions: [mention("country/north-korea", "Country", "a", 0), mention("country/russia", "Country", "a", 0)],
  relations: [relation("deploysTroopsTo", "country/north-korea", "country/russia", "a", 0), relation("deploysTroopsTo", "country/north-korea", "country/russia", "a", 1), relation("alliedWith", "country/russia", "country/north-korea", "a", 2)],
  claims: [{ id: "claim/1", measure: "killed", amount: 600, evidence: mention("country/russia", "Country", "a", 3).evidence }],
});
const b = extraction("b", {
  entities: [NK, entity("person/kim", "Person", "Kim Jong Un")],
  mentions: [mention("country/north-korea", "Country", "b", 0), mention("person/kim", "Person", "b", 1)],
  relations: [relation("deploysTroopsTo", "country/north-korea", "country/russia", "b", 0), relation("visits", "person/kim", "country/russia", "b", 2, "hypothetical")],
});

describe("buildGraph", () => {
  it("merges one entity's mentions across articles", () => {
    const g = buildGraph([a, b]);
    expect(g.getNodeAttribute("country/north-korea", "mentions")).toBe(2);
    expect(g.getNodeAttribute("country/north-korea", "articles")).toEqual(["a", "b"]);
  });

  it("makes one edge per relation with every supporting sentence and a count", () => {
    const g = buildGraph([a, b, extraction("c", { entities: [RU], mentions: [mention("country/russia", "Country", "c", 0)] })]);
    const e = g.getEdgeAttributes("deploysTroopsTo|country/north-korea|country/russia");
    expect(e.count).toBe(3);
    expect(e.evidence.map((x) => `${x.article}:${x.sentence}`)).toEqual(["a:0", "a:1", "b:0"]);
  });

  it("stores symmetric relations once, in key order", () => {
    const g = buildGraph([a]);
    expect(g.hasEdge("alliedWith|country/north-korea|country/russia")).toBe(true);
  });

  it("keeps hypothetical statements apart from plain relations", () => {
    const g = buildGraph([a, b]);
    expect(g.hasEdge("visits|person/kim|country/russia")).toBe(false);
    expect(g.getEdgeAttribute("visits|person/kim|country/russia|hypothetical", "modality")).toBe("hypothetical");
  });

  it("is the same graph whatever the input order, with the same layout", () => {
    const g1 = buildGraph([a, b]);
    const g2 = buildGraph([b, a]);
    layoutGraph(g1);
    layoutGraph(g2);
    expect(JSON.stringify(g1.export())).toBe(JSON.stringify(g2.export()));
  });

  it("drops and reports a relation or mention whose entity no extraction describes, and builds the rest", () => {
    const bad = extraction("x", {
      entities: [NK], mentions: [mention("country/north-korea", "Country", "x", 0), mention("country/nowhere", "Country", "x", 0)],
      relations: [relation("supports", "country/north-korea", "country/nowhere", "x", 0)],
    });
    const dropped: string[] = [];
    const g = buildGraph([bad, a], { onDangling: (file, fact) => dropped.push(`${file}: ${fact}`) });
    expect(dropped).toEqual(["x.txt: mention of country/nowhere", "x.txt: relation supports to country/nowhere"]);
    expect(g.hasNode("country/nowhere")).toBe(false);
    expect(g.hasNode("country/north-korea")).toBe(true);
    expect(g.getNodeAttribute("country/north-korea", "mentions")).toBeGreaterThan(0);
  });

  it("keeps claims with their article", () => {
    expect(buildGraph([a]).getAttribute("claims")).toEqual([expect.objectContaining({ id: "claim/1", article: "a", amount: 600 })]);
  });
});
