// What the graph keeps of one entity's descriptions, folded one article at a time. Every
// merge is order-independent: ties go to the article whose id collates first.
import type { EntityDescription } from "../types.ts";
import { fromLexicon, type EntityInfo } from "./resolve.ts";
import type { EntityNodeAttributes } from "./types.ts";
import type { Evidence } from "../types.ts";

// Intl.Collator's compare is localeCompare's order (default locale), without rebuilding a collator per call.
export const collate = new Intl.Collator().compare;

/** `a` comes from an earlier article than `b` (ids in collation order, then code units). */
export const earlier = (a: string, b: string): boolean => { const c = collate(a, b); return c < 0 || (c === 0 && a < b); };

/** The label rule's test: a label a lexicon alias came with (a Wikidata id alone does not make the label the lexicon's). */
const labelFromLexicon = (e: EntityDescription) => Object.values(e.aliasRules).some((r) => r.startsWith("lexicon:"));

export interface Dated<T> { value: T; article: string }

/** Everything the graph keeps of one entity's descriptions. */
export class EntityFold {
  descriptions = 0;
  first!: Dated<EntityDescription>;
  /** The label shown: a lexicon label first, then the longer, then alphabetically first. */
  best!: Dated<{ label: string; lang: EntityDescription["lang"]; lexicon: boolean }>;
  aliasRules = new Map<string, Dated<string>>();
  labels = new Set<string>();
  names = new Set<string>();
  lexicon = false;
  wikidata?: Dated<string>;
  date?: Dated<string>;
  cameo?: Dated<string>;

  /** merge(EntityFold.of(e, article)) without building the one-description fold: a lexicon country is described in most articles. */
  add(e: EntityDescription, article: string): void {
    this.descriptions++;
    if (earlier(article, this.first.article)) this.first = { value: e, article };
    const best = { value: { label: e.label, lang: e.lang, lexicon: labelFromLexicon(e) }, article };
    if (betterLabel(best, this.best)) this.best = best;
    for (const name in e.aliasRules) {
      const cur = this.aliasRules.get(name);
      if (!cur || earlier(article, cur.article)) this.aliasRules.set(name, { value: e.aliasRules[name]!, article });
    }
    this.labels.add(e.label);
    this.names.add(e.label);
    for (const n of e.aliases) this.names.add(n);
    this.lexicon ||= fromLexicon(e);
    if (e.wikidata) this.wikidata = firstOf(this.wikidata, { value: e.wikidata, article });
    if (e.date) this.date = firstOf(this.date, { value: e.date, article });
    if (e.cameo) this.cameo = firstOf(this.cameo, { value: e.cameo, article });
  }

  static of(e: EntityDescription, article: string): EntityFold {
    const f = new EntityFold();
    f.descriptions = 1;
    f.first = { value: e, article };
    f.best = { value: { label: e.label, lang: e.lang, lexicon: labelFromLexicon(e) }, article };
    for (const [name, rule] of Object.entries(e.aliasRules)) f.aliasRules.set(name, { value: rule, article });
    f.labels.add(e.label);
    f.names.add(e.label);
    for (const n of e.aliases) f.names.add(n);
    f.lexicon = fromLexicon(e);
    if (e.wikidata) f.wikidata = { value: e.wikidata, article };
    if (e.date) f.date = { value: e.date, article };
    if (e.cameo) f.cameo = { value: e.cameo, article };
    return f;
  }

  merge(o: EntityFold): void {
    if (this.descriptions === 0) { Object.assign(this, o, { aliasRules: new Map(o.aliasRules), labels: new Set(o.labels), names: new Set(o.names) }); return; }
    this.descriptions += o.descriptions;
    if (earlier(o.first.article, this.first.article)) this.first = o.first;
    if (betterLabel(o.best, this.best)) this.best = o.best;
    for (const [name, rule] of o.aliasRules) { const cur = this.aliasRules.get(name); if (!cur || earlier(rule.article, cur.article)) this.aliasRules.set(name, rule); }
    for (const l of o.labels) this.labels.add(l);
    for (const n of o.names) this.names.add(n);
    this.lexicon ||= o.lexicon;
    this.wikidata = firstOf(this.wikidata, o.wikidata);
    this.date = firstOf(this.date, o.date);
    this.cameo = firstOf(this.cameo, o.cameo);
  }

  info(): EntityInfo {
    return { e: this.first.value, names: this.names, lexicon: this.lexicon };
  }

  /** The node's attributes: one description as it is; several merged (every other label becomes an alias). */
  attributes(): EntityNodeAttributes {
    const e = this.first.value;
    const base = { type: e.type, mentions: 0, articles: [] as string[], evidence: [] as Evidence[], x: 0, y: 0, size: 1 };
    const optional = {
      ...(this.wikidata ? { wikidata: this.wikidata.value } : {}), ...(this.date ? { date: this.date.value } : {}), ...(this.cameo ? { cameo: this.cameo.value } : {}),
    };
    if (this.descriptions === 1) return { ...base, label: e.label, lang: e.lang, aliases: [...e.aliases], aliasRules: { ...e.aliasRules }, ...optional };
    const label = this.best.value.label;
    const aliasRules: Record<string, string> = {};
    for (const name of [...this.aliasRules.keys()].sort()) aliasRules[name] = this.aliasRules.get(name)!.value;
    for (const l of [...this.labels].sort()) aliasRules[l] ??= "merged-label";
    delete aliasRules[label];
    return { ...base, label, lang: this.best.value.lang, aliases: Object.keys(aliasRules).sort(), aliasRules, ...optional };
  }
}

function betterLabel(a: EntityFold["best"], b: EntityFold["best"]): boolean {
  if (a.value.lexicon !== b.value.lexicon) return a.value.lexicon;
  if (a.value.label.length !== b.value.label.length) return a.value.label.length > b.value.label.length;
  if (a.value.label !== b.value.label) return a.value.label < b.value.label;
  return earlier(a.article, b.article);
}

export function firstOf<T>(a: Dated<T> | undefined, b: Dated<T> | undefined): Dated<T> | undefined {
  if (!a) return b;
  if (!b) return a;
  return earlier(b.article, a.article) ? b : a;
}

