// `trama build <articles-dir> --out <dir>`: every article through the pipeline, then one
// graph, laid out, written as graph.json and graph.ttl.
import { availableParallelism } from "node:os";
import { readdir, stat } from "node:fs/promises";
import { extname, join, relative, resolve } from "node:path";
import { OutputError, TramaError, UsageError } from "../errors.ts";
import { buildGraph, layoutGraph, writeGraphJson } from "../graph/index.ts";
import type { TramaGraph } from "../graph/types.ts";
import { ARTICLE_EXTENSIONS } from "../ingest/index.ts";
import { ExtractionCache } from "../build/cache.ts";
import { extractCorpus } from "../build/extract-corpus.ts";
import { readPositions, writePositions } from "../build/positions.ts";
import { parseShard, selectShard, type Shard } from "../build/shard.ts";
import { pipelineVersion } from "../build/version.ts";
import { watchFolder } from "../build/watch.ts";
import { defaultDataDir, defaultOutDir } from "../paths.ts";
import { writeTurtle } from "../rdf/index.ts";
import { toGexf } from "../export/gexf.ts";
import { parse } from "./args.ts";
import { writeAtomically } from "./output.ts";
import { Progress } from "./progress.ts";
import { VERSION } from "./version.ts";

export interface BuildResult {
  graph: TramaGraph;
  read: number;
  skipped: string[];
  /** Articles run through the pipeline (the others came from the cache). */
  extracted: number;
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

export interface BuildOptions {
  quiet?: boolean;
  recursive?: boolean;
  warn?: (msg: string) => void;
  /** Worker threads for the per-article stages (default 1: this thread); `auto`: the cores, for corpora large enough to repay starting them. */
  workers?: number | "auto";
  /** Build only this slice of the articles. */
  shard?: Shard;
  /** Cache folder (`<out>/.cache`): cached extractions and previous positions. */
  cacheDir?: string;
  /** A cache kept from one build to the next (watch mode); else one is made from cacheDir. */
  cache?: ExtractionCache;
}

/** Below this many articles per worker, starting a worker costs more than it saves. */
const ARTICLES_PER_WORKER = 50;

export async function buildCorpus(dir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const names = selectShard(await listArticles(dir, opts.recursive ?? false), opts.shard);
  const progress = new Progress(names.length, !opts.quiet && (process.stderr.isTTY || names.length > 20));
  const cache = opts.cache ?? (opts.cacheDir ? new ExtractionCache(opts.cacheDir, pipelineVersion(defaultDataDir)) : undefined);
  cache?.beginBuild();
  const workers = opts.workers === "auto" ? Math.max(1, Math.min(availableParallelism(), Math.floor(names.length / ARTICLES_PER_WORKER))) : opts.workers;
  const { extractions, stats } = await extractCorpus(dir, names, { workers, cache, warn: opts.warn, onProgress: (i, name) => progress.tick(i, name) });
  progress.tick(names.length, "graph");
  progress.done();
  if (extractions.length === 0) throw new TramaError(`${dir}: no article could be read (${names.length} file${names.length === 1 ? "" : "s"} found)`);
  const graph = buildGraph(extractions);
  layoutGraph(graph, { previous: cache ? readPositions(cache.root) : undefined });
  if (cache) { cache.prune(); writePositions(cache.root, graph); }
  return { graph, read: extractions.length, skipped: stats.skipped, extracted: stats.extracted, seconds: (performance.now() - t0) / 1000 };
}

export async function writeOutputs(graph: TramaGraph, outDir: string): Promise<void> {
  const existing = await stat(outDir).catch(() => undefined);
  if (existing && !existing.isDirectory()) throw new OutputError(outDir, "exists and is not a folder");
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
  --workers <n>   worker threads for the per-article stages (default: the number of
                  cores, one per 50 articles at most; the output is the same for any n)
  --shard <i/n>   build only the i-th of n deterministic slices (by file-name hash);
                  the shards' Turtle files merge by plain union in a triple store
  --no-cache      do not read or write the extraction cache (<dir>/.cache)
  --watch         stay running and rebuild when articles are added, changed or removed
                  (extractions kept in memory; stop with Ctrl-C)

Each article's extraction is cached in <dir>/.cache, keyed by its name, its content and
the pipeline version (data files, sources, package version): a second build re-extracts
only new or changed articles, drops deleted ones, and keeps the previous node positions.
`;

export async function buildCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { out: { type: "string" }, quiet: { type: "boolean" }, recursive: { type: "boolean" }, workers: { type: "string" }, shard: { type: "string" }, "no-cache": { type: "boolean" }, watch: { type: "boolean" }, help: { type: "boolean" } }, "build");
  if (values.help) { process.stdout.write(BUILD_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("build: expected one articles folder (see `trama build --help`)");
  const dir = positionals[0]!;
  const outDir = resolve(values.out ?? defaultOutDir);
  const workers = values.workers === undefined ? "auto" : Number(values.workers);
  if (workers !== "auto" && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`build: --workers expects a positive whole number (got ${JSON.stringify(values.workers)})`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const cacheDir = values["no-cache"] ? undefined : join(outDir, ".cache");
  const cache = values.watch && cacheDir ? new ExtractionCache(cacheDir, pipelineVersion(defaultDataDir), true) : undefined;
  const once = async () => {
    const r = await buildCorpus(dir, { quiet: values.quiet ?? false, recursive: values.recursive ?? false, workers, shard, cacheDir, cache });
    await writeOutputs(r.graph, outDir);
    const g = r.graph;
    const reused = r.read + r.skipped.length - r.extracted;
    const relations = g.filterEdges((_e, a) => a.modality === "asserted").length;
    process.stdout.write(`built ${r.read} article${r.read === 1 ? "" : "s"} (${r.skipped.length} skipped): ${g.order} entities, ${relations} relations, ${g.getAttribute("claims").length} claims in ${r.seconds.toFixed(1)} s -> ${outDir}${reused > 0 ? ` (${reused} from cache)` : ""}\n`);
  };
  await once();
  if (values.watch) {
    process.stderr.write(`watching ${dir} (Ctrl-C to stop)\n`);
    const w = watchFolder(dir, values.recursive ?? false, once, (e) => process.stderr.write(`error: ${(e as Error).message}\n`));
    await new Promise<void>((resolveStop) => process.once("SIGINT", () => { w.close(); resolveStop(); }));
  }
  return 0;
}
