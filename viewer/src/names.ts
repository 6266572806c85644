// Names in the chosen language, read from graph.json: entity labels (`labels.it`/`labels.en`,
// written at export), relation, class and measure names (the ontology's labels, in the
// graph's `vocabulary`), and articles by outlet and title.
import type { Lang } from "./i18n.ts";

type Attrs = Record<string, any>;
export interface ArticleLike { id: string; title?: string; source?: string; date?: string; file?: string }

export interface Names {
  lang: Lang;
  node(key: string): string;
  relation(predicate: string): string;
  cls(type: string): string;
  measure(measure: string): string;
  /** `AsiaNews — Si rafforza il sostegno…`: outlet and title, never a file hash unless nothing else is known. */
  article(id: string): string;
}

export function namesFor(lang: Lang, nodeAttrs: (key: string) => Attrs | undefined, vocabulary: Record<string, Record<Lang, string>>, articles: Map<string, ArticleLike>): Names {
  const term = (k: string) => vocabulary[k]?.[lang] ?? k;
  return {
    lang,
    node: (key) => {
      const a = nodeAttrs(key);
      return a?.labels?.[lang] ?? a?.label ?? key;
    },
    relation: term,
    cls: term,
    measure: term,
    article: (id) => articleTitle(articles.get(id), id),
  };
}

export function articleTitle(a: ArticleLike | undefined, id: string): string {
  if (!a) return id;
  const title = a.title?.trim();
  if (a.source && title) return `${a.source} — ${title}`;
  return title || a.source || a.file || id;
}
