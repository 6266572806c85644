// The viewer: graph.json drawn with Sigma.js at the positions ForceAtlas2 computed at
// build time; the view (language, selection, filters, period) lives in a small state
// object that the reducers read and the URL hash stores.
import { MultiDirectedGraph } from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import Sigma from "sigma";
import { claimGroups, groupPhrase, renderClaims, type ClaimLike } from "./claims.ts";
import { CLASS_COLORS, relationColor } from "./colors.ts";
import { checkboxes, timeline } from "./controls.ts";
import { el } from "./dom.ts";
import { download, viewGexf, viewPng, viewTurtle } from "./export.ts";
import { decodeGraphEnvelope, isGraphEnvelope } from "../../src/graph/envelope.ts";
import { edgeKept, egoNetwork, monthsOf, nodeKept } from "./filters.ts";
import { largest, nearestSegment, placeLabels, type LabelCandidate, type Segment } from "./hit.ts";
import { formatNumber, t, type Lang, type StringKey } from "./i18n.ts";
import { namesFor, type ArticleLike, type Names } from "./names.ts";
import { showEdge, showNode } from "./panel.ts";
import { setupSearch } from "./search-box.ts";
import { fromHash, toHash } from "./state.ts";

const LABEL_SIZE = 13;
const LABEL_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const measure = document.createElement("canvas").getContext("2d")!;
measure.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
const labelWidth = (text: string) => measure.measureText(text).width;

/** A node label with a light halo, so a label that crosses edges or another label stays legible. */
function drawLabel(ctx: CanvasRenderingContext2D, data: { x: number; y: number; size: number; label: string | null }): void {
  if (!data.label) return;
  ctx.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
  const x = data.x + data.size + 3;
  const y = data.y + LABEL_SIZE / 3;
  ctx.lineJoin = "round";
  ctx.lineWidth = 3;
  ctx.strokeStyle = "rgba(251, 251, 250, 0.9)";
  ctx.strokeText(data.label, x, y);
  ctx.fillStyle = "#1d1d1f";
  ctx.fillText(data.label, x, y);
}
/** Pixels either side of an edge's line that still count as a click on it. */
const EDGE_HIT_TOLERANCE = 8;

/** The interface's fixed words in the language chosen. */
function applyStaticStrings(lang: Lang): void {
  document.documentElement.lang = lang;
  for (const n of document.querySelectorAll<HTMLElement>("[data-i18n]")) n.textContent = t(n.dataset.i18n as StringKey, lang);
  for (const n of document.querySelectorAll<HTMLInputElement>("[data-i18n-placeholder]")) n.placeholder = t(n.dataset.i18nPlaceholder as StringKey, lang);
  for (const n of document.querySelectorAll<HTMLElement>("[data-i18n-aria-label]")) n.setAttribute("aria-label", t(n.dataset.i18nAriaLabel as StringKey, lang));
}

