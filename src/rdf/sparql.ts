// SPARQL over the exported Turtle with the embedded store (oxigraph), or over any SPARQL
// 1.1 endpoint; results come back in one shape: variables and rows of plain strings.
import { readFile } from "node:fs/promises";
import { TramaError } from "../errors.ts";

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

type Term = { termType: string; value: string };

function termString(t: Term): string {
  return t.value;
}

/** Run a query over a Turtle file with oxigraph. */
export async function queryTurtleFile(ttlPath: string, query: string): Promise<SparqlResult> {
  const ox = await import("oxigraph");
  const store = new ox.Store();
  let text: string;
  try {
    text = await readFile(ttlPath, "utf8");
  } catch (e) {
    throw new SparqlError(`${ttlPath}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  store.load(text, { format: "text/turtle" });
  let result: unknown;
  try {
    result = store.query(query);
  } catch (e) {
    throw new SparqlError(`query: ${String((e as Error).message ?? e).split("\n")[0]}`);
  }
  if (typeof result === "boolean") return { kind: "ask", vars: [], rows: [], boolean: result };
  if (typeof result === "string") return { kind: "graph", vars: [], rows: [], triples: result.split("\n").filter(Boolean) };
  const items = result as Array<Map<string, Term> | { subject: Term; predicate: Term; object: Term }>;
  if (items.length > 0 && !(items[0] instanceof Map)) {
    const quads = items as Array<{ subject: Term; predicate: Term; object: Term }>;
    return { kind: "graph", vars: [], rows: [], triples: quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`) };
  }
  const maps = items as Array<Map<string, Term>>;
  const vars = [...new Set(maps.flatMap((m) => [...m.keys()]))];
  const declared = /select\s+(distinct\s+|reduced\s+)?([\s\S]*?)\s+where/i.exec(query)?.[2];
  const order = declared && !declared.includes("*") ? [...declared.matchAll(/\?(\w+)/g)].map((m) => m[1]!) : vars;
  return { kind: "select", vars: order, rows: maps.map((m) => Object.fromEntries([...m].map(([k, v]) => [k, termString(v)]))) };
}

/** Run a query against a SPARQL 1.1 endpoint (protocol: POST of a URL-encoded `query`, which every store accepts). */
export async function queryEndpoint(endpoint: string, query: string, auth?: { user: string; password: string }): Promise<SparqlResult> {
  const headers: Record<string, string> = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/sparql-results+json, application/n-triples;q=0.5" };
  if (auth) headers.Authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString("base64")}`;
  let res: Response;
  try {
    res = await fetch(endpoint, { method: "POST", headers, body: new URLSearchParams({ query }).toString(), signal: AbortSignal.timeout(60000) });
  } catch (e) {
    throw new SparqlError(`${endpoint}: cannot connect (${(e as Error).cause ? String(((e as Error).cause as Error).message) : (e as Error).message})`);
  }
  const body = await res.text();
  if (!res.ok) throw new SparqlError(`${endpoint}: HTTP ${res.status} ${body.split("\n")[0]!.slice(0, 200)}`);
  if (!(res.headers.get("content-type") ?? "").includes("json")) return { kind: "graph", vars: [], rows: [], triples: body.split("\n").filter(Boolean) };
  const json = JSON.parse(body) as { head?: { vars?: string[] }; boolean?: boolean; results?: { bindings: Array<Record<string, { value: string }>> } };
  if (typeof json.boolean === "boolean") return { kind: "ask", vars: [], rows: [], boolean: json.boolean };
  const vars = json.head?.vars ?? [];
  return { kind: "select", vars, rows: (json.results?.bindings ?? []).map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value]))) };
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
