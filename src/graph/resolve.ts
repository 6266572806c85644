// Cross-article resolution: one real thing, one node. Within an article the extractor
// already resolved names; across articles the same person or body may have been keyed
// from different spellings (`Aleksandr Macegora` / `Alexander Matsegora`), from a surname
// alone (`Kozlov`), or from an acronym in one article and its full name in another.
// Returns a map from every key that must change to its canonical key; keys of lexicon
// entries are canonical and never change.
//
// Linear in the number of entities: every key is computed once per entity, and
// candidates come from indexes (by transliteration key, by one-edit neighbour, by
// surname, by folded name), never from all pairs. The canonical key of a group is the
// best member under a total order, so the result depends only on which entities are
// linked, not on the order links are found.
import { foldName, sameNameKey, translitKey } from "../names/fold.ts";
import type { ArticleExtraction, EntityDescription } from "../types.ts";
import { oneEditCandidates } from "./neighbours.ts";

/** An entity the lexicon or Wikidata vouches for: resolution never merges two of them. */
export const fromLexicon = (e: EntityDescription) => Object.values(e.aliasRules).some((r) => r.startsWith("lexicon:")) || !!e.wikidata;

/** A name with a capital in it: a proper name inside (`vertice della NATO`, `accordi di Minsk`). */
const DESCRIBED_BY_NAME = /\p{Lu}/u;

export interface EntityInfo { e: EntityDescription; names: Set<string>; lexicon: boolean }
type Info = EntityInfo;

class UnionFind {
  private parent = new Map<string, string>();
  find(k: string): string {
    let root = k;
    for (let p = this.parent.get(root); p !== undefined && p !== root; p = this.parent.get(root)) root = p;
    for (let cur = k; cur !== root; ) {
      const next = this.parent.get(cur)!;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
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
export function collectEntities(extractions: readonly ArticleExtraction[]): Map<string, Info> {
  const all = new Map<string, Info>();
  for (const x of extractions) {
    for (const e of x.entities) {
      let cur = all.get(e.key);
      if (!cur) all.set(e.key, (cur = { e, names: new Set<string>(), lexicon: false }));
      cur.lexicon ||= fromLexicon(e);
      cur.names.add(e.label);
      for (const n of e.aliases) cur.names.add(n);
    }
  }
  return all;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * People whose names are the same up to transliteration (equal keys, or one edit apart
 * for long keys), except two lexicon entries. Within one key group every member links to
 * every non-lexicon member, so the group is one component as soon as it has one.
 */
function linkPeopleByName(people: readonly string[], info: (k: string) => Info, link: (a: string, b: string) => void): void {
  const groups = new Map<string, string[]>();
  for (const k of people) push(groups, translitKey(info(k).e.label), k);
  const free = (g: readonly string[]) => g.find((k) => !info(k).lexicon);
  for (const g of groups.values()) {
    const f = free(g);
    if (f !== undefined) for (const k of g) if (k !== f) link(f, k);
  }
  for (const [a, b] of oneEditCandidates([...groups.keys()])) {
    if (!sameNameKey(a, b)) continue;
    const A = groups.get(a)!, B = groups.get(b)!;
    const fa = free(A), fb = free(B);
    if (fa !== undefined) for (const k of B) link(fa, k);
    else if (fb !== undefined) for (const k of A) link(fb, k);
  }
}

/** A one-word name (`Kozlov`) links to the one full name it is a part of, when there is exactly one. */
function linkSurnames(people: readonly string[], info: (k: string) => Info, link: (a: string, b: string) => void): void {
  const owners = new Map<string, Set<string>>();
  for (const k of people) {
    const label = info(k).e.label;
    if (!label.includes(" ")) continue;
    for (const part of label.split(/\s+/)) {
      const pk = translitKey(part);
      let set = owners.get(pk);
      if (!set) owners.set(pk, (set = new Set()));
      set.add(k);
    }
  }
  for (const s of people) {
    const { e, lexicon } = info(s);
    if (lexicon || e.label.includes(" ")) continue;
    const set = owners.get(translitKey(e.label));
    if (set?.size === 1) link(s, set.values().next().value!);
  }
}

/** Which of two linked keys stands for both: lexicon keys win; then the longest label (the fullest name); then key order. */
export function representativeOrder(all: ReadonlyMap<string, EntityInfo>): (a: string, b: string) => boolean {
  return (a, b) => {
    const A = all.get(a)!, B = all.get(b)!;
    if (A.lexicon !== B.lexicon) return A.lexicon;
    if (A.e.label.length !== B.e.label.length) return A.e.label.length > B.e.label.length;
    return a < b;
  };
}

export function resolveAcrossArticles(extractions: readonly ArticleExtraction[]): Map<string, string> {
  return resolveEntities(collectEntities(extractions));
}

/** Raw key -> representative key, for the entities of a whole corpus (collected as collectEntities does). */
export function resolveEntities(all: ReadonlyMap<string, EntityInfo>): Map<string, string> {
  const info = (k: string) => all.get(k)!;
  const better = representativeOrder(all);
  const uf = new UnionFind();
  const link = (a: string, b: string) => uf.union(a, b, better);
  const keys = [...all.keys()].sort();

  const people = keys.filter((k) => info(k).e.type === "Person");
  linkPeopleByName(people, info, link);
  linkSurnames(people, info, link);

  // Everything else: two entities of one class sharing a name (label, alias or acronym), when one is not from the lexicon.
  const byName = new Map<string, string[]>();
  for (const k of keys) {
    const { e, names } = info(k);
    if (e.type === "Person" || e.type === "Country") continue;
    for (const n of names) {
      const folded = foldName(n);
      if (folded.length < 3) continue;
      // An event or treaty named only by lower-case words (`firma del trattato`, `accordo di pace`) is
      // described, not named: two articles' descriptions alike are not thereby one happening or one text.
      if ((e.type === "Event" || e.type === "Treaty") && !DESCRIBED_BY_NAME.test(n)) continue;
      push(byName, `${e.type}|${folded}`, k);
    }
  }
  for (const group of byName.values()) {
    // Two lexicon entries sharing a name stay apart (the lexicon test forbids it anyway).
    let lex = 0;
    for (const k of group) if (info(k).lexicon) lex++;
    if (lex > 1) continue;
    for (const k of group) if (!info(k).lexicon) link(group[0]!, k);
  }

  const map = new Map<string, string>();
  for (const k of keys) {
    const root = uf.find(k);
    if (root !== k) map.set(k, root);
  }
  return map;
}
