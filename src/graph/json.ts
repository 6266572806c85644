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

/** Output is handed to the stream in pieces of about this many characters. */
const CHUNK = 1 << 16;

/**
 * graphology's `graph.export()` as JSON, written from the graph node by node and edge by
 * edge (the bytes JSON.stringify gives for the export, without copying the graph into it
 * first), in pieces of CHUNK characters.
 */
export async function writeGraphJson(graph: TramaGraph, out: Writable, generator: string): Promise<void> {
  let attributes: GraphAttributes = graph.getAttributes();
  const claims = capClaims(attributes.claims);
  if (claims.length < attributes.claims.length) attributes = { ...attributes, claims, claimCount: attributes.claims.length };
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buf = `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_FORMAT_VERSION},"generator":${JSON.stringify(generator)},"graph":{`
    + `"options":${JSON.stringify(options)},"attributes":${JSON.stringify(attributes)},"nodes":[`;
  const put = async (s: string) => { buf += s; if (buf.length >= CHUNK) { const b = buf; buf = ""; await write(out, b); } };
  let first = true;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    const capped = a.evidence.length > JSON_EVIDENCE_CAP ? { ...a, evidence: capEvidence(a.evidence) } : a;
    await put(`${first ? "" : ","}{"key":${JSON.stringify(node)}${attributesJson(capped)}}`);
    first = false;
  }
  await put(`],"edges":[`);
  first = true;
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const capped = a.evidence.length > JSON_EDGE_EVIDENCE_CAP ? { ...a, evidence: capEvidence(a.evidence, JSON_EDGE_EVIDENCE_CAP) } : a;
    await put(`${first ? "" : ","}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${attributesJson(capped)}}`);
    first = false;
  }
  buf += "]}}\n";
  await write(out, buf);
}

/** graphology leaves `attributes` out of a serialized node or edge that has none. */
function attributesJson(a: object): string {
  for (const _k in a) return `,"attributes":${JSON.stringify(a)}`;
  return "";
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
