// ForceAtlas2's iterations in a worker thread, so that a build's main thread writes
// graph.ttl (which reads no position) while the layout runs on the other core. The worker
// runs graphology-layout-forceatlas2's own `iterate` on the node and edge matrices its own
// `graphToByteArrays` makes here, and the positions come back through its own
// `assignLayoutChanges`: the steps of `forceAtlas2.assign`, split across two threads, so the
// positions are the same floats to the last bit (test/export/layout-thread.test.ts).
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import type { TramaGraph } from "./types.ts";

const require = createRequire(import.meta.url);
const FA2 = require.resolve("graphology-layout-forceatlas2");
const fa2Require = createRequire(FA2);

interface Matrices { nodes: Float32Array; edges: Float32Array }
interface Helpers {
  assign(target: object, ...sources: object[]): Record<string, unknown>;
  validateSettings(s: object): { message: string } | null;
  graphToByteArrays(graph: unknown, weight: unknown): Matrices;
  assignLayoutChanges(graph: unknown, nodes: Float32Array, reducer: null): void;
}
const helpers = fa2Require("./helpers.js") as Helpers;
const DEFAULTS = fa2Require("./defaults.js") as object;
// The edge weight getter `forceAtlas2.assign` makes when given no `getEdgeWeight`: the `weight` attribute, else 1.
const edgeWeight = (fa2Require("graphology-utils/getters") as { createEdgeWeightGetter(name: string): { fromEntry: unknown } }).createEdgeWeightGetter("weight").fromEntry;

/** The worker: a CommonJS script (no loader needed under tsx), given the matrices and the path of `iterate.js`. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const iterate = require(workerData.iterate);
const { settings, nodes, edges, iterations } = workerData;
for (let i = 0; i < iterations; i++) iterate(settings, nodes, edges);
parentPort.postMessage(nodes, [nodes.buffer]);
`;

/** `forceAtlas2.assign(graph, { iterations, settings })`, its iterations in a worker thread; resolves once the positions are in the graph. */
export function forceAtlas2InThread(graph: TramaGraph, iterations: number, settings: Record<string, unknown>): Promise<void> {
  // The checks `forceAtlas2.assign` makes, so a bad call fails here as it fails there.
  if (typeof iterations !== "number" || iterations <= 0) return Promise.reject(new Error("graphology-layout-forceatlas2: you should provide a positive number of iterations."));
  const full = helpers.assign({}, DEFAULTS, settings);
  const invalid = helpers.validateSettings(full);
  if (invalid) return Promise.reject(new Error(`graphology-layout-forceatlas2: ${invalid.message}`));
  const { nodes, edges } = helpers.graphToByteArrays(graph, edgeWeight);
  return new Promise<void>((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { iterate: fa2Require.resolve("./iterate.js"), settings: full, nodes, edges, iterations },
      transferList: [nodes.buffer as ArrayBuffer, edges.buffer as ArrayBuffer],
    });
    let done = false;
    worker.once("message", (laidOut: Float32Array) => {
      done = true;
      helpers.assignLayoutChanges(graph, laidOut, null);
      resolve();
    });
    worker.once("error", (e) => { done = true; reject(e); });
    worker.once("exit", (code) => { if (!done) reject(new Error(`layout worker stopped (exit code ${code}) before it sent the positions`)); });
  });
}
