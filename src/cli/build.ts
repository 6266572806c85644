// `trama build <articles-dir> --out <dir>`: every article through the pipeline, then one
// graph, laid out, written as graph.json and graph.ttl.
import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";
import { IngestError, OutputError, TramaError, UsageError } from "../errors.ts";
import { buildGraph, layoutGraph, writeGraphJson } from "../graph/index.ts";
import type { TramaGraph } from "../graph/types.ts";
import { ARTICLE_EXTENSIONS } from "../ingest/index.ts";
import { defaultOutDir } from "../paths.ts";
import { loadContext, processArticle } from "../pipeline.ts";
import { writeTurtle } from "../rdf/index.ts";
import { toGexf } from "../export/gexf.ts";
import { addDisplayLabels } from "../export/labels.ts";
import type { ArticleExtraction } from "../types.ts";
import { parse } from "./args.ts";
import { writeAtomically } from "./output.ts";
import { Progress } from "./progress.ts";
import { VERSION } from "./version.ts";

export interface BuildResult {
  graph: TramaGraph;
  read: number;
  skipped: string[];
  seconds: number;
}

async function listArticles(dir: string, recursive: boolean): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive });
  } catch (e) {
    throw new UsageError(`${dir}: cannot read the articles folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(extname(e.name).toLowerCase()))
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)))
    .sort();
}

export async function buildCorpus(dir: string, opts: { quiet?: boolean; recursive?: boolean; warn?: (msg: string) => void } = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const warn = opts.warn ?? ((m: string) => process.stderr.write(`warning: ${m}\n`));
  const names = await listArticles(dir, opts.recursive ?? false);
  const ctx = await loadContext();
  const progress = new Progress(names.length, !opts.quiet && (process.stderr.isTTY || names.length > 20));
  const extractions: ArticleExtraction[] = [];
  const skipped: string[] = [];
  for (const [i, name] of names.entries()) {
    const path = join(dir, name);
    progress.tick(i, name);
    try {
      const bytes = await readFile(path);
      extractions.push(processArticle({ path, name, bytes }, ctx));
    } catch (e) {
      const reason = e instanceof IngestError ? e.reason : (e as NodeJS.ErrnoException).code ? `cannot read (${(e as NodeJS.ErrnoException).code})` : undefined;
      if (reason === undefined) throw e;
      skipped.push(name);
      warn(`${path}: ${reason}, skipped`);
    }
  }
  progress.tick(names.length, "graph");
  progress.done();
  if (extractions.length === 0) throw new TramaError(`${dir}: no article could be read (${names.length} file${names.length === 1 ? "" : "s"} found)`);
  const graph = buildGraph(extractions);
  layoutGraph(graph);
  return { graph, read: extractions.length, skipped, seconds: (performance.now() - t0) / 1000 };
}

export async function writeOutputs(graph: TramaGraph, outDir: string): Promise<void> {
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputError(outDir, "exists and is not a folder");
  await addDisplayLabels(graph);
  await writeAtomically(join(outDir, "graph.json"), (out) => writeGraphJson(graph, out, `trama ${VERSION}`));
  await writeAtomically(join(outDir, "graph.ttl"), (out) => writeTurtle(graph, out));
  await writeAtomically(join(outDir, "graph.gexf"), async (out) => { out.write(toGexf(graph)); });
}

export const BUILD_HELP = `trama build <articles-dir> [--out <dir>] [--quiet] [--recursive]

Reads every .txt, .md, .html and .htm file of <articles-dir> (sorted by name), extracts
entities, relations and claims, and writes <dir>/graph.json (graphology's serialized
graph with layout positions), <dir>/graph.ttl (Turtle, vocabulary of ONTOLOGY.md) and
<dir>/graph.gexf (for Gephi: classes, colours, positions, weights).
An unreadable article is skipped with a one-line warning; the others are built.

Options:
  --out <dir>     output folder (default: out/ in the project)
  --quiet         no progress line on stderr
  --recursive     also read articles in sub-folders
`;

export async function buildCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: "string" }, quiet: { type: "boolean" }, recursive: { type: "boolean" }, help: { type: "boolean" } }, "build");
  if (values.help) { process.stdout.write(BUILD_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("build: expected one articles folder (see `trama build --help`)");
  const dir = positionals[0]!;
  const outDir = resolve(values.out ?? defaultOutDir);
  const r = await buildCorpus(dir, { quiet: values.quiet ?? false, recursive: values.recursive ?? false });
  await writeOutputs(r.graph, outDir);
  const g = r.graph;
  const relations = g.filterEdges((_e, a) => a.modality === "asserted").length;
  process.stdout.write(`built ${r.read} article${r.read === 1 ? "" : "s"} (${r.skipped.length} skipped): ${g.order} entities, ${relations} relations, ${g.getAttribute("claims").length} claims in ${r.seconds.toFixed(1)} s -> ${outDir}\n`);
  return 0;
}
