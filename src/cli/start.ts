// `trama start [dir]` (what `npm start` runs): build a folder of articles (data/articles by
// default) into out/, build the viewer when needed, and serve it on 127.0.0.1.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { UsageError } from "../errors.ts";
import { defaultDataDir, defaultOutDir } from "../paths.ts";
import { parse } from "./args.ts";
import { buildCorpus, writeOutputs } from "./build.ts";
import { checkOutDir } from "./paths-check.ts";
import { parsePort } from "./serve.ts";

export const START_HELP = `trama start [<articles-dir>] [--out <dir>] [--port N] [--host 127.0.0.1] [--no-build]

Builds the graph from <articles-dir> (default: the sample articles in data/articles/) into
out/, builds the viewer if needed, serves it on http://127.0.0.1:<port>/ and prints the
URL. Stop with Ctrl-C.

  trama start ~/notizie              build ~/notizie and view it
  trama start --no-build --out out   view a graph built before

Options:
  --articles <dir>   the same as <articles-dir>
  --out <dir>        build folder (default: out/)
  --port N           port (default 5173, or a free one if taken)
  --host H           address to bind (default 127.0.0.1)
  --no-build         serve the graph already in --out
`;

export async function startCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    articles: { type: "string" }, out: { type: "string" }, port: { type: "string" }, host: { type: "string" },
    "no-build": { type: "boolean" }, help: { type: "boolean" },
  }, "start");
  if (values.help) { process.stdout.write(START_HELP); return 0; }
  if (positionals.length > 1) throw new UsageError(`start: expected at most one articles folder, got ${positionals.map((p) => JSON.stringify(p)).join(" ")} (see \`trama start --help\`)`);
  if (positionals[0] && values.articles && resolve(positionals[0]) !== resolve(values.articles)) throw new UsageError("start: give the articles folder once, as <articles-dir> or --articles");
  const articles = positionals[0] ?? values.articles;
  if (articles && values["no-build"]) throw new UsageError("start: --no-build serves the graph in --out; it takes no articles folder");
  if (articles && !(await stat(articles).catch(() => undefined))?.isDirectory()) throw new UsageError(`start: ${articles}: no such folder of articles`);
  const outDir = resolve(values.out ?? defaultOutDir);
  if (values.port !== undefined) parsePort(values.port); // a usage error before the build, not after
  if (!values["no-build"]) await checkOutDir(outDir);
  if (!values["no-build"]) {
    const r = await buildCorpus(articles ?? resolve(defaultDataDir, "articles"));
    await writeOutputs(r.graph, outDir);
    process.stdout.write(`built ${r.read} articles from ${resolve(articles ?? resolve(defaultDataDir, "articles"))}: ${r.graph.order} entities -> ${outDir}\n`);
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
