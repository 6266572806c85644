// Loading a Turtle export into a triple store through the SPARQL 1.1 Graph Store HTTP
// Protocol: PUT replaces the named graph. Entity IRIs are deterministic, so graphs built
// on separate machines merge in the store by plain union.
import { readFile } from "node:fs/promises";
import N3 from "n3";
import { TramaError } from "../errors.ts";
import { basicAuth, connectionFailure, parseEndpoint, redactUrl } from "./endpoint.ts";

export interface PushOptions {
  endpoint: string;
  namedGraph: string;
  user?: string;
  password?: string;
  /** Query parameter that names the graph (`graph` in the standard; some stores use `graph-uri`). */
  graphParam?: string;
  /** Seconds to wait for the store (default 300: a large graph takes a while to load). */
  timeoutS?: number;
}

export async function pushTurtle(file: string, opts: PushOptions): Promise<{ triples: number; status: number }> {
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => { throw new TramaError(`${file}: cannot read (${e.code})`); });
  let triples: number;
  try {
    triples = new N3.Parser().parse(text).length;
  } catch (e) {
    throw new TramaError(`${file}: not valid Turtle: ${(e as Error).message}`);
  }
  const target = parseEndpoint(opts.endpoint);
  const shown = redactUrl(target.url);
  const url = new URL(target.url);
  url.searchParams.set(opts.graphParam ?? "graph", opts.namedGraph);
  const headers: Record<string, string> = { "Content-Type": "text/turtle; charset=utf-8" };
  const user = opts.user ?? target.user;
  if (user !== undefined) headers.Authorization = basicAuth(user, opts.user !== undefined ? opts.password ?? "" : target.password ?? "");
  const timeoutS = opts.timeoutS ?? 300;
  let res: Response;
  let body: string;
  try {
    res = await fetch(url, { method: "PUT", headers, body: text, signal: AbortSignal.timeout(timeoutS * 1000) });
    body = res.ok ? "" : await res.text();
  } catch (e) {
    throw new TramaError(`${shown}: ${connectionFailure(e, timeoutS)}`);
  }
  if (!res.ok) throw new TramaError(`${shown}: HTTP ${res.status} ${body.split("\n")[0]!.slice(0, 200)}`);
  return { triples, status: res.status };
}
