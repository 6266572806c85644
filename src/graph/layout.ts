// Positions computed at build time: deterministic start (nodes on a circle in key order),
// then ForceAtlas2 for a fixed number of iterations. Same graph, same positions.
//
// An incremental build keeps the positions of the previous build: known nodes stay exactly
// where they were, a new node starts at the mean of its placed neighbours (or on the circle
// when it has none), and a few ForceAtlas2 iterations settle the new nodes alone, on the
// small graph of the new nodes and their neighbours (held fixed). So an edit that adds no
// entity runs no layout at all, and one that adds a few costs milliseconds at any corpus size.
import { MultiDirectedGraph } from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { forceAtlas2InThread } from "./layout-thread.ts";
import type { TramaGraph } from "./types.ts";

export interface LayoutSettings {
  iterations?: number;
  /** Positions of a previous build, by node key: kept, and only a few iterations run. */
  previous?: ReadonlyMap<string, readonly [number, number]>;
}

/** Iterations after an incremental placement. */
export const SETTLE_ITERATIONS = 5;

/**
 * Barnes-Hut's accuracy above BARNES_HUT_FROM nodes: 1.2 is Gephi's default for ForceAtlas2
 * (graphology's 0.5 opens about twice as many cells, for a picture no one can tell apart),
 * and halves the layout's time on large graphs.
 */
export const BARNES_HUT_FROM = 500;
export const BARNES_HUT_THETA = 1.2;

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

/** graphology-layout-forceatlas2's settings for a graph of `n` nodes (the inferred ones, with Barnes-Hut above BARNES_HUT_FROM). */
function settingsFor(n: number): Record<string, unknown> {
  const large = n > BARNES_HUT_FROM;
  return { ...fa2.inferSettings(n), barnesHutOptimize: large, ...(large ? { barnesHutTheta: BARNES_HUT_THETA } : {}) };
}

/**
 * ForceAtlas2 on the new nodes only: the graph of the new nodes, their neighbours (fixed,
 * at their kept positions) and the edges that touch a new node; forces scaled as for the
 * whole graph. Writes the new nodes' positions into `start`.
 */
function settleNew(graph: TramaGraph, added: readonly string[], start: Map<string, readonly [number, number]>, iterations: number): void {
  const local = new MultiDirectedGraph<{ x: number; y: number; fixed: boolean }>();
  const isNew = new Set(added);
  const place = (key: string) => {
    if (local.hasNode(key)) return;
    const [x, y] = start.get(key)!;
    local.addNode(key, { x, y, fixed: !isNew.has(key) });
  };
  for (const key of added) {
    place(key);
    // An edge between two new nodes is met from both ends: added once, under its own key.
    graph.forEachEdge(key, (e, _a, s, t) => { place(s); place(t); if (!local.hasEdge(e)) local.addEdgeWithKey(e, s, t); });
  }
  fa2.assign(local, { iterations, settings: settingsFor(graph.order) });
  for (const key of added) start.set(key, [local.getNodeAttribute(key, "x"), local.getNodeAttribute(key, "y")]);
}

/** What layoutGraph does before and after ForceAtlas2 on the whole graph (when it runs: a build with no previous positions). */
function place(graph: TramaGraph, settings: LayoutSettings): { iterations: number; settings: Record<string, unknown> } | undefined {
  const keys = graph.nodes().sort();
  const n = keys.length;
  const previous = settings.previous && settings.previous.size > 0 ? settings.previous : undefined;
  const start = startPositions(graph, keys, previous);
  if (previous) {
    const added = keys.filter((k) => !previous.has(k));
    if (added.length > 0) settleNew(graph, added, start, settings.iterations ?? SETTLE_ITERATIONS);
  }
  for (const [key, [x, y]] of start) graph.mergeNodeAttributes(key, { x, y });
  if (n <= 1 || previous) return undefined;
  return { iterations: settings.iterations ?? (n < 1000 ? 500 : n < 10000 ? 150 : 50), settings: settingsFor(n) };
}

function roundAndSize(graph: TramaGraph): void {
  graph.forEachNode((key, a) => {
    graph.mergeNodeAttributes(key, {
      x: Math.round(a.x * 1000) / 1000,
      y: Math.round(a.y * 1000) / 1000,
      size: Math.round((4 + 2 * Math.sqrt(a.mentions)) * 100) / 100,
    });
  });
}

export function layoutGraph(graph: TramaGraph, settings: LayoutSettings = {}): void {
  const fa = place(graph, settings);
  if (fa) fa2.assign(graph, fa);
  roundAndSize(graph);
}

/**
 * From this many nodes, layoutGraphInThread runs ForceAtlas2 in a worker thread: below, the
 * whole layout takes less than starting a thread (a few tens of milliseconds).
 */
export const LAYOUT_THREAD_FROM = 2000;

/**
 * layoutGraph's positions, to the bit, with ForceAtlas2's iterations on another thread
 * (src/graph/layout-thread.ts) when the graph has `threadFrom` nodes or more, so the
 * caller can do other work meanwhile: it must not read or change the nodes' x, y or size,
 * nor add or remove nodes or edges, until the promise resolves.
 */
export async function layoutGraphInThread(graph: TramaGraph, settings: LayoutSettings = {}, threadFrom = LAYOUT_THREAD_FROM): Promise<void> {
  const fa = place(graph, settings);
  if (fa && graph.order >= threadFrom) await forceAtlas2InThread(graph, fa.iterations, fa.settings);
  else if (fa) fa2.assign(graph, fa);
  roundAndSize(graph);
}
