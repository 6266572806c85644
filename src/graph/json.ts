// graph.json: a versioned envelope around graphology's serialized graph, written in
// chunks to a stream (never the whole graph as one string) with keys in a stable order.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { MultiDirectedGraph } from "graphology";
import { TramaError } from "../errors.ts";
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type ClaimRecord, type EntityNodeAttributes, type GraphAttributes, type GraphEnvelope, type RelationEdgeAttributes, type TramaGraph } from "./types.ts";

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}

/**
 * graph.json must stay small enough for a browser to parse at 100,000 articles, so it
 * keeps a sample where a list grows with the corpus: at most 100 evidence sentences per
 * node, 20 per edge, and 100 claims per (subject, measure), spread evenly over the sorted
 * list (so every period keeps some). `mentions`, `count` and `claimCount` stay the full
 * numbers, and graph.ttl keeps everything. Below the caps nothing changes.
 */
export const JSON_EVIDENCE_CAP = 100;
export const JSON_EDGE_EVIDENCE_CAP = 20;
export const JSON_CLAIMS_PER_SUBJECT_MEASURE = 100;

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

export async function writeGraphJson(graph: TramaGraph, out: Writable, generator: string): Promise<void> {
  const exported = graph.export();
  for (const n of exported.nodes) if (n.attributes && n.attributes.evidence.length > JSON_EVIDENCE_CAP) n.attributes = { ...n.attributes, evidence: capEvidence(n.attributes.evidence) };
  for (const e of exported.edges) if (e.attributes && e.attributes.evidence.length > JSON_EDGE_EVIDENCE_CAP) e.attributes = { ...e.attributes, evidence: capEvidence(e.attributes.evidence, JSON_EDGE_EVIDENCE_CAP) };
  if (exported.attributes) {
    const claims = capClaims(exported.attributes.claims);
    if (claims.length < exported.attributes.claims.length) exported.attributes = { ...exported.attributes, claims, claimCount: exported.attributes.claims.length };
  }
  await write(out, `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_FORMAT_VERSION},"generator":${JSON.stringify(generator)},"graph":{`);
  await write(out, `"options":${JSON.stringify(exported.options)},"attributes":${JSON.stringify(exported.attributes)},"nodes":[`);
  for (let i = 0; i < exported.nodes.length; i++) await write(out, (i ? "," : "") + JSON.stringify(exported.nodes[i]));
  await write(out, `],"edges":[`);
  for (let i = 0; i < exported.edges.length; i++) await write(out, (i ? "," : "") + JSON.stringify(exported.edges[i]));
  await write(out, "]}}\n");
}

export async function readGraphJson(path: string): Promise<TramaGraph> {
  let env: GraphEnvelope;
  try {
    env = JSON.parse(await readFile(path, "utf8")) as GraphEnvelope;
  } catch (e) {
    throw new TramaError(`${path}: cannot read graph: ${(e as Error).message}`);
  }
  if (env?.format !== GRAPH_FORMAT || env.version !== GRAPH_FORMAT_VERSION) throw new TramaError(`${path}: not a Trama graph (format ${GRAPH_FORMAT} version ${GRAPH_FORMAT_VERSION})`);
  const g = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>();
  g.import(env.graph);
  return g as unknown as TramaGraph;
}
