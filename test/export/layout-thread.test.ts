// The layout with ForceAtlas2 on a worker thread (what a build does for a large graph while
// it writes graph.ttl) gives the in-thread layout's positions to the bit, so the outputs do
// not depend on where the layout ran.
import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { layoutGraph, layoutGraphInThread } from "../../src/graph/layout.ts";
import type { TramaGraph } from "../../src/graph/types.ts";

/** A graph of `n` nodes in a few hubs with a long tail, edges from a fixed-seed generator (no fixture needed: the layout reads keys, mentions and edges only). */
function generated(n: number): TramaGraph {
  const g = new MultiDirectedGraph();
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < n; i++) g.addNode(`node/${i}`, { mentions: 1 + (i % 9) });
  for (let i = 1; i < n; i++) {
    const hub = `node/${Math.floor(next() * Math.min(i, 12))}`;
    g.addEdgeWithKey(`meets|node/${i}|${hub}`, `node/${i}`, hub, {});
    if (next() < 0.3) g.addEdgeWithKey(`knows|node/${i}|node/${Math.floor(next() * i)}`, `node/${i}`, `node/${Math.floor(next() * i)}`, {});
  }
  return g as unknown as TramaGraph;
}
const positions = (g: TramaGraph) => g.mapNodes((k, a) => [k, a.x, a.y, a.size]);

describe("layout on a worker thread", () => {
  it.each([
    ["a small graph, exact forces", 120, 40],
    ["a graph past Barnes-Hut's threshold", 700, 15],
  ])("%s: the same positions as in this thread", async (_name, n, iterations) => {
    const [here, there] = [generated(n), generated(n)];
    layoutGraph(here, { iterations });
    await layoutGraphInThread(there, { iterations }, 1);
    expect(positions(there)).toEqual(positions(here));
    // And the layout moved the nodes off their starting circle (of radius 100).
    expect(there.mapNodes((_k, a) => Math.hypot(a.x, a.y)).some((r) => Math.abs(r - 100) > 1)).toBe(true);
  });

  it("below the threshold, runs in this thread and gives the same positions", async () => {
    const [here, there] = [generated(50), generated(50)];
    layoutGraph(here);
    await layoutGraphInThread(there, {}, 1000);
    expect(positions(there)).toEqual(positions(here));
  });

  it("rejects settings ForceAtlas2 refuses, as the in-thread layout throws", async () => {
    const g = generated(30);
    await expect(layoutGraphInThread(g, { iterations: -1 }, 1)).rejects.toThrow();
    expect(() => layoutGraph(generated(30), { iterations: -1 })).toThrow();
  });
});
