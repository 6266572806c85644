// `trama sparql`, `trama validate`, `trama push`: the Turtle export in other tools.
import { join } from "node:path";
import { stat } from "node:fs/promises";
import { UsageError } from "../errors.ts";
import { defaultOutDir } from "../paths.ts";
import { pushTurtle } from "../rdf/push.ts";
import { validateTurtle } from "../rdf/shacl.ts";
import { DEFAULT_TIMEOUT_S, formatResult, queryEndpoint, queryTurtleFile } from "../rdf/sparql.ts";
import { parseEndpoint, parseGraphIri, redactUrl } from "../rdf/endpoint.ts";
import { parse } from "./args.ts";

export const SPARQL_HELP = `trama sparql '<query>' [--format table|json|csv] [--graph <dir|graph.ttl>] [--endpoint <url> [--user U --password P]] [--timeout S]

Runs a SPARQL query over the exported Turtle with the embedded store (oxigraph), or over
a SPARQL 1.1 endpoint with --endpoint. A remote answer counts only with a SPARQL results
content type (application/sparql-results+json, or N-Triples for CONSTRUCT). Credentials
can be given as --user/--password or in the URL (http://user:pw@host/…); they are sent
as Basic auth and never printed.

Options:
  --timeout S   stop the query after S seconds (default ${DEFAULT_TIMEOUT_S}), embedded or remote
`;
export const VALIDATE_HELP = `trama validate <graph.ttl> [--shapes <shapes.ttl>]

Checks a Turtle export against the SHACL shapes in data/shapes.ttl (one class and one label
per entity, claim fields and datatypes, relation domains and ranges). Exit 0 when it
conforms, 1 with one line per violation otherwise.
`;
export const PUSH_HELP = `trama push <graph.ttl> --endpoint <url> [--named-graph <iri>] [--graph-param graph|graph-uri] [--user U --password P] [--timeout S]

Loads the Turtle into a SPARQL 1.1 store through the Graph Store HTTP Protocol (PUT:
replaces the named graph) and reports the triples loaded. Default named graph:
https://w3id.org/trama/graph/default. --timeout S: give up after S seconds (default 300).
A malformed endpoint or graph IRI is a usage error (exit 2); credentials in the URL are
sent as Basic auth and never printed.
`;

/** `--timeout` in seconds (a positive number), or a UsageError. */
function parseTimeout(value: string | undefined, fallback: number, command: string): number {
  if (value === undefined) return fallback;
  const s = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : NaN;
  if (!(s > 0 && s <= 86400)) throw new UsageError(`${command}: --timeout ${JSON.stringify(value)} is not a number of seconds (e.g. 30)`);
  return s;
}

async function ttlPath(p: string | undefined): Promise<string> {
  const path = p ?? defaultOutDir;
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new UsageError(`${path}: no graph here (build one with \`trama build\`)`);
  return s.isDirectory() ? join(path, "graph.ttl") : path;
}

export async function sparqlCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: "string" }, graph: { type: "string" }, endpoint: { type: "string" }, user: { type: "string" }, password: { type: "string" }, timeout: { type: "string" }, help: { type: "boolean" },
  }, "sparql");
  if (values.help) { process.stdout.write(SPARQL_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("sparql: expected one query (see `trama sparql --help`)");
  const format = (values.format ?? "table") as "table" | "json" | "csv";
  if (!["table", "json", "csv"].includes(format)) throw new UsageError(`sparql: unknown format ${format}`);
  const timeoutS = parseTimeout(values.timeout, DEFAULT_TIMEOUT_S, "sparql");
  if (values.endpoint !== undefined) parseEndpoint(values.endpoint);
  const result = values.endpoint !== undefined
    ? await queryEndpoint(values.endpoint, positionals[0]!, { timeoutS, ...(values.user !== undefined ? { user: values.user, password: values.password ?? "" } : {}) })
    : await queryTurtleFile(await ttlPath(values.graph), positionals[0]!, { timeoutS });
  process.stdout.write(formatResult(result, format));
  return 0;
}

export async function validateCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { shapes: { type: "string" }, help: { type: "boolean" } }, "validate");
  if (values.help) { process.stdout.write(VALIDATE_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("validate: expected one Turtle file (see `trama validate --help`)");
  const { conforms, violations } = await validateTurtle(positionals[0]!, ...(values.shapes ? [values.shapes] : []));
  for (const v of violations) process.stdout.write(`${v.focus}${v.path ? ` ${v.path}` : ""}: ${v.constraint}${v.message ? ` (${v.message})` : ""}\n`);
  process.stdout.write(conforms ? `${positionals[0]}: conforms to the SHACL shapes\n` : `${positionals[0]}: ${violations.length} violation(s)\n`);
  return conforms ? 0 : 1;
}

export async function pushCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    endpoint: { type: "string" }, "named-graph": { type: "string" }, "graph-param": { type: "string" }, user: { type: "string" }, password: { type: "string" }, timeout: { type: "string" }, help: { type: "boolean" },
  }, "push");
  if (values.help) { process.stdout.write(PUSH_HELP); return 0; }
  if (positionals.length !== 1 || !values.endpoint) throw new UsageError("push: expected a Turtle file and --endpoint (see `trama push --help`)");
  const endpoint = parseEndpoint(values.endpoint);
  const namedGraph = parseGraphIri(values["named-graph"] ?? "https://w3id.org/trama/graph/default");
  const graphParam = values["graph-param"];
  if (graphParam !== undefined && !/^[A-Za-z][\w.-]*$/.test(graphParam)) throw new UsageError(`push: --graph-param ${JSON.stringify(graphParam)} is not a parameter name (graph, graph-uri)`);
  const timeoutS = parseTimeout(values.timeout, 300, "push");
  const r = await pushTurtle(positionals[0]!, {
    endpoint: values.endpoint, namedGraph, timeoutS, ...(graphParam ? { graphParam } : {}),
    ...(values.user !== undefined ? { user: values.user, password: values.password ?? "" } : {}),
  });
  process.stdout.write(`pushed ${r.triples} triples to <${namedGraph}> at ${redactUrl(endpoint.url)} (HTTP ${r.status})\n`);
  return 0;
}
