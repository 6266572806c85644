// The graph stage: every article's extraction folded into one graphology graph with
// deterministic keys. A relation said ten times is one edge with ten pieces of evidence.
import { MultiDirectedGraph } from "graphology";
import type { ArticleExtraction, EntityDescription, Evidence, RelationFact } from "../types.ts";
import { SYMMETRIC_PREDICATES } from "../types.ts";
import { resolveAcrossArticles } from "./resolve.ts";
import type { ClaimRecord, EntityNodeAttributes, GraphAttributes, RelationEdgeAttributes, TramaGraph } from "./types.ts";

const byEvidence = (a: Evidence, b: Evidence) => a.article.localeCompare(b.article) || a.start - b.start || (a.focus?.start ?? 0) - (b.focus?.start ?? 0) || a.rule.localeCompare(b.rule);

export class GraphBuildError extends Error {
  override name = "GraphBuildError";
}

function mergeEntity(into: EntityNodeAttributes | undefined, e: EntityDescription): EntityNodeAttributes {
  if (!into) {
    return {
      type: e.type, label: e.label, lang: e.lang, aliases: [...e.aliases], aliasRules: { ...e.aliasRules },
      ...(e.wikidata ? { wikidata: e.wikidata } : {}), ...(e.date ? { date: e.date } : {}), ...(e.cameo ? { cameo: e.cameo } : {}),
      mentions: 0, articles: [], evidence: [], x: 0, y: 0, size: 1,
    };
  }
  const fromLexicon = (d: { aliasRules: Record<string, string> }) => Object.values(d.aliasRules).some((r) => r.startsWith("lexicon:"));
  // The lexicon's label wins over surface forms; otherwise the longer, then alphabetically first.
  const better = fromLexicon(e) && !fromLexicon(into) ? true : fromLexicon(into) && !fromLexicon(e) ? false : e.label.length > into.label.length || (e.label.length === into.label.length && e.label < into.label);
  const label = better ? e.label : into.label;
  const aliasRules = { ...e.aliasRules, ...into.aliasRules };
  if (label !== into.label) aliasRules[into.label] ??= "merged-label";
  delete aliasRules[label];
  return {
    ...into,
    label,
    lang: better ? e.lang : into.lang,
    aliasRules,
    aliases: Object.keys(aliasRules).sort(),
    ...(into.wikidata ?? e.wikidata ? { wikidata: into.wikidata ?? e.wikidata } : {}),
    ...(into.date ?? e.date ? { date: into.date ?? e.date } : {}),
    ...(into.cameo ?? e.cameo ? { cameo: into.cameo ?? e.cameo } : {}),
  };
}

function edgeKey(f: RelationFact): string {
  return f.modality === "asserted" ? `${f.predicate}|${f.subject}|${f.object}` : `${f.predicate}|${f.subject}|${f.object}|${f.modality}`;
}

/** Apply the cross-article key map to everything an extraction refers to. */
function remap(x: ArticleExtraction, map: ReadonlyMap<string, string>): ArticleExtraction {
  if (map.size === 0) return x;
  const k = (key: string) => map.get(key) ?? key;
  return {
    ...x,
    entities: x.entities.map((e) => ({ ...e, key: k(e.key) })),
    mentions: x.mentions.map((m) => ({ ...m, key: k(m.key) })),
    relations: x.relations.map((r) => {
      const [s, o] = [k(r.subject), k(r.object)];
      const [a, b] = SYMMETRIC_PREDICATES.has(r.predicate) && o < s ? [o, s] : [s, o];
      return { ...r, subject: a, object: b };
    }),
    claims: x.claims.map((c) => ({ ...c, ...(c.about ? { about: k(c.about) } : {}), ...(c.claimedBy ? { claimedBy: k(c.claimedBy) } : {}) })),
  };
}

export interface BuildGraphOptions {
  /** Told of each fact dropped because an end has no entity description (the CLI warns once per article). */
  onDangling?: (file: string, fact: string) => void;
}

/**
 * One graph from every extraction. A mention or relation whose entity no extraction
 * describes (a country inferred from a person's lexicon entry but never named, say) is
 * dropped and reported, never fatal: one article's gap must not sink the build.
 */
export function buildGraph(input: readonly ArticleExtraction[], opts: BuildGraphOptions = {}): TramaGraph {
  const dangling = opts.onDangling ?? (() => undefined);
  const sorted = [...input].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const map = resolveAcrossArticles(sorted);
  const extractions = sorted.map((x) => remap(x, map));
  const nodes = new Map<string, EntityNodeAttributes>();
  for (const x of extractions) for (const e of x.entities) nodes.set(e.key, mergeEntity(nodes.get(e.key), e));
  for (const x of extractions) {
    for (const m of x.mentions) {
      const n = nodes.get(m.key);
      if (!n) { dangling(x.meta.file, `mention of ${m.key}`); continue; }
      n.mentions++;
      if (!n.articles.includes(x.meta.id)) n.articles.push(x.meta.id);
      n.evidence.push(m.evidence);
    }
  }
  const edges = new Map<string, { source: string; target: string; attrs: RelationEdgeAttributes }>();
  for (const x of extractions) {
    for (const raw of x.relations) {
      if (raw.subject === raw.object) continue;
      // Symmetric relations are stored once, source < target.
      const f = SYMMETRIC_PREDICATES.has(raw.predicate) && raw.object < raw.subject ? { ...raw, subject: raw.object, object: raw.subject } : raw;
      const missing = [f.subject, f.object].find((end) => !nodes.has(end));
      if (missing) { dangling(x.meta.file, `relation ${f.predicate} to ${missing}`); continue; }
      const key = edgeKey(f);
      const cur = edges.get(key) ?? { source: f.subject, target: f.object, attrs: { predicate: f.predicate, symmetric: SYMMETRIC_PREDICATES.has(f.predicate), modality: f.modality, count: 0, evidence: [], ...(f.cameo ? { cameo: f.cameo } : {}) } };
      const dup = cur.attrs.evidence.some((e) => e.article === f.evidence.article && e.sentence === f.evidence.sentence && e.rule === f.evidence.rule);
      if (!dup) cur.attrs.evidence.push(f.evidence);
      cur.attrs.cameo ??= f.cameo;
      edges.set(key, cur);
    }
  }
  const graph = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes({ articles: extractions.map((x) => x.meta), claims: claimsOf(extractions) });
  for (const key of [...nodes.keys()].sort()) {
    const n = nodes.get(key)!;
    n.articles.sort();
    n.evidence.sort(byEvidence);
    graph.addNode(key, n);
  }
  for (const key of [...edges.keys()].sort()) {
    const { source, target, attrs } = edges.get(key)!;
    attrs.evidence.sort(byEvidence);
    attrs.count = attrs.evidence.length;
    const dates = attrs.evidence.map((e) => e.date).filter((d): d is string => !!d).sort();
    if (dates.length) { attrs.firstDate = dates[0]; attrs.lastDate = dates[dates.length - 1]; }
    graph.addDirectedEdgeWithKey(key, source, target, attrs);
  }
  return graph as unknown as TramaGraph;
}

function claimsOf(extractions: readonly ArticleExtraction[]): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const x of extractions) for (const c of x.claims) out.push({ ...c, article: x.meta.id });
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
