// graph.json: a versioned envelope around graphology's serialized graph, written in
// chunks to a stream (never the whole graph as one string) with keys in a stable order.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { MultiDirectedGraph } from "graphology";
import { TramaError } from "../errors.ts";
import type { Evidence } from "../types.ts";
import { evidenceLength, evidenceSample, spreadSample, withFields } from "./evidence-store.ts";
import { articleRefs, decodeGraphEnvelope, EvidenceTable, isGraphEnvelope, READABLE_GRAPH_VERSIONS, sentenceKey, sentenceOf } from "./envelope.ts";
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
  return spreadSample(evidence as T[], cap);
}

/** At most the cap per (subject, measure), spread over time; the kept ones stay in id order. */
export function capClaims(claims: readonly ClaimRecord[], cap = JSON_CLAIMS_PER_SUBJECT_MEASURE): ClaimRecord[] {
  // By subject, then measure: no key string per claim (a watch process caps 100,000 claims after every edit).
  const bySubject = new Map<string, Map<string, ClaimRecord[]>>();
  const groups: ClaimRecord[][] = [];
  for (const c of claims) {
    let byMeasure = bySubject.get(c.about ?? "");
    if (!byMeasure) bySubject.set(c.about ?? "", (byMeasure = new Map()));
    const g = byMeasure.get(c.measure);
    if (g) g.push(c);
    else { const fresh = [c]; byMeasure.set(c.measure, fresh); groups.push(fresh); }
  }
  if (groups.every((g) => g.length <= cap)) return claims as ClaimRecord[];
  const kept = new Set<ClaimRecord>();
  const when = (c: ClaimRecord) => c.asOf ?? c.evidence.date ?? "";
  for (const g of groups) {
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
/**
 * What a watch process keeps between two writes of graph.json (same bytes, less work), all
 * made from objects a removable fold keeps unchanged (src/graph/finish.ts): each piece of
 * evidence's sentence key and the JSON of the sentence entry made from it, and the claims'
 * JSON while the graph's claims are the same array.
 */
export class JsonReuse {
  private keys = new WeakMap<Evidence, string>();
  readonly sentenceJson = new WeakMap<Evidence, string>();
  claims: { of: readonly ClaimRecord[]; json: string } | undefined;

  /** A node's or edge's JSON around its evidence and article refs, kept with its attribute object while `check` (what else can change in place) is the same. */
  private parts = new WeakMap<object, { check: string; parts: string[] }>();

  /** The JSON `make` gives, with HOLES[i] replaced by json[i] (a value's JSON); the rest is made once per owner. */
  spliced(owner: object, check: string, make: () => string, json: readonly string[]): string {
    let kept = this.parts.get(owner);
    if (!kept || kept.check !== check) {
      let text = make();
      const parts: string[] = [];
      for (let i = 0; i < json.length; i++) {
        const hole = JSON.stringify(HOLES[i]);
        const at = text.indexOf(hole);
        if (at < 0) throw new Error(`graph.json: stand-in ${i} not found in order in ${text.slice(0, 80)}`);
        parts.push(text.slice(0, at));
        text = text.slice(at + hole.length);
      }
      parts.push(text);
      this.parts.set(owner, (kept = { check, parts }));
    }
    let out = kept.parts[0]!;
    for (let i = 0; i < json.length; i++) out += json[i]! + kept.parts[i + 1]!;
    return out;
  }

  keyOf = (e: Evidence): string => {
    let k = this.keys.get(e);
    if (k === undefined) this.keys.set(e, (k = sentenceKey(e)));
    return k;
  };
}

/** Stand-ins for the refs in a node's or edge's kept JSON: no label or id is a lone U+0001 and a digit. */
const HOLES = ["\u00010", "\u00011"] as const;

/** JSON.stringify of the graph's attributes, the claims' text from `reuse` when they are unchanged. */
function graphAttributesJson(attributes: GraphAttributes, reuse: JsonReuse | undefined): string {
  const all = attributes.claims;
  const claims = capClaims(all);
  const value: GraphAttributes = claims.length < all.length ? { ...attributes, claims, claimCount: all.length } : attributes;
  if (!reuse) return JSON.stringify(value);
  if (reuse.claims?.of !== all) reuse.claims = { of: all, json: JSON.stringify(claims) };
  // JSON.stringify's own rules for an object's members: undefined, functions and symbols are left out.
  const members: string[] = [];
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    members.push(`${JSON.stringify(k)}:${k === "claims" ? reuse.claims.json : JSON.stringify(v)}`);
  }
  return `{${members.join(",")}}`;
}

export async function writeGraphJson(graph: TramaGraph, out: Writable, generator: string, budget = { nodes: JSON_NODE_EVIDENCE_BUDGET, edges: JSON_EDGE_EVIDENCE_BUDGET }, reuse?: JsonReuse): Promise<void> {
  const attributes: GraphAttributes = graph.getAttributes();
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  let buf = `{"format":${JSON.stringify(GRAPH_FORMAT)},"version":${GRAPH_FORMAT_VERSION},"generator":${JSON.stringify(generator)},"graph":{`
    + `"options":${JSON.stringify(options)},"attributes":${graphAttributesJson(attributes, reuse)},"nodes":[`;
  const put = async (s: string) => { buf += s; if (buf.length >= CHUNK) { const b = buf; buf = ""; await write(out, b); } };
  const table = new EvidenceTable(reuse?.keyOf);
  const refs = (a: { evidence: Evidence[] }, cap: number) => evidenceSample(a, cap).map((e) => table.ref(e));
  const nodeCap = budgetCap(graph.mapNodes((_k, a) => evidenceLength(a)), budget.nodes, JSON_EVIDENCE_CAP);
  const articleIndex = new Map(attributes.articles.map((m, i) => [m.id, i]));
  const edgeCap = budgetCap(graph.mapEdges((_k, a) => evidenceLength(a)), budget.edges, JSON_EDGE_EVIDENCE_CAP);
  let first = true;
  for (const { node, attributes: a } of graph.nodeEntries()) {
    // Kept text around refs made as text (no array per ref): what a watch rebuild writes, for each of its nodes.
    await put(`${first ? "" : ","}${reuse
      ? reuse.spliced(a, `${a.x}|${a.y}|${a.size}|${a.labels?.it}|${a.labels?.en}|${a.demonym}`, () => `{"key":${JSON.stringify(node)}${attributesJson(withFields(a, { articles: HOLES[0], evidence: HOLES[1] }))}}`, [articleRefsJson(a.articles, articleIndex), table.refsJson(evidenceSample(a, nodeCap))])
      : `{"key":${JSON.stringify(node)}${attributesJson(withFields(a, { articles: articleRefs(a.articles, articleIndex), evidence: refs(a, nodeCap) }))}}`}`);
    first = false;
  }
  await put(`],"edges":[`);
  first = true;
  for (const { edge, attributes: a, source, target } of graph.edgeEntries()) {
    const head = () => `{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}`;
    await put(`${first ? "" : ","}${reuse
      ? reuse.spliced(a, `${source}|${target}`, () => `${head()}${attributesJson(withFields(a, { evidence: HOLES[0] }))}}`, [table.refsJson(evidenceSample(a, edgeCap))])
      : `${head()}${attributesJson(withFields(a, { evidence: refs(a, edgeCap) }))}}`}`);
    first = false;
  }
  await put(`]},"sentences":[`);
  first = true;
  for (let i = 0; i < table.firsts.length; i++) {
    // A sentence's entry is made from the evidence that first cites it, alone: its JSON is kept with that object.
    let json = reuse?.sentenceJson.get(table.firsts[i]!);
    if (json === undefined) { json = JSON.stringify(sentenceOf(table.firsts[i]!)); reuse?.sentenceJson.set(table.firsts[i]!, json); }
    await put(`${first ? "" : ","}${json}`);
    first = false;
  }
  buf += `],"rules":${JSON.stringify(table.rules)}}\n`;
  await write(out, buf);
}

/** JSON.stringify(articleRefs(articles, index)), without the array. */
function articleRefsJson(articles: readonly string[], index: ReadonlyMap<string, number>): string {
  let out = "[";
  for (let i = 0; i < articles.length; i++) {
    const n = index.get(articles[i]!);
    out += `${i ? "," : ""}${n === undefined ? JSON.stringify(articles[i]) : n}`;
  }
  return out + "]";
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
