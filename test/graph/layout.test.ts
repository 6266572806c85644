// Layout positions: deterministic for a fresh build; an incremental build keeps every known
// node exactly where it was and settles only the new ones near their neighbours.
import { describe, expect, it } from "vitest";
import { buildGraph, layoutGraph } from "../../src/graph/index.ts";
import type { TramaGraph } from "../../src/graph/types.ts";
import type { ArticleExtraction } from "../../src/types.ts";
import { entity, extraction, mention, relation } from "../graph/fixtures.ts";

// Names far apart, so cross-article resolution keeps eight people.
const NAMES = ["Ilse Varga", "Tomasz Okonkwo", "Beatriz Halvorsen", "Kenji Abernathy", "Olu Lindqvist", "Marisol Petrakis", "Dagny Ferreira", "Anselm Nakamura"];
const people = NAMES.map((name, i) => entity(`person/q${i}`, "Person", name));
function article(i: number, extra: ArticleExtraction["entities"] = []): ArticleExtraction {
  const id = `art${String(i).padStart(2, "0")}`;
  const [a, b] = [people[i % 8]!, people[(i + 3) % 8]!];
  return extraction(id, {
    entities: [a, b, ...extra],
    mentions: [mention(a.key, "Person", id, 0), mention(b.key, "Person", id, 1), ...extra.map((e, k) => mention(e.key, e.type, id, 2 + k))],
    relations: [relation("meetsWith", a.key, b.key, id, 0), ...extra.map((e, k) => relation("meetsWith", e.key, a.key, id, 2 + k))],
  });
}
const positions = (g: TramaGraph) => new Map(g.mapNodes((k, a) => [k, [a.x, a.y] as [number, number]]));

describe("layout", () => {
  const base = Array.from({ length: 12 }, (_, i) => article(i));

  it("gives the same positions to the same graph", () => {
    const [g1, g2] = [buildGraph(base), buildGraph([...base].reverse())];
    layoutGraph(g1);
    layoutGraph(g2);
    expect(positions(g2)).toEqual(positions(g1));
  });

  it("keeps every position when nothing new appears (an edit that adds no entity runs no layout)", () => {
    const g1 = buildGraph(base);
    layoutGraph(g1);
    const before = positions(g1);
    const g2 = buildGraph([...base, article(3)].slice(1)); // one article gone, one repeated: same entities
    layoutGraph(g2, { previous: before });
    expect(positions(g2)).toEqual(before);
  });

  it("keeps known nodes fixed and settles a new node near its neighbour", () => {
    const g1 = buildGraph(base);
    layoutGraph(g1);
    const before = positions(g1);
    const newcomer = entity("person/new-envoy", "Person", "Rasmus Oyelaran");
    const g2 = buildGraph([...base, article(5, [newcomer])]);
    layoutGraph(g2, { previous: before });
    const after = positions(g2);
    for (const [k, p] of before) expect(after.get(k)).toEqual(p);
    const [x, y] = after.get(newcomer.key)!;
    const [nx, ny] = before.get(people[5]!.key)!;
    const spread = Math.max(...[...before.values()].map(([px, py]) => Math.hypot(px - nx, py - ny)));
    expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    expect(Math.hypot(x - nx, y - ny)).toBeLessThan(spread);
    expect([x, y]).not.toEqual([nx, ny]);
  });
});
