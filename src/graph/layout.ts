// Positions computed at build time: deterministic start (nodes on a circle in key order),
// then ForceAtlas2 for a fixed number of iterations. Same graph, same positions.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { TramaGraph } from "./types.ts";

export interface LayoutSettings {
  iterations?: number;
}

export function layoutGraph(graph: TramaGraph, settings: LayoutSettings = {}): void {
  const keys = graph.nodes().sort();
  const n = keys.length;
  keys.forEach((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    graph.mergeNodeAttributes(key, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  if (n > 1) {
    const iterations = settings.iterations ?? (n < 1000 ? 500 : n < 10000 ? 150 : 50);
    const fa2 = forceAtlas2 as unknown as { assign(g: unknown, o: unknown): void; inferSettings(g: unknown): Record<string, unknown> };
    fa2.assign(graph, { iterations, settings: { ...fa2.inferSettings(graph), barnesHutOptimize: n > 500 } });
  }
  graph.forEachNode((key, a) => {
    graph.mergeNodeAttributes(key, {
      x: Math.round(a.x * 1000) / 1000,
      y: Math.round(a.y * 1000) / 1000,
      size: Math.round((4 + 2 * Math.sqrt(a.mentions)) * 100) / 100,
    });
  });
}
