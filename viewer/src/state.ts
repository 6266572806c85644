// The view's state (selection and filters) and its place in the URL hash, so a view can
// be shared as a link. Pure functions: tested without a browser.
import type { Lang } from "./i18n.ts";

export interface ViewState {
  /** Interface and names language; Italian unless the URL says `lang=en`. */
  lang: Lang;
  selected?: string;
  /** A selected relation (edge key), shown in the panel. */
  edge?: string;
  hops: 1 | 2;
  hiddenClasses: Set<string>;
  hiddenPredicates: Set<string>;
  hiddenArticles: Set<string>;
  /** Evidence period shown, ISO prefixes (`2024-10`). */
  from?: string;
  to?: string;
  measure?: string;
}

export const emptyState = (): ViewState => ({ lang: "it", hops: 1, hiddenClasses: new Set(), hiddenPredicates: new Set(), hiddenArticles: new Set() });

const list = (s: Set<string>) => [...s].sort().join(",");
const set = (v: string | null) => new Set((v ?? "").split(",").filter(Boolean));

export function toHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.lang !== "it") p.set("lang", s.lang);
  if (s.selected) p.set("node", s.selected);
  if (s.edge) p.set("edge", s.edge);
  if (s.hops !== 1) p.set("hops", String(s.hops));
  if (s.hiddenClasses.size) p.set("hideClass", list(s.hiddenClasses));
  if (s.hiddenPredicates.size) p.set("hideRel", list(s.hiddenPredicates));
  if (s.hiddenArticles.size) p.set("hideArticle", list(s.hiddenArticles));
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.measure) p.set("measure", s.measure);
  const q = p.toString();
  return q ? `#${q}` : "";
}

export function fromHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ""));
  const hops = p.get("hops") === "2" ? 2 : 1;
  return {
    lang: p.get("lang") === "en" ? "en" : "it",
    ...(p.get("node") ? { selected: p.get("node")! } : {}),
    ...(p.get("edge") ? { edge: p.get("edge")! } : {}),
    hops,
    hiddenClasses: set(p.get("hideClass")),
    hiddenPredicates: set(p.get("hideRel")),
    hiddenArticles: set(p.get("hideArticle")),
    ...(p.get("from") ? { from: p.get("from")! } : {}),
    ...(p.get("to") ? { to: p.get("to")! } : {}),
    ...(p.get("measure") ? { measure: p.get("measure")! } : {}),
  };
}
