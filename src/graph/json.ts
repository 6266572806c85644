// graph.json: a versioned envelope around graphology's serialized graph, written in
// chunks to a stream (never the whole graph as one string) with keys in a stable order.
import { once } from "node:events";
import { readFile } from "node:fs/promises";
import type { Writable } from "node:stream";
import { MultiDirectedGraph } from "graphology";
import { TramaError } from "../errors.ts";
import { GRAPH_FORMAT, GRAPH_FORMAT_VERSION, type EntityNodeAttributes, type GraphAttributes, type GraphEnvelope, type RelationEdgeAttributes, type TramaGraph } from "./types.ts";

async function write(out: Writable, s: string): Promise<void> {
  if (!out.write(s)) await once(out, "drain");
}

export async function writeGraphJson(graph: TramaGraph, out: Writable, generator: string): Promise<void> {
  const exported = graph.export();
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
