// The side panel: a node's names, relations and evidence, or an edge's sentences.
import type { MultiDirectedGraph } from "graphology";
import { CLASS_COLORS, CLASS_LABELS } from "./colors.ts";
import { el, highlighted } from "./dom.ts";
import { evidenceKept } from "./filters.ts";
import type { ViewState } from "./state.ts";

type Attrs = Record<string, any>;

function evidenceList(evidence: Attrs[], articles: Map<string, Attrs>, limit = 20): HTMLElement {
  const box = el("div");
  for (const e of evidence.slice(0, limit)) {
    const art = articles.get(e.article);
    box.append(highlighted(e.text, e.start, e.focus), el("div", { class: "meta" }, `${art?.title ?? e.article}${e.date ? ` · ${e.date}` : ""} · regola ${e.rule}`));
  }
  if (evidence.length > limit) box.append(el("p", { class: "meta" }, `… e altre ${evidence.length - limit} frasi`));
  return box;
}

export function showNode(panel: HTMLElement, graph: MultiDirectedGraph, key: string, articles: Map<string, Attrs>, select: (key: string) => void, claims: Attrs[] = [], state?: ViewState): void {
  const a = graph.getNodeAttributes(key) as Attrs;
  const cls = a.nodeType ?? a.type;
  const badge = el("span", { class: "badge" }, CLASS_LABELS[cls] ?? cls);
  badge.style.background = CLASS_COLORS[cls] ?? "#777";
  const children: Node[] = [el("h2", {}, a.label), badge];
  if (a.aliases?.length) children.push(el("p", { class: "aliases" }, `Anche: ${a.aliases.join(" · ")}`));
  if (a.wikidata) children.push(el("p", {}, el("a", { href: `https://www.wikidata.org/wiki/${a.wikidata}`, rel: "noopener noreferrer", target: "_blank" }, `Wikidata ${a.wikidata}`)));
  const byPredicate = new Map<string, Array<{ other: string; out: boolean }>>();
  graph.forEachEdge(key, (_e, ea: Attrs, s, t) => {
    if (ea.modality !== "asserted") return;
    const list = byPredicate.get(ea.predicate) ?? [];
    list.push({ other: s === key ? t : s, out: s === key });
    byPredicate.set(ea.predicate, list);
  });
  if (byPredicate.size) {
    children.push(el("h3", {}, "Relazioni"));
    for (const [p, list] of [...byPredicate].sort()) {
      const ul = el("ul");
      for (const { other, out } of list) {
        const b = el("button", { class: "link", type: "button" }, `${out ? "→" : "←"} ${graph.getNodeAttribute(other, "label")}`);
        b.addEventListener("click", () => select(other));
        ul.append(el("li", {}, b));
      }
      children.push(el("div", { "data-predicate": p }, el("strong", {}, p), ul));
    }
  }
  const own = claims.filter((c) => c.about === key || c.claimedBy === key);
  if (own.length) {
    children.push(el("h3", {}, `Cifre (${own.length})`));
    const label = (k?: string) => (k && graph.hasNode(k) ? graph.getNodeAttribute(k, "label") : "non attribuita");
    children.push(el("ul", { class: "claims" }, ...own.map((c) => el("li", {}, `${c.asOf ?? "?"} · ${c.measure} ${c.qualifier ? `(${c.qualifier}) ` : ""}${c.amount}${c.unit ? ` ${c.unit}` : ""} · fonte: ${label(c.claimedBy)}`))));
  }
  const evidence = (a.evidence ?? []).filter((e: Attrs) => !state || evidenceKept(e as never, state));
  children.push(el("h3", {}, `Menzioni (${evidence.length} di ${a.mentions})`), evidenceList(evidence, articles, 10));
  panel.replaceChildren(...children);
}

export function showEdge(panel: HTMLElement, graph: MultiDirectedGraph, edge: string, articles: Map<string, Attrs>, state?: ViewState): void {
  const a = graph.getEdgeAttributes(edge) as Attrs;
  const evidence = (a.evidence ?? []).filter((e: Attrs) => !state || evidenceKept(e as never, state));
  const s = graph.getNodeAttribute(graph.source(edge), "label");
  const t = graph.getNodeAttribute(graph.target(edge), "label");
  panel.replaceChildren(el("h2", {}, `${s} — ${a.predicate} → ${t}`), el("p", { class: "meta" }, `${evidence.length} di ${a.count} frasi${a.cameo ? ` · CAMEO ${a.cameo}` : ""}`), evidenceList(evidence, articles));
}
