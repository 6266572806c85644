// The Turtle blocks that come one per piece of evidence, statement and claim are built
// already in the writer's row order, so the export sorts only article and entity blocks:
// at 10,000 articles that is the difference between a sort per block and a check.
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildGraph } from "../../src/graph/index.ts";
import { compareRows, graphBlocks } from "../../src/rdf/blocks.ts";
import type { ClaimFact, Evidence } from "../../src/types.ts";
import { entity, ev, extraction, mention, relation } from "../graph/fixtures.ts";

const plain = (e: Evidence): Evidence => { const { focus: _f, date: _d, ...rest } = e; return rest; };

function corpus() {
  const [a, b, c] = [entity("country/a", "Country", "Alvania", ["Alvania Unita"]), entity("country/b", "Country", "Borduria"), entity("person/c", "Person", "Odile Marchetti-Ruiz")];
  const claim = (id: string, extra: Partial<ClaimFact>): ClaimFact => ({ id, measure: "killed", amount: 12, evidence: ev("x1", 3), ...extra });
  return [
    extraction("x1", {
      entities: [a, b, c],
      mentions: [mention("country/a", "Country", "x1", 0), mention("person/c", "Person", "x1", 1)],
      relations: [
        relation("alliedWith", "country/a", "country/b", "x1", 0),
        { ...relation("visits", "person/c", "country/b", "x1", 1, "negated"), cameo: undefined },
        { ...relation("meetsWith", "person/c", "country/a", "x1", 2, "hypothetical"), evidence: plain(ev("x1", 2)) },
      ],
      claims: [
        claim("claim/full", { about: "country/a", claimedBy: "person/c", amountMax: 20, qualifier: "atLeast", unit: "soldiers", asOf: "2025-03-02", modality: "alleged" }),
        claim("claim/bare", { evidence: plain(ev("x1", 4)) }),
      ],
    }),
    extraction("x2", { entities: [a, b], mentions: [mention("country/b", "Country", "x2", 0)], relations: [relation("alliedWith", "country/a", "country/b", "x2", 5)] }),
  ];
}

describe("Turtle blocks", () => {
  afterEach(() => vi.restoreAllMocks());

  it("come out in row order, sorted only for articles and entities", () => {
    const g = buildGraph(corpus());
    const sort = vi.spyOn(Array.prototype, "sort");
    const blocks = [...graphBlocks(g)];
    const rowSorts = sort.mock.calls.filter(([cmp]) => cmp === compareRows).length;
    sort.mockRestore();
    for (const b of blocks) expect([...b.rows].sort(compareRows)).toEqual(b.rows);
    const evidence = blocks.filter((b) => b.s.includes("/evidence/"));
    expect(evidence.length).toBe(6); // four relations' and two claims' sentences
    expect(blocks.some((b) => b.s.includes("/statement/") && b.rows.length > 6)).toBe(true);
    expect(rowSorts).toBeLessThanOrEqual(g.order + g.getAttribute("articles").length);
  });
});
