// Cross-article resolution: one real thing, one node. Within an article the extractor
// already resolved names; across articles the same person or body may have been keyed
// from different spellings (`Aleksandr Macegora` / `Alexander Matsegora`), from a surname
// alone (`Kozlov`), or from an acronym in one article and its full name in another.
// Returns a map from every key that must change to its canonical key; keys of lexicon
// entries are canonical and never change.
import { foldName, sameNameKey, translitKey } from "../names/fold.ts";
import type { ArticleExtraction, EntityDescription } from "../types.ts";

const fromLexicon = (e: EntityDescription) => Object.values(e.aliasRules).some((r) => r.startsWith("lexicon:")) || !!e.wikidata;

class UnionFind {
  private parent = new Map<string, string>();
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string, better: (x: string, y: string) => boolean): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (better(ra, rb)) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

/** Every distinct entity over all articles, described once (names unioned). */
function collect(extractions: readonly ArticleExtraction[]): Map<string, { e: EntityDescription; names: Set<string>; lexicon: boolean }> {
  const all = new Map<string, { e: EntityDescription; names: Set<string>; lexicon: boolean }>();
  for (const x of extractions) {
    for (const e of x.entities) {
      const cur = all.get(e.key) ?? { e, names: new Set<string>(), lexicon: false };
      cur.lexicon ||= fromLexicon(e);
      for (const n of [e.label, ...e.aliases]) cur.names.add(n);
      all.set(e.key, cur);
    }
  }
  return all;
}

export function resolveAcrossArticles(extractions: readonly ArticleExtraction[]): Map<string, string> {
  const all = collect(extractions);
  const info = (k: string) => all.get(k)!;
  // Lexicon keys win; then the entity with the longest label (the fullest name); then key order.
  const better = (a: string, b: string) => {
    const A = info(a), B = info(b);
    if (A.lexicon !== B.lexicon) return A.lexicon;
    if (A.e.label.length !== B.e.label.length) return A.e.label.length > B.e.label.length;
    return a < b;
  };
  const uf = new UnionFind();
  const keys = [...all.keys()].sort();

  // People: same name up to transliteration, or a surname that belongs to exactly one full name.
  const people = keys.filter((k) => info(k).e.type === "Person");
  for (let i = 0; i < people.length; i++) {
    for (let j = i + 1; j < people.length; j++) {
      const a = info(people[i]!), b = info(people[j]!);
      if (a.lexicon && b.lexicon) continue;
      if (sameNameKey(translitKey(a.e.label), translitKey(b.e.label))) uf.union(people[i]!, people[j]!, better);
    }
  }
  const singles = people.filter((k) => !info(k).lexicon && !info(k).e.label.includes(" "));
  for (const s of singles) {
    const key = translitKey(info(s).e.label);
    const owners = people.filter((k) => k !== s && info(k).e.label.includes(" ") && info(k).e.label.split(/\s+/).some((part) => translitKey(part) === key));
    if (owners.length === 1) uf.union(s, owners[0]!, better);
  }

  // Everything else: two entities of one class sharing a name (label, alias or acronym), when one is not from the lexicon.
  const byName = new Map<string, string[]>();
  for (const k of keys) {
    const { e } = info(k);
    if (e.type === "Person" || e.type === "Country") continue;
    for (const n of info(k).names) {
      const f = `${e.type}|${foldName(n)}`;
      if (foldName(n).length < 3) continue;
      byName.set(f, [...(byName.get(f) ?? []), k]);
    }
  }
  for (const group of byName.values()) {
    const free = group.filter((k) => !info(k).lexicon);
    const lex = group.filter((k) => info(k).lexicon);
    // Two lexicon entries sharing a name stay apart (the lexicon test forbids it anyway).
    if (lex.length > 1) continue;
    for (const k of free) uf.union(group[0]!, k, better);
  }

  const map = new Map<string, string>();
  for (const k of keys) {
    const root = uf.find(k);
    if (root !== k) map.set(k, root);
  }
  return map;
}
