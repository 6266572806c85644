// graph.json version 2: each evidence sentence stored once and referred to by index;
// every reader (readGraphJson, loadGraph, the viewer's decoder) gives back full Evidence,
// and version 1 files still load.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { decodeGraphEnvelope, EvidenceTable, isGraphEnvelope, sentenceOf } from "../../src/graph/envelope.ts";
import { buildGraph } from "../../src/graph/index.ts";
import { budgetCap, readGraphJson, writeGraphJson } from "../../src/graph/json.ts";
import type { TramaGraph } from "../../src/graph/types.ts";
import { loadGraph } from "../../src/query/index.ts";
import type { Evidence } from "../../src/types.ts";
import { entity, ev, extraction, mention, NK, relation, RU } from "./fixtures.ts";

async function json(g: TramaGraph, budget?: { nodes: number; edges: number }): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await writeGraphJson(g, out, "test", budget);
  return Buffer.concat(chunks).toString("utf8");
}

// Three articles; each sentence names both countries and supports one relation, so
// every sentence is cited three times (two nodes, one edge).
const AT = entity("country/atlantide", "Country", "Atlantide");
function graph(): TramaGraph {
  return buildGraph(["x1", "x2", "x3"].map((id, a) => extraction(id, {
    entities: [NK, RU, AT],
    mentions: [mention("country/north-korea", "Country", id, a), mention("country/russia", "Country", id, a), mention("country/atlantide", "Country", id, 9)],
    relations: [relation("meetsWith", "country/north-korea", "country/russia", id, a)],
  })));
}

const tmp = () => mkdtempSync(join(tmpdir(), "trama-json-"));

describe("graph.json version 2", () => {
  it("stores each cited sentence once, with refs on nodes and edges", async () => {
    const env = JSON.parse(await json(graph()));
    expect(env.version).toBe(2);
    // x1/0, x2/1, x3/2 (each cited by both countries and the edge) and Atlantide's x1/9, x2/9, x3/9.
    expect(env.sentences).toHaveLength(6);
    const refCount = [...env.graph.nodes, ...env.graph.edges].reduce((n: number, x: { attributes: { evidence: unknown[] } }) => n + x.attributes.evidence.length, 0);
    expect(refCount).toBe(12);
    const keys = env.sentences.map((s: { article: string; sentence: number }) => `${s.article}/${s.sentence}`);
    expect(new Set(keys).size).toBe(keys.length);
    const nk = env.graph.nodes.find((n: { key: string }) => n.key === "country/north-korea").attributes;
    expect(nk.evidence.every((r: unknown) => Array.isArray(r) && (r as number[]).every(Number.isInteger))).toBe(true);
    const edge = env.graph.edges[0].attributes;
    expect(edge.evidence.map((r: number[]) => r[0])).toEqual(nk.evidence.map((r: number[]) => r[0]));
    expect(env.rules).toEqual(["test-rule"]);
    // A node's articles are indices into the graph's sorted article list.
    expect(env.graph.attributes.articles.map((a: { id: string }) => a.id)).toEqual(["x1", "x2", "x3"]);
    expect(nk.articles).toEqual([0, 1, 2]);
    expect(env.graph.nodes.find((n: { key: string }) => n.key === "country/atlantide").attributes.articles).toEqual([0, 1, 2]);
  });

  it.each([
    [[0, 2], ["k1", "k3"]],
    [[1, "fuori"], ["k2", "fuori"]], // an id missing from the list was written as itself
    [[], []],
  ])("decodes node articles %j to %j", (refs, ids) => {
    const env = { format: "trama-graph", version: 2, graph: { options: {}, attributes: { articles: [{ id: "k1" }, { id: "k2" }, { id: "k3" }] }, nodes: [{ key: "n", attributes: { evidence: [], articles: refs } }], edges: [] }, sentences: [], rules: [] };
    expect(decodeGraphEnvelope(env as never).nodes[0]!.attributes!.articles).toEqual(ids);
  });

  it("refuses an article index the graph lacks", () => {
    const env = { format: "trama-graph", version: 2, graph: { options: {}, attributes: { articles: [{ id: "k1" }] }, nodes: [{ key: "n", attributes: { evidence: [], articles: [3] } }], edges: [] }, sentences: [], rules: [] };
    expect(() => decodeGraphEnvelope(env as never)).toThrow(/article 3/);
  });

  it.each([
    ["readGraphJson", async (file: string) => readGraphJson(file)],
    ["loadGraph", async (file: string) => (await loadGraph(file)).graph],
  ] as const)("%s gives back the evidence the graph had, field for field", async (_name, read) => {
    const g = graph();
    const file = join(tmp(), "graph.json");
    writeFileSync(file, await json(g));
    const back = await read(file);
    expect(back.order).toBe(g.order);
    g.forEachNode((k, a) => expect(back.getNodeAttributes(k)).toEqual(a));
    g.forEachEdge((k, a) => expect(back.getEdgeAttributes(k)).toEqual(a));
  });

  it("keeps a focus and a date only where the evidence has one", () => {
    const t = new EvidenceTable();
    const plain: Evidence = { article: "a", sentence: 0, start: 0, end: 9, text: "Frase uno", rule: "r1" };
    const focused: Evidence = { ...ev("a", 1, "r2"), date: undefined };
    delete focused.date;
    const refs = [t.ref(plain), t.ref(focused), t.ref({ ...plain, rule: "r2" })];
    expect(refs).toEqual([[0, 0], [1, 1, 100, 103], [0, 1]]);
    const env = { format: "trama-graph", version: 2, graph: { options: {}, attributes: {}, nodes: [{ key: "n", attributes: { evidence: refs } }], edges: [] }, sentences: t.firsts.map(sentenceOf), rules: t.rules };
    const out = decodeGraphEnvelope(env as never).nodes[0]!.attributes!.evidence;
    expect(out).toEqual([plain, focused, { ...plain, rule: "r2" }]);
    expect("focus" in out[0]! || "date" in out[1]!).toBe(false);
  });

  it("writes refs as text (refsJson) exactly as JSON.stringify writes the refs", () => {
    const evidence: Evidence[] = [
      { article: "a", sentence: 0, start: 0, end: 9, text: "Frase uno", rule: "r1" },
      ev("a", 1, "r2"), { ...ev("b", 3, "r1"), focus: { start: 4, end: 11 } }, { article: "a", sentence: 0, start: 0, end: 9, text: "Frase uno", rule: "r2" },
    ];
    const [byRef, byText] = [new EvidenceTable(), new EvidenceTable()];
    expect(byText.refsJson(evidence)).toBe(JSON.stringify(evidence.map((e) => byRef.ref(e))));
    expect([byText.firsts, byText.rules]).toEqual([byRef.firsts, byRef.rules]);
    expect(byText.refsJson([])).toBe("[]");
  });

  it("still reads version 1, where evidence is written out in full", async () => {
    const g = graph();
    const v2 = JSON.parse(await json(g));
    const v1 = { format: "trama-graph", version: 1, generator: "old", graph: decodeGraphEnvelope(v2) };
    const file = join(tmp(), "graph.json");
    writeFileSync(file, JSON.stringify(v1));
    const q = await loadGraph(file);
    expect(q.graph.getNodeAttribute("country/russia", "evidence")).toEqual(g.getNodeAttribute("country/russia", "evidence"));
    expect((await readGraphJson(file)).getEdgeAttributes(g.edges()[0]!)).toEqual(g.getEdgeAttributes(g.edges()[0]!));
  });

  it.each([
    [{ format: "trama-graph", version: 3, graph: { nodes: [], edges: [] } }, false],
    [{ format: "other", version: 2, graph: { nodes: [], edges: [] } }, false],
    [{ format: "trama-graph", version: 2 }, false],
    [{ format: "trama-graph", version: 2, graph: { nodes: [], edges: [] }, sentences: [], rules: [] }, true],
    [{ format: "trama-graph", version: 1, graph: { nodes: [], edges: [] } }, true],
  ])("recognizes %j as readable: %s", (env, ok) => expect(isGraphEnvelope(env)).toBe(ok));

  it("refuses a ref to a sentence the table lacks, and an unknown version", async () => {
    const env = { format: "trama-graph", version: 2, graph: { options: {}, attributes: {}, nodes: [{ key: "n", attributes: { evidence: [[5, 0]] } }], edges: [] }, sentences: [], rules: ["r"] };
    expect(() => decodeGraphEnvelope(env as never)).toThrow(/sentence 5/);
    const file = join(tmp(), "graph.json");
    writeFileSync(file, JSON.stringify({ ...env, version: 7 }));
    await expect(loadGraph(file)).rejects.toThrow(/not a Trama graph/);
    await expect(readGraphJson(file)).rejects.toThrow(/not a Trama graph/);
  });
});

