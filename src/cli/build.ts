// `trama build <articles-dir> --out <dir>`: every article through the pipeline (in worker
// threads, from the cache when unchanged, each article isolated so one bad file is only a
// warning), then one graph, laid out, written as graph.json, graph.ttl and graph.gexf.
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { TramaError, UsageError } from "../errors.ts";
import { writeGraphJson } from "../graph/index.ts";
import { layoutGraphInThread } from "../graph/layout.ts";
import { JsonReuse } from "../graph/json.ts";
import { GraphFold } from "../graph/fold.ts";
import type { TramaGraph } from "../graph/types.ts";
import { assignArticleIds } from "../ingest/index.ts";
import { ExtractionCache } from "../build/cache.ts";
import { extractCorpus } from "../build/extract-corpus.ts";
import { LiveFold } from "../build/live.ts";
import { readPositions, writePositions } from "../build/positions.ts";
import { parseShard, selectShard, type Shard } from "../build/shard.ts";
import { disabledCache, pipelineVersion } from "../build/version.ts";
import { checkSpecs, loadRuleSources, parseDisable } from "../extract/disable.ts";
import { watchFolder } from "../build/watch.ts";
import { defaultDataDir, defaultOutDir } from "../paths.ts";
import { writeTurtle } from "../rdf/index.ts";
import { GexfReuse, writeGexf } from "../export/gexf.ts";
import { addDisplayLabels } from "../export/labels.ts";
import { TurtleReuse, writeTurtleReusing } from "../export/turtle-chunks.ts";
import { parse } from "./args.ts";
import { listArticles } from "./list-articles.ts";
import { DEFAULT_MAX_BYTES, parseByteSize } from "./article-run.ts";
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
  /** Articles run through the pipeline (the others came from the cache). */
  extracted: number;
  /** Articles a watch rebuild kept folded from the build before (neither read nor refolded). */
  held: number;
  seconds: number;
  /** Resolves once the graph has its positions (at once, unless `layoutLater`); rejects if the layout failed. */
  laidOut: Promise<void>;
}

export interface BuildOptions {
  quiet?: boolean;
  recursive?: boolean;
  /** Articles larger than this many bytes are skipped with a warning (default DEFAULT_MAX_BYTES). */
  maxBytes?: number;
  warn?: (msg: string) => void;
  /** Worker threads for the per-article stages (default 1: this thread); `auto`: the cores, for corpora large enough to repay starting them. */
  workers?: number | "auto";
  /** Build only this slice of the articles. */
  shard?: Shard;
  /** Cache folder (`<out>/.cache`): cached extractions and previous positions. */
  cacheDir?: string;
  /** A cache kept from one build to the next (watch mode); else one is made from cacheDir. */
  cache?: ExtractionCache;
  /** The folded graph kept from one build to the next (watch mode): only changed articles are refolded. */
  live?: LiveFold;
  /** Rule ids or prefixes switched off (src/extract/disable.ts); such a build caches apart. */
  disable?: readonly string[];
  /**
   * Return before the layout is done, with `laidOut` to wait for: the layout of a large graph
   * runs on another thread meanwhile (writeOutputs writes graph.ttl, which reads no position).
   */
  layoutLater?: boolean;
}

/** The extraction cache for a build: a build with rules off gets its own folder and version. */
export function cacheFor(cacheDir: string, disable: readonly string[] = [], keepInMemory = false): ExtractionCache {
  const { root, version } = disabledCache(cacheDir, pipelineVersion(defaultDataDir), disable);
  return new ExtractionCache(root, version, keepInMemory);
}

/** Below this many articles per worker, starting a worker costs more than it saves. */
const ARTICLES_PER_WORKER = 50;

