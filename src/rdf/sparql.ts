// SPARQL over the exported Turtle with the embedded store (oxigraph), or over any SPARQL
// 1.1 endpoint; results come back in one shape: variables and rows of plain strings.
import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import { TramaError } from "../errors.ts";
import { basicAuth, connectionFailure, parseEndpoint, redactUrl } from "./endpoint.ts";

export interface SparqlResult {
  kind: "select" | "ask" | "graph";
  vars: string[];
  rows: Array<Record<string, string>>;
  boolean?: boolean;
  /** For CONSTRUCT/DESCRIBE: N-Triples lines. */
  triples?: string[];
}

export class SparqlError extends TramaError {
  override name = "SparqlError";
}

/** Seconds a query may run, embedded or remote, unless --timeout says otherwise. */
export const DEFAULT_TIMEOUT_S = 60;

const WORKER = new URL("./sparql-worker.mjs", import.meta.url);

type WorkerReply =
  | { error: "load" | "query" | "crash"; message: string }
  | { kind: "ask"; boolean: boolean }
  | { kind: "graph"; triples: string[] }
  | { kind: "select"; rows: Array<Record<string, string>> };

const firstLine = (s: string) => s.split("\n")[0]!.slice(0, 200);

/** The variables of a SELECT in the order the query declares them (oxigraph's rows are maps). */
function selectOrder(query: string, rows: ReadonlyArray<Record<string, string>>): string[] {
  const seen = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) seen.add(k);
  const declared = /select\s+(distinct\s+|reduced\s+)?([\s\S]*?)\s+where/i.exec(query)?.[2];
  return declared && !declared.includes("*") ? [...declared.matchAll(/\?(\w+)/g)].map((m) => m[1]!) : [...seen];
}

/**
 * Run a query over a Turtle file with oxigraph, in a worker thread that is terminated
 * after `timeoutS` seconds. Every failure is one line: a bad query, `query too complex`
 * when the store crashes, or a timeout.
 */
export async function queryTurtleFile(ttlPath: string, query: string, opts: { timeoutS?: number } = {}): Promise<SparqlResult> {
  await access(ttlPath, constants.R_OK).catch((e: NodeJS.ErrnoException) => { throw new SparqlError(`${ttlPath}: cannot read (${e.code ?? e.message})`); });
  const timeoutS = opts.timeoutS ?? DEFAULT_TIMEOUT_S;
  const worker = new Worker(WORKER, { workerData: { ttlPath, query }, resourceLimits: { stackSizeMb: 16 } });
  const reply = await new Promise<WorkerReply>((done, fail) => {
    const timer = setTimeout(() => { void worker.terminate(); fail(new SparqlError(`query: stopped after ${timeoutS} s (--timeout ${timeoutS})`)); }, timeoutS * 1000);
    const settle = (f: () => void) => { clearTimeout(timer); f(); };
    worker.once("message", (m: WorkerReply) => settle(() => done(m)));
    worker.once("error", (e: Error) => settle(() => done({ error: "crash", message: e.message })));
    worker.once("exit", (code) => settle(() => done({ error: "crash", message: `worker exited with code ${code}` })));
  }).finally(() => void worker.terminate());
  if ("error" in reply) {
    if (reply.error === "load") throw new SparqlError(`${ttlPath}: not valid Turtle: ${firstLine(reply.message)}`);
    if (reply.error === "crash") throw new SparqlError(`query too complex: the embedded store gave up (${firstLine(reply.message)})`);
    throw new SparqlError(`query: ${firstLine(reply.message)}`);
  }
  if (reply.kind === "ask") return { kind: "ask", vars: [], rows: [], boolean: reply.boolean };
  if (reply.kind === "graph") return { kind: "graph", vars: [], rows: [], triples: reply.triples };
  return { kind: "select", vars: selectOrder(query, reply.rows), rows: reply.rows };
}

export interface EndpointOptions {
  user?: string;
  password?: string;
  timeoutS?: number;
}

// What a SPARQL 1.1 endpoint answers: results (SELECT, ASK) in JSON, graphs (CONSTRUCT,
// DESCRIBE) in N-Triples. Anything else (a login page, a proxy's error page) is not a result.
const RESULT_TYPES = ["application/sparql-results+json", "application/json"];
const GRAPH_TYPES = ["application/n-triples", "text/plain"];

