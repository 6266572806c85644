// graph.ttl written with the watch process's memo (unchanged units copied from the file
// written last) has writeTurtle's bytes, also when a unit leaves the graph and comes back
// with the same owner object, and after a write that was never put in place.
import { mkdtempSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import { expect, it } from "vitest";
import { TurtleReuse, writeTurtleReusing } from "../../src/export/turtle-chunks.ts";
import { buildGraph } from "../../src/graph/index.ts";
import type { TramaGraph } from "../../src/graph/types.ts";
import { writeTurtle } from "../../src/rdf/index.ts";
import { entity, extraction, mention, relation } from "../graph/fixtures.ts";

const dir = mkdtempSync(join(tmpdir(), "trama-turtle-reuse-"));
const path = join(dir, "graph.ttl");
let n = 0;
/** Write to a fresh file, then (if `commit`) rename it into place, as the output set does. */
async function write(graph: TramaGraph, reuse?: TurtleReuse, commit = true): Promise<string> {
  const tmp = join(dir, `staged-${n++}.ttl`);
  const out = createWriteStream(tmp);
  await (reuse ? writeTurtleReusing(graph, out, reuse) : writeTurtle(graph, out));
  out.end();
  await finished(out);
  const text = readFileSync(tmp, "utf8");
  if (commit) { renameSync(tmp, path); await reuse?.commit(path); }
  return text;
}

const people = ["Ilse Varga", "Tomasz Okonkwo", "Beatriz Halvorsen", "Kenji Abernathy"].map((name, i) => entity(`person/q${i}`, "Person", name));
const graph = () => buildGraph(people.map((p, i) => {
  const q = people[(i + 1) % people.length]!;
  return extraction(`art${i}`, { entities: [p, q], mentions: [mention(p.key, "Person", `art${i}`, 0), mention(q.key, "Person", `art${i}`, 1)], relations: [relation("meetsWith", p.key, q.key, `art${i}`, 0)] });
}));

it("copies unchanged units and gives writeTurtle's bytes after a unit leaves and comes back", async () => {
  const g = graph();
  const reuse = new TurtleReuse();
  const plain = await write(g);
  expect(await write(g, reuse)).toBe(plain);
  expect(await write(g, reuse)).toBe(plain);
  expect(reuse.stats.copied).toBeGreaterThan(0);
  expect(reuse.stats.encoded).toBe(0);
  // An edge leaves (its attribute object is kept), the file is written without it, then it comes back.
  const key = g.edges().sort()[1]!;
  const [s, t, attrs] = [g.source(key), g.target(key), g.getEdgeAttributes(key)];
  g.dropEdge(key);
  expect(await write(g, reuse)).toBe(await write(g));
  g.addEdgeWithKey(key, s, t, attrs);
  expect(await write(g, reuse)).toBe(plain);
  expect(reuse.stats.encoded).toBeGreaterThan(0);
});

it("after a write that was not put in place, copies only from the file that was", async () => {
  const g = graph();
  const reuse = new TurtleReuse();
  const plain = await write(g);
  await write(g, reuse);
  const key = g.nodes().sort()[0]!;
  const original = g.getNodeAttributes(key);
  // A changed node is a new attribute object (as a removable fold makes it).
  g.replaceNodeAttributes(key, { ...original, mentions: 99 });
  // Written but never committed (another output failed): its ranges must not be used.
  const changed = await write(g, reuse, false);
  expect(changed).not.toBe(plain);
  expect(await write(g, reuse)).toBe(changed);
  g.replaceNodeAttributes(key, original);
  expect(await write(g, reuse)).toBe(plain);
  expect(reuse.stats.copied).toBeGreaterThan(0);
});