export async function buildCorpus(dir: string, opts: BuildOptions = {}): Promise<BuildResult> {
  const t0 = performance.now();
  const warn = opts.warn ?? ((m: string) => process.stderr.write(`warning: ${m}\n`));
  const all = await listArticles(dir, opts.recursive ?? false, warn);
  // Ids over the whole folder, so an article has the same id in every shard.
  const ids = assignArticleIds(all);
  const names = selectShard(all, opts.shard);
  const progress = new Progress(names.length, !opts.quiet && (process.stderr.isTTY || names.length > 20));
  const disable = opts.disable ?? [];
  if (disable.length > 0) checkSpecs(await loadRuleSources(defaultDataDir), disable);
  const cache = opts.cache ?? (opts.cacheDir ? cacheFor(opts.cacheDir, disable) : undefined);
  cache?.beginBuild();
  const workers = opts.workers === "auto" ? Math.max(1, Math.min(availableParallelism(), Math.floor(names.length / ARTICLES_PER_WORKER))) : opts.workers;
  // Each extraction is folded into the graph as it arrives and then dropped.
  const live = opts.live;
  live?.begin(names, ids);
  const fold = live?.fold ?? new GraphFold();
  let read = 0;
  const { stats } = await extractCorpus(dir, names, {
    workers, cache, warn, ids, disable, maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, onProgress: (i, name) => progress.tick(i, name),
    sink: (x, name, key, stamp) => { if (live && key !== undefined) live.put(name, key, x, stamp); else fold.add(x); read++; },
    ...(live ? { held: (name: string, key: string, stamp?: string) => live.holds(name, key, stamp), unchanged: (name: string, stamp: string) => live.unchanged(name, stamp), context: live.context } : {}),
  });
  live?.end();
  read += stats.held;
  progress.tick(names.length, "graph");
  progress.done();
  if (read === 0) throw new TramaError(`${dir}: no article could be read (${names.length} file${names.length === 1 ? "" : "s"} found)`);
  const dropped = new Map<string, string[]>();
  const graph = fold.finish({ onDangling: (file, fact) => dropped.set(file, [...(dropped.get(file) ?? []), fact]) });
  for (const [file, facts] of dropped) warn(`${join(dir, file)}: graph: ${facts.length} fact${facts.length === 1 ? "" : "s"} about an entity never described dropped (${facts.slice(0, 3).join("; ")}${facts.length > 3 ? "; …" : ""})`);
  const laidOut = layoutGraphInThread(graph, { previous: cache ? readPositions(cache.root) : undefined }).then(() => { if (cache) writePositions(cache.root, graph); });
  // Handled here, so a failed layout is an error where it is awaited (writeOutputs), not an unhandled rejection before.
  laidOut.catch(() => undefined);
  // A watch rebuild does not read the entries of the articles it holds, so it cannot tell
  // them from stale ones: the first build of a watch, and every plain build, prunes.
  if (cache && stats.held === 0) cache.prune();
  if (!opts.layoutLater) await laidOut;
  const droppedFacts = [...dropped.values()].reduce((n, f) => n + f.length, 0);
  return { graph, read, skipped: stats.skipped, droppedFacts, extracted: stats.extracted, held: stats.held, seconds: (performance.now() - t0) / 1000, laidOut };
}

/**
 * What a watch process keeps of the outputs it wrote last, to write the next ones faster
 * (same bytes): where each unchanged relation, entity and claim lies in graph.ttl, and the
 * JSON and GEXF text of each unchanged node and edge (kept with its attribute object).
 */
export interface OutputMemo { turtle: TurtleReuse; json: JsonReuse; gexf: GexfReuse }

export const outputMemo = (): OutputMemo => ({ turtle: new TurtleReuse(), json: new JsonReuse(), gexf: new GexfReuse() });

/**
 * Write graph.ttl, graph.json and graph.gexf. `laidOut`: the layout still under way
 * (buildCorpus's `layoutLater`): graph.ttl, which reads no position, is written first,
 * while it runs; graph.json and graph.gexf wait for it.
 */