/**
 * A kept-alive connection that the store closed while this process was busy (Virtuoso drops
 * idle ones after a few seconds) fails as soon as it is reused, before the store saw anything.
 * A query only reads, so it is sent again; a store that is down fails every try and is reported.
 */
function staleConnection(e: unknown): boolean {
  const code = (e as { cause?: { code?: string } }).cause?.code;
  return code === "UND_ERR_SOCKET" || code === "ECONNRESET";
}

/** Each failed try drops one dead connection from the pool; a few tries reach a fresh one. */
async function sendPastStaleConnections<T>(send: () => Promise<T>, tries = 4): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await send();
    } catch (e) {
      if (i >= tries || !staleConnection(e)) throw e;
    }
  }
}

/** Run a query against a SPARQL 1.1 endpoint (protocol: POST of a URL-encoded `query`, which every store accepts). */
export async function queryEndpoint(endpoint: string, query: string, auth?: EndpointOptions): Promise<SparqlResult> {
  const target = parseEndpoint(endpoint);
  const shown = redactUrl(target.url);
  const user = auth?.user ?? target.user;
  const password = auth?.user !== undefined ? auth.password ?? "" : target.password;
  const timeoutS = auth?.timeoutS ?? DEFAULT_TIMEOUT_S;
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, application/n-triples;q=0.5" };
  if (user !== undefined) headers.Authorization = basicAuth(user, password ?? "");
  let res: Response;
  let body: string;
  const send = async () => {
    const r = await fetch(target.url, { method: "POST", headers, body: new URLSearchParams({ query }).toString(), signal: AbortSignal.timeout(timeoutS * 1000) });
    return { r, text: await r.text() };
  };
  try {
    ({ r: res, text: body } = await sendPastStaleConnections(send));
  } catch (e) {
    throw new SparqlError(`${shown}: ${connectionFailure(e, timeoutS)}`);
  }
  if (!res.ok) throw new SparqlError(`${shown}: HTTP ${res.status} ${firstLine(body)}`);
  const type = (res.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (GRAPH_TYPES.includes(type)) {
    const lines = body.split("\n").filter((l) => l.trim() !== "");
    if (type === "application/n-triples" || lines.every((l) => /^\s*(<|_:)\S*\s.*\.\s*$/.test(l))) return { kind: "graph", vars: [], rows: [], triples: lines };
  }
  if (!RESULT_TYPES.includes(type)) throw new SparqlError(`${shown}: not a SPARQL result (Content-Type ${type || "missing"}); is this the store's SPARQL endpoint?`);
  let json: { head?: { vars?: string[] }; boolean?: boolean; results?: { bindings: Array<Record<string, { value: string }>> } };
  try {
    json = JSON.parse(body);
  } catch {
    throw new SparqlError(`${shown}: not a SPARQL result (invalid JSON)`);
  }
  if (typeof json.boolean === "boolean") return { kind: "ask", vars: [], rows: [], boolean: json.boolean };
  if (!json.results || !Array.isArray(json.results.bindings)) throw new SparqlError(`${shown}: not a SPARQL result (no results.bindings)`);
  const vars = json.head?.vars ?? [];
  return { kind: "select", vars, rows: json.results.bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value]))) };
}

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function formatResult(r: SparqlResult, format: "table" | "json" | "csv"): string {
  if (r.kind === "ask") return format === "json" ? JSON.stringify({ boolean: r.boolean }) + "\n" : `${r.boolean}\n`;
  if (r.kind === "graph") return r.triples!.join("\n") + "\n";
  if (format === "json") return JSON.stringify({ vars: r.vars, rows: r.rows }, null, 2) + "\n";
  if (format === "csv") return [r.vars.join(","), ...r.rows.map((row) => r.vars.map((v) => csvCell(row[v] ?? "")).join(","))].join("\n") + "\n";
  const widths = r.vars.map((v) => Math.min(60, Math.max(v.length, ...r.rows.map((row) => (row[v] ?? "").length))));
  const line = (cells: string[]) => cells.map((c, i) => c.slice(0, 60).padEnd(widths[i]!)).join("  ");
  return [line(r.vars), line(widths.map((w) => "-".repeat(w))), ...r.rows.map((row) => line(r.vars.map((v) => row[v] ?? "")))].join("\n") + `\n(${r.rows.length} row${r.rows.length === 1 ? "" : "s"})\n`;
}
