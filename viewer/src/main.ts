// The viewer: graph.json drawn with Sigma.js at the positions ForceAtlas2 computed at
// build time; the view (selection, filters, period) lives in a small state object that
// the reducers read and the URL hash stores.
import { MultiDirectedGraph } from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { renderClaims, type ClaimLike } from "./claims.ts";
import { CLASS_COLORS, CLASS_LABELS, relationColor } from "./colors.ts";
import { checkboxes, timeline } from "./controls.ts";
import { el } from "./dom.ts";
import { download, viewGexf, viewPng, viewTurtle } from "./export.ts";
import { edgeKept, egoNetwork, monthsOf, nodeKept } from "./filters.ts";
import { showEdge, showNode } from "./panel.ts";
import { SearchIndex } from "./search.ts";
import { fromHash, toHash } from "./state.ts";

async function load(): Promise<void> {
  const res = await fetch("./graph.json");
  if (!res.ok) throw new Error(`graph.json: HTTP ${res.status}`);
  const env = await res.json();
  const graph = new MultiDirectedGraph();
  graph.import(env.graph);
  graph.updateEachNodeAttributes((_k, a) => ({ ...a, color: CLASS_COLORS[a.type] ?? "#777", type: "circle", nodeType: a.type }));
  graph.updateEachEdgeAttributes((_k, a) => ({ ...a, color: relationColor(a.predicate), size: Math.min(6, 1 + Math.log2(a.count || 1)), type: a.symmetric ? "line" : "arrow", label: a.predicate }));
  const articles = new Map<string, any>((graph.getAttribute("articles") ?? []).map((a: any) => [a.id, a]));
  const claims: ClaimLike[] = graph.getAttribute("claims") ?? [];
  const state = fromHash(location.hash);
  let hovered: string | undefined;
  let focus = new Set<string>();

  // What the filters keep, computed once per change (not in every reducer call): undefined means everything.
  // Sigma needs `type` for its node program; the entity class is kept in `nodeType`.
  let keptNodes: Set<string> | undefined;
  let keptEdges: Set<string> | undefined;
  const filtering = () => state.hiddenClasses.size + state.hiddenPredicates.size + state.hiddenArticles.size > 0 || !!state.from || !!state.to;
  const computeKept = () => {
    if (!filtering()) { keptNodes = keptEdges = undefined; return; }
    const nodes = new Set(graph.filterNodes((_n, a) => nodeKept({ type: a.nodeType, evidence: a.evidence }, state)));
    keptNodes = nodes;
    keptEdges = new Set(graph.filterEdges((_e, a, s, t) => nodes.has(s) && nodes.has(t) && edgeKept(a as any, state)));
  };
  const visibleNode = (n: string) => !keptNodes || keptNodes.has(n);
  const visibleEdge = (e: string) => (keptEdges ? keptEdges.has(e) : graph.getEdgeAttribute(e, "modality") === "asserted");
  const keptNeighbours = (n: string) => graph.edges(n).filter(visibleEdge).map((e) => graph.opposite(n, e));

  let zoomedIn = false;
  const container = document.getElementById("graph")!;
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: true, labelRenderedSizeThreshold: 5, labelDensity: 0.8, defaultEdgeType: "arrow",
    nodeReducer: (node, data) => {
      if (!visibleNode(node)) return { ...data, hidden: true };
      const center = hovered ?? state.selected;
      if (!center || focus.has(node)) return { ...data, highlighted: node === center };
      return { ...data, color: "#dcdcd8", label: "" };
    },
    edgeReducer: (edge, data) => {
      if (!visibleEdge(edge)) return { ...data, hidden: true };
      const center = hovered ?? state.selected;
      // Edge labels on hover, and everywhere once zoomed in close.
      if (!center) return zoomedIn ? data : { ...data, label: "" };
      return focus.has(graph.source(edge)) && focus.has(graph.target(edge)) ? data : { ...data, hidden: true };
    },
  });

  const panel = document.getElementById("panel")!;
  const totalEdges = graph.filterEdges((_e, a) => a.modality === "asserted").length;
  let lastFilters = "";
  const refresh = () => {
    const filters = toHash({ ...state, selected: undefined });
    if (filters !== lastFilters) { computeKept(); lastFilters = filters; }
    const center = hovered ?? state.selected;
    focus = center ? egoNetwork(center, hovered ? 1 : state.hops, keptNeighbours) : new Set();
    renderer.refresh();
    const hash = toHash(state);
    if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname);
    document.getElementById("stats")!.textContent = `${keptNodes?.size ?? graph.order} di ${graph.order} entità · ${keptEdges?.size ?? totalEdges} relazioni · ${articles.size} articoli`;
  };
  const select = (key: string | undefined) => {
    state.selected = key;
    refresh();
    if (!key) return panel.replaceChildren(el("p", { class: "hint" }, "Seleziona un nodo o una relazione."));
    showNode(panel, graph, key, articles, select, claims, state);
    const pos = renderer.getNodeDisplayData(key);
    if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.6 }, { duration: 300 });
  };
  renderer.on("enterNode", ({ node }) => { hovered = node; refresh(); });
  renderer.on("leaveNode", () => { hovered = undefined; refresh(); });
  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickEdge", ({ edge }) => showEdge(panel, graph, edge, articles, state));
  renderer.on("clickStage", () => select(undefined));

  // Filters and timeline.
  const classes = [...new Set(graph.mapNodes((_n, a) => a.nodeType as string))].sort();
  const predicates = [...new Set(graph.mapEdges((_e, a) => a.predicate as string))].sort();
  checkboxes(document.getElementById("filter-classes")!, classes.map((c) => [c, c]), state.hiddenClasses, refresh);
  checkboxes(document.getElementById("filter-relations")!, predicates.map((p) => [p, p]), state.hiddenPredicates, refresh);
  checkboxes(document.getElementById("filter-articles")!, [...articles.values()].map((a) => [a.id, `${a.source ?? a.file}${a.date ? ` (${a.date})` : ""}`]), state.hiddenArticles, refresh);
  const dates: Array<string | undefined> = claims.map((c) => c.asOf);
  graph.forEachNode((_n, a) => { for (const e of a.evidence ?? []) dates.push(e.date); });
  timeline(monthsOf(dates), state, () => { refresh(); if (state.selected) showNode(panel, graph, state.selected, articles, select, claims, state); });
  toggle("toggle-filters", "filters");
  const hops = document.getElementById("hops") as HTMLSelectElement;
  hops.value = String(state.hops);
  hops.addEventListener("change", () => { state.hops = hops.value === "2" ? 2 : 1; refresh(); });

  // Live layout in a worker, from the build's positions.
  const layout = new FA2Layout(graph, { settings: { slowDown: 10, barnesHutOptimize: graph.order > 500 } });
  const layoutButton = document.getElementById("layout")!;
  layoutButton.addEventListener("click", () => {
    if (layout.isRunning()) layout.stop(); else layout.start();
    layoutButton.textContent = layout.isRunning() ? "Layout ⏸" : "Layout ▶";
    layoutButton.setAttribute("aria-pressed", String(layout.isRunning()));
  });

  // The claims view.
  const label = (k?: string) => (k && graph.hasNode(k) ? graph.getNodeAttribute(k, "label") : "non attribuita");
  const measures = [...new Set(claims.map((c) => c.measure))].sort();
  const measureSelect = document.getElementById("measure") as HTMLSelectElement;
  measureSelect.replaceChildren(...measures.map((m) => el("option", { value: m }, m)));
  measureSelect.value = state.measure && measures.includes(state.measure) ? state.measure : measures.includes("killed") ? "killed" : measures[0] ?? "";
  let chart: ReturnType<typeof renderClaims>;
  const drawClaims = () => {
    chart?.destroy();
    state.measure = measureSelect.value;
    chart = renderClaims(document.getElementById("claims-box")!, claims.filter((c) => c.asOf && (!state.from || c.asOf >= state.from) && (!state.to || c.asOf.slice(0, state.to.length) <= state.to)), label, measureSelect.value, () => {});
    refresh();
  };
  measureSelect.addEventListener("change", drawClaims);
  toggle("toggle-claims", "claims", drawClaims);

  // Exports.
  const view = () => {
    const g = new MultiDirectedGraph();
    graph.forEachNode((n, a) => { if (visibleNode(n)) g.addNode(n, a); });
    graph.forEachEdge((e, a, s, t) => { if (visibleEdge(e) && g.hasNode(s) && g.hasNode(t)) g.addDirectedEdgeWithKey(e, s, t, a); });
    return g;
  };
  document.getElementById("exports")!.addEventListener("click", async (ev) => {
    const kind = (ev.target as HTMLElement).dataset.export;
    if (kind === "png") download("trama-vista.png", await viewPng(container));
    else if (kind === "ttl-all") download("graph.ttl", await (await fetch("./graph.ttl")).blob());
    else if (kind === "gexf-all") download("graph.gexf", await (await fetch("./graph.gexf")).blob());
    else if (kind === "gexf-view") download("trama-vista.gexf", new Blob([viewGexf(view())], { type: "application/gexf+xml" }));
    else if (kind === "ttl-view") download("trama-vista.ttl", new Blob([await viewTurtle(view())], { type: "text/turtle" }));
  });

  document.getElementById("legend")!.replaceChildren(...Object.entries(CLASS_COLORS).map(([t, c]) => { const s = el("span", {}, CLASS_LABELS[t] ?? t); s.style.setProperty("--c", c); return s; }));
  setupSearch(graph, select);
  if (state.selected && graph.hasNode(state.selected)) select(state.selected); else refresh();
  (window as any).__trama = {
    graph, renderer, select, state,
    visibleNodeCount: () => keptNodes?.size ?? graph.order,
    visibleEvidenceCount: () => graph.reduceEdges((sum, e, a: any) => sum + (visibleEdge(e) ? a.evidence.filter((x: any) => edgeKept({ ...a, evidence: [x] }, state)).length : 0), 0),
    ready: performance.now(),
  };
}

