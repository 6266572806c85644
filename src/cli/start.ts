// `trama start` (what `npm start` runs): build data/articles into out/, build the viewer
// when needed, and serve it on 127.0.0.1.
import { resolve } from "node:path";
import { defaultDataDir, defaultOutDir } from "../paths.ts";
import { parse } from "./args.ts";
import { buildCorpus, writeOutputs } from "./build.ts";
import { checkOutDir } from "./paths-check.ts";
import { parsePort } from "./serve.ts";

export const START_HELP = `trama start [--articles <dir>] [--out <dir>] [--port N] [--host 127.0.0.1] [--no-build]

Builds the graph from data/articles/ into out/, builds the viewer if needed, serves it on
http://127.0.0.1:<port>/ and prints the URL. Stop with Ctrl-C.

Options:
  --articles <dir>   articles to build (default: data/articles)
  --out <dir>        build folder (default: out/)
  --port N           port (default 5173, or a free one if taken)
  --host H           address to bind (default 127.0.0.1)
  --no-build         serve the graph already in --out
`;

export async function startCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    articles: { type: "string" }, out: { type: "string" }, port: { type: "string" }, host: { type: "string" },
    "no-build": { type: "boolean" }, help: { type: "boolean" },
  }, "start");
  if (values.help) { process.stdout.write(START_HELP); return 0; }
  const outDir = resolve(values.out ?? defaultOutDir);
  if (values.port !== undefined) parsePort(values.port); // a usage error before the build, not after
  if (!values["no-build"]) await checkOutDir(outDir);
  if (!values["no-build"]) {
    const r = await buildCorpus(values.articles ?? resolve(defaultDataDir, "articles"));
    await writeOutputs(r.graph, outDir);
    process.stdout.write(`built ${r.read} articles: ${r.graph.order} entities -> ${outDir}\n`);
  }
  const { serveViewer, ensureViewerBuilt } = await import("./serve.ts");
  await ensureViewerBuilt();
  const server = await serveViewer({ graphDir: outDir, ...(values.port !== undefined ? { port: parsePort(values.port) } : {}), host: values.host ?? "127.0.0.1" });
  process.stdout.write(`Trama viewer: ${server.url}\n`);
  await new Promise<void>((done) => {
    const stop = () => { void server.close().then(done); };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}
