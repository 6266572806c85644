// `trama build <articles-dir> --out <dir>`: every article through the pipeline, then one
// graph, laid out, written as graph.json and graph.ttl.
import { join, resolve } from "node:path";
import { TramaError, UsageError } from "../errors.ts";
import { buildGraph, layoutGraph, writeGraphJson } from "../graph/index.ts";
import type { TramaGraph } from "../graph/types.ts";
import { assignArticleIds } from "../ingest/index.ts";
import { defaultOutDir } from "../paths.ts";
import { loadContext } from "../pipeline.ts";
import { writeTurtle } from "../rdf/index.ts";
import { toGexf } from "../export/gexf.ts";
import { addDisplayLabels } from "../export/labels.ts";
import type { ArticleExtraction } from "../types.ts";
import { parse } from "./args.ts";
import { listArticles } from "./list-articles.ts";
import { DEFAULT_MAX_BYTES, parseByteSize, readAndRun } from "./article-run.ts";
import { writeOutputSet } from "./outputs.ts";
import { checkOutDir } from "./paths-check.ts";
import { Progress } from "./progress.ts";
import { VERSION } from "./version.ts";

export interface BuildResult {
  graph: TramaGraph;
  read: number;
  skipped: string[];
  /** Facts dropped because an end was never described (see buildGraph). */
  droppedFacts: number;
  seconds: number;
}

export interface BuildOptions {
  quiet?: boolean;
  recursive?: boolean;
  /** Articles larger than this many bytes are skipped with a warning (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  warn?: (msg: string) => void;
}

export async function buildCorpus(dir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const warn = opts.warn ?? ((m: string) => process.stderr.write(`warning: ${m}\n`));
  const names = await listArticles(dir, opts.recursive ?? false, warn);
  const ids = assignArticleIds(names);
  const ctx = await loadContext();
  const progress = new Progress(names.length, !opts.quiet && (process.stderr.isTTY || names.length > 20));
  const extractions: ArticleExtraction[] = [];
  const skipped: string[] = [];
  for (const [i, name] of names.entries()) {
    const path = join(dir, name);
    progress.tick(i, name);
    const outcome = await readAndRun(path, name, ids.get(name)!, ctx, opts.maxBytes ?? DEFAULT_MAX_BYTES);
    if (outcome.ok) extractions.push(outcome.extraction);
    else {
      skipped.push(name);
      warn(`${path}: ${outcome.stage}: ${outcome.reason}, skipped`);
    }
  }
  progress.tick(names.length, "graph");
  progress.done();
  if (extractions.length === 0) throw new TramaError(`${dir}: no article could be read (${names.length} file${names.length === 1 ? "" : "s"} found)`);
  const dropped = new Map<string, string[]>();
  const graph = buildGraph(extractions, { onDangling: (file, fact) => dropped.set(file, [...(dropped.get(file) ?? []), fact]) });
  for (const [file, facts] of dropped) warn(`${join(dir, file)}: graph: ${facts.length} fact${facts.length === 1 ? "" : "s"} about an entity never described dropped (${facts.slice(0, 3).join("; ")}${facts.length > 3 ? "; …" : ""})`);
  layoutGraph(graph);
  const droppedFacts = [...dropped.values()].reduce((n, f) => n + f.length, 0);
  return { graph, read: extractions.length, skipped, droppedFacts, seconds: (performance.now() - t0) / 1000 };
}

export async function writeOutputs(graph: TramaGraph, outDir: string): Promise<void> {
  await addDisplayLabels(graph);
  await writeOutputSet(outDir, [
    ["graph.json", (out) => writeGraphJson(graph, out, `trama ${VERSION}`)],
    ["graph.ttl", (out) => writeTurtle(graph, out)],
    ["graph.gexf", async (out) => { out.write(toGexf(graph)); }],
  ]);
}

export const BUILD_HELP = `trama build <articles-dir> [--out <dir>] [--quiet] [--recursive]

Reads every .txt, .md, .html and .htm file of <articles-dir> (sorted by name), extracts
entities, relations and claims, and writes <dir>/graph.json (graphology's serialized
graph with layout positions), <dir>/graph.ttl (Turtle, vocabulary of ONTOLOGY.md) and
<dir>/graph.gexf (for Gephi: classes, colours, positions, weights).
Any article that cannot be read or processed is skipped with one warning line (file,
stage, reason) and counted in the summary; the others are built. The output folder is
checked before any article is read, and the three files are replaced together.

Options:
  --out <dir>        output folder (default: out/ in the project)
  --quiet            no progress line on stderr
  --recursive        also read articles in sub-folders
  --max-bytes <n>    skip, with a warning, any article larger than n bytes (default 5MB;
                     accepts 512k, 5MB, 1.5m)
`;

export async function buildCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: "string" }, quiet: { type: "boolean" }, recursive: { type: "boolean" }, "max-bytes": { type: "string" }, help: { type: "boolean" } }, "build");
  if (values.help) { process.stdout.write(BUILD_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("build: expected one articles folder (see `trama build --help`)");
  const dir = positionals[0]!;
  const outDir = resolve(values.out ?? defaultOutDir);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values["max-bytes"]);
  if (maxBytes === undefined) throw new UsageError(`build: --max-bytes ${JSON.stringify(values["max-bytes"])} is not a size (e.g. 5000000, 512k, 5MB)`);
  await checkOutDir(outDir);
  const r = await buildCorpus(dir, { quiet: values.quiet ?? false, recursive: values.recursive ?? false, maxBytes });
  await writeOutputs(r.graph, outDir);
  const g = r.graph;
  const relations = g.filterEdges((_e, a) => a.modality === "asserted").length;
  process.stdout.write(`built ${r.read} article${r.read === 1 ? "" : "s"} (${r.skipped.length} skipped${r.droppedFacts ? `, ${r.droppedFacts} dangling fact${r.droppedFacts === 1 ? "" : "s"} dropped` : ""}): ${g.order} entities, ${relations} relations, ${g.getAttribute("claims").length} claims in ${r.seconds.toFixed(1)} s -> ${outDir}\n`);
  return 0;
}
