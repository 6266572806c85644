// The embedded SPARQL store, in a worker thread (see sparql.ts): a query that never ends
// (a cartesian product) is stopped by terminating the worker, and a crash of oxigraph's
// WebAssembly (`memory access out of bounds` on a query of thousands of UNIONs) kills
// this worker, never the command. Plain JavaScript, so the worker needs no TypeScript loader.
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import ox from "oxigraph";

const { ttlPath, query } = workerData;

function run() {
  const store = new ox.Store();
  try {
    store.load(readFileSync(ttlPath, "utf8"), { format: "text/turtle" });
  } catch (e) {
    return { error: "load", message: String(e?.message ?? e) };
  }
  let result;
  try {
    result = store.query(query);
  } catch (e) {
    return { error: e instanceof WebAssembly.RuntimeError || e instanceof RangeError ? "crash" : "query", message: String(e?.message ?? e) };
  }
  if (typeof result === "boolean") return { kind: "ask", boolean: result };
  if (typeof result === "string") return { kind: "graph", triples: result.split("\n").filter(Boolean) };
  if (result.length > 0 && !(result[0] instanceof Map)) {
    return { kind: "graph", triples: result.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`) };
  }
  return { kind: "select", rows: result.map((m) => Object.fromEntries([...m].map(([k, v]) => [k, v.value]))) };
}

parentPort.postMessage(run());
