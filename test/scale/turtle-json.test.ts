// The one-pass Turtle writer gives exactly what n3's StreamWriter followed by the old
// line-by-line fix (`1.` -> `1 .`) gave, and graph.json caps evidence per node and edge
// while keeping the full counts.
import { PassThrough } from "node:stream";
import N3 from "n3";
import { describe, expect, it } from "vitest";
import { decodeGraphEnvelope } from "../../src/graph/envelope.ts";
import { buildGraph } from "../../src/graph/index.ts";
import { capClaims, JSON_EDGE_EVIDENCE_CAP, JSON_EVIDENCE_CAP, writeGraphJson } from "../../src/graph/json.ts";
import type { ClaimRecord } from "../../src/graph/types.ts";
import { graphQuads, ID_FOLDER_PREFIXES, PREFIXES, writeTurtle } from "../../src/rdf/index.ts";
import type { ArticleExtraction } from "../../src/types.ts";
import { entity, extraction, mention, NK, relation, RU } from "../graph/fixtures.ts";

const collect = async (write: (out: PassThrough) => Promise<void>) => {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await write(out);
  return Buffer.concat(chunks).toString("utf8");
};

function corpus(n: number): ArticleExtraction[] {
  const people = Array.from({ length: 12 }, (_, i) => entity(`person/p${i}`, "Person", `Persona ${i}`));
  return Array.from({ length: n }, (_, a) => extraction(`art${String(a).padStart(3, "0")}`, {
    entities: [NK, RU, people[a % 12]!],
    mentions: Array.from({ length: 1 + (a % 4) }, (_, s) => mention(s % 2 ? "country/russia" : "country/north-korea", "Country", `art${String(a).padStart(3, "0")}`, s)).concat([mention(`person/p${a % 12}`, "Person", `art${String(a).padStart(3, "0")}`, 1)]),
    relations: [relation("deploysTroopsTo", "country/north-korea", "country/russia", `art${String(a).padStart(3, "0")}`, 0), relation("visits", `person/p${a % 12}`, "country/russia", `art${String(a).padStart(3, "0")}`, 1, a % 3 ? "asserted" : "hypothetical")],
    claims: a % 5 ? [] : [{ id: `claim/${a}`, measure: "killed", amount: a % 2 ? -a : a * 1.5, about: "country/north-korea", evidence: mention("country/russia", "Country", `art${a}`, 2).evidence }],
  }));
}

describe("scale: Turtle and graph.json", () => {
  it("writes the bytes of n3's StreamWriter with a space before a final dot after an integer", async () => {
    const g = buildGraph(corpus(150));
    const ours = await collect((out) => writeTurtle(g, out));
    const bare = await collect((out) => new Promise<void>((resolve, reject) => {
      const w = new N3.StreamWriter({ prefixes: { ...PREFIXES, ...ID_FOLDER_PREFIXES } });
      w.on("error", reject);
      w.on("end", () => resolve());
      w.pipe(out, { end: false });
      for (const qs of graphQuads(g)) for (const q of qs) w.write(q);
      w.end();
    }));
    const oldFix = bare.split("\n").map((l) => l.replace(/(\s-?\d+)\.$/, "$1 .")).join("\n");
    expect(oldFix).not.toBe(bare);
    expect(ours).toBe(oldFix);
  });

  it("keeps at most the cap of evidence per node and edge in graph.json, evenly spread, with full counts", async () => {
    const g = buildGraph(corpus(300));
    const nk = g.getNodeAttributes("country/north-korea");
    expect(nk.evidence.length).toBeGreaterThan(JSON_EVIDENCE_CAP);
    const env = JSON.parse(await collect((out) => writeGraphJson(g, out, "test")));
    decodeGraphEnvelope(env);
    const node = env.graph.nodes.find((n: { key: string }) => n.key === "country/north-korea").attributes;
    expect(node.evidence).toHaveLength(JSON_EVIDENCE_CAP);
    expect(node.mentions).toBe(nk.mentions);
    expect(node.evidence[0].article).toBe(nk.evidence[0]!.article);
    expect(node.evidence.at(-1).article > "art250").toBe(true);
    const edge = env.graph.edges.find((e: { key: string }) => e.key === "deploysTroopsTo|country/north-korea|country/russia").attributes;
    expect(edge.evidence).toHaveLength(JSON_EDGE_EVIDENCE_CAP);
    expect(edge.count).toBe(300);
    // The graph in memory (and so the Turtle) keeps everything.
    expect(g.getEdgeAttribute("deploysTroopsTo|country/north-korea|country/russia", "evidence")).toHaveLength(300);
  });

  it("keeps at most 100 claims per subject and measure in graph.json, spread over time, and says how many there are", async () => {
    const claim = (i: number, about: string): ClaimRecord => ({ id: `claim/${String(i).padStart(4, "0")}`, about, measure: "killed", amount: i, asOf: `20${10 + (i % 15)}-01`, article: "a", evidence: mention("country/russia", "Country", "a", 0).evidence });
    const claims = [...Array.from({ length: 250 }, (_, i) => claim(i, "country/russia")), ...Array.from({ length: 7 }, (_, i) => claim(1000 + i, "country/ukraine"))].sort((a, b) => a.id.localeCompare(b.id));
    const kept = capClaims(claims);
    expect(kept.filter((c) => c.about === "country/russia")).toHaveLength(100);
    expect(kept.filter((c) => c.about === "country/ukraine")).toHaveLength(7);
    expect(new Set(kept.map((c) => c.asOf)).size).toBe(15);
    expect(kept.map((c) => c.id)).toEqual([...kept.map((c) => c.id)].sort());
    expect(capClaims(claims.slice(0, 100))).toEqual(claims.slice(0, 100));
    const g = buildGraph(corpus(20));
    g.setAttribute("claims", claims);
    const env = JSON.parse(await collect((out) => writeGraphJson(g, out, "test")));
    expect(env.graph.attributes.claims).toHaveLength(107);
    expect(env.graph.attributes.claimCount).toBe(257);
  });
});
