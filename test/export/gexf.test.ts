// The streaming GEXF writer gives graphology-gexf's bytes: the writer it replaced (a copy of
// the graph, asserted edges only, formatted with these options) is the reference here.
import { PassThrough } from "node:stream";
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { CLASS_COLORS, toGexf, writeGexf } from "../../src/export/gexf.ts";
import { buildGraph, layoutGraph } from "../../src/graph/index.ts";
import type { EntityNodeAttributes, GraphAttributes, RelationEdgeAttributes, TramaGraph } from "../../src/graph/types.ts";
import { entity, extraction, mention, NK, relation, RU } from "../graph/fixtures.ts";

function reference(graph: TramaGraph): string {
  const g = new MultiDirectedGraph();
  graph.forEachNode((key, a) => g.addNode(key, { label: a.label, type: a.type, mentions: a.mentions, wikidata: a.wikidata ?? "", aliases: a.aliases.join(" | "), x: a.x, y: a.y, size: a.size }));
  graph.forEachEdge((key, a, s, t) => { if (a.modality === "asserted") g.addDirectedEdgeWithKey(key, s, t, { predicate: a.predicate, count: a.count, cameo: a.cameo ?? "" }); });
  return (gexf as unknown as { write(g: unknown, o: unknown): string }).write(g, {
    version: "1.3",
    formatNode: (_k: string, a: Record<string, unknown>) => ({ label: String(a.label), attributes: { type: a.type, mentions: a.mentions, wikidata: a.wikidata, aliases: a.aliases }, viz: { color: CLASS_COLORS[String(a.type)] ?? "#777777", x: Number(a.x), y: Number(a.y), size: Number(a.size) } }),
    formatEdge: (_k: string, a: Record<string, unknown>) => ({ label: String(a.predicate), weight: Number(a.count), attributes: { predicate: a.predicate, count: a.count, cameo: a.cameo } }),
  });
}

const empty = () => new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>() as unknown as TramaGraph;
const node = (over: Partial<EntityNodeAttributes>): EntityNodeAttributes => ({ type: "Person", label: "Nadia Ferrante", lang: "it", aliases: [], aliasRules: {}, mentions: 1, articles: ["a"], evidence: [], x: 0, y: 0, size: 6, ...over });
const edge = (over: Partial<RelationEdgeAttributes>): RelationEdgeAttributes => ({ predicate: "meetsWith", symmetric: true, modality: "asserted", count: 1, evidence: [], ...over });

describe("GEXF writer", () => {
  const built = buildGraph([
    extraction("a1", { entities: [NK, RU, entity("person/p1", "Person", "Tomás Okafor", ["Okafor"])], mentions: [mention("country/north-korea", "Country", "a1", 0), mention("person/p1", "Person", "a1", 1)], relations: [relation("visits", "person/p1", "country/russia", "a1", 1), relation("deploysTroopsTo", "country/north-korea", "country/russia", "a1", 0, "hypothetical")] }),
    extraction("a2", { entities: [NK, RU], mentions: [mention("country/russia", "Country", "a2", 0)], relations: [relation("alliedWith", "country/north-korea", "country/russia", "a2", 2)] }),
  ]);
  layoutGraph(built, { iterations: 20 });

  const cases: Array<[string, TramaGraph]> = [
    ["a built graph (hypothetical edges left out)", built],
    ["an empty graph", empty()],
    ["nodes and no edges, none with a Wikidata id", (() => { const g = empty(); g.addNode("person/a", node({})); g.addNode("person/b", node({ label: "", mentions: 0, x: -1.5 })); return g; })()],
    ["characters XML escapes, an alias before any Wikidata id, a class without a colour", (() => {
      const g = empty();
      g.addNode("org/a", node({ type: "Organization", label: `Fronte "Unito" & <Alleati>\tdel Sud`, aliases: ["A&B", "riga\nnuova"] }));
      g.addNode("org/b", node({ type: "Organization", wikidata: "Q1", mentions: 3000000000 }));
      g.addNode("thing/c", node({ type: "Thing" as EntityNodeAttributes["type"], x: 12.345, y: -0.001, size: 4.5 }));
      g.addDirectedEdgeWithKey("memberOf|org/a|org/b", "org/a", "org/b", edge({ predicate: "memberOf", count: 2 }));
      g.addDirectedEdgeWithKey("meetsWith|org/a|thing/c", "org/a", "thing/c", edge({ cameo: "040", count: 7 }));
      g.addDirectedEdgeWithKey("meetsWith|org/b|thing/c|negated", "org/b", "thing/c", edge({ modality: "negated" }));
      return g;
    })()],
    ["only non-asserted edges", (() => { const g = empty(); g.addNode("person/a", node({})); g.addNode("person/b", node({})); g.addDirectedEdgeWithKey("visits|person/a|person/b|hypothetical", "person/a", "person/b", edge({ predicate: "visits", modality: "hypothetical" })); return g; })()],
  ];

  it.each(cases)("gives graphology-gexf's bytes: %s", (_name, g) => {
    expect(toGexf(g)).toBe(reference(g));
  });

  it("streams the same bytes in pieces", async () => {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on("data", (c: Buffer) => chunks.push(c));
    await writeGexf(built, out);
    expect(Buffer.concat(chunks).toString("utf8")).toBe(reference(built));
    expect(toGexf(built)).toContain('<edge id="visits|person/p1|country/russia"');
    expect(toGexf(built)).not.toContain("deploysTroopsTo");
  });
});
