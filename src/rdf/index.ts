// The RDF stage: the graph as Turtle in the vocabulary of ONTOLOGY.md, streamed subject
// by subject in a fixed order (same graph, same bytes). The triples are built in
// blocks.ts (which also says how evidence is reified) and written by turtle.ts.
import type { Writable } from "node:stream";
import N3 from "n3";
import type { TramaGraph } from "../graph/types.ts";
import { graphBlocks } from "./blocks.ts";
import { writeBlocks } from "./turtle.ts";
import { ID_FOLDER_PREFIXES, PREFIXES } from "./vocab.ts";

export { entityIri, articleIri, claimIri, TR, PREFIXES, ID_FOLDER_PREFIXES } from "./vocab.ts";
export { decimalString, graphBlocks } from "./blocks.ts";

const { namedNode: nn, literal: lit, quad } = N3.DataFactory;

/** All quads of the graph as RDF/JS terms, one subject at a time, in the order writeTurtle writes them. */
export function* graphQuads(graph: TramaGraph): Generator<N3.Quad[]> {
  for (const b of graphBlocks(graph)) {
    const s = nn(b.s);
    yield b.rows.map((r) => quad(s, nn(r.p), r.iri ? nn(r.value) : lit(r.value, r.lang || nn(r.datatype))));
  }
}

/** Stream the graph as Turtle to `out`; resolves when everything is written. */
export function writeTurtle(graph: TramaGraph, out: Writable): Promise<void> {
  return writeBlocks(graphBlocks(graph), { ...PREFIXES, ...ID_FOLDER_PREFIXES }, out);
}
