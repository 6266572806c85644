// Positions computed at build time: deterministic start (nodes on a circle in key order),
// then ForceAtlas2 for a fixed number of iterations. Same graph, same positions.
//
// An incremental build keeps the positions of the previous build: known nodes stay where
// they were, a new node starts at the mean of its placed neighbours (or on the circle when
// it has none), and a few ForceAtlas2 iterations settle them.
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { TramaGraph } from "./types.ts";

export interface LayoutSettings {
  iterations?: number;
  /** Positions of a previous build, by node key: kept, and only a few iterations run. */
  previous?: ReadonlyMap<string, readonly [number, number]>;
}

/** Iterations after an incremental placement. */
export const SETTLE_ITERATIONS = 5;

const fa2 = forceAtlas2 as unknown as { assign(g: unknown, o: unknown): void; inferSettings(g: unknown): Record<string, unknown> };

function circle(keys: readonly string[]): Map<string, [number, number]> {
  const n = keys.length;
  return new Map(keys.map((key, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    return [key, [100 * Math.cos(angle), 100 * Math.sin(angle)]];
  }));
}

/** Start positions: previous ones kept; new nodes at their placed neighbours' mean, else on the circle. */
function startPositions(graph: TramaGraph, keys: readonly string[], previous: ReadonlyMap<string, readonly [number, number]> | undefined): Map<string, readonly [number, number]> {
  const start = circle(keys) as Map<string, readonly [number, number]>;
  if (!previous) return start;
  for (const key of keys) { const p = previous.get(key); if (p) start.set(key, p); }
  for (const key of keys) {
    if (previous.has(key)) continue;
    let x = 0, y = 0, k = 0;
    graph.forEachNeighbor(key, (nb) => { const p = previous.get(nb); if (p) { x += p[0]; y += p[1]; k++; } });
    // A small offset from the key's place on the circle, so two new nodes never coincide.
    if (k > 0) { const c = start.get(key)!; start.set(key, [x / k + c[0] / 50, y / k + c[1] / 50]); }
  }
  return start;
}

export function layoutGraph(graph: TramaGraph, settings: LayoutSettings = {}): void {
  const keys = graph.nodes().sort();
  const n = keys.length;
  const previous = settings.previous && settings.previous.size > 0 ? settings.previous : undefined;
  for (const [key, [x, y]] of startPositions(graph, keys, previous)) graph.mergeNodeAttributes(key, { x, y });
  if (n > 1) {
    const iterations = settings.iterations ?? (previous ? SETTLE_ITERATIONS : n < 1000 ? 500 : n < 10000 ? 150 : 50);
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
