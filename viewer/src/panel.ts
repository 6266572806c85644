// The side panel (a sheet under the graph on a phone): a node's names, relations and
// evidence, or a relation's every sentence with its article, date and rule.
import type { MultiDirectedGraph } from "graphology";
import { CLASS_COLORS } from "./colors.ts";
import { el, highlighted } from "./dom.ts";
import { evidenceKept } from "./filters.ts";
import { amountWords, formatDate, rulePhrase, t } from "./i18n.ts";
import type { Names } from "./names.ts";
import type { ViewState } from "./state.ts";

type Attrs = Record<string, any>;

function evidenceList(evidence: Attrs[], names: Names, limit = Infinity): HTMLElement {
  const box = el("div", { class: "evidence" });
  for (const e of evidence.slice(0, limit)) {
    const rule = el("span", { class: "rule", title: e.rule }, `${t("rule", names.lang)}: ${rulePhrase(e.rule, names.lang)}`);
    const meta = el("div", { class: "meta" }, el("span", { class: "article" }, names.article(e.article)), e.date ? ` · ${formatDate(e.date, names.lang)}` : "", " · ", rule);
    box.append(el("div", { class: "sentence" }, highlighted(e.text, e.start, e.focus), meta));
  }
  if (evidence.length > limit) box.append(el("p", { class: "meta" }, names.lang === "it" ? `… e altre ${evidence.length - limit} frasi` : `… and ${evidence.length - limit} more sentences`));
  return box;
}

function closeButton(names: Names, onClose: () => void): HTMLElement {
  const b = el("button", { type: "button", class: "close", "aria-label": t("close", names.lang), title: t("close", names.lang) }, "×");
  b.addEventListener("click", onClose);
  return b;
}

export function showNode(panel: HTMLElement, graph: MultiDirectedGraph, key: string, names: Names, select: (key: string) => void, selectEdge: (edge: string) => void, onClose: () => void, claims: Attrs[] = [], state?: ViewState): void {
  const a = graph.getNodeAttributes(key) as Attrs;
  const lang = names.lang;
  const cls = a.nodeType ?? a.type;
  const badge = el("span", { class: "badge" }, names.cls(cls));
  badge.style.background = CLASS_COLORS[cls] ?? "#777";
  const label = names.node(key);
  const children: Node[] = [closeButton(names, onClose), el("h2", {}, label), badge];
  const other = [a.labels?.it, a.labels?.en, ...(a.aliases ?? [])].filter((n: string | undefined, i, all) => n && n !== label && all.indexOf(n) === i);
  if (other.length) children.push(el("p", { class: "aliases" }, `${t("also", lang)}: ${other.join(" · ")}`));
  if (a.wikidata) children.push(el("p", {}, el("a", { href: `https://www.wikidata.org/wiki/${a.wikidata}`, rel: "noopener noreferrer", target: "_blank" }, `Wikidata ${a.wikidata}`)));
  const byPredicate = new Map<string, Array<{ other: string; out: boolean; edge: string }>>();
  graph.forEachEdge(key, (e, ea: Attrs, s, tg) => {
    if (ea.modality !== "asserted") return;
    const list = byPredicate.get(ea.predicate) ?? [];
    list.push({ other: s === key ? tg : s, out: s === key, edge: e });
    byPredicate.set(ea.predicate, list);
  });
  if (byPredicate.size) {
    children.push(el("h3", {}, t("relations", lang)));
    for (const [p, list] of [...byPredicate].sort(([a], [b]) => names.relation(a).localeCompare(names.relation(b)))) {
      const ul = el("ul");
      for (const { other, out, edge } of list) {
        const b = el("button", { class: "link", type: "button" }, `${out ? "→" : "←"} ${names.node(other)}`);
        b.addEventListener("click", () => select(other));
        const why = el("button", { class: "link why", type: "button", title: names.relation(p) }, `(${graph.getEdgeAttribute(edge, "count")} ${t(graph.getEdgeAttribute(edge, "count") === 1 ? "sentence" : "sentences", lang)})`);
        why.addEventListener("click", () => selectEdge(edge));
        ul.append(el("li", {}, b, " ", why));
      }
      children.push(el("div", { "data-predicate": p }, el("strong", {}, names.relation(p)), ul));
    }
  }
  const own = claims.filter((c) => c.about === key || c.claimedBy === key);
  if (own.length) {
    children.push(el("h3", {}, `${t("figures", lang)} (${own.length})`));
    children.push(el("ul", { class: "claims" }, ...own.map((c) => el("li", {}, `${c.asOf ? formatDate(c.asOf, lang) : "?"} · ${names.measure(c.measure)} ${amountWords(c.amount, lang, c.qualifier, c.amountMax, c.unit)} · ${c.claimedBy ? `${t("source", lang)}: ${names.node(c.claimedBy)}` : t("noSource", lang)}`))));
  }
  const evidence = (a.evidence ?? []).filter((e: Attrs) => !state || evidenceKept(e as never, state));
  children.push(el("h3", {}, `${t("mentions", lang)} (${evidence.length} ${t("of", lang)} ${a.mentions})`), evidenceList(evidence, names, 10));
  panel.replaceChildren(...children);
}

export function showEdge(panel: HTMLElement, graph: MultiDirectedGraph, edge: string, names: Names, select: (key: string) => void, onClose: () => void, state?: ViewState): void {
  const a = graph.getEdgeAttributes(edge) as Attrs;
  const lang = names.lang;
  const evidence = (a.evidence ?? []).filter((e: Attrs) => !state || evidenceKept(e as never, state));
  const link = (key: string) => {
    const b = el("button", { class: "link", type: "button" }, names.node(key));
    b.addEventListener("click", () => select(key));
    return b;
  };
  const heading = el("h2", { "data-edge": edge }, link(graph.source(edge)), ` ${a.symmetric ? "—" : "→"} `, el("span", { class: "predicate" }, names.relation(a.predicate)), ` ${a.symmetric ? "—" : "→"} `, link(graph.target(edge)));
  const dates = [a.firstDate, a.lastDate].filter(Boolean).map((d: string) => formatDate(d, lang));
  const summary = `${evidence.length} ${t("of", lang)} ${a.count} ${a.count === 1 ? t("sentence", lang) : t("sentences", lang)}${dates.length ? ` · ${[...new Set(dates)].join(" – ")}` : ""}${a.cameo ? ` · CAMEO ${a.cameo}` : ""}`;
  panel.replaceChildren(closeButton(names, onClose), heading, el("p", { class: "meta" }, summary), evidenceList(evidence, names));
}
