// The search box: any name of an entity, in either language, finds it; results show the
// label and class in the language chosen.
import type { MultiDirectedGraph } from "graphology";
import { el } from "./dom.ts";
import type { Names } from "./names.ts";
import { SearchIndex } from "./search.ts";

export function setupSearch(graph: MultiDirectedGraph, select: (key: string) => void, names: () => Names): void {
  let index: SearchIndex | undefined;
  const input = document.getElementById("search") as HTMLInputElement;
  const list = document.getElementById("search-results")!;
  let active = -1;
  let hits: ReturnType<SearchIndex["find"]> = [];
  const render = () => {
    const n = names();
    list.replaceChildren(...hits.map((h, i) => {
      const li = el("li", { role: "option", id: `hit-${i}`, "aria-selected": String(i === active) }, el("span", {}, n.node(h.key)), el("span", { class: "type" }, n.cls(h.type)));
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
    input.value = names().node(h.key);
    hits = [];
    render();
  };
  input.addEventListener("input", () => {
    // Built on first use: opening a 10,000-node graph does not wait for it.
    index ??= new SearchIndex(graph.mapNodes((key, a) => ({ key, label: a.labels?.it ?? a.label, type: a.nodeType ?? a.type, names: [a.labels?.en, ...(a.aliases ?? [])].filter(Boolean) })));
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
