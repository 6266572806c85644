// GEXF for Gephi: classes, colours, positions and weights, from graphology-gexf's writer.
// Only asserted relations are written (hypothetical and negated statements are not edges in Gephi).
import { MultiDirectedGraph } from "graphology";
import gexf from "graphology-gexf";
import type { TramaGraph } from "../graph/types.ts";

/** Okabe–Ito colours per class, the viewer's palette. */
export const CLASS_COLORS: Record<string, string> = {
  Country: "#0072B2", Person: "#D55E00", Organization: "#009E73", Place: "#E69F00", Treaty: "#CC79A7", Event: "#56B4E9",
};

export function toGexf(graph: TramaGraph): string {
  const g = new MultiDirectedGraph();
  graph.forEachNode((key, a) => g.addNode(key, { label: a.label, type: a.type, mentions: a.mentions, wikidata: a.wikidata ?? "", aliases: a.aliases.join(" | "), x: a.x, y: a.y, size: a.size }));
  graph.forEachEdge((key, a, s, t) => {
    if (a.modality === "asserted") g.addDirectedEdgeWithKey(key, s, t, { predicate: a.predicate, count: a.count, cameo: a.cameo ?? "" });
  });
  const writer = gexf as unknown as { write(g: unknown, o: unknown): string };
  return writer.write(g, {
    version: "1.3",
    formatNode: (_key: string, a: Record<string, unknown>) => ({
      label: String(a.label),
      attributes: { type: a.type, mentions: a.mentions, wikidata: a.wikidata, aliases: a.aliases },
      viz: { color: CLASS_COLORS[String(a.type)] ?? "#777777", x: Number(a.x), y: Number(a.y), size: Number(a.size) },
    }),
    formatEdge: (_key: string, a: Record<string, unknown>) => ({
      label: String(a.predicate),
      weight: Number(a.count),
      attributes: { predicate: a.predicate, count: a.count, cameo: a.cameo },
    }),
  });
}
