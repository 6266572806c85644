// The `trama` command: dispatch, help, and the one place errors become one line and an
// exit code (0 ok, 1 nothing built or runtime failure, 2 usage, 3 invalid data file,
// 4 output not written). A stack trace only with TRAMA_DEBUG=1.
import { TramaError, UsageError } from "../errors.ts";
import { BUILD_HELP, buildCommand } from "./build.ts";
import { NER_HELP, nerCommand } from "./ner.ts";
import { PARSE_HELP, parseCommand } from "./parse.ts";
import { START_HELP, startCommand } from "./start.ts";
import { VERSION } from "./version.ts";
import { CLAIMS_HELP, QUERY_HELP, claimsCommand, queryCommand } from "./query.ts";
import { PUSH_HELP, SPARQL_HELP, VALIDATE_HELP, pushCommand, sparqlCommand, validateCommand } from "./rdf-commands.ts";

interface Command {
  run(argv: string[]): Promise<number>;
  help: string;
  summary: string;
}

const COMMANDS: Record<string, Command> = {
  build: { run: buildCommand, help: BUILD_HELP, summary: "build graph.json and graph.ttl from a folder of articles" },
  start: { run: startCommand, help: START_HELP, summary: "build data/articles and serve the viewer on 127.0.0.1" },
  parse: { run: parseCommand, help: PARSE_HELP, summary: "print the dependency parse (CoNLL-U) of a text or fill in a CoNLL-U file" },
  ner: { run: nerCommand, help: NER_HELP, summary: "print CoNLL-style BIO tags (PER/LOC/ORG) for a file" },
  query: { run: queryCommand, help: QUERY_HELP, summary: "an entity's relations (any name or spelling) in a built graph" },
  claims: { run: claimsCommand, help: CLAIMS_HELP, summary: "attributed figures, filtered by entity, measure, source, period" },
  sparql: { run: sparqlCommand, help: SPARQL_HELP, summary: "SPARQL over the exported Turtle (embedded store) or an endpoint" },
  validate: { run: validateCommand, help: VALIDATE_HELP, summary: "check a Turtle export against the SHACL shapes" },
  push: { run: pushCommand, help: PUSH_HELP, summary: "load the Turtle into a triple store (Graph Store Protocol)" },
};

export function registerCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return `trama ${VERSION} — a knowledge-graph builder for news

Usage: trama <command> [options]    (trama <command> --help for its options)

Commands:
${Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`).join("\n")}

Exit codes: 0 ok; 1 no article could be built or a runtime failure; 2 usage error;
3 invalid data file under data/; 4 output could not be written.
`;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === "--help" || name === "-h") { process.stdout.write(usage()); return 0; }
    if (name === "--version" || name === "-v") { process.stdout.write(`${VERSION}\n`); return 0; }
    if (name === "help") {
      const c = rest[0] ? COMMANDS[rest[0]] : undefined;
      if (rest[0] && !c) throw new UsageError(`unknown command ${JSON.stringify(rest[0])} (see \`trama --help\`)`);
      process.stdout.write(c ? c.help : usage());
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) throw new UsageError(`unknown command ${JSON.stringify(name)} (see \`trama --help\`)`);
    return await command.run(rest);
  } catch (e) {
    if (process.env.TRAMA_DEBUG === "1") console.error(e);
    if (e instanceof TramaError) {
      process.stderr.write(`trama: ${e.message.replace(/\s*\n\s*/g, " ")}\n`);
      return e.exitCode;
    }
    process.stderr.write(`trama: internal error: ${String((e as Error)?.message ?? e).replace(/\s*\n\s*/g, " ")}\n`);
    return 1;
  }
}