describe("total evidence budget", () => {
  it.each([
    // [list lengths, budget, max cap, cap]
    [[1, 2, 3], 100, 20, 20], // everything fits: the plain cap
    [[1, 1, 50, 50], 22, 20, 10], // the short lists stay whole, the long ones share the rest
    [[5, 5, 5, 5], 12, 20, 3],
    [[30, 30], 100, 20, 20], // the per-list cap bites before the budget
    [[40, 40, 40], 2, 20, 1], // never below one sentence each
    [[], 10, 20, 20],
  ])("lengths %j, budget %i, max %i: cap %i", (lengths, budget, max, cap) => {
    expect(budgetCap(lengths, budget, max)).toBe(cap);
    if (cap > 1) expect(lengths.reduce((s, n) => s + Math.min(n, cap, max), 0)).toBeLessThanOrEqual(budget);
  });

  it("shrinks the per-node and per-edge sample when the graph outgrows the budget, keeping the counts", async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `b${String(i).padStart(2, "0")}`);
    const g = buildGraph(ids.map((id, a) => extraction(id, {
      entities: [NK, RU],
      mentions: [mention("country/north-korea", "Country", id, a), mention("country/russia", "Country", id, a)],
      relations: [relation("meetsWith", "country/north-korea", "country/russia", id, a)],
    })));
    const env = JSON.parse(await json(g, { nodes: 10, edges: 4 }));
    const nodes = env.graph.nodes.map((n: { attributes: { evidence: unknown[]; mentions: number } }) => n.attributes);
    expect(nodes.map((a: { evidence: unknown[] }) => a.evidence.length)).toEqual([5, 5]);
    expect(nodes.map((a: { mentions: number }) => a.mentions)).toEqual([12, 12]);
    expect(env.graph.edges[0].attributes.evidence).toHaveLength(4);
    expect(env.graph.edges[0].attributes.count).toBe(12);
    // The sample is spread over the articles, first one included.
    const back = decodeGraphEnvelope(env).edges[0]!.attributes!.evidence.map((e) => e.article);
    expect(back).toEqual(["b00", "b03", "b06", "b09"]);
  });
});
