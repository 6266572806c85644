// The typed query API over a built graph (graph.json): find entities by any name, list
// relations with date and source filters, walk neighbourhoods and paths, read claims and
// the evidence behind every fact.
//
//   const g = await loadGraph("out");
//   g.entity("Choïgou")?.label                      // "Sergei Shoigu"
//   g.relations({ subject: "Corea del Nord", predicate: "deploysTroopsTo" })
//   g.claims({ about: "North Korea", measure: "killed" })
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { MultiDirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted.js";
import { TramaError } from "../errors.ts";
import { decodeGraphEnvelope, isGraphEnvelope, READABLE_GRAPH_VERSIONS } from "../graph/envelope.ts";
import type { ClaimRecord, EntityNodeAttributes, GraphAttributes, RelationEdgeAttributes, TramaGraph } from "../graph/types.ts";
import type { ArticleMeta, ClaimMeasure, EntityType, Evidence, IsoDate, Modality, RelationPredicate } from "../types.ts";
import { NameFinder } from "./names.ts";

export class GraphFormatError extends TramaError {
  override name = "GraphFormatError";
}

export interface Entity {
  key: string;
  type: EntityType;
  label: string;
  aliases: string[];
  wikidata?: string;
  mentions: number;
  articles: string[];
}

export interface Relation {
  key: string;
  subject: Entity;
  predicate: RelationPredicate;
  object: Entity;
  modality: Modality;
  count: number;
  cameo?: string;
  evidence: Evidence[];
}

export interface RelationQuery {
  subject?: string;
  predicate?: RelationPredicate;
  object?: string;
  /** Keep evidence dated on or after / on or before (ISO prefixes: `2025`, `2025-06`). */
  from?: IsoDate;
  to?: IsoDate;
  /** Article id, file name or outlet name. */
  source?: string;
  /** Also return hypothetical and negated statements. */
  includeNonAsserted?: boolean;
}

export interface ClaimQuery {
  about?: string;
  measure?: ClaimMeasure;
  claimedBy?: string;
  from?: IsoDate;
  to?: IsoDate;
}

/** Date filter on ISO prefixes: `2025-04` is within from `2025` to `2025-06`. */
export function inRange(date: IsoDate | undefined, from?: IsoDate, to?: IsoDate): boolean {
  if (!from && !to) return true;
  if (!date) return false;
  if (from && date.slice(0, from.length) < from && date < from) return false;
  if (to && date.slice(0, to.length) > to) return false;
  return true;
}

export class TramaQuery {
  readonly graph: TramaGraph;
  private names: NameFinder;
  private articlesById: Map<string, ArticleMeta>;

  constructor(graph: TramaGraph) {
    this.graph = graph;
    this.names = new NameFinder(graph.mapNodes((key, a) => ({ key, label: a.label, aliases: a.aliases })));
    this.articlesById = new Map(graph.getAttribute("articles").map((a) => [a.id, a]));
  }

  private view(key: string): Entity {
    const a: EntityNodeAttributes = this.graph.getNodeAttributes(key);
    return { key, type: a.type, label: a.label, aliases: a.aliases, ...(a.wikidata ? { wikidata: a.wikidata } : {}), mentions: a.mentions, articles: a.articles };
  }

  /** The entity known by this name, alias, transliteration or key; undefined when none. */
  entity(nameOrAlias: string): Entity | undefined {
    if (this.graph.hasNode(nameOrAlias)) return this.view(nameOrAlias);
    const [key] = this.names.find(nameOrAlias);
    return key ? this.view(key) : undefined;
  }

  entities(filter: { type?: EntityType } = {}): Entity[] {
    return this.graph.filterNodes((_k, a) => !filter.type || a.type === filter.type).sort().map((k) => this.view(k));
  }

  private keysFor(name: string | undefined): Set<string> | undefined {
    if (name === undefined) return undefined;
    if (this.graph.hasNode(name)) return new Set([name]);
    return new Set(this.names.find(name));
  }

  private sourceMatches(ev: Evidence, source: string | undefined): boolean {
    if (!source) return true;
    const meta = this.articlesById.get(ev.article);
    const s = source.toLowerCase();
    return ev.article === source || meta?.file === source || (meta?.source ?? "").toLowerCase() === s;
  }

  relations(q: RelationQuery = {}): Relation[] {
    const subj = this.keysFor(q.subject);
    const obj = this.keysFor(q.object);
    const out: Relation[] = [];
    this.graph.forEachEdge((key, a: RelationEdgeAttributes, source, target) => {
      if (q.predicate && a.predicate !== q.predicate) return;
      if (!q.includeNonAsserted && a.modality !== "asserted") return;
      const forward = (!subj || subj.has(source)) && (!obj || obj.has(target));
      const backward = a.symmetric && (!subj || subj.has(target)) && (!obj || obj.has(source));
      if (!forward && !backward) return;
      const evidence = a.evidence.filter((e) => inRange(e.date, q.from, q.to) && this.sourceMatches(e, q.source));
      if (evidence.length === 0) return;
      const [s, o] = forward ? [source, target] : [target, source];
      out.push({ key, subject: this.view(s), predicate: a.predicate, object: this.view(o), modality: a.modality, count: evidence.length, ...(a.cameo ? { cameo: a.cameo } : {}), evidence });
    });
    return out.sort((x, y) => x.key.localeCompare(y.key));
  }

  /** Entities within `depth` hops (either direction), optionally only along one predicate. */
  neighbors(entity: string, opts: { predicate?: RelationPredicate; depth?: number } = {}): Entity[] {
    const start = this.entity(entity)?.key;
    if (!start) return [];
    const depth = opts.depth ?? 1;
    const seen = new Set([start]);
    let frontier = [start];
    for (let d = 0; d < depth; d++) {
      const next: string[] = [];
      for (const n of frontier) {
        this.graph.forEachEdge(n, (_e, a, s, t) => {
          if (opts.predicate && a.predicate !== opts.predicate) return;
          if (a.modality !== "asserted") return;
          const other = s === n ? t : s;
          if (!seen.has(other)) { seen.add(other); next.push(other); }
        });
      }
      frontier = next;
    }
    seen.delete(start);
    return [...seen].sort().map((k) => this.view(k));
  }

  /** Shortest chain of entities linking a and b (relations taken in either direction). */
  path(a: string, b: string): Entity[] {
    const ka = this.entity(a)?.key;
    const kb = this.entity(b)?.key;
    if (!ka || !kb) return [];
    // Follow relations forwards (graphology's bidirectional search); else in either direction.
    const g = this.graph as unknown as Parameters<typeof bidirectional>[0];
    const keys = bidirectional(g, ka, kb) ?? undirectedPath(this.graph, ka, kb);
    return (keys ?? []).map((k) => this.view(k));
  }

  claims(q: ClaimQuery = {}): ClaimRecord[] {
    const about = this.keysFor(q.about);
    const by = this.keysFor(q.claimedBy);
    return this.graph.getAttribute("claims").filter((c) =>
      (!q.measure || c.measure === q.measure) &&
      (!about || (c.about !== undefined && about.has(c.about))) &&
      (!by || (c.claimedBy !== undefined && by.has(c.claimedBy))) &&
      inRange(c.asOf ?? c.evidence.date, q.from, q.to));
  }

  /** The sentences behind a relation or a claim. */
  evidence(fact: Relation | ClaimRecord): Evidence[] {
    return "predicate" in fact ? fact.evidence : [fact.evidence];
  }

  articles(): ArticleMeta[] {
    return this.graph.getAttribute("articles");
  }
}

function undirectedPath(g: TramaGraph, a: string, b: string): string[] | undefined {
  const prev = new Map<string, string>([[a, a]]);
  const queue = [a];
  while (queue.length) {
    const n = queue.shift()!;
    if (n === b) break;
    g.forEachNeighbor(n, (m) => {
      if (!prev.has(m)) { prev.set(m, n); queue.push(m); }
    });
  }
  if (!prev.has(b)) return undefined;
  const path = [b];
  while (path[0] !== a) path.unshift(prev.get(path[0]!)!);
  return path;
}

/** Load a graph built by `trama build`: a folder holding graph.json, or the file itself. */
export async function loadGraph(dirOrFile: string): Promise<TramaQuery> {
  let file = dirOrFile;
  try {
    if ((await stat(dirOrFile)).isDirectory()) file = join(dirOrFile, "graph.json");
  } catch {
    throw new GraphFormatError(`${dirOrFile}: no such file or folder (build one with \`trama build\`)`);
  }
  let env: unknown;
  try {
    env = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new GraphFormatError(`${file}: cannot read graph: ${(e as Error).message}`);
  }
  if (!isGraphEnvelope(env)) {
    throw new GraphFormatError(`${file}: not a Trama graph of version ${READABLE_GRAPH_VERSIONS.join(" or ")}`);
  }
  const graph = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>();
  graph.import(decodeGraphEnvelope(env));
  return new TramaQuery(graph as unknown as TramaGraph);
}
