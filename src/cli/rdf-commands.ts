// `trama sparql`, `trama validate`, `trama push`: the Turtle export in other tools.
import { join } from "node:path";
import { stat } from "node:fs/promises";
import { UsageError } from "../errors.ts";
import { defaultOutDir } from "../paths.ts";
import { pushTurtle } from "../rdf/push.ts";
import { validateTurtle } from "../rdf/shacl.ts";
import { formatResult, queryEndpoint, queryTurtleFile } from "../rdf/sparql.ts";
import { parse } from "./args.ts";

export const SPARQL_HELP = `trama sparql '<query>' [--format table|json|csv] [--graph <dir|graph.ttl>] [--endpoint <url> [--user U --password P]]

Runs a SPARQL query over the exported Turtle with the embedded store (oxigraph), or over
a SPARQL 1.1 endpoint with --endpoint.
`;
export const VALIDATE_HELP = `trama validate <graph.ttl> [--shapes <shapes.ttl>]

Checks a Turtle export against the SHACL shapes in data/shapes.ttl (one class and one label
per entity, claim fields and datatypes, relation domains and ranges). Exit 0 when it
conforms, 1 with one line per violation otherwise.
`;
export const PUSH_HELP = `trama push <graph.ttl> --endpoint <url> [--named-graph <iri>] [--graph-param graph|graph-uri] [--user U --password P]

Loads the Turtle into a SPARQL 1.1 store through the Graph Store HTTP Protocol (PUT:
replaces the named graph) and reports the triples loaded. Default named graph:
https://w3id.org/trama/graph/default.
`;

async function ttlPath(p: string | undefined): Promise<string> {
  const path = p ?? defaultOutDir;
  const s = await stat(path).catch(() => undefined);
  if (!s) throw new UsageError(`${path}: no graph here (build one with \`trama build\`)`);
  return s.isDirectory() ? join(path, "graph.ttl") : path;
}

export async function sparqlCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    format: { type: "string" }, graph: { type: "string" }, endpoint: { type: "string" }, user: { type: "string" }, password: { type: "string" }, help: { type: "boolean" },
  }, "sparql");
  if (values.help) { process.stdout.write(SPARQL_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("sparql: expected one query (see `trama sparql --help`)");
  const format = (values.format ?? "table") as "table" | "json" | "csv";
  if (!["table", "json", "csv"].includes(format)) throw new UsageError(`sparql: unknown format ${format}`);
  const result = values.endpoint
    ? await queryEndpoint(values.endpoint, positionals[0]!, values.user ? { user: values.user, password: values.password ?? "" } : undefined)
    : await queryTurtleFile(await ttlPath(values.graph), positionals[0]!);
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
    endpoint: { type: "string" }, "named-graph": { type: "string" }, "graph-param": { type: "string" }, user: { type: "string" }, password: { type: "string" }, help: { type: "boolean" },
  }, "push");
  if (values.help) { process.stdout.write(PUSH_HELP); return 0; }
  if (positionals.length !== 1 || !values.endpoint) throw new UsageError("push: expected a Turtle file and --endpoint (see `trama push --help`)");
  const namedGraph = values["named-graph"] ?? "https://w3id.org/trama/graph/default";
  const r = await pushTurtle(positionals[0]!, {
    endpoint: values.endpoint, namedGraph, ...(values["graph-param"] ? { graphParam: values["graph-param"] } : {}),
    ...(values.user ? { user: values.user, password: values.password ?? "" } : {}),
  });
  process.stdout.write(`pushed ${r.triples} triples to <${namedGraph}> at ${values.endpoint} (HTTP ${r.status})\n`);
  return 0;
}