function toggle(buttonId: string, targetId: string, onOpen?: () => void): void {
  const button = document.getElementById(buttonId)!;
  const target = document.getElementById(targetId)!;
  button.addEventListener("click", () => {
    target.hidden = !target.hidden;
    button.setAttribute("aria-expanded", String(!target.hidden));
    if (!target.hidden) onOpen?.();
  });
}

function setupSearch(graph: MultiDirectedGraph, select: (key: string) => void): void {
  let index: SearchIndex | undefined;
  const input = document.getElementById("search") as HTMLInputElement;
  const list = document.getElementById("search-results")!;
  let active = -1;
  let hits: ReturnType<SearchIndex["find"]> = [];
  const render = () => {
    list.replaceChildren(...hits.map((h, i) => {
      const li = el("li", { role: "option", id: `hit-${i}`, "aria-selected": String(i === active) }, el("span", {}, h.label), el("span", { class: "type" }, CLASS_LABELS[h.type] ?? h.type));
      li.addEventListener("mousedown", (e) => { e.preventDefault(); choose(i); });
      return li;
    }));
    list.hidden = hits.length === 0;
    input.parentElement!.setAttribute("aria-expanded", String(hits.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `hit-${active}`);
  };
  const choose = (i: number) => {
    const h = hits[i];
    if (!h) return;
    select(h.key);
    input.value = h.label;
    hits = [];
    render();
  };
  input.addEventListener("input", () => {
    // Built on first use: opening a 10,000-node graph does not wait for it.
    index ??= new SearchIndex(graph.mapNodes((key, a) => ({ key, label: a.label, type: a.nodeType ?? a.type, names: a.aliases ?? [] })));
    hits = index.find(input.value);
    active = hits.length ? 0 : -1;
    render();
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") { active = Math.min(hits.length - 1, active + 1); render(); e.preventDefault(); }
    else if (e.key === "ArrowUp") { active = Math.max(0, active - 1); render(); e.preventDefault(); }
    else if (e.key === "Enter") { choose(active); e.preventDefault(); }
    else if (e.key === "Escape") { hits = []; render(); }
  });
}

load().catch((e) => {
  document.getElementById("panel")!.replaceChildren(el("p", {}, `Impossibile caricare il grafo: ${(e as Error).message}`));
});