async function load(): Promise<void> {
  const state = fromHash(location.hash);
  applyStaticStrings(state.lang);
  const res = await fetch("./graph.json");
  if (!res.ok) throw new Error(`graph.json: HTTP ${res.status}`);
  const env: unknown = await res.json();
  if (!isGraphEnvelope(env)) throw new Error("graph.json: not a Trama graph of a version this viewer reads");
  const graph = new MultiDirectedGraph();
  // Evidence refs become full sentences here, so filters and panels read Evidence as before.
  graph.import(decodeGraphEnvelope(env) as never);
  // Sigma needs `type` for its node program; the entity class is kept in `nodeType`.
  graph.updateEachNodeAttributes((_k, a) => ({ ...a, color: CLASS_COLORS[a.type] ?? "#777", type: "circle", nodeType: a.type }));
  graph.updateEachEdgeAttributes((_k, a) => ({ ...a, color: relationColor(a.predicate), size: Math.min(6, 1 + Math.log2(a.count || 1)), type: a.symmetric ? "line" : "arrow" }));
  const articles = new Map<string, ArticleLike>((graph.getAttribute("articles") ?? []).map((a: ArticleLike) => [a.id, a]));
  const claims: ClaimLike[] = graph.getAttribute("claims") ?? [];
  const vocabulary = graph.getAttribute("vocabulary") ?? {};
  let names: Names = namesFor(state.lang, (k) => (graph.hasNode(k) ? graph.getNodeAttributes(k) : undefined), vocabulary, articles);
  const relabel = () => {
    graph.updateEachNodeAttributes((k, a) => ({ ...a, label: names.node(k) }));
    graph.updateEachEdgeAttributes((_k, a) => ({ ...a, label: names.relation(a.predicate) }));
  };
  relabel();
  let hovered: string | undefined;
  let focus = new Set<string>();
  let labelled = new Set<string>();

  // What the filters keep, computed once per change (not in every reducer call): undefined means everything.
  let keptNodes: Set<string> | undefined;
  let keptEdges: Set<string> | undefined;
  const filtering = () => state.hiddenClasses.size + state.hiddenPredicates.size + state.hiddenArticles.size > 0 || !!state.from || !!state.to;
  const computeKept = () => {
    if (!filtering()) { keptNodes = keptEdges = undefined; return; }
    const nodes = new Set(graph.filterNodes((_n, a) => nodeKept({ type: a.nodeType, evidence: a.evidence }, state)));
    keptNodes = nodes;
    keptEdges = new Set(graph.filterEdges((_e, a, s, tg) => nodes.has(s) && nodes.has(tg) && edgeKept(a as any, state)));
  };
  const visibleNode = (n: string) => !keptNodes || keptNodes.has(n);
  const visibleEdge = (e: string) => (keptEdges ? keptEdges.has(e) : graph.getEdgeAttribute(e, "modality") === "asserted");
  const keptNeighbours = (n: string) => graph.edges(n).filter(visibleEdge).map((e) => graph.opposite(n, e));
  const selectedEdge = () => (state.edge && graph.hasEdge(state.edge) ? state.edge : undefined);

  let zoomedIn = false;
  const container = document.getElementById("graph")!;
  const renderer = new Sigma(graph, container, {
    renderEdgeLabels: true, enableEdgeEvents: true, allowInvalidContainer: true, labelSize: LABEL_SIZE, labelFont: LABEL_FONT, labelRenderedSizeThreshold: 0, defaultDrawNodeLabel: drawLabel, defaultEdgeType: "arrow", zIndex: true,
    nodeReducer: (node, data) => {
      if (!visibleNode(node)) return { ...data, hidden: true };
      const center = hovered ?? state.selected;
      const edge = selectedEdge();
      const inFocus = (!center && !edge) || focus.has(node);
      const label = labelled.has(node) ? data.label : "";
      if (inFocus) return { ...data, label, forceLabel: labelled.has(node), highlighted: node === center, zIndex: 1 };
      return { ...data, color: "#dcdcd8", label: "", zIndex: 0 };
    },
    edgeReducer: (edge, data) => {
      if (!visibleEdge(edge)) return { ...data, hidden: true };
      const chosen = selectedEdge();
      if (chosen) return edge === chosen ? { ...data, size: (data.size ?? 1) + 3, forceLabel: true, zIndex: 2 } : { ...data, label: "", color: "#e6e6e2", zIndex: 0 };
      const center = hovered ?? state.selected;
      // Edge labels around the focus, and everywhere once zoomed in close.
      if (!center) return zoomedIn ? data : { ...data, label: "" };
      return focus.has(graph.source(edge)) && focus.has(graph.target(edge)) ? { ...data, zIndex: 1 } : { ...data, hidden: true };
    },
  });

  // Labels: the focused node and its neighbours, the largest nodes, then others where they fit.
  const biggest = largest(graph.mapNodes((k, a) => [k, a.size ?? 1] as [string, number]), Math.max(10, Math.min(20, Math.ceil(graph.order * 0.05))));
  const computeLabels = () => {
    const center = hovered ?? state.selected;
    const candidates: LabelCandidate[] = [];
    const { width, height } = renderer.getDimensions();
    graph.forEachNode((n, a) => {
      if (!visibleNode(n)) return;
      const focused = focus.size > 0;
      if (focused && !focus.has(n)) return;
      const d = renderer.getNodeDisplayData(n);
      if (!d) return;
      const p = renderer.framedGraphToViewport(d);
      if (p.x < -200 || p.y < -20 || p.x > width + 20 || p.y > height + 20) return;
      const r = renderer.scaleSize(d.size);
      const text = String(a.label ?? "");
      candidates.push({ key: n, x: p.x + r + 3, y: p.y, width: labelWidth(text) + 4, height: LABEL_SIZE + 2, forced: focused || biggest.has(n) || n === center, priority: a.size ?? 1 });
    });
    labelled = placeLabels(candidates);
  };

  const panel = document.getElementById("panel")!;
  const totalEdges = graph.filterEdges((_e, a) => a.modality === "asserted").length;
  let lastFilters = "";
  const refresh = () => {
    const filters = toHash({ ...state, selected: undefined, edge: undefined, lang: "it" });
    if (filters !== lastFilters) { computeKept(); lastFilters = filters; }
    const center = hovered ?? state.selected;
    const edge = selectedEdge();
    focus = center ? egoNetwork(center, hovered ? 1 : state.hops, keptNeighbours) : edge ? new Set([graph.source(edge), graph.target(edge)]) : new Set();
    computeLabels();
    renderer.refresh();
    const hash = toHash(state);
    if (hash !== location.hash) history.replaceState(null, "", hash || location.pathname);
    const n = (x: number) => formatNumber(x, state.lang);
    document.getElementById("stats")!.textContent = `${n(keptNodes?.size ?? graph.order)} ${t("of", state.lang)} ${n(graph.order)} ${t("entities", state.lang)} · ${n(keptEdges?.size ?? totalEdges)} ${t("relations", state.lang).toLowerCase()} · ${n(articles.size)} ${t("articles", state.lang).toLowerCase()}`;
  };
  const hint = () => panel.replaceChildren(el("p", { class: "hint" }, t("hint", state.lang)));
  const clear = () => { state.selected = undefined; state.edge = undefined; refresh(); hint(); };
  const showPanel = () => {
    if (state.selected && graph.hasNode(state.selected)) showNode(panel, graph, state.selected, names, select, selectEdge, clear, claims, state);
    else if (selectedEdge()) showEdge(panel, graph, selectedEdge()!, names, select, clear, state);
    else hint();
  };
  function select(key: string | undefined): void {
    state.selected = key;
    state.edge = undefined;
    refresh();
    showPanel();
    if (key) fitCamera(focus);
  }
  /** Frame the focused nodes: their labels get room instead of piling up at the default zoom. */
  function fitCamera(nodes: Set<string>): void {
    const pts = [...nodes].map((n) => renderer.getNodeDisplayData(n)).filter((d): d is NonNullable<typeof d> => !!d);
    if (!pts.length) return;
    const xs = pts.map((p) => p.x);
    const ys = pts.map((p) => p.y);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const ratio = Math.min(1, Math.max(0.12, Math.max(x1 - x0, y1 - y0) * 1.5));
    void renderer.getCamera().animate({ x: (x0 + x1) / 2, y: (y0 + y1) / 2, ratio }, { duration: 300 });
  }
  function selectEdge(edge: string): void {
    state.edge = edge;
    state.selected = undefined;
    refresh();
    showPanel();
    if (window.matchMedia("(max-width: 700px)").matches) panel.scrollIntoView({ behavior: "smooth", block: "start" });
  }
  /** Visible edges as screen segments: what a click near a line hits. */
  const segments = function* (): Generator<Segment> {
    for (const e of graph.edges()) {
      if (!visibleEdge(e)) continue;
      const s = renderer.getNodeDisplayData(graph.source(e));
      const tg = renderer.getNodeDisplayData(graph.target(e));
      if (!s || !tg || s.hidden || tg.hidden) continue;
      yield { key: e, a: renderer.framedGraphToViewport(s), b: renderer.framedGraphToViewport(tg) };
    }
  };
  renderer.on("enterNode", ({ node }) => { hovered = node; refresh(); });
  renderer.on("leaveNode", () => { hovered = undefined; refresh(); });
  renderer.on("clickNode", ({ node }) => select(node));
  renderer.on("clickEdge", ({ edge }) => selectEdge(edge));
  renderer.on("enterEdge", () => { container.style.cursor = "pointer"; });
  renderer.on("leaveEdge", () => { container.style.cursor = ""; });
  renderer.on("clickStage", ({ event }) => {
    const edge = nearestSegment({ x: event.x, y: event.y }, segments(), EDGE_HIT_TOLERANCE);
    if (edge) selectEdge(edge); else clear();
  });
  let relabelTimer: ReturnType<typeof setTimeout> | undefined;
  renderer.getCamera().on("updated", (cam) => {
    zoomedIn = cam.ratio < 0.35;
    clearTimeout(relabelTimer);
    relabelTimer = setTimeout(() => { computeLabels(); renderer.refresh(); }, 60);
  });
  new ResizeObserver(() => { renderer.resize(); computeLabels(); renderer.refresh(); }).observe(container);

  // Filters and timeline.
  const classes = [...new Set(graph.mapNodes((_n, a) => a.nodeType as string))].sort();
  const predicates = [...new Set(graph.mapEdges((_e, a) => a.predicate as string))].sort();
  const drawFilters = () => {
    checkboxes(document.getElementById("filter-classes")!, classes.map((c) => [c, names.cls(c)]), state.hiddenClasses, refresh);
    checkboxes(document.getElementById("filter-relations")!, predicates.map((p) => [p, names.relation(p)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1])), state.hiddenPredicates, refresh);
    checkboxes(document.getElementById("filter-articles")!, [...articles.values()].map((a) => [a.id, names.article(a.id)] as [string, string]).sort((a, b) => a[1].localeCompare(b[1])), state.hiddenArticles, refresh);
  };
  drawFilters();
  const dates: Array<string | undefined> = claims.map((c) => c.asOf);
  graph.forEachNode((_n, a) => { for (const e of a.evidence ?? []) dates.push(e.date); });
  const showPeriod = timeline(monthsOf(dates), state, () => { refresh(); showPanel(); });
  toggle("toggle-filters", "filters");
  toggle("menu-toggle", "tools", undefined, "open");
  const hops = document.getElementById("hops") as HTMLSelectElement;
  hops.value = String(state.hops);
  hops.addEventListener("change", () => { state.hops = hops.value === "2" ? 2 : 1; refresh(); });

  // Live layout in a worker, from the build's positions.
  const layout = new FA2Layout(graph, { settings: { slowDown: 10, barnesHutOptimize: graph.order > 500 } });
  const layoutButton = document.getElementById("layout")!;
  const layoutText = () => { layoutButton.textContent = t(layout.isRunning() ? "layoutStop" : "layoutRun", state.lang); };
  layoutButton.addEventListener("click", () => {
    if (layout.isRunning()) layout.stop(); else layout.start();
    layoutText();
    layoutButton.setAttribute("aria-pressed", String(layout.isRunning()));
  });

  // The claims view: one chart per measure and subject.
  const groups = claimGroups(claims);
  const measureSelect = document.getElementById("measure") as HTMLSelectElement;
  const nodeInfo = (k: string) => (graph.hasNode(k) ? { demonym: graph.getNodeAttribute(k, "demonym"), type: graph.getNodeAttribute(k, "nodeType") } : undefined);
  const fillMeasures = () => {
    const value = measureSelect.value;
    measureSelect.replaceChildren(...groups.map((g) => el("option", { value: g }, groupPhrase(g, names, nodeInfo))));
    const wanted = value || state.measure;
    measureSelect.value = groups.find((g) => g === wanted) ?? groups.find((g) => wanted && g.startsWith(`${wanted}|`)) ?? groups.find((g) => g.startsWith("killed|")) ?? groups[0] ?? "";
  };
  fillMeasures();
  let chart: ReturnType<typeof renderClaims>;
  const claimsBox = document.getElementById("claims")!;
  const drawClaims = () => {
    chart?.destroy();
    chart = undefined;
    if (claimsBox.hidden) return;
    state.measure = measureSelect.value;
    const inPeriod = (c: ClaimLike) => !c.asOf || ((!state.from || c.asOf >= state.from) && (!state.to || c.asOf.slice(0, state.to.length) <= state.to));
    chart = renderClaims(document.getElementById("claims-box")!, claims.filter(inPeriod), names, measureSelect.value, groupPhrase(measureSelect.value, names, nodeInfo), () => {});
    refresh();
  };
  measureSelect.addEventListener("change", drawClaims);
  toggle("toggle-claims", "claims", drawClaims);

  // Exports.
  const view = () => {
    const g = new MultiDirectedGraph();
    graph.forEachNode((n, a) => { if (visibleNode(n)) g.addNode(n, a); });
    graph.forEachEdge((e, a, s, tg) => { if (visibleEdge(e) && g.hasNode(s) && g.hasNode(tg)) g.addDirectedEdgeWithKey(e, s, tg, a); });
    return g;
  };
  const exportsMenu = document.getElementById("exports") as HTMLDetailsElement;
  exportsMenu.addEventListener("click", async (ev) => {
    const kind = (ev.target as HTMLElement).dataset.export;
    if (!kind) return;
    exportsMenu.open = false;
    if (kind === "png") download("trama-vista.png", await viewPng(container));
    else if (kind === "ttl-all") download("graph.ttl", await (await fetch("./graph.ttl")).blob());
    else if (kind === "gexf-all") download("graph.gexf", await (await fetch("./graph.gexf")).blob());
    else if (kind === "gexf-view") download("trama-vista.gexf", new Blob([viewGexf(view())], { type: "application/gexf+xml" }));
    else if (kind === "ttl-view") download("trama-vista.ttl", new Blob([await viewTurtle(view())], { type: "text/turtle" }));
  });

  const legend = () => document.getElementById("legend")!.replaceChildren(...Object.entries(CLASS_COLORS).map(([c, color]) => { const s = el("span", {}, names.cls(c)); s.style.setProperty("--c", color); return s; }));
  legend();

  // The language switch: everything re-drawn from the same graph in the other language.
  const langSelect = document.getElementById("lang") as HTMLSelectElement;
  langSelect.value = state.lang;
  langSelect.addEventListener("change", () => {
    state.lang = langSelect.value === "en" ? "en" : "it";
    names = namesFor(state.lang, (k) => (graph.hasNode(k) ? graph.getNodeAttributes(k) : undefined), vocabulary, articles);
    applyStaticStrings(state.lang);
    layoutText();
    relabel();
    drawFilters();
    legend();
    showPeriod();
    fillMeasures();
    drawClaims();
    refresh();
    showPanel();
  });

  setupSearch(graph, (k) => select(k), () => names);
  if (state.selected && graph.hasNode(state.selected)) select(state.selected);
  else { refresh(); showPanel(); }
  (window as any).__trama = {
    graph, renderer, select, selectEdge, state,
    visibleNodeCount: () => keptNodes?.size ?? graph.order,
    visibleEvidenceCount: () => graph.reduceEdges((sum, e, a: any) => sum + (visibleEdge(e) ? a.evidence.filter((x: any) => edgeKept({ ...a, evidence: [x] }, state)).length : 0), 0),
    labelled: () => [...labelled],
    claimsChart: () => chart,
    /** Where an edge's midpoint is on screen (for tests that click it). */
    edgeMidpoint: (e: string) => { const s = [...segments()].find((x) => x.key === e); return s ? { x: (s.a.x + s.b.x) / 2, y: (s.a.y + s.b.y) / 2 } : undefined; },
    ready: performance.now(),
  };
}

function toggle(buttonId: string, targetId: string, onOpen?: () => void, openClass?: string): void {
  const button = document.getElementById(buttonId)!;
  const target = document.getElementById(targetId)!;
  button.addEventListener("click", () => {
    const open = openClass ? !target.classList.contains(openClass) : target.hidden;
    if (openClass) target.classList.toggle(openClass, open); else target.hidden = !open;
    button.setAttribute("aria-expanded", String(open));
    if (open) onOpen?.();
  });
}

load().catch((e) => {
  const lang = fromHash(location.hash).lang;
  document.getElementById("panel")!.replaceChildren(el("p", {}, `${t("loadError", lang)}: ${(e as Error).message}`));
});
