// The graph stage: every article's extraction folded into one graphology graph with
// deterministic keys. A relation said ten times is one edge with ten pieces of evidence.
import { MultiDirectedGraph } from "graphology";
import type { ArticleExtraction, EntityDescription, Evidence, RelationFact } from "../types.ts";
import { SYMMETRIC_PREDICATES } from "../types.ts";
import { resolveAcrossArticles } from "./resolve.ts";
import type { ClaimRecord, EntityNodeAttributes, GraphAttributes, RelationEdgeAttributes, TramaGraph } from "./types.ts";

// Intl.Collator's compare is localeCompare's order (default locale), without rebuilding a collator per call.
const collate = new Intl.Collator().compare;

/**
 * Evidence order: article (in collation order), offset, focus, rule. Articles are ranked
 * once from the sorted extractions (equal-collating ids share a rank), so the sort of a
 * node with 10⁵ pieces of evidence compares numbers, not strings.
 */
function evidenceOrder(sortedIds: readonly string[]): (a: Evidence, b: Evidence) => number {
  const rank = new Map<string, number>();
  sortedIds.forEach((id, i) => rank.set(id, i > 0 && collate(sortedIds[i - 1]!, id) === 0 ? rank.get(sortedIds[i - 1]!)! : i));
  const byArticle = (a: string, b: string) => {
    if (a === b) return 0;
    const ra = rank.get(a), rb = rank.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : collate(a, b);
  };
  return (a, b) => byArticle(a.article, b.article) || a.start - b.start || (a.focus?.start ?? 0) - (b.focus?.start ?? 0) || collate(a.rule, b.rule);
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
  const sorted = [...input].sort((a, b) => collate(a.meta.id, b.meta.id));
  const byEvidence = evidenceOrder(sorted.map((x) => x.meta.id));
  // The cross-article key map is applied as each key is read, not by copying every
  // extraction: at 10,000 articles a copy is a second gigabyte.
  const map = resolveAcrossArticles(sorted);
  const k = (key: string) => map.get(key) ?? key;
  const extractions = sorted;
  const nodes = new Map<string, EntityNodeAttributes>();
  for (const x of extractions) for (const e of x.entities) { const key = k(e.key); nodes.set(key, mergeEntity(nodes.get(key), e)); }
  // A node's articles as a set while building (North Korea has 10⁵ mentions at 10⁴ articles).
  const articlesOf = new Map<string, Set<string>>();
  for (const x of extractions) {
    for (const m of x.mentions) {
      const key = k(m.key);
      const n = nodes.get(key);
      if (!n) { dangling(x.meta.file, `mention of ${key}`); continue; }
      n.mentions++;
      let arts = articlesOf.get(key);
      if (!arts) articlesOf.set(key, (arts = new Set()));
      arts.add(x.meta.id);
      n.evidence.push(m.evidence);
    }
  }
  for (const [key, arts] of articlesOf) nodes.get(key)!.articles = [...arts];
  const edges = new Map<string, { source: string; target: string; attrs: RelationEdgeAttributes; seen: Set<string> }>();
  for (const x of extractions) {
    for (const raw of x.relations) {
      let [subject, object] = [k(raw.subject), k(raw.object)];
      if (subject === object) continue;
      // Symmetric relations are stored once, source < target.
      if (SYMMETRIC_PREDICATES.has(raw.predicate) && object < subject) [subject, object] = [object, subject];
      const f = subject === raw.subject && object === raw.object ? raw : { ...raw, subject, object };
      const missing = [f.subject, f.object].find((end) => !nodes.has(end));
      if (missing) { dangling(x.meta.file, `relation ${f.predicate} to ${missing}`); continue; }
      const key = edgeKey(f);
      const cur = edges.get(key) ?? { source: f.subject, target: f.object, attrs: { predicate: f.predicate, symmetric: SYMMETRIC_PREDICATES.has(f.predicate), modality: f.modality, count: 0, evidence: [], ...(f.cameo ? { cameo: f.cameo } : {}) }, seen: new Set<string>() };
      // One piece of evidence per (article, sentence, rule).
      const id = `${f.evidence.article}\u0000${f.evidence.sentence}\u0000${f.evidence.rule}`;
      if (!cur.seen.has(id)) { cur.seen.add(id); cur.attrs.evidence.push(f.evidence); }
      cur.attrs.cameo ??= f.cameo;
      edges.set(key, cur);
    }
  }
  const graph = new MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes({ articles: extractions.map((x) => x.meta), claims: claimsOf(extractions, k) });
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

function claimsOf(extractions: readonly ArticleExtraction[], k: (key: string) => string): ClaimRecord[] {
  const out: ClaimRecord[] = [];
  for (const x of extractions) for (const c of x.claims) out.push({ ...c, ...(c.about ? { about: k(c.about) } : {}), ...(c.claimedBy ? { claimedBy: k(c.claimedBy) } : {}), article: x.meta.id });
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
