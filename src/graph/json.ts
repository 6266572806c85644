// graph.json: a versioned envelope around graphology's serialized graph, written in
// chunks to a stream (never the whole graph as one string) with keys in a stable order.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { MultiDirectedGraph } from "graphology";
import { TramaError } from "../errors.ts";
import type { Evidence } from "../types.ts";
import { articleRefs, decodeGraphEnvelope, EvidenceTable, isGraphEnvelope, READABLE_GRAPH_VERSIONS } from "./envelope.ts";
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type ClaimRecord, type EntityNodeAttributes, type GraphAttributes, type RelationEdgeAttributes, type TramaGraph } from "./types.ts";

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}

/**
 * graph.json must stay small enough for a browser to parse at 100,000 articles, so it
 * keeps a sample where a list grows with the corpus: at most 100 evidence sentences per
 * node, 20 per edge, and 100 claims per (subject, measure), spread evenly over the sorted
 * list (so every period keeps some). The number of nodes and edges grows with the corpus
 * too, so the evidence refs of all nodes (and of all edges) also have a total budget: when
 * the caps would exceed it they shrink (budgetCap), never below one sentence each.
 * `mentions`, `count` and `claimCount` stay the full numbers, and graph.ttl keeps
 * everything. Below the caps nothing changes.
 */
export const JSON_EVIDENCE_CAP = 100;
export const JSON_EDGE_EVIDENCE_CAP = 20;
export const JSON_CLAIMS_PER_SUBJECT_MEASURE = 100;
/** Total evidence refs over all nodes, and over all edges: with the sentence table, about 40 MB. */
export const JSON_NODE_EVIDENCE_BUDGET = 200_000;
export const JSON_EDGE_EVIDENCE_BUDGET = 200_000;

/**
 * The largest cap c ≤ max with Σ min(length, c) ≤ budget, and at least 1: lists shorter
 * than c stay whole, so the budget is spent on the many small lists first and the few
 * long ones (a country named in every article) are sampled harder.
 */
export function budgetCap(lengths: readonly number[], budget: number, max: number): number {
  const sorted = lengths.map((n) => Math.min(n, max)).sort((a, b) => a - b);
  let left = budget;
  for (let i = 0; i < sorted.length; i++) {
    const rest = sorted.length - i;
    if (sorted[i]! * rest > left) return Math.max(1, Math.floor(left / rest));
    left -= sorted[i]!;
  }
  return max;
}

export function capEvidence<T>(evidence: readonly T[], cap = JSON_EVIDENCE_CAP): T[] {
  if (evidence.length <= cap) return evidence as T[];
  return Array.from({ length: cap }, (_, i) => evidence[Math.floor((i * evidence.length) / cap)]!);
}

/** At most the cap per (subject, measure), spread over time; the kept ones stay in id order. */
export function capClaims(claims: readonly ClaimRecord[], cap = JSON_CLAIMS_PER_SUBJECT_MEASURE): ClaimRecord[] {
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    const k = `${c.about ?? ""}|${c.measure}`;
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  if ([...groups.values()].every((g) => g.length <= cap)) return claims as ClaimRecord[];
  const kept = new Set<ClaimRecord>();
  const when = (c: ClaimRecord) => c.asOf ?? c.evidence.date ?? "";
  for (const g of groups.values()) {
    const byTime = g.length <= cap ? g : [...g].sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : a.id < b.id ? -1 : 1));
    for (const c of capEvidence(byTime, cap)) kept.add(c);
  }
  return claims.filter((c) => kept.has(c));
}

/** Output is handed to the stream in pieces of about this many characters. */
const CHUNK = 1 << 16;

/**
 * graphology's `graph.export()` as JSON, written from the graph node by node and edge by
 * edge (without copying the graph into one object first), in pieces of CHUNK characters;
 * each node's and edge's evidence is written as refs into the `sentences` and `rules`
 * tables that follow the graph (version 2, src/graph/envelope.ts). The tables come last
 * because they are complete only once every node and edge has been walked.
 */
export async function writeGraphJson(graph: TramaGraph, out: Writable, generator: string, budget = { nodes: JSON_NODE_EVIDENCE_BUDGET, edges: JSON_EDGE_EVIDENCE_BUDGET }): Promise<void> {
  let attributes: GraphAttributes = graph.getAttributes();
  const claims = capClaims(attributes.claims);
  if (claims.length < attributes.claims.length) attributes = { ...attributes, claims, claimCount: attributes.claims.length };
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buf = `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_FORMAT_VERSION},"generator":${JSON.stringify(generator)},"graph":{`
    + `"options":${JSON.stringify(options)},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  const put = async (s: string) => { buf += s; if (buf.length >= CHUNK) { const b = buf; buf = ""; await write(out, b); } };
  const table = new EvidenceTable();
  const refs = (evidence: readonly Evidence[], cap: number) => capEvidence(evidence, cap).map((e) => table.ref(e));
  const nodeCap = budgetCap(graph.mapNodes((_k, a) => a.evidence.length), budget.nodes, JSON_EVIDENCE_CAP);
  const articleIndex = new Map(attributes.articles.map((m, i) => [m.id, i]));
  const edgeCap = budgetCap(graph.mapEdges((_k, a) => a.evidence.length), budget.edges, JSON_EDGE_EVIDENCE_CAP);
  let first = true;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    await put(`${first ? "" : ","}{"key":${JSON.stringify(node)}${attributesJson({ ...a, articles: articleRefs(a.articles, articleIndex), evidence: refs(a.evidence, nodeCap) })}}`);
    first = false;
  }
  await put(`],"edges":[`);
  first = true;
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    await put(`${first ? "" : ","}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${attributesJson({ ...a, evidence: refs(a.evidence, edgeCap) })}}`);
    first = false;
  }
  await put(`]},"sentences":[`);
  first = true;
  for (const t of table.sentences) {
    await put(`${first ? "" : ","}${JSON.stringify(t)}`);
    first = false;
  }
  buf += `],"rules":${JSON.stringify(table.rules)}}\n`;
  await write(out, buf);
}

/** graphology leaves `attributes` out of a serialized node or edge that has none. */
function attributesJson(a: object): string {
  for (const _k in a) return `,"attributes":${JSON.stringify(a)}`;
  return "";
}

export async function readGraphJson(path: string): Promise<TramaGraph> {
  let env: unknown;
  try {
    env = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new TramaError(`${path}: cannot read graph: ${(e as Error).message}`);
  }
  if (!isGraphEnvelope(env)) throw new TramaError(`${path}: not a Trama graph (format ${GRAPH_FORMAT} version ${READABLE_GRAPH_VERSIONS.join(" or ")})`);
  const g = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>();
  g.import(decodeGraphEnvelope(env));
  return g as unknown as TramaGraph;
}
