// The viewer: the exported graph.json drawn with Sigma.js at the positions ForceAtlas2
// computed at build time; hover shows a node's neighbourhood, click opens its evidence.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { CLASS_COLORS, CLASS_LABELS, relationColor } from "./colors.ts";
import { el } from "./dom.ts";
import { showEdge, showNode } from "./panel.ts";
import { SearchIndex } from "./search.ts";

interface State { hovered?: string; selected?: string; neighbours: Set<string> }

async function load(): Promise<void> {
  const res = await fetch("./graph.json");
  if (!res.ok) throw new Error(`graph.json: HTTP ${res.status}`);
  const env = await res.json();
  const graph = new MultiDirectedGraph();
  graph.import(env.graph);
  graph.forEachNode((k, a) => graph.mergeNodeAttributes(k, { color: CLASS_COLORS[a.type] ?? "#777", nodeType: a.type, type: "circle" }));
  graph.forEachEdge((k, a) => graph.mergeEdgeAttributes(k, { color: relationColor(a.predicate), size: Math.min(6, 1 + Math.log2(a.count)), type: a.symmetric ? "line" : "arrow", label: a.predicate, hidden: a.modality !== "asserted" }));
  const articles = new Map<string, any>((graph.getAttribute("articles") ?? []).map((a: any) => [a.id, a]));
  const state: State = { neighbours: new Set() };
  const container = document.getElementById("graph")!;
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: true, labelRenderedSizeThreshold: 6, labelDensity: 0.7, defaultEdgeType: "arrow",
    nodeReducer: (node, data) => {
      const focus = state.hovered ?? state.selected;
      if (!focus || node === focus || state.neighbours.has(node)) return { ...data, highlighted: node === focus };
      return { ...data, color: "#d7d7d4", label: "" };
    },
    edgeReducer: (edge, data) => {
      const focus = state.hovered ?? state.selected;
      if (!focus) return { ...data, label: "" };
      return graph.hasExtremity(edge, focus) ? data : { ...data, hidden: true };
    },
  });
  const focusOn = (node: string | undefined) => {
    state.neighbours = node ? new Set(graph.neighbors(node)) : new Set();
    renderer.refresh();
  };
  const panel = document.getElementById("panel")!;
  const select = (key: string) => {
    state.selected = key;
    focusOn(key);
    showNode(panel, graph, key, articles, select);
    const pos = renderer.getNodeDisplayData(key);
    if (pos) void renderer.getCamera().animate({ x: pos.x, y: pos.y, ratio: 0.5 }, { duration: 300 });
  };
  renderer.on("enterNode", ({ node }) => { state.hovered = node; focusOn(node); });
  renderer.on("leaveNode", () => { state.hovered = undefined; focusOn(state.selected); });
  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickEdge", ({ edge }) => showEdge(panel, graph, edge, articles));
  renderer.on("clickStage", () => { state.selected = undefined; focusOn(undefined); });

  const legend = document.getElementById("legend")!;
  legend.replaceChildren(...Object.entries(CLASS_COLORS).map(([t, c]) => { const s = el("span", {}, CLASS_LABELS[t] ?? t); s.style.setProperty("--c", c); return s; }));
  document.getElementById("stats")!.textContent = `${graph.order} entità · ${graph.size} relazioni · ${articles.size} articoli`;
  setupSearch(graph, select);
  (window as any).__trama = { graph, renderer, select, ready: performance.now() };
}

function setupSearch(graph: MultiDirectedGraph, select: (key: string) => void): void {
  const index = new SearchIndex(graph.mapNodes((key, a) => ({ key, label: a.label, type: a.type, names: a.aliases ?? [] })));
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
  };
  const choose = (i: number) => {
    const h = hits[i];
    if (!h) return;
    select(h.key);
    input.value = h.label;
    hits = [];
    render();
  };
  input.addEventListener("input", () => { hits = index.find(input.value); active = hits.length ? 0 : -1; render(); });
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