export async function writeOutputs(graph: TramaGraph, outDir: string, memo?: OutputMemo, laidOut: Promise<void> = Promise.resolve()): Promise<void> {
  await addDisplayLabels(graph);
  try {
    await writeOutputSet(outDir, [
      ["graph.ttl", (out) => (memo ? writeTurtleReusing(graph, out, memo.turtle) : writeTurtle(graph, out))],
      ["graph.json", async (out) => { await laidOut; await writeGraphJson(graph, out, `trama ${VERSION}`, undefined, memo?.json); }],
      ["graph.gexf", (out) => writeGexf(graph, out, memo?.gexf)],
    ]);
  } catch (e) {
    memo?.turtle.reset();
    throw e;
  }
  await memo?.turtle.commit(join(outDir, "graph.ttl"));
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
  --workers <n>      worker threads for the per-article stages (default: the number of
                     cores, one per 50 articles at most; the output is the same for any n)
  --shard <i/n>      build only the i-th of n deterministic slices (by file-name hash);
                     the shards' Turtle files merge by plain union in a triple store
  --no-cache         do not read or write the extraction cache (<dir>/.cache)
  --disable <ids>    switch rules off, by id or id prefix, comma-separated or repeated:
                     tree:criticize- (or criticize-), veto:, structure:body-of,
                     coref:dropped-subject, event.visit, role.leader, count.troops
                     (README "Turning rules off"); an unknown id is an error
  --watch            stay running and rebuild when articles are added, changed or removed
                     (extractions kept in memory; stop with Ctrl-C)

Each article's extraction is cached in <dir>/.cache, keyed by its name, its content and
the pipeline version (data files, sources, package version): a second build re-extracts
only new or changed articles, drops deleted ones, and keeps the previous node positions.
`;

export async function buildCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    out: { type: "string" }, quiet: { type: "boolean" }, recursive: { type: "boolean" }, "max-bytes": { type: "string" },
    workers: { type: "string" }, shard: { type: "string" }, "no-cache": { type: "boolean" }, watch: { type: "boolean" }, help: { type: "boolean" },
    disable: { type: "string", multiple: true },
  }, "build");
  if (values.help) { process.stdout.write(BUILD_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("build: expected one articles folder (see `trama build --help`)");
  const dir = positionals[0]!;
  const outDir = resolve(values.out ?? defaultOutDir);
  const maxBytes = values["max-bytes"] === undefined ? DEFAULT_MAX_BYTES : parseByteSize(values["max-bytes"]);
  if (maxBytes === undefined) throw new UsageError(`build: --max-bytes ${JSON.stringify(values["max-bytes"])} is not a size (e.g. 5000000, 512k, 5MB)`);
  const workers = values.workers === undefined ? "auto" : Number(values.workers);
  if (workers !== "auto" && (!Number.isInteger(workers) || workers < 1)) throw new UsageError(`build: --workers expects a positive whole number (got ${JSON.stringify(values.workers)})`);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  await checkOutDir(outDir);
  const cacheDir = values["no-cache"] ? undefined : join(outDir, ".cache");
  const disable = parseDisable(values.disable);
  // Watch mode keeps the folded graph between builds; the cache is only read for changed articles.
  const live = values.watch ? new LiveFold(undefined, disable) : undefined;
  const memo = values.watch ? outputMemo() : undefined;
  const once = async () => {
    const r = await buildCorpus(dir, { quiet: values.quiet ?? false, recursive: values.recursive ?? false, maxBytes, workers, shard, cacheDir, live, disable, layoutLater: true });
    await writeOutputs(r.graph, outDir, memo, r.laidOut);
    const g = r.graph;
    const reused = r.read + r.skipped.length - r.extracted;
    const relations = g.filterEdges((_e, a) => a.modality === "asserted").length;
    const dropped = r.droppedFacts ? `, ${r.droppedFacts} dangling fact${r.droppedFacts === 1 ? "" : "s"} dropped` : "";
    process.stdout.write(`built ${r.read} article${r.read === 1 ? "" : "s"} (${r.skipped.length} skipped${dropped}): ${g.order} entities, ${relations} relations, ${g.getAttribute("claims").length} claims in ${r.seconds.toFixed(1)} s -> ${outDir}${reused > 0 ? ` (${reused} from cache)` : ""}\n`);
  };
  if (!values.watch) { await once(); return 0; }
  // Watch before the first build, so an article added while it runs is not missed.
  const w = watchFolder(dir, values.recursive ?? false, once, (e) => process.stderr.write(`error: ${(e as Error).message}\n`));
  try {
    await w.runNow();
  } catch (e) {
    w.close();
    throw e;
  }
  process.stderr.write(`watching ${dir} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolveStop) => process.once("SIGINT", () => { w.close(); resolveStop(); }));
  return 0;
}
