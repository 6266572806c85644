// Loading a Turtle export into a triple store through the SPARQL 1.1 Graph Store HTTP
// Protocol: PUT replaces the named graph. Entity IRIs are deterministic, so graphs built
// on separate machines merge in the store by plain union.
import { readFile } from "node:fs/promises";
import N3 from "n3";
import { TramaError } from "../errors.ts";

export interface PushOptions {
  endpoint: string;
  namedGraph: string;
  user?: string;
  password?: string;
  /** Query parameter that names the graph (`graph` in the standard; some stores use `graph-uri`). */
  graphParam?: string;
}

export async function pushTurtle(file: string, opts: PushOptions): Promise<{ triples: number; status: number }> {
  const text = await readFile(file, "utf8").catch((e: NodeJS.ErrnoException) => { throw new TramaError(`${file}: cannot read (${e.code})`); });
  let triples: number;
  try {
    triples = new N3.Parser().parse(text).length;
  } catch (e) {
    throw new TramaError(`${file}: not valid Turtle: ${(e as Error).message}`);
  }
  const url = new URL(opts.endpoint);
  url.searchParams.set(opts.graphParam ?? "graph", opts.namedGraph);
  const headers: Record<string, string> = { "Content-Type": "text/turtle; charset=utf-8" };
  if (opts.user) headers.Authorization = `Basic ${Buffer.from(`${opts.user}:${opts.password ?? ""}`).toString("base64")}`;
  let res: Response;
  try {
    res = await fetch(url, { method: "PUT", headers, body: text, signal: AbortSignal.timeout(300000) });
  } catch (e) {
    throw new TramaError(`${opts.endpoint}: cannot connect (${(e as Error).cause ? String(((e as Error).cause as Error).message) : (e as Error).message})`);
  }
  if (!res.ok) throw new TramaError(`${opts.endpoint}: HTTP ${res.status} ${(await res.text()).split("\n")[0]!.slice(0, 200)}`);
  return { triples, status: res.status };
}
